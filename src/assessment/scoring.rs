//! Scores per dimension and overall, as exact fractions of the full scale, and the
//! rule that turns them into stages.
//!
//! Each real answer is worth its stage's level: 0 (Undefined) to 3 (Integrated); a
//! "not sure" answer is left out. A dimension's share is its points over the most its
//! real answers could earn. Each bank names its [`Scoring`] rule, so a result link
//! keeps the rule it was made with.

use super::answers::Answers;
use super::bank::Bank;
use super::stage::Stage;
use std::cmp::Ordering;

/// A fraction of the full scale, from 0 (all Undefined) to 1 (all Integrated),
/// kept exact so that stage boundaries never suffer from rounding.
#[derive(Clone, Copy, Debug)]
pub struct Share {
    points: u32,
    out_of: u32,
}

impl Share {
    pub const NONE: Share = Share {
        points: 0,
        out_of: 1,
    };
    pub const FULL: Share = Share {
        points: 1,
        out_of: 1,
    };
    /// The width of one stage's band under [`Scoring::EqualQuarters`].
    pub const ONE_STAGE: Share = Share {
        points: 1,
        out_of: Stage::ALL.len() as u32,
    };

    /// `points` out of `out_of`, clamped to the full scale; `out_of` must not be 0.
    pub fn new(points: u32, out_of: u32) -> Share {
        assert!(out_of > 0, "a share needs a scale");
        Share {
            points: points.min(out_of),
            out_of,
        }
    }

    /// A whole percent of the full scale.
    pub const fn percent_of_scale(percent: u32) -> Share {
        Share {
            points: if percent > 100 { 100 } else { percent },
            out_of: 100,
        }
    }

    /// Whole percent, rounded to the nearest (a half rounds up).
    pub fn percent(self) -> u32 {
        (self.points * 200 + self.out_of) / (2 * self.out_of)
    }

    /// Thousandths of the scale, rounded to the nearest: for drawing only.
    pub fn per_mille(self) -> u32 {
        (self.points * 2000 + self.out_of) / (2 * self.out_of)
    }

    /// This share plus `other`, capped at the full scale.
    pub fn plus(self, other: Share) -> Share {
        Share::new(
            self.points * other.out_of + other.points * self.out_of,
            self.out_of * other.out_of,
        )
    }

    /// The mean of `shares`; `None` when there are none.
    pub fn mean(shares: impl Iterator<Item = Share>) -> Option<Share> {
        let (sum, count) = shares.fold((Share::NONE, 0u32), |(sum, count), share| {
            let total = Share {
                points: sum.points * share.out_of + share.points * sum.out_of,
                out_of: sum.out_of * share.out_of,
            };
            (total.reduced(), count + 1)
        });
        (count > 0).then(|| Share::new(sum.points, sum.out_of * count).reduced())
    }

    /// The same fraction in lowest terms, so sums of many shares do not overflow.
    fn reduced(self) -> Share {
        let gcd = gcd(self.points, self.out_of).max(1);
        Share {
            points: self.points / gcd,
            out_of: self.out_of / gcd,
        }
    }
}

fn gcd(a: u32, b: u32) -> u32 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

impl PartialEq for Share {
    fn eq(&self, other: &Share) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Share {}

impl PartialOrd for Share {
    fn partial_cmp(&self, other: &Share) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Share {
    fn cmp(&self, other: &Share) -> Ordering {
        let left = u64::from(self.points) * u64::from(other.out_of);
        let right = u64::from(other.points) * u64::from(self.out_of);
        left.cmp(&right)
    }
}

/// How shares become stages, and how far the weakest area holds an organisation back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scoring {
    /// Version 1: four equal quarters of the scale, a share on a boundary belongs to
    /// the higher stage, and the position is at most one quarter above the weakest area.
    EqualQuarters,
    /// From version 2: bands centred on the four answer types, read from the whole
    /// percent (0–17, 18–50, 51–83, 84–100), so all-Defined answers (33) sit mid-band
    /// and a mix exactly halfway between two types stays at the lower one. The stage
    /// is at most one stage above the weakest area's stage. "Not sure" is left out;
    /// an area needs two real answers and an organisation half its areas.
    Centred,
}

/// Where the centred bands above Undefined begin, in whole percent.
const CENTRED_STARTS: [u32; 3] = [18, 51, 84];
/// Real answers a dimension needs before it is scored under [`Scoring::Centred`].
pub const MIN_REAL_ANSWERS: u32 = 2;

impl Scoring {
    /// The stage whose band holds `share`.
    pub fn stage(self, share: Share) -> Stage {
        let level = match self {
            Scoring::EqualQuarters => {
                u64::from(share.points) * Stage::ALL.len() as u64 / u64::from(share.out_of)
            }
            Scoring::Centred => {
                let percent = share.percent();
                CENTRED_STARTS
                    .iter()
                    .filter(|&&start| percent >= start)
                    .count() as u64
            }
        };
        Stage::from_level(level as u32).unwrap_or(Stage::Integrated)
    }

    /// Where the bands of Defined, Aligned and Integrated begin on the scale, in
    /// thousandths: for drawing the curve.
    pub fn band_starts_per_mille(self) -> [u32; 3] {
        match self {
            Scoring::EqualQuarters => [250, 500, 750],
            // A whole percent of 18 starts at 17.5 before rounding.
            Scoring::Centred => CENTRED_STARTS.map(|start| start * 10 - 5),
        }
    }

    /// The whole percents a stage's band covers, lowest and highest, as a visitor
    /// reads them.
    pub fn band_range(self, stage: Stage) -> (u32, u32) {
        let starts = match self {
            Scoring::EqualQuarters => [25, 50, 75],
            Scoring::Centred => CENTRED_STARTS,
        };
        let level = stage.level() as usize;
        let low = if level == 0 { 0 } else { starts[level - 1] };
        let high = starts.get(level).map_or(100, |next| next - 1);
        (low, high)
    }

    /// The position an average stands for: under the centred rule the whole percent,
    /// which is what the visitor reads and what decides the stage.
    pub fn position(self, average: Share) -> Share {
        match self {
            Scoring::EqualQuarters => average,
            Scoring::Centred => Share::percent_of_scale(average.percent()),
        }
    }

    /// The highest position an organisation may reach when its weakest area has
    /// the share `weakest`.
    pub fn ceiling(self, weakest: Share) -> Share {
        match self {
            Scoring::EqualQuarters => weakest.plus(Share::ONE_STAGE),
            Scoring::Centred => match self.stage(weakest).next().and_then(Stage::next) {
                // The top of the band one stage up is where the next band begins, less one.
                Some(beyond) => {
                    Share::percent_of_scale(CENTRED_STARTS[beyond.level() as usize - 1] - 1)
                }
                None => Share::FULL,
            },
        }
    }

    /// Real answers a dimension of `questions` questions needs to be scored.
    fn needed_answers(self, questions: u32) -> u32 {
        match self {
            Scoring::EqualQuarters => questions,
            Scoring::Centred => MIN_REAL_ANSWERS.min(questions),
        }
    }

    /// Scored dimensions an organisation needs before it is placed: half of them.
    pub fn needed_dimensions(self, dimensions: usize) -> usize {
        dimensions.div_ceil(2).max(1)
    }
}

/// How one dimension scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DimensionScore {
    /// Index into [`Bank::dimensions`].
    pub dimension: usize,
    /// `None` when too few of its questions had a real answer.
    pub share: Option<Share>,
    pub stage: Option<Stage>,
    /// Questions answered with something other than "not sure".
    pub real_answers: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scores {
    pub scoring: Scoring,
    /// One per dimension, in bank order.
    pub dimensions: Vec<DimensionScore>,
    /// The mean of the scored dimensions; `None` when none was scored.
    pub average: Option<Share>,
}

impl Scores {
    /// Scores from each dimension's share (`None` for "not enough answers").
    pub fn from_shares(scoring: Scoring, shares: &[Option<Share>], real_answers: &[u32]) -> Scores {
        let dimensions: Vec<DimensionScore> = shares
            .iter()
            .zip(real_answers)
            .enumerate()
            .map(|(dimension, (&share, &real_answers))| DimensionScore {
                dimension,
                share,
                stage: share.map(|s| scoring.stage(s)),
                real_answers,
            })
            .collect();
        let average = Share::mean(dimensions.iter().filter_map(|d| d.share));
        Scores {
            scoring,
            dimensions,
            average,
        }
    }

    /// The scored dimensions.
    pub fn scored(&self) -> impl Iterator<Item = &DimensionScore> {
        self.dimensions.iter().filter(|d| d.share.is_some())
    }

    /// The lowest share among scored dimensions.
    pub fn weakest(&self) -> Option<Share> {
        self.scored().filter_map(|d| d.share).min()
    }

    /// The scored dimensions whose share equals `share`, in bank order.
    pub fn dimensions_at(&self, share: Share) -> Vec<usize> {
        self.scored()
            .filter(|d| d.share == Some(share))
            .map(|d| d.dimension)
            .collect()
    }
}

/// Scores `answers`, which must have been made for `bank`.
pub fn score(bank: &Bank, answers: &Answers) -> Scores {
    let count = bank.dimensions.len();
    let mut points = vec![0u32; count];
    let mut real = vec![0u32; count];
    let mut questions = vec![0u32; count];
    for (question, choice) in bank.questions.iter().zip(answers.choices()) {
        questions[question.dimension] += 1;
        if let Some(stage) = choice.stage(question) {
            points[question.dimension] += stage.level();
            real[question.dimension] += 1;
        }
    }
    let shares: Vec<Option<Share>> = (0..count)
        .map(|d| {
            let enough = real[d] >= bank.scoring.needed_answers(questions[d]) && real[d] > 0;
            enough.then(|| Share::new(points[d], real[d] * Stage::TOP_LEVEL))
        })
        .collect();
    Scores::from_shares(bank.scoring, &shares, &real)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn share(points: u32, out_of: u32) -> Share {
        Share::new(points, out_of)
    }

    #[test]
    fn equal_quarters_and_boundaries_go_up() {
        let cases = [
            (0, 12, Stage::Undefined),
            (2, 12, Stage::Undefined),
            (3, 12, Stage::Defined),
            (5, 12, Stage::Defined),
            (6, 12, Stage::Aligned),
            (8, 12, Stage::Aligned),
            (9, 12, Stage::Integrated),
            (12, 12, Stage::Integrated),
            // The smallest steps a 20-question bank can make.
            (14, 60, Stage::Undefined),
            (15, 60, Stage::Defined),
            (29, 60, Stage::Defined),
            (30, 60, Stage::Aligned),
            (44, 60, Stage::Aligned),
            (45, 60, Stage::Integrated),
        ];
        for (points, out_of, stage) in cases {
            assert_eq!(
                Scoring::EqualQuarters.stage(share(points, out_of)),
                stage,
                "{points}/{out_of}"
            );
        }
    }

    #[test]
    fn centred_bands_read_the_whole_percent() {
        let cases = [
            (0, 100, Stage::Undefined),
            (17, 100, Stage::Undefined),
            (18, 100, Stage::Defined),
            (50, 100, Stage::Defined),
            (51, 100, Stage::Aligned),
            (83, 100, Stage::Aligned),
            (84, 100, Stage::Integrated),
            (100, 100, Stage::Integrated),
            // Halfway between two answer types stays at the lower one.
            (1, 6, Stage::Undefined),
            (1, 2, Stage::Defined),
            (5, 6, Stage::Aligned),
            // All answers of one type sit in that type's band.
            (1, 3, Stage::Defined),
            (2, 3, Stage::Aligned),
            // 17.5 rounds to 18.
            (35, 200, Stage::Defined),
            (349, 2000, Stage::Undefined),
        ];
        for (points, out_of, stage) in cases {
            assert_eq!(
                Scoring::Centred.stage(share(points, out_of)),
                stage,
                "{points}/{out_of}"
            );
        }
    }

    #[test]
    fn centred_ceilings_end_one_band_above_the_weakest() {
        let ceiling = |points, out_of| Scoring::Centred.ceiling(share(points, out_of));
        assert_eq!(ceiling(0, 9), Share::percent_of_scale(50));
        assert_eq!(ceiling(1, 6), Share::percent_of_scale(50));
        assert_eq!(ceiling(3, 9), Share::percent_of_scale(83));
        assert_eq!(ceiling(6, 9), Share::FULL);
        assert_eq!(ceiling(9, 9), Share::FULL);
        assert_eq!(Scoring::EqualQuarters.ceiling(share(1, 6)), share(5, 12));
    }

    #[test]
    fn band_starts_match_the_stage_rule() {
        for scoring in [Scoring::EqualQuarters, Scoring::Centred] {
            for (level, start) in scoring.band_starts_per_mille().into_iter().enumerate() {
                let stage = Stage::from_level(level as u32 + 1).unwrap();
                assert_eq!(
                    scoring.stage(share(start, 1000)),
                    stage,
                    "{scoring:?} {start}"
                );
                assert!(
                    scoring.stage(share(start - 1, 1000)) < stage,
                    "{scoring:?} {start}"
                );
            }
        }
    }

    #[test]
    fn band_ranges_hold_their_stages_and_tile_the_scale() {
        for scoring in [Scoring::EqualQuarters, Scoring::Centred] {
            let mut next_low = 0;
            for stage in Stage::ALL {
                let (low, high) = scoring.band_range(stage);
                assert_eq!(low, next_low, "{scoring:?} {stage:?}");
                for percent in [low, high] {
                    let share = Share::percent_of_scale(percent);
                    assert_eq!(scoring.stage(share), stage, "{scoring:?} {percent}");
                }
                next_low = high + 1;
            }
            assert_eq!(next_low, 101);
        }
        assert_eq!(Scoring::Centred.band_range(Stage::Defined), (18, 50));
        assert_eq!(Scoring::EqualQuarters.band_range(Stage::Aligned), (50, 74));
    }

    #[test]
    fn percent_rounds_to_the_nearest() {
        assert_eq!(share(1, 6).percent(), 17);
        assert_eq!(share(2, 3).percent(), 67);
        assert_eq!(share(1, 3).percent(), 33);
        assert_eq!(share(1, 200).percent(), 1);
        assert_eq!(share(1, 201).percent(), 0);
        assert_eq!(Share::FULL.percent(), 100);
        assert_eq!(Share::NONE.percent(), 0);
    }

    /// Version 1 results show rounded percents now; none of the shares a 20-question
    /// bank can make rounds across one of its band boundaries.
    #[test]
    fn rounded_percents_agree_with_the_equal_quarters() {
        for points in 0..=60 {
            let share = share(points, 60);
            assert_eq!(
                Stage::from_level((share.percent() / 25).min(3)),
                Some(Scoring::EqualQuarters.stage(share)),
                "{points}/60"
            );
        }
    }

    #[test]
    fn shares_compare_as_fractions_and_never_exceed_the_scale() {
        assert_eq!(share(1, 2), share(3, 6));
        assert!(share(1, 3) < share(1, 2));
        assert_eq!(share(1, 4).plus(share(1, 4)), share(1, 2));
        assert_eq!(share(7, 8).plus(Share::ONE_STAGE), Share::FULL);
        assert_eq!(share(5, 4), Share::FULL);
    }

    #[test]
    fn the_mean_is_exact() {
        let mean = Share::mean([share(1, 3), share(2, 3), share(1, 2)].into_iter());
        assert_eq!(mean, Some(share(1, 2)));
        assert_eq!(Share::mean(std::iter::empty()), None);
        let many = Share::mean((0..24).map(|i| share(i % 10, 9 - i % 3)));
        assert!(many.is_some());
    }
}
