//! The maturity curve as a picture, with the organisation's marker on it and a
//! caption that says the same in words, the one part screen readers read.

use super::voice::Voice;
use crate::assessment::bank::Bank;
use crate::assessment::placement::Placement;
use crate::assessment::scoring::Scoring;
use crate::assessment::stage::Stage;
use crate::geometry::{along, band, curve_path, point, units, BASELINE, PATH_TRANSFORM, WIDTH};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

/// The picture's words are HTML around the SVG, not SVG text, so they grow with the
/// browser's text size and wrap instead of being cut off (WCAG 1.4.4 and 1.4.10).
pub fn curve(bank: &Bank, placement: &Placement, voice: Voice) -> Html {
    let position = placement.position;
    let scoring = bank.scoring;
    let stage = placement.stage;
    let (x, y) = point(along(position));
    let caption = format!(
        "{} position: {} out of 100 along the curve, in the {} band ({}).",
        voice.your(),
        position.percent(),
        bank.stage(stage).title,
        band_range(scoring, stage),
    );
    // The marker's label stands above the marker, shifted by the same fraction of its
    // own width so it never leaves the picture: --at, from data-at (see `place_labels`).
    let at = format!("calc({}% / 10)", units(x / WIDTH * 1000.0));
    html! {
        <figure class="curve" data-testid="curve">
            // The caption says all the picture shows; naming the picture after it too
            // made screen readers read it twice.
            <div class="curve-picture" aria-hidden="true">
                <p class="marker-row">
                    // Named, so a marker on a band's edge still says which band it is in.
                    <span class="marker-label" data-at={at} data-testid="marker-label">
                        {format!("{} · {}", voice.here(), bank.stage(stage).title)}
                    </span>
                </p>
                <svg viewBox={format!("0 0 {} {}", units(WIDTH), units(BASELINE + 1.0))} focusable="false">
                    { frame(scoring) }
                    <line class="marker-stem" x1={units(x)} y1="0" x2={units(x)} y2={units(BASELINE)} />
                    <circle class="marker" cx={units(x)} cy={units(y)} r="8" data-testid="curve-marker"
                        data-position={position.percent().to_string()} />
                </svg>
                { band_labels(bank, Some(stage)) }
            </div>
            <figcaption id="curve-caption" data-testid="curve-caption">{caption}</figcaption>
        </figure>
    }
}

/// Gives the picture's words on the page their places: the marker's label `--at` from
/// its `data-at` (the marker's x in per mille), and the stages' names `--columns` from
/// their `data-columns`: through the CSSOM, as a strict Content-Security-Policy refuses
/// style attributes. Each page runs it after every render.
pub fn place_labels() {
    for (selector, attribute, property) in [
        (".marker-label[data-at]", "data-at", "--at"),
        (".band-labels[data-columns]", "data-columns", "--columns"),
    ] {
        // A page draws one curve at most.
        let found = gloo::utils::document()
            .query_selector(selector)
            .ok()
            .flatten();
        if let Some(element) = found.and_then(|found| found.dyn_into::<HtmlElement>().ok()) {
            let value = element.get_attribute(attribute).unwrap_or_default();
            let _ = element.style().set_property(property, &value);
        }
    }
}

/// What every picture of the curve draws: the stages' bands where `scoring` puts
/// them, the baseline and the curve.
pub fn frame(scoring: Scoring) -> Html {
    let bands = Stage::ALL.into_iter().map(|stage| {
        let (left, width) = band(scoring, stage);
        html! {
            <rect class="band" data-band={stage.level().to_string()} x={units(left)} y="0"
                width={units(width)} height={units(BASELINE)} />
        }
    });
    html! {
        <>
            { for bands }
            <line class="baseline" x1="0" y1={units(BASELINE)} x2={units(WIDTH)} y2={units(BASELINE)} />
            <path class="curve-line" d={curve_path()} transform={PATH_TRANSFORM} />
        </>
    }
}

/// The stages' names under the picture, `current` highlighted. Where they fit, each
/// stands exactly under its band: the grid's tracks are the picture's margins and the
/// bands' widths (`data-columns`, which [`place_labels`] hands to the CSSOM); where they
/// do not, the stylesheet makes them a key, each beside a swatch of its band's colour.
pub fn band_labels(bank: &Bank, current: Option<Stage>) -> Html {
    let labels = Stage::ALL.into_iter().map(|stage| {
        let current = Some(stage) == current;
        html! {
            <li data-band={stage.level().to_string()} data-current={current.then_some("true")}>
                {bank.stage(stage).title}
            </li>
        }
    });
    html! { <ol class="band-labels" data-columns={band_columns(bank.scoring)}>{ for labels }</ol> }
}

/// The grid's tracks under the picture: its left margin, each band's width, its right
/// margin, in the picture's units as fractions.
fn band_columns(scoring: Scoring) -> String {
    let (left, _) = band(scoring, Stage::Undefined);
    let (last, last_width) = band(scoring, Stage::Integrated);
    let mut widths = [left, 0.0, 0.0, 0.0, 0.0, WIDTH - last - last_width];
    for stage in Stage::ALL {
        widths[stage.level() as usize + 1] = band(scoring, stage).1;
    }
    let mut tracks = String::new();
    for width in widths {
        tracks += "minmax(0,";
        tracks += &units(width);
        tracks += "fr) ";
    }
    tracks
}

/// A stage's band in the words of the 0–100 scale.
pub fn band_range(scoring: Scoring, stage: Stage) -> String {
    let (low, high) = scoring.band_range(stage);
    format!("{low} to {high}")
}
