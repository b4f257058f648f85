//! Where the organisation stands on the curve.
//!
//! The rule: the position is the average of the scored dimensions, but never above
//! the ceiling its weakest dimension sets (see [`Scoring::ceiling`]): a team is only
//! as joined-up as its weakest habit allows, give or take one step. The stage is the
//! band that holds the position. Too few scored dimensions place nothing.

use super::scoring::{Scores, Share};
use super::stage::Stage;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Placement {
    /// Where the marker sits on the curve, from 0 to 1.
    pub position: Share,
    pub stage: Stage,
    /// The dimensions that pulled the position below the plain average, in bank
    /// order; empty when the average stood.
    pub held_back_by: Vec<usize>,
}

/// The placement, or `None` when fewer dimensions were scored than the rule needs.
pub fn place(scores: &Scores) -> Option<Placement> {
    let scoring = scores.scoring;
    let scored = scores.scored().count();
    if scored < scoring.needed_dimensions(scores.dimensions.len()) {
        return None;
    }
    let average = scoring.position(scores.average?);
    let weakest = scores.weakest()?;
    let ceiling = scoring.ceiling(weakest);
    let (position, held_back_by) = if average > ceiling {
        (ceiling, scores.dimensions_at(weakest))
    } else {
        (average, Vec::new())
    };
    Some(Placement {
        position,
        stage: scoring.stage(position),
        held_back_by,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::scoring::Scoring;

    /// Version-1 scores: dimensions of two questions each, with these points out of 6.
    fn quarters(points: &[u32]) -> Scores {
        let shares: Vec<_> = points.iter().map(|&p| Some(Share::new(p, 6))).collect();
        Scores::from_shares(Scoring::EqualQuarters, &shares, &vec![2; points.len()])
    }

    /// Centred scores: dimensions with these points out of 9 (`None`: not enough answers).
    fn centred(points: &[Option<u32>]) -> Scores {
        let shares: Vec<_> = points.iter().map(|p| p.map(|p| Share::new(p, 9))).collect();
        let real: Vec<_> = points
            .iter()
            .map(|p| if p.is_some() { 3 } else { 1 })
            .collect();
        Scores::from_shares(Scoring::Centred, &shares, &real)
    }

    fn placed(scores: &Scores) -> Placement {
        place(scores).expect("enough dimensions")
    }

    #[test]
    fn an_even_profile_is_placed_at_its_average() {
        let placement = placed(&quarters(&[3, 3, 3, 3]));
        assert_eq!(placement.position, Share::new(1, 2));
        assert_eq!(placement.stage, Stage::Aligned);
        assert!(placement.held_back_by.is_empty());
    }

    #[test]
    fn one_undefined_dimension_caps_a_version_one_result_at_defined() {
        // Average 27/36 = 3/4 would be Integrated; the weakest (0/6) caps it at 1/4.
        let placement = placed(&quarters(&[0, 6, 6, 6, 6, 6, 3]));
        assert_eq!(placement.position, Share::new(1, 4));
        assert_eq!(placement.stage, Stage::Defined);
        assert_eq!(placement.held_back_by, vec![0]);
    }

    #[test]
    fn every_tied_weakest_dimension_is_named() {
        let placement = placed(&quarters(&[1, 6, 1, 6]));
        assert_eq!(placement.held_back_by, vec![0, 2]);
        // 1/6 + 1/4 = 5/12: Defined.
        assert_eq!(placement.position, Share::new(5, 12));
        assert_eq!(placement.stage, Stage::Defined);
    }

    #[test]
    fn an_average_exactly_at_the_ceiling_is_not_held_back() {
        // Weakest 3/6 = 1/2, ceiling 3/4; average (3 + 6) / 12 = 3/4.
        let placement = placed(&quarters(&[3, 6]));
        assert_eq!(placement.position, Share::new(3, 4));
        assert_eq!(placement.stage, Stage::Integrated);
        assert!(placement.held_back_by.is_empty());
    }

    #[test]
    fn extremes_sit_at_the_ends_of_the_curve() {
        for scores in [quarters(&[0, 0, 0]), centred(&[Some(0); 8])] {
            assert_eq!(placed(&scores).position, Share::NONE);
            assert_eq!(placed(&scores).stage, Stage::Undefined);
        }
        for scores in [quarters(&[6, 6, 6]), centred(&[Some(9); 8])] {
            assert_eq!(placed(&scores).position, Share::FULL);
            assert_eq!(placed(&scores).stage, Stage::Integrated);
        }
    }

    #[test]
    fn a_centred_position_is_the_whole_percent() {
        // (3 + 4 + 4) / 27 = 40.7% → 41.
        let placement = placed(&centred(&[Some(3), Some(4), Some(4)]));
        assert_eq!(placement.position, Share::percent_of_scale(41));
        assert_eq!(placement.stage, Stage::Defined);
    }

    #[test]
    fn an_undefined_area_holds_a_centred_result_at_the_top_of_defined() {
        let mut points = vec![Some(9); 8];
        points[5] = Some(1);
        let placement = placed(&centred(&points));
        assert_eq!(placement.position, Share::percent_of_scale(50));
        assert_eq!(placement.stage, Stage::Defined);
        assert_eq!(placement.held_back_by, vec![5]);
    }

    #[test]
    fn an_area_without_enough_answers_never_caps() {
        let mut points = vec![Some(9); 8];
        points[2] = None;
        let placement = placed(&centred(&points));
        assert_eq!(placement.stage, Stage::Integrated);
        assert!(placement.held_back_by.is_empty());
    }

    #[test]
    fn fewer_than_half_the_areas_scored_places_nothing() {
        let mut points = vec![None; 8];
        for slot in points.iter_mut().take(3) {
            *slot = Some(6);
        }
        assert_eq!(place(&centred(&points)), None);
        points[3] = Some(6);
        assert!(place(&centred(&points)).is_some());
    }
}
