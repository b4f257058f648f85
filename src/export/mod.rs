//! A result, or a comparison, as documents that travel: the JSON data (and a
//! comparison's CSV), a picture (SVG) and the QR code of its link. Plain functions
//! over a [`Report`](crate::assessment::report::Report) or a comparison, tested
//! natively; the exports program (`src/bin/exports/`) turns them into files, and only
//! a visitor who reaches a result, or asks for a comparison's files, loads it.

pub mod comparison;
pub mod comparison_picture;
mod csv;
pub mod data;
pub mod day;
pub mod picture;
pub mod plan;
pub mod qr;
pub mod retake_view;
pub mod where_next;
mod xml;

use crate::assessment::report::Report;
use crate::content::BRAND;
use day::Day;

/// A download's file name: what it is, the stage and the day, e.g.
/// `tandem-aligned-2026-12-04.png`; `tandem-result-…` when nothing was placed.
pub fn file_name(report: &Report, day: Day, extension: &str) -> String {
    let stage = report.placement.as_ref().map_or("result", |p| p.stage.id());
    format!("{}-{stage}-{}.{extension}", BRAND.file_stem, day.iso())
}
