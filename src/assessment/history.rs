//! A visitor's kept results, earliest first: kept only when the visitor asks, in this
//! browser only, as a list of results (`results_list`, kind history) under the key
//! [`KEY`]. Which kept result a new one is measured against, keeping, forgetting and
//! taking in another list's results.

use super::bank::Bank;
use super::results_list::{self, Entry, Kind, ListError, Problem, ResultsList};
use crate::export::day::Day;

/// Where the list is kept, in `localStorage`.
pub const KEY: &str = "tandem.history";

/// The offer that keeps a result: nothing is kept without it.
pub const KEEP_OFFER: &str = "Keep this result in this browser to see your progress next time";

/// What the offer promises, beside it.
pub const KEEP_HINT: &str =
    "Only if you ask: the result stays in this browser, and nothing leaves it.";

/// What the section says where the browser keeps nothing.
pub const STORAGE_BLOCKED: &str = "This browser does not let the assessment keep anything (its storage is blocked or full), so progress over time cannot be kept here. The result link above still reopens this result.";

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    /// Earliest first; each token once.
    pub entries: Vec<Entry>,
}

impl History {
    /// The kept list as stored; nothing stored is an empty history.
    pub fn read(stored: Option<&str>, banks: &[&'static Bank]) -> Result<History, ListError> {
        let Some(stored) = stored else {
            return Ok(History::default());
        };
        let read = results_list::read(stored, banks)?;
        Ok(History {
            entries: read.list.entries,
        })
    }

    /// The list to store or save as a file.
    pub fn file(&self) -> String {
        results_list::write(&ResultsList {
            kind: Kind::History,
            entries: self.entries.clone(),
        })
    }

    pub fn position(&self, token: &str) -> Option<usize> {
        self.entries.iter().position(|e| e.token == token)
    }

    /// Keeps `token` as taken on `day`, at the end; a result kept already stays where it is.
    pub fn keep(&mut self, token: &str, day: Day) {
        if self.position(token).is_none() {
            self.entries.push(Entry {
                token: token.to_owned(),
                date: Some(day),
                label: None,
            });
        }
    }

    pub fn forget(&mut self, token: &str) {
        self.entries.retain(|e| e.token != token);
    }

    /// The kept result `token` is measured against: the one kept before it, or, for a
    /// result not kept, the latest kept.
    pub fn before(&self, token: &str) -> Option<&Entry> {
        match self.position(token) {
            Some(at) => at.checked_sub(1).map(|i| &self.entries[i]),
            None => self.entries.last(),
        }
    }

    /// Takes in a list file's results not kept yet, then orders all by their day
    /// (results without a day first, in the order they came). Gives how many were new
    /// and the file's results left out.
    pub fn take_in(
        &mut self,
        file: &str,
        banks: &[&'static Bank],
    ) -> Result<(usize, Vec<Problem>), ListError> {
        let read = results_list::read(file, banks)?;
        let before = self.entries.len();
        for entry in read.list.entries {
            if self.position(&entry.token).is_none() {
                self.entries.push(entry);
            }
        }
        self.entries.sort_by_key(|e| e.date);
        Ok((self.entries.len() - before, read.problems))
    }
}
