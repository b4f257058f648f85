//! The section's content, built as plain DOM: the program arrives after the page's own
//! components have drawn the result, and owns only the element it is handed.

use crate::company;
use crate::files::{blob, save, today};
use crate::page::{disclosure, Page};
use crate::pictures::{made_on, png, qr_source, theme};
use gloo::events::EventListener;
use std::rc::Rc;
use tandem::assessment::company::Company;
use tandem::assessment::report::Report;
use tandem::export::picture::{self, Theme, HEIGHT};
use tandem::export::{data, file_name};
use tandem::ui::location::in_frame;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use web_sys::Element;

/// The downloads on offer: the kind of file (also in the test id), the button's label,
/// and what is being made.
const DOWNLOADS: [(Kind, &str, &str); 3] = [
    (Kind::Png, "Download image (PNG)", "the picture"),
    (Kind::Svg, "Image as SVG", "the picture"),
    (Kind::Json, "Download data (JSON)", "the data"),
];

/// Replaces what `holder` holds with the section's content for `report`.
pub fn fill(holder: &Element, report: Report, link: String) -> Result<(), JsValue> {
    let document = gloo::utils::document();
    holder.set_text_content(None);
    let page = Page::new(&document, holder);
    page.add(holder, "p", &[("class", "hint")], "A picture for a slide, the data for a spreadsheet, or a page to print: each made here, in your browser.")?;
    let buttons = page.add(holder, "div", &[("class", "export-buttons")], "")?;
    let status = page.add(
        holder,
        "p",
        &[
            ("class", "export-status"),
            ("role", "status"),
            ("data-testid", "export-status"),
        ],
        "",
    )?;
    let company = company::field(&page, &report)?;
    let shared = Rc::new((report, link));
    for (kind, label, what) in DOWNLOADS {
        let testid = format!("download-{}", kind.extension());
        let button = page.button(&buttons, label, &testid)?;
        let (shared, status, company) = (shared.clone(), status.clone(), company.clone());
        EventListener::new(&button, "click", move |_| {
            status.set_text_content(Some(&format!("Making {what}…")));
            let (shared, status) = (shared.clone(), status.clone());
            let company = Company::new(&company.value()).ok();
            spawn_local(async move {
                let saved = download(kind, &shared.0, &shared.1, company, theme()).await;
                status.set_text_content(Some(&match saved {
                    Ok(name) => format!("Saved as {name}. Look in your downloads."),
                    Err(error) => format!(
                        "The download did not start: {} Copy the result link above instead.",
                        error
                            .as_string()
                            .unwrap_or_else(|| "the browser refused to make the file.".to_owned())
                    ),
                }));
            });
        })
        .forget();
    }
    let print = page.button(&buttons, "Print / save as PDF", "print")?;
    EventListener::new(&print, "click", |_| {
        let _ = gloo::utils::window().print();
    })
    .forget();
    if in_frame() {
        frame_hint(&page, &shared.1)?;
    }
    qr_code(&page, &shared.1)
}

/// Inside another site's frame, downloads may be refused without a sign: say so, and
/// offer the result in a tab of its own.
fn frame_hint(page: &Page, link: &str) -> Result<(), JsValue> {
    let hint = page.add(
        page.holder,
        "p",
        &[("class", "hint"), ("data-testid", "frame-download-hint")],
        "Inside another site's page, downloads may be blocked. If nothing arrives, ",
    )?;
    page.add(
        &hint,
        "a",
        &[("href", link), ("target", "_blank"), ("rel", "noopener")],
        "open this result in a tab of its own",
    )?;
    hint.append_with_str_1(" or copy the link above.")
}

/// The link's QR code, folded away until asked for.
fn qr_code(page: &Page, link: &str) -> Result<(), JsValue> {
    let (_, panel) = disclosure(page, "qr", [SHOW_QR, HIDE_QR], false)?;
    panel.set_class_name("qr-panel");
    panel.set_attribute("data-testid", "qr-code")?;
    let Some(source) = qr_source(link) else {
        page.add(
            &panel,
            "p",
            &[("data-testid", "qr-problem")],
            "The link is too long for a QR code: copy it instead.",
        )?;
        return Ok(());
    };
    page.add(
        &panel,
        "img",
        &[
            ("src", &source),
            ("width", "200"),
            ("height", "200"),
            ("alt", "QR code that opens this result"),
            ("data-testid", "qr-image"),
        ],
        "",
    )?;
    let words = page.add(&panel, "div", &[], "")?;
    page.add(
        &words,
        "p",
        &[("class", "hint")],
        "Point a phone's camera at it to open this result there.",
    )?;
    let again = page.add(&words, "p", &[("class", "print-only")], "")?;
    page.add(&again, "strong", &[], "Open this result again")?;
    again.append_with_str_1(": scan the code, or go to")?;
    page.add(&words, "p", &[("class", "print-only print-link")], link)?;
    page.add(
        &words,
        "p",
        &[("class", "print-only"), ("data-testid", "made-on")],
        &made_on(),
    )?;
    Ok(())
}

const SHOW_QR: &str = "Show the QR code of the link";
const HIDE_QR: &str = "Hide the QR code";

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

/// Makes `kind` of file from `report`, reopened at `link`, and saves it; returns its
/// name. The picture is headed with `company`, the name typed, kept in the link or not.
async fn download(
    kind: Kind,
    report: &Report,
    link: &str,
    company: Option<Company>,
    theme: Theme,
) -> Result<String, JsValue> {
    let day = today();
    let pictured = || picture::svg(report, company.as_ref(), link, day, theme);
    let blob = match kind {
        Kind::Json => blob(&data::document(report, link, day), "application/json")?,
        Kind::Svg => blob(&pictured(), "image/svg+xml")?,
        Kind::Png => png(&pictured(), HEIGHT).await?,
    };
    let name = file_name(report, day, kind.extension());
    save(&blob, &name)?;
    Ok(name)
}
