//! Keys reach the screen wherever the visitor clicked. A click on empty space (the
//! hint, the progress bar, the page margin) leaves focus on the page's body, outside
//! every screen, where the screens' key handlers never hear a key. Such a key press is
//! handed to the screen shown, as if it had been pressed there.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{KeyboardEvent, KeyboardEventInit};
use yew::TargetCast;

/// Whether a key was pressed on a button or link, which handles Enter itself.
pub fn on_control(event: &KeyboardEvent) -> bool {
    event
        .target_dyn_into::<web_sys::Element>()
        .is_some_and(|e| matches!(e.tag_name().as_str(), "BUTTON" | "A"))
}

/// Hands the keys pressed on no screen in particular to the screen, for as long as
/// the listener lives.
pub fn reach_the_screen() -> EventListener {
    let document = gloo::utils::document();
    let options = EventListenerOptions::enable_prevent_default();
    EventListener::new_with_options(&document, "keydown", options, |event| {
        if let Some(event) = event.dyn_ref::<KeyboardEvent>() {
            hand_to_screen(event);
        }
    })
}

fn hand_to_screen(event: &KeyboardEvent) {
    let document = gloo::utils::document();
    let target = event.target();
    let on_nothing = target.is_none()
        || target == document.body().map(Into::into)
        || target == document.document_element().map(Into::into);
    // Shortcuts are plain keys: a chord (Ctrl+1) stays the browser's.
    if !on_nothing || event.ctrl_key() || event.meta_key() || event.alt_key() {
        return;
    }
    let Ok(Some(screen)) = document.query_selector("main") else {
        return;
    };
    // Not bubbling: Yew hears it at the screen itself (it listens in the capture phase),
    // and it never comes back to this listener while it is still running.
    let init = KeyboardEventInit::new();
    init.set_key(&event.key());
    init.set_cancelable(true);
    let Ok(copy) = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init) else {
        return;
    };
    if screen.dispatch_event(&copy) == Ok(false) {
        event.prevent_default();
    }
}
