//! Making files in the browser and handing them over as downloads: shared by the
//! exports program, the comparison's files program and the history program, which
//! include this file.

use js_sys::{Array, Date};
use tandem::export::day::Day;
use wasm_bindgen::prelude::*;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// The visitor's calendar day.
pub fn today() -> Day {
    let now = Date::new_0();
    Day::new(
        now.get_full_year() as u16,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .expect("the clock gives a month and a day")
}

pub fn blob(text: &str, mime: &str) -> Result<Blob, JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&Array::of1(&JsValue::from_str(text)), &options)
}

/// Hands `blob` to the browser as a download named `name`.
pub fn save(blob: &Blob, name: &str) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(blob)?;
    let link: HtmlAnchorElement = gloo::utils::document().create_element("a")?.dyn_into()?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The browser reads the file after the click returns: let it go a minute later.
    gloo::timers::callback::Timeout::new(60_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}
