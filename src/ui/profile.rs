//! Before the questions: who is answering and what the company is like. Every part is
//! optional and never scored; the side travels with the result, the market shapes advice.

use super::journey::Action;
use super::keys::on_control;
use crate::assessment::answers::Profile;
use crate::assessment::bank::{Bank, ProfileQuestion};
use yew::prelude::*;

pub struct ProfileProps {
    pub bank: &'static Bank,
    pub profile: Profile,
    pub on_action: Callback<Action>,
    /// Takes focus when the screen appears (`in_step`, through `focus::focus`).
    pub heading: NodeRef,
}

pub fn profile_screen(props: &ProfileProps) -> Html {
    let next = props.on_action.reform(|_| Action::Next);
    let skip = props.on_action.reform(|_| Action::SkipProfile);
    let back = props.on_action.reform(|_| Action::Back);
    // Enter goes on here too, as the intro promises; on a button, the button decides.
    let onkeydown = {
        let on_action = props.on_action.clone();
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" && !on_control(&event) {
                on_action.emit(Action::Next);
            }
        })
    };
    let groups = props
        .bank
        .profile
        .iter()
        .enumerate()
        .map(|(index, question)| {
            option_group(index, question, props.profile.get(index), &props.on_action)
        });
    html! {
        <main key="profile" class="screen profile" data-testid="profile-screen" {onkeydown}>
            <h1 ref={props.heading.clone()} tabindex="-1">{"First, a little context"}</h1>
            <p class="lead">{"These answers are optional and never change your score. Your team is kept with your result; your market decides which next steps are worth it for you."}</p>
            { for groups }
            <nav class="steps" aria-label="Questions">
                <button type="button" class="button" onclick={back} data-testid="back">{"Back"}</button>
                <button type="button" class="button" onclick={skip} data-testid="skip-profile">{"Skip"}</button>
                <button type="button" class="button primary" onclick={next} data-testid="next">{"Continue"}</button>
            </nav>
        </main>
    }
}

/// One profile question as a native radio group, with "Prefer not to say" for none.
fn option_group(
    index: usize,
    question: &'static ProfileQuestion,
    chosen: Option<usize>,
    on_action: &Callback<Action>,
) -> Html {
    let name = format!("profile-{}", question.id);
    let choices = question
        .options
        .iter()
        .map(|o| o.label)
        .enumerate()
        .map(Some)
        .chain([None]);
    let radios = choices.map(|choice| {
        let option = choice.map(|(position, _)| position);
        let label = choice.map_or("Prefer not to say", |(_, label)| label);
        let onchange = on_action.reform(move |_| Action::SetProfile {
            question: index,
            option,
        });
        let testid = format!(
            "profile-{}-{}",
            question.id,
            option.map_or("none".to_owned(), |o| (o + 1).to_string())
        );
        html! {
            <label class="profile-option">
                <input type="radio" name={name.clone()} checked={chosen == option}
                    data-testid={testid} {onchange} />
                <span>{label}</span>
            </label>
        }
    });
    html! {
        <fieldset class="profile-question" data-testid={format!("profile-{}", question.id)}>
            <legend>{question.prompt}</legend>
            { for radios }
        </fieldset>
    }
}
