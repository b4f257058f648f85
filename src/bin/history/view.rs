//! The section's content for a visitor who keeps results: the change since the result
//! kept before this one (`tandem::assessment::retake`, its words in
//! `tandem::export::retake_view`), whether this one is kept, and the kept list with its
//! delete, file and import. The list lives in `localStorage` as a list of results
//! (`tandem::assessment::history`).

use crate::files::{blob, save, today};
use crate::page::{disclosure, Page};
use gloo::events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
use tandem::assessment::history::{History, KEEP_HINT, KEEP_OFFER, KEY, STORAGE_BLOCKED};
use tandem::assessment::report::Report;
use tandem::assessment::retake::{pasted, Retake};
use tandem::content::{BANKS, BRAND};
use tandem::export::retake_view::{
    area_line, crossing, since_link, standing, summary, versions_note,
};
use tandem::export::where_next::markers_curve;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{Element, HtmlInputElement, Storage};

/// What the section shows: its body is redrawn whole after every change; its heading
/// (which takes the focus after a change, as the pressed button may be gone) and its
/// status line stay.
struct Progress {
    heading: Element,
    body: Element,
    status: Element,
    report: Rc<Report>,
    link: String,
    history: RefCell<History>,
    /// The earlier result given in the address or pasted, shown in place of the kept one.
    since: Option<Rc<Report>>,
}

/// Takes over the section's body (the shell the exports program drew) for `report`,
/// keeping it first if `keep`.
pub fn show(
    section: &Element,
    report: Rc<Report>,
    link: &str,
    keep: bool,
    since: Option<String>,
) -> Result<(), JsValue> {
    let part = |selector: &str| -> Result<Element, JsValue> {
        section
            .query_selector(selector)?
            .ok_or_else(|| JsValue::from_str("the section has no such part"))
    };
    let (stored, mut said) = match storage().map(|s| s.get_item(KEY).ok().flatten()) {
        Some(stored) => match History::read(stored.as_deref(), &BANKS) {
            Ok(history) => (history, String::new()),
            Err(error) => (
                History::default(),
                format!("The results kept in this browser could not be read: {error} Keeping a result starts a new list."),
            ),
        },
        None => (History::default(), String::new()),
    };
    let since = match since.map(|text| pasted(&text, &BANKS)) {
        Some(Ok(earlier)) => Some(earlier),
        Some(Err(problem)) => {
            said = problem;
            None
        }
        None => None,
    };
    let progress = Rc::new(Progress {
        heading: part("h2")?,
        body: part("[data-history-body]")?,
        status: part("[data-testid=history-status]")?,
        report,
        link: link.to_owned(),
        history: RefCell::new(stored),
        since,
    });
    if keep {
        progress
            .history
            .borrow_mut()
            .keep(&progress.report.token, today());
        said = KEPT.to_owned();
        finish(&progress, said);
        return Ok(());
    }
    progress.status.set_text_content(Some(&said));
    draw(&progress)
}

const KEPT: &str = "Kept. Take the assessment again later, in this browser, to see what moved.";

fn storage() -> Option<Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// Stores the list; `false` when the browser refuses.
fn store(history: &History) -> bool {
    let Some(storage) = storage() else {
        return false;
    };
    if history.entries.is_empty() {
        storage.remove_item(KEY).is_ok()
    } else {
        storage.set_item(KEY, &history.file()).is_ok()
    }
}

fn draw(progress: &Rc<Progress>) -> Result<(), JsValue> {
    let body = &progress.body;
    body.set_text_content(None);
    let document = gloo::utils::document();
    let page = Page::new(&document, body);
    let token = progress.report.token.as_str();
    let history = progress.history.borrow();
    if let Some(earlier) = &progress.since {
        retake_view(progress, &page, earlier.clone(), "the earlier result given")?;
        let link = since_link(&progress.link, &earlier.token);
        let line = page.add(
            body,
            "p",
            &[("class", "hint")],
            "The link to this view, for the team: ",
        )?;
        page.add(
            &line,
            "a",
            &[("href", &link), ("data-testid", "retake-link")],
            &link,
        )?;
    } else if let Some(earlier) = history.before(token) {
        if let Ok(report) = Report::from_token(&earlier.token, &BANKS) {
            let since = earlier
                .date
                .map_or("your last kept result".to_owned(), |d| {
                    format!("your result of {}", d.long())
                });
            retake_view(progress, &page, Rc::new(report), &since)?;
        }
    }

    match history.position(token).map(|at| history.entries[at].date) {
        Some(date) => {
            let kept = date.map_or("Kept in this browser.".to_owned(), |d| {
                format!("Kept in this browser on {}.", d.long())
            });
            page.add(body, "p", &[("data-testid", "history-kept")], &kept)?;
        }
        None => {
            page.add(body, "p", &[("class", "hint")], KEEP_HINT)?;
            let label = if history.entries.is_empty() {
                KEEP_OFFER
            } else {
                "Keep this result in this browser too"
            };
            let keep = page.button(body, label, "history-keep")?;
            act(progress, &keep, |history, report| {
                history.keep(&report.token, today());
                KEPT.to_owned()
            });
        }
    }
    if !history.entries.is_empty() {
        kept_list(progress, &page, &history)?;
    }
    import_field(progress, &page)
}

/// The change since `earlier`: then and now, the crossing, both markers on the curve
/// and each area.
fn retake_view(
    progress: &Progress,
    page: &Page,
    earlier: Rc<Report>,
    since: &str,
) -> Result<(), JsValue> {
    let retake = match Retake::new(earlier, progress.report.clone()) {
        Ok(retake) => retake,
        Err(refused) => {
            progress.status.set_text_content(Some(&refused.to_string()));
            return Ok(());
        }
    };
    let view = page.add(
        page.holder,
        "div",
        &[("class", "retake"), ("data-testid", "retake-view")],
        "",
    )?;
    page.add(&view, "h3", &[], &format!("Since {since}"))?;
    page.add(
        &view,
        "p",
        &[("data-testid", "retake-summary")],
        &summary(&retake),
    )?;
    let bank = retake.later.bank;
    if let Some(crossed) = crossing(bank, &retake) {
        page.add(
            &view,
            "p",
            &[
                ("class", "retake-crossing"),
                ("data-testid", "retake-crossing"),
            ],
            &crossed,
        )?;
    }
    if let (Some(then), Some(now)) = (&retake.earlier.placement, &retake.later.placement) {
        let curve = page.add(&view, "div", &[("class", "curve")], "")?;
        curve.set_inner_html(&markers_curve(bank, then, Some(now)));
        page.add(
            &view,
            "p",
            &[("class", "hint")],
            "On the curve, the hollow marker is then and the filled one now.",
        )?;
    }
    let areas = page.add(&view, "ul", &[("data-testid", "retake-areas")], "")?;
    for area in &retake.areas {
        page.add(&areas, "li", &[], &area_line(area))?;
    }
    if let Some(note) = versions_note(&retake) {
        page.add(&view, "p", &[("class", "hint")], &note)?;
    }
    Ok(())
}

/// The kept results, folded away: each with its day, stage, a link and a delete; then
/// delete all and save as a file.
fn kept_list(progress: &Rc<Progress>, page: &Page, history: &History) -> Result<(), JsValue> {
    let count = history.entries.len();
    let show = format!("Results kept in this browser ({count})");
    let (_, panel) = disclosure(
        page,
        "history-list",
        [&show, "Hide the kept results"],
        false,
    )?;
    let list = page.add(&panel, "ol", &[("class", "history-list")], "")?;
    let base = progress
        .link
        .split('#')
        .next()
        .unwrap_or_default()
        .to_owned();
    for entry in &history.entries {
        let item = page.add(&list, "li", &[("data-testid", "history-entry")], "")?;
        let day = entry.date.map_or("Undated".to_owned(), |d| d.long());
        let stands = Report::from_token(&entry.token, &BANKS)
            .map_or(String::new(), |r| format!(": {}", standing(&r)));
        let this = if entry.token == progress.report.token {
            " (this result)"
        } else {
            ""
        };
        page.add(&item, "span", &[], &format!("{day}{stands}{this}"))?;
        page.add(
            &item,
            "a",
            &[("href", &format!("{base}#/r/{}", entry.token))],
            "Open",
        )?;
        let delete = page.button(&item, "Delete", "history-delete")?;
        delete.set_attribute("aria-label", &format!("Delete the result of {day}"))?;
        let token = entry.token.clone();
        act(progress, &delete, move |history, _| {
            history.forget(&token);
            "Deleted.".to_owned()
        });
    }
    let buttons = page.add(&panel, "div", &[("class", "export-buttons")], "")?;
    let forget_all = page.button(&buttons, "Delete all", "history-delete-all")?;
    act(progress, &forget_all, |history, _| {
        *history = History::default();
        "Every kept result is deleted from this browser.".to_owned()
    });
    let export = page.button(&buttons, "Save the list as a file", "history-export")?;
    let file = history.file();
    EventListener::new(&export, "click", move |_| {
        let name = format!("{}-results-{}.json", BRAND.file_stem, today().iso());
        let _ = blob(&file, "application/json").and_then(|b| save(&b, &name));
    })
    .forget();
    Ok(())
}

/// "Add results from a list file": a history saved elsewhere, a room's file; shown with
/// or without kept results, so a list deleted here can come back.
fn import_field(progress: &Rc<Progress>, page: &Page) -> Result<(), JsValue> {
    let label = page.add(
        page.holder,
        "label",
        &[("class", "history-import")],
        "Add results from a list file ",
    )?;
    let input: HtmlInputElement = page
        .add(
            &label,
            "input",
            &[
                ("type", "file"),
                ("accept", ".json,application/json"),
                ("data-testid", "history-import"),
            ],
            "",
        )?
        .dyn_into()?;
    let progress = progress.clone();
    EventListener::new(&input.clone(), "change", move |_| {
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        let progress = progress.clone();
        spawn_local(async move {
            let text = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string())
                .unwrap_or_default();
            let result = progress.history.borrow_mut().take_in(&text, &BANKS);
            let said = match result {
                Ok((added, problems)) => {
                    let mut said = format!("{added} added from the file.");
                    for problem in problems {
                        said += &format!(" {problem}");
                    }
                    said
                }
                Err(error) => error.to_string(),
            };
            finish(&progress, said);
        });
    })
    .forget();
    Ok(())
}

/// On a press of `target`: changes the list, stores it and redraws, saying what happened.
fn act(
    progress: &Rc<Progress>,
    target: &Element,
    change: impl Fn(&mut History, &Report) -> String + 'static,
) {
    let progress = progress.clone();
    EventListener::new(target, "click", move |_| {
        let said = change(&mut progress.history.borrow_mut(), &progress.report);
        finish(&progress, said);
    })
    .forget();
}

fn finish(progress: &Rc<Progress>, said: String) {
    let stored = store(&progress.history.borrow());
    let _ = draw(progress);
    progress
        .status
        .set_text_content(Some(if stored { &said } else { STORAGE_BLOCKED }));
    if let Some(heading) = progress.heading.dyn_ref::<web_sys::HtmlElement>() {
        let _ = heading.focus();
    }
}
