//! "Where next" on a placed result: what would place the teams a stage higher, each
//! change leading to its area's move on the page, and an explorer that raises or lowers
//! areas by a stage to show where the teams would stand, beside the result and never
//! instead of it (its link and screen stay as they are). The words and the curve come
//! from `tandem::export::where_next`, tested natively.

use crate::page::{disclosure, Page};
use crate::plan;
use gloo::events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use tandem::assessment::placement::Placement;
use tandem::assessment::report::Report;
use tandem::assessment::stage::Stage;
use tandem::assessment::what_if::place_at;
use tandem::export::where_next::{
    cap_sentence, control_label, explorer_status, heading, markers_curve, raise_words,
    summary_lead, what_if, Step, AREAS_NOT_ANSWERS,
};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

const EXPLORE: &str = "Explore: what if an area changed?";
const HIDE: &str = "Hide the explorer";

/// Fills `holder` for `report`; leaves it empty for a result that was not placed.
pub fn fill(page: &Page, report: Report, link: &str) -> Result<(), JsValue> {
    let Some(placement) = report.placement.clone() else {
        return Ok(());
    };
    let bank = report.bank;
    page.add(
        page.holder,
        "h2",
        &[("id", "where-next-heading")],
        &heading(bank, &placement),
    )?;
    if let Some(what_if) = what_if(bank, &report.scores) {
        let summary = page.add(
            page.holder,
            "p",
            &[("data-testid", "what-if")],
            &summary_lead(bank, &what_if),
        )?;
        for (i, raise) in what_if.raises.iter().enumerate() {
            let joint = match i {
                0 => " ",
                _ if i + 1 == what_if.raises.len() => " and ",
                _ => ", ",
            };
            summary.append_with_str_1(joint)?;
            change(
                page,
                &summary,
                bank.dimensions[raise.dimension].id,
                &raise_words(bank, raise),
            )?;
        }
        summary.append_with_str_1(".")?;
        if let Some(cap) = &what_if.cap {
            page.add(
                page.holder,
                "p",
                &[("data-testid", "what-if-cap")],
                &cap_sentence(bank, cap, what_if.toward),
            )?;
        }
    }
    page.add(page.holder, "p", &[("class", "hint")], AREAS_NOT_ANSWERS)?;
    let (_, panel) = disclosure(page, "explorer", [EXPLORE, HIDE], false)?;
    panel.set_class_name("explorer");
    let report = Rc::new(report);
    Explorer::build(page, &panel, report.clone(), placement)?;
    plan::add(page, report, link.into())
}

/// One change of the summary: a button to its area's move where the page lists it,
/// plain words where it does not (an area already past the result's stage).
fn change(page: &Page, summary: &Element, area: &str, words: &str) -> Result<(), JsValue> {
    let selector = format!(".move[data-area=\"{area}\"]");
    let Some(target) = gloo::utils::document().query_selector(&selector)? else {
        page.add(summary, "strong", &[], words)?;
        return Ok(());
    };
    let button = page.add(
        summary,
        "button",
        &[
            ("type", "button"),
            ("class", "text-button"),
            ("data-testid", "what-if-change"),
        ],
        words,
    )?;
    EventListener::new(&button, "click", move |_| go_to(&target)).forget();
    Ok(())
}

/// Unfolds the moves around `target` if folded, and moves focus (and the view) to it.
fn go_to(target: &Element) {
    if let Ok(Some(folded)) = target.closest("details") {
        let _ = folded.set_attribute("open", "");
    }
    let _ = target.set_attribute("tabindex", "-1");
    if let Some(target) = target.dyn_ref::<HtmlElement>() {
        let _ = target.focus();
    }
}

/// The explorer: a line that says where the teams would stand, the curve with both
/// markers, and a row per area with its stage and two controls.
struct Explorer {
    report: Rc<Report>,
    real: Placement,
    bands: RefCell<Vec<Option<Stage>>>,
    status: Element,
    curve: Element,
    rows: Vec<Row>,
}

struct Row {
    dimension: usize,
    stage: Element,
    lower: Element,
    raise: Element,
}

impl Explorer {
    fn build(
        page: &Page,
        panel: &Element,
        report: Rc<Report>,
        real: Placement,
    ) -> Result<(), JsValue> {
        let status = page.add(
            panel,
            "p",
            &[("role", "status"), ("data-testid", "explorer-status")],
            "",
        )?;
        let curve = page.add(
            panel,
            "div",
            &[("class", "curve"), ("data-testid", "explorer-curve")],
            "",
        )?;
        let list = page.add(panel, "ul", &[("class", "explorer-areas")], "")?;
        let bank = report.bank;
        let mut rows = Vec::new();
        for area in report.scores.dimensions.iter() {
            let item = page.add(&list, "li", &[("data-testid", "explorer-area")], "")?;
            page.add(
                &item,
                "span",
                &[("class", "explorer-name")],
                bank.dimensions[area.dimension].name,
            )?;
            let stage = page.add(
                &item,
                "span",
                &[
                    ("class", "explorer-stage"),
                    ("data-testid", "explorer-stage"),
                ],
                "",
            )?;
            if area.stage.is_none() {
                stage.set_text_content(Some("not enough answers"));
                continue;
            }
            let lower = page.button(&item, "−", "explorer-lower")?;
            let raise = page.button(&item, "+", "explorer-raise")?;
            rows.push(Row {
                dimension: area.dimension,
                stage,
                lower,
                raise,
            });
        }
        let reset = page.button(panel, "Back to the result", "explorer-reset")?;
        let bands = report.scores.dimensions.iter().map(|d| d.stage).collect();
        let explorer = Rc::new(Explorer {
            report,
            real,
            bands: RefCell::new(bands),
            status,
            curve,
            rows,
        });
        for (index, row) in explorer.rows.iter().enumerate() {
            for (button, step) in [(&row.lower, Step::Lower), (&row.raise, Step::Raise)] {
                let explorer = explorer.clone();
                EventListener::new(button, "click", move |_| explorer.step(index, step)).forget();
            }
        }
        let again = explorer.clone();
        EventListener::new(&reset, "click", move |_| again.reset()).forget();
        explorer.show();
        Ok(())
    }

    /// Moves row `index`'s area one stage, if it can go that way.
    fn step(&self, index: usize, step: Step) {
        let dimension = self.rows[index].dimension;
        let moved = self.moved(dimension, step);
        if moved.is_some() {
            self.bands.borrow_mut()[dimension] = moved;
            self.show();
        }
    }

    fn reset(&self) {
        *self.bands.borrow_mut() = self
            .report
            .scores
            .dimensions
            .iter()
            .map(|d| d.stage)
            .collect();
        self.show();
    }

    /// The stage `dimension` would move to by `step`, if there is one.
    fn moved(&self, dimension: usize, step: Step) -> Option<Stage> {
        let level = self.bands.borrow()[dimension]?.level();
        match step {
            Step::Lower => level.checked_sub(1).and_then(Stage::from_level),
            Step::Raise => Stage::from_level(level + 1),
        }
    }

    /// Where the teams would stand with `dimension` at `stage`, the rest as they are now.
    fn with(&self, dimension: usize, stage: Stage) -> Option<Placement> {
        let mut bands = self.bands.borrow().clone();
        bands[dimension] = Some(stage);
        place_at(&self.report.scores, &bands)
    }

    fn show(&self) {
        let bank = self.report.bank;
        let bands = self.bands.borrow().clone();
        let own: Vec<_> = self
            .report
            .scores
            .dimensions
            .iter()
            .map(|d| d.stage)
            .collect();
        let changed = bands != own;
        let now = place_at(&self.report.scores, &bands);
        self.status.set_text_content(Some(&explorer_status(
            bank,
            &self.real,
            now.as_ref(),
            changed,
        )));
        self.curve.set_inner_html(&markers_curve(
            bank,
            &self.real,
            now.as_ref().filter(|_| changed),
        ));
        for row in &self.rows {
            let stage = bands[row.dimension];
            let words = stage.map_or("", |s| bank.stage(s).title);
            let was = own[row.dimension]
                .filter(|o| Some(*o) != stage)
                .map(|o| bank.stage(o).title);
            show_stage(&row.stage, words, was);
            for (button, step) in [(&row.lower, Step::Lower), (&row.raise, Step::Raise)] {
                let to = self.moved(row.dimension, step);
                let gives = to
                    .and_then(|to| self.with(row.dimension, to))
                    .map(|p| p.stage);
                let _ = button.set_attribute(
                    "aria-label",
                    &control_label(bank, step, row.dimension, to, gives),
                );
                let _ = button
                    .set_attribute("aria-disabled", if to.is_some() { "false" } else { "true" });
            }
        }
    }
}

/// "Aligned", or "Aligned (was Defined)" once moved.
fn show_stage(element: &Element, stage: &str, was: Option<&str>) {
    let words = match was {
        Some(was) => format!("{stage} (was {was})"),
        None => stage.to_owned(),
    };
    element.set_text_content(Some(&words));
}
