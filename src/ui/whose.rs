//! Whose result the results screen shows: the visitor's answers as they stand, an
//! earlier result of theirs reached again through history, or someone else's shared
//! link. It decides the screen's wording and its ways on. The journey remembers which
//! results it showed as the visitor's own (`Journey::whose`).

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::answers::{Choice, Draft};
    use crate::assessment::report::Report;
    use crate::content::{BANKS, CURRENT};
    use crate::ui::journey::{Action, Journey, Screen};
    use crate::ui::route::Route;

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

    fn journey(draft: Draft, route: Route) -> Journey {
        Journey::new(&CURRENT, &BANKS, draft, route)
    }

    fn shown(journey: &Journey) -> Whose {
        match &journey.screen {
            Screen::Result(report) => journey.whose(report),
            other => panic!("no result shown: {other:?}"),
        }
    }

    #[test]
    fn a_link_never_shown_as_ones_own_is_someone_elses() {
        let link = Route::Result(report_of(&draft_at(1)).token);
        assert_eq!(
            shown(&journey(Draft::empty(&CURRENT), link.clone())),
            Whose::Shared
        );
        assert_eq!(shown(&journey(draft_at(2), link)), Whose::Shared);
    }

    /// Issue 14, item 6: after editing an answer, Forward to the old result called it
    /// someone else's, and so did Back to one's own result after Retake.
    #[test]
    fn ones_own_result_after_an_edit_or_a_retake_is_an_earlier_one_of_ones_own() {
        let finished = draft_at(1);
        let result = Route::Result(report_of(&finished).token);
        let mine = journey(finished, Route::Intro).apply(Action::Resume);
        assert_eq!(shown(&mine), Whose::Mine);

        let last = CURRENT.questions.len() - 1;
        let edited = mine
            .clone()
            .apply(Action::Arrive(Route::Question(last)))
            .apply(Action::Choose {
                question: last,
                choice: Choice::new(3, &CURRENT.questions[last]).unwrap(),
                advance: false,
            });
        let back_to_old = edited.clone().apply(Action::Arrive(result.clone()));
        assert_eq!(shown(&back_to_old), Whose::MineEarlier);
        let retaken = mine.apply(Action::Start).apply(Action::Arrive(result));
        assert_eq!(shown(&retaken), Whose::MineEarlier);
        assert_eq!(shown(&edited.apply(Action::Resume)), Whose::Mine);
    }
}
