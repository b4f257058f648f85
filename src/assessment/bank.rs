//! The question bank as the app uses it: static data that `build.rs` generates from
//! `src/content/bank.toml` after validating it (see `src/content/source.rs`).
//!
//! Invariants the build guarantees: four stages and three transitions in curve order,
//! every question has exactly one answer per stage, every dimension has the same
//! number of questions (so each weighs the same) and one move per stage.

use super::stage::Stage;

/// One version of the assessment. Result links name the version they were made with.
#[derive(Debug)]
pub struct Bank {
    pub version: u8,
    pub stages: [StageText; 4],
    /// What the step up from each stage is about, indexed by the lower stage's level.
    pub transitions: [&'static str; 3],
    /// What the top of the curve asks for instead of a step up.
    pub staying: &'static str,
    pub dimensions: &'static [Dimension],
    pub questions: &'static [Question],
    pub facts: &'static [Fact],
    /// How scoring works, in plain words, one paragraph per entry.
    pub scoring_rule: &'static [&'static str],
}

#[derive(Debug)]
pub struct StageText {
    pub title: &'static str,
    pub summary: &'static str,
    pub feels_like: &'static str,
}

#[derive(Debug)]
pub struct Dimension {
    pub name: &'static str,
    pub about: &'static str,
    /// The move that lifts this dimension from each stage (at the top: how to stay there).
    pub moves: [Move; 4],
}

#[derive(Debug)]
pub struct Move {
    pub title: &'static str,
    pub text: &'static str,
}

#[derive(Debug)]
pub struct Question {
    /// Index into [`Bank::dimensions`].
    pub dimension: usize,
    pub prompt: &'static str,
    /// In display order; each stage appears exactly once.
    pub answers: [Answer; 4],
}

#[derive(Debug)]
pub struct Answer {
    pub stage: Stage,
    pub text: &'static str,
}

/// A figure from the research the seed articles cite, shown for context.
#[derive(Debug)]
pub struct Fact {
    pub figure: &'static str,
    pub claim: &'static str,
    pub source: &'static str,
}

impl Bank {
    pub fn stage(&self, stage: Stage) -> &StageText {
        &self.stages[stage.level() as usize]
    }

    /// What the step up from `from` is about; at the top, how to stay there.
    pub fn next_step(&self, from: Stage) -> &'static str {
        self.transitions
            .get(from.level() as usize)
            .copied()
            .unwrap_or(self.staying)
    }

    pub fn question_count(&self) -> usize {
        self.questions.len()
    }
}

/// A bank is known by its version: two banks with one version are one bank.
impl PartialEq for Bank {
    fn eq(&self, other: &Bank) -> bool {
        self.version == other.version
    }
}

impl Eq for Bank {}
