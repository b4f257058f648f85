//! Scores per dimension and overall, as exact fractions of the full scale.
//!
//! Each answer is worth its stage's level: 0 (Undefined) to 3 (Integrated). A
//! dimension's share is its points over the most it could have; the average is
//! all points over the most possible. Because every dimension has the same number
//! of questions, that average weighs every dimension equally.

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
    /// The width of one stage's band on the curve.
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

    /// The stage whose band holds this share. The four bands are equal quarters of
    /// the scale; a share exactly on a boundary belongs to the higher stage.
    pub fn stage(self) -> Stage {
        let quarter = u64::from(self.points) * Stage::ALL.len() as u64 / u64::from(self.out_of);
        Stage::from_level(quarter as u32).unwrap_or(Stage::Integrated)
    }

    /// Whole percent, rounded down so that it never crosses a stage boundary the
    /// share itself has not crossed (bands start at 25, 50 and 75).
    pub fn percent(self) -> u32 {
        self.points * 100 / self.out_of
    }

    /// For drawing only: never compare these, compare shares.
    pub fn as_f32(self) -> f32 {
        self.points as f32 / self.out_of as f32
    }

    /// This share plus `other`, capped at the full scale.
    pub fn plus(self, other: Share) -> Share {
        Share::new(
            self.points * other.out_of + other.points * self.out_of,
            self.out_of * other.out_of,
        )
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

/// How one dimension scored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DimensionScore {
    /// Index into [`Bank::dimensions`].
    pub dimension: usize,
    pub share: Share,
}

impl DimensionScore {
    pub fn stage(&self) -> Stage {
        self.share.stage()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scores {
    /// One per dimension, in bank order.
    pub dimensions: Vec<DimensionScore>,
    pub average: Share,
}

impl Scores {
    /// The lowest dimension share.
    pub fn weakest(&self) -> Share {
        self.dimensions
            .iter()
            .map(|d| d.share)
            .min()
            .unwrap_or(Share::NONE)
    }

    /// The highest dimension share.
    pub fn strongest(&self) -> Share {
        self.dimensions
            .iter()
            .map(|d| d.share)
            .max()
            .unwrap_or(Share::NONE)
    }

    /// The dimensions whose share equals `share`, in bank order.
    pub fn dimensions_at(&self, share: Share) -> Vec<usize> {
        self.dimensions
            .iter()
            .filter(|d| d.share == share)
            .map(|d| d.dimension)
            .collect()
    }
}

/// Scores `answers`, which must have been made for `bank`.
pub fn score(bank: &Bank, answers: &Answers) -> Scores {
    let mut points = vec![0u32; bank.dimensions.len()];
    let mut counts = vec![0u32; bank.dimensions.len()];
    for (question, choice) in bank.questions.iter().zip(answers.choices()) {
        points[question.dimension] += choice.stage(question).level();
        counts[question.dimension] += 1;
    }
    let dimensions = points
        .iter()
        .zip(&counts)
        .enumerate()
        .map(|(dimension, (&points, &count))| DimensionScore {
            dimension,
            share: Share::new(points, (count * Stage::TOP_LEVEL).max(1)),
        })
        .collect();
    let total_points = points.iter().sum();
    let total_count: u32 = counts.iter().sum();
    Scores {
        dimensions,
        average: Share::new(total_points, (total_count * Stage::TOP_LEVEL).max(1)),
    }
}

#[cfg(test)]
impl Scores {
    /// Scores for dimensions of two questions each, with these points out of 6.
    pub(crate) fn from_points(points: &[u32]) -> Scores {
        Scores {
            dimensions: points
                .iter()
                .enumerate()
                .map(|(dimension, &p)| DimensionScore {
                    dimension,
                    share: Share::new(p, 6),
                })
                .collect(),
            average: Share::new(points.iter().sum(), 6 * points.len() as u32),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_are_equal_quarters_and_boundaries_go_up() {
        let cases = [
            (0, 12, Stage::Undefined),
            (2, 12, Stage::Undefined),
            (3, 12, Stage::Defined),
            (5, 12, Stage::Defined),
            (6, 12, Stage::Aligned),
            (8, 12, Stage::Aligned),
            (9, 12, Stage::Integrated),
            (12, 12, Stage::Integrated),
        ];
        for (points, out_of, stage) in cases {
            assert_eq!(
                Share::new(points, out_of).stage(),
                stage,
                "{points}/{out_of}"
            );
        }
    }

    #[test]
    fn just_below_a_boundary_stays_in_the_lower_band() {
        // 14/60 < 1/4 < 15/60 ... the smallest steps a 20-question bank can make.
        assert_eq!(Share::new(14, 60).stage(), Stage::Undefined);
        assert_eq!(Share::new(15, 60).stage(), Stage::Defined);
        assert_eq!(Share::new(29, 60).stage(), Stage::Defined);
        assert_eq!(Share::new(30, 60).stage(), Stage::Aligned);
        assert_eq!(Share::new(44, 60).stage(), Stage::Aligned);
        assert_eq!(Share::new(45, 60).stage(), Stage::Integrated);
    }

    #[test]
    fn shares_compare_as_fractions() {
        assert_eq!(Share::new(1, 2), Share::new(3, 6));
        assert!(Share::new(1, 3) < Share::new(1, 2));
        assert_eq!(Share::new(1, 4).plus(Share::new(1, 4)), Share::new(1, 2));
        assert_eq!(Share::new(7, 8).plus(Share::ONE_STAGE), Share::FULL);
    }

    #[test]
    fn percent_rounds_down_and_agrees_with_the_stage() {
        assert_eq!(Share::new(1, 6).percent(), 16);
        assert_eq!(Share::new(2, 3).percent(), 66);
        for points in 0..=60 {
            let share = Share::new(points, 60);
            assert_eq!(
                Stage::from_level((share.percent() / 25).min(3)),
                Some(share.stage()),
                "{points}/60"
            );
        }
        assert_eq!(Share::FULL.percent(), 100);
        assert_eq!(Share::NONE.percent(), 0);
    }

    #[test]
    fn shares_never_exceed_the_scale() {
        assert_eq!(Share::new(5, 4), Share::FULL);
    }
}
