//! The bank report: what an author needs to see to keep answers from ranking
//! themselves, and the thresholds the current bank must meet (held by
//! `tests/bank_source.rs`; printed by `cargo run --example bank-report`).
//!
//! Why these thresholds: a respondent who cannot tell the stages apart by length or
//! vocabulary has to answer from what really happens. With four answers a question,
//! chance alone makes one stage the longest in a quarter of the questions, and small
//! length differences happen in honest writing; the limits leave room for that and
//! for nothing systematic.
//!
//! The kind of drawback each answer states (its `cost`) is the next tell after length
//! and words: a reader shown only bank v2's answer texts ranked all 24 questions in
//! stage order mostly by it (issue 26), since every Integrated answer ended on blurred
//! roles and every Aligned one on meeting time. So each kind's uses must spread over
//! the stages ([`MAX_COST_CONCENTRATION`]), and each stage's answers must spread over
//! the kinds ([`MAX_STAGE_COST_SHARE`]).

use crate::source::{BankSource, COST_IDS, STAGE_IDS};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// The mean answer length of the longest stage over that of the shortest.
pub const MAX_STAGE_LENGTH_RATIO: f64 = 1.08;
/// Mean over questions of the rank correlation between stage and answer length.
pub const MAX_LENGTH_CORRELATION: f64 = 0.15;
/// Questions whose answers grow strictly longer with each stage.
pub const MAX_RISING_QUESTIONS: usize = 3;
/// One question's longest answer over its shortest.
pub const MAX_QUESTION_LENGTH_RATIO: f64 = 1.35;
/// A word used in this many answers or more is checked for concentration...
pub const CONCENTRATION_MIN_USES: usize = 4;
/// ...and may have at most this share of its uses in one stage's answers.
pub const MAX_WORD_CONCENTRATION: f64 = 0.6;
/// Each stage may be the longest answer in at most this share of questions.
pub const MAX_LONGEST_SHARE: f64 = 1.0 / 3.0;
pub const MIN_QUESTIONS_PER_AREA: usize = 3;
/// A kind of drawback stated in this many answers or more is checked for concentration...
pub const COST_MIN_USES: usize = 4;
/// ...and may have at most this share of its uses in one stage's answers. At a half, a
/// reader who has learnt which stage a kind of cost usually goes with is right about
/// that answer at most half the time, twice what chance gives among four stages, and
/// the other three answers of its question still have to be told apart; above it, the
/// kind names the stage more often than not. Stricter than the words'
/// [`MAX_WORD_CONCENTRATION`], because every answer states a cost, so the kind is a cue
/// a reader meets in every question, where a word turns up in a few. Fewer than
/// [`COST_MIN_USES`] uses are too few to learn a kind's stage from, and too few for a
/// share to mean anything (three of three is 100%).
pub const MAX_COST_CONCENTRATION: f64 = 0.5;
/// One kind of drawback may be stated by at most this share of one stage's answers (8
/// of 24 in a bank of 24 questions; an even spread over the eight kinds is 3): a stage
/// whose answers mostly end on one kind of cost has a signature a reader learns within
/// a few questions, even when that kind turns up in other stages too.
pub const MAX_STAGE_COST_SHARE: f64 = 1.0 / 3.0;

const STOPWORDS: [&str; 40] = [
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by", "is", "are",
    "be", "it", "its", "this", "that", "we", "our", "they", "their", "them", "as", "from", "but",
    "not", "no", "so", "if", "when", "who", "what", "which", "s", "t", "do", "has",
];

/// Everything the report measures about one bank.
pub struct Audit {
    pub version: u8,
    /// Mean answer length in characters, per stage in curve order.
    pub mean_length: [f64; 4],
    pub mean_length_correlation: f64,
    pub rising_questions: usize,
    /// How many questions each stage's answer is the longest in.
    pub longest: [usize; 4],
    pub worst_question_ratio: (String, f64),
    /// Words used in at least [`CONCENTRATION_MIN_USES`] answers: the share of their
    /// uses in their most frequent stage, the stage, and the count; most concentrated first.
    pub concentrated_words: Vec<(String, f64, &'static str, usize)>,
    pub questions_per_area: BTreeMap<String, usize>,
    pub uncovered_ideas: Vec<String>,
    /// How often each stage sits at each display position.
    pub positions: [[usize; 4]; 4],
    pub questions: usize,
    /// Each kind of drawback of [`COST_IDS`] and how many of each stage's answers state
    /// it; empty for a bank whose answers carry no `cost` (version 1).
    pub costs: Vec<(String, [usize; 4])>,
    /// How many of each stage's answers name their kind of drawback.
    pub costed: [usize; 4],
}

fn level(stage: &str) -> usize {
    STAGE_IDS.iter().position(|s| *s == stage).unwrap_or(0)
}

fn words(text: &str) -> BTreeSet<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !STOPWORDS.contains(w))
        .map(str::to_owned)
        .collect()
}

/// Average ranks (ties share their mean rank).
fn ranks(values: &[f64]) -> Vec<f64> {
    values
        .iter()
        .map(|v| {
            let below = values.iter().filter(|w| *w < v).count() as f64;
            let equal = values.iter().filter(|w| *w == v).count() as f64;
            below + (equal + 1.0) / 2.0
        })
        .collect()
}

/// Spearman's rank correlation; 0 when either side has no spread.
pub fn spearman(x: &[f64], y: &[f64]) -> f64 {
    let (rx, ry) = (ranks(x), ranks(y));
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
    let (mx, my) = (mean(&rx), mean(&ry));
    let cov: f64 = rx.iter().zip(&ry).map(|(a, b)| (a - mx) * (b - my)).sum();
    let spread = |v: &[f64], m: f64| v.iter().map(|a| (a - m).powi(2)).sum::<f64>().sqrt();
    let denominator = spread(&rx, mx) * spread(&ry, my);
    if denominator == 0.0 {
        0.0
    } else {
        cov / denominator
    }
}

pub fn audit(bank: &BankSource) -> Audit {
    let mut lengths: [Vec<f64>; 4] = Default::default();
    let mut correlations = Vec::new();
    let mut rising_questions = 0;
    let mut longest = [0; 4];
    let mut worst_question_ratio = (String::new(), 0.0);
    let mut uses: BTreeMap<String, [usize; 4]> = BTreeMap::new();
    let mut positions = [[0; 4]; 4];
    let mut costs: Vec<(String, [usize; 4])> = COST_IDS
        .iter()
        .map(|kind| ((*kind).to_owned(), [0; 4]))
        .collect();
    let mut costed = [0; 4];
    for question in &bank.question {
        let mut by_level = [0.0; 4];
        for (position, answer) in question.answers.iter().enumerate() {
            let stage = level(&answer.stage);
            let length = answer.text.trim().chars().count() as f64;
            by_level[stage] = length;
            lengths[stage].push(length);
            positions[stage][position.min(3)] += 1;
            if let Some(cost) = &answer.cost {
                costed[stage] += 1;
                // A kind the rules do not know is counted too, under its own name.
                let at = match costs.iter().position(|(kind, _)| kind == cost) {
                    Some(at) => at,
                    None => {
                        costs.push((cost.clone(), [0; 4]));
                        costs.len() - 1
                    }
                };
                costs[at].1[stage] += 1;
            }
            for word in words(&answer.text) {
                uses.entry(word).or_default()[stage] += 1;
            }
        }
        correlations.push(spearman(&[0.0, 1.0, 2.0, 3.0], &by_level));
        rising_questions += usize::from(by_level.windows(2).all(|w| w[0] < w[1]));
        let max = by_level.iter().copied().fold(f64::MIN, f64::max);
        let min = by_level.iter().copied().fold(f64::MAX, f64::min);
        if let Some(stage) = by_level.iter().position(|&l| l == max) {
            longest[stage] += 1;
        }
        if max / min > worst_question_ratio.1 {
            worst_question_ratio = (question.id.clone(), max / min);
        }
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
    let mut concentrated_words: Vec<_> = uses
        .into_iter()
        .filter_map(|(word, counts)| {
            let total: usize = counts.iter().sum();
            let (top, &count) = counts.iter().enumerate().max_by_key(|&(_, c)| *c)?;
            (total >= CONCENTRATION_MIN_USES)
                .then(|| (word, count as f64 / total as f64, STAGE_IDS[top], total))
        })
        .collect();
    concentrated_words.sort_by(|a, b| b.1.total_cmp(&a.1).then(b.3.cmp(&a.3)));
    let mut questions_per_area: BTreeMap<String, usize> =
        bank.dimension.iter().map(|d| (d.id.clone(), 0)).collect();
    for question in &bank.question {
        *questions_per_area
            .entry(question.dimension.clone())
            .or_default() += 1;
    }
    let cited = bank.cited_ideas();
    Audit {
        version: bank.version,
        mean_length: [0, 1, 2, 3].map(|s| mean(&lengths[s])),
        mean_length_correlation: mean(&correlations),
        rising_questions,
        longest,
        worst_question_ratio,
        concentrated_words,
        questions_per_area,
        uncovered_ideas: bank
            .seed_ideas
            .iter()
            .filter(|id| !cited.contains(id.as_str()))
            .cloned()
            .collect(),
        positions,
        questions: bank.question.len(),
        costs: if costed.iter().sum::<usize>() == 0 {
            Vec::new()
        } else {
            costs
        },
        costed,
    }
}

/// The share of `counts` in its most frequent stage, and that stage; `None` when empty.
fn top_share(counts: &[usize; 4]) -> Option<(f64, &'static str, usize)> {
    let total: usize = counts.iter().sum();
    let (top, &count) = counts.iter().enumerate().max_by_key(|&(_, c)| *c)?;
    (total > 0).then(|| (count as f64 / total as f64, STAGE_IDS[top], total))
}

impl Audit {
    pub fn stage_length_ratio(&self) -> f64 {
        let max = self.mean_length.iter().copied().fold(f64::MIN, f64::max);
        let min = self.mean_length.iter().copied().fold(f64::MAX, f64::min);
        max / min
    }

    /// The kind of drawback most of stage `level`'s answers state, and how many do (the
    /// first of [`COST_IDS`] on a tie); `None` when they state none.
    pub fn stage_top_cost(&self, level: usize) -> Option<(&str, usize)> {
        self.costs
            .iter()
            .rev()
            .map(|(kind, counts)| (kind.as_str(), counts[level]))
            .max_by_key(|&(_, count)| count)
            .filter(|&(_, count)| count > 0)
    }

    /// How many of stage `level`'s answers one kind of drawback may state.
    fn most_per_stage_cost(&self, level: usize) -> usize {
        (self.costed[level] as f64 * MAX_STAGE_COST_SHARE + 1e-9).floor() as usize
    }

    /// Every threshold with whether the bank meets it, in words that give the figure and
    /// the limit: one line per threshold, or one per word, stage or area at fault.
    pub fn checks(&self) -> Vec<(bool, String)> {
        let mut checks = Vec::new();
        let mut check = |ok: bool, what: String| checks.push((ok, what));
        check(
            self.stage_length_ratio() <= MAX_STAGE_LENGTH_RATIO,
            format!(
                "stage mean lengths differ by {:.3}× (at most {MAX_STAGE_LENGTH_RATIO})",
                self.stage_length_ratio()
            ),
        );
        check(
            self.mean_length_correlation.abs() <= MAX_LENGTH_CORRELATION,
            format!(
                "length–stage correlation {:.2} (at most ±{MAX_LENGTH_CORRELATION})",
                self.mean_length_correlation
            ),
        );
        check(
            self.rising_questions <= MAX_RISING_QUESTIONS,
            format!(
                "{} questions rise in length with the stage (at most {MAX_RISING_QUESTIONS})",
                self.rising_questions
            ),
        );
        let most_longest = (self.questions as f64 * MAX_LONGEST_SHARE).ceil() as usize;
        for (stage, &count) in STAGE_IDS.iter().zip(&self.longest) {
            check(
                count <= most_longest,
                format!(
                    "{stage} is the longest answer in {count} questions (at most {most_longest})"
                ),
            );
        }
        let (question, ratio) = &self.worst_question_ratio;
        check(
            *ratio <= MAX_QUESTION_LENGTH_RATIO,
            format!("question {question}: longest answer {ratio:.2}× the shortest (at most {MAX_QUESTION_LENGTH_RATIO})"),
        );
        let word_check = |(word, share, stage, total): &(String, f64, &str, usize)| {
            (
                *share <= MAX_WORD_CONCENTRATION,
                format!(
                    "\"{word}\": {:.0}% of its {total} uses are {stage} answers (at most {:.0}%)",
                    share * 100.0,
                    MAX_WORD_CONCENTRATION * 100.0
                ),
            )
        };
        // Each word at fault; when none is, the most concentrated one, to show the margin.
        let words: Vec<(bool, String)> = self.concentrated_words.iter().map(word_check).collect();
        let faults = words.iter().filter(|(ok, _)| !ok).count();
        checks.extend(
            words
                .into_iter()
                .enumerate()
                .filter(|(i, (ok, _))| !ok || (faults == 0 && *i == 0))
                .map(|(_, c)| c),
        );
        let mut check = |ok: bool, what: String| checks.push((ok, what));
        for (kind, counts) in &self.costs {
            let Some((share, stage, total)) = top_share(counts) else {
                continue;
            };
            if total >= COST_MIN_USES {
                check(
                    share <= MAX_COST_CONCENTRATION,
                    format!(
                        "cost \"{kind}\": {:.0}% of its {total} uses are {stage} answers (at most {:.0}%)",
                        share * 100.0,
                        MAX_COST_CONCENTRATION * 100.0
                    ),
                );
            }
        }
        for (level, stage) in STAGE_IDS.iter().enumerate() {
            if let Some((kind, count)) = self.stage_top_cost(level) {
                let most = self.most_per_stage_cost(level);
                check(
                    count <= most,
                    format!(
                        "{stage} answers: {count} of {} state the cost \"{kind}\" (at most {most})",
                        self.costed[level]
                    ),
                );
            }
        }
        for (area, &count) in &self.questions_per_area {
            check(
                count >= MIN_QUESTIONS_PER_AREA,
                format!("area {area} has {count} questions (at least {MIN_QUESTIONS_PER_AREA})"),
            );
        }
        check(
            self.uncovered_ideas.is_empty(),
            format!("seed ideas not covered: {:?}", self.uncovered_ideas),
        );
        checks
    }

    /// The thresholds the bank misses, in the words of [`Audit::checks`].
    pub fn failures(&self) -> Vec<String> {
        self.checks()
            .into_iter()
            .filter(|(ok, _)| !ok)
            .map(|(_, what)| what)
            .collect()
    }

    /// The report as printed for authors.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let stages = STAGE_IDS.map(|s| format!("{s:>10}")).join(" ");
        writeln!(
            out,
            "Bank version {} · {} questions",
            self.version, self.questions
        )
        .unwrap();
        writeln!(out, "                              {stages}").unwrap();
        let row = |values: [String; 4]| values.map(|v| format!("{v:>10}")).join(" ");
        writeln!(
            out,
            "mean answer length (chars)    {}",
            row(self.mean_length.map(|l| format!("{l:.1}")))
        )
        .unwrap();
        writeln!(
            out,
            "longest answer in (questions) {}",
            row(self.longest.map(|c| c.to_string()))
        )
        .unwrap();
        for (position, label) in ["1st", "2nd", "3rd", "4th"].iter().enumerate() {
            let counts = [0, 1, 2, 3].map(|s| self.positions[s][position].to_string());
            writeln!(out, "shown {label}                     {}", row(counts)).unwrap();
        }
        writeln!(
            out,
            "stage mean lengths, max/min:  {:.3} (limit {MAX_STAGE_LENGTH_RATIO})",
            self.stage_length_ratio()
        )
        .unwrap();
        writeln!(out, "length–stage rank correlation, mean over questions: {:.2} (limit ±{MAX_LENGTH_CORRELATION})", self.mean_length_correlation).unwrap();
        writeln!(
            out,
            "questions whose answers lengthen with each stage: {} (limit {MAX_RISING_QUESTIONS})",
            self.rising_questions
        )
        .unwrap();
        let (question, ratio) = &self.worst_question_ratio;
        writeln!(out, "widest length spread in one question: {ratio:.2}× ({question}; limit {MAX_QUESTION_LENGTH_RATIO})").unwrap();
        writeln!(out, "words most concentrated in one stage (used in ≥ {CONCENTRATION_MIN_USES} answers; limit {:.0}%):", MAX_WORD_CONCENTRATION * 100.0).unwrap();
        for (word, share, stage, total) in self.concentrated_words.iter().take(12) {
            writeln!(
                out,
                "  {word:<16} {:>4.0}% {stage:<10} of {total} uses",
                share * 100.0
            )
            .unwrap();
        }
        if self.costs.is_empty() {
            writeln!(out, "drawbacks by kind (cost): none stated").unwrap();
        } else {
            writeln!(out, "drawbacks by kind (cost), answers per stage (checked when in ≥ {COST_MIN_USES} answers; limit {:.0}% in one stage):", MAX_COST_CONCENTRATION * 100.0).unwrap();
            for (kind, counts) in &self.costs {
                let spread = match top_share(counts) {
                    Some((share, stage, total)) if total >= COST_MIN_USES => {
                        format!("{total:>3} uses, {:.0}% {stage}", share * 100.0)
                    }
                    Some((_, _, total)) => format!("{total:>3} uses, too few to check"),
                    None => "  unused".to_owned(),
                };
                writeln!(
                    out,
                    "  {kind:<28}{}   {spread}",
                    row(counts.map(|c| c.to_string()))
                )
                .unwrap();
            }
            let tops = [0, 1, 2, 3].map(|level| match self.stage_top_cost(level) {
                Some((kind, count)) => format!("{kind} {count}"),
                None => "-".to_owned(),
            });
            let limits = [0, 1, 2, 3].map(|level| self.most_per_stage_cost(level).to_string());
            writeln!(out, "  most stated kind in a stage  {}", row(tops)).unwrap();
            writeln!(out, "  limit per kind in a stage    {}", row(limits)).unwrap();
        }
        let areas: Vec<String> = self
            .questions_per_area
            .iter()
            .map(|(a, c)| format!("{a} {c}"))
            .collect();
        writeln!(out, "questions per area: {}", areas.join(", ")).unwrap();
        writeln!(
            out,
            "seed ideas not covered: {}",
            if self.uncovered_ideas.is_empty() {
                "none".to_owned()
            } else {
                self.uncovered_ideas.join(", ")
            }
        )
        .unwrap();
        writeln!(out, "thresholds:").unwrap();
        for (ok, what) in self.checks() {
            writeln!(out, "  {} {what}", if ok { "pass" } else { "FAIL" }).unwrap();
        }
        let failures = self.failures();
        if failures.is_empty() {
            writeln!(out, "meets every threshold").unwrap();
        } else {
            writeln!(out, "misses {} thresholds", failures.len()).unwrap();
        }
        out
    }
}
