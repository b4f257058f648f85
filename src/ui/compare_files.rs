//! "Take this comparison with you": its picture (PNG, SVG), its data (CSV, JSON) and a
//! printed page with the QR code of its link. The files are made by the comparison's
//! files program (src/bin/comparison_files/), which this page loads through
//! static/exports.js at the first press only, so opening a comparison costs none of it.

use super::share::tell;
use js_sys::Promise;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlImageElement;
use yew::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// static/exports.js: loads the page's files program once; resolves to it.
    #[wasm_bindgen(catch, js_name = tandemExports)]
    fn files_program() -> Result<Promise, JsValue>;

    /// The comparison's files program (src/bin/comparison_files/main.rs).
    type FilesProgram;
    #[wasm_bindgen(method, catch)]
    fn save_comparison(
        this: &FilesProgram,
        extension: &str,
        path: &str,
        link: &str,
    ) -> Result<Promise, JsValue>;
    #[wasm_bindgen(method)]
    fn qr_code(this: &FilesProgram, link: &str) -> Option<String>;
    #[wasm_bindgen(method)]
    fn printed_on(this: &FilesProgram) -> String;
}

/// The files on offer: extension (also in the test id) and the button's label.
const FILES: [(&str, &str); 5] = [
    ("png", "Download image (PNG)"),
    ("svg", "Image as SVG"),
    ("csv", "Table for a spreadsheet (CSV)"),
    ("json", "Data (JSON)"),
    ("results.json", "List of results (JSON)"),
];
const STATUS: &str = "comparison-files-status";
const PRINTED_QR: &str = "comparison-qr";
const PRINTED_ON: &str = "comparison-printed-on";

/// The section for the comparison at `path` (its link's part after `#/compare/`),
/// reopened at `link`.
pub fn comparison_files(path: &AttrValue, link: &AttrValue) -> Html {
    let press = |extension: &'static str| {
        let (path, link) = (path.clone(), link.clone());
        Callback::from(move |_: MouseEvent| {
            let (path, link) = (path.clone(), link.clone());
            let making = if extension == "print" {
                "Preparing the page…"
            } else {
                "Making the file…"
            };
            tell(STATUS, making);
            yew::platform::spawn_local(async move {
                tell(STATUS, &outcome(extension, &path, &link).await);
            });
        })
    };
    let buttons = FILES.iter().map(|&(extension, label)| {
        html! {
            <button type="button" class="button" onclick={press(extension)}
                data-testid={format!("comparison-{extension}")}>{label}</button>
        }
    });
    html! {
        <section class="exports comparison-files" aria-labelledby="comparison-files-heading">
            <h2 id="comparison-files-heading">{"Take this comparison with you"}</h2>
            <p class="hint">{"A picture for the workshop's slides, a table for a spreadsheet, or a page to print: each made here, in your browser."}</p>
            <div class="export-buttons">
                { for buttons }
                <button type="button" class="button" onclick={press("print")} data-testid="comparison-print">
                    {"Print / save as PDF"}
                </button>
            </div>
            <p id={STATUS} class="export-status" role="status" data-testid={STATUS}></p>
            <div class="print-only printed-link">
                <img id={PRINTED_QR} alt="QR code that opens this comparison" width="200" height="200" hidden=true />
                <div>
                    <p><strong>{"Open this comparison again"}</strong>{": scan the code, or go to"}</p>
                    <p class="print-link">{link.clone()}</p>
                    <p id={PRINTED_ON} data-testid={PRINTED_ON}></p>
                </div>
            </div>
        </section>
    }
}

/// What a press on `extension` (or "print") came to, in words for the status line.
async fn outcome(extension: &str, path: &str, link: &str) -> String {
    let done = match extension {
        "print" => print(link).await.map(|()| String::new()),
        _ => save(extension, path, link).await,
    };
    done.unwrap_or_else(|error| {
        // A message the program or its loader gave, whether a string or an Error.
        let said = error
            .as_string()
            .or_else(|| {
                error
                    .dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
            })
            .unwrap_or_else(|| "the browser refused.".to_owned());
        format!("That did not work: {said} The comparison link above works all the same.")
    })
}

async fn program() -> Result<FilesProgram, JsValue> {
    Ok(JsFuture::from(files_program()?).await?.unchecked_into())
}

/// Saves the file `extension` names; what to tell the visitor.
async fn save(extension: &str, path: &str, link: &str) -> Result<String, JsValue> {
    let saving = program().await?.save_comparison(extension, path, link)?;
    let name = JsFuture::from(saving).await?;
    Ok(format!(
        "Saved as {}. Look in your downloads.",
        name.as_string().unwrap_or_default()
    ))
}

/// Puts the link's QR code and the day on the printed page, then opens the print
/// dialog. Without a code (a link too long for one) the page still prints the link.
async fn print(link: &str) -> Result<(), JsValue> {
    let program = program().await?;
    tell(PRINTED_ON, &program.printed_on());
    let source = program.qr_code(link);
    let image = gloo::utils::document()
        .get_element_by_id(PRINTED_QR)
        .and_then(|found| found.dyn_into::<HtmlImageElement>().ok());
    if let (Some(image), Some(source)) = (image, source) {
        image.set_src(&source);
        JsFuture::from(image.decode()).await?;
        image.set_hidden(false);
    }
    gloo::utils::window().print()
}
