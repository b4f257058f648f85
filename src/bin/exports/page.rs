//! Building plain DOM for the programs that fill a page's holders after its own
//! components have drawn (the exports program, the history program, which includes this
//! file): elements with attributes and text, buttons, and panels folded behind a button.

use gloo::events::EventListener;
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

pub struct Page<'a> {
    document: &'a Document,
    pub holder: &'a Element,
}

impl<'a> Page<'a> {
    pub fn new(document: &'a Document, holder: &'a Element) -> Page<'a> {
        Page { document, holder }
    }

    /// Appends a `tag` element with `attributes` and `text` to `parent`.
    pub fn add(
        &self,
        parent: &Element,
        tag: &str,
        attributes: &[(&str, &str)],
        text: &str,
    ) -> Result<Element, JsValue> {
        let element = self.document.create_element(tag)?;
        for (name, value) in attributes {
            element.set_attribute(name, value)?;
        }
        if !text.is_empty() {
            element.set_text_content(Some(text));
        }
        parent.append_child(&element)?;
        Ok(element)
    }

    /// Appends a button that says `label`, known to tests as `testid`.
    pub fn button(&self, parent: &Element, label: &str, testid: &str) -> Result<Element, JsValue> {
        self.add(
            parent,
            "button",
            &[
                ("type", "button"),
                ("class", "button"),
                ("data-testid", testid),
            ],
            label,
        )
    }
}

/// A panel folded behind a button: a disclosure rather than `<details>`, whose folded
/// content browsers leave off the printed page, where a QR code belongs. The button
/// reads `show` or `hide`; `name` makes the ids (`<name>-toggle`, `<name>-panel`).
/// Gives the button and the panel.
pub fn disclosure(
    page: &Page,
    name: &str,
    [show, hide]: [&str; 2],
    open: bool,
) -> Result<(Element, Element), JsValue> {
    let (toggle_id, panel_id) = (format!("{name}-toggle"), format!("{name}-panel"));
    let toggle = page.add(
        page.holder,
        "button",
        &[
            ("type", "button"),
            ("class", "button disclosure"),
            ("aria-controls", &panel_id),
            ("data-testid", &toggle_id),
        ],
        "",
    )?;
    let panel = page.add(page.holder, "div", &[("id", &panel_id)], "")?;
    let (show, hide) = (show.to_owned(), hide.to_owned());
    let fold = move |toggle: &Element, panel: &Element, open: bool| {
        let _ = panel.toggle_attribute_with_force("hidden", !open);
        let _ = toggle.set_attribute("aria-expanded", if open { "true" } else { "false" });
        toggle.set_text_content(Some(if open { &hide } else { &show }));
    };
    fold(&toggle, &panel, open);
    let folded = panel.clone();
    let button = toggle.clone();
    EventListener::new(&toggle, "click", move |_| {
        fold(&button, &folded, folded.has_attribute("hidden"));
    })
    .forget();
    Ok((toggle, panel))
}
