//! Screens for addresses that lead nowhere (a result link that does not open, a page
//! that does not exist), for the moment another part is loading, and for a part that
//! did not arrive. Each says what happened and offers a way on.

use super::brand::brand_mark;
use super::location;
use super::route::ASSESSMENT_PAGE;
use yew::prelude::*;

/// A screen for an address that leads nowhere.
pub struct Notice {
    pub title: &'static str,
    pub detail: AttrValue,
    pub testid: &'static str,
    /// "Take the assessment" as a button with this handler; without one, a link to
    /// the assessment's page.
    pub on_start: Option<Callback<MouseEvent>>,
    /// Takes focus when the screen appears (each page's one effect, through `focus::focus`).
    pub heading: NodeRef,
}

pub fn notice(notice: Notice) -> Html {
    html! {
        <main key={notice.testid} class="screen notice" data-testid={notice.testid}>
            { brand_mark(false) }
            <h1 ref={notice.heading} tabindex="-1">{notice.title}</h1>
            <p data-testid="notice-detail">{notice.detail}</p>
            <p>{"If someone sent you this link, ask them for a fresh copy. Or take the assessment yourself: it takes a few minutes."}</p>
            <div class="actions">
                if let Some(onclick) = notice.on_start {
                    <button type="button" class="button primary" {onclick} data-testid="start">{"Take the assessment"}</button>
                } else {
                    <a class="button primary" href={location::page_href(ASSESSMENT_PAGE)} data-testid="start">{"Take the assessment"}</a>
                }
            </div>
        </main>
    }
}

/// What shows for the moment it takes to open the app's other page.
pub fn opening(title: &'static str, testid: &'static str) -> Html {
    html! {
        <main class="screen notice" data-testid={testid}>
            { brand_mark(false) }
            <h1 role="status">{title}</h1>
        </main>
    }
}

/// In place of a question or a result (`what`) whose words (the bank text) did not
/// load: says why, that nothing is lost, and asks for them again.
pub fn text_missing(what: &str, reason: &str, ask_again: Callback<()>) -> Html {
    html! {
        <main class="screen notice" data-testid="text-missing">
            { brand_mark(false) }
            <h1 role="alert">{format!("{what} could not be shown")}</h1>
            <p data-testid="notice-detail">{format!("The words of the questions and results did not arrive: {reason}.")}</p>
            <p>{"Nothing is lost: the result is in the address, and answers stay in this browser. Check the connection and try again."}</p>
            <div class="actions">
                <button type="button" class="button primary" onclick={ask_again.reform(|_| ())}
                    data-testid="try-again">{"Try again"}</button>
            </div>
        </main>
    }
}
