//! Component tests in headless Chromium: a component mounted into the page renders
//! what its props say and sends the right action.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;
use tandem::assessment::answers::{Choice, Draft};
use tandem::assessment::report::Report;
use tandem::assessment::stage::Stage;
use tandem::content::{BANKS, CURRENT, V1};
use tandem::embed::Cta;
use tandem::ui::focus;
use tandem::ui::journey::Action;
use tandem::ui::memo::Memo;
use tandem::ui::question::{question_screen, QuestionProps};
use tandem::ui::results::{results, ResultsProps};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{
    Element, HtmlElement, HtmlInputElement, KeyboardEvent, KeyboardEventInit, MouseEvent,
    MouseEventInit,
};
use yew::{function_component, html, Callback, Html, NodeRef, Properties, Renderer};

mod common;
use common::{answers_at, first_area_at};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element in the page for one component.
fn host() -> Element {
    let document = gloo::utils::document();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    host
}

/// Lets Yew finish rendering and running effects.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(20)).await;
}

fn find(host: &Element, testid: &str) -> Element {
    host.query_selector(&format!("[data-testid='{testid}']"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid {testid}"))
}

fn text(host: &Element, testid: &str) -> String {
    find(host, testid).text_content().unwrap_or_default()
}

/// Records every action a component sends.
fn recorder() -> (Callback<Action>, Rc<RefCell<Vec<Action>>>) {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let sink = seen.clone();
    (
        Callback::from(move |action| sink.borrow_mut().push(action)),
        seen,
    )
}

fn pointer_click(element: &Element) {
    let init = MouseEventInit::new();
    init.set_bubbles(true);
    init.set_detail(1);
    let event = MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
    element.dispatch_event(&event).unwrap();
}

fn press(element: &Element, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_bubbles(true);
    init.set_key(key);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    element.dispatch_event(&event).unwrap();
}

fn mount_question(index: usize, selected: Option<usize>) -> (Element, Rc<RefCell<Vec<Action>>>) {
    let (on_action, seen) = recorder();
    let host = host();
    let props = QuestionProps {
        bank: &CURRENT,
        index,
        selected: selected.map(|p| Choice::new(p, &CURRENT.questions[index]).unwrap()),
        answered: index,
        on_action,
        heading: NodeRef::default(),
    };
    Renderer::<QuestionScreen>::with_root_and_props(host.clone(), props).render();
    (host, seen)
}

#[wasm_bindgen_test]
async fn a_question_shows_its_prompt_number_dimension_four_answers_and_not_sure() {
    let (host, _) = mount_question(6, None);
    settle().await;
    let question = &CURRENT.questions[6];
    let meta = text(&host, "question-meta");
    let expected = format!("Question 7 of {}", CURRENT.question_count());
    assert!(meta.contains(&expected), "{meta}");
    assert!(
        meta.contains(CURRENT.dimensions[question.dimension].name),
        "{meta}"
    );
    assert!(text(&host, "question-heading").contains(question.prompt.get()));
    for (position, answer) in question.answers.iter().enumerate() {
        let radio = find(&host, &format!("answer-{}", position + 1));
        assert_eq!(radio.get_attribute("role").as_deref(), Some("radio"));
        assert_eq!(
            radio.get_attribute("aria-checked").as_deref(),
            Some("false")
        );
        assert!(radio.text_content().unwrap().contains(answer.text.get()));
    }
    let not_sure = find(&host, "not-sure");
    assert_eq!(not_sure.get_attribute("role").as_deref(), Some("radio"));
    assert!(not_sure
        .text_content()
        .unwrap()
        .contains(CURRENT.not_sure.unwrap()));
    assert!(
        find(&host, "next").has_attribute("disabled"),
        "nothing chosen yet"
    );
}

#[wasm_bindgen_test]
async fn key_five_chooses_not_sure() {
    let (host, seen) = mount_question(2, None);
    settle().await;
    press(&find(&host, "question-heading"), "5");
    assert_eq!(
        seen.borrow().as_slice(),
        [Action::Choose {
            question: 2,
            choice: Choice::NotSure,
            advance: false
        }]
    );
}

/// The screens are functions of the app's; each is mounted alone in a component.
#[function_component]
fn ResultsScreen(props: &ResultsProps) -> Html {
    results(props)
}

#[function_component]
fn QuestionScreen(props: &QuestionProps) -> Html {
    question_screen(props)
}

#[derive(Properties, PartialEq)]
struct ScreenProps {
    shown: usize,
}

/// A screen as the pages show it: after each render, their one effect focuses the
/// heading when what tells one screen from another changed (a `Memo` part).
#[function_component]
fn Screen(props: &ScreenProps) -> Html {
    let heading = yew::use_node_ref();
    let shown = yew::use_mut_ref(Memo::default);
    {
        let (heading, now) = (heading.clone(), props.shown);
        yew::use_effect(move || {
            if shown.borrow_mut().changed(now).is_some() {
                focus::focus(&heading);
            }
        });
    }
    html! {
        <main>
            <h1 ref={heading} tabindex="-1" data-testid="heading">{props.shown}</h1>
            <button data-testid="elsewhere">{"Elsewhere"}</button>
        </main>
    }
}

/// Issue 14, item 1: on first load the heading must not take focus (inside a frame
/// that pulled the host page down to it); after the visitor's own action it does.
#[wasm_bindgen_test]
async fn the_heading_takes_focus_only_after_the_visitor_acted_and_on_every_new_screen() {
    let host = host();
    let screen = |shown| {
        Renderer::<Screen>::with_root_and_props(host.clone(), ScreenProps { shown }).render()
    };
    let mut app = screen(0);
    settle().await;
    let active = || gloo::utils::document().active_element();
    assert_ne!(active(), Some(find(&host, "heading")), "not on first load");

    focus::visitor_acted();
    app.update(ScreenProps { shown: 1 });
    settle().await;
    assert_eq!(active(), Some(find(&host, "heading")), "a new screen");

    find(&host, "elsewhere")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .focus()
        .unwrap();
    app.update(ScreenProps { shown: 1 });
    settle().await;
    assert_eq!(
        active(),
        Some(find(&host, "elsewhere")),
        "the same screen drawn again keeps focus where the visitor put it"
    );
    app.update(ScreenProps { shown: 2 });
    settle().await;
    assert_eq!(active(), Some(find(&host, "heading")), "the next screen");
}

/// A radio group as the question screen draws it, answer `checked` checked.
fn radio_group(host: &Element, checked: usize) {
    let radios: String = (0..3)
        .map(|p| format!(r#"<div role="radio" tabindex="-1" aria-checked="{}" data-testid="radio-{p}"></div>"#, p == checked))
        .collect();
    host.set_inner_html(&format!(
        r#"<div role="radiogroup">{radios}</div><button data-testid="outside">Outside</button>"#
    ));
}

fn focus_on(host: &Element, testid: &str) {
    find(host, testid)
        .dyn_into::<HtmlElement>()
        .unwrap()
        .focus()
        .unwrap()
}

#[wasm_bindgen_test]
fn focus_on_a_radio_follows_the_selection_and_focus_elsewhere_stays() {
    let host = host();
    let active = || gloo::utils::document().active_element();
    radio_group(&host, 0);
    focus_on(&host, "radio-0");
    find(&host, "radio-0")
        .set_attribute("aria-checked", "false")
        .unwrap();
    find(&host, "radio-2")
        .set_attribute("aria-checked", "true")
        .unwrap();
    focus::follow_selection();
    assert_eq!(active(), Some(find(&host, "radio-2")));

    focus_on(&host, "outside");
    find(&host, "radio-2")
        .set_attribute("aria-checked", "false")
        .unwrap();
    find(&host, "radio-1")
        .set_attribute("aria-checked", "true")
        .unwrap();
    focus::follow_selection();
    assert_eq!(active(), Some(find(&host, "outside")));
}

#[wasm_bindgen_test]
async fn the_selected_answer_is_checked_and_next_is_enabled() {
    let (host, _) = mount_question(2, Some(3));
    settle().await;
    assert_eq!(
        find(&host, "answer-4")
            .get_attribute("aria-checked")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        find(&host, "answer-4").get_attribute("tabindex").as_deref(),
        Some("0")
    );
    assert_eq!(
        find(&host, "answer-1").get_attribute("tabindex").as_deref(),
        Some("-1")
    );
    assert!(!find(&host, "next").has_attribute("disabled"));
}

#[wasm_bindgen_test]
async fn a_click_chooses_and_moves_on() {
    let (host, seen) = mount_question(4, None);
    settle().await;
    pointer_click(&find(&host, "answer-2"));
    let expected = Action::Choose {
        question: 4,
        choice: Choice::new(1, &CURRENT.questions[4]).unwrap(),
        advance: true,
    };
    assert_eq!(seen.borrow().as_slice(), [expected]);
}

#[wasm_bindgen_test]
async fn keys_choose_go_on_and_go_back() {
    let (host, seen) = mount_question(1, Some(0));
    settle().await;
    let heading = find(&host, "question-heading");
    press(&heading, "3");
    press(&heading, "ArrowDown");
    press(&heading, "Enter");
    press(&heading, "Backspace");
    press(&heading, "9");
    let choice = |p| Choice::new(p, &CURRENT.questions[1]).unwrap();
    assert_eq!(
        seen.borrow().as_slice(),
        [
            Action::Choose {
                question: 1,
                choice: choice(2),
                advance: false
            },
            Action::Choose {
                question: 1,
                choice: choice(1),
                advance: false
            },
            Action::Next,
            Action::Back,
        ]
    );
}

#[wasm_bindgen_test]
async fn space_checks_the_answer_it_is_pressed_on() {
    let (host, seen) = mount_question(4, None);
    settle().await;
    press(&find(&host, "answer-3"), " ");
    assert_eq!(
        seen.borrow().as_slice(),
        [Action::Choose {
            question: 4,
            choice: Choice::new(2, &CURRENT.questions[4]).unwrap(),
            advance: false
        }]
    );
}

/// Mounts the results screen for `report` and waits until it is drawn.
async fn render_results(report: Rc<Report>, link: &'static str, own: bool) -> Element {
    render_results_with(report, link, own, None).await
}

/// Mounts the results screen with a call to action.
async fn render_results_with(
    report: Rc<Report>,
    link: &'static str,
    own: bool,
    cta: Option<&'static Cta>,
) -> Element {
    let host = host();
    let (on_action, _) = recorder();
    let props = ResultsProps {
        outdated: report.is_outdated(&CURRENT),
        report,
        link: link.into(),
        own,
        cta,
        on_action,
        heading: NodeRef::default(),
    };
    Renderer::<ResultsScreen>::with_root_and_props(host.clone(), props).render();
    settle().await;
    host
}

#[wasm_bindgen_test]
async fn a_version_one_result_shows_stage_curve_areas_moves_and_link() {
    let report = Rc::new(Report::from_token("AQEyRqFQoxGGIPHz", &BANKS).unwrap());
    let link = "https://example.test/tools/alignment/#/r/AQEyRqFQoxGGIPHz";
    let host = render_results(report.clone(), link, false).await;

    assert_eq!(text(&host, "stage-name"), "Defined");
    let marker = find(&host, "curve-marker");
    // 5/12 of the scale: recorded as 41 in the golden table, shown rounded.
    assert_eq!(marker.get_attribute("data-position").as_deref(), Some("42"));
    assert!(text(&host, "curve-caption").contains("42 out of 100"));
    let rows = host
        .query_selector_all("[data-testid='dimension-score']")
        .unwrap();
    assert_eq!(rows.length(), 10);
    let first = rows.item(0).unwrap().dyn_into::<HtmlElement>().unwrap();
    assert_eq!(first.get_attribute("data-score").as_deref(), Some("67"));
    assert!(first.inner_text().contains(V1.dimensions[0].name));
    let held_back = text(&host, "held-back");
    assert!(
        held_back.contains(V1.dimensions[2].name),
        "the weakest area is named"
    );
    assert!(
        held_back.contains("(50 out of 100) would place them at Aligned"),
        "the stage the average alone would reach is named: {held_back}"
    );
    let first_move = &report.advice.as_ref().unwrap().moves[0];
    let title = V1.dimensions[first_move.dimension].moves[first_move.from.level() as usize].title;
    assert!(text(&host, "moves").contains(title.get()));
    let input = find(&host, "share-link")
        .dyn_into::<HtmlInputElement>()
        .unwrap();
    assert_eq!(input.value(), link);
    assert!(text(&host, "outdated").contains("earlier version of the questions"));
    assert_eq!(text(&host, "retake"), "Take the current version");
}

#[wasm_bindgen_test]
async fn a_weak_area_that_decides_the_stage_is_said_in_the_summary() {
    // Every area Integrated but the first, which is Undefined: held at the top of Defined.
    let stages = first_area_at(&CURRENT, Stage::Undefined, Stage::Integrated);
    let report = Rc::new(Report::new(&CURRENT, answers_at(&CURRENT, &stages)));
    let host = render_results(report, "https://example.test/#/r/x", true).await;

    assert_eq!(text(&host, "stage-name"), "Defined");
    let summary = text(&host, "held-back-summary");
    assert!(summary.contains(CURRENT.dimensions[0].name), "{summary}");
    assert!(summary.contains("is still at Undefined"), "{summary}");
    assert!(host
        .query_selector("[data-testid='outdated']")
        .unwrap()
        .is_none());
    assert_eq!(text(&host, "retake"), "Retake the assessment");
}

#[wasm_bindgen_test]
async fn too_many_not_sure_answers_place_nothing_and_say_so() {
    let mut draft = Draft::empty(&CURRENT);
    for question in 0..CURRENT.question_count() {
        draft.set(question, Choice::NotSure);
    }
    let report = Rc::new(Report::new(&CURRENT, draft.complete().unwrap()));
    let host = render_results(report, "https://example.test/#/r/x", true).await;

    assert!(text(&host, "not-placed").contains("Not enough answers"));
    assert!(host
        .query_selector("[data-testid='curve']")
        .unwrap()
        .is_none());
    let rows = host
        .query_selector_all("[data-testid='dimension-score']")
        .unwrap();
    assert_eq!(rows.length() as usize, CURRENT.dimensions.len());
    assert!(rows
        .item(0)
        .unwrap()
        .text_content()
        .unwrap()
        .contains("Not enough answers"));
}

#[wasm_bindgen_test]
async fn a_call_to_action_opens_its_address_filled_in_for_this_result_in_a_new_tab() {
    let cta = Box::leak(Box::new(
        Cta::new(
            "Talk it through with us",
            "https://example.com/next?stage={stage}&at={position}&r={link}",
        )
        .unwrap(),
    ));
    let report = Rc::new(Report::new(
        &CURRENT,
        answers_at(&CURRENT, &[Stage::Aligned; 24]),
    ));
    let host = render_results_with(report, "https://example.test/#/r/x", true, Some(cta)).await;

    let link = host
        .query_selector("[data-testid='cta']")
        .unwrap()
        .expect("the call to action");
    assert_eq!(link.text_content().unwrap(), "Talk it through with us");
    assert_eq!(
        link.get_attribute("href").unwrap(),
        "https://example.com/next?stage=Aligned&at=67&r=https%3A%2F%2Fexample.test%2F%23%2Fr%2Fx"
    );
    assert_eq!(link.get_attribute("target").unwrap(), "_blank");
    assert_eq!(link.get_attribute("rel").unwrap(), "noopener");
}

#[wasm_bindgen_test]
async fn without_a_placement_there_is_no_call_to_action() {
    let cta = Box::leak(Box::new(
        Cta::new("Talk to us", "https://example.com/").unwrap(),
    ));
    let mut draft = Draft::empty(&CURRENT);
    for question in 0..CURRENT.question_count() {
        draft.set(question, Choice::NotSure);
    }
    let report = Rc::new(Report::new(&CURRENT, draft.complete().unwrap()));
    let host = render_results_with(report, "https://example.test/#/r/x", true, Some(cta)).await;
    assert!(host
        .query_selector("[data-testid='not-placed']")
        .unwrap()
        .is_some());
    assert!(host
        .query_selector("[data-testid='cta']")
        .unwrap()
        .is_none());
}

/// Issue: a version-1 score exactly on a band boundary (25) put the marker on the
/// border, with "You are here" straddling two bands.
#[wasm_bindgen_test]
async fn a_marker_on_a_band_border_names_its_band() {
    // Golden version-1 token "every first answer": Defined, exactly 25.
    let report = Rc::new(Report::from_token("AQEkkkkkkkkkkK8r", &BANKS).unwrap());
    let host = render_results(report, "https://example.test/#/r/x", true).await;
    assert_eq!(
        find(&host, "curve-marker")
            .get_attribute("data-position")
            .as_deref(),
        Some("25")
    );
    assert_eq!(text(&host, "marker-label"), "You are here · Defined");
}

#[wasm_bindgen_test]
async fn a_cap_within_the_same_stage_says_further_along_the_curve() {
    // Version 1: nine areas at Defined and one at Undefined: the average (30) stays in
    // Defined, while the cap (weakest + 25) holds the marker at 25.
    let stages = first_area_at(&V1, Stage::Undefined, Stage::Defined);
    let report = Rc::new(Report::new(&V1, answers_at(&V1, &stages)));
    let host = render_results(report, "https://example.test/#/r/x", true).await;

    assert_eq!(text(&host, "stage-name"), "Defined");
    let held_back = text(&host, "held-back");
    assert!(
        held_back.contains("(30 out of 100) would place you further along the curve"),
        "{held_back}"
    );
    assert!(held_back.contains(V1.dimensions[0].name));
    assert!(held_back.contains("still sits at Undefined"), "{held_back}");
}
