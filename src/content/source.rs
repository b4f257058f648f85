//! A question bank as written in `bank.toml` (or a kept `bank-v<N>.toml`), and the
//! rules it must keep.
//!
//! Shared by `build.rs`, which refuses to build a broken bank and turns a valid one
//! into static Rust data, and by the native tests. Not part of the app itself, so no
//! TOML parser ships to the browser. Each problem names the field at fault.
//!
//! Version 1 is kept as it was published; the fields added since (the profile, the
//! "not sure" answer, who acts and the effort of each move, what a gap between the
//! teams' views of an area means, the kind of cost each answer states) are required
//! from version 2.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

pub const STAGE_IDS: [&str; 4] = ["undefined", "defined", "aligned", "integrated"];
/// Words that would give away which answer belongs to which stage.
const REVEALING_WORDS: [&str; 8] = [
    "undefined",
    "defined",
    "aligned",
    "integrated",
    "integration",
    "alignment",
    "stage",
    "mature",
];
pub const SCORING_IDS: [&str; 2] = ["equal-quarters", "centred"];
pub const EFFORT_IDS: [&str; 3] = ["quick", "quarter", "year"];
/// The kinds of drawback an answer's trade-off states (its `cost`; from version 2), each
/// meant in docs/writing-a-bank.md. The bank report counts them per stage, so that no
/// kind of cost names the stage it belongs to (`audit.rs`).
pub const COST_IDS: [&str; 8] = [
    "time", "slow", "blur", "rigid", "thin", "slip", "load", "friction",
];
/// The profile questions a bank from version 2 asks, in this order.
pub const PROFILE_IDS: [&str; 4] = ["side", "size", "pace", "complexity"];
/// The profile questions about the market, which say whether the top stage pays off.
const MARKET_IDS: [&str; 2] = ["pace", "complexity"];
const MIN_DIMENSIONS: usize = 8;
const QUESTIONS: std::ops::RangeInclusive<usize> = 16..=30;
/// Bank ids: long enough to be distinctive, short enough to type in a file name.
const BANK_ID_CHARS: std::ops::RangeInclusive<usize> = 3..=40;
/// Slots in a result token hold 0 (no answer) and 1–7, so at most 7 options.
const MAX_PROFILE_OPTIONS: usize = 7;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BankSource {
    /// Names the bank in every result link, so a link opens only where its questions are.
    pub id: String,
    pub version: u8,
    /// The earlier versions' files, oldest first, relative to this one: their links
    /// still open (read by `bank_list.rs`).
    #[serde(default)]
    pub kept: Vec<String>,
    pub scoring: String,
    pub seed_ideas: Vec<String>,
    pub scoring_rule: Vec<String>,
    /// The label of the answer left out of scoring; from version 2.
    pub not_sure: Option<String>,
    /// The intro screen's lead paragraph; from version 2.
    pub intro_lead: Option<String>,
    /// The assessment's name ("Sales and marketing alignment"); from version 2.
    pub title: Option<String>,
    /// The two teams, as said inside a sentence ("sales and marketing"); from version 2.
    pub teams: Option<String>,
    #[serde(default)]
    pub profile: Vec<ProfileSource>,
    pub stage: Vec<StageSource>,
    pub transition: Vec<TransitionSource>,
    pub staying: StayingSource,
    pub dimension: Vec<DimensionSource>,
    pub question: Vec<QuestionSource>,
    #[serde(rename = "move")]
    pub moves: Vec<MoveSource>,
    pub fact: Vec<FactSource>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileSource {
    pub id: String,
    pub prompt: String,
    pub options: Vec<ProfileOptionSource>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileOptionSource {
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub favours_integration: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StageSource {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub feels_like: String,
    pub basis: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StayingSource {
    pub summary: String,
    pub basis: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TransitionSource {
    pub from: String,
    pub to: String,
    pub summary: String,
    /// For the last step: why the stage below may be enough; from version 2.
    pub suffices: Option<String>,
    pub basis: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DimensionSource {
    pub id: String,
    pub name: String,
    pub about: String,
    /// What a wide gap between the two teams' views of this area usually means; from
    /// version 2.
    pub gap: Option<String>,
    /// One question for the two teams to discuss together when their views differ;
    /// from version 2.
    pub discuss: Option<String>,
    /// The seed ideas `gap` and `discuss` rest on; from version 2.
    #[serde(default)]
    pub gap_basis: Vec<String>,
    /// Ids of areas in kept banks whose questions this area mostly asks again, so that
    /// results of both versions can be compared on it (`build.rs` checks they exist).
    #[serde(default)]
    pub earlier: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionSource {
    pub id: String,
    pub dimension: String,
    pub prompt: String,
    pub basis: Vec<String>,
    pub answers: Vec<AnswerSource>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerSource {
    pub stage: String,
    pub text: String,
    /// The kind of drawback `text` states, one of [`COST_IDS`]; from version 2.
    pub cost: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MoveSource {
    pub dimension: String,
    pub from: String,
    pub title: String,
    pub text: String,
    /// Who acts; from version 2.
    pub who: Option<String>,
    /// One of [`EFFORT_IDS`]; from version 2.
    pub effort: Option<String>,
    /// For moves toward the top stage: when they pay off; from version 2.
    pub pays_off: Option<String>,
    pub basis: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FactSource {
    pub figure: String,
    pub claim: String,
    pub source: String,
}

/// One broken rule: `field` is a path such as `question[3].answers[1].text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Why `id` cannot name a bank, if it cannot: lowercase ASCII letters, digits and
/// single hyphens between them, starting with a letter, so it reads the same in a file,
/// a URL and a log, and two spellings never name one bank.
pub fn bank_id_problem(id: &str) -> Option<String> {
    let count = id.chars().count();
    if !BANK_ID_CHARS.contains(&count) {
        return Some(format!(
            "\"{id}\" is {count} characters where {} to {} are needed: an id names the bank in every result link, so it must be distinctive and short",
            BANK_ID_CHARS.start(),
            BANK_ID_CHARS.end()
        ));
    }
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-';
    let starts_with_letter = id.starts_with(|c: char| c.is_ascii_lowercase());
    if !id.chars().all(allowed) || !starts_with_letter || id.ends_with('-') || id.contains("--") {
        return Some(format!("\"{id}\" is not lowercase letters, digits and single hyphens starting with a letter (such as \"northwind-sales-cs\"): one spelling per bank keeps links from meeting the wrong questions"));
    }
    None
}

/// Parses and validates; every problem found is reported, not just the first.
pub fn parse(text: &str) -> Result<BankSource, Vec<Problem>> {
    let source: BankSource = toml::from_str(text).map_err(|e| {
        vec![Problem {
            field: "bank.toml".into(),
            message: e.to_string(),
        }]
    })?;
    let problems = source.problems();
    if problems.is_empty() {
        Ok(source)
    } else {
        Err(problems)
    }
}

/// Collects problems with the field path they belong to.
#[derive(Default)]
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn fail(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            field: field.into(),
            message: message.into(),
        });
    }

    fn text(&mut self, field: String, value: &str, max_chars: usize) {
        if value.trim().is_empty() {
            self.fail(
                field,
                "must not be empty: a visitor would meet a blank where words belong",
            );
        } else if value.chars().count() > max_chars {
            self.fail(
                field,
                format!(
                    "is {} characters, longer than {max_chars}: the limit keeps it whole on a phone's screen",
                    value.chars().count()
                ),
            );
        }
    }

    /// A field required from version 2: present and within `max_chars` when `required`,
    /// absent otherwise, so a kept version-1 bank stays exactly as published.
    fn since_v2(
        &mut self,
        field: String,
        value: Option<&String>,
        required: bool,
        max_chars: usize,
    ) {
        match (value, required) {
            (Some(value), true) => self.text(field, value, max_chars),
            (None, true) => self.fail(field, "is required from version 2: its screens show it"),
            (Some(_), false) => self.fail(
                field,
                "does not belong here (nor anywhere before version 2): a kept version-1 bank stays exactly as published",
            ),
            (None, false) => {}
        }
    }

    fn basis(&mut self, field: String, basis: &[String], known: &BTreeSet<&str>) {
        if basis.is_empty() {
            self.fail(field.clone(), "must name at least one seed idea: each question and move rests on an idea of the seed articles, so anyone can check what it measures");
        }
        for id in basis.iter().filter(|id| !known.contains(id.as_str())) {
            self.fail(field.clone(), format!("names unknown seed idea \"{id}\": ids are those of seed_ideas, and a mistyped one would leave its idea uncovered"));
        }
    }

    fn unique<'a>(&mut self, what: &str, ids: impl Iterator<Item = &'a str>) {
        let mut seen = BTreeSet::new();
        for (index, id) in ids.enumerate() {
            if !seen.insert(id) {
                self.fail(
                    format!("{what}[{index}].id"),
                    format!("\"{id}\" is used twice"),
                );
            }
        }
    }
}

impl BankSource {
    pub fn problems(&self) -> Vec<Problem> {
        let mut check = Checker::default();
        let known: BTreeSet<&str> = self.seed_ideas.iter().map(String::as_str).collect();
        if let Some(reason) = bank_id_problem(&self.id) {
            check.fail("id", reason);
        }
        if self.version == 0 {
            check.fail(
                "version",
                "must be at least 1: result links carry it, and they start at 1",
            );
        }
        if known.len() != self.seed_ideas.len() {
            check.fail(
                "seed_ideas",
                "lists an id twice: each idea must be covered, and counted, once",
            );
        }
        if self.scoring_rule.is_empty() {
            check.fail("scoring_rule", "must have at least one paragraph: the result explains how the answers became its stage");
        }
        for (i, paragraph) in self.scoring_rule.iter().enumerate() {
            check.text(format!("scoring_rule[{i}]"), paragraph, 600);
        }
        if !SCORING_IDS.contains(&self.scoring.as_str()) {
            check.fail(
                "scoring",
                format!("\"{}\" is not one of {SCORING_IDS:?}", self.scoring),
            );
        }
        let v2 = self.is_v2();
        check.since_v2("not_sure".into(), self.not_sure.as_ref(), v2, 40);
        check.since_v2("intro_lead".into(), self.intro_lead.as_ref(), v2, 300);
        check.since_v2("title".into(), self.title.as_ref(), v2, 50);
        check.since_v2("teams".into(), self.teams.as_ref(), v2, 40);
        self.check_profile(&mut check);
        self.check_stages(&mut check, &known);
        self.check_dimensions(&mut check, &known);
        self.check_questions(&mut check, &known);
        self.check_moves(&mut check, &known);
        self.check_facts(&mut check);
        let cited = self.cited_ideas();
        for id in &self.seed_ideas {
            if !cited.contains(id.as_str()) {
                check.fail(
                    "seed_ideas",
                    format!("\"{id}\" is not the basis of any question, move, stage, transition, gap or the staying advice"),
                );
            }
        }
        check.problems
    }

    /// Whether the fields added in version 2 are required (and allowed).
    pub fn is_v2(&self) -> bool {
        self.version >= 2
    }

    fn check_profile(&self, check: &mut Checker) {
        let ids: Vec<_> = self.profile.iter().map(|p| p.id.as_str()).collect();
        let expected: &[&str] = if self.is_v2() { &PROFILE_IDS } else { &[] };
        if ids != expected {
            check.fail(
                "profile",
                format!("must be exactly {expected:?} in that order, found {ids:?}: result links keep the profile's answers by their place"),
            );
        }
        for (i, question) in self.profile.iter().enumerate() {
            check.text(format!("profile[{i}].prompt"), &question.prompt, 80);
            if !question.prompt.trim_end().ends_with('?') {
                check.fail(
                    format!("profile[{i}].prompt"),
                    "must end with a question mark: a prompt asks one question, and reads as one",
                );
            }
            if !(2..=MAX_PROFILE_OPTIONS).contains(&question.options.len()) {
                check.fail(
                    format!("profile[{i}].options"),
                    format!(
                        "needs 2 to {MAX_PROFILE_OPTIONS} options, found {}: one option is no choice, and a result link keeps room for no more",
                        question.options.len()
                    ),
                );
            }
            check.unique(
                &format!("profile[{i}].options"),
                question.options.iter().map(|o| o.id.as_str()),
            );
            for (j, option) in question.options.iter().enumerate() {
                check.text(
                    format!("profile[{i}].options[{j}].label"),
                    &option.label,
                    60,
                );
            }
            // The market questions decide whether the top stage pays off, so each needs
            // an answer that says it does and one that says it does not.
            let favouring = question
                .options
                .iter()
                .filter(|o| o.favours_integration)
                .count();
            let market = MARKET_IDS.contains(&question.id.as_str());
            if market && (favouring == 0 || favouring == question.options.len()) {
                check.fail(
                    format!("profile[{i}].options"),
                    "needs options both with and without favours_integration: it decides whether the top stage pays off, so some answers must say it does and some that it does not",
                );
            } else if !market && favouring > 0 {
                check.fail(
                    format!("profile[{i}].options"),
                    "only the market questions may favour integration",
                );
            }
        }
    }

    fn check_stages(&self, check: &mut Checker, known: &BTreeSet<&str>) {
        let ids: Vec<_> = self.stage.iter().map(|s| s.id.as_str()).collect();
        if ids != STAGE_IDS {
            check.fail(
                "stage",
                format!("must be exactly {STAGE_IDS:?} in that order, found {ids:?}: every result is placed along these four stages, which scores and links name by their place"),
            );
        }
        for (i, stage) in self.stage.iter().enumerate() {
            check.text(format!("stage[{i}].title"), &stage.title, 20);
            check.text(format!("stage[{i}].summary"), &stage.summary, 300);
            check.text(format!("stage[{i}].feels_like"), &stage.feels_like, 300);
            check.basis(format!("stage[{i}].basis"), &stage.basis, known);
        }
        let steps: Vec<_> = self
            .transition
            .iter()
            .map(|t| (t.from.as_str(), t.to.as_str()))
            .collect();
        let expected: Vec<_> = STAGE_IDS.windows(2).map(|w| (w[0], w[1])).collect();
        if steps != expected {
            check.fail(
                "transition",
                format!("must be exactly {expected:?} in that order, found {steps:?}: each step up the curve has its own moves"),
            );
        }
        for (i, transition) in self.transition.iter().enumerate() {
            check.text(format!("transition[{i}].summary"), &transition.summary, 300);
            check.basis(format!("transition[{i}].basis"), &transition.basis, known);
            let to_the_top = transition.to == STAGE_IDS[STAGE_IDS.len() - 1];
            check.since_v2(
                format!("transition[{i}].suffices"),
                transition.suffices.as_ref(),
                self.is_v2() && to_the_top,
                300,
            );
        }
        check.text("staying.summary".to_owned(), &self.staying.summary, 300);
        check.basis("staying.basis".to_owned(), &self.staying.basis, known);
    }

    fn check_dimensions(&self, check: &mut Checker, known: &BTreeSet<&str>) {
        if self.dimension.len() < MIN_DIMENSIONS {
            check.fail(
                "dimension",
                format!(
                    "needs at least {MIN_DIMENSIONS}, found {}: fewer would fold topics of the seed articles into one score",
                    self.dimension.len()
                ),
            );
        }
        check.unique("dimension", self.dimension.iter().map(|d| d.id.as_str()));
        for (i, dimension) in self.dimension.iter().enumerate() {
            check.text(format!("dimension[{i}].name"), &dimension.name, 28);
            check.text(format!("dimension[{i}].about"), &dimension.about, 200);
            let field = |name: &str| format!("dimension[{i}].{name}");
            let v2 = self.is_v2();
            check.since_v2(field("gap"), dimension.gap.as_ref(), v2, 280);
            check.since_v2(field("discuss"), dimension.discuss.as_ref(), v2, 160);
            if dimension
                .discuss
                .as_ref()
                .is_some_and(|d| !d.trim_end().ends_with('?'))
            {
                check.fail(
                    field("discuss"),
                    "must end with a question mark: it opens a conversation between the teams",
                );
            }
            if v2 {
                check.basis(field("gap_basis"), &dimension.gap_basis, known);
            } else if !dimension.gap_basis.is_empty() || !dimension.earlier.is_empty() {
                check.fail(
                    field("gap_basis"),
                    "gap_basis and earlier belong only to version 2 and later",
                );
            }
        }
    }

    fn check_questions(&self, check: &mut Checker, known: &BTreeSet<&str>) {
        if !QUESTIONS.contains(&self.question.len()) {
            check.fail(
                "question",
                format!(
                    "needs {QUESTIONS:?} questions, found {}: two or more for each of the areas, and no more than a few minutes' answering",
                    self.question.len()
                ),
            );
        }
        check.unique("question", self.question.iter().map(|q| q.id.as_str()));
        let mut prompts = BTreeSet::new();
        let mut per_dimension: BTreeMap<&str, usize> =
            self.dimension.iter().map(|d| (d.id.as_str(), 0)).collect();
        for (i, question) in self.question.iter().enumerate() {
            let field = |name: &str| format!("question[{i}].{name}");
            match per_dimension.get_mut(question.dimension.as_str()) {
                Some(count) => *count += 1,
                None => check.fail(
                    field("dimension"),
                    format!("\"{}\" is not a dimension", question.dimension),
                ),
            }
            check.text(field("prompt"), &question.prompt, 150);
            if !question.prompt.trim_end().ends_with('?') {
                check.fail(
                    field("prompt"),
                    "must end with a question mark: a prompt asks one question, and reads as one",
                );
            }
            if !prompts.insert(question.prompt.as_str()) {
                check.fail(field("prompt"), "repeats another question");
            }
            check.basis(field("basis"), &question.basis, known);
            self.check_answers(check, i, question);
        }
        let counts: BTreeSet<usize> = per_dimension.values().copied().collect();
        // From version 2 an area's score rests on three answers, so one answer moves it
        // by a third of a stage at most, and "not sure" can leave two.
        let least = if self.is_v2() { 3 } else { 1 };
        for (dimension, count) in &per_dimension {
            if *count < least {
                check.fail(
                    "question",
                    format!("dimension \"{dimension}\" has {count} questions, fewer than {least}"),
                );
            }
        }
        if counts.len() > 1 {
            check.fail("question", format!("every dimension needs the same number of questions, so each weighs the same; found {per_dimension:?}"));
        }
    }

    fn check_answers(&self, check: &mut Checker, i: usize, question: &QuestionSource) {
        let stages: Vec<_> = question.answers.iter().map(|a| a.stage.as_str()).collect();
        let mut sorted = stages.clone();
        sorted.sort_by_key(|s| STAGE_IDS.iter().position(|id| id == s));
        if sorted != STAGE_IDS {
            check.fail(
                format!("question[{i}].answers"),
                format!("needs exactly one answer per stage, found {stages:?}: an answer places the respondent at one stage, and each question offers every stage once"),
            );
        }
        for (j, answer) in question.answers.iter().enumerate() {
            let field = format!("question[{i}].answers[{j}].text");
            check.text(field.clone(), &answer.text, 130);
            let lower = answer.text.to_lowercase();
            let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
            for word in REVEALING_WORDS.iter().filter(|w| words.contains(w)) {
                check.fail(
                    field.clone(),
                    format!("gives the stage away with \"{word}\""),
                );
            }
            let field = format!("question[{i}].answers[{j}].cost");
            match (&answer.cost, self.is_v2()) {
                (Some(cost), true) if !COST_IDS.contains(&cost.as_str()) => check.fail(
                    field,
                    format!("\"{cost}\" is not one of {COST_IDS:?}: the bank report counts each kind of drawback across the stages, and a kind it does not know would go uncounted"),
                ),
                (Some(_), true) | (None, false) => {}
                (None, true) => check.fail(
                    field,
                    "is required from version 2: the bank report checks that no kind of drawback gives a stage away",
                ),
                (Some(_), false) => check.fail(
                    field,
                    "does not belong here (nor anywhere before version 2): a kept version-1 bank stays exactly as published",
                ),
            }
        }
    }

    fn check_moves(&self, check: &mut Checker, known: &BTreeSet<&str>) {
        let mut seen = BTreeSet::new();
        for (i, step) in self.moves.iter().enumerate() {
            let field = |name: &str| format!("move[{i}].{name}");
            if !self.dimension.iter().any(|d| d.id == step.dimension) {
                check.fail(
                    field("dimension"),
                    format!("\"{}\" is not a dimension", step.dimension),
                );
            }
            if !STAGE_IDS.contains(&step.from.as_str()) {
                check.fail(field("from"), format!("\"{}\" is not a stage", step.from));
            }
            if !seen.insert((step.dimension.as_str(), step.from.as_str())) {
                check.fail(
                    field("from"),
                    format!(
                        "a second move for \"{}\" from \"{}\"",
                        step.dimension, step.from
                    ),
                );
            }
            check.text(field("title"), &step.title, 60);
            check.text(field("text"), &step.text, 260);
            check.basis(field("basis"), &step.basis, known);
            let v2 = self.is_v2();
            check.since_v2(field("who"), step.who.as_ref(), v2, 40);
            check.since_v2(field("effort"), step.effort.as_ref(), v2, 8);
            if let Some(effort) = &step.effort {
                if !EFFORT_IDS.contains(&effort.as_str()) {
                    check.fail(
                        field("effort"),
                        format!("\"{effort}\" is not one of {EFFORT_IDS:?}"),
                    );
                }
            }
            let toward_the_top = step.from == STAGE_IDS[STAGE_IDS.len() - 2];
            check.since_v2(
                field("pays_off"),
                step.pays_off.as_ref(),
                v2 && toward_the_top,
                160,
            );
        }
        for dimension in &self.dimension {
            for from in STAGE_IDS {
                if !seen.contains(&(dimension.id.as_str(), from)) {
                    check.fail(
                        "move",
                        format!("dimension \"{}\" has no move from \"{from}\"", dimension.id),
                    );
                }
            }
        }
    }

    fn check_facts(&self, check: &mut Checker) {
        if self.fact.is_empty() {
            check.fail("fact", "needs at least one figure: the result shows the figures behind its advice, each with its source");
        }
        for (i, fact) in self.fact.iter().enumerate() {
            check.text(format!("fact[{i}].figure"), &fact.figure, 16);
            check.text(format!("fact[{i}].claim"), &fact.claim, 140);
            check.text(format!("fact[{i}].source"), &fact.source, 100);
        }
    }

    /// Every seed idea named by some basis.
    pub fn cited_ideas(&self) -> BTreeSet<&str> {
        let stages = self.stage.iter().map(|s| &s.basis);
        let transitions = self.transition.iter().map(|t| &t.basis);
        let staying = std::iter::once(&self.staying.basis);
        let questions = self.question.iter().map(|q| &q.basis);
        let moves = self.moves.iter().map(|m| &m.basis);
        let gaps = self.dimension.iter().map(|d| &d.gap_basis);
        stages
            .chain(transitions)
            .chain(staying)
            .chain(questions)
            .chain(moves)
            .chain(gaps)
            .flatten()
            .map(String::as_str)
            .collect()
    }
}
