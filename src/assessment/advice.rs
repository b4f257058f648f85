//! The next moves: for every scored dimension not yet beyond the organisation's
//! stage, the move that lifts it one step from where it stands, weakest dimension
//! first. At the top of the curve the same rule yields moves for staying there. The
//! market, where the respondent gave it, says whether the last step is worth taking.

use super::answers::Context;
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
    /// The stage the moves lead to; `None` when already at the top.
    pub toward: Option<Stage>,
    /// Most urgent first.
    pub moves: Vec<NextMove>,
    /// The moves' areas do not all score the same, so their order says where to start.
    pub ranked: bool,
    /// The organisation stands one step below the top in a market where that step
    /// rarely pays: its stage is a sound place to stay, and the moves are optional.
    pub may_stay: bool,
}

/// How many moves a result shows first, the rest folded away; a plan takes these.
pub const FIRST_MOVES: usize = 3;

pub fn advise(scores: &Scores, placement: &Placement, context: Context) -> Advice {
    let mut lagging: Vec<(_, Stage)> = scores
        .scored()
        .filter_map(|d| Some((d.share?, d.stage?, d.dimension)))
        .filter(|&(_, stage, _)| stage <= placement.stage)
        .map(|(share, stage, dimension)| ((share, dimension), stage))
        .collect();
    // Weakest first; equal shares keep bank order.
    lagging.sort_by_key(|&(key, _)| key);
    let toward = placement.stage.next();
    // Sorted, so the first and last share differ unless all are the same.
    let ranked = lagging.first().map(|m| m.0 .0) != lagging.last().map(|m| m.0 .0);
    Advice {
        toward,
        ranked,
        moves: lagging
            .into_iter()
            .map(|((_, dimension), from)| NextMove { dimension, from })
            .collect(),
        may_stay: toward == Some(Stage::Integrated) && context == Context::AlignedSuffices,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::placement::place;
    use crate::assessment::scoring::{Scoring, Share};

    fn advice_for(points: &[u32], context: Context) -> Advice {
        let shares: Vec<_> = points.iter().map(|&p| Some(Share::new(p, 9))).collect();
        let scores = Scores::from_shares(Scoring::Centred, &shares, &vec![3; points.len()]);
        advise(&scores, &place(&scores).unwrap(), context)
    }

    fn order(advice: &Advice) -> Vec<(usize, Stage)> {
        advice.moves.iter().map(|m| (m.dimension, m.from)).collect()
    }

    #[test]
    fn weakest_dimensions_come_first_and_ties_keep_bank_order() {
        // Average 26/54 = 48%: Defined. Dimensions 1 (Aligned) and 5 (Integrated) are
        // beyond it; the rest climb from where each stands.
        let advice = advice_for(&[3, 6, 1, 4, 3, 9], Context::Unknown);
        assert_eq!(advice.toward, Some(Stage::Aligned));
        assert_eq!(
            order(&advice),
            vec![
                (2, Stage::Undefined),
                (0, Stage::Defined),
                (4, Stage::Defined),
                (3, Stage::Defined),
            ]
        );
        assert!(!advice.may_stay);
    }

    #[test]
    fn integrated_organisations_get_moves_for_staying_there() {
        let advice = advice_for(&[9, 8, 9], Context::Unknown);
        assert_eq!(advice.toward, None);
        assert_eq!(
            order(&advice),
            vec![
                (1, Stage::Integrated),
                (0, Stage::Integrated),
                (2, Stage::Integrated)
            ]
        );
    }

    #[test]
    fn aligned_may_stay_only_where_the_market_says_so() {
        let aligned = [6, 6, 5, 6];
        assert!(advice_for(&aligned, Context::AlignedSuffices).may_stay);
        assert!(!advice_for(&aligned, Context::Unknown).may_stay);
        assert!(!advice_for(&aligned, Context::FavoursIntegration).may_stay);
        assert!(!advice_for(&[3, 3, 3], Context::AlignedSuffices).may_stay);
    }

    #[test]
    fn unscored_dimensions_get_no_move() {
        let shares = [Some(Share::new(3, 9)), None, Some(Share::new(3, 9))];
        let scores = Scores::from_shares(Scoring::Centred, &shares, &[3, 1, 3]);
        let advice = advise(&scores, &place(&scores).unwrap(), Context::Unknown);
        assert_eq!(
            order(&advice),
            vec![(0, Stage::Defined), (2, Stage::Defined)]
        );
    }

    // Issue 30, item 12: "Weakest areas first: start at the top" showed when all areas tied.
    #[test]
    fn weakest_areas_first_shows_when_all_areas_tie() {
        assert!(!advice_for(&[5, 5, 5], Context::Unknown).ranked);
        assert!(!advice_for(&[9, 9, 9], Context::Unknown).ranked);
        assert!(advice_for(&[3, 6, 1, 4, 3, 9], Context::Unknown).ranked);
        assert!(advice_for(&[9, 8, 9], Context::Unknown).ranked);
        // Areas beyond the stage get no move, so only the moves' own scores count.
        assert!(!advice_for(&[3, 3, 9], Context::Unknown).ranked);
    }
}
