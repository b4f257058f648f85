//! A comparison as data: a versioned JSON document and a CSV table, one row per person,
//! for a spreadsheet (docs/formats.md, "Exported comparison (JSON and CSV)").

use super::csv;
use super::day::Day;
use crate::assessment::compare::{letter, Comparison};
use crate::assessment::results_list::{self, Entry, Kind, ResultsList};
use crate::assessment::scoring::Share;
use crate::content::BRAND;
use crate::json::{array, string as quoted, Object};

/// The JSON document's `format`; `version` changes whenever a field's meaning does.
pub const FORMAT: &str = "tandem-comparison";
pub const VERSION: u32 = 1;

/// A download's file name, e.g. `tandem-comparison-2026-12-07.csv`.
pub fn file_name(day: Day, extension: &str) -> String {
    format!("{}-comparison-{}.{extension}", BRAND.file_stem, day.iso())
}

/// The JSON document of `comparison`, reopened at `link`, exported on `day`.
pub fn document(comparison: &Comparison, link: &str, day: Day) -> String {
    let labels = comparison.labels();
    let mut json = Object::new();
    json.string("format", FORMAT);
    json.raw("version", &VERSION.to_string());
    json.string("date", &day.iso());
    json.string("link", link);
    let members =
        comparison
            .members
            .iter()
            .zip(&labels)
            .enumerate()
            .map(|(index, (member, label))| {
                let report = &member.report;
                let placement = report.placement.as_ref();
                let mut object = Object::new();
                object.string("letter", &letter(index).to_string());
                object.string("label", label);
                object.raw("bank", &report.bank.version.to_string());
                object.string("token", &report.token);
                object.optional_raw("position", placement.map(|p| percent(p.position)));
                object.optional_string("stage", placement.map(|p| p.stage.id()));
                object.end()
            });
    json.raw("members", &array(members));
    let analysis = &comparison.analysis;
    let group = analysis
        .group_position
        .zip(comparison.newest_bank())
        .map(|(position, bank)| {
            let mut object = Object::new();
            object.raw("position", &percent(position));
            object.string("stage", bank.scoring.stage(position).id());
            object.end()
        });
    json.optional_raw("group", group);
    let areas = analysis.areas.iter().map(|area| {
        let mut object = Object::new();
        object.string("area", area.dimension.id);
        object.string("name", area.dimension.name);
        let scores = area
            .scores
            .iter()
            .map(|s| s.map_or("null".to_owned(), |s| s.to_string()));
        object.raw("scores", &array(scores));
        object.optional_raw("spread", area.spread().map(|s| s.to_string()));
        object.end()
    });
    json.raw("areas", &array(areas));
    let ids = |indices: &[usize]| {
        array(
            indices
                .iter()
                .map(|&i| quoted(analysis.areas[i].dimension.id)),
        )
    };
    json.raw("gaps", &ids(&analysis.gaps));
    json.raw("agreements", &ids(&analysis.agreements));
    json.end()
}

/// The comparison's results as a list of results (kind comparison, `docs/formats.md`):
/// each token with the label it was given, in the link's order, for a history or a
/// room to take in.
pub fn results_list(comparison: &Comparison) -> String {
    let entries = comparison.members.iter().map(|member| Entry {
        token: member.report.token.clone(),
        date: None,
        label: member.label.clone(),
    });
    results_list::write(&ResultsList {
        kind: Kind::Comparison,
        entries: entries.collect(),
    })
}

/// The comparison as a table: a header, then one row per person (letter, label, stage,
/// position, each compared area's score), in RFC 4180's CSV with CRLF line ends. It
/// starts with a byte order mark, so spreadsheets read its labels as UTF-8.
pub fn csv(comparison: &Comparison) -> String {
    let mut header = vec![
        "Letter".to_owned(),
        "Label".into(),
        "Stage".into(),
        "Position".into(),
    ];
    header.extend(
        comparison
            .analysis
            .areas
            .iter()
            .map(|a| a.dimension.name.to_owned()),
    );
    let mut table = String::from('\u{feff}');
    csv::row(&mut table, &header);
    for (index, (member, label)) in comparison
        .members
        .iter()
        .zip(comparison.labels())
        .enumerate()
    {
        let report = &member.report;
        let placement = report.placement.as_ref();
        let mut cells = vec![
            letter(index).to_string(),
            label,
            placement.map_or(String::new(), |p| {
                report.bank.stage(p.stage).title.to_owned()
            }),
            placement.map_or(String::new(), |p| percent(p.position)),
        ];
        let scores = comparison.analysis.areas.iter().map(|a| a.scores[index]);
        cells.extend(scores.map(|s| s.map_or(String::new(), |s| s.to_string())));
        csv::row(&mut table, &cells);
    }
    table
}

fn percent(share: Share) -> String {
    share.percent().to_string()
}
