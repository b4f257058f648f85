//! The comparison page's root component (`compare.html`, a program of its own): owns
//! the page's state, keeps the address bar and title in step with it, and hands any
//! route that is not a comparison to the assessment's page.

use super::compare::CompareScreen;
use super::comparing::{CompareAction, Comparing, View};
use super::journey::Address;
use super::notice::{notice, opening, Notice};
use super::route::{Route, ASSESSMENT_PAGE};
use super::{focus, location};
use crate::content::BANKS;
use yew::prelude::*;

#[function_component]
pub fn ComparePage() -> Html {
    let page = use_reducer(|| Comparing::new(&BANKS, Route::parse(&location::fragment())));
    use_history_in_step(&page);
    use_effect_with(page.title(), |title| {
        gloo::utils::document().set_title(title)
    });
    let on_action = {
        let dispatcher = page.dispatcher();
        Callback::from(move |action| {
            focus::visitor_acted();
            dispatcher.dispatch(action);
        })
    };
    let heading = use_node_ref();
    let shown = shown(&page.view);
    focus::use_heading_focus(&heading, shown.clone());
    match &page.view {
        View::Paste => html! {
            <CompareScreen key={shown} comparison={None} link="" draft="" {on_action} {heading} />
        },
        View::Compare(comparison) => {
            let link = location::page_address() + &Route::Compare(comparison.link()).fragment();
            html! {
                <CompareScreen key={shown} comparison={comparison.clone()} link={AttrValue::from(link)}
                    draft={AttrValue::from(page.draft.clone())} {on_action} {heading} />
            }
        }
        View::Broken(error) => notice(Notice {
            title: "This comparison link does not open",
            detail: error.to_string().into(),
            testid: "broken-link",
            on_start: None,
            heading,
        }),
        View::Assessment(_) => opening("Opening the assessment…", "opening-assessment"),
    }
}

/// What tells one screen of the page from another: other results make a new screen
/// (its heading takes focus), new labels do not.
fn shown(view: &View) -> String {
    match view {
        View::Paste => "paste".to_owned(),
        View::Compare(comparison) => comparison
            .members
            .iter()
            .map(|m| m.report.token.as_str())
            .collect(),
        View::Broken(_) => "broken".to_owned(),
        View::Assessment(_) => String::new(),
    }
}

/// Follows the visitor's moves through history and keeps the address bar on the view
/// shown; a route of the assessment's opens that page in place of this one.
#[hook]
fn use_history_in_step(page: &UseReducerHandle<Comparing>) {
    {
        let dispatcher = page.dispatcher();
        use_effect_with((), move |_| {
            location::number_first_entry();
            let listener = location::on_history_move(move |fragment, _| {
                focus::visitor_acted();
                dispatcher.dispatch(CompareAction::Arrive(Route::parse(&fragment)));
            });
            move || drop(listener)
        });
    }
    let page = page.clone();
    use_effect(move || {
        if let View::Assessment(route) = &page.view {
            location::open_page(ASSESSMENT_PAGE, &route.fragment(), false);
        } else if let Some(route) = page.route() {
            let fragment = route.fragment();
            if location::fragment() != fragment {
                location::set_fragment(&fragment, page.address == Address::Push);
            }
        }
    });
}
