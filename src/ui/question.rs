//! One question per screen: the answers, and "not sure" where the bank offers it, are
//! a radio group operable by pointer and keyboard (digits choose, arrows move, Enter
//! next, Backspace back).

use super::journey::Action;
use super::keys::on_control;
use super::progress::progress;
use crate::assessment::answers::Choice;
use crate::assessment::bank::{Bank, Question};
use web_sys::{KeyboardEvent, MouseEvent};
use yew::prelude::*;

/// `Properties`, so that tests can mount the screen on its own.
#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub bank: &'static Bank,
    pub index: usize,
    pub selected: Option<Choice>,
    pub answered: usize,
    pub on_action: Callback<Action>,
    /// Takes focus when a question appears (`in_step`, through `focus::focus`).
    pub heading: NodeRef,
}

pub fn question_screen(props: &QuestionProps) -> Html {
    let heading = props.heading.clone();
    let bank = props.bank;
    let question = &bank.questions[props.index];
    let total = bank.question_count();
    let is_last = props.index + 1 == total;
    let options = options(bank, props.index);
    let choose = {
        let (on_action, index) = (props.on_action.clone(), props.index);
        move |position: usize, advance: bool| {
            if let Some(choice) = choice_at(bank, index, position) {
                on_action.emit(Action::Choose {
                    question: index,
                    choice,
                    advance,
                });
            }
        }
    };
    let onkeydown = {
        let (choose, on_action) = (choose.clone(), props.on_action.clone());
        let selected = props.selected.map(|c| option_index(c, question));
        let count = options.len();
        Callback::from(move |event: KeyboardEvent| {
            if let Some(action) = key_action(&event, selected, count) {
                event.prevent_default();
                match action {
                    KeyAction::Choose(position) => choose(position, false),
                    KeyAction::Next => on_action.emit(Action::Next),
                    KeyAction::Back => on_action.emit(Action::Back),
                }
            }
        })
    };
    let answers = options
        .iter()
        .enumerate()
        .map(|(position, text)| {
            let checked = props.selected.map(|c| option_index(c, question)) == Some(position);
            let focusable = checked || (props.selected.is_none() && position == 0);
            let onclick = {
                let choose = choose.clone();
                // A pointer click (detail 1) also moves on; a keyboard or scripted click
                // (detail 0) only chooses. The rest of a double click (detail 2+) would
                // land on the next question's answer, so it is ignored.
                Callback::from(move |event: MouseEvent| match event.detail() {
                    0 => choose(position, false),
                    1 => choose(position, true),
                    _ => {}
                })
            };
            // Space checks the focused radio, as in a native radio group.
            let onkeydown = {
                let choose = choose.clone();
                Callback::from(move |event: KeyboardEvent| {
                    if event.key() == " " {
                        event.prevent_default();
                        choose(position, false);
                    }
                })
            };
            let not_sure = position == question.answers.len();
            html! {
                <div role="radio" class="answer" data-kind={not_sure.then_some("not-sure")}
                    aria-checked={checked.to_string()}
                    tabindex={if focusable { "0" } else { "-1" }}
                    data-testid={if not_sure { "not-sure".to_owned() } else { format!("answer-{}", position + 1) }}
                    {onclick} {onkeydown}>
                    <span class="answer-key" aria-hidden="true">{position + 1}</span>
                    <span class="answer-text">{*text}</span>
                </div>
            }
        });
    let back = props.on_action.reform(|_| Action::Back);
    let next = props.on_action.reform(|_| Action::Next);

    html! {
        <main key="question" class="screen question" data-testid="question-screen" {onkeydown}>
            { progress(props.answered, total) }
            <h1 ref={heading} tabindex="-1" class="question-heading" data-testid="question-heading">
                <span class="eyebrow" data-testid="question-meta">
                    {format!("Question {} of {total}", props.index + 1)}
                    <span class="dot" aria-hidden="true">{" · "}</span>
                    <span class="visually-hidden">{", "}</span>
                    {props.bank.dimensions[question.dimension].name}
                </span>
                <span id="question-prompt" class="prompt">{question.prompt.get()}</span>
            </h1>
            <div role="radiogroup" class="answers" aria-labelledby="question-prompt"
                aria-describedby="answer-hint">
                { for answers }
            </div>
            <p id="answer-hint" class="hint">
                {"Choose the answer closest to what usually happens."}
                <span class="key-hint">{format!(" Keys: 1–{} choose, Enter goes on, Backspace goes back.", options.len())}</span>
            </p>
            <nav class="steps" aria-label="Questions">
                <button type="button" class="button" onclick={back} data-testid="back">{"Back"}</button>
                <button type="button" class="button primary" onclick={next}
                    disabled={props.selected.is_none()} data-testid="next">
                    { if is_last { "See my result" } else { "Next" } }
                </button>
            </nav>
        </main>
    }
}

/// The texts a visitor can pick, in display order: the answers, then "not sure".
fn options(bank: &'static Bank, question: usize) -> Vec<&'static str> {
    let answers = bank.questions[question]
        .answers
        .iter()
        .map(|a| a.text.get());
    answers.chain(bank.not_sure).collect()
}

/// The choice at `index` among [`options`].
fn choice_at(bank: &Bank, question: usize, index: usize) -> Option<Choice> {
    let question_data = &bank.questions[question];
    Choice::new(index, question_data).or_else(|| {
        (index == question_data.answers.len())
            .then(|| Choice::not_sure(bank))
            .flatten()
    })
}

/// Where a choice sits among [`options`]: "not sure" comes after every answer.
fn option_index(choice: Choice, question: &Question) -> usize {
    choice.position().unwrap_or(question.answers.len())
}

enum KeyAction {
    Choose(usize),
    Next,
    Back,
}

/// What a key press on the question screen means, given the current selection.
fn key_action(event: &KeyboardEvent, selected: Option<usize>, count: usize) -> Option<KeyAction> {
    if event.ctrl_key() || event.meta_key() || event.alt_key() {
        return None;
    }
    let on_button = on_control(event);
    let key = event.key();
    match key.as_str() {
        "ArrowDown" | "ArrowRight" => {
            Some(KeyAction::Choose(selected.map_or(0, |s| (s + 1) % count)))
        }
        "ArrowUp" | "ArrowLeft" => Some(KeyAction::Choose(
            selected.map_or(count - 1, |s| (s + count - 1) % count),
        )),
        "Enter" if !on_button => Some(KeyAction::Next),
        "Backspace" => Some(KeyAction::Back),
        digit => digit
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=count).contains(n))
            .map(|n| KeyAction::Choose(n - 1)),
    }
}
