//! Lists of results in one file: a visitor's kept history, a workshop room's gathered
//! results, a comparison's data. Every one of them writes and reads this format, so a
//! history may take in a room's file and the other way round (`docs/formats.md`, "Lists
//! of results"):
//!
//! ```json
//! {"format":"tandem-results","version":1,"kind":"history","results":[
//! {"token":"AgJBguqF1QuqF1QuoNAU","date":"2026-12-04","label":"Q4 retake"}
//! ]}
//! ```
//!
//! A file whose shape is wrong is refused whole ([`ListError`]); a result whose token
//! does not open here is left out and named ([`Problem`]), and the rest still read.
//! Members this version does not know are ignored, so later versions may add some.
//! What [`read`] returns, [`write`] writes back to a file that reads the same.

use super::bank::Bank;
use super::compare::{parse_label, LabelError, TokenFault, MAX_LABEL_CHARS};
use super::link::{self, LinkError};
use crate::export::day::Day;
use crate::json::{self, Object, ParseError, Value};
use std::fmt;

pub const FORMAT: &str = "tandem-results";
/// The format's version, raised only when a member's meaning changes.
const VERSION: &str = "1";
pub const MAX_RESULTS: usize = 500;
/// 512 KiB: five hundred results with labels and dates take less than half of it.
pub const MAX_FILE_BYTES: usize = 512 * 1024;

/// What wrote the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A visitor's results over time, earliest first.
    History,
    /// A workshop room's gathered results.
    Room,
    /// The results of a comparison.
    Comparison,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::History, Kind::Room, Kind::Comparison];

    /// Its name in the file.
    pub fn id(self) -> &'static str {
        match self {
            Kind::History => "history",
            Kind::Room => "room",
            Kind::Comparison => "comparison",
        }
    }
}

/// One result of a list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// A result token, as in a result link.
    pub token: String,
    /// The day it was kept: a token carries no date.
    pub date: Option<Day>,
    /// Trimmed, never empty, at most [`MAX_LABEL_CHARS`] characters.
    pub label: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultsList {
    pub kind: Kind,
    /// In the file's order.
    pub entries: Vec<Entry>,
}

/// A result of the file left out because its token does not open here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Its place among the file's results, counted from 0.
    pub entry: usize,
    pub error: LinkError,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Result {} {}, so it is left out.",
            self.entry + 1,
            TokenFault(&self.error)
        )
    }
}

/// A file read: the results that open, and those left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Read {
    pub list: ResultsList,
    pub problems: Vec<Problem>,
}

/// Why a file is refused whole. `entry` counts the file's results from 0.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListError {
    /// Over [`MAX_FILE_BYTES`].
    TooLarge,
    /// Not a JSON object, or one of another format or an unknown kind.
    NotAList,
    /// The JSON ends early.
    CutShort,
    /// It starts like JSON but breaks its rules.
    NotJson,
    /// A version above 1.
    NewerVersion,
    /// The version is missing, or not a whole number from 1.
    NoVersion,
    /// The kind is missing, or not text.
    NoKind,
    /// `results` is missing, or not a list.
    NoResults,
    TooManyResults {
        count: usize,
    },
    NotAResult {
        entry: usize,
    },
    /// The token is missing, or not text.
    NoToken {
        entry: usize,
    },
    BadDate {
        entry: usize,
    },
    BadLabel {
        entry: usize,
        error: LabelError,
    },
}

impl fmt::Display for ListError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        const DAMAGED: &str = "This file is damaged:";
        match self {
            ListError::TooLarge => write!(
                f,
                "This file is too large to be a list of Tandem results (at most {} KB).",
                MAX_FILE_BYTES / 1024
            ),
            ListError::NotAList => f.write_str("This file is not a list of Tandem results."),
            ListError::CutShort => write!(
                f,
                "{DAMAGED} it is cut short. Part of it may have been lost when it was saved or copied."
            ),
            ListError::NotJson => write!(f, "{DAMAGED} it is not well-formed JSON."),
            ListError::NewerVersion => f.write_str(
                "This file was made by a newer version of the assessment; open it there.",
            ),
            ListError::NoVersion => write!(f, "{DAMAGED} it does not say its version."),
            ListError::NoKind => write!(
                f,
                "{DAMAGED} it does not say whether it is a history, a room or a comparison."
            ),
            ListError::NoResults => write!(f, "{DAMAGED} it holds no list of results."),
            ListError::TooManyResults { count } => write!(
                f,
                "This file holds {count} results; a list holds at most {MAX_RESULTS}."
            ),
            ListError::NotAResult { entry } => {
                write!(f, "{DAMAGED} result {} is not a result.", entry + 1)
            }
            ListError::NoToken { entry } => {
                write!(f, "{DAMAGED} result {} has no token.", entry + 1)
            }
            ListError::BadDate { entry } => write!(
                f,
                "{DAMAGED} result {}'s date is not a day written as 2026-12-04.",
                entry + 1
            ),
            ListError::BadLabel {
                entry,
                error: LabelError::Unreadable,
            } => write!(
                f,
                "{DAMAGED} result {}'s label is not a line of text.",
                entry + 1
            ),
            ListError::BadLabel {
                entry,
                error: LabelError::TooLong { chars },
            } => write!(
                f,
                "{DAMAGED} result {}'s label has {chars} characters, more than the {MAX_LABEL_CHARS} a label may have.",
                entry + 1
            ),
        }
    }
}

/// The file: compact, one result a line so that a list's changes read well in a diff,
/// and the same bytes for the same list.
pub fn write(list: &ResultsList) -> String {
    let results: Vec<String> = list
        .entries
        .iter()
        .map(|e| format!("\n{}", entry_json(e)))
        .collect();
    let mut file = Object::new();
    file.string("format", FORMAT);
    file.raw("version", VERSION);
    file.string("kind", list.kind.id());
    file.raw("results", &format!("[{}\n]", results.join(",")));
    file.end() + "\n"
}

fn entry_json(entry: &Entry) -> String {
    let mut json = Object::new();
    json.string("token", &entry.token);
    if let Some(date) = entry.date {
        json.string("date", &date.iso());
    }
    if let Some(label) = &entry.label {
        json.string("label", label);
    }
    json.end()
}

/// Reads a file of any kind; results whose tokens none of `banks` opens are left out
/// and named in [`Read::problems`].
pub fn read(file: &str, banks: &[&'static Bank]) -> Result<Read, ListError> {
    if file.len() > MAX_FILE_BYTES {
        return Err(ListError::TooLarge);
    }
    // Some editors start a UTF-8 file with a byte order mark.
    let file = file.strip_prefix('\u{feff}').unwrap_or(file);
    if !file.trim_start().starts_with('{') {
        return Err(ListError::NotAList);
    }
    let json = json::parse(file).map_err(|error| match error {
        ParseError::End => ListError::CutShort,
        ParseError::TooDeep => ListError::NotAList,
        ParseError::Unexpected { .. } | ParseError::RepeatedKey(_) => ListError::NotJson,
    })?;
    if !matches!(json.get("format"), Some(Value::String(f)) if f == FORMAT) {
        return Err(ListError::NotAList);
    }
    match json.get("version") {
        Some(Value::Number(v)) if v == VERSION => {}
        // JSON allows no leading zeros, so digits other than "0" and "1" are above 1.
        Some(Value::Number(v)) if v != "0" && v.bytes().all(|b| b.is_ascii_digit()) => {
            return Err(ListError::NewerVersion)
        }
        _ => return Err(ListError::NoVersion),
    }
    let kind = match json.get("kind") {
        Some(Value::String(id)) => Kind::ALL
            .into_iter()
            .find(|k| k.id() == id)
            .ok_or(ListError::NotAList)?,
        _ => return Err(ListError::NoKind),
    };
    let Some(Value::Array(results)) = json.get("results") else {
        return Err(ListError::NoResults);
    };
    if results.len() > MAX_RESULTS {
        let count = results.len();
        return Err(ListError::TooManyResults { count });
    }
    let mut read = Read {
        list: ResultsList {
            kind,
            entries: Vec::new(),
        },
        problems: Vec::new(),
    };
    for (index, result) in results.iter().enumerate() {
        let entry = read_entry(index, result)?;
        match link::decode(&entry.token, banks) {
            Ok(_) => read.list.entries.push(entry),
            Err(error) => read.problems.push(Problem {
                entry: index,
                error,
            }),
        }
    }
    Ok(read)
}

fn read_entry(entry: usize, result: &Value) -> Result<Entry, ListError> {
    if !matches!(result, Value::Object(_)) {
        return Err(ListError::NotAResult { entry });
    }
    let Some(Value::String(token)) = result.get("token") else {
        return Err(ListError::NoToken { entry });
    };
    let bad_date = ListError::BadDate { entry };
    let date = match optional_text(result, "date", bad_date.clone())? {
        Some(iso) => Some(Day::from_iso(iso).ok_or(bad_date)?),
        None => None,
    };
    let bad_label = |error| ListError::BadLabel { entry, error };
    let label = match optional_text(result, "label", bad_label(LabelError::Unreadable))? {
        Some(text) => parse_label(text).map_err(bad_label)?,
        None => None,
    };
    Ok(Entry {
        token: token.clone(),
        date,
        label,
    })
}

/// Member `key` of `object` as text; absent or `null` is none, any other value `wrong`.
fn optional_text<'a>(
    object: &'a Value,
    key: &str,
    wrong: ListError,
) -> Result<Option<&'a str>, ListError> {
    match object.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => Ok(Some(text)),
        Some(_) => Err(wrong),
    }
}
