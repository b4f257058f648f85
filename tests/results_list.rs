//! The list-of-results file: what is written reads back the same, a file kept today
//! keeps its bytes (golden), every damaged shape is refused with its own sentence, and a
//! result that does not open is left out while the rest read.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{answers_by_position, choices_by_index, copy_of};
use proptest::prelude::*;
use tandem::assessment::bank::Bank;
use tandem::assessment::company::Company;
use tandem::assessment::compare::{parse_label, LabelError};
use tandem::assessment::link::{encode, LinkError};
use tandem::assessment::results_list::{
    read, write, Entry, Kind, ListError, Problem, Read, ResultsList, MAX_FILE_BYTES, MAX_RESULTS,
};
use tandem::content::{BANKS, CURRENT, V1};
use tandem::export::day::Day;

const GOLDEN: &str = include_str!("golden/results-list.json");
/// Golden tokens of tests/link.rs and tests/bank_id_link.rs: version 1, version 2, and
/// version 2 with a company's name.
const V1_TOKEN: &str = "AQEkkkkkkkkkkK8r";
const V2_TOKEN: &str = "AgIAoxyKGJNlKFMlsDcH";
const NAMED_TOKEN: &str = "AwKWXFUAAxyKGJNlKFMlsE5vcnRod2luZCBBZHZpc29yeSnR";

fn entry(token: &str, date: Option<(u16, u8, u8)>, label: Option<&str>) -> Entry {
    Entry {
        token: token.to_owned(),
        date: date.map(|(y, m, d)| Day::new(y, m, d).unwrap()),
        label: label.map(str::to_owned),
    }
}

fn golden_list() -> ResultsList {
    ResultsList {
        kind: Kind::History,
        entries: vec![
            entry(V1_TOKEN, Some((2025, 11, 28)), None),
            entry(V2_TOKEN, Some((2026, 12, 4)), Some("Q4 retake")),
            entry(NAMED_TOKEN, None, Some("“Équipe Nord” \\ 営業🙂")),
            entry(V2_TOKEN, None, None),
        ],
    }
}

fn read_ok(file: &str) -> Read {
    read(file, &BANKS).unwrap_or_else(|e| panic!("{e}\n{file}"))
}

/// A file of version 1 with `results` as given, already JSON.
fn file_with(kind: &str, results: &str) -> String {
    format!(r#"{{"format":"tandem-results","version":1,"kind":"{kind}","results":[{results}]}}"#)
}

fn refusal(file: &str) -> (ListError, String) {
    let error = read(file, &BANKS).expect_err("refused");
    let message = error.to_string();
    (error, message)
}

#[test]
fn the_golden_file_is_what_the_writer_writes() {
    assert_eq!(write(&golden_list()), GOLDEN);
}

#[test]
fn the_golden_file_reads_as_the_list_it_holds() {
    let read = read_ok(GOLDEN);
    assert_eq!(read.list, golden_list());
    assert_eq!(read.problems, []);
}

#[test]
fn an_empty_list_writes_and_reads() {
    let empty = ResultsList {
        kind: Kind::Room,
        entries: vec![],
    };
    assert_eq!(
        write(&empty),
        "{\"format\":\"tandem-results\",\"version\":1,\"kind\":\"room\",\"results\":[\n]}\n"
    );
    assert_eq!(read_ok(&write(&empty)).list, empty);
}

#[test]
fn every_kind_reads_and_keeps_its_kind() {
    for kind in Kind::ALL {
        let file = file_with(kind.id(), &format!(r#"{{"token":"{V2_TOKEN}"}}"#));
        let read = read_ok(&file);
        assert_eq!(read.list.kind, kind);
        assert_eq!(read.list.entries, [entry(V2_TOKEN, None, None)]);
    }
    let names: Vec<&str> = Kind::ALL.iter().map(|k| k.id()).collect();
    assert_eq!(names, ["history", "room", "comparison"]);
}

#[test]
fn the_example_of_the_documentation_reads() {
    let file = r#"{ "format": "tandem-results", "version": 1, "kind": "history",
      "results": [ { "token": "AgJBguqF1QuqF1QuoNAU", "date": "2026-12-04", "label": "Q4 retake" } ] }"#;
    let read = read_ok(file);
    assert_eq!(
        read.list.entries,
        [entry(
            "AgJBguqF1QuqF1QuoNAU",
            Some((2026, 12, 4)),
            Some("Q4 retake")
        )]
    );
}

#[test]
fn members_this_version_does_not_know_are_ignored() {
    let file = format!(
        r#"{{"format":"tandem-results","version":1,"made_by":{{"app":"tandem","deep":[[[{{}}]]]}},
        "kind":"room","room":"Workshop 3","results":[
        {{"token":"{V1_TOKEN}","seat":12,"date":"2026-01-31","notes":["a",null,true,-1.5e3]}},
        {{"colour":"blue","label":"Team B","token":"{V2_TOKEN}"}}],"extra":null}}"#
    );
    let read = read_ok(&file);
    assert_eq!(read.list.kind, Kind::Room);
    assert_eq!(
        read.list.entries,
        [
            entry(V1_TOKEN, Some((2026, 1, 31)), None),
            entry(V2_TOKEN, None, Some("Team B"))
        ]
    );
}

#[test]
fn null_date_and_label_are_none_and_labels_are_trimmed() {
    let file = file_with(
        "history",
        &format!(
            r#"{{"token":"{V1_TOKEN}","date":null,"label":null}},
            {{"token":"{V1_TOKEN}","label":"  "}},
            {{"token":"{V1_TOKEN}","label":"\u00a0 Sales team  "}}"#
        ),
    );
    let entries = read_ok(&file).list.entries;
    let unlabelled = entry(V1_TOKEN, None, None);
    let trimmed = entry(V1_TOKEN, None, Some("Sales team"));
    assert_eq!(entries, [unlabelled.clone(), unlabelled, trimmed]);
}

#[test]
fn a_label_of_the_most_characters_reads() {
    let label = "🙂".repeat(30);
    let file = file_with(
        "comparison",
        &format!(r#"{{"token":"{V2_TOKEN}","label":"{label}"}}"#),
    );
    assert_eq!(
        read_ok(&file).list.entries[0].label.as_deref(),
        Some(&*label)
    );
}

#[test]
fn a_byte_order_mark_and_whitespace_around_the_file_are_allowed() {
    let file = format!("\u{feff}\r\n\t {GOLDEN} \r\n");
    assert_eq!(read_ok(&file).list, golden_list());
}

#[test]
fn results_that_do_not_open_are_named_and_left_out_while_the_rest_read() {
    let theirs: &'static Bank = Box::leak(Box::new(Bank {
        id: "northwind-sales-cs",
        ..copy_of(&CURRENT)
    }));
    let choices = vec![1; CURRENT.question_count()];
    let other_bank = encode(theirs, &choices_by_index(&CURRENT, &choices, &[]));
    // One character changed: the checksum no longer holds.
    let mut altered = V2_TOKEN.to_owned();
    altered.replace_range(5..6, "B");
    let file = file_with(
        "room",
        &format!(
            r#"{{"token":"{V1_TOKEN}","label":"Ann"}},{{"token":"{other_bank}","label":"Bo"}},
            {{"token":"{}"}},{{"token":"{altered}"}},{{"token":"AgIA oxyKGJNlKFMlsDcH"}},
            {{"token":""}},{{"token":"{V2_TOKEN}","label":"Cy"}}"#,
            &V2_TOKEN[..12]
        ),
    );
    let read = read_ok(&file);
    assert_eq!(
        read.list.entries,
        [
            entry(V1_TOKEN, None, Some("Ann")),
            entry(V2_TOKEN, None, Some("Cy"))
        ]
    );
    let problem = |entry, error| Problem { entry, error };
    assert_eq!(
        read.problems,
        [
            problem(1, LinkError::OtherBank),
            problem(
                2,
                LinkError::WrongLength {
                    found: 12,
                    expected: 20
                }
            ),
            problem(3, LinkError::BadChecksum),
            problem(
                4,
                LinkError::BadCharacter {
                    position: 4,
                    character: ' '
                }
            ),
            problem(5, LinkError::Empty),
        ]
    );
    let messages: Vec<String> = read.problems.iter().map(Problem::to_string).collect();
    assert_eq!(
        messages,
        [
            "Result 2 was made with a different set of questions, so it is left out.",
            "Result 3 is cut short, so it is left out.",
            "Result 4 was altered after it was made, so it is left out.",
            "Result 5 contains a character result links never use (“ ”, character 5), so it is left out.",
            "Result 6 is empty, so it is left out.",
        ]
    );
}

#[test]
fn a_file_cut_anywhere_is_refused_as_cut_short() {
    let body = GOLDEN.trim_end();
    for (cut, _) in body.char_indices().skip(1) {
        let (error, message) = refusal(&body[..cut]);
        assert_eq!(error, ListError::CutShort, "cut at {cut}");
        assert_eq!(
            message,
            "This file is damaged: it is cut short. Part of it may have been lost when it was saved or copied."
        );
    }
}

#[test]
fn files_that_are_not_lists_are_refused_as_such() {
    let not_lists = [
        String::new(),
        "   ".to_owned(),
        "Hello".to_owned(),
        "\u{89}PNG\r\n\u{1a}\n".to_owned(),
        "[]".to_owned(),
        "\"tandem-results\"".to_owned(),
        "{}".to_owned(),
        r#"{"format":"tandem-result","version":1,"date":"2026-12-04","bank":2}"#.to_owned(),
        r#"{"format":"tandem-comparison","version":1,"members":[]}"#.to_owned(),
        r#"{"format":["tandem-results"],"version":1,"kind":"room","results":[]}"#.to_owned(),
        file_with("diary", ""),
        file_with("History", ""),
        format!(
            r#"{{"format":"tandem-results","deep":{}1{}}}"#,
            "[".repeat(40),
            "]".repeat(40)
        ),
    ];
    for file in not_lists {
        assert_eq!(
            refusal(&file),
            (
                ListError::NotAList,
                "This file is not a list of Tandem results.".to_owned()
            ),
            "{file}"
        );
    }
}

#[test]
fn broken_json_is_refused_as_damaged() {
    for file in [
        GOLDEN.replacen("\n]}", ",\n]}", 1),
        GOLDEN.replacen("\"kind\"", "kind", 1),
        format!("{GOLDEN}{{}}"),
        r#"{"format":"tandem-results","version":1,"kind":"room","kind":"history","results":[]}"#
            .to_owned(),
    ] {
        assert_eq!(
            refusal(&file),
            (
                ListError::NotJson,
                "This file is damaged: it is not well-formed JSON.".to_owned()
            ),
            "{file}"
        );
    }
}

#[test]
fn a_newer_version_is_refused_with_where_to_open_it() {
    for version in ["2", "10", "123456789012345678901234567890"] {
        let file = GOLDEN.replacen("\"version\":1", &format!("\"version\":{version}"), 1);
        assert_eq!(
            refusal(&file),
            (
                ListError::NewerVersion,
                "This file was made by a newer version of the assessment; open it there."
                    .to_owned()
            )
        );
    }
}

#[test]
fn a_version_that_is_not_one_is_refused() {
    for version in ["0", "-1", "1.0", "1e0", "\"1\"", "null", "true", "[1]"] {
        let file = GOLDEN.replacen("\"version\":1", &format!("\"version\":{version}"), 1);
        assert_eq!(refusal(&file).0, ListError::NoVersion, "{version}");
    }
    let (error, message) = refusal(&GOLDEN.replacen("\"version\":1,", "", 1));
    assert_eq!(error, ListError::NoVersion);
    assert_eq!(
        message,
        "This file is damaged: it does not say its version."
    );
}

#[test]
fn a_missing_kind_or_list_is_refused() {
    for file in [
        GOLDEN.replacen("\"kind\":\"history\",", "", 1),
        GOLDEN.replacen("\"history\"", "3", 1),
    ] {
        assert_eq!(
            refusal(&file),
            (
                ListError::NoKind,
                "This file is damaged: it does not say whether it is a history, a room or a comparison."
                    .to_owned()
            )
        );
    }
    for file in [
        r#"{"format":"tandem-results","version":1,"kind":"room"}"#,
        r#"{"format":"tandem-results","version":1,"kind":"room","results":{"token":"AQEkkkkkkkkkkK8r"}}"#,
        r#"{"format":"tandem-results","version":1,"kind":"room","results":null}"#,
    ] {
        assert_eq!(
            refusal(file),
            (
                ListError::NoResults,
                "This file is damaged: it holds no list of results.".to_owned()
            )
        );
    }
}

#[test]
fn a_result_without_a_token_is_refused_by_its_place() {
    let results = format!(r#"{{"token":"{V1_TOKEN}"}},{{"token":"{V2_TOKEN}"}}"#);
    for third in [
        r#"{}"#,
        r#"{"date":"2026-12-04"}"#,
        r#"{"token":123}"#,
        r#"{"token":null}"#,
        r#"{"token":["AQEkkkkkkkkkkK8r"]}"#,
        r#"{"Token":"AQEkkkkkkkkkkK8r"}"#,
    ] {
        let (error, message) = refusal(&file_with("history", &format!("{results},{third}")));
        assert_eq!(error, ListError::NoToken { entry: 2 }, "{third}");
        assert_eq!(message, "This file is damaged: result 3 has no token.");
    }
    for first in [r#""AQEkkkkkkkkkkK8r""#, "null", "[]", "7"] {
        let (error, message) = refusal(&file_with("history", &format!("{first},{results}")));
        assert_eq!(error, ListError::NotAResult { entry: 0 }, "{first}");
        assert_eq!(message, "This file is damaged: result 1 is not a result.");
    }
}

#[test]
fn a_date_that_is_not_a_day_is_refused() {
    for date in [
        "\"2026-02-30\"",
        "\"2026-13-01\"",
        "\"04/12/2026\"",
        "\"2026-12-4\"",
        "\"2026-12-04T09:00:00Z\"",
        "\"\"",
        "20261204",
        "true",
        "{}",
    ] {
        let file = file_with(
            "history",
            &format!(r#"{{"token":"{V1_TOKEN}"}},{{"token":"{V1_TOKEN}","date":{date}}}"#),
        );
        let (error, message) = refusal(&file);
        assert_eq!(error, ListError::BadDate { entry: 1 }, "{date}");
        assert_eq!(
            message,
            "This file is damaged: result 2's date is not a day written as 2026-12-04."
        );
    }
}

#[test]
fn a_label_too_long_or_not_a_line_of_text_is_refused() {
    let label = |json: &str| {
        file_with(
            "room",
            &format!(r#"{{"token":"{V1_TOKEN}","label":{json}}}"#),
        )
    };
    let (error, message) = refusal(&label(&format!("\"{}\"", "x".repeat(31))));
    assert_eq!(
        error,
        ListError::BadLabel {
            entry: 0,
            error: LabelError::TooLong { chars: 31 }
        }
    );
    assert_eq!(
        message,
        "This file is damaged: result 1's label has 31 characters, more than the 30 a label may have."
    );
    for json in [
        r#""Sales\nteam""#,
        r#""\u0000""#,
        "\"tab\\there\"",
        "12",
        "[\"Sales\"]",
    ] {
        let (error, message) = refusal(&label(json));
        let unreadable = LabelError::Unreadable;
        assert_eq!(
            error,
            ListError::BadLabel {
                entry: 0,
                error: unreadable
            },
            "{json}"
        );
        assert_eq!(
            message,
            "This file is damaged: result 1's label is not a line of text."
        );
    }
}

#[test]
fn more_results_than_a_list_holds_are_refused() {
    let result = format!(r#"{{"token":"{V1_TOKEN}"}}"#);
    let results = |count| vec![result.as_str(); count].join(",");
    assert_eq!(
        read_ok(&file_with("room", &results(MAX_RESULTS)))
            .list
            .entries
            .len(),
        MAX_RESULTS
    );
    let (error, message) = refusal(&file_with("room", &results(MAX_RESULTS + 1)));
    assert_eq!(error, ListError::TooManyResults { count: 501 });
    assert_eq!(
        message,
        "This file holds 501 results; a list holds at most 500."
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let padded = |bytes: usize| {
        let file = GOLDEN.trim_end();
        format!("{file}{}", " ".repeat(bytes - file.len()))
    };
    assert_eq!(read_ok(&padded(MAX_FILE_BYTES)).list, golden_list());
    let (error, message) = refusal(&padded(MAX_FILE_BYTES + 1));
    assert_eq!(error, ListError::TooLarge);
    assert_eq!(
        message,
        "This file is too large to be a list of Tandem results (at most 512 KB)."
    );
    // The largest list the writer can make fits with room to spare.
    let longest_label = "🙂".repeat(30);
    let longest = ResultsList {
        kind: Kind::Comparison,
        entries: vec![
            entry(&"A".repeat(238), Some((2026, 12, 31)), Some(&longest_label));
            MAX_RESULTS
        ],
    };
    assert!(write(&longest).len() < MAX_FILE_BYTES / 2);
}

/// Tokens of both banks, with and without a profile and a company's name.
fn tokens() -> impl Strategy<Value = String> {
    let v1 = prop::collection::vec(0usize..4, V1.question_count())
        .prop_map(|positions| encode(&V1, &answers_by_position(&V1, &positions)));
    let current = (
        prop::collection::vec(0usize..5, CURRENT.question_count()),
        prop::collection::vec(prop::option::of(0usize..3), CURRENT.profile.len()),
        prop::option::of("[A-Za-zÀ-ÿ0-9 &.-]{1,40}"),
    )
        .prop_map(|(choices, profile, company)| {
            let mut answers = choices_by_index(&CURRENT, &choices, &profile);
            answers.company = company.and_then(|name| Company::new(&name).ok());
            encode(&CURRENT, &answers)
        });
    prop_oneof![v1, current]
}

fn entries() -> impl Strategy<Value = Entry> {
    let day =
        (0u16..=9999, 1u8..=12, 1u8..=31).prop_filter_map("a day", |(y, m, d)| Day::new(y, m, d));
    (
        tokens(),
        prop::option::of(day),
        prop::option::of("[^\\p{Cc}]{0,34}"),
    )
        .prop_map(|(token, date, label)| Entry {
            token,
            date,
            // As the comparison keeps labels: trimmed, none when empty, none when too long.
            label: label.and_then(|l| parse_label(&l).ok().flatten()),
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_list_of_real_results_reads_back_as_written(
        kind in prop::sample::select(Kind::ALL.to_vec()),
        entries in prop::collection::vec(entries(), 0..12),
    ) {
        let list = ResultsList { kind, entries };
        let file = write(&list);
        let read = read(&file, &BANKS).expect("own files read");
        prop_assert_eq!(&read.problems, &[]);
        prop_assert_eq!(&read.list, &list);
        prop_assert_eq!(write(&read.list), file);
    }

    #[test]
    fn each_result_is_one_line_of_the_file(entries in prop::collection::vec(entries(), 0..12)) {
        let file = write(&ResultsList { kind: Kind::History, entries: entries.clone() });
        let lines: Vec<&str> = file.lines().collect();
        prop_assert_eq!(lines.len(), entries.len() + 2);
        for (line, entry) in lines[1..=entries.len()].iter().zip(&entries) {
            let start = format!("{{\"token\":\"{}\"", entry.token);
            prop_assert!(line.starts_with(&start));
        }
    }
}
