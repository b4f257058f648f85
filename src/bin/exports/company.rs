//! "For which company?": a name the visitor may type for the printed page and the
//! picture, shown at the top of the result as they type, and kept in the result link
//! only if they tick the box (a token of format 3, docs/formats.md). Keeping it changes
//! the address to that token, which the page then shows as any result; the name typed
//! and the place on the page survive the change.

use crate::page::{disclosure, Page};
use gloo::events::EventListener;
use std::cell::RefCell;
use tandem::assessment::answers::Answers;
use tandem::assessment::company::Company;
use tandem::assessment::link;
use tandem::assessment::report::Report;
use tandem::ui::route::Route;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, Event, HtmlElement, HtmlInputElement};

thread_local! {
    /// The name typed for a result, by its answers without a name, so it outlives the
    /// section when keeping it changes the address; and the control that just changed
    /// the address, to give it focus back.
    static TYPED: RefCell<Option<(Answers, String, Refocus)>> = const { RefCell::new(None) };
}

#[derive(Clone, Copy, PartialEq)]
enum Refocus {
    Nothing,
    Field,
    Box,
}

const ADD: &str = "Add a company name for printing";
const HIDE: &str = "Hide the company name field";

/// The field, the box and their note, folded away unless a name is given; returns the field, whose name the picture uses.
pub fn field(page: &Page, report: &Report) -> Result<HtmlInputElement, JsValue> {
    let unnamed = unnamed(report);
    let (typed, refocus) = TYPED.with_borrow(|typed| match typed {
        Some((answers, name, refocus)) if *answers == unnamed => (Some(name.clone()), *refocus),
        _ => (None, Refocus::Nothing),
    });
    let kept = report.answers.company.as_ref().map(Company::as_str);
    let name = typed.as_deref().or(kept).unwrap_or_default();
    let (_, group) = disclosure(page, "company", [ADD, HIDE], !name.is_empty())?;
    group.set_class_name("company");
    page.add(
        &group,
        "label",
        &[("for", "company-name")],
        "Company name for the printed page and the picture (optional)",
    )?;
    let input: HtmlInputElement = page
        .add(
            &group,
            "input",
            &[
                ("id", "company-name"),
                ("type", "text"),
                ("autocomplete", "organization"),
                ("maxlength", "40"),
                ("aria-describedby", "company-note"),
                ("data-testid", "company-name"),
            ],
            "",
        )?
        .unchecked_into();
    input.set_value(name);
    let check = page.add(&group, "label", &[("class", "check")], "")?;
    let keep: HtmlInputElement = page
        .add(
            &check,
            "input",
            &[("type", "checkbox"), ("data-testid", "company-in-link")],
            "",
        )?
        .unchecked_into();
    keep.set_checked(kept.is_some());
    check.append_with_str_1(" Keep the name in the result link")?;
    let note = page.add(
        &group,
        "p",
        &[
            ("id", "company-note"),
            ("class", "hint"),
            ("data-testid", "company-note"),
        ],
        "",
    )?;
    show(&input, &note, &unnamed);
    listen(&input, &keep, &note, report, unnamed.clone())?;
    match refocus {
        Refocus::Field => give_focus_back(&input),
        Refocus::Box => give_focus_back(&keep),
        Refocus::Nothing => {}
    }
    Ok(input)
}

/// What the box and the field do as the visitor uses them.
fn listen(
    input: &HtmlInputElement,
    keep: &HtmlInputElement,
    note: &Element,
    report: &Report,
    unnamed: Answers,
) -> Result<(), JsValue> {
    let (field, note_, answers) = (input.clone(), note.clone(), unnamed.clone());
    EventListener::new(input, "input", move |_| {
        show(&field, &note_, &answers);
    })
    .forget();
    for element in [input, keep] {
        let (field, keep, note) = (input.clone(), keep.clone(), note.clone());
        let (bank, shown, unnamed) = (report.bank, report.token.clone(), unnamed.clone());
        let refocus = if element == &keep {
            Refocus::Box
        } else {
            Refocus::Field
        };
        EventListener::new(element, "change", move |_| {
            let Some(name) = show(&field, &note, &unnamed) else {
                return;
            };
            let mut answers = unnamed.clone();
            answers.company = name.filter(|_| keep.checked());
            let token = link::encode(bank, &answers);
            if token != shown {
                remember(&unnamed, &field.value(), refocus);
                let _ = open(&Route::Result(token).fragment());
            }
        })
        .forget();
    }
    Ok(())
}

/// Shows the typed name at the top of the result, or why it is no name; `None` when it
/// is not one, else the name (`Some(None)` for an empty field).
fn show(input: &HtmlInputElement, note: &Element, unnamed: &Answers) -> Option<Option<Company>> {
    let value = input.value();
    remember(unnamed, &value, Refocus::Nothing);
    let named = match Company::new(&value) {
        Ok(company) => Some(Some(company)),
        Err(_) if value.trim().is_empty() => Some(None),
        Err(error) => {
            note.set_text_content(Some(&error.to_string()));
            let _ = input.set_attribute("aria-invalid", "true");
            return None;
        }
    };
    let _ = input.remove_attribute("aria-invalid");
    note.set_text_content(Some(
        "Nothing leaves this browser: the name is only in the link if you keep it there.",
    ));
    if let Some(line) = gloo::utils::document()
        .query_selector("[data-company-line]")
        .ok()
        .flatten()
    {
        let name = named.clone().flatten();
        line.set_text_content(
            name.as_ref()
                .map(|c| format!("For {}", c.as_str()))
                .as_deref(),
        );
    }
    named
}

fn remember(unnamed: &Answers, name: &str, refocus: Refocus) {
    TYPED.set(Some((unnamed.clone(), name.to_owned(), refocus)));
}

/// The same answers without a name.
fn unnamed(report: &Report) -> Answers {
    let mut answers = report.answers.clone();
    answers.company = None;
    answers
}

/// Replaces the address with `fragment` and tells the page, as a move through history
/// would (src/ui/location.rs): the page then shows that result.
fn open(fragment: &str) -> Result<(), JsValue> {
    let window = gloo::utils::window();
    let history = window.history()?;
    history.replace_state_with_url(&history.state()?, "", Some(fragment))?;
    window.dispatch_event(&Event::new("popstate")?)?;
    Ok(())
}

/// After the page has shown the new address (its heading took focus and it scrolled
/// to the top), the control takes focus again, in view, scrolling this document alone.
fn give_focus_back(control: &HtmlInputElement) {
    let keep = control.clone();
    gloo::timers::callback::Timeout::new(0, move || {
        let options = web_sys::FocusOptions::new();
        options.set_prevent_scroll(true);
        let _ = keep
            .unchecked_ref::<HtmlElement>()
            .focus_with_options(&options);
        let window = gloo::utils::window();
        let top = keep.get_bounding_client_rect().top();
        let height = window
            .inner_height()
            .ok()
            .and_then(|h| h.as_f64())
            .unwrap_or(0.0);
        window.scroll_by_with_x_and_y(0.0, top - height / 2.0);
    })
    .forget();
}
