//! Making the files and handing them to the browser as downloads.

use js_sys::{Array, Date, Promise};
use tandem::assessment::report::Report;
use tandem::export::day::Day;
use tandem::export::picture::{self, Theme, HEIGHT, WIDTH};
use tandem::export::{data, file_name};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, CanvasRenderingContext2d, HtmlAnchorElement, HtmlCanvasElement,
    HtmlImageElement, Url,
};

/// The PNG's pixels per CSS pixel: sharp on a slide or a phone's screen.
const PIXEL_RATIO: u32 = 2;

/// The kinds of file on offer.
#[derive(Clone, Copy)]
pub enum Kind {
    Png,
    Svg,
    Json,
}

impl Kind {
    pub fn extension(self) -> &'static str {
        match self {
            Kind::Png => "png",
            Kind::Svg => "svg",
            Kind::Json => "json",
        }
    }
}

/// Makes `kind` of file from `report`, reopened at `link`, and saves it; returns its name.
pub async fn download(
    kind: Kind,
    report: &Report,
    link: &str,
    theme: Theme,
) -> Result<String, JsValue> {
    let day = today();
    let blob = match kind {
        Kind::Json => blob(&data::document(report, link, day), "application/json")?,
        Kind::Svg => blob(&picture::svg(report, link, day, theme), "image/svg+xml")?,
        Kind::Png => png(&picture::svg(report, link, day, theme)).await?,
    };
    let name = file_name(report, day, kind.extension());
    save(&blob, &name)?;
    Ok(name)
}

/// The visitor's calendar day.
fn today() -> Day {
    let now = Date::new_0();
    Day::new(
        now.get_full_year() as u16,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .expect("the clock gives a month and a day")
}

fn blob(text: &str, mime: &str) -> Result<Blob, JsValue> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    Blob::new_with_str_sequence_and_options(&Array::of1(&JsValue::from_str(text)), &options)
}

/// Draws the picture's SVG on a canvas at [`PIXEL_RATIO`] and encodes it as PNG.
async fn png(svg: &str) -> Result<Blob, JsValue> {
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
    canvas.set_height(HEIGHT * PIXEL_RATIO);
    let context: CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("This browser cannot draw the picture."))?
        .dyn_into()?;
    let (width, height) = (
        f64::from(WIDTH * PIXEL_RATIO),
        f64::from(HEIGHT * PIXEL_RATIO),
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
fn save(blob: &Blob, name: &str) -> Result<(), JsValue> {
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
