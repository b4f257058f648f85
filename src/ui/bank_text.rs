//! Loads the banks' text (`src/assessment/text.rs`: the questions' words and the
//! results') for the assessment's page once a visitor moves past the intro, so a first
//! visit does not download it. The file is named by the page's
//! `<meta name="tandem-text">` (`scripts/bank-text.sh`).

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

/// The bank text's state on `screen`, and a callback that asks for it again. It is
/// asked for on the screens past the intro, from the profile on, so the questions'
/// words are usually here before the first question; after a failure, again on the
/// next screen, so a connection that came back is used without a word.
#[hook]
pub fn use_bank_text(screen: &Screen) -> (BankText, Callback<()>) {
    let state = use_state(|| {
        if text::ready() {
            BankText::Ready
        } else {
            BankText::Waiting
        }
    });
    let needed = matches!(
        screen,
        Screen::Profile | Screen::Question(_) | Screen::Result(_)
    );
    {
        let state = state.clone();
        use_effect_with((needed, (*state).clone()), move |(needed, current)| {
            if *needed && *current == BankText::Waiting {
                state.set(BankText::Loading);
                wasm_bindgen_futures::spawn_local(async move {
                    state.set(match load().await {
                        Ok(()) => BankText::Ready,
                        Err(reason) => BankText::Failed(reason.into()),
                    });
                });
            }
        });
    }
    let ask_again = {
        let state = state.clone();
        Callback::from(move |()| {
            if matches!(*state, BankText::Failed(_)) {
                state.set(BankText::Waiting);
            }
        })
    };
    {
        let ask_again = ask_again.clone();
        use_effect_with(screen.clone(), move |_| ask_again.emit(()));
    }
    ((*state).clone(), ask_again)
}

async fn load() -> Result<(), String> {
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
    text::install(body.as_string().unwrap_or_default()).map_err(|error| error.to_string())
}
