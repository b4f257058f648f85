//! A retake: two results of one team, earlier first, as the change between them.

#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{answers_at, choices_by_index, first_area_at};
use std::rc::Rc;
use tandem::assessment::bank::Bank;
use tandem::assessment::report::Report;
use tandem::assessment::retake::{Change, Retake, RetakeError};
use tandem::assessment::stage::Stage;
use tandem::content::{CURRENT, V1};

fn at(bank: &'static Bank, stages: &[Stage]) -> Rc<Report> {
    Rc::new(Report::new(bank, answers_at(bank, stages)))
}

fn even(bank: &'static Bank, stage: Stage) -> Rc<Report> {
    at(bank, &vec![stage; bank.question_count()])
}

#[test]
fn a_team_that_moved_up_a_stage_shows_the_crossing_and_every_area_up() {
    let retake = Retake::new(
        even(&CURRENT, Stage::Defined),
        even(&CURRENT, Stage::Aligned),
    )
    .unwrap();
    assert_eq!(retake.crossing(), Some((Stage::Defined, Stage::Aligned)));
    assert!(matches!(retake.movement(), Some(Change::Up(points)) if points > 0));
    assert_eq!(retake.areas.len(), CURRENT.dimensions.len());
    assert!(retake.unshared.is_empty());
    assert_eq!(retake.versions(), None);
    for area in &retake.areas {
        assert_eq!(
            area.change(),
            Some(Change::Up(34)),
            "{}",
            area.dimension.name
        );
        assert_eq!(area.before.stage, Some(Stage::Defined));
        assert_eq!(area.after.stage, Some(Stage::Aligned));
    }
}

#[test]
fn a_team_that_slipped_shows_the_way_down_and_areas_that_held() {
    let earlier = at(
        &CURRENT,
        &first_area_at(&CURRENT, Stage::Aligned, Stage::Aligned),
    );
    let later = at(
        &CURRENT,
        &first_area_at(&CURRENT, Stage::Undefined, Stage::Aligned),
    );
    let retake = Retake::new(earlier, later).unwrap();
    assert!(matches!(retake.movement(), Some(Change::Down(_))));
    assert_eq!(retake.crossing(), Some((Stage::Aligned, Stage::Defined)));
    let changes: Vec<_> = retake.areas.iter().map(|a| a.change()).collect();
    assert_eq!(changes[0], Some(Change::Down(67)));
    assert!(changes[1..].iter().all(|c| *c == Some(Change::Same)));
}

#[test]
fn the_same_stage_names_no_crossing() {
    let earlier = even(&CURRENT, Stage::Defined);
    let later = at(
        &CURRENT,
        &first_area_at(&CURRENT, Stage::Aligned, Stage::Defined),
    );
    let retake = Retake::new(earlier, later).unwrap();
    assert_eq!(retake.crossing(), None);
    assert!(matches!(retake.movement(), Some(Change::Up(_))));
}

#[test]
fn a_change_of_version_is_named_and_areas_compare_where_both_ask() {
    let retake = Retake::new(even(&V1, Stage::Defined), even(&CURRENT, Stage::Aligned)).unwrap();
    assert_eq!(retake.versions(), Some((1, 2)));
    let shared: Vec<&str> = retake.areas.iter().map(|a| a.dimension.id).collect();
    let unshared: Vec<&str> = retake.unshared.iter().map(|d| d.id).collect();
    for dimension in CURRENT.dimensions {
        let in_v1 = V1.dimensions.iter().any(|d| d.matches(dimension));
        assert_eq!(shared.contains(&dimension.id), in_v1, "{}", dimension.id);
        assert_eq!(unshared.contains(&dimension.id), !in_v1, "{}", dimension.id);
    }
    assert!(!shared.is_empty() && !unshared.is_empty());
    // Either order: the areas are the newer bank's.
    let backwards = Retake::new(even(&CURRENT, Stage::Aligned), even(&V1, Stage::Defined)).unwrap();
    assert_eq!(backwards.versions(), Some((2, 1)));
    assert_eq!(backwards.areas.len(), retake.areas.len());
}

#[test]
fn another_bank_and_the_same_result_twice_are_refused_with_a_sentence() {
    let other: &'static Bank = Box::leak(Box::new(Bank {
        id: "another-bank",
        ..common::copy_of(&CURRENT)
    }));
    let refused = Retake::new(even(&CURRENT, Stage::Defined), even(other, Stage::Aligned));
    assert_eq!(refused, Err(RetakeError::OtherBank));
    let same = Retake::new(
        even(&CURRENT, Stage::Defined),
        even(&CURRENT, Stage::Defined),
    );
    assert_eq!(same, Err(RetakeError::SameResult));
    for error in [RetakeError::OtherBank, RetakeError::SameResult] {
        assert!(error.to_string().ends_with('.'));
    }
}

#[test]
fn a_result_too_thin_to_place_moves_no_marker_and_its_areas_show_no_change() {
    let not_sure = vec![usize::MAX; CURRENT.question_count()];
    let thin = Rc::new(Report::new(
        &CURRENT,
        choices_by_index(&CURRENT, &not_sure, &[]),
    ));
    let retake = Retake::new(thin, even(&CURRENT, Stage::Aligned)).unwrap();
    assert_eq!(retake.movement(), None);
    assert_eq!(retake.crossing(), None);
    assert!(retake.areas.iter().all(|a| a.change().is_none()));
    assert!(retake
        .areas
        .iter()
        .all(|a| a.before.percent.is_none() && a.after.percent.is_some()));
}

#[test]
fn the_view_says_then_now_the_crossing_and_each_area_in_points() {
    use tandem::export::retake_view::{area_line, crossing, summary, versions_note};
    let retake = Retake::new(
        even(&CURRENT, Stage::Defined),
        even(&CURRENT, Stage::Aligned),
    )
    .unwrap();
    let (then, now) = (position(&retake.earlier), position(&retake.later));
    assert_eq!(
        summary(&retake),
        format!(
            "Then: Defined, {then} of 100. Now: Aligned, {now} of 100, up {} points.",
            now - then
        )
    );
    assert_eq!(
        crossing(&CURRENT, &retake).as_deref(),
        Some("The teams moved up from Defined to Aligned.")
    );
    assert_eq!(
        area_line(&retake.areas[0]),
        format!(
            "{}: 33 then, 67 now, up 34 points",
            CURRENT.dimensions[0].name
        )
    );
    assert_eq!(versions_note(&retake), None);
    let down = Retake::new(
        even(&CURRENT, Stage::Aligned),
        even(&CURRENT, Stage::Defined),
    )
    .unwrap();
    assert_eq!(
        crossing(&CURRENT, &down).as_deref(),
        Some("The teams moved down from Aligned to Defined.")
    );
    assert!(down
        .areas
        .iter()
        .all(|a| a.change() == Some(Change::Down(34))));
    let mixed = Retake::new(even(&V1, Stage::Defined), even(&CURRENT, Stage::Defined)).unwrap();
    let note = versions_note(&mixed).unwrap();
    assert!(note.starts_with("The questions changed between the two (version 1, then version 2)"));
    for dimension in &mixed.unshared {
        assert!(note.contains(dimension.name));
    }
    let not_sure = vec![usize::MAX; CURRENT.question_count()];
    let thin = Rc::new(Report::new(
        &CURRENT,
        choices_by_index(&CURRENT, &not_sure, &[]),
    ));
    let from_thin = Retake::new(thin, even(&CURRENT, Stage::Defined)).unwrap();
    assert_eq!(
        summary(&from_thin),
        format!(
            "Then: not placed (too few answers). Now: Defined, {} of 100.",
            position(&from_thin.later)
        )
    );
    assert_eq!(
        area_line(&from_thin.areas[0]),
        format!(
            "{}: too few answers then, 33 now",
            CURRENT.dimensions[0].name
        )
    );
}

fn position(report: &Report) -> u32 {
    report.placement.as_ref().unwrap().position.percent()
}

#[test]
fn an_earlier_result_pasted_as_a_link_opens_and_a_broken_one_says_why() {
    use tandem::assessment::retake::pasted;
    use tandem::content::BANKS;
    let earlier = even(&CURRENT, Stage::Defined);
    let link = format!("https://example.com/tools/alignment/#/r/{}", earlier.token);
    assert_eq!(pasted(&format!("  {link}\n"), &BANKS), Ok(earlier.clone()));
    assert_eq!(pasted(&earlier.token, &BANKS), Ok(earlier.clone()));
    let broken = pasted(&link[..link.len() - 3], &BANKS).unwrap_err();
    assert!(broken.ends_with('.') && broken.len() > 20, "{broken}");
    assert_eq!(
        pasted("   ", &BANKS).unwrap_err(),
        "Paste the link of an earlier result first."
    );
}

#[test]
fn the_link_to_a_retake_names_the_earlier_result_beside_the_page_s_query() {
    use tandem::export::retake_view::since_link;
    assert_eq!(
        since_link("https://example.com/a/#/r/LATER", "EARLIER"),
        "https://example.com/a/?since=EARLIER#/r/LATER"
    );
    assert_eq!(
        since_link("https://example.com/a/?embed=1#/r/LATER", "EARLIER"),
        "https://example.com/a/?embed=1&since=EARLIER#/r/LATER"
    );
    assert_eq!(
        since_link(
            "https://example.com/a/?since=OLD&embed=1#/r/LATER",
            "EARLIER"
        ),
        "https://example.com/a/?embed=1&since=EARLIER#/r/LATER"
    );
}
