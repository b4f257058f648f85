//! The question banks, generated at build time from `bank*.toml` (see `build.rs`).
//!
//! Result links name the bank version they were made with, and a link is a promise.
//! Any change to questions, answers or their order therefore means: bump `version`
//! in `bank.toml`, keep the old file as `bank-v<N>.toml` and name it in `bank.toml`'s
//! `kept` list after the older kept versions, and add golden tokens for the new version to
//! `tests/link.rs` next to the old ones, which must keep passing unchanged.
//!
//! The generated code holds a static per bank (`V<n>` for a kept version, `CURRENT`),
//! `BANKS`, every bank a result link may have been made with, oldest first, and
//! `QUESTION_IDS`, the questions' ids of each bank in the same order: they name answers
//! in the exported data, kept apart from the banks, which every visitor downloads, so
//! that only the exports program carries them.

include!(concat!(env!("OUT_DIR"), "/banks.rs"));

/// The name this deployment goes by (its brand file, `src/content/brand.rs`).
#[derive(Debug)]
pub struct Brand {
    /// In the page's title and header, the exports, the share texts.
    pub name: &'static str,
    /// Under an installed app's icon.
    pub short_name: &'static str,
    /// What downloads are named after: the short name in lowercase ASCII letters,
    /// digits and hyphens ("tandem-aligned-2026-12-07.png").
    pub file_stem: &'static str,
    /// Whether the picture and the printed page say "Made with Tandem".
    pub made_with: bool,
    /// The logo's file beside the pages (`brand-logo-….svg`), if the brand has one.
    pub logo: Option<&'static str>,
    /// The links at the foot of every page: the words shown, and the address.
    pub links: &'static [(&'static str, &'static str)],
}

/// How the brand looks, for the build's pages and styles (examples/intro_html.rs writes
/// it out); the app itself never reads it.
#[derive(Debug)]
pub struct BrandStyle {
    /// `light`, `dark` or `auto`.
    pub theme: &'static str,
    /// The custom properties that set the accent per theme; empty for Tandem's own.
    pub accent: &'static str,
    /// The browser's bar colour in the light theme.
    pub theme_color: &'static str,
    /// Where the logo's file is, for the build to copy; empty without a logo.
    pub logo_source: &'static str,
}

impl Brand {
    /// The line that dates the picture and the printed page.
    pub fn made_on(&self, day: &str) -> String {
        if self.made_with {
            format!("Made with Tandem on {day}")
        } else {
            format!("Made on {day}")
        }
    }
}

/// The id of each of `bank`'s questions, in bank order.
pub fn question_ids(bank: &Bank) -> &'static [&'static str] {
    BANKS
        .iter()
        .position(|known| *known == bank)
        .map_or(&[], |index| QUESTION_IDS[index])
}

// `source.rs`, the bank's rules, is compiled only into build.rs, tests/bank_source.rs
// and the bank report, which include it by its path; the app never compiles it
// (`cfg(any())` is never true). It is declared here because cargo-mutants finds the
// files to mutate by following `mod` from the library: without this declaration,
// scripts/mutants.sh found no mutants in it.
#[cfg(any())]
#[path = "source.rs"]
mod source;
