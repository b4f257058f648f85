//! "Where next" on a result, in words and a small picture, for the exports program
//! (src/bin/exports/where_next.rs): what would place the teams a stage higher
//! ([`what_would_move`]), whether the area that caps them would be enough, and the
//! explorer's lines, controls and curve. Areas and stages only, never answers.

use crate::assessment::bank::{Bank, Effort};
use crate::assessment::placement::Placement;
use crate::assessment::scoring::Scores;
use crate::assessment::stage::Stage;
use crate::assessment::what_if::{what_would_move, Cap, Raise, WhatIf};
use crate::geometry::{along, band, curve_path, point, units, BASELINE, PATH_TRANSFORM, WIDTH};
use std::fmt::Write;

/// What would move `scores`, ties going to the quicker move (a quick win before a
/// quarter before a year).
pub fn what_if(bank: &Bank, scores: &Scores) -> Option<WhatIf> {
    what_would_move(scores, |dimension, from| {
        let effort = bank.dimensions[dimension].moves[from.level() as usize].effort;
        match effort {
            Some(Effort::QuickWin) => 0,
            Some(Effort::Quarter) | None => 1,
            Some(Effort::Year) => 2,
        }
    })
}

/// The section's heading.
pub fn heading(bank: &Bank, placement: &Placement) -> String {
    match placement.stage.next() {
        Some(next) => format!("What would make the teams {}", bank.stage(next).title),
        None => "What if an area changed".to_owned(),
    }
}

/// "Two changes would place the teams at Aligned:", before the list of raises.
pub fn summary_lead(bank: &Bank, what_if: &WhatIf) -> String {
    const COUNTS: [&str; 8] = [
        "One change",
        "Two changes",
        "Three changes",
        "Four changes",
        "Five changes",
        "Six changes",
        "Seven changes",
        "Eight changes",
    ];
    let count = what_if.raises.len();
    let changes = COUNTS
        .get(count.wrapping_sub(1))
        .map_or_else(|| format!("{count} changes"), |words| (*words).to_owned());
    let verb = if count == 1 {
        "would"
    } else {
        "together would"
    };
    format!(
        "{changes} {verb} place the teams at {}:",
        bank.stage(what_if.toward).title
    )
}

/// One raise in words: "Contact and tempo to Defined".
pub fn raise_words(bank: &Bank, raise: &Raise) -> String {
    format!(
        "{} to {}",
        bank.dimensions[raise.dimension].name,
        bank.stage(raise.to).title
    )
}

/// What the weakest area does to the result, and whether raising it would be enough.
pub fn cap_sentence(bank: &Bank, cap: &Cap, toward: Stage) -> String {
    let names: Vec<&str> = cap
        .dimensions
        .iter()
        .map(|&d| bank.dimensions[d].name)
        .collect();
    let one = names.len() == 1;
    let (names, them, holds) = (
        names.join(" and "),
        if one { "it" } else { "each" },
        if one { "holds" } else { "hold" },
    );
    let toward = bank.stage(toward).title;
    if cap.alone_enough {
        format!("{names} {holds} the rest back: raising {them} by one stage would be enough on its own for {toward}.")
    } else {
        format!("{names} {holds} the rest back, but raising {them} by one stage would not be enough on its own for {toward}: other areas have to rise as well.")
    }
}

/// Why the section never names answers.
pub const AREAS_NOT_ANSWERS: &str = "This speaks of areas, not answers: an area rises when the way the teams work changes, which is what each area's move is for.";

/// The explorer's line: where the changed areas would put the teams, beside the result.
pub fn explorer_status(
    bank: &Bank,
    real: &Placement,
    what_if: Option<&Placement>,
    changed: bool,
) -> String {
    let at = |p: &Placement| {
        format!(
            "{}, {} of 100",
            bank.stage(p.stage).title,
            p.position.percent()
        )
    };
    match (changed, what_if) {
        (false, _) => format!(
            "Raise or lower an area to see where the teams would stand. The result: {}.",
            at(real)
        ),
        (true, Some(moved)) => format!("What if: {}. The result stays {}.", at(moved), at(real)),
        (true, None) => format!(
            "What if: too few areas to place the teams. The result stays {}.",
            at(real)
        ),
    }
}

/// Which way a control moves an area.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Lower,
    Raise,
}

/// A control's name for a screen reader: the area, the band it would go to and the
/// stage the teams would then be at; or why it does nothing.
pub fn control_label(
    bank: &Bank,
    step: Step,
    area: usize,
    to: Option<Stage>,
    gives: Option<Stage>,
) -> String {
    let name = bank.dimensions[area].name;
    let verb = match step {
        Step::Lower => "Lower",
        Step::Raise => "Raise",
    };
    match (to, gives) {
        (Some(to), Some(gives)) => format!(
            "{verb} {name} to {}: the teams would be {}",
            bank.stage(to).title,
            bank.stage(gives).title
        ),
        (Some(to), None) => format!(
            "{verb} {name} to {}: too few areas to place the teams",
            bank.stage(to).title
        ),
        (None, _) => match step {
            Step::Lower => format!("{name} is at the first stage already"),
            Step::Raise => format!("{name} is at the top stage already"),
        },
    }
}

/// A curve with two markers: the stages' bands, the curve, a hollow marker (the result
/// in the explorer, the earlier result in a retake) and, if given, a filled one (the
/// what-if, the later result); the classes of the result's curve (src/ui/curve.rs), so
/// the page's styles draw them alike.
pub fn markers_curve(bank: &Bank, hollow: &Placement, filled: Option<&Placement>) -> String {
    let mut svg = format!(
        r#"<svg viewBox="0 0 {} {}" focusable="false" aria-hidden="true">"#,
        units(WIDTH),
        units(BASELINE + 1.0)
    );
    for stage in Stage::ALL {
        let (left, width) = band(bank.scoring, stage);
        let _ = write!(
            svg,
            r#"<rect class="band" data-band="{}" x="{}" y="0" width="{}" height="{}"/>"#,
            stage.level(),
            units(left),
            units(width),
            units(BASELINE)
        );
    }
    let _ = write!(
        svg,
        r#"<line class="baseline" x1="0" y1="{0}" x2="{1}" y2="{0}"/><path class="curve-line" d="{2}" transform="{PATH_TRANSFORM}"/>"#,
        units(BASELINE),
        units(WIDTH),
        curve_path()
    );
    let marker = |svg: &mut String, class: &str, placement: &Placement| {
        let (x, y) = point(along(placement.position));
        let _ = write!(
            svg,
            r#"<circle class="{class}" cx="{}" cy="{}" r="8" data-position="{}"/>"#,
            units(x),
            units(y),
            placement.position.percent()
        );
    };
    marker(&mut svg, "marker marker-result", hollow);
    if let Some(filled) = filled {
        marker(&mut svg, "marker", filled);
    }
    svg + "</svg>"
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::placement::place;
    use crate::assessment::scoring::{Scoring, Share};
    use crate::content::CURRENT;

    fn scores(points: &[u32]) -> Scores {
        let shares: Vec<_> = points.iter().map(|&p| Some(Share::new(p, 9))).collect();
        Scores::from_shares(Scoring::Centred, &shares, &vec![3; points.len()])
    }

    #[test]
    fn a_capped_result_names_the_changes_and_what_the_cap_does() {
        let capped = scores(&[0, 9, 9, 9, 9, 9, 9, 9]);
        let placement = place(&capped).unwrap();
        let what_if = what_if(&CURRENT, &capped).unwrap();
        assert_eq!(
            heading(&CURRENT, &placement),
            "What would make the teams Aligned"
        );
        assert_eq!(
            summary_lead(&CURRENT, &what_if),
            "One change would place the teams at Aligned:"
        );
        assert_eq!(
            raise_words(&CURRENT, &what_if.raises[0]),
            "Contact and tempo to Defined"
        );
        assert_eq!(
            cap_sentence(&CURRENT, what_if.cap.as_ref().unwrap(), what_if.toward),
            "Contact and tempo holds the rest back: raising it by one stage would be enough on its own for Aligned."
        );
        let both = Cap {
            dimensions: vec![0, 1],
            alone_enough: false,
        };
        assert_eq!(
            cap_sentence(&CURRENT, &both, Stage::Aligned),
            "Contact and tempo and Roles and hand-offs hold the rest back, but raising each by one stage would not be enough on its own for Aligned: other areas have to rise as well."
        );
    }

    #[test]
    fn several_changes_are_counted_in_words() {
        let even = scores(&[3; 8]);
        let what_if = what_if(&CURRENT, &even).unwrap();
        assert_eq!(
            summary_lead(&CURRENT, &what_if),
            "Three changes together would place the teams at Aligned:"
        );
    }

    #[test]
    fn at_the_top_the_heading_asks_what_if() {
        let top = place(&scores(&[9; 8])).unwrap();
        assert_eq!(heading(&CURRENT, &top), "What if an area changed");
        assert_eq!(what_if(&CURRENT, &scores(&[9; 8])), None);
    }

    #[test]
    fn the_explorer_says_the_area_the_band_and_the_stage_it_would_give() {
        let real = place(&scores(&[3; 8])).unwrap();
        assert_eq!(
            control_label(
                &CURRENT,
                Step::Raise,
                0,
                Some(Stage::Aligned),
                Some(Stage::Defined)
            ),
            "Raise Contact and tempo to Aligned: the teams would be Defined"
        );
        assert_eq!(
            control_label(&CURRENT, Step::Lower, 2, None, None),
            "Plans and goals is at the first stage already"
        );
        assert_eq!(
            explorer_status(&CURRENT, &real, Some(&real), false),
            "Raise or lower an area to see where the teams would stand. The result: Defined, 33 of 100."
        );
        let moved = place(&scores(&[6; 8])).unwrap();
        assert_eq!(
            explorer_status(&CURRENT, &real, Some(&moved), true),
            "What if: Aligned, 67 of 100. The result stays Defined, 33 of 100."
        );
        let curve = markers_curve(&CURRENT, &real, Some(&moved));
        assert!(
            curve.contains(r#"class="marker marker-result""#)
                && curve.contains(r#"data-position="67""#)
        );
        assert_eq!(curve.matches("<circle").count(), 2);
        assert_eq!(
            markers_curve(&CURRENT, &real, None)
                .matches("<circle")
                .count(),
            1
        );
    }
}
