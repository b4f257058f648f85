//! The comparison page's root component (`compare.html`, a program of its own): owns
//! the page's state, shows the screen it calls for (plain functions of it, as on the
//! assessment's page), and keeps the page in step with it in one effect: the address
//! bar and history, the title, the heading's focus, and any route that is not a
//! comparison handed to the assessment's page.

use super::brand::brand_links;
use super::compare::{compare_screen, CompareProps};
use super::comparing::{CompareAction, Comparing, View};
use super::journey::Address;
use super::memo::Memo;
use super::notice::{notice, opening, Notice};
use super::route::{Route, ASSESSMENT_PAGE};
use super::{curve, focus, location, storage};
use crate::assessment::progress::answers_invitation;
use crate::content::BANKS;
use yew::prelude::*;

#[function_component]
pub fn ComparePage() -> Html {
    let page = use_reducer(|| Comparing::new(&BANKS, Route::parse(&location::fragment())));
    // The assessment's stored progress, read once: it does not change while this page
    // shows. After an answered invitation it holds both results the comparison shows.
    let stored = use_memo((), |_| storage::load());
    let heading = use_node_ref();
    use_page_in_step(&page, &heading);
    let on_action = {
        let dispatcher = page.dispatcher();
        Callback::from(move |action| {
            focus::visitor_acted();
            dispatcher.dispatch(action);
        })
    };
    let screen = match &page.view {
        View::Paste => compare_screen(&CompareProps {
            screen: shown(&page.view).into(),
            comparison: None,
            link: AttrValue::default(),
            draft: AttrValue::default(),
            answers_invitation: false,
            on_action,
            heading,
        }),
        View::Compare(comparison) => {
            let link = location::page_address() + &Route::Compare(comparison.link()).fragment();
            let tokens: Vec<&str> = comparison
                .members
                .iter()
                .map(|m| m.report.token.as_str())
                .collect();
            compare_screen(&CompareProps {
                screen: shown(&page.view).into(),
                comparison: Some(comparison.clone()),
                link: AttrValue::from(link),
                draft: AttrValue::from(page.draft.clone()),
                answers_invitation: stored
                    .as_deref()
                    .is_some_and(|s| answers_invitation(s, &tokens)),
                on_action,
                heading,
            })
        }
        View::Broken(error) => notice(Notice {
            title: "This comparison link does not open",
            detail: error.to_string().into(),
            testid: "broken-link",
            on_start: None,
            heading,
        }),
        View::Assessment(_) => opening("Opening the assessment…", "opening-assessment"),
    };
    html! { <>{ screen }{ brand_links() }</> }
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

/// What each part of the page was last brought in step with.
#[derive(Default)]
struct Written {
    title: Memo<String>,
    /// The assessment's route this page handed on, once.
    leaving: Memo<Option<String>>,
    /// The screen whose heading took focus.
    shown: Memo<String>,
}

/// Follows the visitor's moves through history; after each render, keeps the address
/// bar on the view shown (or hands an assessment's route to its page), the title, and
/// the heading's focus on a new screen, each part only when what it depends on changed.
#[hook]
fn use_page_in_step(page: &UseReducerHandle<Comparing>, heading: &NodeRef) {
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
    let written = use_mut_ref(Written::default);
    let (page, heading) = (page.clone(), heading.clone());
    use_effect(move || {
        let written = &mut written.borrow_mut();
        let leaving = match &page.view {
            View::Assessment(route) => Some(route.fragment()),
            _ => None,
        };
        if let Some(Some(fragment)) = written.leaving.changed(leaving) {
            location::open_page(ASSESSMENT_PAGE, fragment, false);
        } else if let Some(route) = page.route() {
            let fragment = route.fragment();
            if location::fragment() != fragment {
                location::set_fragment(&fragment, page.address == Address::Push);
            }
        }
        if let Some(title) = written.title.changed(page.title()) {
            gloo::utils::document().set_title(title);
        }
        if written.shown.changed(shown(&page.view)).is_some() {
            focus::focus(&heading);
        }
        curve::place_labels();
    });
}
