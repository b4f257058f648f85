//! A retake: where the teams stood and where they stand now, from two results of the
//! same bank, the earlier first (tokens carry no date, so the order given is the order
//! taken). The markers' move on the curve, a stage crossed, and each area's change,
//! compared where both versions of the questions ask about it, as a comparison does.

use super::bank::{Bank, Dimension};
use super::report::Report;
use super::scoring::DimensionScore;
use super::stage::Stage;
use std::fmt;
use std::rc::Rc;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Retake {
    pub earlier: Rc<Report>,
    pub later: Rc<Report>,
    /// The areas both results' banks ask about, in the newer bank's order.
    pub areas: Vec<AreaChange>,
    /// Areas of the newer bank the other version does not ask about.
    pub unshared: Vec<&'static Dimension>,
}

/// One area, before and after.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AreaChange {
    /// As the newer bank has it.
    pub dimension: &'static Dimension,
    pub before: Score,
    pub after: Score,
}

/// An area's score in whole percent and its stage; both `None` for too few answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Score {
    pub percent: Option<u32>,
    pub stage: Option<Stage>,
}

impl From<&DimensionScore> for Score {
    fn from(scored: &DimensionScore) -> Score {
        Score {
            percent: scored.share.map(|s| s.percent()),
            stage: scored.stage,
        }
    }
}

/// Which way something moved, and by how many points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Up(u32),
    Down(u32),
    Same,
}

impl Change {
    fn between(before: u32, after: u32) -> Change {
        match after.cmp(&before) {
            std::cmp::Ordering::Greater => Change::Up(after - before),
            std::cmp::Ordering::Less => Change::Down(before - after),
            std::cmp::Ordering::Equal => Change::Same,
        }
    }
}

impl AreaChange {
    /// `None` when either result had too few answers in the area.
    pub fn change(&self) -> Option<Change> {
        Some(Change::between(self.before.percent?, self.after.percent?))
    }
}

/// Why two results cannot show as a retake.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RetakeError {
    /// They were made with different sets of questions, not versions of one.
    OtherBank,
    /// The same result twice.
    SameResult,
}

impl fmt::Display for RetakeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            RetakeError::OtherBank => "These two results answer different sets of questions, so they cannot show how one team moved.",
            RetakeError::SameResult => "These are the same result twice: give an earlier and a later one.",
        })
    }
}

impl Retake {
    pub fn new(earlier: Rc<Report>, later: Rc<Report>) -> Result<Retake, RetakeError> {
        if earlier.bank.id != later.bank.id {
            return Err(RetakeError::OtherBank);
        }
        if earlier == later {
            return Err(RetakeError::SameResult);
        }
        let newer = newer_bank(&earlier, &later);
        let (mut areas, mut unshared) = (Vec::new(), Vec::new());
        for dimension in newer.dimensions {
            match (score_in(&earlier, dimension), score_in(&later, dimension)) {
                (Some(before), Some(after)) => areas.push(AreaChange {
                    dimension,
                    before,
                    after,
                }),
                _ => unshared.push(dimension),
            }
        }
        Ok(Retake {
            earlier,
            later,
            areas,
            unshared,
        })
    }

    /// How far the marker moved on the curve; `None` unless both results were placed.
    pub fn movement(&self) -> Option<Change> {
        let position = |report: &Report| Some(report.placement.as_ref()?.position.percent());
        Some(Change::between(
            position(&self.earlier)?,
            position(&self.later)?,
        ))
    }

    /// The stages before and after, when both were placed and they differ.
    pub fn crossing(&self) -> Option<(Stage, Stage)> {
        let stage = |report: &Report| Some(report.placement.as_ref()?.stage);
        let (before, after) = (stage(&self.earlier)?, stage(&self.later)?);
        (before != after).then_some((before, after))
    }

    /// The bank's versions, earlier and later, when the questions changed between them.
    pub fn versions(&self) -> Option<(u8, u8)> {
        let (before, after) = (self.earlier.bank.version, self.later.bank.version);
        (before != after).then_some((before, after))
    }
}

/// The earlier result a visitor pasted, as a link or a token; otherwise the sentence
/// that says what is wrong with it. The token is what follows the link's `#/r/` (up to
/// a query or another fragment), repaired as pasted tokens are (`link::decode_pasted`).
pub fn pasted(text: &str, banks: &[&'static Bank]) -> Result<Rc<Report>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("Paste the link of an earlier result first.".to_owned());
    }
    let token = text.rsplit_once("#/r/").map_or(text, |(_, token)| token);
    let token = token.split(['?', '#']).next().unwrap_or(token);
    Report::from_token(token, banks)
        .map(Rc::new)
        .map_err(|error| error.to_string())
}

fn newer_bank(a: &Report, b: &Report) -> &'static Bank {
    if b.bank.version >= a.bank.version {
        b.bank
    } else {
        a.bank
    }
}

/// The report's score in the area that is, or was, `dimension`.
fn score_in(report: &Report, dimension: &Dimension) -> Option<Score> {
    let own = report
        .bank
        .dimensions
        .iter()
        .position(|d| d.matches(dimension))?;
    Some(Score::from(&report.scores.dimensions[own]))
}
