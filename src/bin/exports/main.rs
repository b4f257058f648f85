//! The exports program: "Take it with you" on a result screen, the picture, the data and
//! the QR code of the result as files; and "where next", what would move the result a
//! stage higher with its explorer. The assessment's page loads it only once a result
//! shows (static/exports.js), so no first visit pays for it, and hands it the section's
//! holder (src/ui/results.rs) to fill; it opens the result from its token, as any page
//! does. A comparison's files come from a program of their own (src/bin/comparison_files/),
//! so a visitor who only finishes loads none of their code.

mod company;
mod files;
mod keeping;
mod page;
mod pictures;
mod plan;
mod section;
mod where_next;

use tandem::assessment::report::Report;
use tandem::content::BANKS;
use wasm_bindgen::prelude::*;
use web_sys::Element;

fn main() {}

/// Fills `holder` with the downloads, the print button and the QR code of the result
/// `token`, reopened at `link`, and adds "Progress over time" above its section. Fails
/// with a message for the visitor.
#[wasm_bindgen]
pub fn mount(holder: Element, token: String, link: String) -> Result<(), JsValue> {
    let report =
        Report::from_token(&token, &BANKS).map_err(|e| JsValue::from_str(&e.to_string()))?;
    if let Some(exports) = holder.closest("section")? {
        keeping::offer(&exports, &report.token, &link)?;
    }
    section::fill(&holder, report, link)
}

/// Fills `holder` with what would move the result `token` a stage higher, the
/// explorer and the plan, whose files link to `link` (src/ui/results.rs places it
/// after the moves). Fails with a message.
#[wasm_bindgen]
pub fn where_next(holder: Element, token: String, link: String) -> Result<(), JsValue> {
    let report =
        Report::from_token(&token, &BANKS).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let document = gloo::utils::document();
    holder.set_text_content(None);
    where_next::fill(&page::Page::new(&document, &holder), report, &link)
}
