//! "Make it a plan": which moves a plan takes, when their check-ins fall, and the three
//! files, each held by a golden file and the calendar read back by an iCalendar parser.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{answers_at, choices_by_index, first_area_at};
use tandem::assessment::advice::FIRST_MOVES;
use tandem::assessment::bank::Effort;
use tandem::assessment::report::Report;
use tandem::assessment::stage::Stage;
use tandem::content::{CURRENT, V1};
use tandem::export::day::{Day, Weekday};
use tandem::export::plan::{self, check_in_when, Moment, Plan, Purpose, WEEKS};

const LINK: &str = "https://example.com/tools/alignment/#/r/";

/// Tuesday 8 December 2026.
fn made_on() -> Day {
    Day::new(2026, 12, 8).unwrap()
}

fn now() -> Moment {
    Moment {
        day: made_on(),
        hour: 9,
        minute: 5,
        second: 30,
    }
}

/// A result at Defined whose three first moves are two quick wins and a quarter.
fn toward() -> Report {
    by_area(&[D, D, D, D, D, D, U, U])
}

/// A result at Integrated whose three moves to keep it are a quarter, a year and a
/// quick win.
fn staying() -> Report {
    by_area(&[A, I, I, I, I, I, I, A])
}

const U: Stage = Stage::Undefined;
const D: Stage = Stage::Defined;
const A: Stage = Stage::Aligned;
const I: Stage = Stage::Integrated;

/// Every question answered at its area's stage in `areas`.
fn by_area(areas: &[Stage]) -> Report {
    let stages: Vec<Stage> = CURRENT
        .questions
        .iter()
        .map(|q| areas[q.dimension])
        .collect();
    Report::new(&CURRENT, answers_at(&CURRENT, &stages))
}

fn plan_of(report: &Report) -> Plan {
    plan::plan(report, made_on()).expect("a placed result has a plan")
}

fn link(report: &Report) -> String {
    format!("{LINK}{}", report.token)
}

#[test]
fn a_plan_takes_the_moves_the_result_shows_first_in_their_order() {
    for report in [toward(), staying()] {
        let plan = plan_of(&report);
        let advice = report.advice.as_ref().unwrap();
        let shown: Vec<_> = advice.moves[..FIRST_MOVES]
            .iter()
            .map(|m| (m.dimension, m.from))
            .collect();
        let planned: Vec<_> = plan.steps.iter().map(|s| (s.dimension, s.from)).collect();
        assert_eq!(planned, shown);
        assert!(
            advice.moves.len() > FIRST_MOVES,
            "the rest stay on the screen only"
        );
        assert_eq!(plan.stage, report.placement.as_ref().unwrap().stage);
        assert_eq!(plan.toward, plan.stage.next());
    }
    assert_eq!(plan_of(&toward()).title(), "A 90-day plan toward Aligned");
}

/// A move's effort and its check-ins' weeks and purposes.
type EffortAndWeeks = (Option<Effort>, Vec<(u8, Purpose)>);

#[test]
fn check_ins_follow_the_effort_on_the_fridays_of_their_weeks() {
    let purposes = |plan: &Plan| -> Vec<EffortAndWeeks> {
        plan.steps
            .iter()
            .map(|s| {
                let weeks = s.check_ins.iter().map(|c| (c.week, c.purpose)).collect();
                (plan.move_of(s).effort, weeks)
            })
            .collect()
    };
    let quick_win = (Some(Effort::QuickWin), vec![(2, Purpose::Done)]);
    let quarter = (
        Some(Effort::Quarter),
        vec![(6, Purpose::Halfway), (12, Purpose::Done)],
    );
    let year = (Some(Effort::Year), vec![(12, Purpose::FirstReview)]);
    let (rising, keeping) = (plan_of(&toward()), plan_of(&staying()));
    assert_eq!(
        purposes(&rising),
        [quick_win.clone(), quick_win, quarter.clone()]
    );
    assert_eq!(purposes(&keeping)[..2], [quarter, year]);
    for plan in [rising, keeping] {
        assert_eq!(plan.starts, Day::new(2026, 12, 14).unwrap());
        assert_eq!(plan.starts.weekday(), Weekday::Monday);
        for check_in in plan.steps.iter().flat_map(|s| &s.check_ins) {
            assert_eq!(check_in.day.weekday(), Weekday::Friday);
            assert_eq!(
                check_in.day,
                plan.starts
                    .plus_days(7 * (i32::from(check_in.week) - 1) + 4)
            );
            assert!(check_in.week <= WEEKS);
            assert!(check_in.day <= made_on().plus_days(90), "inside 90 days");
        }
    }
    let first = &plan_of(&toward()).steps[0].check_ins[0];
    assert_eq!(check_in_when(first), "Week 2, Friday 25 December 2026");
}

#[test]
fn a_plan_s_files_are_named_after_the_brand_and_the_day() {
    assert_eq!(
        plan::file_name(made_on(), "ics"),
        "tandem-plan-2026-12-08.ics"
    );
}

#[test]
fn a_plan_made_on_a_monday_starts_that_day() {
    let monday = Day::new(2026, 12, 14).unwrap();
    let plan = plan::plan(&toward(), monday).unwrap();
    assert_eq!(plan.starts, monday);
    assert_eq!(
        plan.start_words(),
        "Week 1 starts on Monday 14 December 2026."
    );
}

#[test]
fn at_the_top_the_plan_keeps_the_stage() {
    let plan = plan_of(&staying());
    assert_eq!(plan.toward, None);
    assert_eq!(plan.title(), "A 90-day plan for staying Integrated");
    assert!(!plan.steps.is_empty());
}

#[test]
fn a_held_back_result_plans_its_weakest_area_first() {
    let stages = first_area_at(&CURRENT, Stage::Undefined, Stage::Aligned);
    let plan = plan_of(&Report::new(&CURRENT, answers_at(&CURRENT, &stages)));
    assert_eq!(plan.steps[0].dimension, 0);
    assert_eq!(plan.steps[0].from, Stage::Undefined);
}

#[test]
fn a_result_too_thin_to_place_has_no_plan() {
    let not_sure = vec![usize::MAX; CURRENT.question_count()];
    let report = Report::new(&CURRENT, choices_by_index(&CURRENT, &not_sure, &[]));
    assert!(report.placement.is_none());
    assert!(plan::plan(&report, made_on()).is_none());
}

#[test]
fn a_kept_bank_s_moves_without_owner_or_effort_are_planned_as_a_quarter_to_agree() {
    let stages = vec![Stage::Defined; V1.question_count()];
    let plan = plan_of(&Report::new(&V1, answers_at(&V1, &stages)));
    for step in &plan.steps {
        assert_eq!(plan.owner(step), "To be agreed by both teams");
        assert_eq!(plan.effort(step), "About a quarter");
        assert_eq!(step.check_ins.len(), 2);
    }
}

#[test]
fn golden_markdown_csv_and_calendar_of_a_plan() {
    let report = toward();
    let plan = plan_of(&report);
    assert_eq!(
        plan::markdown(&plan, &link(&report)),
        include_str!("golden/plan.md")
    );
    assert_eq!(plan::csv(&plan), include_str!("golden/plan.csv"));
    assert_eq!(
        plan::ics(&plan, &report.token, &link(&report), now()),
        include_str!("golden/plan.ics")
    );
}

#[test]
fn the_calendar_reads_back_one_event_per_check_in_with_the_move_and_the_link() {
    let report = toward();
    let plan = plan_of(&report);
    let file = plan::ics(&plan, &report.token, &link(&report), now());
    assert!(file.split("\r\n").all(|line| line.len() <= 75));
    assert!(
        !file.replace("\r\n", "").contains('\n'),
        "CRLF line ends only"
    );
    let mut calendars = ical::IcalParser::new(file.as_bytes());
    let calendar = calendars.next().expect("a calendar").expect("parses");
    assert!(calendars.next().is_none());
    let value = |properties: &[ical::property::Property], name: &str| {
        properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_else(|| panic!("{name} missing"))
    };
    assert_eq!(value(&calendar.properties, "VERSION"), "2.0");
    let check_ins: Vec<_> = plan
        .steps
        .iter()
        .flat_map(|s| s.check_ins.iter().map(move |c| (s, c)))
        .collect();
    assert_eq!(calendar.events.len(), check_ins.len());
    let mut uids = std::collections::HashSet::new();
    for (event, (step, check_in)) in calendar.events.iter().zip(&check_ins) {
        let found = plan.move_of(step);
        let start = value(&event.properties, "DTSTART");
        assert_eq!(start, check_in.day.iso().replace('-', ""));
        assert_eq!(value(&event.properties, "DTSTAMP"), "20261208T090530Z");
        let summary = unescape(&value(&event.properties, "SUMMARY"));
        assert_eq!(summary, format!("Check-in: {}", found.title.get()));
        let description = unescape(&value(&event.properties, "DESCRIPTION"));
        assert!(description.starts_with(check_in.purpose.question()));
        assert!(description.contains(found.text.get()));
        assert!(description.contains(plan.owner(step)));
        assert!(description.ends_with(&format!("Result: {}", link(&report))));
        assert_eq!(value(&event.properties, "URL"), link(&report));
        assert!(
            uids.insert(value(&event.properties, "UID")),
            "UIDs are unique"
        );
    }
}

#[test]
fn the_calendar_folds_long_lines_without_splitting_a_character() {
    let report = toward();
    let long_link = format!(
        "https://example.com/{}/#/r/{}",
        "é".repeat(60),
        report.token
    );
    let file = plan::ics(&plan_of(&report), &report.token, &long_link, now());
    assert!(file.split("\r\n").all(|line| line.len() <= 75));
    let unfolded = file.replace("\r\n ", "");
    assert!(unfolded.contains(&format!("URL:{long_link}\r\n")));
    assert!(
        !file.contains("\r\n  ") && !file.contains(" \r\n"),
        "no folded line starts or ends with the text's own space"
    );
}

/// A TEXT value as a calendar shows it.
fn unescape(value: &str) -> String {
    value
        .replace("\\n", "\n")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\\\", "\\")
}
