//! What pictures and printed pages need in the browser: the PNG drawn from an SVG, the
//! QR code as an image, the page's theme and the printed day; shared by the exports
//! program and the comparison's files program, which includes this file.

use crate::files::{blob, today};
use js_sys::Promise;
use tandem::content::BRAND;
use tandem::export::picture::{Theme, WIDTH};
use tandem::export::qr::Qr;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, CanvasRenderingContext2d, HtmlCanvasElement, HtmlImageElement, Url};

/// The PNG's pixels per CSS pixel: sharp on a slide or a phone's screen.
const PIXEL_RATIO: u32 = 2;

/// "Made with Tandem on 7 December 2026": the day a printed page says it was made.
pub fn made_on() -> String {
    BRAND.made_on(&today().long())
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
