//! The root component: owns the journey's state, keeps the address bar, history,
//! storage and page title in step with it, and shows the screen it calls for.

use super::bank_text::{use_bank_text, BankText};
use super::intro::{intro, IntroProps};
use super::journey::{Action, Address, Journey, Screen};
use super::notice::{notice, opening, text_missing, Notice};
use super::profile::{profile_screen, ProfileProps};
use super::question::{question_screen, QuestionProps};
use super::results::{results, ResultsProps};
use super::route::{Route, COMPARISON_PAGE};
use super::whose::{OwnResults, Whose};
use super::{focus, host, keys, location, storage};
use crate::assessment::report::Report;
use crate::content::{BANKS, CURRENT};
use crate::embed::HostEvent;
use yew::prelude::*;

#[function_component]
pub fn App() -> Html {
    let journey = use_reducer(|| {
        let stored = storage::load();
        let route = Route::parse(&location::fragment());
        Journey::restore(&CURRENT, &BANKS, stored.as_deref(), route)
    });
    let own_results = use_mut_ref(OwnResults::default);
    let bank_text = use_bank_text(&journey.screen);
    let heading = use_node_ref();
    let waiting = bank_text.0 != BankText::Ready
        && matches!(journey.screen, Screen::Question(_) | Screen::Result(_));
    focus::use_heading_focus(&heading, (journey.route(), waiting));
    focus::use_focus_following_selection(journey.selected());
    use_history_in_step(&journey);
    keys::use_keys_reach_the_screen();
    use_keep_progress_stored(&journey);
    use_keep_title_in_step(&journey);
    use_comparisons_on_their_page(&journey);
    use_host_told(&journey);

    let on_action = {
        let dispatcher = journey.dispatcher();
        Callback::from(move |action| {
            focus::visitor_acted();
            dispatcher.dispatch(action);
        })
    };
    html! {
        <>
            if journey.progress_discarded {
                <p class="banner" role="status" data-testid="progress-discarded">
                    {"Answers saved earlier in this browser could not be used (they were changed, or made with another version of the questions), so you start afresh."}
                </p>
            }
            { screen(&journey, on_action, &own_results.borrow(), bank_text, heading) }
        </>
    }
}

fn screen(
    journey: &Journey,
    on_action: Callback<Action>,
    own_results: &OwnResults,
    (bank_text, ask_again): (BankText, Callback<()>),
    heading: NodeRef,
) -> Html {
    let bank = journey.bank;
    match &journey.screen {
        Screen::Intro => {
            let invited_by = journey.invite.as_ref().map(|report| {
                let side = report.answers.profile.option(report.bank, "side");
                side.map(|option| AttrValue::from(option.label))
            });
            intro(&IntroProps {
                bank,
                answered: journey.draft.answered_count(),
                invited_by,
                on_action,
                heading,
            })
        }
        Screen::Profile => profile_screen(&ProfileProps {
            bank,
            profile: journey.draft.profile.clone(),
            on_action,
            heading,
        }),
        Screen::Question(_) | Screen::Result(_) if bank_text != BankText::Ready => {
            waiting_for_text(&journey.screen, bank_text, ask_again)
        }
        Screen::Question(index) => question_screen(&QuestionProps {
            bank,
            index: *index,
            selected: journey.draft.get(*index),
            answered: journey.draft.answered_count(),
            on_action,
            heading,
        }),
        Screen::Result(report) => {
            let link = result_link(report);
            let whose = own_results.whose(report, &journey.draft);
            let outdated = report.is_outdated(bank);
            let note = (whose == Whose::MineEarlier)
                .then(|| earlier_result_note(journey, on_action.clone()));
            html! {
                <>
                    { note }
                    { results(&ResultsProps {
                        report: report.clone(),
                        link: AttrValue::from(link),
                        own: whose != Whose::Shared,
                        outdated,
                        cta: host::embedding().cta.as_ref(),
                        on_action,
                        heading,
                    }) }
                </>
            }
        }
        Screen::BrokenLink(error) => notice(Notice {
            title: "This result link does not open",
            detail: error.to_string().into(),
            testid: "broken-link",
            on_start: Some(on_action.reform(|_| Action::Begin)),
            heading,
        }),
        Screen::ComparisonPage(_) => opening("Opening the comparison…", "opening-comparison"),
        Screen::NotFound => notice(Notice {
            title: "There is no such page",
            detail: "The address does not match any page of this assessment.".into(),
            testid: "not-found",
            on_start: Some(on_action.reform(|_| Action::Begin)),
            heading,
        }),
    }
}

/// In place of a question or a result while the words it needs load, or once they
/// did not arrive.
fn waiting_for_text(screen: &Screen, bank_text: BankText, ask_again: Callback<()>) -> Html {
    let (what, loading, testid) = match screen {
        Screen::Question(_) => (
            "The question",
            "Loading the questions…",
            "opening-questions",
        ),
        _ => ("The result", "Opening the result…", "opening-result"),
    };
    match bank_text {
        BankText::Failed(reason) => text_missing(what, &reason, ask_again),
        _ => opening(loading, testid),
    }
}

/// The address that reopens `report` on any machine.
fn result_link(report: &Report) -> String {
    location::page_address() + &Route::Result(report.token.clone()).fragment()
}

/// Over a result of the visitor's reached again after their answers changed: says so,
/// and leads to what their answers say now.
fn earlier_result_note(journey: &Journey, on_action: Callback<Action>) -> Html {
    let (note, way_on) = if journey.draft.complete().is_some() {
        ("Your answers have changed since.", "See my current result")
    } else {
        ("You have started again since.", "Continue where I left off")
    };
    html! {
        <div class="banner" data-testid="earlier-result">
            <p>{"This is an earlier result of yours. "}{note}</p>
            <button type="button" class="button" onclick={on_action.reform(|_| Action::Resume)}
                data-testid="current-result">{way_on}</button>
        </div>
    }
}

/// Follows the visitor's moves through history, and keeps the address bar on the screen
/// shown after every change. Back and Forward always visibly move: an entry that shows
/// the screen already shown (a question no longer reachable after a retake, say) is
/// passed over in the same direction.
#[hook]
fn use_history_in_step(journey: &UseReducerHandle<Journey>) {
    let last_move = use_mut_ref(|| None::<location::Move>);
    let shown = use_mut_ref(|| None::<Route>);
    {
        let (dispatcher, last_move) = (journey.dispatcher(), last_move.clone());
        use_effect_with((), move |_| {
            location::number_first_entry();
            let listener = location::on_history_move(move |fragment, how| {
                focus::visitor_acted();
                *last_move.borrow_mut() = Some(how);
                dispatcher.dispatch(Action::Arrive(Route::parse(&fragment)));
            });
            move || drop(listener)
        });
    }
    let journey = journey.clone();
    use_effect(move || {
        keep_address_in_step(&journey);
        // Routes, not screens: comparing screens would compare whole reports and banks.
        let route = journey.route();
        let unchanged = route.is_some() && *shown.borrow() == route;
        if let Some(step) = last_move.take().and_then(location::Move::step) {
            if unchanged {
                location::go(step);
            }
        }
        *shown.borrow_mut() = route;
    });
}

/// Writes the route of the screen shown into the address bar, where it differs.
fn keep_address_in_step(journey: &Journey) {
    let Some(route) = journey.route() else { return };
    let current = location::fragment();
    // A bare address is the intro already; leave it as the visitor typed it.
    let bare_intro = route == Route::Intro && matches!(current.as_str(), "" | "#");
    let fragment = route.fragment();
    if current != fragment && !bare_intro {
        location::set_fragment(&fragment, journey.address == Address::Push);
    }
}

/// Comparisons are a page of their own (`compare.html`, with its own program), so a
/// first visit does not load their code: their routes open that page.
#[hook]
fn use_comparisons_on_their_page(journey: &UseReducerHandle<Journey>) {
    let leaving = match &journey.screen {
        Screen::ComparisonPage(route) => Some((route.fragment(), journey.address == Address::Push)),
        _ => None,
    };
    use_effect_with(leaving, |leaving| {
        if let Some((fragment, push)) = leaving {
            location::open_page(COMPARISON_PAGE, fragment, *push);
        }
    });
}

/// Tells a host page that embeds Tandem when the app is ready and each step the visitor
/// takes (see `host::step_events`).
#[hook]
fn use_host_told(journey: &UseReducerHandle<Journey>) {
    use_effect_with((), |_| host::tell(&HostEvent::Ready));
    let shown = use_mut_ref(|| None::<Screen>);
    let total = journey.bank.question_count();
    use_effect_with(journey.screen.clone(), move |screen| {
        let link = match screen {
            Screen::Result(report) => result_link(report),
            _ => String::new(),
        };
        for event in host::step_events(shown.borrow().as_ref(), screen, total, &link) {
            host::tell(&event);
        }
        *shown.borrow_mut() = Some(screen.clone());
    });
}

#[hook]
fn use_keep_progress_stored(journey: &UseReducerHandle<Journey>) {
    use_effect_with(journey.stored(), |stored| match stored {
        Some(stored) => storage::save(stored),
        None => storage::clear(),
    });
}

#[hook]
fn use_keep_title_in_step(journey: &UseReducerHandle<Journey>) {
    let title = match &journey.screen {
        Screen::Intro => "Tandem · Sales and marketing alignment assessment".to_owned(),
        Screen::Profile => "About you and your company · Tandem".to_owned(),
        Screen::Question(index) => format!(
            "Question {} of {} · Tandem",
            index + 1,
            journey.bank.question_count()
        ),
        Screen::Result(report) => match &report.placement {
            Some(placement) => format!(
                "Result: {} · Tandem",
                report.bank.stage(placement.stage).title
            ),
            None => "Result: not enough answers · Tandem".to_owned(),
        },
        Screen::BrokenLink(_) => "Result link does not open · Tandem".to_owned(),
        Screen::ComparisonPage(_) => "Comparison · Tandem".to_owned(),
        Screen::NotFound => "Page not found · Tandem".to_owned(),
    };
    use_effect_with(title, |title| gloo::utils::document().set_title(title));
}
