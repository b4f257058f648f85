//! Geometry of the maturity-curve picture, in SVG user units. Plain functions so the
//! picture's maths is tested natively and the component only formats numbers. Below
//! both its users: the screens (`src/ui/curve.rs`, `src/ui/compare.rs`) and the
//! exported picture (`src/export/picture.rs`), which depends on nothing web.

use crate::assessment::scoring::{Scoring, Share};
use crate::assessment::stage::Stage;

pub const WIDTH: f32 = 360.0;
/// The plotting area inside the picture's margins.
const LEFT: f32 = 12.0;
const RIGHT: f32 = WIDTH - 12.0;
const TOP: f32 = 36.0;
/// The bottom of the curve and of the picture: its labels are text around it.
pub const BASELINE: f32 = 180.0;
const SAMPLES: usize = 48;

/// The curve's rise at `t` along it (0..=1): a smooth S, flat at both ends.
fn rise(t: f32) -> f32 {
    let t = t.clamp(0.0, 1.0);
    t * t * t * (t * (t * 6.0 - 15.0) + 10.0)
}

/// The point of the curve at `t` along it (0..=1).
pub fn point(t: f32) -> (f32, f32) {
    let t = t.clamp(0.0, 1.0);
    let x = LEFT + (RIGHT - LEFT) * t;
    let y = BASELINE - (BASELINE - TOP) * (0.08 + 0.92 * rise(t));
    (x, y)
}

/// How many path units make one user unit: the path is drawn with `scale(0.1)`, so
/// whole numbers still give a smooth line (whole user units show as steps).
pub const PATH_SCALE: f32 = 10.0;
/// The path's transform back to user units: 1 / PATH_SCALE.
pub const PATH_TRANSFORM: &str = "scale(0.1)";

/// An SVG path through the curve, in tenths of a user unit (see [`PATH_SCALE`]).
pub fn curve_path() -> String {
    let mut path = String::with_capacity(SAMPLES * 14);
    for i in 0..=SAMPLES {
        let (x, y) = point(i as f32 / SAMPLES as f32);
        let command = if i == 0 { 'M' } else { 'L' };
        path.push(command);
        path.push_str(&units(x * PATH_SCALE));
        path.push(' ');
        path.push_str(&units(y * PATH_SCALE));
    }
    path
}

/// A coordinate in whole units: it keeps float formatting (about 11 KB of WASM) out
/// of the download.
pub fn units(value: f32) -> String {
    (value.round() as i32).to_string()
}

/// How far along the curve a share sits (0..=1).
pub fn along(share: Share) -> f32 {
    share.per_mille() as f32 / 1000.0
}

/// The left edge and width of a stage's band, where the scoring rule puts it.
pub fn band(scoring: Scoring, stage: Stage) -> (f32, f32) {
    let starts = scoring.band_starts_per_mille();
    let edge = |level: usize| match level {
        0 => LEFT,
        4 => RIGHT,
        _ => LEFT + (RIGHT - LEFT) * starts[level - 1] as f32 / 1000.0,
    };
    let level = stage.level() as usize;
    (edge(level), edge(level + 1) - edge(level))
}

/// How far each key of `radius` must rise from its point so that no two keys overlap
/// or touch: from left to right, each rises just far enough to clear the keys already
/// placed, so a key with room stays on its point and a crowd stacks upward, as close as
/// the circles allow. Rises are in the order given.
pub fn stack_up(points: &[(f32, f32)], radius: f32) -> Vec<f32> {
    const SPACE: f32 = 2.0;
    // Centres this close apart do not overlap: the last clearance met exactly, give or
    // take rounding.
    const TOLERANCE: f32 = 1e-3;
    let reach = 2.0 * radius + SPACE;
    // Left to right, ties in the order given; by insertion, since a few keys do not
    // need the code of a general sort.
    let mut order: Vec<usize> = Vec::with_capacity(points.len());
    for (index, point) in points.iter().enumerate() {
        let at = order.iter().position(|&o| points[o].0 > point.0);
        order.insert(at.unwrap_or(order.len()), index);
    }
    let mut placed: Vec<(f32, f32)> = Vec::with_capacity(points.len());
    let mut rises = vec![0.0; points.len()];
    for index in order {
        let (x, mut y) = points[index];
        // Each step rises above one placed key for good (y only falls), so this ends.
        while let Some(&(px, py)) = placed.iter().find(|&&(px, py)| {
            (x - px) * (x - px) + (y - py) * (y - py) < (reach - TOLERANCE) * (reach - TOLERANCE)
        }) {
            y = py - (reach * reach - (x - px) * (x - px)).sqrt();
        }
        rises[index] = points[index].1 - y;
        placed.push((x, y));
    }
    rises
}

/// Where a score of 0–100 sits on a track `width` wide with `margin` at both ends.
pub fn on_track(percent: u32, width: f32, margin: f32) -> f32 {
    margin + (width - 2.0 * margin) * percent.min(100) as f32 / 100.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_curve_climbs_from_bottom_left_to_top_right() {
        let (x0, y0) = point(0.0);
        let (x1, y1) = point(1.0);
        assert_eq!(x0, LEFT);
        assert_eq!(x1, RIGHT);
        assert!(y0 < BASELINE && y0 > y1);
        assert!((y1 - TOP).abs() < 1e-3);
        let ys: Vec<f32> = (0..=10).map(|i| point(i as f32 / 10.0).1).collect();
        assert!(
            ys.windows(2).all(|w| w[1] <= w[0]),
            "rises steadily: {ys:?}"
        );
    }

    #[test]
    fn positions_outside_the_curve_are_clamped() {
        assert_eq!(point(-1.0), point(0.0));
        assert_eq!(point(2.0), point(1.0));
    }

    #[test]
    fn units_round_to_whole_numbers() {
        assert_eq!(units(12.4), "12");
        assert_eq!(units(12.5), "13");
        assert_eq!(units(0.0), "0");
    }

    #[test]
    fn bands_tile_the_width_in_stage_order() {
        for scoring in [Scoring::EqualQuarters, Scoring::Centred] {
            let mut edge = LEFT;
            for stage in Stage::ALL {
                let (x, width) = band(scoring, stage);
                assert!((x - edge).abs() < 1e-3, "{scoring:?} {stage:?}");
                assert!(width > 0.0);
                edge = x + width;
            }
            assert!((edge - RIGHT).abs() < 1e-3);
        }
    }

    #[test]
    fn centred_bands_are_half_as_wide_at_the_ends() {
        let width = |stage| band(Scoring::Centred, stage).1;
        let inner = (RIGHT - LEFT) * 0.33;
        assert!((width(Stage::Defined) - inner).abs() < 1e-3);
        assert!((width(Stage::Aligned) - inner).abs() < 1e-3);
        assert!((width(Stage::Undefined) - (RIGHT - LEFT) * 0.175).abs() < 1e-3);
    }

    #[test]
    fn every_centred_position_sits_inside_its_own_band_never_on_a_border() {
        let scoring = Scoring::Centred;
        for percent in 0..=100 {
            let share = Share::percent_of_scale(percent);
            let (x, _) = point(along(share));
            let (left, width) = band(scoring, scoring.stage(share));
            assert!(x >= left && x <= left + width, "{percent}");
            if percent > 0 && percent < 100 {
                assert!(x > left && x < left + width, "{percent} on a border");
            }
        }
    }

    /// Keys `radius` 9 at `points` risen by `stack_up`: their centres.
    fn stacked(points: &[(f32, f32)]) -> Vec<(f32, f32)> {
        let rises = stack_up(points, 9.0);
        points
            .iter()
            .zip(&rises)
            .map(|(&(x, y), rise)| (x, y - rise))
            .collect()
    }

    #[test]
    fn keys_with_room_stay_on_their_points() {
        assert_eq!(stack_up(&[], 9.0), Vec::<f32>::new());
        assert_eq!(
            stack_up(&[(10.0, 50.0), (30.0, 50.0), (50.0, 80.0)], 9.0),
            [0.0, 0.0, 0.0]
        );
        // 20 units apart exactly (two radii and the space between) is enough.
        assert_eq!(stack_up(&[(0.0, 0.0), (20.0, 0.0)], 9.0), [0.0, 0.0]);
        // So is a rounding's width short of it (mutation testing found that edge untested).
        assert_eq!(stack_up(&[(0.0, 0.0), (20.0 - 1e-3, 0.0)], 9.0), [0.0, 0.0]);
    }

    #[test]
    fn keys_at_one_point_stack_straight_up_one_key_apart() {
        assert_eq!(stack_up(&[(10.0, 50.0); 3], 9.0), [0.0, 20.0, 40.0]);
    }

    #[test]
    fn a_crowded_key_rises_only_as_far_as_clears_its_neighbour() {
        // 12 apart across: it rises by the rest of the 20 between centres, 16.
        let rises = stack_up(&[(12.0, 0.0), (0.0, 0.0)], 9.0);
        assert_eq!(rises[1], 0.0, "the left one is placed first and stays");
        assert!((rises[0] - 16.0).abs() < 1e-3, "{rises:?}");
    }

    #[test]
    fn stacked_keys_never_overlap_and_never_sink() {
        // A crowd along a rising line, with repeats, given out of order.
        let points: Vec<(f32, f32)> = (0..40)
            .map(|i| {
                (
                    (i * 37 % 23) as f32 * 4.0,
                    100.0 - (i * 37 % 23) as f32 * 3.0,
                )
            })
            .collect();
        let rises = stack_up(&points, 9.0);
        assert!(rises.iter().all(|&rise| rise >= 0.0), "{rises:?}");
        let centres = stacked(&points);
        for (a, first) in centres.iter().enumerate() {
            assert_eq!(first.0, points[a].0, "keys move only up");
            for second in &centres[a + 1..] {
                let distance = ((first.0 - second.0).powi(2) + (first.1 - second.1).powi(2)).sqrt();
                assert!(distance > 19.99, "{first:?} and {second:?} overlap");
            }
        }
    }

    #[test]
    fn scores_sit_on_the_track_between_its_margins() {
        assert_eq!(on_track(0, 300.0, 10.0), 10.0);
        assert_eq!(on_track(100, 300.0, 10.0), 290.0);
        assert_eq!(on_track(50, 300.0, 10.0), 150.0);
        assert_eq!(on_track(250, 300.0, 10.0), 290.0);
    }

    #[test]
    fn the_path_starts_and_ends_at_the_curve_ends() {
        let path = curve_path();
        assert!(path.starts_with("M120 "), "{path}");
        assert!(path.ends_with(&format!(
            "L{} {}",
            units(RIGHT * PATH_SCALE),
            units(TOP * PATH_SCALE)
        )));
        assert_eq!(path.matches('L').count(), SAMPLES);
    }
}
