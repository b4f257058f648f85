//! A link to hand on (a result, an invitation to compare, a comparison): shown in
//! full, copied with one click, and selected for manual copying wherever the Clipboard
//! API is missing or refused. Where the browser has a share sheet (most phones), a
//! second button hands the link to it.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub link: AttrValue,
    /// The title a share sheet shows with the link, e.g. "Tandem result: Defined".
    pub title: AttrValue,
    /// What the link opens, in words: [`RESULT`] unless given.
    #[prop_or(&RESULT)]
    pub words: &'static Words,
}

/// The words and ids of one kind of link: heading, explanation, the input's label,
/// the copy button, the status once copied, then the ids (each also a test id) of the
/// heading, the input, the copy button, the status and the share-sheet button. Each
/// page keeps the words of its own links, so neither carries the other's.
#[derive(PartialEq)]
pub struct Words {
    pub heading: &'static str,
    pub about: &'static str,
    pub label: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub ids: [&'static str; 5],
}

pub const RESULT: Words = Words {
    heading: "Keep or share this result",
    about: "This link reopens exactly this result on any device. It carries the answers behind it and nothing else.",
    label: "Result link",
    copy: "Copy result link",
    copied: "Link copied. Paste it anywhere to reopen this result.",
    ids: ["share-heading", "share-link", "copy-link", "copy-status", "share-sheet"],
};

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    Shared,
    /// Copying failed; the link is selected for the visitor to copy.
    Manual,
}

#[function_component]
pub fn ShareLink(props: &ShareProps) -> Html {
    // The outcome, and how many presses have had one: each outcome is drawn afresh, so
    // screen readers announce a second "Link copied" as they did the first.
    let state = use_state_eq(|| (CopyState::Idle, 0u32));
    let input = use_node_ref();
    let can_share = use_memo((), |_| has_share_sheet());
    // One handler for both buttons: "Copy" (false) and "Share…" (true).
    let press = |via_sheet: bool| {
        let (state, input) = (state.clone(), input.clone());
        let (link, title) = (props.link.clone(), props.title.clone());
        Callback::from(move |_| {
            let (state, input) = (state.clone(), input.clone());
            let (link, title) = (link.clone(), title.clone());
            let told = state.1 + 1;
            yew::platform::spawn_local(async move {
                state.set((hand_over(&link, &title, &input, via_sheet).await, told));
            });
        })
    };
    let (copy, share) = (press(false), press(true));
    let onfocus = {
        let input = input.clone();
        Callback::from(move |_| select(&input))
    };
    let words = props.words;
    let [heading, field, copy_id, status_id, sheet_id] = words.ids;
    let status = match state.0 {
        CopyState::Idle => "",
        CopyState::Copied => words.copied,
        CopyState::Shared => "Link shared.",
        CopyState::Manual => "This browser did not allow copying. The link is selected: press Ctrl+C (⌘C on a Mac), or long-press it to copy.",
    };
    html! {
        <section class="share" aria-labelledby={heading}>
            <h2 id={heading}>{words.heading}</h2>
            <p>{words.about}</p>
            <div class="share-row">
                <label for={field} class="visually-hidden">{words.label}</label>
                <input ref={input} id={field} type="text" readonly=true value={props.link.clone()}
                    {onfocus} data-testid={field} />
                <button type="button" class="button primary" onclick={copy} data-testid={copy_id}>
                    {words.copy}
                </button>
                if *can_share {
                    <button type="button" class="button" onclick={share} data-testid={sheet_id}>
                        {"Share…"}
                    </button>
                }
            </div>
            <p class="copy-status" role="status" data-testid={status_id}>
                <span key={state.1.to_string()}>{status}</span>
            </p>
        </section>
    }
}

/// Hands `link` to the share sheet (`via_sheet`) or the clipboard. Where neither takes
/// it, the link is selected in `input` for the visitor to copy.
async fn hand_over(link: &str, title: &str, input: &NodeRef, via_sheet: bool) -> CopyState {
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
        select(input);
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

fn select(input: &NodeRef) {
    if let Some(input) = input.cast::<HtmlInputElement>() {
        let _ = input.focus();
        input.select();
    }
}
