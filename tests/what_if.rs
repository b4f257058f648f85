//! What would move a result (src/assessment/what_if.rs): the search for the fewest
//! bands against brute force, exhaustively over small results and on random ones of
//! both scoring rules, and the cases the result screen words differently.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use tandem::assessment::placement::place;
use tandem::assessment::scoring::{Scores, Scoring, Share};
use tandem::assessment::stage::Stage;
use tandem::assessment::what_if::{place_at, what_would_move, with_bands, Cap, Raise};

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
    assert!(
        what_if
            .raises
            .iter()
            .map(|r| r.to.level() - r.from.level())
            .sum::<u32>()
            > 1
    );
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
