//! Whose result the results screen shows: the visitor's answers as they stand, an
//! earlier result of theirs reached again through history, or someone else's shared
//! link. It decides the screen's wording and its ways on.

use crate::assessment::answers::Draft;
use crate::assessment::report::Report;
use std::cell::RefCell;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Whose {
    /// The result of the visitor's answers as they stand.
    Mine,
    /// A result this visitor reached earlier in this tab, before changing answers or
    /// starting again: theirs, but no longer what their answers say.
    MineEarlier,
    /// Opened from a link and never the visitor's own here: someone else's.
    Shared,
}

/// The results this tab has shown as the visitor's own, remembered by token.
#[derive(Default)]
pub struct OwnResults {
    tokens: RefCell<Vec<String>>,
}

impl OwnResults {
    /// Whose `report` is, given the visitor's `draft`; remembers it when it is theirs.
    pub fn whose(&self, report: &Report, draft: &Draft) -> Whose {
        let mut tokens = self.tokens.borrow_mut();
        let known = tokens.contains(&report.token);
        if draft.complete().as_ref() == Some(&report.answers) {
            if !known {
                tokens.push(report.token.clone());
            }
            Whose::Mine
        } else if known {
            Whose::MineEarlier
        } else {
            Whose::Shared
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::answers::Choice;
    use crate::content::CURRENT;

    fn draft_at(position: usize) -> Draft {
        let mut draft = Draft::empty(&CURRENT);
        for (index, question) in CURRENT.questions.iter().enumerate() {
            draft.set(index, Choice::new(position, question).unwrap());
        }
        draft
    }

    fn report_of(draft: &Draft) -> Report {
        Report::new(&CURRENT, draft.complete().unwrap())
    }

    #[test]
    fn a_link_never_shown_as_ones_own_is_someone_elses() {
        let own = OwnResults::default();
        assert_eq!(
            own.whose(&report_of(&draft_at(1)), &Draft::empty(&CURRENT)),
            Whose::Shared
        );
        assert_eq!(
            own.whose(&report_of(&draft_at(1)), &draft_at(2)),
            Whose::Shared
        );
    }

    /// Issue 14, item 6: after editing an answer, Forward to the old result called it
    /// someone else's, and so did Back to one's own result after Retake.
    #[test]
    fn ones_own_result_after_an_edit_or_a_retake_is_an_earlier_one_of_ones_own() {
        let own = OwnResults::default();
        let finished = draft_at(1);
        let result = report_of(&finished);
        assert_eq!(own.whose(&result, &finished), Whose::Mine);

        let mut edited = finished.clone();
        edited.set(9, Choice::new(3, &CURRENT.questions[9]).unwrap());
        assert_eq!(own.whose(&result, &edited), Whose::MineEarlier);
        assert_eq!(
            own.whose(&result, &Draft::empty(&CURRENT)),
            Whose::MineEarlier
        );
        assert_eq!(own.whose(&report_of(&edited), &edited), Whose::Mine);
    }
}
