//! "Make it a plan": a result's first moves (the ones its screen shows unfolded) as a
//! 90-day plan, each with its owner and check-ins set by its effort, and the plan as
//! Markdown (a wiki page or a ticket), CSV (a spreadsheet) and iCalendar (one event per
//! check-in). Week 1 starts on the Monday after the day the plan is made (that day, if
//! it is a Monday), and every check-in falls on the Friday of its week.

use super::csv;
use super::day::Day;
use crate::assessment::advice::FIRST_MOVES;
use crate::assessment::bank::{Bank, Effort, Move};
use crate::assessment::report::Report;
use crate::assessment::stage::Stage;
use crate::content::BRAND;
use std::fmt::Write;

/// The plan's length in weeks: 90 days, rounded to the weeks its check-ins fall in.
pub const WEEKS: u8 = 13;

/// A plan for one result.
pub struct Plan {
    pub bank: &'static Bank,
    /// Where the teams stand.
    pub stage: Stage,
    /// The stage the moves lead to; `None` at the top, where they keep it.
    pub toward: Option<Stage>,
    /// The Monday of week 1.
    pub starts: Day,
    pub steps: Vec<Step>,
}

/// One move of the plan.
pub struct Step {
    pub dimension: usize,
    /// The stage its area stands at, which names its move.
    pub from: Stage,
    pub check_ins: Vec<CheckIn>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CheckIn {
    pub week: u8,
    pub day: Day,
    pub purpose: Purpose,
}

/// What a check-in asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Halfway,
    Done,
    /// A year-long move's first look, a quarter in.
    FirstReview,
}

impl Purpose {
    pub fn question(self) -> &'static str {
        match self {
            Purpose::Halfway => "Halfway: what has changed, and what is stuck?",
            Purpose::Done => "Is it done, and what did it change?",
            Purpose::FirstReview => "First review: is it on track, and what comes next?",
        }
    }
}

/// The check-ins a move's effort calls for, by week: a quick win at week 2, a quarter at
/// weeks 6 and 12, a year-long move a first review at week 12. A move of a kept bank
/// without an effort is planned as a quarter.
fn check_in_weeks(effort: Option<Effort>) -> &'static [(u8, Purpose)] {
    match effort {
        Some(Effort::QuickWin) => &[(2, Purpose::Done)],
        Some(Effort::Quarter) | None => &[(6, Purpose::Halfway), (12, Purpose::Done)],
        Some(Effort::Year) => &[(12, Purpose::FirstReview)],
    }
}

/// The plan for `report` made on `today`: `None` for a result with no moves (not placed).
pub fn plan(report: &Report, today: Day) -> Option<Plan> {
    let placement = report.placement.as_ref()?;
    let advice = report.advice.as_ref()?;
    let starts = today.next_monday();
    let steps: Vec<Step> = advice
        .moves
        .iter()
        .take(FIRST_MOVES)
        .map(|next| {
            let effort =
                report.bank.dimensions[next.dimension].moves[next.from.level() as usize].effort;
            Step {
                dimension: next.dimension,
                from: next.from,
                check_ins: check_in_weeks(effort)
                    .iter()
                    .map(|&(week, purpose)| CheckIn {
                        week,
                        day: friday_of(starts, week),
                        purpose,
                    })
                    .collect(),
            }
        })
        .collect();
    (!steps.is_empty()).then_some(Plan {
        bank: report.bank,
        stage: placement.stage,
        toward: advice.toward,
        starts,
        steps,
    })
}

fn friday_of(starts: Day, week: u8) -> Day {
    starts.plus_days(7 * (i32::from(week) - 1) + 4)
}

impl Plan {
    /// "A 90-day plan toward Aligned".
    pub fn title(&self) -> String {
        match self.toward {
            Some(next) => format!("A 90-day plan toward {}", self.bank.stage(next).title),
            None => format!(
                "A 90-day plan for staying {}",
                self.bank.stage(self.stage).title
            ),
        }
    }

    /// "Week 1 starts on Monday 14 December 2026."
    pub fn start_words(&self) -> String {
        format!("Week 1 starts on {}.", long_with_weekday(self.starts))
    }

    /// The move a step takes.
    pub fn move_of(&self, step: &Step) -> &'static Move {
        &self.bank.dimensions[step.dimension].moves[step.from.level() as usize]
    }

    /// Who acts: the move's own words, or, for a kept bank's move without them, a
    /// reminder to agree it.
    pub fn owner(&self, step: &Step) -> &'static str {
        self.move_of(step).who.map_or(NO_OWNER, |who| who.get())
    }

    pub fn effort(&self, step: &Step) -> &'static str {
        self.move_of(step).effort.unwrap_or(Effort::Quarter).label()
    }

    /// "Contact and tempo, now Defined".
    pub fn area(&self, step: &Step) -> String {
        format!(
            "{}, now {}",
            self.bank.dimensions[step.dimension].name,
            self.bank.stage(step.from).title
        )
    }
}

const NO_OWNER: &str = "To be agreed by both teams";

/// A plan's download name, e.g. `tandem-plan-2026-12-08.ics`.
pub fn file_name(day: Day, extension: &str) -> String {
    format!("{}-plan-{}.{extension}", BRAND.file_stem, day.iso())
}

/// "Week 2, Friday 25 December 2026".
pub fn check_in_when(check_in: &CheckIn) -> String {
    format!(
        "Week {}, {}",
        check_in.week,
        long_with_weekday(check_in.day)
    )
}

fn long_with_weekday(day: Day) -> String {
    format!("{} {}", day.weekday().name(), day.long())
}

/// The plan as Markdown: a heading, the result's link and the start, then each move
/// with its owner, area and effort, its check-ins as a task list, and what to do.
pub fn markdown(plan: &Plan, link: &str) -> String {
    let mut page = format!(
        "# {}\n\nWhere the teams stand: {}. Result: <{link}>\n\n{}\n",
        markdown_text(&plan.title()),
        plan.bank.stage(plan.stage).title,
        plan.start_words()
    );
    for (index, step) in plan.steps.iter().enumerate() {
        let found = plan.move_of(step);
        let _ = write!(
            page,
            "\n## {}. {}\n\n- **Owner:** {}\n- **Area:** {}\n- **Effort:** {}\n\n{}\n\nCheck-ins:\n\n",
            index + 1,
            markdown_text(found.title.get()),
            markdown_text(plan.owner(step)),
            markdown_text(&plan.area(step)),
            plan.effort(step),
            markdown_text(found.text.get()),
        );
        for check_in in &step.check_ins {
            let _ = writeln!(
                page,
                "- [ ] {}: {}",
                check_in_when(check_in),
                check_in.purpose.question()
            );
        }
    }
    page
}

/// `text` with the characters Markdown would read as formatting escaped.
fn markdown_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// The plan as a table, one row per move, its check-ins as ISO days (which spreadsheets
/// read as dates); CSV as the comparison's (`csv::row`).
pub fn csv(plan: &Plan) -> String {
    let mut table = String::from('\u{feff}');
    csv::row(
        &mut table,
        &[
            "Step",
            "Move",
            "Owner",
            "Area",
            "Stage now",
            "Effort",
            "First check-in",
            "Second check-in",
            "What to do",
        ]
        .map(str::to_owned),
    );
    for (index, step) in plan.steps.iter().enumerate() {
        let found = plan.move_of(step);
        let day = |n: usize| step.check_ins.get(n).map_or(String::new(), |c| c.day.iso());
        csv::row(
            &mut table,
            &[
                (index + 1).to_string(),
                found.title.get().to_owned(),
                plan.owner(step).to_owned(),
                plan.bank.dimensions[step.dimension].name.to_owned(),
                plan.bank.stage(step.from).title.to_owned(),
                plan.effort(step).to_owned(),
                day(0),
                day(1),
                found.text.get().to_owned(),
            ],
        );
    }
    table
}

/// A moment in UTC, which an iCalendar file stamps its events with.
#[derive(Clone, Copy, Debug)]
pub struct Moment {
    pub day: Day,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
}

/// The plan as an iCalendar file (RFC 5545): an all-day event on each check-in's day
/// saying what to ask, the move, its owner and the result's link. An event's UID
/// is the result's token, the area and the week, so importing a newer download of the
/// same plan updates its events rather than doubling them.
pub fn ics(plan: &Plan, token: &str, link: &str, now: Moment) -> String {
    let mut file = Calendar::default();
    file.line("BEGIN:VCALENDAR");
    file.line("VERSION:2.0");
    file.line(&format!("PRODID:-//{}//Plan//EN", ics_text(BRAND.name)));
    file.line("CALSCALE:GREGORIAN");
    file.line("METHOD:PUBLISH");
    let stamp = format!(
        "{}T{:02}{:02}{:02}Z",
        compact(now.day),
        now.hour,
        now.minute,
        now.second
    );
    for step in &plan.steps {
        let found = plan.move_of(step);
        let area = plan.bank.dimensions[step.dimension].id;
        for check_in in &step.check_ins {
            let about = format!(
                "{}\n\n{}: {}\nOwner: {}\nArea: {}\n\n{}\nResult: {link}",
                check_in.purpose.question(),
                found.title.get(),
                found.text.get(),
                plan.owner(step),
                plan.area(step),
                plan.title(),
            );
            file.line("BEGIN:VEVENT");
            file.line(&format!(
                "UID:{token}-{area}-week{}@{}",
                check_in.week, BRAND.file_stem
            ));
            file.line(&format!("DTSTAMP:{stamp}"));
            file.line(&format!("DTSTART;VALUE=DATE:{}", compact(check_in.day)));
            file.line(&format!(
                "DTEND;VALUE=DATE:{}",
                compact(check_in.day.plus_days(1))
            ));
            file.line(&format!(
                "SUMMARY:{}",
                ics_text(&format!("Check-in: {}", found.title.get()))
            ));
            file.line(&format!("DESCRIPTION:{}", ics_text(&about)));
            file.line(&format!("URL:{link}"));
            file.line("TRANSP:TRANSPARENT");
            file.line("END:VEVENT");
        }
    }
    file.line("END:VCALENDAR");
    file.0
}

/// `20261225`: a DATE value.
fn compact(day: Day) -> String {
    day.iso().replace('-', "")
}

/// An iCalendar file's content lines: CRLF after each, and any line longer than 75
/// octets folded onto continuation lines that start with a space, never inside a
/// character, and never beside a space of the text: some readers trim the spaces at
/// either end of a folded line rather than take away only the fold's own.
#[derive(Default)]
struct Calendar(String);

impl Calendar {
    fn line(&mut self, line: &str) {
        let mut rest = line;
        let mut room = 75;
        while rest.len() > room {
            let mut cut = boundary_at_most(rest, room);
            while cut > 1 && (rest[..cut].ends_with(' ') || rest[cut..].starts_with(' ')) {
                cut = boundary_at_most(rest, cut - 1);
            }
            self.0.push_str(&rest[..cut]);
            self.0.push_str("\r\n ");
            rest = &rest[cut..];
            room = 74;
        }
        self.0.push_str(rest);
        self.0.push_str("\r\n");
    }
}

/// The last character boundary of `text` at or before `index`.
fn boundary_at_most(text: &str, index: usize) -> usize {
    (0..=index)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0)
}

/// A TEXT value: backslashes, semicolons and commas escaped, line breaks as `\n`.
fn ics_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '\n' => escaped.push_str("\\n"),
            '\r' => {}
            c => escaped.push(c),
        }
    }
    escaped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_shows_formatting_characters_as_written() {
        assert_eq!(
            markdown_text("a *b* _c_ [d](e) <f> #g `h` i|j \\k"),
            "a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\#g \\`h\\` i\\|j \\\\k"
        );
    }

    #[test]
    fn calendar_text_escapes_its_separators_and_line_breaks() {
        assert_eq!(ics_text("a, b; c\\d\r\ne"), "a\\, b\\; c\\\\d\\ne");
    }

    #[test]
    fn a_line_of_exactly_75_octets_stays_whole() {
        let mut calendar = Calendar::default();
        let line = "x".repeat(75);
        calendar.line(&line);
        assert_eq!(calendar.0, format!("{line}\r\n"));
    }

    #[test]
    fn a_line_of_spaces_and_wide_characters_folds_within_75_octets() {
        let mut calendar = Calendar::default();
        let line = format!("X:{}{}", "  ".repeat(40), "€".repeat(40));
        calendar.line(&line);
        assert!(calendar.0.split("\r\n").all(|l| l.len() <= 75));
        assert_eq!(calendar.0.replace("\r\n ", ""), format!("{line}\r\n"));
    }
}
