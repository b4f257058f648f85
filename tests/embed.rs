//! The embed options a host page gives, the call to action and the events the host
//! hears: every rule, and the message format held by golden strings (a public format:
//! docs/formats.md, "Host events").
#![cfg(not(target_arch = "wasm32"))]

mod common;

use proptest::prelude::*;
use std::rc::Rc;
use tandem::assessment::report::Report;
use tandem::assessment::stage::Stage;
use tandem::content::CURRENT;
use tandem::embed::{origin, url_encoded, Cta, CtaError, Embedding, HostEvent};
use tandem::ui::host::step_events;
use tandem::ui::journey::Screen;

fn query(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
    move |name| {
        pairs
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.to_string())
    }
}

fn report_at(stage: Stage) -> Report {
    let stages = vec![stage; CURRENT.question_count()];
    Report::new(&CURRENT, common::answers_at(&CURRENT, &stages))
}

const LINK: &str = "https://example.com/tandem/#/r/AgAAAAAAAAA";

#[test]
fn without_options_nothing_is_embedded_and_events_may_go_anywhere() {
    let (embedding, warnings) = Embedding::from_query(query(&[]));
    assert_eq!(embedding, Embedding::default());
    assert!(warnings.is_empty());
    assert_eq!(embedding.target_origin(), "*");
}

#[test]
fn the_options_of_embed_js_are_read() {
    let (embedding, warnings) = Embedding::from_query(query(&[
        ("embed", "1"),
        ("host", "https://Blog.Example.com"),
        ("results", "1"),
        ("ctaLabel", "  Book a call  "),
        ("cta", "https://example.com/book?stage={stage}"),
    ]));
    assert!(warnings.is_empty(), "{warnings:?}");
    assert!(embedding.embedded && embedding.results);
    assert_eq!(embedding.target_origin(), "https://blog.example.com");
    let cta = embedding.cta.expect("a valid call to action");
    assert_eq!(cta.label, "Book a call");
}

#[test]
fn only_the_value_1_embeds() {
    for value in ["true", "yes", "0", "", "11"] {
        let pairs: &'static [(&str, &str)] = Box::leak(Box::new([("embed", value)]));
        let (embedding, _) = Embedding::from_query(query(pairs));
        assert!(!embedding.embedded, "{value:?}");
    }
}

// Issue 30, item 11: `data-results="true"` gave the host no result and no hint, though
// the README promises a warning for every value ignored.
#[test]
fn data_results_true_gets_no_data_and_no_hint() {
    for (value, on) in [("1", true), ("true", true), ("0", false), ("false", false)] {
        let pairs: &'static [(&str, &str)] = Box::leak(Box::new([("results", value)]));
        let (embedding, warnings) = Embedding::from_query(query(pairs));
        assert_eq!(embedding.results, on, "{value:?}");
        assert!(warnings.is_empty(), "{value:?}: {warnings:?}");
    }
    for value in ["yes", "", "11", "TRUE "] {
        let pairs: &'static [(&str, &str)] = Box::leak(Box::new([("results", value)]));
        let (embedding, warnings) = Embedding::from_query(query(pairs));
        assert!(!embedding.results, "{value:?}");
        assert_eq!(
            warnings,
            ["Tandem ignores results: it is neither 1 (or true) nor 0 (or false)"],
            "{value:?}"
        );
    }
}

#[test]
fn a_host_that_is_not_an_origin_is_ignored_with_a_warning() {
    let (embedding, warnings) = Embedding::from_query(query(&[
        ("embed", "1"),
        ("host", "https://example.com/blog"),
    ]));
    assert_eq!(embedding.host, None);
    assert_eq!(embedding.target_origin(), "*");
    assert_eq!(
        warnings,
        ["Tandem ignores host: it is not an origin such as https://example.com"]
    );
}

#[test]
fn origins_are_scheme_host_and_port_only() {
    for (value, expected) in [
        ("https://example.com", Some("https://example.com")),
        ("http://localhost:4390", Some("http://localhost:4390")),
        ("HTTPS://EXAMPLE.COM", Some("https://example.com")),
        ("https://[::1]:8080", Some("https://[::1]:8080")),
        ("https://[::1]", Some("https://[::1]")),
        ("https://example.com/", None),
        ("https://example.com/path", None),
        ("https://example.com:", None),
        ("https://example.com:123456", None),
        ("https://example.com:80x", None),
        ("https://exa mple.com", None),
        ("https://user@example.com", None),
        ("https://", None),
        ("https://[::1", None),
        ("https://[::1]x", None),
        ("https://[]", None),
        ("https://[::1g]", None),
        ("ftp://example.com", None),
        ("javascript:alert(1)", None),
        ("null", None),
        ("*", None),
        ("", None),
    ] {
        assert_eq!(origin(value).as_deref(), expected, "{value:?}");
    }
}

#[test]
fn each_refused_call_to_action_names_its_reason() {
    let long_label = "x".repeat(61);
    let long_address = format!("https://example.com/{}", "a".repeat(2000));
    for (label, template, error) in [
        ("", "https://example.com", CtaError::NoLabel),
        ("   ", "https://example.com", CtaError::NoLabel),
        (
            long_label.as_str(),
            "https://example.com",
            CtaError::LongLabel,
        ),
        ("Go", "javascript:alert(1)", CtaError::NotHttps),
        ("Go", "JavaScript:alert(1)//https://", CtaError::NotHttps),
        (
            "Go",
            "data:text/html,<script>alert(1)</script>",
            CtaError::NotHttps,
        ),
        ("Go", "http://example.com", CtaError::NotHttps),
        ("Go", "//example.com", CtaError::NotHttps),
        ("Go", " https://example.com", CtaError::NotHttps),
        ("Go", "https:/", CtaError::NotHttps),
        ("Go", "https:///path", CtaError::NoHost),
        ("Go", "https://{link}", CtaError::NoHost),
        ("Go", "https://evil.example@{stage}/", CtaError::NoHost),
        (
            "Go",
            "https://example.com/\"onclick=\"x",
            CtaError::BadCharacter,
        ),
        ("Go", "https://example.com/<script>", CtaError::BadCharacter),
        ("Go", "https://example.com/a b", CtaError::BadCharacter),
        ("Go", "https://example.com/\u{7}", CtaError::BadCharacter),
        ("Go", "https://exämple.com/", CtaError::BadCharacter),
        ("Go", long_address.as_str(), CtaError::LongTemplate),
    ] {
        assert_eq!(
            Cta::new(label, template),
            Err(error),
            "{label:?} {template:?}"
        );
    }
}

#[test]
fn refusals_read_as_sentences() {
    assert_eq!(
        CtaError::NotHttps.to_string(),
        "its address must start with https://"
    );
    assert_eq!(
        CtaError::LongLabel.to_string(),
        "its label is longer than 60 characters"
    );
}

#[test]
fn a_refused_call_to_action_is_left_out_with_a_warning() {
    let (embedding, warnings) = Embedding::from_query(query(&[
        ("ctaLabel", "Click"),
        ("cta", "javascript:alert(1)"),
    ]));
    assert_eq!(embedding.cta, None);
    assert_eq!(
        warnings,
        ["Tandem ignores the call to action: its address must start with https://"]
    );
    let (embedding, warnings) = Embedding::from_query(query(&[("cta", "https://example.com")]));
    assert_eq!(embedding.cta, None);
    assert_eq!(
        warnings,
        ["Tandem ignores the call to action: it needs a label"]
    );
}

#[test]
fn a_label_keeps_sixty_characters_whatever_their_bytes() {
    let label = "é".repeat(60);
    assert_eq!(
        Cta::new(&label, "https://example.com").unwrap().label,
        label
    );
}

#[test]
fn the_address_is_filled_in_and_each_value_encoded() {
    let cta = Cta::new(
        "Talk to us",
        "https://example.com/next?stage={stage}&at={position}&result={link}#{stage}",
    )
    .unwrap();
    assert_eq!(
        cta.href("Aligned", 62, LINK),
        "https://example.com/next?stage=Aligned&at=62&result=https%3A%2F%2Fexample.com%2Ftandem%2F%23%2Fr%2FAgAAAAAAAAA#Aligned"
    );
    let plain = Cta::new("Talk to us", "https://example.com/contact").unwrap();
    assert_eq!(
        plain.href("Aligned", 62, LINK),
        "https://example.com/contact"
    );
    let odd = Cta::new("x", "https://example.com/?s={stage}").unwrap();
    assert_eq!(
        odd.href("A&b=c d", 0, ""),
        "https://example.com/?s=A%26b%3Dc%20d"
    );
}

/// An independent decoder: the inverse of percent-encoding.
fn percent_decoded(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            out.push(u8::from_str_radix(&text[i + 1..i + 3], 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn url_encoding_keeps_only_safe_characters_and_decodes_back(text in any::<String>()) {
        let encoded = url_encoded(&text);
        prop_assert!(encoded.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.~%".contains(&b)), "{}", encoded);
        prop_assert_eq!(percent_decoded(&encoded), text.as_bytes());
    }

    #[test]
    fn a_filled_in_address_stays_on_the_template_host(stage in any::<String>(), position in 0u32..=100, link in any::<String>()) {
        let cta = Cta::new("Next", "https://example.com/?s={stage}&p={position}&l={link}").unwrap();
        let href = cta.href(&stage, position, &link);
        prop_assert!(href.starts_with("https://example.com/?s="), "{}", href);
        prop_assert!(!href.contains(['"', '<', '>', ' ', '#']), "{}", href);
    }
}

#[test]
fn events_without_a_result_are_golden() {
    assert_eq!(
        HostEvent::Ready.to_json(true),
        r#"{"tandem":1,"type":"ready"}"#
    );
    assert_eq!(
        HostEvent::Started.to_json(true),
        r#"{"tandem":1,"type":"started"}"#
    );
    assert_eq!(
        HostEvent::Progress {
            question: 3,
            total: 24
        }
        .to_json(false),
        r#"{"tandem":1,"type":"progress","question":3,"total":24}"#
    );
}

#[test]
fn completed_carries_the_result_only_when_the_host_asked() {
    let report = report_at(Stage::Aligned);
    let event = HostEvent::Completed {
        report: &report,
        link: LINK,
    };
    assert_eq!(event.to_json(false), r#"{"tandem":1,"type":"completed"}"#);
    assert_eq!(event.to_json(true), GOLDEN_COMPLETED);
}

/// Every answer at Aligned, with the result asked for (docs/formats.md, "Host events").
const GOLDEN_COMPLETED: &str = concat!(
    r#"{"tandem":1,"type":"completed","stage":"Aligned","position":67,"areas":["#,
    r#"{"id":"contact","name":"Contact and tempo","score":67},"#,
    r#"{"id":"handoffs","name":"Roles and hand-offs","score":67},"#,
    r#"{"id":"planning","name":"Plans and goals","score":67},"#,
    r#"{"id":"measures","name":"Measures and rewards","score":67},"#,
    r#"{"id":"data","name":"Data and systems","score":67},"#,
    r#"{"id":"understanding","name":"Knowing each other","score":67},"#,
    r#"{"id":"insight","name":"Field insight","score":67},"#,
    r#"{"id":"leadership","name":"Leaders and misses","score":67}],"#,
    r#""token":"AgIAAxyKGJNlKFMlsOo-","link":"https://example.com/tandem/#/r/AgAAAAAAAAA"}"#
);

#[test]
fn completed_is_valid_json_whatever_the_link_holds() {
    let report = report_at(Stage::Defined);
    let link = "https://example.com/\"quoted\"\\back\u{1}slash\n";
    let json = HostEvent::Completed {
        report: &report,
        link,
    }
    .to_json(true);
    let value: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(value["link"], link);
    assert_eq!(value["stage"], "Defined");
    assert_eq!(value["token"], report.token.as_str());
    let areas = value["areas"].as_array().unwrap();
    assert_eq!(areas.len(), CURRENT.dimensions.len());
    for (area, dimension) in areas.iter().zip(CURRENT.dimensions) {
        assert_eq!(area["id"], dimension.id);
        assert_eq!(area["name"], dimension.name);
        assert_eq!(area["score"], 33);
    }
}

#[test]
fn an_unplaced_result_completes_with_null_stage_and_scores() {
    let mut draft = tandem::assessment::answers::Draft::empty(&CURRENT);
    let not_sure = tandem::assessment::answers::Choice::not_sure(&CURRENT).unwrap();
    for index in 0..CURRENT.question_count() {
        draft.set(index, not_sure);
    }
    let report = Report::new(&CURRENT, draft.complete().unwrap());
    let json = HostEvent::Completed {
        report: &report,
        link: LINK,
    }
    .to_json(true);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert!(value["stage"].is_null() && value["position"].is_null());
    assert!(value["areas"]
        .as_array()
        .unwrap()
        .iter()
        .all(|area| area["score"].is_null()));
}

fn kinds(events: &[HostEvent]) -> Vec<String> {
    events.iter().map(|event| event.to_json(false)).collect()
}

#[test]
fn each_step_of_the_journey_tells_the_host_what_happened() {
    let total = CURRENT.question_count();
    let result = Screen::Result(Rc::new(report_at(Stage::Aligned)));
    let progress = |n: usize| HostEvent::Progress { question: n, total }.to_json(false);
    let started = HostEvent::Started.to_json(false);
    let completed = r#"{"tandem":1,"type":"completed"}"#.to_owned();
    for (before, now, expected) in [
        (Some(Screen::Intro), Screen::Profile, vec![started.clone()]),
        (
            Some(Screen::Profile),
            Screen::Question(0),
            vec![progress(1)],
        ),
        (
            Some(Screen::Intro),
            Screen::Question(4),
            vec![started.clone(), progress(5)],
        ),
        (Some(result.clone()), Screen::Profile, vec![started.clone()]),
        (
            Some(Screen::Question(2)),
            Screen::Question(1),
            vec![progress(2)],
        ),
        (Some(Screen::Question(23)), result.clone(), vec![completed]),
        (Some(Screen::Question(1)), Screen::Profile, vec![]),
        (Some(Screen::Profile), Screen::Intro, vec![]),
        // A reload mid-way, or a result reopened, is no new start or completion.
        (None, Screen::Question(3), vec![progress(4)]),
        (None, result.clone(), vec![]),
        (Some(Screen::Intro), result.clone(), vec![]),
        (Some(Screen::NotFound), Screen::Intro, vec![]),
    ] {
        assert_eq!(
            kinds(&step_events(before.as_ref(), &now, total, LINK)),
            expected,
            "{before:?} → {now:?}"
        );
    }
}
