//! Focus management shared by the screens: a new screen's heading takes focus, so
//! screen readers announce it and keyboard users start from the top.

use web_sys::HtmlElement;
use yew::prelude::*;

/// A ref for a heading (with `tabindex="-1"`) that is focused when the screen appears.
#[hook]
pub fn use_focus_on_mount() -> NodeRef {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with((), move |_| focus(&heading));
    }
    heading
}

pub fn focus(node: &NodeRef) {
    if let Some(element) = node.cast::<HtmlElement>() {
        let _ = element.focus();
    }
}
