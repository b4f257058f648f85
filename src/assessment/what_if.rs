//! What would move a result: the fewest whole bands of area scores that would place
//! the organisation a stage higher, and the result its areas would give at other bands
//! (the explorer). It speaks in areas and bands, never in answers, so a retake stays
//! an honest one.
//!
//! An area set to a higher band than its own counts at the lowest score that band
//! allows, and one set lower at the highest: the least change that still reaches the
//! band. Raising an area never lowers the position (the average rises, and so does the
//! ceiling its weakest area sets), so the search below may stop at the first total of
//! bands that reaches the next stage.

use super::placement::{place, Placement};
use super::scoring::{Scores, Share};
use super::stage::Stage;
use std::cmp::Ordering;

/// One area raised from the band it scored in to a higher one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Raise {
    /// Index into the bank's dimensions.
    pub dimension: usize,
    pub from: Stage,
    pub to: Stage,
}

impl Raise {
    /// Whole bands between `from` and `to`.
    pub fn bands(self) -> u32 {
        self.to.level() - self.from.level()
    }
}

/// Where the weakest area holds the stage down: whether raising it (each tied weakest
/// area, by one band) would be enough for the next stage on its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cap {
    /// In bank order.
    pub dimensions: Vec<usize>,
    pub alone_enough: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WhatIf {
    /// The stage one up from the result's.
    pub toward: Stage,
    /// The smallest set of raises that reaches `toward`, in bank order: fewest bands in
    /// all, then fewest areas; a tie goes to the set that raises weaker areas, then to
    /// quicker moves, then to the areas listed first.
    pub raises: Vec<Raise>,
    /// Set when the weakest area caps the result.
    pub cap: Option<Cap>,
}

/// The scores with each area set to a band (one per dimension, `None` for an area with
/// too few answers, which stays unscored): an area at its own band keeps its score.
pub fn with_bands(scores: &Scores, bands: &[Option<Stage>]) -> Scores {
    let scoring = scores.scoring;
    let shares: Vec<Option<Share>> = scores
        .dimensions
        .iter()
        .zip(bands)
        .map(|(area, &band)| {
            let (share, own) = (area.share?, area.stage?);
            let band = band.unwrap_or(own);
            let (lowest, highest) = scoring.band_range(band);
            Some(match band.cmp(&own) {
                Ordering::Equal => share,
                Ordering::Greater => Share::percent_of_scale(lowest),
                Ordering::Less => Share::percent_of_scale(highest),
            })
        })
        .collect();
    let real: Vec<u32> = scores.dimensions.iter().map(|d| d.real_answers).collect();
    Scores::from_shares(scoring, &shares, &real)
}

/// The placement the areas would give at `bands` (see [`with_bands`]).
pub fn place_at(scores: &Scores, bands: &[Option<Stage>]) -> Option<Placement> {
    place(&with_bands(scores, bands))
}

/// What would move a placed result below the top one stage up. `effort` ranks the
/// move that lifts an area from a stage (0 the quickest), for ties.
pub fn what_would_move(scores: &Scores, effort: impl Fn(usize, Stage) -> u32) -> Option<WhatIf> {
    let placement = place(scores)?;
    let toward = placement.stage.next()?;
    let own: Vec<Option<Stage>> = scores.dimensions.iter().map(|d| d.stage).collect();
    let reaches = |raised: &[u32]| {
        let bands: Vec<Option<Stage>> = own
            .iter()
            .zip(raised)
            .map(|(band, &up)| band.and_then(|b| Stage::from_level(b.level() + up)))
            .collect();
        place_at(scores, &bands).is_some_and(|p| p.stage >= toward)
    };
    let room: Vec<u32> = own
        .iter()
        .map(|band| band.map_or(0, |b| Stage::TOP_LEVEL - b.level()))
        .collect();
    let candidate = |raised: &[u32]| Candidate::new(scores, &effort, raised);
    let raises = (1..=room.iter().sum())
        .find_map(|total| {
            every_spread(total, &room)
                .into_iter()
                .filter(|raised| reaches(raised))
                .map(|raised| candidate(&raised))
                .min_by(|a, b| a.rank.cmp(&b.rank))
        })?
        .raises;
    let cap = (!placement.held_back_by.is_empty()).then(|| {
        let mut raised = vec![0; own.len()];
        for &d in &placement.held_back_by {
            raised[d] = room[d].min(1);
        }
        Cap {
            dimensions: placement.held_back_by.clone(),
            alone_enough: reaches(&raised),
        }
    });
    Some(WhatIf {
        toward,
        raises,
        cap,
    })
}

/// Every way to spread `total` bands over areas with the given room, each at most its room.
fn every_spread(total: u32, room: &[u32]) -> Vec<Vec<u32>> {
    let Some((&first, rest)) = room.split_first() else {
        return if total == 0 {
            vec![Vec::new()]
        } else {
            Vec::new()
        };
    };
    (0..=first.min(total))
        .flat_map(|here| {
            every_spread(total - here, rest)
                .into_iter()
                .map(move |mut tail| {
                    tail.insert(0, here);
                    tail
                })
        })
        .collect()
}

/// A set of raises with what ranks it against another of the same total of bands:
/// fewer areas, then weaker areas raised (their scores, weakest first), then quicker
/// moves, then the areas listed first.
struct Candidate {
    rank: (usize, Vec<Share>, u32, Vec<usize>),
    raises: Vec<Raise>,
}

impl Candidate {
    fn new(scores: &Scores, effort: &impl Fn(usize, Stage) -> u32, raised: &[u32]) -> Candidate {
        let raises: Vec<Raise> = scores
            .dimensions
            .iter()
            .zip(raised)
            .filter(|&(_, &up)| up > 0)
            .filter_map(|(d, &up)| {
                let from = d.stage?;
                Some(Raise {
                    dimension: d.dimension,
                    from,
                    to: Stage::from_level(from.level() + up)?,
                })
            })
            .collect();
        let mut weakest_first: Vec<Share> = raises
            .iter()
            .filter_map(|r| scores.dimensions[r.dimension].share)
            .collect();
        weakest_first.sort();
        let effort = raises
            .iter()
            .flat_map(|r| (r.from.level()..r.to.level()).map(move |l| (r.dimension, l)))
            .filter_map(|(d, level)| Some(effort(d, Stage::from_level(level)?)))
            .sum();
        let order = raises.iter().map(|r| r.dimension).collect();
        Candidate {
            rank: (raises.len(), weakest_first, effort, order),
            raises,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::scoring::Scoring;
    use proptest::prelude::*;

    /// Centred scores: areas of three questions with these points out of 9 (`None`:
    /// not enough answers).
    fn centred(points: &[Option<u32>]) -> Scores {
        scores(Scoring::Centred, 9, points)
    }

    /// Version-1 scores: areas of two questions with these points out of 6.
    fn quarters(points: &[Option<u32>]) -> Scores {
        scores(Scoring::EqualQuarters, 6, points)
    }

    fn scores(scoring: Scoring, out_of: u32, points: &[Option<u32>]) -> Scores {
        let shares: Vec<_> = points
            .iter()
            .map(|p| p.map(|p| Share::new(p, out_of)))
            .collect();
        let real: Vec<_> = points
            .iter()
            .map(|p| if p.is_some() { out_of / 3 } else { 0 })
            .collect();
        Scores::from_shares(scoring, &shares, &real)
    }

    fn all(points: &[u32]) -> Vec<Option<u32>> {
        points.iter().map(|&p| Some(p)).collect()
    }

    fn no_effort(_: usize, _: Stage) -> u32 {
        0
    }

    fn raise(dimension: usize, from: Stage, to: Stage) -> Raise {
        Raise {
            dimension,
            from,
            to,
        }
    }

    /// The oracle: every combination of raises within each area's room, the ones that
    /// reach the next stage, ranked by the rule as written, with nothing shared with the
    /// search but the placement.
    fn brute_force(scores: &Scores, effort: impl Fn(usize, Stage) -> u32) -> Option<Vec<Raise>> {
        let toward = place(scores)?.stage.next()?;
        let own: Vec<Option<Stage>> = scores.dimensions.iter().map(|d| d.stage).collect();
        let mut combinations: Vec<Vec<u32>> = vec![Vec::new()];
        for band in &own {
            let room = band.map_or(0, |b| 3 - b.level());
            combinations = combinations
                .into_iter()
                .flat_map(|c| (0..=room).map(move |up| [c.clone(), vec![up]].concat()))
                .collect();
        }
        combinations
            .into_iter()
            .filter(|raised| {
                let bands: Vec<_> = own
                    .iter()
                    .zip(raised)
                    .map(|(b, &up)| b.map(|b| Stage::ALL[(b.level() + up) as usize]))
                    .collect();
                place_at(scores, &bands).is_some_and(|p| p.stage >= toward)
            })
            .map(|raised| {
                let chosen: Vec<usize> = (0..raised.len()).filter(|&d| raised[d] > 0).collect();
                let mut shares: Vec<Share> = chosen
                    .iter()
                    .map(|&d| scores.dimensions[d].share.unwrap())
                    .collect();
                shares.sort();
                let from = |d: usize| own[d].unwrap().level();
                let cost: u32 = chosen
                    .iter()
                    .flat_map(|&d| (from(d)..from(d) + raised[d]).map(move |l| (d, l)))
                    .map(|(d, l)| effort(d, Stage::ALL[l as usize]))
                    .sum();
                let raises: Vec<Raise> = chosen
                    .iter()
                    .map(|&d| {
                        raise(
                            d,
                            Stage::ALL[from(d) as usize],
                            Stage::ALL[(from(d) + raised[d]) as usize],
                        )
                    })
                    .collect();
                let total: u32 = raised.iter().sum();
                ((total, chosen.len(), shares, cost, chosen), raises)
            })
            .min_by(|a, b| a.0.cmp(&b.0))
            .map(|(_, raises)| raises)
    }

    #[test]
    fn one_band_of_the_area_that_caps_the_result_is_enough() {
        // 0% in the first area caps an average of 88% at Defined.
        let scores = centred(&all(&[0, 9, 9, 9, 9, 9, 9, 9]));
        assert_eq!(place(&scores).unwrap().stage, Stage::Defined);
        let what_if = what_would_move(&scores, no_effort).unwrap();
        assert_eq!(what_if.toward, Stage::Aligned);
        assert_eq!(
            what_if.raises,
            vec![raise(0, Stage::Undefined, Stage::Defined)]
        );
        assert_eq!(
            what_if.cap,
            Some(Cap {
                dimensions: vec![0],
                alone_enough: true
            })
        );
    }

    #[test]
    fn raising_the_capping_area_alone_may_not_be_enough() {
        // Version 1: 0, 1/3, 1/3, 1/2 average 7/24, capped at 1/4 (Defined). The first area
        // at 1/4 lifts the cap to 1/2, but the average, 17/48, stays Defined.
        let scores = quarters(&all(&[0, 2, 2, 3]));
        let placement = place(&scores).unwrap();
        assert_eq!(
            (placement.stage, placement.held_back_by.clone()),
            (Stage::Defined, vec![0])
        );
        let what_if = what_would_move(&scores, no_effort).unwrap();
        assert_eq!(
            what_if.cap,
            Some(Cap {
                dimensions: vec![0],
                alone_enough: false
            })
        );
        assert!(what_if.raises.iter().map(|r| r.bands()).sum::<u32>() > 1);
        assert!(
            what_if.raises.iter().any(|r| r.dimension == 0),
            "the cap must go"
        );
    }

    #[test]
    fn an_uncapped_result_says_nothing_of_a_cap() {
        let scores = centred(&all(&[3, 3, 3, 3, 3, 3, 3, 3]));
        let what_if = what_would_move(&scores, no_effort).unwrap();
        assert_eq!(what_if.cap, None);
        // All at 33%: the average needs 18 more points. A band adds 18/8 (to 51%) and two
        // bands 51/8 (to 84%): fewest bands in all take three areas to the top, the first three.
        let up = |d| raise(d, Stage::Defined, Stage::Integrated);
        assert_eq!(what_if.raises, vec![up(0), up(1), up(2)]);
    }

    #[test]
    fn integrated_has_no_next_stage_and_an_unplaced_result_no_what_if() {
        assert_eq!(what_would_move(&centred(&all(&[9; 8])), no_effort), None);
        let unplaced = centred(&[Some(3), Some(3), Some(3), None, None, None, None, None]);
        assert_eq!(place(&unplaced), None);
        assert_eq!(what_would_move(&unplaced, no_effort), None);
    }

    #[test]
    fn a_tie_goes_to_the_weaker_area_then_to_the_quicker_move() {
        // 22%, 33%, five at 56% and 67%: an average of 50%, Defined. One band of any
        // area would reach Aligned, so the weakest is raised.
        let scores = centred(&all(&[2, 3, 5, 5, 5, 5, 5, 6]));
        let what_if = what_would_move(&scores, no_effort).unwrap();
        assert_eq!(
            (place(&scores).unwrap().stage, what_if.toward),
            (Stage::Defined, Stage::Aligned)
        );
        assert_eq!(
            what_if.raises,
            vec![raise(0, Stage::Defined, Stage::Aligned)]
        );
        // Equal scores: the quicker move wins over bank order.
        let even = centred(&all(&[6, 6, 6, 6, 6, 6, 6, 9]));
        let quick_last = |d: usize, _: Stage| if d == 6 { 0 } else { 2 };
        let raised = what_would_move(&even, quick_last).unwrap().raises;
        assert_eq!(
            raised.iter().map(|r| r.dimension).collect::<Vec<_>>(),
            brute_force(&even, quick_last)
                .unwrap()
                .iter()
                .map(|r| r.dimension)
                .collect::<Vec<_>>()
        );
        assert!(raised.iter().any(|r| r.dimension == 6));
    }

    #[test]
    fn an_area_without_enough_answers_is_never_raised() {
        let scores = centred(&[
            None,
            Some(3),
            Some(3),
            Some(3),
            Some(3),
            Some(3),
            Some(3),
            Some(3),
        ]);
        let what_if = what_would_move(&scores, no_effort).unwrap();
        assert!(what_if.raises.iter().all(|r| r.dimension != 0));
    }

    #[test]
    fn exhaustively_small_results_match_the_brute_force() {
        // Every centred result of three areas with 0–9 points (or none).
        let points: Vec<Option<u32>> = (0..=9).map(Some).chain([None]).collect();
        for a in &points {
            for b in &points {
                for c in &points {
                    let scores = centred(&[*a, *b, *c]);
                    let found = what_would_move(&scores, no_effort).map(|w| w.raises);
                    assert_eq!(found, brute_force(&scores, no_effort), "{a:?} {b:?} {c:?}");
                }
            }
        }
    }

    #[test]
    fn the_explorer_keeps_an_area_at_its_own_band_and_moves_it_to_the_edge_of_another() {
        let scores = centred(&all(&[4, 4, 4, 4]));
        let own: Vec<_> = scores.dimensions.iter().map(|d| d.stage).collect();
        assert_eq!(with_bands(&scores, &own), scores);
        let mut bands = own.clone();
        bands[0] = Some(Stage::Integrated);
        bands[1] = Some(Stage::Undefined);
        let moved = with_bands(&scores, &bands);
        assert_eq!(moved.dimensions[0].share, Some(Share::percent_of_scale(84)));
        assert_eq!(moved.dimensions[1].share, Some(Share::percent_of_scale(17)));
        assert_eq!(moved.dimensions[2].share, scores.dimensions[2].share);
    }

    fn any_result() -> impl Strategy<Value = Scores> {
        let area = |most: u32| prop_oneof![1 => Just(None), 6 => (0..=most).prop_map(Some)];
        prop_oneof![
            proptest::collection::vec(area(9), 8).prop_map(|p| centred(&p)),
            proptest::collection::vec(area(6), 7).prop_map(|p| quarters(&p)),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1200))]

        /// No smaller set of raises exists, and among the smallest the rule's tie-breaks
        /// choose, on random results of both scoring rules against brute force.
        #[test]
        fn the_search_finds_what_brute_force_finds(scores in any_result(), efforts in proptest::collection::vec(0u32..3, 32)) {
            let effort = |d: usize, from: Stage| efforts[d * 4 + from.level() as usize];
            let found = what_would_move(&scores, effort);
            prop_assert_eq!(found.as_ref().map(|w| w.raises.clone()), brute_force(&scores, effort));
            if let Some(what_if) = found {
                let bands: Vec<_> = scores.dimensions.iter().map(|d| {
                    let raised = what_if.raises.iter().find(|r| r.dimension == d.dimension);
                    raised.map(|r| r.to).or(d.stage)
                }).collect();
                prop_assert!(place_at(&scores, &bands).unwrap().stage >= what_if.toward);
            }
        }
    }
}
