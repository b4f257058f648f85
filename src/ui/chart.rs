//! Per-dimension scores as horizontal bars. Each row says its number and stage in
//! words, so the bars are never the only carrier of meaning.

use crate::assessment::bank::Bank;
use crate::assessment::scoring::{DimensionScore, Scores, Scoring, Share};
use crate::assessment::stage::Stage;
use yew::prelude::*;

/// The chart of every area's score. A plain function, not a component: it holds no
/// state, and each component costs the WASM its own copy of Yew's lifecycle.
pub fn dimension_chart(bank: &Bank, scores: &Scores) -> Html {
    let rows = scores.dimensions.iter().map(|score| bar_row(bank, score));
    let bands: Vec<String> = Stage::ALL
        .iter()
        .map(|&stage| {
            let (low, high) = bank.scoring.band_range(stage);
            format!("{} {low}–{high}", bank.stage(stage).title)
        })
        .collect();
    html! {
        <section class="dimensions" aria-labelledby="dimensions-heading">
            <h2 id="dimensions-heading">{"Area by area"}</h2>
            <p data-testid="strengths">{strengths_sentence(bank, scores)}</p>
            <ol class="bars" data-scale={scale_name(bank.scoring)} data-testid="dimension-chart">{ for rows }</ol>
            <p class="scale-note">{format!("Scores run from 0 to 100: {}.", bands.join(", "))}</p>
        </section>
    }
}

/// The stylesheet draws each rule's band edges on the bars.
fn scale_name(scoring: Scoring) -> &'static str {
    match scoring {
        Scoring::EqualQuarters => "quarters",
        Scoring::Centred => "centred",
    }
}

fn bar_row(bank: &Bank, score: &DimensionScore) -> Html {
    let dimension = &bank.dimensions[score.dimension];
    let (Some(share), Some(stage)) = (score.share, score.stage) else {
        return html! {
            <li class="bar-row unscored" data-testid="dimension-score" data-score="">
                <span class="bar-name">{dimension.name}</span>
                <span class="bar-value">{"Not enough answers"}</span>
                <span class="bar-about">{dimension.about.get()}</span>
            </li>
        };
    };
    let percent = share.percent();
    html! {
        <li class="bar-row" data-testid="dimension-score" data-score={percent.to_string()}>
            <span class="bar-name">{dimension.name}</span>
            <span class="bar-value">{format!("{percent} · {}", bank.stage(stage).title)}</span>
            <span class="bar-track" aria-hidden="true">
                <svg class="bar-graph" focusable="false">
                    <rect class="bar-fill" data-band={stage.level().to_string()} width={format!("{}%", percent.max(2))}
                        height="100%" rx="6" />
                </svg>
            </span>
            <span class="bar-about">{dimension.about.get()}</span>
        </li>
    }
}

/// Names the strongest and weakest scored areas, or says they are all alike.
fn strengths_sentence(bank: &Bank, scores: &Scores) -> String {
    let shares = || scores.scored().filter_map(|d| d.share);
    let (Some(strongest), Some(weakest)) = (shares().max(), shares().min()) else {
        return "No area had enough answers to score.".to_owned();
    };
    if strongest == weakest {
        return format!("All scored areas are alike, at {}.", strongest.percent());
    }
    format!(
        "Strongest: {} ({}). Weakest: {} ({}).",
        names(bank, scores, strongest),
        strongest.percent(),
        names(bank, scores, weakest),
        weakest.percent()
    )
}

fn names(bank: &Bank, scores: &Scores, share: Share) -> String {
    let names: Vec<&str> = scores
        .dimensions_at(share)
        .into_iter()
        .map(|d| bank.dimensions[d].name)
        .collect();
    join_names(&names)
}

/// "A", "“A” and “B”", "“A”, “B” and “C”": quoted when several, since area names
/// may contain "and" themselves.
pub fn join_names(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [only] => (*only).to_owned(),
        [rest @ .., last] => {
            let quoted: Vec<String> = rest.iter().map(|n| format!("“{n}”")).collect();
            format!("{} and “{last}”", quoted.join(", "))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::join_names;

    #[test]
    fn names_join_like_a_sentence() {
        assert_eq!(join_names(&[]), "");
        assert_eq!(join_names(&["Roles"]), "Roles");
        assert_eq!(
            join_names(&["Roles and hand-offs", "Data"]),
            "“Roles and hand-offs” and “Data”"
        );
        assert_eq!(
            join_names(&["Roles", "Data", "Pay"]),
            "“Roles”, “Data” and “Pay”"
        );
    }
}
