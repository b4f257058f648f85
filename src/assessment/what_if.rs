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
            // Within each area's room: a stage past the top is a mistake, not a no-op.
            .map(|(band, &up)| band.map(|b| Stage::ALL[(b.level() + up) as usize]))
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
