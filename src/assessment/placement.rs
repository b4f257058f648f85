//! Where the organisation stands on the curve.
//!
//! The rule: the position is the average of all dimensions, but never more than one
//! stage's width (a quarter of the scale) above the weakest dimension. A team is
//! only as joined-up as its weakest habit allows, give or take one step; so an
//! organisation with one dimension still Undefined cannot be placed Aligned or
//! Integrated, however strong the rest. The stage is the band that holds the position.

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

pub fn place(scores: &Scores) -> Placement {
    let weakest = scores.weakest();
    let ceiling = weakest.plus(Share::ONE_STAGE);
    let (position, held_back_by) = if scores.average > ceiling {
        (ceiling, scores.dimensions_at(weakest))
    } else {
        (scores.average, Vec::new())
    };
    Placement {
        position,
        stage: position.stage(),
        held_back_by,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_even_profile_is_placed_at_its_average() {
        let placement = place(&Scores::from_points(&[3, 3, 3, 3]));
        assert_eq!(placement.position, Share::new(1, 2));
        assert_eq!(placement.stage, Stage::Aligned);
        assert!(placement.held_back_by.is_empty());
    }

    #[test]
    fn one_undefined_dimension_caps_the_organisation_at_defined() {
        // Average 27/36 = 3/4 would be Integrated; the weakest (0/6) caps it at 1/4.
        let placement = place(&Scores::from_points(&[0, 6, 6, 6, 6, 6, 3]));
        assert_eq!(placement.position, Share::new(1, 4));
        assert_eq!(placement.stage, Stage::Defined);
        assert_eq!(placement.held_back_by, vec![0]);
    }

    #[test]
    fn every_tied_weakest_dimension_is_named() {
        let placement = place(&Scores::from_points(&[1, 6, 1, 6]));
        assert_eq!(placement.held_back_by, vec![0, 2]);
        // 1/6 + 1/4 = 5/12: Defined.
        assert_eq!(placement.position, Share::new(5, 12));
        assert_eq!(placement.stage, Stage::Defined);
    }

    #[test]
    fn an_average_exactly_at_the_ceiling_is_not_held_back() {
        // Weakest 3/6 = 1/2, ceiling 3/4; average (3 + 6) / 12 = 3/4.
        let placement = place(&Scores::from_points(&[3, 6]));
        assert_eq!(placement.position, Share::new(3, 4));
        assert_eq!(placement.stage, Stage::Integrated);
        assert!(placement.held_back_by.is_empty());
    }

    #[test]
    fn integrated_needs_every_dimension_at_least_aligned() {
        // Weakest 2/6 (Defined) caps the position at 1/3 + 1/4 = 7/12: Aligned.
        let placement = place(&Scores::from_points(&[2, 6, 6, 6, 6, 6, 6, 6]));
        assert_eq!(placement.stage, Stage::Aligned);
        assert_eq!(placement.position, Share::new(7, 12));
    }

    #[test]
    fn extremes_sit_at_the_ends_of_the_curve() {
        assert_eq!(
            place(&Scores::from_points(&[0, 0, 0])).position,
            Share::NONE
        );
        assert_eq!(
            place(&Scores::from_points(&[0, 0, 0])).stage,
            Stage::Undefined
        );
        assert_eq!(
            place(&Scores::from_points(&[6, 6, 6])).position,
            Share::FULL
        );
        assert_eq!(
            place(&Scores::from_points(&[6, 6, 6])).stage,
            Stage::Integrated
        );
    }
}
