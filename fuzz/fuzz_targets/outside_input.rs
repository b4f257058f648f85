//! Every parser of outside input, fed arbitrary text: result tokens (exact and as
//! pasted), the URL fragment router, the comparison page arriving at an address,
//! stored progress (with an invitation), comparison links, pasted result links, JSON and
//! files of lists of results. None may panic or hang; whatever opens must re-encode to a
//! link or file that opens to the same thing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tandem::assessment::answers::Draft;
use tandem::assessment::compare::{Comparison, PartError, MAX_LABEL_CHARS, MAX_RESULTS};
use tandem::assessment::link::{decode, decode_pasted, encode};
use tandem::assessment::progress;
use tandem::assessment::results_list;
use tandem::content::{BANKS, CURRENT};
use tandem::json::{self, Value};
use tandem::ui::comparing::Comparing;
use tandem::ui::route::Route;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for opened in [decode(&text, &BANKS), decode_pasted(&text, &BANKS)] {
        match opened {
            Ok((bank, answers)) => {
                let token = encode(bank, &answers);
                assert_eq!(decode(&token, &BANKS).map(|(_, a)| a), Ok(answers));
            }
            Err(error) => assert!(!error.to_string().is_empty()),
        }
    }
    let route = Route::parse(&text);
    if route != Route::Unknown {
        assert_eq!(Route::parse(&route.fragment()), route);
    }
    // The comparison page, arriving at that address: what it shows, it keeps.
    if let Some(kept) = Comparing::new(&BANKS, route.clone()).route() {
        assert_eq!(Comparing::new(&BANKS, kept.clone()).route(), Some(kept));
    }
    let path = match &route {
        Route::Compare(path) => path.as_str(),
        _ => text.as_ref(),
    };
    if let Ok(comparison) = Comparison::open(path, &BANKS) {
        reopens(&comparison);
    }
    reopens(&Comparison::from_pasted(&text, &BANKS));
    if let Some(draft) = progress::restore(&text, &CURRENT) {
        assert_eq!(progress::restore(&progress::save(&CURRENT, &draft), &CURRENT), Some(draft));
    }
    if let (_, Some(invite)) = progress::split_invite(&text) {
        let stored = progress::save_with_invite(&CURRENT, &Draft::empty(&CURRENT), Some(invite));
        assert_eq!(progress::split_invite(&stored).1, Some(invite));
    }
    if let Ok(value) = json::parse(&text) {
        assert_eq!(json::parse(&write(&value)), Ok(value));
    }
    match results_list::read(&text, &BANKS) {
        Ok(read) => {
            for problem in &read.problems {
                assert!(!problem.to_string().is_empty());
            }
            let again = results_list::read(&results_list::write(&read.list), &BANKS);
            assert_eq!(again.expect("own files read").list, read.list);
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
});

/// A JSON value as the writer writes it.
fn write(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.clone(),
        Value::String(s) => json::string(s),
        Value::Array(items) => json::array(items.iter().map(write)),
        Value::Object(members) => {
            let mut object = json::Object::new();
            for (key, value) in members {
                object.raw(key, &write(value));
            }
            object.end()
        }
    }
}

/// A comparison within its limits, whose own link opens to the same results and labels.
fn reopens(comparison: &Comparison) {
    let left_out = comparison.problems.iter().filter(|p| matches!(p.error, PartError::Token(_)));
    assert!(comparison.members.len() + left_out.count() <= MAX_RESULTS);
    let labels = comparison.labels();
    assert!(labels.iter().all(|l| !l.is_empty() && l.chars().count() <= MAX_LABEL_CHARS));
    for problem in &comparison.problems {
        assert!(!problem.to_string().is_empty());
    }
    let reopened = Comparison::open(&comparison.link(), &BANKS).expect("own links open");
    assert_eq!(reopened.members, comparison.members);
    assert_eq!(reopened.labels(), labels);
}
