//! Helpers shared by the native and browser tests: build answers from stage patterns.
// Each test crate compiles its own copy and uses only some of the helpers.
#![allow(dead_code)]

use tandem::assessment::answers::{Answers, Choice, Draft};
use tandem::assessment::bank::Bank;
use tandem::assessment::stage::Stage;

/// Answers choosing, for every question, the answer that describes `stages[i]`.
pub fn answers_at(bank: &Bank, stages: &[Stage]) -> Answers {
    let mut draft = Draft::empty(bank);
    for (index, (question, stage)) in bank.questions.iter().zip(stages).enumerate() {
        let position = question
            .answers
            .iter()
            .position(|a| a.stage == *stage)
            .expect("one answer per stage");
        draft.set(index, Choice::new(position, question).unwrap());
    }
    draft.complete().expect("a stage for every question")
}

/// Answers choosing the same display position for every question.
pub fn answers_by_position(bank: &Bank, positions: &[usize]) -> Answers {
    let mut draft = Draft::empty(bank);
    for (index, (question, &position)) in bank.questions.iter().zip(positions).enumerate() {
        draft.set(index, Choice::new(position, question).unwrap());
    }
    draft.complete().expect("a position for every question")
}

/// Answers choosing, for every question, the choice at `choices[i]` among the answers
/// in display order and then "not sure"; and the profile options given (missing or
/// out-of-range ones stay unanswered).
pub fn choices_by_index(bank: &Bank, choices: &[usize], profile: &[Option<usize>]) -> Answers {
    let mut draft = Draft::empty(bank);
    for (index, (question, &choice)) in bank.questions.iter().zip(choices).enumerate() {
        let choice = Choice::new(choice, question)
            .or_else(|| Choice::not_sure(bank))
            .expect("a choice the bank offers");
        draft.set(index, choice);
    }
    for (index, option) in profile.iter().enumerate() {
        draft.profile.set(bank, index, *option);
    }
    draft.complete().expect("a choice for every question")
}

/// A stage per question: `first` for the questions of the first dimension, `rest` for
/// all others (a result held back by one weak area).
pub fn first_area_at(bank: &Bank, first: Stage, rest: Stage) -> Vec<Stage> {
    bank.questions
        .iter()
        .map(|q| if q.dimension == 0 { first } else { rest })
        .collect()
}
