//! The address bar: read the fragment, write it with or without a history entry,
//! and hear browser back/forward. Failures (e.g. a sandboxed frame) are ignored:
//! the app keeps working, only the address stops following it.

use gloo::events::EventListener;
use wasm_bindgen::JsValue;

pub fn fragment() -> String {
    gloo::utils::window().location().hash().unwrap_or_default()
}

/// Shows `fragment` in the address bar; `push` adds a history entry, except inside a
/// frame: there the tab's history belongs to the host page, whose Back button must
/// leave the page rather than step through the questions.
pub fn set_fragment(fragment: &str, push: bool) {
    let Ok(history) = gloo::utils::window().history() else {
        return;
    };
    let result = if push && !in_frame() {
        history.push_state_with_url(&JsValue::NULL, "", Some(fragment))
    } else {
        history.replace_state_with_url(&JsValue::NULL, "", Some(fragment))
    };
    if result.is_err() {
        gloo::console::warn!("Tandem could not update the address bar.");
    }
}

/// True inside any frame, e.g. a blog post's iframe.
fn in_frame() -> bool {
    let window = gloo::utils::window();
    match window.top() {
        Ok(Some(top)) => !js_sys::Object::is(&top, &window),
        _ => false,
    }
}

/// Calls `on_change` with the new fragment whenever the visitor moves through history
/// or edits the fragment by hand.
pub fn on_fragment_change(on_change: impl Fn(String) + 'static) -> EventListener {
    EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
        on_change(fragment())
    })
}

/// Where a shared link must point: the page's origin and path, without its query
/// string (tracking parameters such as `utm_source` are no part of a result) or fragment.
pub fn page_address() -> String {
    let location = gloo::utils::window().location();
    let part = |part: Result<String, JsValue>| part.unwrap_or_default();
    part(location.protocol()) + "//" + &part(location.host()) + &part(location.pathname())
}
