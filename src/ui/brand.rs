//! The brand's mark at the top of a screen: its logo, if it has one, and its name.
//! Hidden from screen readers: the page's title and heading already say where they are.

use super::location::one_file;
use crate::content::BRAND;
use yew::prelude::*;

/// The brand's links (privacy, imprint) at the foot of a page; nothing without any.
/// Left out in a host page's frame, whose page has its own, and on paper.
pub fn brand_links() -> Html {
    if BRAND.links.is_empty() {
        return html! {};
    }
    html! {
        <footer class="brand-links" data-testid="brand-links">
            { for BRAND.links.iter().map(|&(words, url)| html! {
                <a href={url} target="_blank" rel="noopener">{words}</a>
            }) }
        </footer>
    }
}

/// The mark; `paper_only` shows it on the printed page alone (the result's). Literal
/// classes: a computed one would bring Yew's `Classes` into the program (docs/size.md).
pub fn brand_mark(paper_only: bool) -> Html {
    let logo = BRAND.logo.map(|logo| {
        html! { <img class="brand-logo" src={logo_address(logo)} alt="" width="28" height="28" /> }
    });
    if paper_only {
        html! { <p class="brand print-only" aria-hidden="true">{logo}{BRAND.name}</p> }
    } else {
        html! { <p class="brand" aria-hidden="true">{logo}{BRAND.name}</p> }
    }
}

/// Where the logo is read from: its file beside the pages, or in the one-file build,
/// which has nothing beside it, the page's icon, which the build made from the same logo.
fn logo_address(file: &'static str) -> AttrValue {
    let icon = || {
        let link = gloo::utils::document()
            .query_selector("link[rel=icon]")
            .ok()??;
        link.get_attribute("href")
    };
    match one_file().then(icon).flatten() {
        Some(icon) => icon.into(),
        None => file.into(),
    }
}
