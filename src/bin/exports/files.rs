//! Making files in the browser and handing them over as downloads: shared by the
//! exports program (a result's files) and the comparison's files program, which
//! includes this file.

use js_sys::{Array, Date, Promise};
use tandem::content::BRAND;
use tandem::export::day::Day;
use tandem::export::picture::{Theme, WIDTH};
use tandem::export::qr::Qr;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlAnchorElement, HtmlCanvasElement,
    HtmlImageElement, Url,
};

/// The PNG's pixels per CSS pixel: sharp on a slide or a phone's screen.
const PIXEL_RATIO: u32 = 2;

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

/// "Made with Tandem on 7 December 2026": the day a printed page says it was made.
pub fn made_on() -> String {
    BRAND.made_on(&today().long())
}

pub fn blob(text: &str, mime: &str) -> Result<Blob, JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&Array::of1(&JsValue::from_str(text)), &options)
}

/// Draws a picture's SVG, [`WIDTH`] wide and `height` tall, on a canvas at
/// [`PIXEL_RATIO`] and encodes it as PNG.
pub async fn png(svg: &str, height: u32) -> Result<Blob, JsValue> {
    let source = Url::create_object_url_with_blob(&blob(svg, "image/svg+xml")?)?;
    let image = HtmlImageElement::new()?;
    image.set_src(&source);
    let decoded = JsFuture::from(image.decode()).await;
    Url::revoke_object_url(&source)?;
    decoded?;
    let canvas: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")?
        .dyn_into()?;
    canvas.set_width(WIDTH * PIXEL_RATIO);
    canvas.set_height(height * PIXEL_RATIO);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("This browser cannot draw the picture."))?
        .dyn_into()?;
    let (width, height) = (
        f64::from(WIDTH * PIXEL_RATIO),
        f64::from(height * PIXEL_RATIO),
    );
    context.draw_image_with_html_image_element_and_dw_and_dh(&image, 0.0, 0.0, width, height)?;
    let encoded = Promise::new(&mut |resolve, reject| {
        let failed = reject.clone();
        let done = Closure::once_into_js(move |png: JsValue| {
            let _ = if png.is_null() {
                reject.call1(
                    &JsValue::NULL,
                    &JsValue::from_str("This browser could not encode the picture."),
                )
            } else {
                resolve.call1(&JsValue::NULL, &png)
            };
        });
        if let Err(error) = canvas.to_blob(done.unchecked_ref()) {
            let _ = failed.call1(&JsValue::NULL, &error);
        }
    });
    Ok(JsFuture::from(encoded).await?.unchecked_into())
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

/// The QR code of `link` as a `data:` address for an image; `None` when the link is
/// too long for one.
pub fn qr_source(link: &str) -> Option<String> {
    let qr = Qr::new(link)?;
    Some(format!(
        "data:image/svg+xml,{}",
        String::from(js_sys::encode_uri_component(&qr.svg()))
    ))
}

/// The theme the page shows: a host's choice (data-theme) over the system's.
pub fn theme() -> Theme {
    let root = gloo::utils::document().document_element();
    let dark = match root.and_then(|r| r.get_attribute("data-theme")).as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => gloo::utils::window()
            .match_media("(prefers-color-scheme: dark)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches()),
    };
    if dark {
        Theme::Dark
    } else {
        Theme::Light
    }
}
