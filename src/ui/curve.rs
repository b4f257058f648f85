//! The maturity curve as a picture, with the organisation's marker on it and a
//! caption that says the same in words, the one part screen readers read.

use super::geometry::{
    along, band, curve_path, point, units, BASELINE, HEIGHT, PATH_TRANSFORM, WIDTH,
};
use super::voice::Voice;
use crate::assessment::bank::Bank;
use crate::assessment::placement::Placement;
use crate::assessment::scoring::Scoring;
use crate::assessment::stage::Stage;
use yew::prelude::*;

/// The marker's label sits above the whole curve, so the curve never crosses it.
const LABEL_Y: f32 = 22.0;

#[derive(Properties, PartialEq)]
pub struct CurveProps {
    pub bank: &'static Bank,
    pub placement: Placement,
    pub voice: Voice,
}

#[function_component]
pub fn Curve(props: &CurveProps) -> Html {
    let path = use_memo((), |_| curve_path());
    let position = props.placement.position;
    let scoring = props.bank.scoring;
    let (x, y) = point(along(position));
    let anchor = if x < WIDTH * 0.2 {
        "start"
    } else if x > WIDTH * 0.8 {
        "end"
    } else {
        "middle"
    };
    let bands = Stage::ALL.into_iter().map(|stage| {
        let (left, width) = band(scoring, stage);
        let current = stage == props.placement.stage;
        html! {
            <g class={classes!("band", format!("band-{}", stage.level()), current.then_some("current"))}>
                <rect x={units(left)} y="0" width={units(width)} height={units(BASELINE)} />
                <text x={units(left + width / 2.0)} y={units(BASELINE + 20.0)} text-anchor="middle" class="band-label">
                    {props.bank.stage(stage).title}
                </text>
            </g>
        }
    });
    let caption = format!(
        "{} position: {} out of 100 along the curve, in the {} band ({}).",
        props.voice.your(),
        position.percent(),
        props.bank.stage(props.placement.stage).title,
        band_range(scoring, props.placement.stage),
    );
    html! {
        <figure class="curve" data-testid="curve">
            // The caption says all the picture shows; naming the picture after it too
            // made screen readers read it twice.
            <svg viewBox={format!("0 0 {} {}", units(WIDTH), units(HEIGHT))} aria-hidden="true"
                focusable="false">
                { for bands }
                <line class="baseline" x1="0" y1={units(BASELINE)} x2={units(WIDTH)} y2={units(BASELINE)} />
                <path class="curve-line" d={(*path).clone()} transform={PATH_TRANSFORM} />
                <line class="marker-stem" x1={units(x)} y1={units(LABEL_Y + 6.0)} x2={units(x)} y2={units(BASELINE)} />
                <circle class="marker" cx={units(x)} cy={units(y)} r="8" data-testid="curve-marker"
                    data-position={position.percent().to_string()} />
                <text class="marker-label" x={units(x)} y={units(LABEL_Y)} text-anchor={anchor} data-testid="marker-label">
                    // Named, so a marker on a band's edge still says which band it is in.
                    {format!("{} · {}", props.voice.here(), props.bank.stage(props.placement.stage).title)}
                </text>
            </svg>
            <figcaption id="curve-caption" data-testid="curve-caption">{caption}</figcaption>
        </figure>
    }
}

/// A stage's band in the words of the 0–100 scale.
pub fn band_range(scoring: Scoring, stage: Stage) -> String {
    let (low, high) = scoring.band_range(stage);
    format!("{low} to {high}")
}
