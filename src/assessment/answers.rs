//! What a visitor chose: a [`Draft`] while the questionnaire is under way, and
//! [`Answers`] once every question has a choice. Both carry the [`Profile`], the
//! optional answers about the respondent and the company.

use super::bank::{Bank, ProfileOption, Question};
use super::company::Company;
use super::stage::Stage;

/// One question's choice: an answer, by its position in display order, or "not sure"
/// where the bank offers it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Choice {
    Answer(u8),
    NotSure,
}

impl Choice {
    /// The answer at `position` if the question offers that many answers.
    pub fn new(position: usize, question: &Question) -> Option<Choice> {
        (position < question.answers.len()).then_some(Choice::Answer(position as u8))
    }

    /// "Not sure", if `bank` offers it.
    pub fn not_sure(bank: &Bank) -> Option<Choice> {
        bank.not_sure.map(|_| Choice::NotSure)
    }

    /// The answer's position in display order; `None` for "not sure".
    pub fn position(self) -> Option<usize> {
        match self {
            Choice::Answer(position) => Some(usize::from(position)),
            Choice::NotSure => None,
        }
    }

    /// The stage the chosen answer describes; `None` for "not sure".
    pub fn stage(self, question: &Question) -> Option<Stage> {
        self.position().map(|p| question.answers[p].stage)
    }
}

/// The respondent's optional answers about themselves and the company: one slot per
/// profile question of the bank, each an option index or nothing. Never scored.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Profile {
    options: Vec<Option<u8>>,
}

/// Whether the company's market is one where full integration pays off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Context {
    /// Fast-moving or complex: the seeds' case for going all the way.
    FavoursIntegration,
    /// Neither fast nor complex: the stage below the top may well be enough.
    AlignedSuffices,
    /// Not told.
    Unknown,
}

impl Profile {
    pub fn empty(bank: &Bank) -> Profile {
        Profile {
            options: vec![None; bank.profile.len()],
        }
    }

    /// A profile with these slots; the caller has checked each against its question.
    pub(crate) fn from_slots(options: Vec<Option<u8>>) -> Profile {
        Profile { options }
    }

    pub fn slots(&self) -> &[Option<u8>] {
        &self.options
    }

    /// The option chosen for profile question `question`, if any.
    pub fn get(&self, question: usize) -> Option<usize> {
        self.options
            .get(question)
            .copied()
            .flatten()
            .map(usize::from)
    }

    /// Chooses (or with `None`, clears) an option; anything out of range is ignored.
    pub fn set(&mut self, bank: &Bank, question: usize, option: Option<usize>) {
        let valid = bank
            .profile
            .get(question)
            .is_some_and(|q| option.is_none_or(|o| o < q.options.len()));
        if let (true, Some(slot)) = (valid, self.options.get_mut(question)) {
            *slot = option.map(|o| o as u8);
        }
    }

    /// The option chosen for the profile question with this id.
    pub fn option(&self, bank: &'static Bank, id: &str) -> Option<&'static ProfileOption> {
        let index = bank.profile.iter().position(|q| q.id == id)?;
        Some(&bank.profile[index].options[self.get(index)?])
    }

    pub fn is_empty(&self) -> bool {
        self.options.iter().all(Option::is_none)
    }

    /// Reads the market from the profile questions that can favour integration: any
    /// answer that does decides; all of them answered without one means it need not.
    pub fn context(&self, bank: &Bank) -> Context {
        let mut all_known = true;
        for (index, question) in bank.profile.iter().enumerate() {
            if !question.options.iter().any(|o| o.favours_integration) {
                continue;
            }
            match self.get(index) {
                Some(option) if question.options[option].favours_integration => {
                    return Context::FavoursIntegration
                }
                Some(_) => {}
                None => all_known = false,
            }
        }
        if all_known {
            Context::AlignedSuffices
        } else {
            Context::Unknown
        }
    }
}

/// Choices so far, one slot per question of the bank it was made for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Draft {
    choices: Vec<Option<Choice>>,
    pub profile: Profile,
}

impl Draft {
    pub fn empty(bank: &Bank) -> Draft {
        Draft {
            choices: vec![None; bank.question_count()],
            profile: Profile::empty(bank),
        }
    }

    /// A draft with these slots; the caller has checked each choice against its question.
    pub(crate) fn from_slots(choices: Vec<Option<Choice>>, profile: Profile) -> Draft {
        Draft { choices, profile }
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

    /// Nothing chosen yet, not even in the profile.
    pub fn is_empty(&self) -> bool {
        self.answered_count() == 0 && self.profile.is_empty()
    }

    /// The first question still without a choice, or `None` when all are answered.
    pub fn first_unanswered(&self) -> Option<usize> {
        self.choices.iter().position(Option::is_none)
    }

    /// The complete answers, once every question has a choice.
    pub fn complete(&self) -> Option<Answers> {
        let choices = self.choices.iter().copied().collect::<Option<Vec<_>>>()?;
        Some(Answers {
            choices,
            profile: self.profile.clone(),
            company: None,
        })
    }
}

/// A choice for every question of one bank, the profile given with them, and the
/// company's name when the visitor chose to keep it with the result.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answers {
    choices: Vec<Choice>,
    pub profile: Profile,
    pub company: Option<Company>,
}

impl Answers {
    pub fn choices(&self) -> &[Choice] {
        &self.choices
    }

    /// Whether `draft` is complete with exactly these choices and this profile (a
    /// company's name is no answer).
    pub fn are(&self, draft: &Draft) -> bool {
        self.profile == draft.profile
            && self
                .choices
                .iter()
                .map(|&c| Some(c))
                .eq(draft.choices.iter().copied())
    }

    /// The same answers as a draft, e.g. to let the visitor revise them.
    pub fn to_draft(&self) -> Draft {
        Draft::from_slots(
            self.choices.iter().copied().map(Some).collect(),
            self.profile.clone(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{CURRENT, V1};

    #[test]
    fn a_choice_must_exist_in_its_question() {
        let question = &CURRENT.questions[0];
        assert_eq!(Choice::new(3, question), Some(Choice::Answer(3)));
        assert!(Choice::new(4, question).is_none());
        assert_eq!(Choice::NotSure.stage(question), None);
        assert_eq!(
            Choice::new(1, question).unwrap().stage(question),
            Some(question.answers[1].stage)
        );
    }

    #[test]
    fn not_sure_is_offered_only_where_the_bank_has_it() {
        assert_eq!(Choice::not_sure(&CURRENT), Some(Choice::NotSure));
        assert_eq!(Choice::not_sure(&V1), None);
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
        draft.set(CURRENT.question_count() - 1, Choice::NotSure);
        assert_eq!(draft.first_unanswered(), None);
        let answers = draft.complete().expect("all answered");
        assert_eq!(answers.to_draft(), draft);
    }

    #[test]
    fn setting_outside_the_draft_changes_nothing() {
        let mut draft = Draft::empty(&CURRENT);
        draft.set(999, Choice::Answer(0));
        draft.profile.set(&CURRENT, 999, Some(0));
        draft.profile.set(&CURRENT, 0, Some(99));
        assert!(draft.is_empty());
    }

    #[test]
    fn a_profile_option_one_past_the_last_is_ignored() {
        let mut profile = Profile::empty(&CURRENT);
        let count = CURRENT.profile[0].options.len();
        profile.set(&CURRENT, 0, Some(count - 1));
        assert_eq!(profile.get(0), Some(count - 1));
        profile.set(&CURRENT, 0, Some(count));
        assert_eq!(
            profile.get(0),
            Some(count - 1),
            "the last valid choice stays"
        );
    }

    #[test]
    fn a_profile_answer_alone_makes_a_draft_worth_keeping() {
        let mut draft = Draft::empty(&CURRENT);
        draft.profile.set(&CURRENT, 0, Some(1));
        assert!(!draft.is_empty());
        assert_eq!(draft.profile.get(0), Some(1));
        draft.profile.set(&CURRENT, 0, None);
        assert!(draft.is_empty());
    }

    fn profile_with(choices: &[(&str, &str)]) -> Profile {
        let mut profile = Profile::empty(&CURRENT);
        for (question_id, option_id) in choices {
            let question = CURRENT
                .profile
                .iter()
                .position(|q| q.id == *question_id)
                .unwrap();
            let option = CURRENT.profile[question]
                .options
                .iter()
                .position(|o| o.id == *option_id)
                .unwrap();
            profile.set(&CURRENT, question, Some(option));
        }
        profile
    }

    /// Option ids of a profile question, split by whether they favour integration.
    fn options_of(question_id: &str, favouring: bool) -> Vec<&'static str> {
        let question = CURRENT
            .profile
            .iter()
            .find(|q| q.id == question_id)
            .unwrap();
        question
            .options
            .iter()
            .filter(|o| o.favours_integration == favouring)
            .map(|o| o.id)
            .collect()
    }

    #[test]
    fn the_market_decides_whether_integration_pays() {
        let slow = options_of("pace", false)[0];
        let fast = options_of("pace", true)[0];
        let simple = options_of("complexity", false)[0];
        let complex = options_of("complexity", true)[0];
        assert_eq!(profile_with(&[]).context(&CURRENT), Context::Unknown);
        assert_eq!(
            profile_with(&[("pace", slow)]).context(&CURRENT),
            Context::Unknown
        );
        assert_eq!(
            profile_with(&[("pace", fast)]).context(&CURRENT),
            Context::FavoursIntegration
        );
        assert_eq!(
            profile_with(&[("pace", slow), ("complexity", complex)]).context(&CURRENT),
            Context::FavoursIntegration
        );
        assert_eq!(
            profile_with(&[("pace", slow), ("complexity", simple), ("side", "sales")])
                .context(&CURRENT),
            Context::AlignedSuffices
        );
    }
}
