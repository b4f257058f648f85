//! The history program: what a visitor who keeps results sees under "Progress over
//! time" (src/bin/history/view.rs). The exports program loads it only for a visitor who
//! keeps a result, or kept one before (src/bin/exports/keeping.rs), and hands it the
//! section it drew; it opens the result from its token, as any page does.

#[path = "../exports/files.rs"]
mod files;
#[path = "../exports/page.rs"]
mod page;
mod view;

use std::rc::Rc;
use tandem::assessment::report::Report;
use tandem::content::BANKS;
use wasm_bindgen::prelude::*;
use web_sys::Element;

fn main() {}

/// Shows the kept history in `section` for the result `token`, reopened at `link`,
/// keeping that result first if `keep`, and the change since the result `since` names
/// (a link or token given in the address or pasted) in place of the kept one. Fails with
/// a message.
#[wasm_bindgen]
pub fn mount(
    section: Element,
    token: String,
    link: String,
    keep: bool,
    since: Option<String>,
) -> Result<(), JsValue> {
    let report =
        Report::from_token(&token, &BANKS).map_err(|e| JsValue::from_str(&e.to_string()))?;
    view::show(&section, Rc::new(report), &link, keep, since)
}
