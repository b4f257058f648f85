//! The result as one picture that stands on its own, for a slide or a message: the
//! stage, the curve with the marker, every area's score, the day, and the link as text
//! and as a QR code. An SVG document; the exports program also rasterises it to PNG.

use super::day::Day;
use super::qr::Qr;
use super::xml::escape;
use crate::assessment::bank::Bank;
use crate::assessment::company::Company;
use crate::assessment::report::Report;
use crate::assessment::scoring::DimensionScore;
use crate::assessment::scoring::Scoring;
use crate::assessment::stage::Stage;
use crate::content::{ABOUT, BRAND, BRAND_LOGO};
use crate::geometry::{along, band, curve_path, point, units, BASELINE, PATH_TRANSFORM};
use std::fmt::Write;

/// The picture's size in CSS pixels; the PNG doubles it.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 760;
pub(super) const MARGIN: u32 = 64;
/// The curve, drawn at 1.5 times the result screen's size, starts here.
const CURVE_TOP: u32 = 270;
pub(super) const CURVE_SCALE_TENTHS: u32 = 15;
/// The area chart's column.
const CHART_LEFT: u32 = 660;
const CHART_WIDTH: u32 = WIDTH - MARGIN - CHART_LEFT;
const ROW_HEIGHT: u32 = 54;
const FOOTER_TOP: u32 = 604;
const QR_WIDTH: u32 = 132;
/// Characters of the link per line beside the QR code.
const LINK_LINE: usize = 64;

/// The page's colours: the picture follows the theme the visitor sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

pub(super) struct Palette {
    pub(super) background: &'static str,
    pub(super) text: &'static str,
    pub(super) muted: &'static str,
    pub(super) line: &'static str,
    pub(super) marker: &'static str,
    pub(super) stages: [&'static str; 4],
    pub(super) bands: [&'static str; 4],
}

/// The custom properties of `styles/app.css`, light and dark.
const LIGHT: Palette = Palette {
    background: "#ffffff",
    text: "#1d2327",
    muted: "#4d5962",
    line: "#d3d8d6",
    marker: "#b45309",
    stages: ["#8a8f98", "#c27c0e", "#1b8a7f", "#2f5fb3"],
    bands: ["#eceeef", "#f8efdc", "#e1f1ee", "#e4ebf8"],
};
const DARK: Palette = Palette {
    background: "#121618",
    text: "#e8ecea",
    muted: "#a9b4b8",
    line: "#39444a",
    marker: "#fbbf24",
    stages: ["#9aa1aa", "#e0a43a", "#4fc1b3", "#86a8ec"],
    bands: ["#23292c", "#2f2a1f", "#1d302d", "#1f2737"],
};

impl Theme {
    pub(super) fn palette(self) -> &'static Palette {
        match self {
            Theme::Light => &LIGHT,
            Theme::Dark => &DARK,
        }
    }
}

/// The picture of `report`, reopened at `link`, made on `day`; headed with the name of
/// the `company` it is for, if the visitor gave one (in the link or only for the files).
pub fn svg(
    report: &Report,
    company: Option<&Company>,
    link: &str,
    day: Day,
    theme: Theme,
) -> String {
    let colours = theme.palette();
    let mut svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" fill="{}"><rect width="{WIDTH}" height="{HEIGHT}" fill="{}"/>"#,
        colours.text, colours.background
    );
    svg += &brand_line(
        company.map_or(BRAND.name, Company::as_str),
        CHART_LEFT - MARGIN - 16,
        colours,
    );
    headline(&mut svg, report, colours);
    chart(&mut svg, report, colours);
    footer(&mut svg, "Open this result", link, day, FOOTER_TOP, colours);
    svg += "</svg>";
    svg
}

/// The picture's first line, `width` wide: the brand's logo, if it has one, then whose
/// it is and what it is about; on two lines where one would be too long.
pub(super) fn brand_line(whose: &str, width: u32, colours: &Palette) -> String {
    let (x, logo) = match BRAND_LOGO {
        Some(logo) => (
            MARGIN + 48,
            format!(r#"<image x="{MARGIN}" y="58" width="36" height="36" href="{logo}"/>"#),
        ),
        None => (MARGIN, String::new()),
    };
    let line = format!("{whose} · {}", ABOUT.title);
    let words = if rough_width(&line, 20) <= width - (x - MARGIN) {
        text(x, 84, 20, colours.muted, &line)
    } else {
        text(x, 72, 20, colours.muted, whose) + &text(x, 100, 20, colours.muted, ABOUT.title)
    };
    logo + &words
}

/// How wide `words` run at font `size`, allowing 0.55 em a character: system-ui's
/// average is nearer 0.5, and the picture's fonts are the viewer's own.
fn rough_width(words: &str, size: u32) -> u32 {
    words.chars().count() as u32 * size * 11 / 20
}

/// One line of text with its baseline at (`x`, `y`).
pub(super) fn text(x: u32, y: u32, size: u32, fill: &str, words: &str) -> String {
    format!(
        r#"<text x="{x}" y="{y}" font-size="{size}" fill="{fill}">{}</text>"#,
        escape(words)
    )
}

/// The stage in words and the curve with the marker; or why there is no stage.
fn headline(svg: &mut String, report: &Report, colours: &Palette) {
    let bank = report.bank;
    let Some(placement) = &report.placement else {
        *svg += &bold(MARGIN, 170, 44, "Not enough answers");
        *svg += &text(
            MARGIN,
            214,
            22,
            colours.muted,
            "to place the two teams on the curve:",
        );
        *svg += &text(MARGIN, 246, 22, colours.muted, "too many were “not sure”.");
        return;
    };
    let level = placement.stage.level();
    *svg += &text(
        MARGIN,
        140,
        22,
        colours.muted,
        &format!("Stage {} of 4", level + 1),
    );
    *svg += &bold(MARGIN, 206, 64, bank.stage(placement.stage).title);
    *svg += &format!(
        r#"<rect x="{MARGIN}" y="220" width="96" height="6" rx="3" fill="{}"/>"#,
        colours.stages[level as usize]
    );
    *svg += &text(
        MARGIN,
        256,
        22,
        colours.muted,
        &format!(
            "Position {} of 100 along the curve",
            placement.position.percent()
        ),
    );
    curve(svg, report, placement.position, placement.stage, colours);
}

pub(super) fn bold(x: u32, y: u32, size: u32, words: &str) -> String {
    format!(
        r#"<text x="{x}" y="{y}" font-size="{size}" font-weight="700">{}</text>"#,
        escape(words)
    )
}

/// The result screen's curve, scaled up, with the stages named under their bands.
fn curve(
    svg: &mut String,
    report: &Report,
    position: crate::assessment::scoring::Share,
    stage: Stage,
    colours: &Palette,
) {
    let scale = format!("{}.{}", CURVE_SCALE_TENTHS / 10, CURVE_SCALE_TENTHS % 10);
    let _ = write!(
        svg,
        r#"<g transform="translate({MARGIN} {CURVE_TOP}) scale({scale})">"#
    );
    frame(svg, report.bank.scoring, colours);
    let (x, y) = point(along(position));
    let _ = write!(
        svg,
        r#"<line x1="{x}" y1="0" x2="{x}" y2="{b}" stroke="{marker}" stroke-width="2" stroke-dasharray="4 4"/><circle cx="{x}" cy="{y}" r="8" fill="{marker}" stroke="{bg}" stroke-width="3"/></g>"#,
        b = units(BASELINE),
        marker = colours.marker,
        bg = colours.background,
        x = units(x),
        y = units(y),
    );
    band_names(svg, report.bank, Some(stage), CURVE_TOP);
}

/// The stages' bands where `scoring` puts them, the baseline and the curve, in the
/// curve's own units (the caller scales them).
pub(super) fn frame(svg: &mut String, scoring: Scoring, colours: &Palette) {
    for band_stage in Stage::ALL {
        let (left, width) = band(scoring, band_stage);
        let _ = write!(
            svg,
            r#"<rect x="{}" y="0" width="{}" height="{}" fill="{}"/>"#,
            units(left),
            units(width),
            units(BASELINE),
            colours.bands[band_stage.level() as usize]
        );
    }
    let _ = write!(
        svg,
        r#"<line x1="0" y1="{b}" x2="360" y2="{b}" stroke="{line}" stroke-width="1.5"/><path d="{}" transform="{PATH_TRANSFORM}" fill="none" stroke="{text}" stroke-opacity="0.75" stroke-width="30" stroke-linecap="round" stroke-linejoin="round"/>"#,
        curve_path(),
        b = units(BASELINE),
        line = colours.line,
        text = colours.text,
    );
}

/// The stages' names under their bands, for a curve drawn at [`CURVE_SCALE_TENTHS`]
/// from `curve_top`; `current` in bold.
pub(super) fn band_names(svg: &mut String, bank: &Bank, current: Option<Stage>, curve_top: u32) {
    let label_y = curve_top + (BASELINE as u32) * CURVE_SCALE_TENTHS / 10 + 30;
    for band_stage in Stage::ALL {
        let (left, width) = band(bank.scoring, band_stage);
        let centre = MARGIN as f32 + (left + width / 2.0) * CURVE_SCALE_TENTHS as f32 / 10.0;
        let _ = write!(
            svg,
            r#"<text x="{}" y="{label_y}" font-size="17" text-anchor="middle"{}>{}</text>"#,
            units(centre),
            if Some(band_stage) == current {
                r#" font-weight="700""#
            } else {
                r#" fill-opacity="0.8""#
            },
            escape(bank.stage(band_stage).title)
        );
    }
}

/// Every area's score as a bar on the 0–100 scale, in bank order.
fn chart(svg: &mut String, report: &Report, colours: &Palette) {
    *svg += &bold(CHART_LEFT, 84, 24, "Area by area");
    for (row, score) in report.scores.dimensions.iter().enumerate() {
        let top = 120 + row as u32 * ROW_HEIGHT;
        area_row(svg, report, score, top, colours);
    }
}

fn area_row(
    svg: &mut String,
    report: &Report,
    score: &DimensionScore,
    top: u32,
    colours: &Palette,
) {
    let bank = report.bank;
    let name = bank.dimensions[score.dimension].name;
    *svg += &text(CHART_LEFT, top + 18, 18, colours.text, name);
    let value = match (score.share, score.stage) {
        (Some(share), Some(stage)) => format!("{} · {}", share.percent(), bank.stage(stage).title),
        _ => "Not enough answers".to_owned(),
    };
    let _ = write!(
        svg,
        r#"<text x="{}" y="{}" font-size="18" text-anchor="end" fill="{}">{}</text><rect x="{CHART_LEFT}" y="{}" width="{CHART_WIDTH}" height="12" rx="6" fill="{}"/>"#,
        CHART_LEFT + CHART_WIDTH,
        top + 18,
        colours.muted,
        escape(&value),
        top + 28,
        colours.line,
    );
    if let (Some(share), Some(stage)) = (score.share, score.stage) {
        let width = CHART_WIDTH * share.percent().clamp(2, 100) / 100;
        let _ = write!(
            svg,
            r#"<rect x="{CHART_LEFT}" y="{}" width="{width}" height="12" rx="6" fill="{}"/>"#,
            top + 28,
            colours.stages[stage.level() as usize]
        );
    }
}

/// The link as a QR code and as text under `heading`, and the day, from `top`.
pub(super) fn footer(
    svg: &mut String,
    heading: &str,
    link: &str,
    day: Day,
    top: u32,
    colours: &Palette,
) {
    let _ = write!(
        svg,
        r#"<line x1="{MARGIN}" y1="{top}" x2="{}" y2="{top}" stroke="{}"/>"#,
        WIDTH - MARGIN,
        colours.line
    );
    let mut left = MARGIN;
    if let Some(qr) = Qr::new(link) {
        *svg += &qr.svg_at(MARGIN, top + 12, QR_WIDTH);
        left += QR_WIDTH + 28;
    }
    *svg += &bold(left, top + 44, 20, heading);
    let mut y = top + 74;
    for line in link_lines(link) {
        *svg += &text(left, y, 18, colours.text, line);
        y += 24;
    }
    *svg += &text(left, y + 8, 18, colours.muted, &BRAND.made_on(&day.long()));
}

/// The link cut into lines that fit beside the QR code; at most two, the second
/// shortened with "…" when even that is not enough.
fn link_lines(link: &str) -> Vec<&str> {
    let cut = |text: &str| {
        text.char_indices()
            .nth(LINK_LINE)
            .map_or(text.len(), |(i, _)| i)
    };
    let first = cut(link);
    let rest = &link[first..];
    if rest.is_empty() {
        return vec![link];
    }
    let second = cut(rest);
    if second == rest.len() {
        vec![&link[..first], rest]
    } else {
        vec![&link[..first], &rest[..second], "…"]
    }
}

#[cfg(test)]
mod tests {
    use super::link_lines;

    #[test]
    fn long_links_wrap_into_lines_that_fit() {
        assert_eq!(
            link_lines("https://a.example/#/r/x"),
            ["https://a.example/#/r/x"]
        );
        let long = format!("https://{}/#/r/token", "e".repeat(70));
        let lines = link_lines(&long);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines.concat(), long);
        assert_eq!(lines[0].chars().count(), 64);
        let longer = "x".repeat(200);
        assert_eq!(link_lines(&longer), [&longer[..64], &longer[64..128], "…"]);
    }
}
