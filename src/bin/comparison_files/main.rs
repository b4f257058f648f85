//! The comparison's files program: the picture (PNG, SVG), the table (CSV) and the data
//! (JSON) of a comparison, and the QR code its printed page carries. The comparison
//! page loads it at the first press on one of those buttons (src/ui/compare_files.rs,
//! through static/exports.js), so opening a comparison costs none of it; it opens the
//! comparison from its link, as the page does.

#[path = "../exports/files.rs"]
mod files;
#[path = "../exports/pictures.rs"]
mod pictures;

use files::{blob, save, today};
use pictures::{made_on, png, qr_source, theme};
use tandem::assessment::compare::Comparison;
use tandem::content::BANKS;
use tandem::export::picture::Theme;
use tandem::export::{comparison, comparison_picture};
use wasm_bindgen::prelude::*;

fn main() {}

/// Saves the file `extension` names (png, svg, json or csv) of the comparison at `path`
/// (its link's part after `#/compare/`), reopened at `link`; resolves to the file's
/// name. Fails with a message for the visitor.
#[wasm_bindgen]
pub async fn save_comparison(
    extension: String,
    path: String,
    link: String,
) -> Result<String, JsValue> {
    let comparison =
        Comparison::open(&path, &BANKS).map_err(|e| JsValue::from_str(&e.to_string()))?;
    download(&extension, &comparison, &link, theme()).await
}

/// The QR code of `link` as an image address, for the printed page; `None` when the
/// link is too long for one.
#[wasm_bindgen]
pub fn qr_code(link: String) -> Option<String> {
    qr_source(&link)
}

/// The printed page's day: "Made with Tandem on 7 December 2026".
#[wasm_bindgen]
pub fn printed_on() -> String {
    made_on()
}

/// Makes the file `extension` names (png, svg, json, csv, or results.json for its list
/// of results) of `comparison`, reopened
/// at `link`, and saves it; returns its name.
async fn download(
    extension: &str,
    comparison: &Comparison,
    link: &str,
    theme: Theme,
) -> Result<String, JsValue> {
    let day = today();
    let picture = || {
        comparison_picture::svg(comparison, link, day, theme)
            .ok_or_else(|| JsValue::from_str("There is no one to draw."))
    };
    let blob = match extension {
        "json" => blob(
            &comparison::document(comparison, link, day),
            "application/json",
        )?,
        "csv" => blob(&comparison::csv(comparison), "text/csv")?,
        "results.json" => blob(&comparison::results_list(comparison), "application/json")?,
        "svg" => blob(&picture()?.0, "image/svg+xml")?,
        "png" => {
            let (svg, height) = picture()?;
            png(&svg, height).await?
        }
        _ => return Err(JsValue::from_str("This kind of file is not on offer.")),
    };
    let name = comparison::file_name(day, extension);
    save(&blob, &name)?;
    Ok(name)
}
