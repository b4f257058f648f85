//! A comparison as one picture that stands on its own, for a workshop's slide: every
//! person's key on the curve (and the group's average), who each letter is, every
//! area's scores on one track, the day, and the link as text and as a QR code. An SVG
//! document as tall as its people and areas need; the exports program also rasterises
//! it to PNG.

use super::day::Day;
use super::picture::{
    band_names, bold, brand_line, footer, frame, text, Palette, Theme, CURVE_SCALE_TENTHS, MARGIN,
    WIDTH,
};
use super::xml::escape;
use crate::assessment::bank::Bank;
use crate::assessment::compare::{letter, Comparison};
use crate::content::BRAND;
use crate::geometry::{along, on_track, point, stack_up, units, BASELINE};
use std::fmt::Write;

/// A key's radius, on the curve and on the tracks.
const KEY_RADIUS: f32 = 15.0;
/// Where the curve's column, the people's column and the footer's start.
const CURVE_TOP: u32 = 232;
const PEOPLE_LEFT: u32 = 660;
const PERSON_ROW: u32 = 36;
/// The footer's height: the QR code and the link beside it.
const FOOTER_HEIGHT: u32 = 172;

/// The picture of `comparison`, reopened at `link`, made on `day`, and its height in
/// CSS pixels (its width is [`WIDTH`]); `None` without a bank to draw it in.
pub fn svg(comparison: &Comparison, link: &str, day: Day, theme: Theme) -> Option<(String, u32)> {
    let bank = comparison.newest_bank()?;
    let colours = theme.palette();
    let mut body = brand_line(BRAND.name, WIDTH - 2 * MARGIN, colours);
    body += &bold(MARGIN, 146, 44, "How our views compare");
    body += &text(MARGIN, 186, 22, colours.muted, &summary(comparison, bank));
    let curve_bottom = curve(&mut body, comparison, bank, colours);
    let people_bottom = people(&mut body, comparison, bank, colours);
    let areas_bottom = areas(
        &mut body,
        comparison,
        bank,
        curve_bottom.max(people_bottom) + 48,
        colours,
    );
    footer(
        &mut body,
        "Open this comparison",
        link,
        day,
        areas_bottom + 24,
        colours,
    );
    let height = areas_bottom + 24 + FOOTER_HEIGHT;
    let svg = format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" fill="{}"><rect width="{WIDTH}" height="{height}" fill="{}"/>{body}</svg>"#,
        colours.text, colours.background
    );
    Some((svg, height))
}

/// "4 results · group average 47 of 100, Defined".
fn summary(comparison: &Comparison, bank: &Bank) -> String {
    let mut words = format!("{} results", comparison.members.len());
    if let Some(group) = comparison.analysis.group_position {
        let stage = bank.stage(bank.scoring.stage(group)).title;
        let _ = write!(
            words,
            " · group average {} of 100, {stage}",
            group.percent()
        );
    }
    words
}

/// A member's key centred on (x, y): its letter in a ring.
fn key(svg: &mut String, index: usize, x: f32, y: f32, colours: &Palette) {
    let _ = write!(
        svg,
        r#"<circle cx="{x}" cy="{y}" r="{r}" fill="{bg}" stroke="{text}" stroke-width="2.5"/><text x="{x}" y="{y}" dy="0.35em" font-size="16" font-weight="700" text-anchor="middle">{letter}</text>"#,
        x = units(x),
        y = units(y),
        r = units(KEY_RADIUS),
        bg = colours.background,
        text = colours.text,
        letter = letter(index),
    );
}

/// How far each key on `points` (member index, x, y) rises to clear the others. It
/// depends only on where they stand relative to each other, so moving them all alike
/// keeps it.
fn rises(points: &[(usize, f32, f32)]) -> Vec<f32> {
    stack_up(
        &points.iter().map(|p| (p.1, p.2)).collect::<Vec<_>>(),
        KEY_RADIUS,
    )
}

/// Keys standing on `points`, each risen by its `rises` and pinned by a stem and a dot
/// to its point; stems under every key.
fn keys(svg: &mut String, points: &[(usize, f32, f32)], rises: &[f32], colours: &Palette) {
    for (&(_, x, y), &rise) in points.iter().zip(rises) {
        if rise > 0.0 {
            let _ = write!(
                svg,
                r#"<line x1="{x}" y1="{y}" x2="{x}" y2="{top}" stroke="{c}" stroke-width="2"/><circle cx="{x}" cy="{y}" r="4" fill="{c}"/>"#,
                x = units(x),
                y = units(y),
                top = units(y - rise),
                c = colours.text,
            );
        }
    }
    for (&(index, x, y), &rise) in points.iter().zip(rises) {
        key(svg, index, x, y - rise, colours);
    }
}

/// The curve with every placed member's key and the group's average; returns its
/// bottom, under the stages' names.
fn curve(svg: &mut String, comparison: &Comparison, bank: &Bank, colours: &Palette) -> u32 {
    let scale = CURVE_SCALE_TENTHS as f32 / 10.0;
    let on_curve = |x: f32, y: f32, top: f32| (MARGIN as f32 + x * scale, top + y * scale);
    let placed = |top: f32| -> Vec<(usize, f32, f32)> {
        let members = comparison.members.iter().enumerate();
        members
            .filter_map(|(index, member)| {
                let (x, y) = point(along(member.report.placement.as_ref()?.position));
                let (x, y) = on_curve(x, y, top);
                Some((index, x, y))
            })
            .collect()
    };
    // Room above the bands for keys risen past their top, and no more.
    let unlifted = placed(0.0);
    let risen = rises(&unlifted);
    let lift = unlifted
        .iter()
        .zip(&risen)
        .map(|(p, rise)| rise + KEY_RADIUS + 3.0 - p.2)
        .fold(0.0, f32::max);
    let top = CURVE_TOP + lift.ceil() as u32;
    let scale_text = format!("{}.{}", CURVE_SCALE_TENTHS / 10, CURVE_SCALE_TENTHS % 10);
    let _ = write!(
        svg,
        r#"<g transform="translate({MARGIN} {top}) scale({scale_text})">"#
    );
    frame(svg, bank.scoring, colours);
    if let Some(group) = comparison.analysis.group_position {
        let x = units(point(along(group)).0);
        let _ = write!(
            svg,
            r#"<line x1="{x}" y1="0" x2="{x}" y2="{b}" stroke="{c}" stroke-width="2" stroke-dasharray="3 4"/>"#,
            b = units(BASELINE),
            c = colours.text,
        );
    }
    *svg += "</g>";
    keys(svg, &placed(top as f32), &risen, colours);
    band_names(svg, bank, None, top);
    let mut bottom = top + (BASELINE as u32) * CURVE_SCALE_TENTHS / 10 + 30;
    if comparison.analysis.group_position.is_some() {
        bottom += 32;
        *svg += &text(
            MARGIN,
            bottom,
            17,
            colours.muted,
            "Dashed line: the group's average",
        );
    }
    bottom
}

/// Who each letter is: key, label, stage and position; returns the column's bottom.
fn people(svg: &mut String, comparison: &Comparison, bank: &Bank, colours: &Palette) -> u32 {
    *svg += &bold(PEOPLE_LEFT, CURVE_TOP + 8, 24, "Who is compared");
    let mut y = CURVE_TOP + 28;
    for (index, (member, label)) in comparison
        .members
        .iter()
        .zip(comparison.labels())
        .enumerate()
    {
        y += PERSON_ROW;
        key(
            svg,
            index,
            PEOPLE_LEFT as f32 + KEY_RADIUS,
            y as f32 - 6.0,
            colours,
        );
        let placed = member
            .report
            .placement
            .as_ref()
            .map_or("not placed".to_owned(), |p| {
                format!(
                    "{}, {}",
                    bank.stage(member.report.bank.scoring.stage(p.position))
                        .title,
                    p.position.percent()
                )
            });
        let _ = write!(
            svg,
            r#"<text x="{}" y="{y}" font-size="18">{}<tspan fill="{}"> · {}</tspan></text>"#,
            PEOPLE_LEFT + 44,
            escape(&label),
            colours.muted,
            escape(&placed),
        );
    }
    y
}

/// Every compared area: its name, and each member's score as a key on a track from 0
/// to 100 with ticks where the stages begin; returns the bottom of the last.
fn areas(
    svg: &mut String,
    comparison: &Comparison,
    bank: &Bank,
    top: u32,
    colours: &Palette,
) -> u32 {
    *svg += &bold(MARGIN, top, 24, "Area by area");
    let track = (WIDTH - 2 * MARGIN) as f32 - 2.0 * KEY_RADIUS;
    let left = MARGIN as f32 + KEY_RADIUS;
    let mut y = top + 16;
    for area in &comparison.analysis.areas {
        y += 30;
        *svg += &text(MARGIN, y, 18, colours.text, area.dimension.name);
        let points: Vec<(usize, f32, f32)> = area
            .scores
            .iter()
            .enumerate()
            .filter_map(|(index, score)| Some((index, left + on_track((*score)?, track, 0.0), 0.0)))
            .collect();
        let risen = rises(&points);
        let line = y as f32 + 10.0 + risen.iter().copied().fold(0.0, f32::max) + KEY_RADIUS;
        let _ = write!(
            svg,
            r#"<line x1="{}" y1="{l}" x2="{}" y2="{l}" stroke="{c}" stroke-width="4"/>"#,
            units(left),
            units(left + track),
            l = units(line),
            c = colours.line,
        );
        for start in bank.scoring.band_starts_per_mille() {
            let x = units(left + track * start as f32 / 1000.0);
            let _ = write!(
                svg,
                r#"<line x1="{x}" y1="{}" x2="{x}" y2="{}" stroke="{}"/>"#,
                units(line - KEY_RADIUS - 4.0),
                units(line + KEY_RADIUS + 4.0),
                colours.line
            );
        }
        let on_line: Vec<(usize, f32, f32)> =
            points.iter().map(|&(i, x, _)| (i, x, line)).collect();
        keys(svg, &on_line, &risen, colours);
        y = (line + KEY_RADIUS) as u32 + 8;
    }
    y
}
