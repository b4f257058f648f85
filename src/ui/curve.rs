//! The maturity curve as a picture, with the organisation's marker on it and a
//! sentence that says the same for screen readers.

use super::geometry::{band, curve_path, point, BASELINE, HEIGHT, WIDTH};
use crate::assessment::bank::Bank;
use crate::assessment::placement::Placement;
use crate::assessment::stage::Stage;
use yew::prelude::*;

/// The marker's label sits above the whole curve, so the curve never crosses it.
const LABEL_Y: f32 = 22.0;

#[derive(Properties, PartialEq)]
pub struct CurveProps {
    pub bank: &'static Bank,
    pub placement: Placement,
}

#[function_component]
pub fn Curve(props: &CurveProps) -> Html {
    let path = use_memo((), |_| curve_path());
    let position = props.placement.position;
    let (x, y) = point(position.as_f32());
    let anchor = if x < WIDTH * 0.2 {
        "start"
    } else if x > WIDTH * 0.8 {
        "end"
    } else {
        "middle"
    };
    let bands = Stage::ALL.into_iter().map(|stage| {
        let (left, width) = band(stage);
        let current = stage == props.placement.stage;
        html! {
            <g class={classes!("band", format!("band-{}", stage.level()), current.then_some("current"))}>
                <rect x={fmt(left)} y="0" width={fmt(width)} height={fmt(BASELINE)} />
                <text x={fmt(left + width / 2.0)} y={fmt(BASELINE + 20.0)} text-anchor="middle" class="band-label">
                    {props.bank.stage(stage).title}
                </text>
            </g>
        }
    });
    let caption = format!(
        "Your position: {} out of 100 along the curve, in the {} band ({}).",
        position.percent(),
        props.bank.stage(props.placement.stage).title,
        band_range(props.placement.stage),
    );
    html! {
        <figure class="curve" data-testid="curve">
            <svg viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="img" aria-labelledby="curve-caption"
                focusable="false">
                { for bands }
                <line class="baseline" x1="0" y1={fmt(BASELINE)} x2={fmt(WIDTH)} y2={fmt(BASELINE)} />
                <path class="curve-line" d={(*path).clone()} />
                <line class="marker-stem" x1={fmt(x)} y1={fmt(LABEL_Y + 6.0)} x2={fmt(x)} y2={fmt(BASELINE)} />
                <circle class="marker" cx={fmt(x)} cy={fmt(y)} r="8" data-testid="curve-marker"
                    data-position={position.percent().to_string()} />
                <text class="marker-label" x={fmt(x)} y={fmt(LABEL_Y)} text-anchor={anchor}>{"You are here"}</text>
            </svg>
            <figcaption id="curve-caption" data-testid="curve-caption">{caption}</figcaption>
        </figure>
    }
}

fn fmt(value: f32) -> String {
    format!("{value:.1}")
}

/// A stage's band in the words of the 0–100 scale.
pub fn band_range(stage: Stage) -> String {
    let low = stage.level() * 25;
    let high = if stage == Stage::Integrated {
        100
    } else {
        low + 24
    };
    format!("{low} to {high}")
}
