//! Keys reach the screen wherever the visitor clicked. A click on empty space (the
//! hint, the progress bar, the page margin) leaves focus on the page's body, outside
//! every screen, where the screens' key handlers never hear a key. Such a key press is
//! handed to the screen shown, as if it had been pressed there.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{KeyboardEvent, KeyboardEventInit};
use yew::prelude::*;

#[hook]
pub fn use_keys_reach_the_screen() {
    use_effect_with((), |_| {
        let document = gloo::utils::document();
        // A `Fn` closure, not gloo's `FnMut` listener: the key handed on bubbles back
        // here while this call is still running.
        let listener =
            Closure::<dyn Fn(KeyboardEvent)>::new(|event: KeyboardEvent| hand_to_screen(&event));
        let callback = listener
            .as_ref()
            .unchecked_ref::<js_sys::Function>()
            .clone();
        let _ = document.add_event_listener_with_callback("keydown", &callback);
        move || {
            let _ = document.remove_event_listener_with_callback("keydown", &callback);
            drop(listener);
        }
    });
}

fn hand_to_screen(event: &KeyboardEvent) {
    let document = gloo::utils::document();
    let target = event.target();
    let on_nothing = target.is_none()
        || target == document.body().map(Into::into)
        || target == document.document_element().map(Into::into);
    if !on_nothing {
        return;
    }
    let Ok(Some(screen)) = document.query_selector("main") else {
        return;
    };
    let init = KeyboardEventInit::new();
    init.set_key(&event.key());
    init.set_code(&event.code());
    init.set_ctrl_key(event.ctrl_key());
    init.set_meta_key(event.meta_key());
    init.set_alt_key(event.alt_key());
    init.set_shift_key(event.shift_key());
    init.set_bubbles(true);
    init.set_cancelable(true);
    let Ok(copy) = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init) else {
        return;
    };
    if screen.dispatch_event(&copy) == Ok(false) {
        event.prevent_default();
    }
}
