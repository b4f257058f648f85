//! The retake view's words, for the exports program: where the teams stood and where
//! they stand now ([`Retake`]), said in stages, points and areas.

use crate::assessment::bank::Bank;
use crate::assessment::report::Report;
use crate::assessment::retake::{AreaChange, Change, Retake};

/// "Defined, 42 of 100", or "not placed" for too few answers: in a retake, and in the
/// list of kept results.
pub fn standing(report: &Report) -> String {
    report.placement.as_ref().map_or_else(
        || "not placed (too few answers)".to_owned(),
        |p| {
            format!(
                "{}, {} of 100",
                report.bank.stage(p.stage).title,
                p.position.percent()
            )
        },
    )
}

/// "up 16 points", "down 3 points", "unchanged".
fn change_words(change: Change) -> String {
    match change {
        Change::Up(1) => "up 1 point".to_owned(),
        Change::Down(1) => "down 1 point".to_owned(),
        Change::Up(points) => format!("up {points} points"),
        Change::Down(points) => format!("down {points} points"),
        Change::Same => "unchanged".to_owned(),
    }
}

/// The view's first line: "Then: Defined, 42 of 100. Now: Aligned, 58 of 100, up 16
/// points."
pub fn summary(retake: &Retake) -> String {
    let moved = retake.movement().map_or(String::new(), |change| {
        format!(", {}", change_words(change))
    });
    format!(
        "Then: {}. Now: {}{moved}.",
        standing(&retake.earlier),
        standing(&retake.later)
    )
}

/// A stage crossed, called out: "The teams moved up from Defined to Aligned."
pub fn crossing(bank: &Bank, retake: &Retake) -> Option<String> {
    let (before, after) = retake.crossing()?;
    let way = if after > before { "up" } else { "down" };
    Some(format!(
        "The teams moved {way} from {} to {}.",
        bank.stage(before).title,
        bank.stage(after).title
    ))
}

/// One area's line: "Contact and tempo: 33 then, 56 now, up 23 points".
pub fn area_line(area: &AreaChange) -> String {
    let score =
        |percent: Option<u32>| percent.map_or("too few answers".to_owned(), |p| p.to_string());
    let change = area
        .change()
        .map_or(String::new(), |c| format!(", {}", change_words(c)));
    format!(
        "{}: {} then, {} now{change}",
        area.dimension.name,
        score(area.before.percent),
        score(area.after.percent)
    )
}

/// The address that opens the result at `link` with the change since `earlier` (a
/// token): `?since=<earlier>` before the fragment, in place of any `since` the link
/// has and beside the rest of its query.
pub fn since_link(link: &str, earlier: &str) -> String {
    let (page, fragment) = link.split_once('#').unwrap_or((link, ""));
    let (address, query) = page.split_once('?').unwrap_or((page, ""));
    let mut query: Vec<&str> = query
        .split('&')
        .filter(|p| !p.is_empty() && !p.starts_with("since="))
        .collect();
    let since = format!("since={earlier}");
    query.push(&since);
    format!("{address}?{}#{fragment}", query.join("&"))
}

/// When the questions changed between the two: which versions, and what is left out.
pub fn versions_note(retake: &Retake) -> Option<String> {
    let (before, after) = retake.versions()?;
    let mut note = format!(
        "The questions changed between the two (version {before}, then version {after}): areas are compared where both versions ask about them."
    );
    if !retake.unshared.is_empty() {
        let names: Vec<&str> = retake.unshared.iter().map(|d| d.name).collect();
        note += &format!(" Not compared: {}.", names.join(", "));
    }
    Some(note)
}
