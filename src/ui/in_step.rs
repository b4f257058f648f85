//! Keeps what lies outside the app's own screen in step with the journey: the address
//! bar and history, stored progress, the page's title, the comparison page, a host
//! page that embeds Tandem, which element has focus, the bank text the screens need
//! and the styles the markup cannot carry (the curve's labels).
//!
//! One effect after every render does all of it, each part only when what it depends
//! on changed since it last ran ([`Written`]). One effect per part would do the same,
//! but each of Yew's effects is code of its own in the WASM: together they cost a
//! first visit about 1.5 KB gzip.

use super::bank_text::{self, BankText};
use super::journey::{Action, Address, Journey, LinkKind, Screen};
use super::memo::Memo;
use super::route::{Route, COMPARISON_PAGE};
use super::{curve, focus, host, keys, location, storage};
use crate::assessment::answers::Choice;
use crate::assessment::report::Report;
use crate::content::ABOUT;
use crate::content::BRAND;
use crate::embed::HostEvent;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// What each part of the page was last brought in step with.
#[derive(Default)]
struct Written {
    /// The history move that led to the screen about to show, if it was one: an
    /// event, taken once, not a value to compare.
    last_move: Option<location::Move>,
    /// The route shown after the last render.
    route: Memo<Option<Route>>,
    stored: Memo<Option<String>>,
    title: Memo<String>,
    leaving: Memo<Option<Leaving>>,
    /// The screen the host page was last told about.
    told: Memo<Screen>,
    focused: Memo<Focused>,
    selection: Memo<Option<(usize, Option<Choice>)>>,
}

/// The comparison page, opened at `fragment`, as a new history entry or in place.
#[derive(Clone, PartialEq)]
struct Leaving {
    fragment: String,
    push: bool,
}

/// The screen whose heading took focus, and whether it was waiting for its words.
#[derive(PartialEq)]
struct Focused {
    route: Option<Route>,
    waiting_for_text: bool,
}

/// Keeps the page in step with `journey`; `heading` is the screen's heading, which
/// takes focus on a new screen; the bank text is loaded as the screens need it.
#[hook]
pub fn use_page_in_step(
    journey: &UseReducerHandle<Journey>,
    heading: &NodeRef,
    bank_text: &UseStateHandle<BankText>,
) {
    let written = use_mut_ref(Written::default);
    {
        let (dispatcher, written) = (journey.dispatcher(), written.clone());
        use_effect_with((), move |_| {
            let listeners = listen(dispatcher, written);
            move || drop(listeners)
        });
    }
    let (journey, heading, bank_text) = (journey.clone(), heading.clone(), bank_text.clone());
    // The parts in order. History first: a Back that lands on the screen already
    // shown moves on before anything else reads the address. The bank text before
    // focus, which depends on whether the screen waits for it. The heading's focus
    // before the checked answer's, which wins on a question reached with an answer.
    // The curve's labels last, once the DOM holds the screen.
    use_effect(move || {
        let leaving = keep_in_step(&journey, &heading, &bank_text, &mut written.borrow_mut());
        // Last, with `written` no longer borrowed: in the one-file build the move to the
        // other page fires a history event at once, whose listener writes `written`.
        if let Some(leaving) = leaving {
            location::open_page(COMPARISON_PAGE, &leaving.fragment, leaving.push);
        }
    });
}

/// Brings each part of the page in step with `journey`, in the order above; returns the
/// comparison page to open, if the journey has just left for it.
fn keep_in_step(
    journey: &Journey,
    heading: &NodeRef,
    bank_text: &UseStateHandle<BankText>,
    written: &mut Written,
) -> Option<Leaving> {
    let route = journey.route();
    keep_history_in_step(journey, &route, written);
    let new_screen = written.told.last() != Some(&journey.screen);
    bank_text::keep_loading(bank_text, &journey.screen, new_screen);
    match written.stored.changed(journey.stored()) {
        Some(Some(stored)) => storage::save(stored),
        Some(None) => storage::clear(),
        None => {}
    }
    if let Some(title) = written.title.changed(title(journey)) {
        gloo::utils::document().set_title(title);
    }
    let leaving = written.leaving.changed(leaving(journey)).cloned().flatten();
    if new_screen {
        tell_host(journey, written);
    }
    let waiting_for_text = bank_text::waits_for(&journey.screen, bank_text);
    let focused = Focused {
        route,
        waiting_for_text,
    };
    if written.focused.changed(focused).is_some() {
        focus::focus(heading);
    }
    if written.selection.changed(journey.selected()).is_some() {
        focus::follow_selection();
    }
    curve::place_labels();
    leaving
}

/// Comparisons are a page of their own (`compare.html`, with its own program), so a
/// first visit does not load their code: their routes open that page.
fn leaving(journey: &Journey) -> Option<Leaving> {
    match &journey.screen {
        Screen::ComparisonPage(route) => Some(Leaving {
            fragment: route.fragment(),
            push: journey.address == Address::Push,
        }),
        _ => None,
    }
}

/// The page's listeners, for as long as the app runs: history moves, keys pressed on
/// no screen in particular. The host page hears that the app is ready.
fn listen(
    dispatcher: UseReducerDispatcher<Journey>,
    written: Rc<RefCell<Written>>,
) -> [gloo::events::EventListener; 2] {
    location::number_first_entry();
    let history = location::on_history_move(move |fragment, how| {
        focus::visitor_acted();
        written.borrow_mut().last_move = Some(how);
        dispatcher.dispatch(Action::Arrive(Route::parse(&fragment)));
    });
    host::tell(&HostEvent::Ready);
    [history, keys::reach_the_screen()]
}

/// Follows the visitor's moves through history, and keeps the address bar on the
/// screen shown. Back and Forward always visibly move: an entry that shows the screen
/// already shown (a question no longer reachable after a retake, say) is passed over
/// in the same direction.
fn keep_history_in_step(journey: &Journey, route: &Option<Route>, written: &mut Written) {
    keep_address_in_step(journey, route.as_ref());
    // Routes, not screens: comparing screens would compare whole reports and banks.
    let same_route = written.route.changed(route.clone()).is_none();
    let unchanged = route.is_some() && same_route;
    if let Some(step) = written.last_move.take().and_then(location::Move::step) {
        if unchanged {
            location::go(step);
        }
    }
}

/// Writes the route of the screen shown into the address bar, where it differs.
fn keep_address_in_step(journey: &Journey, route: Option<&Route>) {
    let Some(route) = route else { return };
    let current = location::fragment();
    // A bare address is the intro already; leave it as the visitor typed it.
    let bare_intro = *route == Route::Intro && matches!(current.as_str(), "" | "#");
    let fragment = route.fragment();
    if current != fragment && !bare_intro {
        location::set_fragment(&fragment, journey.address == Address::Push);
    }
}

/// Tells a host page that embeds Tandem the step the visitor took to a new screen (see
/// `host::step_events`).
fn tell_host(journey: &Journey, written: &mut Written) {
    let screen = &journey.screen;
    let link = match screen {
        Screen::Result(report) => result_link(report),
        _ => String::new(),
    };
    let total = journey.bank.question_count();
    for event in host::step_events(written.told.last(), screen, total, &link) {
        host::tell(&event);
    }
    written.told.changed(screen.clone());
}

/// The address that reopens `report` on any machine.
pub fn result_link(report: &Report) -> String {
    location::page_address() + &Route::Result(report.token.clone()).fragment()
}

/// The page's title on the screen shown.
fn title(journey: &Journey) -> String {
    let what = match &journey.screen {
        Screen::Intro => return format!("{} · {} assessment", BRAND.name, ABOUT.title),
        Screen::Profile => "About you and your company".to_owned(),
        Screen::Question(index) => format!(
            "Question {} of {}",
            index + 1,
            journey.bank.question_count()
        ),
        Screen::Result(report) => match &report.placement {
            Some(placement) => format!("Result: {}", report.bank.stage(placement.stage).title),
            None => "Result: not enough answers".to_owned(),
        },
        Screen::BrokenLink(_, LinkKind::Result) => "Result link does not open".to_owned(),
        Screen::BrokenLink(_, LinkKind::Invitation) => "Invitation link does not open".to_owned(),
        Screen::ComparisonPage(_) => "Comparison".to_owned(),
        Screen::NotFound => "Page not found".to_owned(),
    };
    format!("{what} · {}", BRAND.name)
}
