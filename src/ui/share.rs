//! The result link: shown in full, copied with one click, and selected for manual
//! copying wherever the Clipboard API is missing or refused.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub link: AttrValue,
}

#[derive(Clone, Copy, PartialEq)]
enum CopyState {
    Idle,
    Copied,
    /// Copying failed; the link is selected for the visitor to copy.
    Manual,
}

#[function_component]
pub fn ShareLink(props: &ShareProps) -> Html {
    let state = use_state_eq(|| CopyState::Idle);
    let input = use_node_ref();
    let onclick = {
        let (state, input, link) = (state.clone(), input.clone(), props.link.clone());
        Callback::from(move |_| {
            let (state, input, link) = (state.clone(), input.clone(), link.clone());
            yew::platform::spawn_local(async move {
                if copy_to_clipboard(&link).await {
                    state.set(CopyState::Copied);
                } else {
                    select(&input);
                    state.set(CopyState::Manual);
                }
            });
        })
    };
    let onfocus = {
        let input = input.clone();
        Callback::from(move |_| select(&input))
    };
    let status = match *state {
        CopyState::Idle => "",
        CopyState::Copied => "Link copied. Paste it anywhere to reopen this result.",
        CopyState::Manual => "This browser did not allow copying. The link is selected: press Ctrl+C (⌘C on a Mac), or long-press it to copy.",
    };
    html! {
        <section class="share" aria-labelledby="share-heading">
            <h2 id="share-heading">{"Keep or share this result"}</h2>
            <p>{"This link reopens exactly this result on any device. It carries your answers and nothing else."}</p>
            <div class="share-row">
                <label for="share-link" class="visually-hidden">{"Result link"}</label>
                <input ref={input} id="share-link" type="text" readonly=true value={props.link.clone()}
                    {onfocus} data-testid="share-link" />
                <button type="button" class="button primary" {onclick} data-testid="copy-link">
                    {"Copy result link"}
                </button>
            </div>
            <p class="copy-status" role="status" data-testid="copy-status">{status}</p>
        </section>
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
