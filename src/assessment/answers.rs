//! What a visitor chose: a [`Draft`] while the questionnaire is under way, and
//! [`Answers`] once every question has a choice.

use super::bank::{Bank, Question};
use super::stage::Stage;

/// The position of the chosen answer within its question, in display order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Choice(u8);

impl Choice {
    /// The choice at `position` if the question offers that many answers.
    pub fn new(position: usize, question: &Question) -> Option<Choice> {
        (position < question.answers.len()).then_some(Choice(position as u8))
    }

    pub fn position(self) -> usize {
        self.0 as usize
    }

    /// The stage the chosen answer describes.
    pub fn stage(self, question: &Question) -> Stage {
        question.answers[self.position()].stage
    }
}

/// Choices so far, one slot per question of the bank it was made for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    choices: Vec<Option<Choice>>,
}

impl Draft {
    pub fn empty(bank: &Bank) -> Draft {
        Draft {
            choices: vec![None; bank.question_count()],
        }
    }

    /// A draft with these slots; the caller has checked each choice against its question.
    pub(crate) fn from_slots(choices: Vec<Option<Choice>>) -> Draft {
        Draft { choices }
    }

    pub fn slots(&self) -> &[Option<Choice>] {
        &self.choices
    }

    pub fn get(&self, question: usize) -> Option<Choice> {
        self.choices.get(question).copied().flatten()
    }

    /// Records a choice; a question index outside the draft is ignored.
    pub fn set(&mut self, question: usize, choice: Choice) {
        if let Some(slot) = self.choices.get_mut(question) {
            *slot = Some(choice);
        }
    }

    pub fn answered_count(&self) -> usize {
        self.choices.iter().filter(|c| c.is_some()).count()
    }

    pub fn is_empty(&self) -> bool {
        self.answered_count() == 0
    }

    /// The first question still without a choice, or `None` when all are answered.
    pub fn first_unanswered(&self) -> Option<usize> {
        self.choices.iter().position(Option::is_none)
    }

    /// The complete answers, once every question has a choice.
    pub fn complete(&self) -> Option<Answers> {
        let choices = self.choices.iter().copied().collect::<Option<Vec<_>>>()?;
        Some(Answers { choices })
    }
}

/// A choice for every question of one bank.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers {
    choices: Vec<Choice>,
}

impl Answers {
    pub fn choices(&self) -> &[Choice] {
        &self.choices
    }

    /// The same answers as a draft, e.g. to let the visitor revise them.
    pub fn to_draft(&self) -> Draft {
        Draft::from_slots(self.choices.iter().copied().map(Some).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::CURRENT;

    #[test]
    fn a_choice_must_exist_in_its_question() {
        let question = &CURRENT.questions[0];
        assert!(Choice::new(3, question).is_some());
        assert!(Choice::new(4, question).is_none());
    }

    #[test]
    fn a_draft_completes_only_when_every_question_is_answered() {
        let mut draft = Draft::empty(&CURRENT);
        let choice = Choice::new(0, &CURRENT.questions[0]).unwrap();
        for question in 0..CURRENT.question_count() - 1 {
            draft.set(question, choice);
            assert!(draft.complete().is_none());
        }
        assert_eq!(draft.first_unanswered(), Some(CURRENT.question_count() - 1));
        draft.set(CURRENT.question_count() - 1, choice);
        assert_eq!(draft.first_unanswered(), None);
        let answers = draft.complete().expect("all answered");
        assert_eq!(answers.to_draft(), draft);
    }

    #[test]
    fn setting_outside_the_draft_changes_nothing() {
        let mut draft = Draft::empty(&CURRENT);
        draft.set(999, Choice(0));
        assert!(draft.is_empty());
    }
}
