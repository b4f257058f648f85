//! Results side by side: each person's marker on one curve, every area's scores on one
//! track, the areas where views differ most (what such a gap means, a question to
//! discuss), where they agree, and for a group its average and spread. Each person
//! keeps a letter in every picture, so colour is never needed; every picture has its
//! words beside it. Also the form that opens pasted result links.

use super::brand::brand_mark;
use super::chart::join_names;
use super::compare_files::comparison_files;
use super::comparing::CompareAction;
use super::curve::{band_labels, frame};
use super::location;
use super::route::ASSESSMENT_PAGE;
use super::share::{share_link, Ids, Words};
use crate::assessment::bank::Bank;
use crate::assessment::compare::{letter, Area, Comparison, AGREE_WITHIN};
use crate::assessment::text::Text;
use crate::content::ABOUT;
use crate::geometry::{along, on_track, point, stack_up, units, BASELINE, WIDTH};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// The radius of a member's key, its letter in a ring: in the curve's units, and in
/// pixels on the area tracks.
const KEY_RADIUS: f32 = 9.0;
const TRACK_KEY_RADIUS: f32 = 11.0;
/// The width, in pixels, the area tracks' keys are stacked for: the narrowest track,
/// on a 320 px screen with large text. A track spans its column and its keys keep
/// their size, so on a wider one they only stand further apart.
const NARROWEST_TRACK: f32 = 220.0;

const SEND_BACK: Words = Words {
    heading: "Send this comparison back",
    about: "Whoever invited you sees it only if you send it to them: nothing has been sent anywhere yet. The link holds your two results and nothing else.",
    label: "Comparison link to send",
    copy: "Copy the link to send",
    copied: "Link copied. Paste it into a message to whoever invited you.",
    ids: Ids {
        heading: "send-back-heading",
        field: "send-back-link",
        copy: "copy-send-back",
        status: "send-back-status",
        sheet: "share-send-back",
    },
};
/// The title a shared comparison or its e-mail carries.
fn share_title() -> String {
    format!("How our views of {} compare", ABOUT.teams)
}

const COMPARISON: Words = Words {
    heading: "Keep or share this comparison",
    about: "This link reopens this comparison, labels included, on any device. It carries each person's answers and nothing else.",
    label: "Comparison link",
    copy: "Copy comparison link",
    copied: "Link copied. Paste it anywhere to reopen this comparison.",
    ids: Ids {
        heading: "compare-heading",
        field: "compare-link",
        copy: "copy-compare",
        status: "compare-status",
        sheet: "share-compare",
    },
};

/// What the comparison page shows: a comparison, or the form alone.
pub struct CompareProps {
    /// What tells this screen from another: its elements are drawn anew for another.
    pub screen: AttrValue,
    /// `None` shows only the form for pasting result links.
    pub comparison: Option<Rc<Comparison>>,
    /// The full comparison link, to copy or share.
    pub link: AttrValue,
    /// What the form holds when it appears: a paste that did not make a comparison.
    pub draft: AttrValue,
    /// The comparison is the one this tab's answer to an invitation led to: offer to
    /// send it back to whoever invited the visitor.
    pub answers_invitation: bool,
    pub on_action: Callback<CompareAction>,
    /// The screen's heading, which takes focus on a new screen (`compare_page`).
    pub heading: NodeRef,
}

pub fn compare_screen(props: &CompareProps) -> Html {
    let heading = props.heading.clone();
    // On a comparison of two or more, the form adds to it; elsewhere it starts one.
    let adding = props
        .comparison
        .as_ref()
        .is_some_and(|c| c.members.len() >= 2);
    let paste = paste_form(&props.on_action, adding, &props.draft);
    let Some(comparison) = &props.comparison else {
        return html! {
            <main key={props.screen.to_string()} class="screen compare" data-testid="paste-screen">
                { brand_mark(false) }
                <h1 ref={heading} tabindex="-1">{"Compare results"}</h1>
                <p class="lead">{"Put two or more people's results side by side: where their views of the teams differ most, what such a gap usually means, and what to discuss. Nothing leaves this browser."}</p>
                { paste }
                <div class="actions">
                    <a class="button" href={location::page_href(ASSESSMENT_PAGE)} data-testid="start">{"Take the assessment"}</a>
                </div>
            </main>
        };
    };
    let analysis = &comparison.analysis;
    let labels = comparison.labels();
    let bank = comparison.newest_bank();
    let problems = comparison.problems.iter().map(|p| {
        html! {
            <li data-testid="compare-problem">{p.to_string()}</li>
        }
    });
    let body = match bank {
        Some(bank) if comparison.members.len() >= 2 => html! {
            <>
                <p class="lead">{"Each person keeps the same letter in every picture. Labels can be changed: the link below follows."}</p>
                if props.answers_invitation {
                    { send_back(&props.link) }
                }
                if analysis.mixed_versions {
                    <p class="banner" role="note" data-testid="mixed-versions">{versions_note(comparison)}</p>
                }
                { members(comparison, &labels, &props.on_action) }
                { curve(bank, comparison, &labels) }
                { areas(bank, comparison, &labels) }
                { gaps(comparison, &labels) }
                { agreement(comparison) }
                { share_link(&COMPARISON, props.link.clone(), share_title().into()) }
                { comparison_files(&comparison.link().into(), &props.link) }
                <details class="paste-again">
                    <summary>{"Add results to this comparison"}</summary>
                    { paste }
                </details>
            </>
        },
        _ => html! {
            <>
                <p data-testid="too-few">{"A comparison needs at least two results that open. Paste the result links below, one per line."}</p>
                { members(comparison, &labels, &props.on_action) }
                { paste }
            </>
        },
    };
    html! {
        <main key={props.screen.to_string()} class="screen compare" data-testid="compare-screen">
            { brand_mark(false) }
            <h1 ref={heading} tabindex="-1">{"How your views compare"}</h1>
            if comparison.has_problems() {
                <div class="banner problems" role="note" data-testid="compare-problems"><ul>
                    { for problems }
                    if let Some(notice) = comparison.left_out_notice() {
                        <li data-testid="left-out">{notice}</li>
                    }
                </ul></div>
            }
            { body }
            <div class="actions">
                <a class="button" href={location::page_href(ASSESSMENT_PAGE)} data-testid="start">{"Take the assessment"}</a>
            </div>
        </main>
    }
}

/// The invitation's loop closed: the comparison's link to send back, by the share sheet,
/// a copy or an e-mail written for the visitor.
fn send_back(link: &AttrValue) -> Html {
    let body = format!(
        "I answered the questions on {} you sent me. Here are our two results side by side: {link}",
        ABOUT.teams
    );
    let title = share_title();
    let mail = format!(
        "mailto:?subject={}&body={}",
        js_sys::encode_uri_component(&title),
        js_sys::encode_uri_component(&body)
    );
    html! {
        <div class="send-back" data-testid="send-back">
            { share_link(&SEND_BACK, link.clone(), title.into()) }
            <p><a href={mail} data-testid="mail-send-back">{"Write an e-mail with the link"}</a></p>
        </div>
    }
}

fn versions_note(comparison: &Comparison) -> String {
    let analysis = &comparison.analysis;
    let left_out: Vec<&str> = analysis.unshared.iter().map(|d| d.name).collect();
    let mut note = format!(
        "These results were made with different versions of the questions, so they are compared on the {} areas both versions ask about.",
        analysis.areas.len()
    );
    if !left_out.is_empty() {
        note += " Left out: ";
        note += &join_names(&left_out);
        note.push('.');
    }
    note
}

/// A member's key, centred on (x, y), of `radius`: its letter in a ring.
fn key(index: usize, x: &str, y: f32, radius: f32) -> Html {
    html! {
        <g class="key" data-member={letter(index).to_string()}>
            <circle cx={x.to_string()} cy={units(y)} r={units(radius)} />
            <text x={x.to_string()} y={units(y)} dy="0.35em" text-anchor="middle">{letter(index)}</text>
        </g>
    }
}

/// Where a key risen above its point, (x, y), to clear others really stands: a dot
/// there and a stem up to the key, drawn under every key. Nothing for a key on its
/// point.
fn pin(x: &str, y: f32, rise: f32) -> Html {
    if rise <= 0.0 {
        return Html::default();
    }
    html! {
        <>
            <line class="key-stem" x1={x.to_string()} y1={units(y)} x2={x.to_string()} y2={units(y - rise)} />
            <circle class="key-dot" cx={x.to_string()} cy={units(y)} r="3" />
        </>
    }
}

/// Who is compared: each member's key, label (editable), stage and own result.
fn members(
    comparison: &Comparison,
    labels: &[String],
    on_action: &Callback<CompareAction>,
) -> Html {
    let items = comparison.members.iter().zip(labels).enumerate().map(|(index, (member, label))| {
        let report = &member.report;
        let bank = report.bank;
        let placed = report.placement.as_ref().map_or("Not placed: too many “not sure”".to_owned(), |p| {
            format!("{} · {} out of 100", bank.stage(p.stage).title, p.position.percent())
        });
        let field = format!("label-{index}");
        let onchange = on_action.reform(move |event: Event| {
            let input: HtmlInputElement = event.target_unchecked_into();
            CompareAction::Relabel { member: index, label: input.value() }
        });
        html! {
            <li class="member" data-testid="member">
                <svg class="member-key" viewBox="-11 -11 22 22" aria-hidden="true" focusable="false">{ key(index, "0", 0.0, KEY_RADIUS) }</svg>
                <div class="member-text">
                    <span class="print-only member-name">{label.clone()}</span>
                    <label for={field.clone()}>{format!("Result {} label", letter(index))}</label>
                    <input id={field} type="text" value={label.clone()} maxlength="30" autocomplete="off"
                        {onchange} data-testid="member-label" />
                    <span class="member-stage" data-testid="member-stage">{placed}</span>
                    <a href={format!("{}#/r/{}", location::page_href(ASSESSMENT_PAGE), report.token)} data-testid="member-result">
                        {format!("Open result {} on its own", letter(index))}
                    </a>
                </div>
            </li>
        }
    });
    html! {
        <section class="people" aria-labelledby="members-heading">
            <h2 id="members-heading">{"Who is compared"}</h2>
            <ul class="members" data-testid="members">{ for items }</ul>
        </section>
    }
}

/// Every placed member's key on one curve (keys crowding one spot stacked upward), and
/// with three or more the group's average as a dashed line named below the bands.
fn curve(bank: &Bank, comparison: &Comparison, labels: &[String]) -> Html {
    let group = comparison.analysis.group_position;
    let placed: Vec<(usize, f32, f32)> = comparison
        .members
        .iter()
        .enumerate()
        .filter_map(|(index, member)| {
            let (x, y) = point(along(member.report.placement.as_ref()?.position));
            Some((index, x, y))
        })
        .collect();
    let rises = stack_up(
        &placed.iter().map(|p| (p.1, p.2)).collect::<Vec<_>>(),
        KEY_RADIUS,
    );
    // Room above the bands for the keys risen past their top, and no more.
    let lift = placed
        .iter()
        .zip(&rises)
        .map(|(&(_, _, y), rise)| rise + KEY_RADIUS + 2.0 - y)
        .fold(0.0, f32::max);
    let pins = placed
        .iter()
        .zip(&rises)
        .map(|(&(_, x, y), &rise)| pin(&units(x), y + lift, rise));
    let keys = placed
        .iter()
        .zip(&rises)
        .map(|(&(index, x, y), &rise)| key(index, &units(x), y + lift - rise, KEY_RADIUS));
    let mut caption: Vec<String> = comparison
        .members
        .iter()
        .zip(labels)
        .enumerate()
        .map(|(index, (member, label))| match &member.report.placement {
            Some(p) => format!(
                "{} {label}: {} out of 100, {}.",
                letter(index),
                p.position.percent(),
                bank.stage(bank.scoring.stage(p.position)).title
            ),
            None => format!("{} {label}: not placed.", letter(index)),
        })
        .collect();
    let average = group.map(|group| {
        caption.push(format!(
            "Group average: {} out of 100, {}.",
            group.percent(),
            bank.stage(bank.scoring.stage(group)).title
        ));
        let x = units(point(along(group)).0);
        html! {
            <line class="group-average" data-testid="group-marker" x1={x.clone()} y1={units(lift)} x2={x} y2={units(BASELINE + lift)} />
        }
    });
    html! {
        <section class="positions" aria-labelledby="positions-heading">
            <h2 id="positions-heading">{"Where each of you places the teams"}</h2>
            <figure class="curve" data-testid="compare-curve">
                // The caption below says all the picture shows.
                <div class="curve-picture" aria-hidden="true">
                    <svg viewBox={format!("0 0 {} {}", units(WIDTH), units(BASELINE + lift + 1.0))} focusable="false">
                        <g transform={format!("translate(0 {})", units(lift))}>{ frame(bank.scoring) }</g>
                        { average.unwrap_or_default() }
                        { for pins }
                        { for keys }
                    </svg>
                    { band_labels(bank, None) }
                    if group.is_some() {
                        <p class="average-key" data-testid="average-key">{"Dashed line: the group's average"}</p>
                    }
                </div>
                <figcaption id="compare-curve-caption" data-testid="compare-curve-caption">{caption.join(" ")}</figcaption>
            </figure>
        </section>
    }
}

/// Every compared area: each member's score on one track, and the same in words.
fn areas(bank: &Bank, comparison: &Comparison, labels: &[String]) -> Html {
    let group = comparison.members.len() >= 3;
    let ticks: Vec<Html> = bank
        .scoring
        .band_starts_per_mille()
        .iter()
        .map(|&start| {
            let x = format!("{}.{}%", start / 10, start % 10);
            html! { <line class="track-tick" x1={x.clone()} y1="0" x2={x} y2="100%" /> }
        })
        .collect();
    let rows = comparison.analysis.areas.iter().map(|area| {
        let scored: Vec<(usize, u32)> = area
            .scores
            .iter()
            .enumerate()
            .filter_map(|(index, score)| Some((index, (*score)?)))
            .collect();
        let points: Vec<(f32, f32)> = scored
            .iter()
            .map(|&(_, score)| (on_track(score, NARROWEST_TRACK, 0.0), 0.0))
            .collect();
        let rises = stack_up(&points, TRACK_KEY_RADIUS);
        let line = rises.iter().copied().fold(0.0, f32::max) + TRACK_KEY_RADIUS + 2.0;
        let height = line + TRACK_KEY_RADIUS + 2.0;
        let at = |score: u32| format!("{score}%");
        let pins = scored.iter().zip(&rises).map(|(&(_, score), &rise)| pin(&at(score), line, rise));
        let keys = scored
            .iter()
            .zip(&rises)
            .map(|(&(index, score), &rise)| key(index, &at(score), line - rise, TRACK_KEY_RADIUS));
        let words: Vec<String> = area
            .scores
            .iter()
            .zip(labels)
            .map(|(score, label)| match score {
                Some(score) => format!("{label} at {score}"),
                None => format!("{label}: not enough answers"),
            })
            .collect();
        let spread = area
            .range()
            .filter(|_| group)
            .map(|(low, high)| format!(" Spread: {low}–{high}."));
        html! {
            <li class="area-row" data-testid="area-row" data-area={area.dimension.id}>
                <span class="bar-name">{area.dimension.name}</span>
                // In pixels, the keys' rings and letters keep their size on any width.
                <svg class="track" height={units(height)} aria-hidden="true" focusable="false">
                    <line class="track-line" x1="0" y1={units(line)} x2="100%" y2={units(line)} />
                    { for ticks.iter().cloned() }
                    { for pins }
                    { for keys }
                </svg>
                <span class="area-scores" data-testid="area-scores">{words.join(", ")}{"."}{spread}</span>
            </li>
        }
    });
    html! {
        <section aria-labelledby="areas-heading">
            <h2 id="areas-heading">{"Area by area"}</h2>
            <p>{"Each track runs from 0 on the left to 100 on the right; the ticks mark where the stages begin."}</p>
            <ol class="area-rows" data-testid="area-chart">{ for rows }</ol>
        </section>
    }
}

/// "Sales at 11, Marketing at 100: 89 points apart", or for a group the ends of the
/// spread.
fn gap_words(area: &Area, labels: &[String]) -> String {
    let Some((low, high)) = area.range() else {
        return String::new();
    };
    let at = |score| {
        let names: Vec<&str> = area
            .members_at(score)
            .iter()
            .map(|&i| labels[i].as_str())
            .collect();
        join_names(&names)
    };
    if labels.len() == 2 {
        let scores: Vec<String> = area
            .scores
            .iter()
            .zip(labels)
            .map(|(s, label)| format!("{label} at {}", s.unwrap_or(0)))
            .collect();
        format!("{}: {} points apart.", scores.join(", "), high - low)
    } else {
        format!(
            "From {low} ({}) to {high} ({}): {} points apart.",
            at(low),
            at(high),
            high - low
        )
    }
}

fn gaps(comparison: &Comparison, labels: &[String]) -> Html {
    let analysis = &comparison.analysis;
    let items = analysis.gaps.iter().map(|&index| {
        let area = &analysis.areas[index];
        let dimension = area.dimension;
        html! {
            <li class="gap" data-testid="gap" data-area={dimension.id}>
                <h3>{dimension.name}</h3>
                <p class="gap-scores" data-testid="gap-scores">{gap_words(area, labels)}</p>
                if let Some(meaning) = dimension.gap.map(Text::get) {
                    <p>{meaning}</p>
                }
                if let Some(question) = dimension.discuss.map(Text::get) {
                    <p class="discuss"><strong>{"To discuss together: "}</strong>{question}</p>
                }
            </li>
        }
    });
    html! {
        <section class="gaps" aria-labelledby="gaps-heading">
            <h2 id="gaps-heading">{"Where your views differ most"}</h2>
            if analysis.gaps.is_empty() {
                <p data-testid="no-gaps">{format!("No area is more than {AGREE_WITHIN} points apart: you see the teams much the same way.")}</p>
            } else {
                <p class="gaps-about">{format!("Largest difference first. Views more than {AGREE_WITHIN} points apart usually mean the two sides live the same habit differently: worth an hour together.")}</p>
                <ol class="gap-list" data-testid="gaps">{ for items }</ol>
            }
        </section>
    }
}

fn agreement(comparison: &Comparison) -> Html {
    let analysis = &comparison.analysis;
    let names = |indices: &[usize]| {
        let names: Vec<&str> = indices
            .iter()
            .map(|&i| analysis.areas[i].dimension.name)
            .collect();
        join_names(&names)
    };
    html! {
        <section class="agreement" aria-labelledby="agreement-heading">
            <h2 id="agreement-heading">{"Where you agree"}</h2>
            <p data-testid="agreement">{
                if analysis.agreements.is_empty() {
                    format!("No area has all views within {AGREE_WITHIN} points of each other.")
                } else {
                    format!("Within {AGREE_WITHIN} points of each other: {}.", names(&analysis.agreements))
                }
            }</p>
            if !analysis.uncompared.is_empty() {
                <p data-testid="uncompared">{format!(
                    "Not enough answers to compare: {}.",
                    names(&analysis.uncompared)
                )}</p>
            }
        </section>
    }
}

/// A text area for result links and a button that compares them: with the results
/// shown when `adding`, else on their own. It opens holding `draft`.
fn paste_form(on_action: &Callback<CompareAction>, adding: bool, draft: &AttrValue) -> Html {
    let onsubmit = on_action.reform(move |event: SubmitEvent| {
        event.prevent_default();
        let text = event
            .target_dyn_into::<Element>()
            .and_then(|form| form.query_selector("textarea").ok().flatten())
            .and_then(|area| area.dyn_into::<HtmlTextAreaElement>().ok())
            .map(|area| area.value())
            .unwrap_or_default();
        if adding {
            CompareAction::Added(text)
        } else {
            CompareAction::Pasted(text)
        }
    });
    html! {
        <form class="paste" {onsubmit} data-testid="paste-form">
            <label for="paste-links">{"Result links, one per line"}</label>
            <p id="paste-help" class="hint">{"Up to 12: links to results, or to a comparison you want to add to."}</p>
            <textarea id="paste-links" rows="6" aria-describedby="paste-help"
                spellcheck="false" autocomplete="off" value={draft.clone()} data-testid="paste-links" />
            <button type="submit" class="button primary" data-testid="compare-pasted">{"Compare these results"}</button>
        </form>
    }
}
