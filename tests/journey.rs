//! The journey reducer, driven natively: where each action leads and what the address
//! bar is told to do.
#![cfg(not(target_arch = "wasm32"))]

use tandem::assessment::answers::{Choice, Draft};
use tandem::assessment::link::LinkError;
use tandem::assessment::report::Report;
use tandem::content::{BANKS, CURRENT};
use tandem::ui::journey::{Action, Address, Journey, LinkKind, Screen};
use tandem::ui::route::Route;

fn fresh(route: Route) -> Journey {
    Journey::new(&CURRENT, &BANKS, Draft::empty(&CURRENT), route)
}

fn choice(question: usize, position: usize) -> Choice {
    Choice::new(position, &CURRENT.questions[question]).unwrap()
}

fn click(journey: Journey, question: usize, position: usize) -> Journey {
    journey.apply(Action::Choose {
        question,
        choice: choice(question, position),
        advance: true,
    })
}

fn answered(count: usize) -> Draft {
    let mut draft = Draft::empty(&CURRENT);
    for question in 0..count {
        draft.set(question, choice(question, 1));
    }
    draft
}

/// Started, with the optional profile passed over.
fn started() -> Journey {
    fresh(Route::Intro).apply(Action::Start).apply(Action::Next)
}

#[test]
fn start_opens_the_profile_then_the_first_question_with_new_history_entries() {
    let journey = fresh(Route::Intro).apply(Action::Start);
    assert_eq!(journey.screen, Screen::Profile);
    assert_eq!(journey.address, Address::Push);
    assert_eq!(journey.route(), Some(Route::Profile));
    let journey = journey.apply(Action::Next);
    assert_eq!(journey.screen, Screen::Question(0));
    assert_eq!(journey.address, Address::Push);
    assert_eq!(journey.route(), Some(Route::Question(0)));
}

#[test]
fn profile_answers_are_kept_and_skip_forgets_them() {
    let journey = fresh(Route::Intro)
        .apply(Action::Start)
        .apply(Action::SetProfile {
            question: 0,
            option: Some(1),
        });
    assert_eq!(journey.draft.profile.get(0), Some(1));
    assert_eq!(journey.screen, Screen::Profile);
    let continued = journey.clone().apply(Action::Next);
    assert_eq!(continued.draft.profile.get(0), Some(1));
    let skipped = journey.apply(Action::SkipProfile);
    assert_eq!(skipped.screen, Screen::Question(0));
    assert!(skipped.draft.profile.is_empty());
}

#[test]
fn the_profile_travels_in_the_result() {
    let mut journey = fresh(Route::Intro)
        .apply(Action::Start)
        .apply(Action::SetProfile {
            question: 0,
            option: Some(1),
        })
        .apply(Action::Next);
    for question in 0..CURRENT.question_count() {
        journey = click(journey, question, question % 4);
    }
    let Screen::Result(report) = &journey.screen else {
        panic!("{:?}", journey.screen)
    };
    let reopened = fresh(Route::Result(report.token.clone()));
    let Screen::Result(reopened) = &reopened.screen else {
        panic!("{:?}", reopened.screen)
    };
    assert_eq!(reopened.answers.profile.get(0), Some(1));
    assert_eq!(reopened.answers, report.answers);
}

#[test]
fn a_click_records_the_answer_and_moves_on() {
    let journey = click(fresh(Route::Intro).apply(Action::Start), 0, 2);
    assert_eq!(journey.screen, Screen::Question(1));
    assert_eq!(journey.draft.get(0), Some(choice(0, 2)));
}

#[test]
fn a_key_choice_waits_for_next() {
    let start = started();
    let chosen = start.apply(Action::Choose {
        question: 0,
        choice: choice(0, 3),
        advance: false,
    });
    assert_eq!(chosen.screen, Screen::Question(0));
    let next = chosen.apply(Action::Next);
    assert_eq!(next.screen, Screen::Question(1));
}

#[test]
fn next_without_an_answer_stays_put() {
    let journey = started().apply(Action::Next);
    assert_eq!(journey.screen, Screen::Question(0));
}

#[test]
fn back_steps_to_the_previous_question_then_the_profile_then_the_intro() {
    let journey = click(started(), 0, 0).apply(Action::Back);
    assert_eq!(journey.screen, Screen::Question(0));
    assert_eq!(
        journey.draft.get(0),
        Some(choice(0, 0)),
        "the answer is kept"
    );
    let profile = journey.apply(Action::Back);
    assert_eq!(profile.screen, Screen::Profile);
    assert_eq!(profile.apply(Action::Back).screen, Screen::Intro);
}

#[test]
fn the_last_answer_opens_the_result_at_its_own_link() {
    let mut journey = started();
    for question in 0..CURRENT.question_count() {
        journey = click(journey, question, question % 4);
    }
    let Screen::Result(report) = &journey.screen else {
        panic!("{:?}", journey.screen)
    };
    assert_eq!(journey.route(), Some(Route::Result(report.token.clone())));
    assert_eq!(journey.address, Address::Push);
    assert_eq!(journey.draft.complete().as_ref(), Some(&report.answers));
}

#[test]
fn skipping_ahead_in_the_address_is_corrected_in_place() {
    let journey = Journey::new(&CURRENT, &BANKS, answered(3), Route::Question(10));
    assert_eq!(journey.screen, Screen::Question(3));
    assert_eq!(journey.address, Address::Replace);
}

#[test]
fn reloading_mid_quiz_stays_on_the_same_question() {
    let journey = Journey::new(&CURRENT, &BANKS, answered(7), Route::Question(7));
    assert_eq!(journey.screen, Screen::Question(7));
    assert_eq!(journey.address, Address::Replace);
    assert_eq!(journey.draft.answered_count(), 7);
}

#[test]
fn resume_continues_at_the_first_unanswered_question() {
    let journey = Journey::new(&CURRENT, &BANKS, answered(7), Route::Intro).apply(Action::Resume);
    assert_eq!(journey.screen, Screen::Question(7));
}

#[test]
fn resume_with_every_answer_shows_the_result() {
    let journey = Journey::new(
        &CURRENT,
        &BANKS,
        answered(CURRENT.question_count()),
        Route::Intro,
    )
    .apply(Action::Resume);
    assert!(matches!(journey.screen, Screen::Result(_)));
}

#[test]
fn start_forgets_earlier_answers() {
    let journey = Journey::new(&CURRENT, &BANKS, answered(5), Route::Intro).apply(Action::Start);
    assert!(journey.draft.is_empty());
}

#[test]
fn a_shared_link_opens_without_touching_local_answers() {
    let journey = Journey::new(
        &CURRENT,
        &BANKS,
        answered(4),
        Route::Result("AQEpwpwpwpwpwALh".into()),
    );
    assert!(matches!(journey.screen, Screen::Result(_)));
    assert_eq!(journey.draft, answered(4));
    assert_eq!(journey.address, Address::Replace);
}

#[test]
fn a_broken_link_says_why() {
    let journey = fresh(Route::Result("AQEpwpwpwpw".into()));
    assert_eq!(
        journey.screen,
        Screen::BrokenLink(
            LinkError::WrongLength {
                found: 11,
                expected: 16
            },
            LinkKind::Result
        )
    );
    assert_eq!(
        journey.route(),
        None,
        "the address is left as the visitor typed it"
    );
}

#[test]
fn begin_from_a_dead_end_keeps_earlier_answers() {
    let broken = Journey::new(&CURRENT, &BANKS, answered(4), Route::Result("nope".into()));
    let begun = broken.apply(Action::Begin);
    assert_eq!(begun.screen, Screen::Intro, "the intro offers to continue");
    assert_eq!(begun.draft, answered(4));
    assert_eq!(
        fresh(Route::Unknown).apply(Action::Begin).screen,
        Screen::Profile
    );
}

#[test]
fn unknown_addresses_and_questions_beyond_the_bank_are_not_found() {
    assert_eq!(fresh(Route::Unknown).screen, Screen::NotFound);
    assert_eq!(
        fresh(Route::Question(CURRENT.question_count())).screen,
        Screen::NotFound
    );
}

#[test]
fn arriving_through_history_never_pushes() {
    let journey = click(started(), 0, 1).apply(Action::Arrive(Route::Question(0)));
    assert_eq!(journey.screen, Screen::Question(0));
    assert_eq!(journey.address, Address::Replace);
}

#[test]
fn a_repaired_link_opens_and_tidies_the_address() {
    let journey = fresh(Route::parse("#/r/AQEpwpwp%0AwpwpwALh)."));
    let Screen::Result(report) = &journey.screen else {
        panic!("{:?}", journey.screen)
    };
    assert_eq!(report.token, "AQEpwpwpwpwpwALh");
    assert_eq!(journey.address, Address::Replace);
    assert_eq!(
        journey.route(),
        Some(Route::Result("AQEpwpwpwpwpwALh".into()))
    );
}

#[test]
fn stored_progress_that_cannot_be_trusted_is_discarded_with_a_notice() {
    for stored in ["garbage", "AQEkkkkkkkkkkK8s", "AQZkkkkkkkkkkK8r"] {
        let journey = Journey::restore(&CURRENT, &BANKS, Some(stored), Route::Question(4));
        assert!(journey.draft.is_empty(), "{stored}");
        assert!(journey.progress_discarded, "{stored}");
        assert_eq!(journey.screen, Screen::Question(0));
        let moved_on = journey.apply(Action::Choose {
            question: 0,
            choice: choice(0, 0),
            advance: true,
        });
        assert!(
            !moved_on.progress_discarded,
            "the notice goes once the visitor moves on"
        );
    }
}

#[test]
fn good_or_missing_progress_gives_no_notice() {
    let saved = tandem::assessment::progress::save(&CURRENT, &answered(3));
    let journey = Journey::restore(&CURRENT, &BANKS, Some(&saved), Route::Question(3));
    assert_eq!(journey.draft, answered(3));
    assert_eq!(journey.screen, Screen::Question(3));
    assert!(!journey.progress_discarded);
    assert!(!Journey::restore(&CURRENT, &BANKS, None, Route::Intro).progress_discarded);
}

/// A version-2 result of a salesperson (from the golden tokens of tests/link.rs).
const SALES: &str = "AgIpkpylOUpylOUpwKh1";

/// Answers every question from the first, choosing position `position` each time.
fn answer_all(mut journey: Journey, position: usize) -> Journey {
    for question in 0..CURRENT.question_count() {
        journey = click(journey, question, position);
    }
    journey
}

#[test]
fn an_invitation_is_kept_and_the_intro_offers_to_start() {
    let journey = fresh(Route::Invite(SALES.into()));
    assert_eq!(journey.screen, Screen::Intro);
    assert_eq!(
        journey.invite.as_ref().map(|r| r.token.as_str()),
        Some(SALES)
    );
    assert_eq!(
        journey.route(),
        Some(Route::Intro),
        "the token leaves the address"
    );
    assert_eq!(journey.address, Address::Replace);
    let started = journey.apply(Action::Start);
    assert!(started.invite.is_some(), "starting keeps the invitation");
}

#[test]
fn finishing_after_an_invitation_opens_both_results_on_the_comparison_page() {
    let journey = fresh(Route::Invite(SALES.into()))
        .apply(Action::Start)
        .apply(Action::SetProfile {
            question: 0,
            option: Some(1),
        })
        .apply(Action::Next);
    let journey = answer_all(journey, 2);
    let own = Report::new(&CURRENT, journey.draft.complete().unwrap());
    let expected = format!("1/{SALES}/{}", own.token);
    assert_eq!(
        journey.screen,
        Screen::ComparisonPage(Route::Compare(expected))
    );
    assert_eq!(
        journey.address,
        Address::Push,
        "Back returns to the questions"
    );
    assert_eq!(
        journey.route(),
        None,
        "the comparison page writes its own address"
    );
}

#[test]
fn comparison_routes_belong_to_the_comparison_page() {
    for route in [
        Route::ComparePaste,
        Route::Compare(format!("1/{SALES}")),
        Route::Compare("7/broken".into()),
    ] {
        let journey = fresh(route.clone());
        assert_eq!(journey.screen, Screen::ComparisonPage(route));
        assert_eq!(
            journey.address,
            Address::Replace,
            "no entry to come Back to"
        );
        assert!(journey.draft.is_empty());
    }
}

#[test]
fn a_declined_invitation_ends_at_the_own_result() {
    let journey = fresh(Route::Invite(SALES.into()))
        .apply(Action::DeclineInvite)
        .apply(Action::Start)
        .apply(Action::Next);
    assert!(journey.invite.is_none());
    assert!(matches!(answer_all(journey, 1).screen, Screen::Result(_)));
}

// Issue 30, item 10: a bad invitation link was titled "This result link does not open".
#[test]
fn a_bad_invite_is_titled_this_result_link_does_not_open() {
    let journey = fresh(Route::Invite(SALES[..12].into()));
    assert!(matches!(
        journey.screen,
        Screen::BrokenLink(
            LinkError::WrongLength { found: 12, .. },
            LinkKind::Invitation
        )
    ));
    assert!(journey.invite.is_none());
    assert_eq!(journey.route(), None, "the address stays as given");
}

#[test]
fn the_invitation_is_stored_with_the_progress_and_survives_a_reload() {
    let invited = fresh(Route::Invite(SALES.into()));
    let stored = invited
        .stored()
        .expect("an invitation alone is worth keeping");
    let reloaded = Journey::restore(&CURRENT, &BANKS, Some(&stored), Route::Intro);
    assert_eq!(reloaded.invite, invited.invite);
    assert!(!reloaded.progress_discarded);

    let midway = click(invited.apply(Action::Start).apply(Action::Next), 0, 3);
    let stored = midway.stored().unwrap();
    let reloaded = Journey::restore(&CURRENT, &BANKS, Some(&stored), Route::Question(1));
    assert_eq!(reloaded.draft, midway.draft);
    assert_eq!(reloaded.invite, midway.invite);
    assert_eq!(reloaded.screen, Screen::Question(1));

    assert_eq!(fresh(Route::Intro).stored(), None, "nothing to keep");
    let declined = midway.apply(Action::DeclineInvite).stored().unwrap();
    assert!(!declined.contains(SALES));
}

#[test]
fn a_stored_invitation_that_does_not_open_is_dropped_and_the_progress_kept() {
    let saved = tandem::assessment::progress::save(&CURRENT, &answered(3));
    let stored = format!("{saved}/{}", &SALES[..15]);
    let journey = Journey::restore(&CURRENT, &BANKS, Some(&stored), Route::Question(3));
    assert_eq!(journey.draft, answered(3));
    assert!(journey.invite.is_none());
    assert!(!journey.progress_discarded);
}

/// Issue 30, item 17: keeping the company's name in the link makes a new token for the
/// same answers; the result is still the visitor's own ("Your teams…", not "Their").
#[test]
fn a_result_with_the_company_s_name_kept_is_still_the_visitor_s_own() {
    use tandem::assessment::company::Company;
    use tandem::ui::whose::Whose;
    let draft = answered(CURRENT.question_count());
    let mut answers = draft.complete().unwrap();
    answers.company = Some(Company::new("Northwind Advisory").unwrap());
    let named = Report::new(&CURRENT, answers);
    let journey = Journey::new(&CURRENT, &BANKS, draft, Route::Result(named.token.clone()));
    let Screen::Result(shown) = &journey.screen else {
        panic!("{:?}", journey.screen)
    };
    assert_eq!(shown.answers.company, named.answers.company);
    assert_eq!(journey.whose(shown), Whose::Mine);
}
