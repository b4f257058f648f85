//! Focus management shared by the screens: a new screen's heading takes focus, so
//! screen readers announce it and keyboard users start from the top. Only after the
//! visitor's own action, though: on first load focus stays where the browser put it,
//! since in an embedded frame it would pull the host page down to the frame.

use std::cell::Cell;
use wasm_bindgen::JsCast;
use web_sys::{FocusOptions, HtmlElement};
use yew::NodeRef;

thread_local! {
    static VISITOR_ACTED: Cell<bool> = const { Cell::new(false) };
}

/// The visitor pressed, chose or moved through history: from now on a new screen's
/// heading takes focus.
pub fn visitor_acted() {
    VISITOR_ACTED.set(true);
}

/// Arrow keys move a radio group's selection (an ARIA one: `role="radio"`, checked by
/// `aria-checked`); when focus is on one of its radios, it follows to the one checked.
pub fn follow_selection() {
    let Some(radio) = gloo::utils::document().active_element() else {
        return;
    };
    if radio.get_attribute("role").as_deref() != Some("radio") {
        return;
    }
    let checked = radio
        .parent_element()
        .and_then(|group| group.query_selector("[aria-checked=true]").ok().flatten())
        .and_then(|checked| checked.dyn_into::<HtmlElement>().ok());
    if let Some(checked) = checked {
        let _ = checked.focus();
    }
}

/// Focuses the heading in `node` once the visitor has acted, and shows the new screen
/// from its top (the progress bar, a result's card, a note above the heading). It
/// scrolls this document alone: focusing with the browser's own scrolling would
/// scroll a host page too, and would stop at the heading.
pub fn focus(node: &NodeRef) {
    if !VISITOR_ACTED.get() {
        return;
    }
    let Some(element) = node.cast::<HtmlElement>() else {
        return;
    };
    let options = FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = element.focus_with_options(&options);
    let window = gloo::utils::window();
    if window.scroll_y().unwrap_or(0.0) > 0.0 {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}
