//! Comparisons: the comparison link round-trips with any labels, every limit and every
//! bad part is named while the good parts still show, pasted links open, results of
//! two bank versions meet on the areas they share, and gaps, agreement and spread
//! come out as the scores say. Golden links must keep opening forever.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{answers_at, base64url, choices_by_index, forge};
use proptest::prelude::*;
use std::rc::Rc;
use tandem::assessment::bank::Bank;
use tandem::assessment::compare::{
    self, Analysis, CompareError, Comparison, LabelError, Member, PartError, Problem, AGREE_WITHIN,
    MAX_LABEL_CHARS, MAX_RESULTS,
};
use tandem::assessment::link::LinkError;
use tandem::assessment::report::Report;
use tandem::assessment::scoring::{Scores, Scoring, Share};
use tandem::assessment::stage::Stage;
use tandem::content::{BANKS, CURRENT, V1};
use tandem::ui::route::Route;

/// Base64url of `text`'s UTF-8, as labels travel.
fn b64(text: &str) -> String {
    base64url(text.as_bytes())
}

/// A version-2 result: `choices` by index (4 = not sure) for every question, cycled,
/// and the side (0 sales, 1 marketing, 2 leadership, 3 another team).
fn result(choices: &[usize], side: Option<usize>) -> Report {
    let all: Vec<usize> = (0..CURRENT.question_count())
        .map(|i| choices[i % choices.len()])
        .collect();
    Report::new(&CURRENT, choices_by_index(&CURRENT, &all, &[side]))
}

/// A version-2 result whose answers all describe `stage`.
fn at(stage: Stage, side: Option<usize>) -> Report {
    let mut answers = answers_at(&CURRENT, &vec![stage; CURRENT.question_count()]);
    answers.profile.set(&CURRENT, 0, side);
    Report::new(&CURRENT, answers)
}

fn member(report: Report, label: Option<&str>) -> Member {
    Member {
        report: Rc::new(report),
        label: label.map(str::to_owned),
    }
}

fn open(path: &str) -> Comparison {
    Comparison::open(path, &BANKS).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn tokens(comparison: &Comparison) -> Vec<&str> {
    comparison
        .members
        .iter()
        .map(|m| m.report.token.as_str())
        .collect()
}

fn messages(comparison: &Comparison) -> Vec<String> {
    comparison.problems.iter().map(Problem::to_string).collect()
}

const SALES: &str = "AgIpkpylOUpylOUpwKh1";
const MARKETING: &str = "AgJMluFstmSKQlONELWT";
const NO_SIDE: &str = "AgIABOExxGQttQpooN42";
const VERSION_ONE: &str = "AQEyRqFQoxGGIPHz";

/// Comparison links committed once and never changed: each must keep opening to the
/// same labels and the same ranked gaps (area ids, largest first).
const GOLDEN: &[(&str, &[&str], &[&str])] = &[
    (
        "1/AgIpkpylOUpylOUpwKh1/AgJMluFstmSKQlONELWT",
        &["Sales", "Marketing"],
        &["understanding", "insight", "contact", "leadership", "measures", "data"],
    ),
    (
        "1/AgIpkpylOUpylOUpwKh1.w4lxdWlwZSBOb3JkIC8gRU1FQSAjMQ/AgJMluFstmSKQlONELWT.5Za25qWt8J-Zgg/AgIABOExxGQttQpooN42",
        &["Équipe Nord / EMEA #1", "営業🙂", "Result 3"],
        &[
            "understanding",
            "insight",
            "data",
            "leadership",
            "contact",
            "measures",
            "planning",
            "handoffs",
        ],
    ),
    (
        "1/AQEyRqFQoxGGIPHz.VjEgc2FsZXM/AgJMluFstmSKQlONELWT",
        &["V1 sales", "Marketing"],
        &[
            "contact",
            "insight",
            "data",
            "leadership",
            "handoffs",
            "understanding",
            "planning",
        ],
    ),
];

#[test]
fn golden_comparison_links_open_to_the_same_comparison_forever() {
    for (link, labels, gaps) in GOLDEN {
        let comparison = open(link);
        assert!(
            !comparison.has_problems(),
            "{link}: {:?}",
            comparison.problems
        );
        assert_eq!(comparison.labels(), *labels, "{link}");
        let found: Vec<&str> = comparison
            .analysis
            .gaps
            .iter()
            .map(|&i| comparison.analysis.areas[i].dimension.id)
            .collect();
        assert_eq!(found, *gaps, "{link}");
        assert_eq!(comparison.link(), *link, "{link}: re-encodes to itself");
    }
}

#[test]
fn golden_links_hold_the_tokens_and_labels_they_were_made_from() {
    let comparison = Comparison::new(
        vec![
            member(
                Report::from_token(SALES, &BANKS).unwrap(),
                Some("Équipe Nord / EMEA #1"),
            ),
            member(
                Report::from_token(MARKETING, &BANKS).unwrap(),
                Some("営業🙂"),
            ),
            member(Report::from_token(NO_SIDE, &BANKS).unwrap(), None),
        ],
        Vec::new(),
        0,
    );
    assert_eq!(comparison.link(), GOLDEN[1].0);
    assert_eq!(b64("V1 sales"), "VjEgc2FsZXM");
}

#[test]
fn two_views_rank_their_gaps_largest_first_and_agree_elsewhere() {
    let comparison = open(GOLDEN[0].0);
    let analysis = &comparison.analysis;
    assert_eq!(analysis.areas.len(), 8);
    // Sales 56 / 50 / 56 / 83 / 67 / 11 / 22 / 50, Marketing 0 / 44 / 44 / 44 / 100 ×4.
    let ids = |areas: &[usize]| -> Vec<&str> {
        areas
            .iter()
            .map(|&i| analysis.areas[i].dimension.id)
            .collect()
    };
    assert_eq!(ids(&analysis.agreements), ["handoffs", "planning"]);
    assert_eq!(analysis.areas[5].spread(), Some(89));
    assert!(!analysis.mixed_versions);
    let spreads: Vec<u32> = analysis
        .gaps
        .iter()
        .map(|&i| analysis.areas[i].spread().unwrap())
        .collect();
    assert!(spreads.windows(2).all(|w| w[0] >= w[1]), "{spreads:?}");
    assert!(spreads.iter().all(|&s| s > AGREE_WITHIN));
    for &i in &analysis.agreements {
        assert!(analysis.areas[i].spread().unwrap() <= AGREE_WITHIN);
    }
    assert_eq!(
        analysis.gaps.len() + analysis.agreements.len() + analysis.uncompared.len(),
        8
    );
    // Each member's score is the one its own result shows.
    for (index, member) in comparison.members.iter().enumerate() {
        for (area, score) in analysis.areas.iter().zip(&member.report.scores.dimensions) {
            assert_eq!(area.scores[index], score.share.map(|s| s.percent()));
        }
    }
    assert_eq!(
        analysis.group_position, None,
        "two results have no group average"
    );
}

#[test]
fn equal_gaps_keep_the_area_order_and_agreement_ends_at_the_threshold() {
    let low = at(Stage::Defined, Some(0));
    let high = at(Stage::Integrated, Some(1));
    let analysis = Analysis::of(&[member(low, None), member(high, None)]);
    assert_eq!(
        analysis.gaps,
        (0..8).collect::<Vec<_>>(),
        "all 67 apart: bank order"
    );
    assert!(analysis.agreements.is_empty());
    // One answer a stage apart in each area: 11 points, agreement.
    let one_step = result(&[1, 1, 1], Some(0));
    let mut nudged = one_step.answers.to_draft();
    for question in 0..CURRENT.question_count() {
        if question % 3 == 0 {
            let stage = CURRENT.questions[question].answers[1].stage;
            let higher = CURRENT.questions[question]
                .answers
                .iter()
                .position(|a| a.stage.level() == (stage.level() + 1) % 4)
                .unwrap();
            nudged.set(
                question,
                tandem::assessment::answers::Choice::Answer(higher as u8),
            );
        }
    }
    let nudged = Report::new(&CURRENT, nudged.complete().unwrap());
    let analysis = Analysis::of(&[member(one_step, None), member(nudged, None)]);
    for area in &analysis.areas {
        assert!(area.spread().unwrap() <= 34, "{area:?}");
    }
    let agreeing = analysis
        .agreements
        .iter()
        .all(|&i| analysis.areas[i].spread() <= Some(AGREE_WITHIN));
    assert!(agreeing);
}

/// A result whose areas score these whole percents. Today's banks score an area in
/// ninths or sixths, so their spreads never fall on 13 to 15 points: to hold the
/// threshold itself, the scores are set directly.
fn scoring_percents(percents: [u32; 8]) -> Report {
    let mut report = at(Stage::Aligned, None);
    let shares = percents.map(|p| Some(Share::new(p, 100)));
    report.scores = Scores::from_shares(Scoring::Centred, &shares, &[3; 8]);
    report
}

#[test]
fn a_spread_of_the_threshold_is_agreement_and_one_point_more_is_a_gap() {
    assert_eq!(AGREE_WITHIN, 15);
    let base = scoring_percents([50; 8]);
    let other = scoring_percents([63, 64, 65, 66, 35, 34, 50, 100]);
    let analysis = Analysis::of(&[member(base, None), member(other, None)]);
    let spreads: Vec<_> = analysis.areas.iter().map(|a| a.spread()).collect();
    let expected = [13, 14, 15, 16, 15, 16, 0, 50].map(Some);
    assert_eq!(spreads, expected);
    assert_eq!(
        analysis.gaps,
        vec![7, 3, 5],
        "largest first, ties in area order"
    );
    assert_eq!(analysis.agreements, vec![0, 1, 2, 4, 6]);
    assert!(analysis.uncompared.is_empty());
}

#[test]
fn areas_without_enough_answers_are_not_compared() {
    let unsure = result(&[4], Some(1));
    let sure = at(Stage::Aligned, Some(0));
    let analysis = Analysis::of(&[member(sure, None), member(unsure, None)]);
    assert_eq!(analysis.uncompared.len(), 8);
    assert!(analysis.gaps.is_empty() && analysis.agreements.is_empty());
    assert!(analysis.areas.iter().all(|a| a.range().is_none()));
}

#[test]
fn three_or_more_results_have_a_group_average_and_a_spread_per_area() {
    let members = vec![
        member(at(Stage::Undefined, Some(0)), None),
        member(at(Stage::Aligned, Some(1)), None),
        member(at(Stage::Integrated, Some(2)), None),
    ];
    let analysis = Analysis::of(&members);
    // Positions 0, 67 and 100: the mean is 55.67, shown as 56.
    assert_eq!(analysis.group_position.map(|p| p.percent()), Some(56));
    for area in &analysis.areas {
        assert_eq!(area.range(), Some((0, 100)));
        assert_eq!(area.members_at(0), vec![0]);
        assert_eq!(area.members_at(100), vec![2]);
    }
    // A result that could not be placed does not move the average.
    let mut with_unplaced = members.clone();
    with_unplaced.push(member(result(&[4], Some(3)), None));
    let analysis = Analysis::of(&with_unplaced);
    assert_eq!(analysis.group_position.map(|p| p.percent()), Some(56));
}

#[test]
fn labels_default_to_the_side_numbered_when_shared() {
    let comparison = Comparison::new(
        vec![
            member(at(Stage::Defined, Some(0)), None),
            member(at(Stage::Defined, Some(1)), None),
            member(at(Stage::Defined, Some(0)), None),
            member(at(Stage::Defined, None), None),
            member(at(Stage::Defined, Some(2)), Some("Board")),
            member(Report::from_token(VERSION_ONE, &BANKS).unwrap(), None),
        ],
        Vec::new(),
        0,
    );
    assert_eq!(
        comparison.labels(),
        [
            "Sales 1",
            "Marketing",
            "Sales 2",
            "Result 4",
            "Board",
            "Result 6"
        ]
    );
    assert_eq!(
        CURRENT.profile[0].options[2].label, "Leadership over both",
        "the side's own label"
    );
}

#[test]
fn relabelling_trims_cuts_and_restores_the_default_when_empty() {
    let mut comparison = open(GOLDEN[0].0);
    comparison.relabel(0, "  Field\tsales\n ");
    assert_eq!(comparison.labels()[0], "Fieldsales");
    comparison.relabel(1, &"é".repeat(40));
    assert_eq!(comparison.labels()[1].chars().count(), MAX_LABEL_CHARS);
    comparison.relabel(1, "   ");
    assert_eq!(comparison.labels()[1], "Marketing");
    comparison.relabel(7, "nobody");
    assert_eq!(comparison.members.len(), 2);
    let reopened = open(&comparison.link());
    assert_eq!(reopened.labels(), comparison.labels());
}

#[test]
fn labels_with_any_unicode_and_url_hostile_characters_survive_the_link() {
    let labels = [
        "Sales / EMEA #1 ?a=b&c=%20",
        "Ventes – équipe « Nord »",
        "営業チーム",
        "مبيعات",
        "🙂👩🏽‍💼",
        ". .. ...",
        "<script>alert(1)</script>",
        "a\u{200b}b",
        &"x".repeat(MAX_LABEL_CHARS),
    ];
    let members: Vec<Member> = labels
        .iter()
        .map(|l| member(at(Stage::Aligned, Some(1)), Some(l)))
        .collect();
    let comparison = Comparison::new(members, Vec::new(), 0);
    let link = comparison.link();
    assert!(
        link.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-_./".contains(&b)),
        "{link}"
    );
    let route = Route::Compare(link.clone());
    let Route::Compare(read_back) = Route::parse(&route.fragment()) else {
        panic!("{route:?}")
    };
    assert_eq!(open(&read_back).labels(), labels);
}

#[test]
fn every_limit_holds() {
    let tokens = distinct_tokens(MAX_RESULTS + 2);
    let path = |count: usize| format!("1/{}", tokens[..count].join("/"));
    let token = at(Stage::Aligned, Some(0)).token;
    let twelve = open(&path(MAX_RESULTS));
    assert_eq!(twelve.members.len(), MAX_RESULTS);
    assert!(!twelve.has_problems());
    let fourteen = open(&path(MAX_RESULTS + 2));
    assert_eq!(fourteen.members.len(), MAX_RESULTS);
    assert_eq!(fourteen.left_out, 2);
    assert!(fourteen.has_problems());
    // A label of exactly the limit opens; one more character is refused.
    let longest = "ü".repeat(MAX_LABEL_CHARS);
    let fits = open(&format!("1/{token}.{}", b64(&longest)));
    assert_eq!(fits.labels(), std::slice::from_ref(&longest));
    let too_long = open(&format!("1/{token}.{}", b64(&format!("{longest}x"))));
    assert_eq!(too_long.labels(), ["Sales"]);
    assert_eq!(
        too_long.problems,
        [Problem {
            part: 0,
            error: PartError::Label(LabelError::TooLong {
                chars: MAX_LABEL_CHARS + 1
            })
        }]
    );
    // Spaces around a label are not part of it.
    let spaced = open(&format!("1/{token}.{}", b64(&format!("  {longest}  "))));
    assert_eq!(spaced.labels(), [longest]);
}

#[test]
fn a_link_of_an_unknown_format_does_not_open() {
    for path in [
        "",
        "2/AgIpkpylOUpylOUpwKh1",
        "01/AgIpkpylOUpylOUpwKh1",
        "AgIpkpylOUpylOUpwKh1",
    ] {
        assert_eq!(
            Comparison::open(path, &BANKS),
            Err(CompareError::UnknownFormat),
            "{path:?}"
        );
    }
    assert!(CompareError::UnknownFormat
        .to_string()
        .contains("does not know"));
}

#[test]
fn empty_parts_and_trailing_chat_punctuation_are_passed_over() {
    let comparison = open(&format!("1//{SALES}///{MARKETING}.{}).", b64("Mkt")));
    assert_eq!(tokens(&comparison), [SALES, MARKETING]);
    assert_eq!(comparison.labels(), ["Sales", "Mkt"]);
    assert!(!comparison.has_problems());
    let bare = open(&format!("1/{SALES}/{MARKETING}."));
    assert_eq!(bare.labels(), ["Sales", "Marketing"]);
    assert_eq!(open("1").members.len(), 0);
}

#[test]
fn every_bad_token_is_named_by_its_place_and_the_others_still_show() {
    let altered = format!(
        "{}{}",
        &SALES[..10],
        if &SALES[10..11] == "A" { "B" } else { "A" }
    ) + &SALES[11..];
    // A token of format 2 for a bank version 3 that does not exist yet, checksum and all.
    let v3 = forge(&[[2, 3].as_slice(), &[0x49; 11]].concat());
    type Case = (String, &'static str, fn(&LinkError) -> bool);
    let cases: Vec<Case> = vec![
        (
            SALES[..12].to_owned(),
            "The second link is cut short",
            |e| matches!(e, LinkError::WrongLength { found: 12, .. }),
        ),
        (format!("{SALES}AAAA"), "The second link is too long", |e| {
            matches!(e, LinkError::WrongLength { .. })
        }),
        (
            "AgIp*kpylOUpylOUpwKh1".into(),
            "The second link contains a character result links never use (“*”, character 5)",
            |e| matches!(e, LinkError::BadCharacter { character: '*', .. }),
        ),
        (altered, "The second link was altered", |e| {
            *e == LinkError::BadChecksum
        }),
        (v3, "The second link comes from a version of Tandem", |e| {
            *e == LinkError::UnknownBank(3)
        }),
        (
            format!(".{}", b64("Sales")),
            "The second link is empty",
            |e| *e == LinkError::Empty,
        ),
    ];
    for (bad, message, is) in cases {
        let comparison = open(&format!("1/{MARKETING}/{bad}/{SALES}"));
        assert_eq!(tokens(&comparison), [MARKETING, SALES], "{bad}");
        assert_eq!(comparison.problems.len(), 1, "{bad}");
        let problem = &comparison.problems[0];
        assert_eq!(problem.part, 1);
        let PartError::Token(error) = &problem.error else {
            panic!("{problem:?}")
        };
        assert!(is(error), "{bad}: {error:?}");
        assert!(
            messages(&comparison)[0].starts_with(message),
            "{:?}",
            messages(&comparison)
        );
        assert!(messages(&comparison)[0].contains("so it is left out"));
    }
}

#[test]
fn tokens_that_open_to_no_complete_result_are_named_too() {
    let unanswered = tandem::assessment::progress::save(
        &CURRENT,
        &tandem::assessment::answers::Draft::empty(&CURRENT),
    );
    let comparison = open(&format!("1/{unanswered}/{SALES}"));
    assert_eq!(tokens(&comparison), [SALES]);
    assert_eq!(
        comparison.problems[0].error,
        PartError::Token(LinkError::MissingAnswer { question: 0 })
    );
    assert!(messages(&comparison)[0].starts_with("The first link holds no complete result"));
}

#[test]
fn every_bad_label_is_named_and_its_result_still_shows() {
    let cases = [
        ("@@@".to_owned(), LabelError::Unreadable),
        ("_w".to_owned(), LabelError::Unreadable), // the bytes are not UTF-8
        (b64("two\nlines"), LabelError::Unreadable),
        (b64("bell\u{7}"), LabelError::Unreadable),
        ("Z".to_owned(), LabelError::Unreadable), // no whole byte
        (b64(&"y".repeat(31)), LabelError::TooLong { chars: 31 }),
    ];
    for (label, error) in cases {
        let comparison = open(&format!("1/{SALES}/{MARKETING}.{label}"));
        assert_eq!(tokens(&comparison), [SALES, MARKETING], "{label}");
        assert_eq!(comparison.labels(), ["Sales", "Marketing"], "{label}");
        assert_eq!(
            comparison.problems,
            [Problem {
                part: 1,
                error: PartError::Label(error.clone())
            }],
            "{label}"
        );
        assert!(messages(&comparison)[0].starts_with("The second link's label"));
    }
}

#[test]
fn pasted_links_open_one_per_line_in_every_usual_spelling() {
    let invite = format!("https://example.com/tools/#/invite/{NO_SIDE}");
    let text = format!(
        "  https://example.com/tools/alignment/#/r/{SALES}  \n\n{MARKETING}\nhttps://x.org/%23%2Fr%2F{VERSION_ONE}\n{invite}\r\nnot-a-link\n"
    );
    let comparison = Comparison::from_pasted(&text, &BANKS);
    assert_eq!(
        tokens(&comparison),
        [SALES, MARKETING, VERSION_ONE, NO_SIDE]
    );
    assert_eq!(comparison.problems.len(), 1);
    assert_eq!(comparison.problems[0].part, 4);
    assert!(messages(&comparison)[0].starts_with("The fifth link"));
}

#[test]
fn a_pasted_comparison_link_brings_its_results_and_labels() {
    let text = format!(
        "https://example.com/#/compare/{}\nhttps://example.com/#/r/{NO_SIDE}\nhttps://example.com/#/compare/9/{SALES}",
        GOLDEN[1].0
    );
    let comparison = Comparison::from_pasted(&text, &BANKS);
    // The third result again is left out (issue 30, item 5).
    assert_eq!(tokens(&comparison), [SALES, MARKETING, NO_SIDE]);
    assert_eq!(
        comparison.labels(),
        ["Équipe Nord / EMEA #1", "営業🙂", "Result 3"]
    );
    assert_eq!(comparison.problems.len(), 2);
    assert_eq!(comparison.problems[0].error, PartError::Duplicate { of: 2 });
    assert_eq!(comparison.problems[1].part, 4);
}

#[test]
fn more_than_twelve_pasted_links_are_cut_with_a_count() {
    let text = distinct_tokens(MAX_RESULTS + 3).join("\n") + "\nbroken\n";
    let comparison = Comparison::from_pasted(&text, &BANKS);
    assert_eq!(comparison.members.len(), MAX_RESULTS);
    assert_eq!(comparison.left_out, 4);
    assert!(
        comparison.problems.is_empty(),
        "links beyond the limit are not read"
    );
}

#[test]
fn results_of_two_versions_meet_on_the_areas_both_ask_about() {
    let comparison = open(GOLDEN[2].0);
    let analysis = &comparison.analysis;
    assert!(analysis.mixed_versions);
    let ids: Vec<&str> = analysis.areas.iter().map(|a| a.dimension.id).collect();
    assert_eq!(
        ids,
        [
            "contact",
            "handoffs",
            "planning",
            "data",
            "understanding",
            "insight",
            "leadership"
        ]
    );
    assert_eq!(
        analysis.unshared.iter().map(|d| d.id).collect::<Vec<_>>(),
        ["measures"]
    );
    let v1 = &comparison.members[0].report;
    assert_eq!(v1.bank, &V1);
    for area in &analysis.areas {
        let own = V1
            .dimensions
            .iter()
            .position(|d| area.dimension.earlier.contains(&d.id))
            .unwrap();
        assert_eq!(
            area.scores[0],
            v1.scores.dimensions[own].share.map(|s| s.percent())
        );
    }
    // The same version alone shares every area.
    let v1_only = Analysis::of(&comparison.members[..1]);
    assert_eq!(v1_only.areas.len(), V1.dimensions.len());
    assert!(!v1_only.mixed_versions);
}

#[test]
fn every_version_one_area_is_matched_at_most_once_and_only_by_its_earlier_name() {
    for old in V1.dimensions {
        let matches: Vec<&str> = CURRENT
            .dimensions
            .iter()
            .filter(|d| d.matches(old))
            .map(|d| d.id)
            .collect();
        assert!(matches.len() <= 1, "{}: {matches:?}", old.id);
    }
    let leadership = |bank: &'static Bank| {
        bank.dimensions
            .iter()
            .find(|d| d.id == "leadership")
            .unwrap()
    };
    assert!(
        !leadership(&CURRENT).matches(leadership(&V1)),
        "the same id in two versions is not enough"
    );
    assert!(CURRENT.dimensions.iter().all(|d| d.matches(d)));
}

/// Any label as a person might type it: any character, with URL-hostile ones often.
fn label() -> impl Strategy<Value = Option<String>> {
    let character = prop_oneof![
        any::<char>(),
        prop::sample::select(vec![
            '/', '%', '#', '.', '?', '&', ' ', '+', '=', '"', '<', 'é', '🙂'
        ]),
    ];
    prop::option::of(prop::collection::vec(character, 0..=MAX_LABEL_CHARS + 5))
        .prop_map(|chars| chars.map(|c| c.into_iter().collect::<String>()))
}

fn any_member() -> impl Strategy<Value = Member> {
    let v2 = (
        prop::collection::vec(0usize..5, CURRENT.question_count()),
        prop::option::of(0usize..4),
    )
        .prop_map(|(choices, side)| {
            Report::new(&CURRENT, choices_by_index(&CURRENT, &choices, &[side]))
        });
    let v1 = prop::collection::vec(0usize..4, V1.question_count())
        .prop_map(|choices| Report::new(&V1, choices_by_index(&V1, &choices, &[])));
    (prop_oneof![4 => v2, 1 => v1], label()).prop_map(|(report, label)| {
        let mut comparison = Comparison::new(vec![member(report, None)], Vec::new(), 0);
        if let Some(label) = label {
            comparison.relabel(0, &label);
        }
        comparison.members.remove(0)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn every_comparison_round_trips_through_its_link_and_the_address_bar(
        members in prop::collection::vec(any_member(), 1..=MAX_RESULTS),
    ) {
        let comparison = Comparison::new(members, Vec::new(), 0);
        let link = comparison.link();
        let Route::Compare(path) = Route::parse(&Route::Compare(link.clone()).fragment()) else {
            panic!("{link}")
        };
        let reopened = Comparison::open(&path, &BANKS).expect("own links open");
        prop_assert_eq!(&reopened.members, &comparison.members);
        prop_assert!(reopened.problems.is_empty());
        prop_assert_eq!(reopened.labels(), comparison.labels());
        let pasted = Comparison::from_pasted(&format!("https://example.com/#/compare/{link}\n"), &BANKS);
        prop_assert_eq!(&pasted.members, &comparison.members);
    }

    #[test]
    fn a_link_of_bare_tokens_is_the_link_of_those_results_unlabelled(
        members in prop::collection::vec(any_member(), 1..=MAX_RESULTS),
    ) {
        let unlabelled: Vec<Member> = members
            .into_iter()
            .map(|member| Member { label: None, ..member })
            .collect();
        let tokens: Vec<&str> = unlabelled.iter().map(|m| m.report.token.as_str()).collect();
        let link = compare::link_of(&tokens);
        prop_assert_eq!(&link, &Comparison::new(unlabelled.clone(), Vec::new(), 0).link());
        prop_assert_eq!(&open(&link).members, &unlabelled);
    }

    #[test]
    fn typed_labels_are_printable_trimmed_and_within_the_limit(
        chars in prop::collection::vec(any::<char>(), 0..80),
    ) {
        let text: String = chars.into_iter().collect();
        let mut comparison = open(&format!("1/{SALES}"));
        comparison.relabel(0, &text);
        let label = &comparison.labels()[0];
        prop_assert!(label.chars().count() <= MAX_LABEL_CHARS);
        prop_assert!(!label.chars().any(char::is_control));
        prop_assert_eq!(label.trim(), label.as_str());
        prop_assert!(!label.is_empty());
    }

    #[test]
    fn gaps_and_agreement_split_the_compared_areas(
        members in prop::collection::vec(any_member(), 2..=5),
    ) {
        let analysis = Analysis::of(&members);
        let mut all: Vec<usize> = analysis.gaps.iter().chain(&analysis.agreements).chain(&analysis.uncompared).copied().collect();
        all.sort_unstable();
        prop_assert_eq!(all, (0..analysis.areas.len()).collect::<Vec<_>>());
        let spreads: Vec<u32> = analysis.gaps.iter().map(|&i| analysis.areas[i].spread().unwrap()).collect();
        prop_assert!(spreads.windows(2).all(|w| w[0] >= w[1]));
        prop_assert_eq!(analysis.group_position.is_some(), members.len() >= 3 && members.iter().any(|m| m.report.placement.is_some()));
    }
}

/// `count` results with different answers, all from Sales.
fn distinct_tokens(count: usize) -> Vec<String> {
    (0..count)
        .map(|i| result(&[i / 4 % 4, i % 4], Some(0)).token)
        .collect()
}

// Issue 30, item 4: links on one line, separated by ", " or a space, were read as one
// link: only the last was kept and the others vanished without a notice.
#[test]
fn several_links_on_one_line_are_cut_to_one_silently() {
    let url = |token: &str| format!("https://example.com/tools/#/r/{token}");
    for text in [
        format!("{}, {}, {NO_SIDE}", url(SALES), url(MARKETING)),
        format!("{} {}\t{NO_SIDE}", url(SALES), url(MARKETING)),
        format!("{SALES},{MARKETING},{NO_SIDE}\n"),
    ] {
        let comparison = Comparison::from_pasted(&text, &BANKS);
        assert_eq!(tokens(&comparison), [SALES, MARKETING, NO_SIDE], "{text}");
        assert!(
            !comparison.has_problems(),
            "{text}: {:?}",
            messages(&comparison)
        );
    }
}

// Issue 30, item 5: the same result pasted three times (twice as a link, once as a bare
// token) was compared as "Sales 1/2/3" and skewed the average.
#[test]
fn duplicates_count_as_more_people() {
    let text = format!(
        "https://example.com/#/r/{SALES}\n{MARKETING}\nhttps://example.com/#/r/{SALES}\n{SALES}"
    );
    let comparison = Comparison::from_pasted(&text, &BANKS);
    assert_eq!(tokens(&comparison), [SALES, MARKETING]);
    assert_eq!(comparison.labels(), ["Sales", "Marketing"]);
    assert_eq!(
        comparison.problems,
        [
            Problem {
                part: 2,
                error: PartError::Duplicate { of: 0 }
            },
            Problem {
                part: 3,
                error: PartError::Duplicate { of: 0 }
            }
        ]
    );
    assert_eq!(
        messages(&comparison)[0],
        "The third link is the same result as the first, so it is left out."
    );
    // Within a comparison link too, and a label on the copy does not make it another person.
    let copy = open(&format!("1/{SALES}.{}/{MARKETING}/{SALES}", b64("Anna")));
    assert_eq!(tokens(&copy), [SALES, MARKETING]);
    assert_eq!(copy.labels(), ["Anna", "Marketing"]);
    assert_eq!(copy.problems[0].error, PartError::Duplicate { of: 0 });
    // Two people who answered alike stay two when each has a label of their own.
    let alike = open(&format!("1/{SALES}.{}/{SALES}.{}", b64("Anna"), b64("Ben")));
    assert_eq!(alike.labels(), ["Anna", "Ben"]);
    assert!(!alike.has_problems());
}

// Issue 30, item 10: paste notices repeated themselves ("The fifth link was altered…,
// so it is left out. The link was altered after it was made…"), and a web address
// that is not Tandem's was said to hold "." at character 8.
#[test]
fn paste_notices_repeat_themselves() {
    let altered = format!("{}B{}", &SALES[..10], &SALES[11..]);
    let text = format!(
        "{SALES}\n{MARKETING}\n{altered}\n{}\n*{NO_SIDE}\nhttps://example.com/\nwww.example.com/blog",
        &SALES[..12]
    );
    let comparison = Comparison::from_pasted(&text, &BANKS);
    assert_eq!(
        messages(&comparison),
        [
            "The third link was altered after it was made, so it is left out.",
            "The fourth link is cut short, so it is left out.",
            "The fifth link contains a character result links never use (“*”, character 1), so it is left out.",
            "The sixth link is not a link to a Tandem result, so it is left out.",
            "The seventh link is not a link to a Tandem result, so it is left out.",
        ]
    );
}

#[test]
fn the_last_1_given_is_left_out() {
    let tokens = distinct_tokens(MAX_RESULTS + 2);
    let path = |count: usize| format!("1/{}", tokens[..count].join("/"));
    assert_eq!(open(&path(MAX_RESULTS)).left_out_notice(), None);
    assert_eq!(
        open(&path(MAX_RESULTS + 1)).left_out_notice().as_deref(),
        Some("A comparison shows at most 12 results, so the last one given is left out.")
    );
    assert_eq!(
        open(&path(MAX_RESULTS + 2)).left_out_notice().as_deref(),
        Some("A comparison shows at most 12 results, so the last 2 given are left out.")
    );
}
