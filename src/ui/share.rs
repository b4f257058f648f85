//! A link to hand on (a result, an invitation to compare, a comparison): shown in
//! full, copied with one click, and selected for manual copying wherever the Clipboard
//! API is missing or refused. Where the browser has a share sheet (most phones), a
//! second button hands the link to it.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The words and ids of one kind of link: heading, explanation, the input's label,
/// the copy button, the status once copied, then the elements' ids. Each page keeps
/// the words of its own links, so neither carries the other's.
pub struct Words {
    pub heading: &'static str,
    pub about: &'static str,
    pub label: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub ids: Ids,
}

/// The ids of a link's elements, each also its test id. The status line is found by
/// its id: what a press came to is an announcement written into it, not state a render
/// would redraw (a new text node each time, so screen readers announce it again).
pub struct Ids {
    pub heading: &'static str,
    pub field: &'static str,
    pub copy: &'static str,
    pub status: &'static str,
    pub sheet: &'static str,
}

pub const RESULT: Words = Words {
    heading: "Keep or share this result",
    about: "This link reopens exactly this result on any device. It carries the answers behind it and nothing else.",
    label: "Result link",
    copy: "Copy result link",
    copied: "Link copied. Paste it anywhere to reopen this result.",
    ids: Ids {
        heading: "share-heading",
        field: "share-link",
        copy: "copy-link",
        status: "copy-status",
        sheet: "share-sheet",
    },
};

/// What a press on "Copy" or "Share…" came to.
enum CopyState {
    /// Nothing to report (the visitor closed the share sheet).
    Idle,
    Copied,
    Shared,
    /// Copying failed; the link is selected for the visitor to copy.
    Manual,
}

/// The link `link` to hand on, in the `words` of its kind; a share sheet shows it with
/// `title` (e.g. "Tandem result: Defined").
pub fn share_link(words: &'static Words, link: AttrValue, title: AttrValue) -> Html {
    let Ids {
        heading,
        field,
        copy: copy_id,
        status: status_id,
        sheet: sheet_id,
    } = words.ids;
    // One handler for both buttons: "Copy" (false) and "Share…" (true).
    let press = |via_sheet: bool| {
        let (link, title) = (link.clone(), title.clone());
        Callback::from(move |_: MouseEvent| {
            let (link, title) = (link.clone(), title.clone());
            yew::platform::spawn_local(async move {
                let outcome = hand_over(&link, &title, field, via_sheet).await;
                tell(status_id, status(words, outcome));
            });
        })
    };
    html! {
        <section class="share" aria-labelledby={heading}>
            <h2 id={heading}>{words.heading}</h2>
            <p>{words.about}</p>
            <div class="share-row">
                <label for={field} class="visually-hidden">{words.label}</label>
                <input id={field} type="text" readonly=true value={link.clone()}
                    onfocus={Callback::from(move |_| select(field))} data-testid={field} />
                <button type="button" class="button primary" onclick={press(false)} data-testid={copy_id}>
                    {words.copy}
                </button>
                if has_share_sheet() {
                    <button type="button" class="button" onclick={press(true)} data-testid={sheet_id}>
                        {"Share…"}
                    </button>
                }
            </div>
            <p id={status_id} class="copy-status" role="status" data-testid={status_id}></p>
        </section>
    }
}

/// What the status line says of `outcome`.
fn status(words: &Words, outcome: CopyState) -> &'static str {
    match outcome {
        CopyState::Idle => "",
        CopyState::Copied => words.copied,
        CopyState::Shared => "Link shared.",
        CopyState::Manual => "This browser did not allow copying. The link is selected: press Ctrl+C (⌘C on a Mac), or long-press it to copy.",
    }
}

/// Writes what a press came to into the status line `id`, straight into the page: it is
/// no state the app keeps, and a screen drawn anew starts without it. Each outcome is a
/// new element, so screen readers announce a second "Link copied" as they did the first.
pub fn tell(id: &str, words: &str) {
    let document = gloo::utils::document();
    let (Some(line), Ok(said)) = (
        document.get_element_by_id(id),
        document.create_element("span"),
    ) else {
        return;
    };
    said.set_text_content(Some(words));
    line.replace_children_with_node_1(&said);
}

/// Hands `link` to the share sheet (`via_sheet`) or the clipboard. Where neither takes
/// it, the link is selected in the input `field` for the visitor to copy.
async fn hand_over(link: &str, title: &str, field: &str, via_sheet: bool) -> CopyState {
    if via_sheet {
        match open_share_sheet(link, title).await {
            ShareOutcome::Shared => return CopyState::Shared,
            ShareOutcome::Cancelled => return CopyState::Idle,
            ShareOutcome::Refused => {}
        }
    }
    if copy_to_clipboard(link).await {
        CopyState::Copied
    } else {
        select(field);
        CopyState::Manual
    }
}

enum ShareOutcome {
    Shared,
    /// The visitor closed the share sheet: nothing to report.
    Cancelled,
    /// Not allowed here (e.g. a frame without the web-share permission).
    Refused,
}

fn has_share_sheet() -> bool {
    let navigator = gloo::utils::window().navigator();
    js_sys::Reflect::has(&navigator, &"share".into()).unwrap_or(false)
}

async fn open_share_sheet(link: &str, title: &str) -> ShareOutcome {
    let data = web_sys::ShareData::new();
    data.set_title(title);
    data.set_url(link);
    let navigator = gloo::utils::window().navigator();
    match JsFuture::from(navigator.share_with_data(&data)).await {
        Ok(_) => ShareOutcome::Shared,
        Err(error) => match error.dyn_ref::<web_sys::DomException>() {
            Some(exception) if exception.name() == "AbortError" => ShareOutcome::Cancelled,
            _ => ShareOutcome::Refused,
        },
    }
}

/// Writes `text` to the clipboard; false where the API is missing or refuses.
async fn copy_to_clipboard(text: &str) -> bool {
    let navigator = gloo::utils::window().navigator();
    let clipboard = wasm_bindgen::JsValue::from(navigator.clipboard());
    if clipboard.is_undefined() || clipboard.is_null() {
        return false;
    }
    let clipboard: web_sys::Clipboard = clipboard.unchecked_into();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}

/// Focuses and selects the input `field`.
fn select(field: &str) {
    let input = gloo::utils::document()
        .get_element_by_id(field)
        .and_then(|input| input.dyn_into::<HtmlInputElement>().ok());
    if let Some(input) = input {
        let _ = input.focus();
        input.select();
    }
}
