//! The JSON reader reads back whatever the writer writes: any text, any nesting.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use std::collections::BTreeMap;
use tandem::json::{array, parse, string, Object, Value};

/// Values the writer can write: numbers as the exports write them (whole, maybe negative),
/// objects without a key twice.
fn values() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| Value::Number(n.to_string())),
        any::<String>().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(any::<String>(), inner, 0..6).prop_map(
                |members: BTreeMap<String, Value>| Value::Object(members.into_iter().collect())
            ),
        ]
    })
}

fn write(value: &Value) -> String {
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.clone(),
        Value::String(s) => string(s),
        Value::Array(items) => array(items.iter().map(write)),
        Value::Object(members) => {
            let mut object = Object::new();
            for (key, value) in members {
                object.raw(key, &write(value));
            }
            object.end()
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn what_the_writer_writes_reads_back(value in values()) {
        prop_assert_eq!(parse(&write(&value)), Ok(value));
    }

    #[test]
    fn any_text_reads_back_as_itself(text in any::<String>()) {
        prop_assert_eq!(parse(&string(&text)), Ok(Value::String(text)));
    }

    #[test]
    fn whitespace_between_tokens_changes_nothing(value in values(), space in "[ \t\r\n]{1,3}") {
        let written = write(&value);
        // Whitespace after every comma and colon outside strings, and around the value.
        let mut spaced = space.clone();
        let mut in_string = false;
        let mut escaped = false;
        for c in written.chars() {
            spaced.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' if in_string => escaped = true,
                '"' => in_string = !in_string,
                ',' | ':' | '[' | '{' if !in_string => spaced.push_str(&space),
                _ => {}
            }
        }
        spaced.push_str(&space);
        prop_assert_eq!(parse(&spaced), Ok(value));
    }
}
