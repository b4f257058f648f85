//! CSV for spreadsheets, as RFC 4180 writes it: the comparison's table and the plan's.

/// One CSV row: each cell quoted where it holds a comma, a quote or a line break, and
/// one a spreadsheet would run as a formula (=, +, -, @ first) made plain text by a
/// leading apostrophe, since a cell may come from whoever made a link.
pub fn row(table: &mut String, cells: &[String]) {
    for (index, cell) in cells.iter().enumerate() {
        if index > 0 {
            table.push(',');
        }
        let guarded = if cell.starts_with(['=', '+', '-', '@']) {
            format!("'{cell}")
        } else {
            cell.clone()
        };
        if guarded.contains([',', '"', '\n', '\r']) {
            table.push('"');
            table.push_str(&guarded.replace('"', "\"\""));
            table.push('"');
        } else {
            table.push_str(&guarded);
        }
    }
    table.push_str("\r\n");
}
