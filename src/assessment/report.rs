//! Everything the results screen shows, computed once from a complete set of answers.

use super::advice::{advise, Advice};
use super::answers::Answers;
use super::bank::Bank;
use super::link;
use super::placement::{place, Placement};
use super::scoring::{score, Scores};

#[derive(Debug, PartialEq, Eq)]
pub struct Report {
    pub bank: &'static Bank,
    pub answers: Answers,
    pub scores: Scores,
    pub placement: Placement,
    pub advice: Advice,
    /// The result token that reopens this report.
    pub token: String,
}

impl Report {
    pub fn new(bank: &'static Bank, answers: Answers) -> Report {
        let scores = score(bank, &answers);
        let placement = place(&scores);
        let advice = advise(&scores, &placement);
        let token = link::encode(bank, &answers);
        Report {
            bank,
            answers,
            scores,
            placement,
            advice,
            token,
        }
    }

    /// Opens a result token made with any of `banks`, as pasted (see
    /// [`link::decode_pasted`]); the report's own token is the tidy one.
    pub fn from_token(token: &str, banks: &[&'static Bank]) -> Result<Report, link::LinkError> {
        let (bank, answers) = link::decode_pasted(token, banks)?;
        Ok(Report::new(bank, answers))
    }
}
