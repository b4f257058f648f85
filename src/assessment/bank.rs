//! The question banks as the app uses them: static data that `build.rs` generates from
//! `src/content/bank*.toml` after validating them (see `src/content/source.rs`).
//!
//! Invariants the build guarantees: four stages and three transitions in curve order,
//! every question has exactly one answer per stage, every dimension has the same
//! number of questions (so each weighs the same) and one move per stage; a bank that
//! offers "not sure" has at least three questions per dimension. Kept banks (all but
//! the current one) only reopen results, so their question and answer texts are
//! left empty: a result never shows them.

use super::scoring::Scoring;
use super::stage::Stage;
use super::text::Text;

/// One version of the assessment. Result links name the version they were made with.
#[derive(Debug)]
pub struct Bank {
    /// Names the bank in result links; every version of a bank shares it.
    pub id: &'static str,
    pub version: u8,
    /// How answers become scores and a stage.
    pub scoring: Scoring,
    pub stages: [StageText; 4],
    /// The step up from each stage, indexed by the lower stage's level.
    pub transitions: [Transition; 3],
    /// What the top of the curve asks for instead of a step up.
    pub staying: Text,
    pub dimensions: &'static [Dimension],
    pub questions: &'static [Question],
    pub facts: &'static [Fact],
    /// How scoring works, in plain words, one paragraph per entry.
    pub scoring_rule: &'static [Text],
    /// The label of the answer that is left out of scoring; `None` where the bank
    /// offers no such answer (version 1).
    pub not_sure: Option<&'static str>,
    /// The intro screen's lead paragraph (from version 2).
    pub intro_lead: Option<&'static str>,
    /// Asked before the questions, never scored (empty in version 1).
    pub profile: &'static [ProfileQuestion],
}

/// What the whole assessment is about, in the words of the build's bank; every version
/// of a bank shares them (`content::ABOUT`).
#[derive(Debug)]
pub struct About {
    /// Its name, as a title: "Sales and marketing alignment".
    pub title: &'static str,
    /// The two teams, inside a sentence: "how sales and marketing work together".
    pub teams: &'static str,
}

#[derive(Debug)]
pub struct StageText {
    pub title: &'static str,
    pub summary: Text,
    pub feels_like: Text,
}

#[derive(Debug)]
pub struct Transition {
    pub summary: Text,
    /// Why the stage below may be enough, for organisations the step would not pay.
    pub suffices: Option<Text>,
}

#[derive(Debug)]
pub struct Dimension {
    /// The bank's own id for the area, e.g. "handoffs".
    pub id: &'static str,
    /// Ids of areas in kept banks that asked mostly the same questions: results made
    /// with those banks are compared with this area.
    pub earlier: &'static [&'static str],
    pub name: &'static str,
    pub about: Text,
    /// The move that lifts this dimension from each stage (at the top: how to stay there).
    pub moves: [Move; 4],
    /// What a wide gap between two people's views of the area usually means (from
    /// version 2).
    pub gap: Option<Text>,
    /// A question for both teams to discuss when their views differ (from version 2).
    pub discuss: Option<Text>,
}

impl Dimension {
    /// Whether `self` and `other`, of any two banks, measure the same area: the same
    /// area of one bank, or an area that names the other's id as `earlier`.
    pub fn matches(&self, other: &Dimension) -> bool {
        self == other || self.earlier.contains(&other.id) || other.earlier.contains(&self.id)
    }
}

#[derive(Debug)]
pub struct Move {
    pub title: Text,
    pub text: Text,
    /// Who acts (from version 2).
    pub who: Option<Text>,
    pub effort: Option<Effort>,
    /// When a move toward the top stage pays off (from version 2).
    pub pays_off: Option<Text>,
}

/// How long a move takes to show results.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Effort {
    QuickWin,
    Quarter,
    Year,
}

impl Effort {
    pub fn label(self) -> &'static str {
        match self {
            Effort::QuickWin => "A quick win",
            Effort::Quarter => "About a quarter",
            Effort::Year => "About a year",
        }
    }
}

#[derive(Debug)]
pub struct Question {
    /// Index into [`Bank::dimensions`].
    pub dimension: usize,
    pub prompt: Text,
    /// In display order; each stage appears exactly once.
    pub answers: [Answer; 4],
}

#[derive(Debug)]
pub struct Answer {
    pub stage: Stage,
    pub text: Text,
}

/// A question about the respondent or the company, asked before the assessment.
#[derive(Debug)]
pub struct ProfileQuestion {
    pub id: &'static str,
    pub prompt: &'static str,
    pub options: &'static [ProfileOption],
}

#[derive(Debug)]
pub struct ProfileOption {
    pub id: &'static str,
    pub label: &'static str,
    /// The seeds find full integration pays off mainly where this holds (a fast or
    /// complex market).
    pub favours_integration: bool,
}

/// A figure from the research the seed articles cite, shown for context.
#[derive(Debug)]
pub struct Fact {
    pub figure: Text,
    pub claim: Text,
    pub source: Text,
}

impl Bank {
    pub fn stage(&self, stage: Stage) -> &StageText {
        &self.stages[stage.level() as usize]
    }

    /// The step up from `from`, or `None` at the top.
    pub fn transition(&self, from: Stage) -> Option<&Transition> {
        self.transitions.get(from.level() as usize)
    }

    /// What the step up from `from` is about; at the top, how to stay there.
    pub fn next_step(&self, from: Stage) -> Text {
        self.transition(from).map_or(self.staying, |t| t.summary)
    }

    pub fn question_count(&self) -> usize {
        self.questions.len()
    }

    /// What a visitor can pick on each question: its answers, and "not sure" where offered.
    pub fn choices_per_question(&self) -> usize {
        Stage::ALL.len() + usize::from(self.not_sure.is_some())
    }
}

/// An area is itself: two areas with the same words in two banks are still two areas.
impl PartialEq for Dimension {
    fn eq(&self, other: &Dimension) -> bool {
        std::ptr::eq(self, other)
    }
}

impl Eq for Dimension {}

/// A bank is known by its version: two banks with one version are one bank.
impl PartialEq for Bank {
    fn eq(&self, other: &Bank) -> bool {
        self.version == other.version
    }
}

impl Eq for Bank {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{BANKS, CURRENT, V1};

    #[test]
    fn each_effort_reads_as_the_time_a_move_takes() {
        assert_eq!(Effort::QuickWin.label(), "A quick win");
        assert_eq!(Effort::Quarter.label(), "About a quarter");
        assert_eq!(Effort::Year.label(), "About a year");
    }

    #[test]
    fn the_step_up_is_the_transition_from_the_stage_and_the_top_asks_for_staying() {
        for bank in BANKS {
            for (level, transition) in bank.transitions.iter().enumerate() {
                let from = Stage::ALL[level];
                assert!(std::ptr::eq(bank.transition(from).unwrap(), transition));
                assert_eq!(bank.next_step(from), transition.summary);
            }
            assert!(bank.transition(Stage::Integrated).is_none());
            assert_eq!(bank.next_step(Stage::Integrated), bank.staying);
            assert!(!bank.staying.get().is_empty());
        }
    }

    // Issue 30, item 12: a shared result said "Their teams are Aligned…" and then
    // "Your market is neither fast-moving…": words a result shows to anyone it is
    // shared with must not speak to the reader as its respondent.
    #[test]
    fn a_shared_result_says_your_market() {
        for bank in BANKS {
            for transition in &bank.transitions {
                for text in [Some(transition.summary), transition.suffices]
                    .into_iter()
                    .flatten()
                {
                    let words = format!(" {} ", text.get().to_lowercase());
                    assert!(!words.contains(" your "), "{}", text.get());
                }
            }
        }
    }

    /// Every piece of result text a bank names, in the order the bank holds them.
    fn result_texts(bank: &Bank) -> Vec<Text> {
        let stages = bank.stages.iter().flat_map(|s| [s.summary, s.feels_like]);
        let transitions = bank
            .transitions
            .iter()
            .flat_map(|t| [Some(t.summary), t.suffices]);
        let dimensions = bank
            .dimensions
            .iter()
            .flat_map(|d| [Some(d.about), d.gap, d.discuss]);
        let moves = bank.dimensions.iter().flat_map(|d| &d.moves);
        let moves = moves.flat_map(|m| [Some(m.title), Some(m.text), m.who, m.pays_off]);
        let facts = bank
            .facts
            .iter()
            .flat_map(|f| [f.figure, f.claim, f.source]);
        stages
            .chain(transitions.flatten())
            .chain([bank.staying])
            .chain(dimensions.flatten())
            .chain(moves.flatten())
            .chain(facts)
            .chain(bank.scoring_rule.iter().copied())
            .collect()
    }

    /// The words of `bank`'s questions and their answers.
    fn question_texts(bank: &Bank) -> Vec<Text> {
        let answers = bank
            .questions
            .iter()
            .flat_map(|q| q.answers.iter().map(|a| a.text));
        bank.questions
            .iter()
            .map(|q| q.prompt)
            .chain(answers)
            .collect()
    }

    #[test]
    fn the_current_bank_s_questions_read_as_words_and_a_kept_bank_keeps_none() {
        let current = question_texts(&CURRENT);
        assert_eq!(current.len(), CURRENT.question_count() * 5);
        assert!(current.iter().all(|text| !text.get().is_empty()));
        let kept = question_texts(&V1);
        assert_eq!(kept.len(), V1.question_count() * 5);
        assert!(kept.iter().all(|text| *text == Text::NONE));
    }

    #[test]
    fn every_result_text_a_bank_names_reads_as_words() {
        for bank in BANKS {
            let texts = result_texts(bank);
            assert!(
                texts.len() > 100,
                "version {}: {} texts",
                bank.version,
                texts.len()
            );
            for text in texts {
                assert!(!text.get().is_empty(), "version {}: {text:?}", bank.version);
            }
        }
        assert_eq!(
            V1.transitions[0].summary.get(),
            "This step is about ground rules: written roles, an agreed idea of what a lead is and a clear hand-off. It usually starts when the same arguments keep coming back and informal fixes stop working."
        );
    }

    #[test]
    fn a_visitor_picks_from_four_answers_and_not_sure_where_offered() {
        assert_eq!(V1.choices_per_question(), 4);
        assert_eq!(CURRENT.choices_per_question(), 5);
    }

    #[test]
    fn banks_are_one_only_when_their_versions_are() {
        assert!(*BANKS[0] == V1 && *BANKS[1] == CURRENT);
        assert!(V1 != CURRENT);
    }
}
