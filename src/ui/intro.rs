//! The welcome screen: what Tandem measures, how long it takes, and that answers stay
//! in the browser. Offers to continue when earlier answers were kept.

use super::brand::brand_mark;
use super::journey::Action;
use super::keys::on_control;
use super::location;
use super::route::COMPARISON_PAGE;
use crate::assessment::bank::Bank;
use crate::assessment::stage::Stage;
use crate::content::ABOUT;
use web_sys::KeyboardEvent;
use yew::prelude::*;

/// `Properties`, so that tests and the prerenderer can mount the screen on its own.
#[derive(Properties, PartialEq)]
pub struct IntroProps {
    pub bank: &'static Bank,
    /// Answers kept from an earlier visit.
    pub answered: usize,
    /// Set when a colleague's invitation to compare is kept: their side, if they gave it.
    #[prop_or_default]
    pub invited_by: Option<Option<AttrValue>>,
    pub on_action: Callback<Action>,
    /// Takes focus when the screen appears (`in_step`, through `focus::focus`).
    pub heading: NodeRef,
}

pub fn intro(props: &IntroProps) -> Html {
    let start = props.on_action.reform(|_| Action::Start);
    let resume = props.on_action.reform(|_| Action::Resume);
    // "Enter goes on", as the intro says: to the first button's action.
    let onkeydown = {
        let on_action = props.on_action.clone();
        let primary = if props.answered > 0 {
            Action::Resume
        } else {
            Action::Start
        };
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" && !on_control(&event) {
                on_action.emit(primary.clone());
            }
        })
    };
    let questions = props.bank.question_count();
    let minutes = questions.div_ceil(5);
    let complete = props.answered == questions;
    let stages = Stage::ALL.map(|stage| html! { <li>{props.bank.stage(stage).title}</li> });
    // Kept answers are taken on; an invitation compares with them at the end.
    let invited = props.invited_by.is_some();
    let actions = html! {
        <div class="actions">
            if props.answered > 0 {
                <button type="button" class="button primary" onclick={resume} data-testid="resume">
                    { match (complete, invited) {
                        (true, true) => "Compare with my last result".to_owned(),
                        (true, false) => "See my last result".to_owned(),
                        (false, _) => format!("Continue ({} of {} answered)", props.answered, questions),
                    } }
                </button>
                <button type="button" class="button" onclick={start} data-testid="start">{"Start over"}</button>
            } else {
                <button type="button" class="button primary" onclick={start} data-testid="start">{"Start the assessment"}</button>
            }
        </div>
    };
    html! {
        <main key="intro" class="screen intro" data-testid="intro-screen" {onkeydown}>
            { brand_mark(false) }
            <h1 ref={props.heading.clone()} tabindex="-1">{format!("How well do your {} teams work together?", ABOUT.teams)}</h1>
            if let Some(side) = &props.invited_by {
                <section class="banner invited" aria-labelledby="invited-heading" data-testid="invited">
                    <h2 id="invited-heading">{"You are invited to compare views"}</h2>
                    <p>
                        {"A colleague"}
                        if let Some(side) = side { {" from "}<strong>{side.clone()}</strong> }
                        {" took this assessment and would like to see how your view compares. Answer from where you sit; when you finish, both results open side by side. Theirs stays hidden until then, so it cannot colour your answers."}
                    </p>
                    { actions.clone() }
                    <button type="button" class="text-button" onclick={props.on_action.reform(|_| Action::DeclineInvite)}
                        data-testid="decline-invite">{"Take it without comparing"}</button>
                </section>
            }
            <p class="lead">{props.bank.intro_lead.unwrap_or_default()}</p>
            <ol class="stage-strip" aria-label="The four stages, from first to last">{ for stages }</ol>
            <ul class="facts-list">
                <li>{format!("{questions} questions, about {minutes} minutes, one per screen. “Not sure” is always an answer.")}</li>
                <li>{format!("Works with a keyboard: keys 1–{} choose, Enter goes on.", props.bank.choices_per_question())}</li>
                <li>{"Your answers never leave this browser unless you share your result link."}</li>
            </ul>
            if !invited { { actions } }
            <p class="compare-entry"><a href={format!("{}#/compare", location::page_href(COMPARISON_PAGE))} data-testid="compare-others">{"Compare results you already have"}</a></p>
        </main>
    }
}
