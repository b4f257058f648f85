//! The result: the stage and what it means, the curve, area-by-area scores, the next
//! moves, context figures, the share link and a way to start again.

use super::brand::brand_mark;
use super::chart::{dimension_chart, join_names};
use super::curve::curve;
use super::invite::invite;
use super::journey::Action;
use super::share::{share_link, RESULT};
use super::voice::Voice;
use crate::assessment::advice::{Advice, NextMove, FIRST_MOVES};
use crate::assessment::bank::{Bank, Effort};
use crate::assessment::placement::Placement;
use crate::assessment::report::Report;
use crate::assessment::text::Text;
use crate::content::ABOUT;
use crate::embed::Cta;
use std::rc::Rc;
use yew::prelude::*;

/// `Properties`, so that tests can mount the screen on its own.
#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub report: Rc<Report>,
    pub link: AttrValue,
    /// The visitor's own answers, rather than a result someone shared.
    pub own: bool,
    /// Made with an earlier version of the questions than the current one.
    pub outdated: bool,
    /// The host's or the build's call to action, shown with a placed result.
    #[prop_or_default]
    pub cta: Option<&'static Cta>,
    pub on_action: Callback<Action>,
    /// Takes focus when the screen appears (`in_step`, through `focus::focus`).
    pub heading: NodeRef,
}

pub fn results(props: &ResultsProps) -> Html {
    let heading = props.heading.clone();
    let report = &props.report;
    let bank = report.bank;
    let voice = Voice::new(props.own);
    let (Some(placement), Some(advice)) = (&report.placement, &report.advice) else {
        return html! {
            <main key={report.token.as_str()} class="screen results" data-testid="results-screen">
                { brand_mark(true) }
                { outdated_note(props.outdated) }
                { company_line() }
                <header class="result-hero">
                    <h1 ref={heading} tabindex="-1" data-testid="not-placed">
                        {format!("Not enough answers to place {} teams", voice.your_in_sentence())}
                    </h1>
                    <p class="summary">{"Too many answers were “not sure” for more than half of the areas to be scored, so there is no saying where the two teams stand as a whole. The areas that could be scored are below; a colleague who sees more of the other team may be able to answer the rest."}</p>
                </header>
                { dimension_chart(bank, &report.scores) }
                { closing(props, ABOUT.title.into()) }
            </main>
        };
    };
    let stage = bank.stage(placement.stage);
    html! {
        <main key={report.token.as_str()} class="screen results" data-testid="results-screen">
            { brand_mark(true) }
            { outdated_note(props.outdated) }
            { company_line() }
            <header class="result-hero" data-band={placement.stage.level().to_string()}>
                // Inside the heading, which takes focus, so screen readers do not skip it.
                <h1 ref={heading} tabindex="-1">
                    <span class="eyebrow">
                        {format!("{} · stage {} of 4", voice.result(), placement.stage.level() + 1)}
                        <span class="visually-hidden">{", "}</span>
                    </span>
                    {format!("{} teams are ", voice.your())}<span data-testid="stage-name">{stage.title}</span>
                </h1>
                <p class="summary">{stage.summary.get()}</p>
                if placement.held_back_by.is_empty() {
                    <p class="feels"><strong>{"What it feels like: "}</strong>{stage.feels_like.get()}</p>
                } else {
                    <p class="feels" data-testid="held-back-summary">{held_back_summary(report, placement, voice)}</p>
                }
            </header>
            { curve(bank, placement, voice) }
            { held_back_note(report, placement, voice) }
            <details class="scoring" data-testid="scoring-rule">
                <summary>{"How is this scored?"}</summary>
                { for bank.scoring_rule.iter().map(|p| html! { <p>{p.get()}</p> }) }
            </details>
            { dimension_chart(bank, &report.scores) }
            { next_moves(report, placement, advice, voice) }
            // Filled by the exports program (src/bin/exports/where_next.rs): what would
            // move the result a stage higher, the explorer and the plan.
            <div class="where-next" data-where-next={report.token.clone()} data-where-next-link={props.link.clone()}></div>
            if let Some(cta) = props.cta {
                <p class="cta">
                    <a class="button primary" href={cta.href(stage.title, placement.position.percent(), &props.link)}
                        target="_blank" rel="noopener" data-testid="cta">{cta.label.clone()}</a>
                </p>
            }
            { facts(bank) }
            { closing(props, format!("{}: {}", ABOUT.title, stage.title).into()) }
        </main>
    }
}

/// What every result ends with: the invitation to compare, the share link (its title
/// names the stage, if there is one), the exports and the way to start again.
fn closing(props: &ResultsProps, share_title: AttrValue) -> Html {
    let report = &props.report;
    let (again, again_label) = if props.outdated {
        (Action::Begin, "Take the current version")
    } else if props.own {
        (Action::Start, "Retake the assessment")
    } else {
        (Action::Begin, "Take the assessment yourself")
    };
    html! {
        <>
            { invite(&report.token, props.own) }
            { share_link(&RESULT, props.link.clone(), share_title) }
            { exports(&report.token, &props.link) }
            <div class="actions">
                <button type="button" class="button" onclick={props.on_action.reform(move |_| again.clone())}
                    data-testid="retake">{again_label}</button>
            </div>
        </>
    }
}

/// "Take it with you": the heading, and a holder that static/exports.js hands to the
/// exports program (src/bin/exports/), which fills it with the downloads, the print
/// button and the link's QR code.
fn exports(token: &str, link: &AttrValue) -> Html {
    html! {
        <section class="exports" aria-labelledby="exports-heading" data-testid="exports">
            <h2 id="exports-heading">{"Take it with you"}</h2>
            <div data-exports-token={token.to_owned()} data-exports-link={link.clone()}></div>
        </section>
    }
}

/// Whom the result is for, on screen and on paper: the exports program writes the name
/// the visitor types (or the link carries) into it (src/bin/exports/company.rs).
fn company_line() -> Html {
    html! { <p class="company-line" data-company-line="" data-testid="company-line"></p> }
}

/// The folded moves' summary: "1 more move", "2 more moves".
fn more_moves(count: usize) -> String {
    match count {
        1 => "1 more move".to_owned(),
        _ => format!("{count} more moves"),
    }
}

fn outdated_note(outdated: bool) -> Html {
    if !outdated {
        return html! {};
    }
    html! {
        <p class="banner" role="note" data-testid="outdated">
            {"This result was made with an earlier version of the questions. It shows what that version found; the current questions ask more, and may place the same teams differently."}
        </p>
    }
}

/// The names of the dimensions that held the result back, as a sentence part.
fn held_back_names(report: &Report, placement: &Placement) -> (String, bool) {
    let names: Vec<&str> = placement
        .held_back_by
        .iter()
        .map(|&d| report.bank.dimensions[d].name)
        .collect();
    (join_names(&names), names.len() == 1)
}

/// When the weakest areas decide the stage, the stage's usual description does not
/// fit the rest: say what is really going on.
fn held_back_summary(report: &Report, placement: &Placement, voice: Voice) -> String {
    let bank = report.bank;
    let (names, one) = held_back_names(report, placement);
    let weakest = report.scores.weakest().map(|w| bank.scoring.stage(w));
    format!(
        "Many of {} areas are further along than this, but {names} {} still at {}. \
         A gap like that sets the pace for everything else: hand-offs, plans and shared numbers \
         only hold as well as their weakest link. Close it first.",
        voice.your_in_sentence(),
        if one { "is" } else { "are" },
        weakest.map_or("", |s| bank.stage(s).title),
    )
}

/// Says which areas kept the position below the plain average, if any did.
fn held_back_note(report: &Report, placement: &Placement, voice: Voice) -> Html {
    let (Some(average), false) = (report.scores.average, placement.held_back_by.is_empty()) else {
        return html! {};
    };
    let bank = report.bank;
    let (names, one) = held_back_names(report, placement);
    let weakest_stage = report
        .scores
        .weakest()
        .map_or("", |w| bank.stage(bank.scoring.stage(w)).title);
    let average_stage = bank.scoring.stage(average);
    let where_average_leads = if average_stage == placement.stage {
        "further along the curve".to_owned()
    } else {
        format!("at {}", bank.stage(average_stage).title)
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
                names,
                if one { "sits" } else { "sit" },
                weakest_stage,
            )}
        </p>
    }
}

fn next_moves(report: &Report, placement: &Placement, advice: &Advice, voice: Voice) -> Html {
    let bank = report.bank;
    let heading = match (advice.toward, advice.may_stay) {
        (Some(next), false) => format!(
            "{} next moves toward {}",
            voice.your(),
            bank.stage(next).title
        ),
        (Some(next), true) => format!(
            "If {} choose to go on to {}",
            voice.they(),
            bank.stage(next).title
        ),
        (None, _) => format!("Staying {}", bank.stage(placement.stage).title),
    };
    let suffices = advice
        .may_stay
        .then(|| {
            bank.transition(placement.stage)
                .and_then(|t| t.suffices.map(Text::get))
        })
        .flatten();
    let intro = bank.next_step(placement.stage).get();
    let (first, rest) = advice.moves.split_at(advice.moves.len().min(FIRST_MOVES));
    html! {
        <section class="moves" aria-labelledby="moves-heading">
            <h2 id="moves-heading">{heading}</h2>
            if let Some(suffices) = suffices {
                <p class="may-stay" data-testid="may-stay">{suffices}</p>
            }
            <p>{intro}</p>
            if advice.ranked {
                <p class="moves-order" data-testid="moves-order">{"Weakest areas first: start at the top."}</p>
            }
            <ol class="move-list" data-testid="moves">{ for first.iter().map(|m| move_item(bank, m)) }</ol>
            if !rest.is_empty() {
                <details class="more-moves">
                    <summary>{more_moves(rest.len())}</summary>
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
    let who_and_effort: Vec<&str> = [step.who.map(Text::get), step.effort.map(Effort::label)]
        .into_iter()
        .flatten()
        .collect();
    html! {
        <li class="move" data-testid="move" data-area={dimension.id}>
            <h3>{step.title.get()}</h3>
            if !who_and_effort.is_empty() {
                <p class="move-who" data-testid="move-who">{who_and_effort.join(" · ")}</p>
            }
            <p>{step.text.get()}</p>
            if let Some(pays_off) = step.pays_off.map(Text::get) {
                <p class="move-pays-off"><strong>{"When it pays off: "}</strong>{pays_off}</p>
            }
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
                        <span class="fact-figure">{fact.figure.get()}</span>
                        <span class="fact-claim">{fact.claim.get()}</span>
                        <span class="fact-source">{fact.source.get()}</span>
                    </li>
                }) }
            </ul>
        </section>
    }
}
