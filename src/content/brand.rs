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
    /// The main colour, `#rrggbb` or `#rgb`: buttons, links, the marker's ring.
    pub accent: Option<String>,
    /// `light`, `dark` or `auto` (the visitor's system setting, the default).
    #[serde(default = "auto")]
    pub theme: String,
    /// An SVG file, relative to the brand file: the header, the favicon and app icon,
    /// the picture and the printed page.
    pub logo: Option<String>,
    /// A call to action on every placed result (the same rules as an embed's).
    pub cta: Option<CtaSource>,
    /// Links at the foot of every page.
    #[serde(default)]
    pub links: LinksSource,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CtaSource {
    pub label: String,
    /// May hold `{stage}`, `{position}` and `{link}`.
    pub url: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LinksSource {
    pub privacy: Option<String>,
    pub imprint: Option<String>,
}

impl LinksSource {
    /// Each link given, with the words it shows as.
    pub fn shown(&self) -> Vec<(&'static str, &str)> {
        [("Privacy", &self.privacy), ("Imprint", &self.imprint)]
            .into_iter()
            .filter_map(|(words, url)| Some((words, url.as_deref()?)))
            .collect()
    }
}

/// Why `url` cannot be a footer link, if it cannot: an https address, so a visitor on
/// the consultancy's page is never sent somewhere unencrypted.
pub fn link_problem(url: &str) -> Option<String> {
    let Some(rest) = url.strip_prefix("https://") else {
        return Some(format!("\"{url}\" is not an https address: write it in full, such as \"https://example.com/privacy\""));
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty()
        || url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"')
    {
        return Some(format!(
            "\"{url}\" is not a whole address: it needs a host and no spaces or quotes"
        ));
    }
    None
}

/// A logo is a mark of a few shapes: 16 KB holds a detailed one, and every first visit
/// fetches it (the picture carries it too, a third larger as base64).
pub const MAX_LOGO_BYTES: usize = 16 * 1024;

/// Why an SVG file cannot be a logo, if it cannot: a logo shows inside the app's pages
/// and pictures, so it may hold no script, no event handler and no reference to
/// anything outside itself (which a strict Content-Security-Policy would block, and a
/// picture made offline could not fetch).
pub fn logo_problem(svg: &str) -> Option<String> {
    let lower = svg.to_ascii_lowercase();
    if svg.len() > MAX_LOGO_BYTES {
        return Some(format!(
            "is {} KB, more than {} KB: every first visit fetches it; simplify its paths or remove editor data",
            svg.len().div_ceil(1024),
            MAX_LOGO_BYTES / 1024
        ));
    }
    if !lower.contains("<svg") || !lower.trim_end().ends_with("</svg>") {
        return Some("is not an SVG document (<svg …>…</svg>): export the logo as SVG".into());
    }
    for (what, why) in [
        ("<script", "holds a script"),
        ("<foreignobject", "holds foreign content"),
        ("javascript:", "holds a javascript: address"),
        ("<!entity", "declares entities"),
        ("@import", "imports a style sheet"),
    ] {
        if lower.contains(what) {
            return Some(format!("{why}: a logo is shapes and text only; remove it"));
        }
    }
    if let Some(handler) = event_handler(&lower) {
        return Some(format!(
            "has an event handler ({handler}=…): a logo is shapes and text only; remove it"
        ));
    }
    if let Some(reference) = outside_reference(&lower) {
        return Some(format!(
            "refers to \"{reference}\" outside itself: embed what it needs, or remove the reference"
        ));
    }
    None
}

/// The first attribute named `on…`, such as `onload`, after a space, tab or line break.
fn event_handler(svg: &str) -> Option<String> {
    svg.char_indices()
        .filter(|&(_, c)| c.is_ascii_whitespace())
        .filter_map(|(at, _)| {
            let rest = &svg[at + 1..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            let after = rest[name.len()..].trim_start();
            (name.len() > 2 && name.starts_with("on") && after.starts_with('=')).then_some(name)
        })
        .next()
}

/// The first `href`, `xlink:href` or `url(…)` whose target is not inside the file (`#id`).
fn outside_reference(svg: &str) -> Option<String> {
    let target = |value: &str| -> Option<String> {
        let value = value.trim_start_matches(['"', '\'', ' ']);
        let end = value.find(['"', '\'', ')', ' ']).unwrap_or(value.len());
        (!value.starts_with('#')).then(|| value[..end].chars().take(40).collect())
    };
    let hrefs = svg.match_indices("href").filter_map(|(at, _)| {
        let value = svg[at + 4..].trim_start().strip_prefix('=')?;
        target(value.trim_start())
    });
    let urls = svg
        .match_indices("url(")
        .filter_map(|(at, _)| target(&svg[at + 4..]));
    hrefs.chain(urls).next()
}

fn auto() -> String {
    "auto".to_owned()
}

/// The themes a brand may fix, or leave to the visitor's system.
pub const THEMES: [&str; 3] = ["light", "dark", "auto"];
/// The page backgrounds an accent's text must stand out from (styles/app.css).
const LIGHT_PAGE: Rgb = [247, 247, 244];
const DARK_PAGE: Rgb = [27, 33, 36];
/// WCAG's 4.5:1 for text, with a margin for rounding, as static/frame.js keeps for an
/// embedding page's accent.
const LEGIBLE: f64 = 4.6;

pub type Rgb = [u8; 3];

/// The brand's accent as each theme shows it: as given where text in it reaches
/// [`LEGIBLE`] contrast on the page, else moved toward black (light) or white (dark)
/// until it does, as static/frame.js does with an embedding page's `data-accent`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Accent {
    pub given: Rgb,
    pub light: Rgb,
    pub dark: Rgb,
}

impl Accent {
    pub fn new(given: Rgb) -> Accent {
        Accent {
            given,
            light: legible(given, [0, 0, 0], LIGHT_PAGE),
            dark: legible(given, [255, 255, 255], DARK_PAGE),
        }
    }

    /// The themes in which the colour had to move, for the build's warning.
    pub fn adjusted(&self) -> Vec<&'static str> {
        [("light", self.light), ("dark", self.dark)]
            .into_iter()
            .filter(|(_, shown)| *shown != self.given)
            .map(|(theme, _)| theme)
            .collect()
    }

    /// The custom properties styles/app.css reads the accent from.
    pub fn css(&self) -> String {
        let soft_light = mix(self.light, [255, 255, 255], 0.88);
        let soft_dark = mix(self.dark, DARK_PAGE, 0.82);
        format!(
            ":root{{--accent-l:{};--accent-d:{};--accent-soft-l:{};--accent-soft-d:{}}}",
            hex(self.light),
            hex(self.dark),
            hex(soft_light),
            hex(soft_dark)
        )
    }
}

/// `#rrggbb` or `#rgb` as a colour.
pub fn parse_hex(text: &str) -> Option<Rgb> {
    let digits = text.strip_prefix('#')?;
    let value = |pair: &str| u8::from_str_radix(pair, 16).ok();
    match digits.len() {
        6 if digits.is_ascii() => Some([
            value(&digits[0..2])?,
            value(&digits[2..4])?,
            value(&digits[4..6])?,
        ]),
        3 if digits.is_ascii() => {
            let short = |i: usize| value(&digits[i..=i]).map(|v| v * 17);
            Some([short(0)?, short(1)?, short(2)?])
        }
        _ => None,
    }
}

pub fn hex(rgb: Rgb) -> String {
    format!("#{:02x}{:02x}{:02x}", rgb[0], rgb[1], rgb[2])
}

fn luminance(rgb: Rgb) -> f64 {
    let linear = rgb.map(|v| {
        let v = f64::from(v) / 255.0;
        if v <= 0.04045 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    });
    0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
}

/// WCAG's contrast ratio of two colours.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (x, y) = (luminance(a) + 0.05, luminance(b) + 0.05);
    x.max(y) / x.min(y)
}

fn mix(rgb: Rgb, toward: Rgb, share: f64) -> Rgb {
    [0, 1, 2].map(|i| {
        let v = f64::from(rgb[i]);
        (v + (f64::from(toward[i]) - v) * share).round() as u8
    })
}

/// `rgb` moved toward `toward` in steps of 5% until text in it is legible on `page`.
fn legible(rgb: Rgb, toward: Rgb, page: Rgb) -> Rgb {
    (0..20)
        .map(|step| mix(rgb, toward, f64::from(step) * 0.05))
        .find(|shown| contrast(*shown, page) >= LEGIBLE)
        .unwrap_or(toward)
}

impl BrandSource {
    /// The accent as each theme shows it; `None` keeps Tandem's own colours.
    pub fn accent(&self) -> Option<Accent> {
        self.accent.as_deref().and_then(parse_hex).map(Accent::new)
    }
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
    let mut fail = |key: &str, message: String| {
        problems.push(BrandProblem {
            key: key.to_owned(),
            message,
        })
    };
    if let Some(accent) = &brand.accent {
        if parse_hex(accent).is_none() {
            fail("accent", format!("\"{accent}\" is not a colour: write it as #rrggbb or #rgb, such as \"#7a1f5c\""));
        }
    }
    for (key, url) in [
        ("links.privacy", &brand.links.privacy),
        ("links.imprint", &brand.links.imprint),
    ] {
        if let Some(problem) = url.as_deref().and_then(link_problem) {
            fail(key, problem);
        }
    }
    if !THEMES.contains(&brand.theme.as_str()) {
        fail(
            "theme",
            format!(
                "\"{}\" is not a theme: write light, dark or auto (the visitor's system setting)",
                brand.theme
            ),
        );
    }
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
