//! The result as data: a versioned JSON document that a consultant can collect in a
//! spreadsheet or CRM (docs/formats.md, "Exported data (JSON)").

use super::day::Day;
use crate::assessment::report::Report;
use crate::assessment::scoring::Share;
use crate::content::question_ids;
use crate::json::{array, string as quoted, Object};

/// The document's `format`; `version` changes whenever a field's meaning does.
pub const FORMAT: &str = "tandem-result";
pub const VERSION: u32 = 1;

/// The JSON document of `report`, reopened at `link`, exported on `day`.
pub fn document(report: &Report, link: &str, day: Day) -> String {
    let bank = report.bank;
    let mut json = Object::new();
    json.string("format", FORMAT);
    json.raw("version", &VERSION.to_string());
    json.string("date", &day.iso());
    json.raw("bank", &bank.version.to_string());
    json.string("token", &report.token);
    json.string("link", link);
    let mut profile = Object::new();
    for (index, question) in bank.profile.iter().enumerate() {
        let option = report.answers.profile.get(index);
        profile.optional_string(question.id, option.map(|o| question.options[o].id));
    }
    json.raw("profile", &profile.end());
    let answers = bank
        .questions
        .iter()
        .zip(report.answers.choices())
        .zip(question_ids(bank))
        .map(|((question, choice), id)| {
            let mut answer = Object::new();
            answer.string("question", id);
            answer.string("area", bank.dimensions[question.dimension].id);
            answer.string(
                "stage",
                choice.stage(question).map_or("not sure", |s| s.id()),
            );
            answer.end()
        });
    json.raw("answers", &array(answers));
    let areas = report.scores.dimensions.iter().map(|score| {
        let mut area = Object::new();
        area.string("area", bank.dimensions[score.dimension].id);
        area.string("name", bank.dimensions[score.dimension].name);
        area.optional_raw("score", score.share.map(percent));
        area.optional_string("stage", score.stage.map(|s| s.id()));
        area.raw("answered", &score.real_answers.to_string());
        area.end()
    });
    json.raw("areas", &array(areas));
    let placement = report.placement.as_ref();
    json.optional_raw("position", placement.map(|p| percent(p.position)));
    json.optional_string("stage", placement.map(|p| p.stage.id()));
    let held_back = placement.into_iter().flat_map(|p| &p.held_back_by);
    json.raw(
        "held_back_by",
        &array(held_back.map(|&d| quoted(bank.dimensions[d].id))),
    );
    json.end()
}

fn percent(share: Share) -> String {
    share.percent().to_string()
}
