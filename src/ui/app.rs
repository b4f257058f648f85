//! The root component: owns the journey's state, keeps the page in step with it
//! (`in_step`: address bar, history, storage, title, host page, focus) and shows the
//! screen it calls for.

use super::bank_text::{ask_again, use_bank_text, waits_for, BankText};
use super::brand::brand_links;
use super::in_step::{result_link, use_page_in_step};
use super::intro::{intro, IntroProps};
use super::journey::{Action, Journey, LinkKind, Screen};
use super::notice::{notice, opening, text_missing, Notice};
use super::profile::{profile_screen, ProfileProps};
use super::question::{question_screen, QuestionProps};
use super::results::{results, ResultsProps};
use super::route::Route;
use super::whose::Whose;
use super::{focus, host, location, storage};
use crate::content::{BANKS, CURRENT};
use yew::prelude::*;

#[function_component]
pub fn App() -> Html {
    let journey = use_reducer(|| {
        let stored = storage::load();
        let route = Route::parse(&location::fragment());
        Journey::restore(&CURRENT, &BANKS, stored.as_deref(), route)
    });
    let bank_text = use_bank_text();
    let heading = use_node_ref();
    use_page_in_step(&journey, &heading, &bank_text);

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
            { screen(&journey, on_action, (*bank_text).clone(), ask_again(&bank_text), heading) }
            { brand_links() }
        </>
    }
}

fn screen(
    journey: &Journey,
    on_action: Callback<Action>,
    bank_text: BankText,
    ask_again: Callback<()>,
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
        screen if waits_for(screen, &bank_text) => waiting_for_text(screen, bank_text, ask_again),
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
            let whose = journey.whose(report);
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
        Screen::BrokenLink(error, kind) => notice(Notice {
            title: match kind {
                LinkKind::Result => "This result link does not open",
                LinkKind::Invitation => "This invitation link does not open",
            },
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
