//! Everything the results screen shows, computed once from a complete set of answers.

use super::advice::{advise, Advice};
use super::answers::Answers;
use super::bank::Bank;
use super::link;
use super::placement::{place, Placement};
use super::scoring::{score, Scores};

#[derive(Debug)]
pub struct Report {
    pub bank: &'static Bank,
    pub answers: Answers,
    pub scores: Scores,
    /// `None` when too many answers were "not sure" to place the organisation.
    pub placement: Option<Placement>,
    /// The moves, whenever there is a placement.
    pub advice: Option<Advice>,
    /// The result token that reopens this report.
    pub token: String,
}

/// Two reports are the same when they reopen at the same token: it holds the bank, every
/// answer and the company's name, from which the rest is computed. (Comparing the
/// token alone also keeps a deep comparison of scores and advice out of the app.)
impl PartialEq for Report {
    fn eq(&self, other: &Report) -> bool {
        self.token == other.token
    }
}

impl Eq for Report {}

impl Report {
    pub fn new(bank: &'static Bank, answers: Answers) -> Report {
        let scores = score(bank, &answers);
        let placement = place(&scores);
        let context = answers.profile.context(bank);
        let advice = placement.as_ref().map(|p| advise(&scores, p, context));
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

    /// Made with a bank older than `current`.
    pub fn is_outdated(&self, current: &Bank) -> bool {
        self.bank.version < current.version
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::answers::{Choice, Draft};
    use crate::assessment::company::Company;
    use crate::content::CURRENT;

    fn report(position: usize, company: Option<&str>) -> Report {
        let mut draft = Draft::empty(&CURRENT);
        for (index, question) in CURRENT.questions.iter().enumerate() {
            draft.set(index, Choice::new(position, question).unwrap());
        }
        let mut answers = draft.complete().unwrap();
        answers.company = company.map(|name| Company::new(name).unwrap());
        Report::new(&CURRENT, answers)
    }

    /// Screens compare reports to know whether to redraw (mutation testing found an
    /// always-equal comparison unnoticed): the same token is the same report.
    #[test]
    fn reports_are_equal_exactly_when_their_tokens_are() {
        assert_eq!(report(0, None), report(0, None));
        assert_ne!(report(0, None), report(1, None));
        assert_ne!(report(0, None), report(0, Some("Acme")));
        assert_eq!(report(2, Some("Acme")), report(2, Some("Acme")));
    }
}
