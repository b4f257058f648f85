//! A visitor's kept results: kept only when asked, each once, earliest first; which one a
//! new result is measured against; another list's results taken in; a damaged store
//! refused with a sentence.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::answers_at;
use tandem::assessment::history::History;
use tandem::assessment::report::Report;
use tandem::assessment::results_list::{self, Entry, Kind, ListError, ResultsList};
use tandem::assessment::stage::Stage;
use tandem::content::{BANKS, CURRENT, V1};
use tandem::export::day::Day;

fn token(bank: &'static tandem::assessment::bank::Bank, stage: Stage) -> String {
    Report::new(bank, answers_at(bank, &vec![stage; bank.question_count()])).token
}

fn day(d: u8) -> Day {
    Day::new(2026, 12, d).unwrap()
}

#[test]
fn nothing_stored_is_an_empty_history_and_keeping_adds_each_result_once() {
    let mut history = History::read(None, &BANKS).unwrap();
    assert!(history.entries.is_empty());
    let (first, second) = (
        token(&CURRENT, Stage::Defined),
        token(&CURRENT, Stage::Aligned),
    );
    history.keep(&first, day(1));
    history.keep(&second, day(8));
    history.keep(&first, day(9));
    let kept: Vec<_> = history
        .entries
        .iter()
        .map(|e| (e.token.as_str(), e.date))
        .collect();
    assert_eq!(
        kept,
        [
            (first.as_str(), Some(day(1))),
            (second.as_str(), Some(day(8)))
        ]
    );
    let stored = history.file();
    assert_eq!(History::read(Some(&stored), &BANKS).unwrap(), history);
    assert!(stored.contains("\"kind\":\"history\""));
}

#[test]
fn a_result_is_measured_against_the_one_kept_before_it_or_the_latest() {
    let mut history = History::default();
    let tokens: Vec<String> = Stage::ALL.iter().map(|&s| token(&CURRENT, s)).collect();
    history.keep(&tokens[0], day(1));
    history.keep(&tokens[1], day(2));
    assert_eq!(
        history.before(&tokens[0]),
        None,
        "the first kept has nothing before it"
    );
    assert_eq!(
        history.before(&tokens[1]).map(|e| &e.token),
        Some(&tokens[0])
    );
    assert_eq!(
        history.before(&tokens[2]).map(|e| &e.token),
        Some(&tokens[1]),
        "a new result: the latest"
    );
    history.forget(&tokens[1]);
    assert_eq!(
        history.before(&tokens[2]).map(|e| &e.token),
        Some(&tokens[0])
    );
    history.forget(&tokens[0]);
    assert_eq!(history.before(&tokens[2]), None);
}

#[test]
fn another_list_s_results_are_taken_in_once_and_ordered_by_day() {
    let mut history = History::default();
    let (a, b, c) = (
        token(&V1, Stage::Defined),
        token(&CURRENT, Stage::Defined),
        token(&CURRENT, Stage::Aligned),
    );
    history.keep(&b, day(5));
    let room = results_list::write(&ResultsList {
        kind: Kind::Room,
        entries: vec![
            Entry {
                token: c.clone(),
                date: Some(day(7)),
                label: None,
            },
            Entry {
                token: b.clone(),
                date: Some(day(5)),
                label: None,
            },
            Entry {
                token: a.clone(),
                date: Some(day(1)),
                label: Some("Before the offsite".into()),
            },
            Entry {
                token: "AgJBguqF1QuqF1QuoNAX".into(),
                date: None,
                label: None,
            },
        ],
    });
    let (added, problems) = history.take_in(&room, &BANKS).unwrap();
    assert_eq!(added, 2);
    assert_eq!(problems.len(), 1, "the altered token is named and left out");
    let order: Vec<&str> = history.entries.iter().map(|e| e.token.as_str()).collect();
    assert_eq!(order, [a.as_str(), b.as_str(), c.as_str()]);
}

#[test]
fn a_damaged_store_or_file_is_refused_with_a_sentence_and_the_history_is_unchanged() {
    assert_eq!(
        History::read(Some("{\"format\":\"tandem-results\""), &BANKS),
        Err(ListError::CutShort)
    );
    let mut history = History::default();
    history.keep(&token(&CURRENT, Stage::Defined), day(3));
    let before = history.clone();
    let refused = history.take_in("not a list", &BANKS).unwrap_err();
    assert!(refused.to_string().ends_with('.'));
    assert_eq!(history, before);
}
