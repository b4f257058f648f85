//! The next moves: for every dimension not yet beyond the organisation's stage, the
//! move that lifts it one step from where it stands, weakest dimension first. At the
//! top of the curve the same rule yields moves for staying there.

use super::placement::Placement;
use super::scoring::Scores;
use super::stage::Stage;

/// One recommended move: look up its words with `bank.dimensions[dimension].moves[from]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NextMove {
    pub dimension: usize,
    /// The stage the dimension stands at, and so which of its moves applies.
    pub from: Stage,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Advice {
    /// The stage the moves lead to; `None` when already Integrated.
    pub toward: Option<Stage>,
    /// Most urgent first.
    pub moves: Vec<NextMove>,
}

pub fn advise(scores: &Scores, placement: &Placement) -> Advice {
    let mut lagging: Vec<_> = scores
        .dimensions
        .iter()
        .filter(|d| d.stage() <= placement.stage)
        .collect();
    // A stable sort keeps bank order among equal shares.
    lagging.sort_by_key(|d| d.share);
    Advice {
        toward: placement.stage.next(),
        moves: lagging
            .into_iter()
            .map(|d| NextMove {
                dimension: d.dimension,
                from: d.stage(),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::placement::place;

    fn advice_for(points: &[u32]) -> Advice {
        let scores = Scores::from_points(points);
        advise(&scores, &place(&scores))
    }

    #[test]
    fn weakest_dimensions_come_first_and_ties_keep_bank_order() {
        // Dimension 2 (0/6) holds the position at Defined; those at 3/6 and above are beyond it.
        let advice = advice_for(&[2, 4, 0, 3, 2, 5]);
        assert_eq!(advice.toward, Some(Stage::Aligned));
        let order: Vec<_> = advice.moves.iter().map(|m| (m.dimension, m.from)).collect();
        assert_eq!(
            order,
            vec![
                (2, Stage::Undefined),
                (0, Stage::Defined),
                (4, Stage::Defined),
            ]
        );
    }

    #[test]
    fn each_move_starts_from_the_dimensions_own_stage() {
        let advice = advice_for(&[3, 3, 1]);
        assert!(advice
            .moves
            .iter()
            .any(|m| m.dimension == 2 && m.from == Stage::Undefined));
    }

    #[test]
    fn integrated_organisations_get_moves_for_staying_there() {
        let advice = advice_for(&[6, 5, 6]);
        assert_eq!(advice.toward, None);
        assert_eq!(advice.moves.len(), 3);
        assert_eq!(
            advice.moves[0],
            NextMove {
                dimension: 1,
                from: Stage::Integrated
            }
        );
    }

    #[test]
    fn there_is_always_at_least_one_move() {
        for a in 0..=6 {
            for b in 0..=6 {
                assert!(!advice_for(&[a, b, 6]).moves.is_empty(), "{a} {b}");
            }
        }
    }
}
