//! "Progress over time", a section this program adds above "Take it with you": the
//! offer to keep the result in this browser. Nothing is kept without it, and what shows
//! a kept history (the change since the last kept result, the list, its file) is a
//! program of its own (src/bin/history/), loaded only for a visitor who keeps a result
//! or kept one before: named by the page's `<meta name="tandem-history">`, its glue
//! defines the global `tandemHistory` (scripts/build.mjs).

use crate::page::Page;
use gloo::events::EventListener;
use js_sys::{Array, Function, Object, Promise, Reflect};
use std::cell::Cell;
use std::rc::Rc;
use tandem::assessment::history::{KEEP_HINT, KEEP_OFFER, KEY, STORAGE_BLOCKED};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Element, HtmlInputElement, HtmlScriptElement, UrlSearchParams};

const GLOBAL: &str = "tandemHistory";

thread_local! {
    /// Whether the history program has started on this page.
    static STARTED: Cell<bool> = const { Cell::new(false) };
}

/// Adds the section before `exports` for the result `token`, reopened at `link`.
pub fn offer(exports: &Element, token: &str, link: &str) -> Result<(), JsValue> {
    let document = gloo::utils::document();
    // The section of a result shown before, when the page kept its place.
    if let Some(shown) = document.query_selector("section.history")? {
        shown.remove();
    }
    let section = document.create_element("section")?;
    section.set_class_name("history");
    section.set_attribute("aria-labelledby", "history-heading")?;
    section.set_attribute("data-testid", "history")?;
    exports.before_with_node_1(&section)?;
    let page = Page::new(&document, &section);
    let heading = [("id", "history-heading"), ("tabindex", "-1")];
    page.add(&section, "h2", &heading, "Progress over time")?;
    let body = page.add(&section, "div", &[("data-history-body", "")], "")?;
    let status = [("role", "status"), ("data-testid", "history-status")];
    let status = page.add(&section, "p", &status, "")?;
    let shown = Shown {
        section: section.clone(),
        token: token.into(),
        link: link.into(),
    };
    let storage = gloo::utils::window().local_storage().ok().flatten();
    let kept = storage
        .as_ref()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .is_some();
    if let Some(since) = since_in_address() {
        shown.open(Keep::No, Some(since));
    } else if kept {
        shown.open(Keep::No, None);
    }
    if kept {
        return Ok(());
    }
    if storage.is_none() {
        status.set_text_content(Some(STORAGE_BLOCKED));
    } else {
        page.add(&body, "p", &[("class", "hint")], KEEP_HINT)?;
        let keep = page.button(&body, KEEP_OFFER, "history-keep")?;
        let keeping = shown.clone();
        once_pressed(&keep, move || keeping.open(Keep::Yes, None));
    }
    paste_form(&page, &body, shown)
}

/// "Compare with an earlier result": a team without this browser's history pastes an
/// earlier result's link, and sees what moved since.
fn paste_form(page: &Page, body: &Element, shown: Shown) -> Result<(), JsValue> {
    let form = page.add(body, "div", &[("class", "since")], "")?;
    let label = "Or compare with an earlier result: paste its link";
    page.add(&form, "label", &[("for", "history-since")], label)?;
    let field = [
        ("id", "history-since"),
        ("type", "text"),
        ("class", "text-field"),
        ("data-testid", "history-since"),
    ];
    let field: HtmlInputElement = page.add(&form, "input", &field, "")?.dyn_into()?;
    let show = page.button(&form, "Show what moved", "history-since-show")?;
    EventListener::new(&show, "click", move |_| {
        shown.open(Keep::No, Some(field.value()));
    })
    .forget();
    Ok(())
}

/// The earlier result a link names (`?since=<token>`, src/export/retake_view.rs).
fn since_in_address() -> Option<String> {
    let search = gloo::utils::window().location().search().ok()?;
    UrlSearchParams::new_with_str(&search).ok()?.get("since")
}

/// Runs `action` at the first press of `button`, which then says it is busy.
fn once_pressed(button: &Element, action: impl Fn() + 'static) {
    let pressed = button.clone();
    EventListener::new(button, "click", move |_| {
        if !pressed.has_attribute("aria-disabled") {
            let _ = pressed.set_attribute("aria-disabled", "true");
            action();
        }
    })
    .forget();
}

#[derive(Clone, Copy)]
enum Keep {
    Yes,
    No,
}

/// The section and the result it is for.
#[derive(Clone)]
struct Shown {
    section: Element,
    token: Rc<str>,
    link: Rc<str>,
}

impl Shown {
    /// Loads the history program and hands it the section, keeping the result first if
    /// `keep`, showing the change since the result pasted or named as `since`; a failure
    /// is said in the section's status line.
    fn open(&self, keep: Keep, since: Option<String>) {
        let shown = self.clone();
        spawn_local(async move {
            let arguments: Array = [
                shown.section.clone().into(),
                JsValue::from_str(&shown.token),
                JsValue::from_str(&shown.link),
                JsValue::from_bool(matches!(keep, Keep::Yes)),
                since.map_or(JsValue::UNDEFINED, |s| JsValue::from_str(&s)),
            ]
            .into_iter()
            .collect();
            let mounted = match history_program().await {
                Ok(mount) => mount.apply(&JsValue::NULL, &arguments).map(|_| ()),
                Err(error) => Err(error),
            };
            if mounted.is_err() {
                if let Ok(Some(status)) =
                    shown.section.query_selector("[data-testid=history-status]")
                {
                    status.set_text_content(Some(
                        "The kept results could not load: check the connection and reload the page.",
                    ));
                }
            }
        });
    }
}

/// The history program's `mount`, loading and starting the program the first time.
async fn history_program() -> Result<Function, JsValue> {
    let window = gloo::utils::window();
    if !STARTED.get() {
        let meta = gloo::utils::document()
            .query_selector("meta[name=tandem-history]")?
            .ok_or("this copy of the assessment was built without it")?;
        let glue = meta.get_attribute("content").unwrap_or_default();
        let wasm = meta.get_attribute("data-wasm").unwrap_or_default();
        if Reflect::get(&window, &GLOBAL.into())?.is_undefined() {
            run_script(&glue).await?;
        }
        let start: Function = Reflect::get(&window, &GLOBAL.into())?.dyn_into()?;
        let options = Object::new();
        Reflect::set(&options, &"module_or_path".into(), &wasm.into())?;
        JsFuture::from(
            start
                .call1(&JsValue::NULL, &options)?
                .dyn_into::<Promise>()?,
        )
        .await?;
        STARTED.set(true);
    }
    let program = Reflect::get(&window, &GLOBAL.into())?;
    Reflect::get(&program, &"mount".into())?.dyn_into()
}

/// Adds a script that runs `source`, and waits until it has run.
async fn run_script(source: &str) -> Result<(), JsValue> {
    let script: HtmlScriptElement = gloo::utils::document()
        .create_element("script")?
        .dyn_into()?;
    script.set_src(source);
    let ran = Promise::new(&mut |resolve, reject| {
        script.set_onload(Some(&resolve));
        script.set_onerror(Some(&reject));
    });
    gloo::utils::document()
        .head()
        .ok_or("the page has no head")?
        .append_child(&script)?;
    JsFuture::from(ran).await.map(|_| ())
}
