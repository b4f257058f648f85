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

/// Rows for labels of `(centre, width)`, so that no two in one row overlap or touch:
/// from left to right, each takes the lowest row with room. Row 0 is the first.
pub fn lanes(labels: &[(f32, f32)]) -> Vec<usize> {
    const SPACE: f32 = 2.0;
    // Left to right, ties in the order given; by insertion, since a few labels do not
    // need the code of a general sort.
    let mut order: Vec<usize> = Vec::with_capacity(labels.len());
    for (index, label) in labels.iter().enumerate() {
        let at = order.iter().position(|&o| labels[o].0 > label.0);
        order.insert(at.unwrap_or(order.len()), index);
    }
    let mut row_ends: Vec<f32> = Vec::new();
    let mut rows = vec![0; labels.len()];
    for index in order {
        let (centre, width) = labels[index];
        let left = centre - width / 2.0;
        let row = match row_ends.iter().position(|&end| end + SPACE <= left) {
            Some(row) => row,
            None => {
                row_ends.push(f32::MIN);
                row_ends.len() - 1
            }
        };
        row_ends[row] = left + width;
        rows[index] = row;
    }
    rows
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

    #[test]
    fn labels_share_a_row_only_where_they_do_not_touch() {
        assert_eq!(lanes(&[]), Vec::<usize>::new());
        assert_eq!(lanes(&[(10.0, 8.0), (30.0, 8.0), (50.0, 8.0)]), [0, 0, 0]);
        assert_eq!(lanes(&[(10.0, 8.0), (10.0, 8.0), (10.0, 8.0)]), [0, 1, 2]);
        // Given out of order: placed left to right, the third fits back in row 0.
        assert_eq!(lanes(&[(30.0, 8.0), (12.0, 8.0), (15.0, 8.0)]), [0, 0, 1]);
        // 2 units apart exactly is enough; less is not.
        assert_eq!(lanes(&[(0.0, 10.0), (12.0, 10.0)]), [0, 0]);
        assert_eq!(lanes(&[(0.0, 10.0), (11.9, 10.0)]), [0, 1]);
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
