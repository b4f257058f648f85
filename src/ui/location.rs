//! The address bar: read the fragment, write it with or without a history entry,
//! and hear browser back/forward. Failures (e.g. a sandboxed frame) are ignored:
//! the app keeps working, only the address stops following it.
//!
//! Each history entry the app writes carries its position in the tab's history as its
//! state, so a move through history knows whether it went back or forward.

use gloo::events::EventListener;
use std::cell::Cell;
use wasm_bindgen::JsValue;

thread_local! {
    /// The position of the entry shown now.
    static POSITION: Cell<f64> = const { Cell::new(0.0) };
}

/// How the visitor reached a new address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Back,
    Forward,
    /// A new address: typed, followed from a link, or set by a host page.
    Elsewhere,
}

impl Move {
    /// The history step that goes on in the same direction, if it has one.
    pub fn step(self) -> Option<i32> {
        match self {
            Move::Back => Some(-1),
            Move::Forward => Some(1),
            Move::Elsewhere => None,
        }
    }
}

pub fn fragment() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Shows `fragment` in the address bar; `push` adds a history entry, except inside a
/// frame: there the tab's history belongs to the host page, whose Back button must
/// leave the page rather than step through the questions.
pub fn set_fragment(fragment: &str, push: bool) {
    let push = push && !in_frame();
    let position = POSITION.get() + if push { 1.0 } else { 0.0 };
    if write_entry(position, Some(fragment), push) {
        POSITION.set(position);
    } else {
        gloo::console::warn!("Tandem could not update the address bar.");
    }
}

/// Leaves for another page of the app: `page` (relative to this one) at `fragment`,
/// with this page's query (a host page's embed options). `push` keeps this page in
/// history for Back, except inside a frame (see [`set_fragment`]).
pub fn open_page(page: &str, fragment: &str, push: bool) {
    let location = gloo::utils::window().location();
    if one_file() {
        return reopen_at(&location, fragment);
    }
    let address = format!("{page}{}{fragment}", location.search().unwrap_or_default());
    let opened = if push && !in_frame() {
        location.assign(&address)
    } else {
        location.replace(&address)
    };
    if opened.is_err() {
        gloo::console::warn!("Tandem could not open", address);
    }
}

/// The address of one of the app's pages (`ASSESSMENT_PAGE`, `COMPARISON_PAGE`) for a
/// link, relative to this page: in the one-file build, the file itself, whatever it is
/// called, so a link opened in a new tab or copied still finds it. Native builds (the
/// prerendered intro) have no page to ask.
pub fn page_href(page: &str) -> String {
    if !one_file() {
        return page.to_owned();
    }
    let path = gloo::utils::window()
        .location()
        .pathname()
        .unwrap_or_default();
    path.rsplit('/').next().unwrap_or_default().to_owned()
}

/// The one-file build (tandem.html) holds both pages' programs, and its start-up picks
/// one by the address: the other page is the same file at the new fragment, reloaded.
/// Never while prerendering, natively.
pub fn one_file() -> bool {
    cfg!(target_arch = "wasm32")
        && gloo::utils::document()
            .document_element()
            .is_some_and(|root| root.has_attribute("data-single-file"))
}

fn reopen_at(location: &web_sys::Location, fragment: &str) {
    if location
        .set_hash(fragment)
        .and_then(|_| location.reload())
        .is_err()
    {
        gloo::console::warn!("Tandem could not open", fragment.to_owned());
    }
}

/// Numbers the entry the page opened on, unless it has a number already (a reload).
pub fn number_first_entry() {
    match entry_position() {
        Some(position) => POSITION.set(position),
        None => {
            write_entry(POSITION.get(), None, false);
        }
    }
}

/// Goes `step` entries through history (-1 is Back).
pub fn go(step: i32) {
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.go_with_delta(step);
    }
}

fn entry_position() -> Option<f64> {
    let history = gloo::utils::window().history().ok()?;
    history.state().ok()?.as_f64()
}

/// Writes the current entry (or, with `push`, a new one) at `position`; `fragment`
/// None keeps the address. False where the browser refuses.
fn write_entry(position: f64, fragment: Option<&str>, push: bool) -> bool {
    let Ok(history) = gloo::utils::window().history() else {
        return false;
    };
    let state = JsValue::from_f64(position);
    // The address spelt out, path and query kept: a bare fragment would resolve against
    // a <base> element, should a host's copy of the page add one.
    let address = fragment.map(|fragment| {
        let location = gloo::utils::window().location();
        let part = |part: Result<String, JsValue>| part.unwrap_or_default();
        part(location.pathname()) + &part(location.search()) + fragment
    });
    let address = address.as_deref();
    let result = if push {
        history.push_state_with_url(&state, "", address)
    } else {
        history.replace_state_with_url(&state, "", address)
    };
    result.is_ok()
}

/// True inside any frame, e.g. a blog post's iframe.
pub fn in_frame() -> bool {
    let window = gloo::utils::window();
    match window.top() {
        Ok(Some(top)) => !js_sys::Object::is(&top, &window),
        _ => false,
    }
}

/// Calls `on_move` with the new fragment and how it was reached whenever the visitor
/// moves through history or edits the fragment by hand. (`popstate` hears both, and
/// unlike `hashchange` also a move between two entries with the same address.)
pub fn on_history_move(on_move: impl Fn(String, Move) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "popstate", move |_| {
        let was = POSITION.get();
        let how = match entry_position() {
            Some(position) => {
                POSITION.set(position);
                if position < was {
                    Move::Back
                } else if position > was {
                    Move::Forward
                } else {
                    Move::Elsewhere
                }
            }
            // An entry the browser made for an edited address, right after this one.
            None => {
                POSITION.set(was + 1.0);
                write_entry(was + 1.0, None, false);
                Move::Elsewhere
            }
        };
        on_move(fragment(), how)
    })
}

/// Where a shared link must point: the page's origin and path, without its query
/// string (tracking parameters such as `utm_source` are no part of a result) or fragment.
pub fn page_address() -> String {
    let location = gloo::utils::window().location();
    let part = |part: Result<String, JsValue>| part.unwrap_or_default();
    part(location.protocol()) + "//" + &part(location.host()) + &part(location.pathname())
}
