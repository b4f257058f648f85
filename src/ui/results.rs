//! The result: the stage and what it means, the curve, area-by-area scores, the next
//! moves, context figures, the share link and a way to start again.

use super::chart::{join_names, DimensionChart};
use super::curve::Curve;
use super::focus::use_focus_on_mount;
use super::journey::Action;
use super::share::ShareLink;
use super::voice::Voice;
use crate::assessment::advice::NextMove;
use crate::assessment::bank::Bank;
use crate::assessment::report::Report;
use std::rc::Rc;
use yew::prelude::*;

/// How many moves are shown before the rest are folded away.
const FIRST_MOVES: usize = 3;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub report: Rc<Report>,
    pub link: AttrValue,
    /// The visitor's own answers, rather than a result someone shared.
    pub own: bool,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn Results(props: &ResultsProps) -> Html {
    let heading = use_focus_on_mount();
    let report = &props.report;
    let bank = report.bank;
    let stage = bank.stage(report.placement.stage);
    let voice = Voice::new(props.own);
    let (again, again_label) = if props.own {
        (Action::Start, "Retake the assessment")
    } else {
        (Action::Begin, "Take the assessment yourself")
    };
    let again = props.on_action.reform(move |_| again.clone());
    html! {
        <main class="screen results" data-testid="results-screen">
            <header class={format!("result-hero band-{}", report.placement.stage.level())}>
                // Inside the heading, which takes focus, so screen readers do not skip it.
                <h1 ref={heading} tabindex="-1">
                    <span class="eyebrow">
                        {format!("{} · stage {} of 4", voice.result(), report.placement.stage.level() + 1)}
                        <span class="visually-hidden">{", "}</span>
                    </span>
                    {format!("{} teams are ", voice.your())}<span data-testid="stage-name">{stage.title}</span>
                </h1>
                <p class="summary">{stage.summary}</p>
                <p class="feels"><strong>{"What it feels like: "}</strong>{stage.feels_like}</p>
            </header>
            <Curve {bank} placement={report.placement.clone()} {voice} />
            { held_back_note(report, voice) }
            <details class="scoring" data-testid="scoring-rule">
                <summary>{"How is this scored?"}</summary>
                { for bank.scoring_rule.iter().map(|p| html! { <p>{*p}</p> }) }
            </details>
            <DimensionChart {bank} scores={report.scores.clone()} />
            { next_moves(report, voice) }
            { facts(bank) }
            <ShareLink link={props.link.clone()} title={format!("Sales and marketing alignment: {}", stage.title)} />
            <div class="actions">
                <button type="button" class="button" onclick={again} data-testid="retake">{again_label}</button>
            </div>
        </main>
    }
}

/// Says which areas kept the position below the plain average, if any did.
fn held_back_note(report: &Report, voice: Voice) -> Html {
    if report.placement.held_back_by.is_empty() {
        return html! {};
    }
    let bank = report.bank;
    let names: Vec<&str> = report
        .placement
        .held_back_by
        .iter()
        .map(|&d| bank.dimensions[d].name)
        .collect();
    let weakest_stage = bank.stage(report.scores.weakest().stage()).title;
    let average = report.scores.average;
    let where_average_leads = if average.stage() == report.placement.stage {
        "further along the curve".to_owned()
    } else {
        format!("at {}", bank.stage(average.stage()).title)
    };
    html! {
        <p class="held-back" data-testid="held-back">
            {format!(
                "{} average alone ({} out of 100) would place {} {}, but {} still {} at {}. \
                 An organisation sits at most one stage above its weakest area, so that is where the marker stops.",
                voice.your(),
                average.percent(),
                voice.you(),
                where_average_leads,
                join_names(&names),
                if names.len() == 1 { "sits" } else { "sit" },
                weakest_stage,
            )}
        </p>
    }
}

fn next_moves(report: &Report, voice: Voice) -> Html {
    let bank = report.bank;
    let heading = match report.advice.toward {
        Some(next) => format!(
            "{} next moves toward {}",
            voice.your(),
            bank.stage(next).title
        ),
        None => format!("Staying {}", bank.stage(report.placement.stage).title),
    };
    let intro = bank.next_step(report.placement.stage);
    let (first, rest) = report
        .advice
        .moves
        .split_at(report.advice.moves.len().min(FIRST_MOVES));
    html! {
        <section class="moves" aria-labelledby="moves-heading">
            <h2 id="moves-heading">{heading}</h2>
            <p>{intro}</p>
            <p class="moves-order">{"Weakest areas first: start at the top."}</p>
            <ol class="move-list" data-testid="moves">{ for first.iter().map(|m| move_item(bank, m)) }</ol>
            if !rest.is_empty() {
                <details class="more-moves">
                    <summary>{format!("{} more moves", rest.len())}</summary>
                    <ol class="move-list" start={(FIRST_MOVES + 1).to_string()}>
                        { for rest.iter().map(|m| move_item(bank, m)) }
                    </ol>
                </details>
            }
        </section>
    }
}

fn move_item(bank: &Bank, next: &NextMove) -> Html {
    let dimension = &bank.dimensions[next.dimension];
    let step = &dimension.moves[next.from.level() as usize];
    html! {
        <li class="move" data-testid="move">
            <h3>{step.title}</h3>
            <p>{step.text}</p>
            <p class="move-area">{format!("{} · now {}", dimension.name, bank.stage(next.from).title)}</p>
        </li>
    }
}

fn facts(bank: &Bank) -> Html {
    html! {
        <section class="facts" aria-labelledby="facts-heading">
            <h2 id="facts-heading">{"Why it matters"}</h2>
            <ul class="fact-grid">
                { for bank.facts.iter().map(|fact| html! {
                    <li class="fact">
                        <span class="fact-figure">{fact.figure}</span>
                        <span class="fact-claim">{fact.claim}</span>
                        <span class="fact-source">{fact.source}</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}
