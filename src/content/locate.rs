//! Where a bank's problem sits in its file, for its author: the line and column of a
//! field named as the bank's rules name it (`question[3].answers[1].text`). Used by
//! `build.rs` and the bank check (`scripts/bank_report.rs`), both native: the parser
//! never reaches the browser.

use std::ops::Range;
use toml_edit::{ImDocument, InlineTable, Item, Table, Value};

/// A part of the document the walk stands on.
#[derive(Clone, Copy)]
enum Node<'a> {
    Table(&'a Table),
    Inline(&'a InlineTable),
    Value(&'a Value),
}

/// The 1-based line and column of `field` in the TOML `text`: of its key where it has
/// one, else of the nearest part of it the file holds (a missing answer's question,
/// say). `None` when the text is not TOML or holds no part of the field.
pub fn locate(text: &str, field: &str) -> Option<(usize, usize)> {
    let document = ImDocument::parse(text).ok()?;
    let mut node = Node::Table(document.as_table());
    let mut found: Option<Range<usize>> = None;
    for segment in field.split('.') {
        let (name, indices) = split_indices(segment);
        let Some((next, at)) = child(node, name, &indices) else {
            break;
        };
        found = at.or(found);
        match next {
            Some(next) => node = next,
            None => break,
        }
    }
    found.map(|at| line_and_column(text, at.start))
}

/// The part `name[indices…]` below `node`, and where it (or its key) starts; where
/// `name` is found but not an element `indices` asks for, no part and the place of
/// `name`. `None` when `node` has no `name`.
fn child<'a>(
    node: Node<'a>,
    name: &str,
    indices: &[usize],
) -> Option<(Option<Node<'a>>, Option<Range<usize>>)> {
    let (mut next, mut at) = match node {
        Node::Table(table) => {
            let item = table.get(name)?;
            let at = table
                .key(name)
                .and_then(|key| key.span())
                .or_else(|| item.span());
            match item {
                Item::Table(inner) => (Node::Table(inner), at),
                Item::Value(value) => (Node::Value(value), at),
                Item::ArrayOfTables(array) => {
                    // The first index picks the table; any further one is not TOML's.
                    return Some(match indices.first().and_then(|&i| array.get(i)) {
                        Some(inner) => (Some(Node::Table(inner)), inner.span().or(at)),
                        None => (None, at),
                    });
                }
                Item::None => return Some((None, at)),
            }
        }
        Node::Inline(table) => {
            let value = table.get(name)?;
            (
                Node::Value(value),
                table.key(name).and_then(|key| key.span()),
            )
        }
        Node::Value(_) => return None,
    };
    for &index in indices {
        let element = match next {
            Node::Value(Value::Array(array)) => array.get(index),
            _ => None,
        };
        let Some(element) = element else {
            return Some((None, at));
        };
        at = element.span().or(at);
        next = Node::Value(element);
    }
    if let Node::Value(Value::InlineTable(inline)) = next {
        next = Node::Inline(inline);
    }
    Some((Some(next), at))
}

/// `path:line:column` of `field` in `text`, the file `path` holds; `path` alone where
/// the file holds no part of the field (the parser's own message then says where).
pub fn place(path: &str, text: &str, field: &str) -> String {
    match locate(text, field) {
        Some((line, column)) => format!("{path}:{line}:{column}"),
        None => path.to_owned(),
    }
}

/// `answers[1]` as `("answers", [1])`; `text` as `("text", [])`.
fn split_indices(segment: &str) -> (&str, Vec<usize>) {
    let mut parts = segment.split('[');
    let name = parts.next().unwrap_or_default();
    let indices = parts
        .filter_map(|p| p.trim_end_matches(']').parse().ok())
        .collect();
    (name, indices)
}

/// The 1-based line and column (in characters) of byte `offset` in `text`.
fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rsplit('\n')
        .next()
        .unwrap_or_default()
        .chars()
        .count()
        + 1;
    (line, column)
}
