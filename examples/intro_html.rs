//! Writes the intro screen as HTML, rendered natively by the very function the app
//! renders, for index.html to show before the WebAssembly has arrived (a Trunk pre_build
//! hook runs it). The page's copy has no test ids, so tests and tools that wait for one
//! wait for the live app, and it is marked `data-prerendered` for the start-up script.
//! Beside it, `about.json`: the brand's name and the bank's title and teams, for the
//! pages' own words.
//!   cargo run --example intro_html -- target/prerender/intro.html

#[cfg(not(target_arch = "wasm32"))]
use tandem::{
    content::{ABOUT, BRAND, BRAND_LOGO, BRAND_STYLE, CURRENT},
    ui::intro::{intro, IntroProps},
};
#[cfg(not(target_arch = "wasm32"))]
use yew::{function_component, Callback, Html, LocalServerRenderer, NodeRef};

/// Only a native tool: the server renderer is a native-only dev-dependency.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let out = std::env::args()
        .nth(1)
        .expect("usage: intro_html <output.html>");
    let props = IntroProps {
        bank: &CURRENT,
        answered: 0,
        invited_by: None,
        on_action: Callback::noop(),
        heading: NodeRef::default(),
    };
    let html = futures::executor::block_on(
        LocalServerRenderer::<IntroScreen>::with_props(props)
            .hydratable(false)
            .render(),
    );
    let html = without_test_ids(&html).replacen("<main ", "<main data-prerendered ", 1);
    assert!(html.contains("data-prerendered"), "the intro is a <main>");
    let out = std::path::Path::new(&out);
    std::fs::create_dir_all(out.parent().expect("a file path")).expect("create the output folder");
    std::fs::write(out, html).expect("write the intro's HTML");
    // The brand's and the bank's words for the pages' titles, the manifest and embed.js
    // (the build's step "brand and bank words"), beside the intro.
    let about = serde_json::json!({
        "name": BRAND.name,
        "short_name": BRAND.short_name,
        "title": ABOUT.title,
        "teams": ABOUT.teams,
        "theme": BRAND_STYLE.theme,
        "accent": BRAND_STYLE.accent,
        "theme_color": BRAND_STYLE.theme_color,
        "logo_source": BRAND_STYLE.logo_source,
        "logo": BRAND.logo,
        "logo_data": BRAND_LOGO,
    });
    std::fs::write(out.with_file_name("about.json"), about.to_string())
        .expect("write the bank's words");
}

/// The intro is a function of the app's; the renderer takes a component.
#[cfg(not(target_arch = "wasm32"))]
#[function_component]
fn IntroScreen(props: &IntroProps) -> Html {
    intro(props)
}

#[cfg(not(target_arch = "wasm32"))]
fn without_test_ids(html: &str) -> String {
    let mut rest = html;
    let mut kept = String::with_capacity(html.len());
    while let Some(start) = rest.find(" data-testid=\"") {
        kept.push_str(&rest[..start]);
        let value = &rest[start + " data-testid=\"".len()..];
        rest = &value[value.find('"').expect("a closed attribute") + 1..];
    }
    kept + rest
}
