//! Loads the banks' text (`src/assessment/text.rs`: the questions' words and the
//! results') for the assessment's page once a visitor moves past the intro, so a first
//! visit does not download it. The file is named by the page's
//! `<meta name="tandem-text">` (`scripts/build.mjs`, step "bank text").

use super::journey::Screen;
use crate::assessment::text;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;
use yew::prelude::*;

/// Where the bank text stands.
#[derive(Clone, Debug, PartialEq)]
pub enum BankText {
    /// Not asked for yet.
    Waiting,
    Loading,
    Ready,
    /// Why it did not load, as a sentence part.
    Failed(AttrValue),
}

/// The bank text's state, which the root keeps: ready at once where it is built in.
#[hook]
pub fn use_bank_text() -> UseStateHandle<BankText> {
    use_state(|| {
        if text::TEXTS.ready() {
            BankText::Ready
        } else {
            BankText::Waiting
        }
    })
}

/// Asks for the bank text on the screens past the intro, from the profile on, so the
/// questions' words are usually here before the first question; after a failure,
/// again on the next screen (`new_screen`), so a connection that came back is used
/// without a word. The page runs it after every render.
pub fn keep_loading(state: &UseStateHandle<BankText>, screen: &Screen, new_screen: bool) {
    let needed = matches!(
        screen,
        Screen::Profile | Screen::Question(_) | Screen::Result(_)
    );
    match **state {
        BankText::Waiting if needed => {
            state.set(BankText::Loading);
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                state.set(match load().await {
                    Ok(()) => BankText::Ready,
                    Err(reason) => BankText::Failed(reason.into()),
                });
            });
        }
        BankText::Failed(_) if new_screen => state.set(BankText::Waiting),
        _ => {}
    }
}

/// Whether `screen` waits for the bank text, in a screen of its own: a question or a
/// result shows only with its words.
pub fn waits_for(screen: &Screen, state: &BankText) -> bool {
    *state != BankText::Ready && matches!(screen, Screen::Question(_) | Screen::Result(_))
}

/// "Try again" after a failure: asks for the bank text once more.
pub fn ask_again(state: &UseStateHandle<BankText>) -> Callback<()> {
    let state = state.clone();
    Callback::from(move |()| {
        if matches!(*state, BankText::Failed(_)) {
            state.set(BankText::Waiting);
        }
    })
}

/// Fetches the page's bank text file and installs it; the exports program's plan uses it
/// too (src/bin/exports/plan.rs).
pub async fn load() -> Result<(), String> {
    let address = gloo::utils::document()
        .query_selector("meta[name=tandem-text]")
        .ok()
        .flatten()
        .and_then(|meta| meta.get_attribute("content"))
        .ok_or("the page does not name the file")?;
    let unreachable = |_| "the file could not be fetched; the connection may be down".to_owned();
    let response: Response = JsFuture::from(gloo::utils::window().fetch_with_str(&address))
        .await
        .map_err(unreachable)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("the file was refused ({})", response.status()));
    }
    let body = JsFuture::from(response.text().map_err(unreachable)?)
        .await
        .map_err(unreachable)?;
    text::TEXTS
        .install(body.as_string().unwrap_or_default())
        .map_err(|error| error.to_string())
}
