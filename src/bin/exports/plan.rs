//! "Make it a plan", under where next: the result's first moves as a 90-day plan on the
//! page, and as Markdown, CSV and calendar files (`tandem::export::plan`, tested
//! natively). The moves' words are the bank text, which this program, like the page,
//! loads as a file (the lazy-text feature): it asks for it on the first opening, from the
//! browser's cache as a rule, since the result on the page needed the same file.

use crate::files::{blob, save, today};
use crate::page::{disclosure, Page};
use gloo::events::EventListener;
use js_sys::Date;
use std::cell::Cell;
use std::rc::Rc;
use tandem::assessment::report::Report;
use tandem::assessment::text::TEXTS;
use tandem::export::day::Day;
use tandem::export::plan::{self, check_in_when, Moment, Plan};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use web_sys::Element;

const MAKE: &str = "Make it a plan";
const HIDE: &str = "Hide the plan";

/// The plan's files.
#[derive(Clone, Copy)]
enum Format {
    Markdown,
    Csv,
    Calendar,
}

impl Format {
    /// What its button says, its extension and its type.
    fn about(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Format::Markdown => (
                "Plan for a wiki (Markdown)",
                "md",
                "text/markdown;charset=utf-8",
            ),
            Format::Csv => (
                "Plan for a spreadsheet (CSV)",
                "csv",
                "text/csv;charset=utf-8",
            ),
            Format::Calendar => (
                "Check-ins for calendars (.ics)",
                "ics",
                "text/calendar;charset=utf-8",
            ),
        }
    }

    fn write(self, plan: &Plan, token: &str, link: &str) -> String {
        match self {
            Format::Markdown => plan::markdown(plan, link),
            Format::Csv => plan::csv(plan),
            Format::Calendar => plan::ics(plan, token, link, now()),
        }
    }
}

/// The plan's button and panel, filled on the first opening.
pub fn add(page: &Page, report: Rc<Report>, link: Rc<str>) -> Result<(), JsValue> {
    if report.advice.as_ref().is_none_or(|a| a.moves.is_empty()) {
        return Ok(());
    }
    let (toggle, panel) = disclosure(page, "plan", [MAKE, HIDE], false)?;
    panel.set_class_name("plan");
    let filled = Rc::new(Cell::new(false));
    let holder = page.holder.clone();
    EventListener::new(&toggle, "click", move |_| {
        if filled.replace(true) {
            return;
        }
        let (report, link, panel, filled) =
            (report.clone(), link.clone(), panel.clone(), filled.clone());
        let holder = holder.clone();
        spawn_local(async move {
            let document = gloo::utils::document();
            let page = Page::new(&document, &holder);
            if let Err(reason) = words_ready().await {
                filled.set(false);
                panel.set_text_content(Some(&format!(
                    "The plan's words could not load: {reason}. Close this and make it again to retry."
                )));
                return;
            }
            panel.set_text_content(None);
            let shown = plan::plan(&report, today())
                .ok_or_else(|| JsValue::from_str("no moves"))
                .and_then(|plan| show(&page, &panel, Rc::new(plan), &report.token, link));
            if shown.is_err() {
                panel.set_text_content(Some("The plan could not be shown."));
            }
        });
    })
    .forget();
    Ok(())
}

async fn words_ready() -> Result<(), String> {
    if TEXTS.ready() {
        return Ok(());
    }
    tandem::ui::bank_text::load().await
}

fn show(
    page: &Page,
    panel: &Element,
    plan: Rc<Plan>,
    token: &str,
    link: Rc<str>,
) -> Result<(), JsValue> {
    page.add(panel, "h3", &[("data-testid", "plan-title")], &plan.title())?;
    page.add(
        panel,
        "p",
        &[],
        &format!(
            "{} Each move has an owner and check-ins on Fridays, set by how long it takes.",
            plan.start_words()
        ),
    )?;
    let steps = page.add(panel, "ol", &[("class", "plan-steps")], "")?;
    for step in &plan.steps {
        let item = page.add(&steps, "li", &[("data-testid", "plan-step")], "")?;
        page.add(&item, "h4", &[], plan.move_of(step).title.get())?;
        page.add(
            &item,
            "p",
            &[("class", "move-who")],
            &format!("{} · {}", plan.owner(step), plan.effort(step)),
        )?;
        page.add(&item, "p", &[("class", "move-area")], &plan.area(step))?;
        let check_ins = page.add(&item, "ul", &[("class", "plan-check-ins")], "")?;
        for check_in in &step.check_ins {
            let line = format!(
                "{}: {}",
                check_in_when(check_in),
                check_in.purpose.question()
            );
            page.add(&check_ins, "li", &[("data-testid", "plan-check-in")], &line)?;
        }
    }
    page.add(
        panel,
        "p",
        &[("class", "hint")],
        "Take it to a wiki page, a spreadsheet or your calendars; each check-in links back to this result.",
    )?;
    let buttons = page.add(panel, "div", &[("class", "export-buttons")], "")?;
    let status = page.add(
        panel,
        "p",
        &[("role", "status"), ("data-testid", "plan-status")],
        "",
    )?;
    let token: Rc<str> = token.into();
    for format in [Format::Markdown, Format::Csv, Format::Calendar] {
        let (label, extension, kind) = format.about();
        let testid = format!("plan-{extension}");
        let button = page.button(&buttons, label, &testid)?;
        let (plan, token, link, status) =
            (plan.clone(), token.clone(), link.clone(), status.clone());
        EventListener::new(&button, "click", move |_| {
            let name = plan::file_name(today(), extension);
            let saved =
                blob(&format.write(&plan, &token, &link), kind).and_then(|file| save(&file, &name));
            status.set_text_content(Some(&match saved {
                Ok(()) => format!("Saved as {name}. Look in your downloads."),
                Err(_) => {
                    "The download did not start: the browser refused to make the file.".to_owned()
                }
            }));
        })
        .forget();
    }
    Ok(())
}

/// The moment in UTC, which stamps the calendar's events.
fn now() -> Moment {
    let now = Date::new_0();
    Moment {
        day: Day::new(
            now.get_utc_full_year() as u16,
            now.get_utc_month() as u8 + 1,
            now.get_utc_date() as u8,
        )
        .expect("the clock gives a month and a day"),
        hour: now.get_utc_hours() as u8,
        minute: now.get_utc_minutes() as u8,
        second: now.get_utc_seconds() as u8,
    }
}
