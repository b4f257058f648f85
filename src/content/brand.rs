//! A brand file, `brand.toml`: the name a deployment of Tandem goes by, and whether it
//! says it is made with Tandem. `src/content/brand.toml` is Tandem's own; `scripts/build.sh
//! --brand path/to/brand.toml` builds with another (build.rs reads `TANDEM_BRAND`).
//! Checked at build time, each problem naming its key and what to do, like a bank's.
//! Shared by build.rs and the native tests; no TOML parser reaches the browser.

use serde::Deserialize;
use std::path::PathBuf;

/// Tandem's own brand, unless the build names another.
pub const DEFAULT_BRAND: &str = "src/content/brand.toml";
/// The variable that names another brand's file.
pub const BRAND_VARIABLE: &str = "TANDEM_BRAND";
/// A name fits a page's title and the picture's header line.
const MAX_NAME_CHARS: usize = 40;
/// A home screen shows about 12 characters under an app's icon.
const MAX_SHORT_NAME_CHARS: usize = 12;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BrandSource {
    /// In the page's title and header, the manifest, the exports and share texts.
    pub name: String,
    /// Under the icon of an installed app, and in file names of downloads.
    pub short_name: String,
    /// Whether a small "Made with Tandem" line stays on the picture and printed page.
    #[serde(default = "yes")]
    pub made_with: bool,
}

fn yes() -> bool {
    true
}

/// One problem: the key at fault and what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BrandProblem {
    pub key: String,
    pub message: String,
}

/// The brand file the build uses: `TANDEM_BRAND`, else Tandem's own.
pub fn current_brand() -> PathBuf {
    match std::env::var(BRAND_VARIABLE) {
        Ok(path) if !path.trim().is_empty() => PathBuf::from(path),
        _ => PathBuf::from(DEFAULT_BRAND),
    }
}

/// Parses and checks a brand file; every problem found is reported.
pub fn parse(text: &str) -> Result<BrandSource, Vec<BrandProblem>> {
    let brand: BrandSource = toml::from_str(text).map_err(|e| {
        vec![BrandProblem {
            key: e
                .span()
                .map_or_else(String::new, |span| key_at(text, span.start)),
            message: e.message().to_owned(),
        }]
    })?;
    let mut problems = Vec::new();
    let mut check = |key: &str, value: &str, max: usize| {
        let chars = value.chars().count();
        let message = if value.trim().is_empty() {
            "must not be empty: it is what visitors call this deployment".to_owned()
        } else if value.trim() != value {
            "has spaces at its start or end: write the name as it should show".to_owned()
        } else if chars > max {
            format!("is {chars} characters, longer than {max}: shorten it to fit where it shows")
        } else if value.chars().any(char::is_control) {
            "holds a control character: write it on one line".to_owned()
        } else {
            return;
        };
        problems.push(BrandProblem {
            key: key.to_owned(),
            message,
        });
    };
    check("name", &brand.name, MAX_NAME_CHARS);
    check("short_name", &brand.short_name, MAX_SHORT_NAME_CHARS);
    if problems.is_empty() {
        Ok(brand)
    } else {
        Err(problems)
    }
}

/// What downloads are named after: `short_name` in lowercase ASCII letters and digits,
/// anything else a single hyphen; "assessment" when nothing of it is ASCII.
pub fn file_stem(short_name: &str) -> String {
    let lower = short_name.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    if words.is_empty() {
        "assessment".to_owned()
    } else {
        words.join("-")
    }
}

/// The top-level key whose line holds byte `at` of `text`, for TOML's own errors.
fn key_at(text: &str, at: usize) -> String {
    let at = at.min(text.len());
    let start = text[..at].rfind('\n').map_or(0, |newline| newline + 1);
    let line = text[start..].lines().next().unwrap_or_default();
    line.split('=').next().unwrap_or_default().trim().to_owned()
}
