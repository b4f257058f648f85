//! The result-link promise: tokens round-trip, every malformed token is refused with
//! its own error, and tokens made in the past keep opening to the same result.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{answers_at, answers_by_position, choices_by_index, forge, pack_slots};
use proptest::prelude::*;
use tandem::assessment::company::{Company, MAX_COMPANY_CHARS};
use tandem::assessment::link::{decode, encode, token_length, LinkError};
use tandem::assessment::report::Report;
use tandem::assessment::scoring::Share;
use tandem::assessment::stage::Stage;
use tandem::content::{BANKS, CURRENT, V1};

/// Tokens committed once and never changed: each must open to the same stage,
/// position and dimension scores after any change to the code or the questions.
/// (bank version 1; answers by display position or by stage, as named. Scores were
/// recorded as whole percents rounded down, as version 1 showed them.)
const GOLDEN: &[(&str, &str, Stage, u32, [u32; 10])] = &[
    (
        "every first answer",
        "AQEkkkkkkkkkkK8r",
        Stage::Defined,
        25,
        [66, 100, 83, 33, 0, 33, 50, 33, 50, 50],
    ),
    (
        "answers 1,2,3,4 cycling",
        "AQEpwpwpwpwpwALh",
        Stage::Aligned,
        58,
        [83, 50, 50, 66, 33, 50, 50, 66, 33, 100],
    ),
    (
        "answers 4,3,2,1 cycling",
        "AQGNGNGNGNGNEDvn",
        Stage::Defined,
        25,
        [83, 33, 66, 16, 50, 0, 0, 83, 83, 0],
    ),
    (
        "all Undefined",
        "AQFpSNmGJOEsoGBz",
        Stage::Undefined,
        0,
        [0; 10],
    ),
    (
        "all Defined",
        "AQFOImNomFRqMJpi",
        Stage::Defined,
        33,
        [33; 10],
    ),
    (
        "all Aligned",
        "AQGQtJQxtwpFkO7f",
        Stage::Aligned,
        66,
        [66; 10],
    ),
    (
        "all Integrated",
        "AQEllwpNQpuRQA19",
        Stage::Integrated,
        100,
        [100; 10],
    ),
    (
        "mixed, held back",
        "AQEyRqFQoxGGIPHz",
        Stage::Defined,
        41,
        [66, 83, 16, 50, 50, 50, 66, 33, 33, 50],
    ),
];

/// Version-2 tokens, committed once and never changed: stage, position and area
/// scores (whole percents; `None`: not enough answers), and whether the market lets
/// an Aligned organisation stay.
type GoldenV2 = (
    &'static str,
    &'static str,
    Option<(Stage, u32)>,
    [Option<u32>; 8],
    bool,
);
const GOLDEN_V2: &[GoldenV2] = &[
    (
        "every first answer",
        "AgIAAkkkkkkkkkkkkC3b",
        Some((Stage::Defined, 50)),
        [
            Some(56),
            Some(33),
            Some(44),
            Some(78),
            Some(44),
            Some(44),
            Some(44),
            Some(56),
        ],
        false,
    ),
    (
        "all Undefined",
        "AgIABlNFJtlQkuRSQAk6",
        Some((Stage::Undefined, 0)),
        [Some(0); 8],
        false,
    ),
    (
        "all Defined",
        "AgIABOExxGQttQpooN42",
        Some((Stage::Defined, 33)),
        [Some(33); 8],
        false,
    ),
    (
        "all Aligned",
        "AgIAAxyKGJNlKFMlsOo-",
        Some((Stage::Aligned, 67)),
        [Some(67); 8],
        false,
    ),
    (
        "all Integrated",
        "AgIACIpsswqKRpmNEDqc",
        Some((Stage::Integrated, 100)),
        [Some(100); 8],
        false,
    ),
    (
        "choices 1–5 cycling; sales, 50–249, fast, simple",
        "AgIpkpylOUpylOUpwKh1",
        Some((Stage::Defined, 49)),
        [
            Some(56),
            Some(50),
            Some(56),
            Some(83),
            Some(67),
            Some(11),
            Some(22),
            Some(50),
        ],
        false,
    ),
    (
        "not sure everywhere",
        "AgIAC222222222220Cp1",
        None,
        [None; 8],
        false,
    ),
    (
        "mixed, held back; marketing, 250–999, slow, simple",
        "AgJMluFstmSKQlONELWT",
        Some((Stage::Defined, 50)),
        [
            Some(0),
            Some(44),
            Some(44),
            Some(44),
            Some(100),
            Some(100),
            Some(100),
            Some(100),
        ],
        false,
    ),
    (
        "all Aligned in a slow, moderate market",
        "AgIAoxyKGJNlKFMlsDcH",
        Some((Stage::Aligned, 67)),
        [Some(67); 8],
        true,
    ),
];

#[test]
fn version_two_golden_tokens_open_to_the_same_result_forever() {
    for (name, token, placed, areas, may_stay) in GOLDEN_V2 {
        let report = Report::from_token(token, &BANKS).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(report.bank.version, 2, "{name}");
        let placement = report
            .placement
            .as_ref()
            .map(|p| (p.stage, p.position.percent()));
        assert_eq!(placement, *placed, "{name}");
        let scores: Vec<_> = report
            .scores
            .dimensions
            .iter()
            .map(|d| d.share.map(|s| s.percent()))
            .collect();
        assert_eq!(scores, areas, "{name}");
        assert_eq!(
            report.advice.as_ref().is_some_and(|a| a.may_stay),
            *may_stay,
            "{name}"
        );
        assert_eq!(
            &report.token, token,
            "{name}: re-encoding gives the same token"
        );
    }
}

#[test]
fn version_two_golden_tokens_match_the_answers_they_were_made_from() {
    let n = CURRENT.question_count();
    assert_eq!(
        encode(&CURRENT, &choices_by_index(&CURRENT, &vec![0; n], &[])),
        GOLDEN_V2[0].1
    );
    for (offset, stage) in Stage::ALL.into_iter().enumerate() {
        assert_eq!(
            encode(&CURRENT, &answers_at(&CURRENT, &vec![stage; n])),
            GOLDEN_V2[1 + offset].1
        );
    }
    let cycling: Vec<usize> = (0..n).map(|i| i % 5).collect();
    let profile = [Some(0), Some(1), Some(2), Some(0)];
    assert_eq!(
        encode(&CURRENT, &choices_by_index(&CURRENT, &cycling, &profile)),
        GOLDEN_V2[5].1
    );
    assert_eq!(
        encode(&CURRENT, &choices_by_index(&CURRENT, &vec![4; n], &[])),
        GOLDEN_V2[6].1
    );
}

/// A result made with an older version of the questions says so (the results screen
/// offers to take the current ones); one made with the current version does not.
#[test]
fn only_a_result_of_an_older_version_is_outdated() {
    let old = Report::from_token(GOLDEN[0].1, &BANKS).unwrap();
    let current = Report::from_token(GOLDEN_V2[0].1, &BANKS).unwrap();
    assert!(old.is_outdated(&CURRENT));
    assert!(!current.is_outdated(&CURRENT));
    // Against the oldest version, nothing is older.
    assert!(!old.is_outdated(&V1));
    assert!(!current.is_outdated(&V1));
}

/// Whether `share` lies in [`floor`, `floor` + 1) percent: what a whole percent
/// rounded down recorded.
fn within_percent(share: Share, floor: u32) -> bool {
    let below_next = floor == 100 || share < Share::new(floor + 1, 100);
    share >= Share::new(floor, 100) && below_next
}

#[test]
fn golden_tokens_open_to_the_same_result_forever() {
    for (name, token, stage, position, dimensions) in GOLDEN {
        let report = Report::from_token(token, &BANKS).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(report.bank, &V1, "{name}");
        let placement = report.placement.as_ref().expect("version 1 always places");
        assert_eq!(placement.stage, *stage, "{name}");
        assert!(
            within_percent(placement.position, *position),
            "{name}: position"
        );
        assert_eq!(report.scores.dimensions.len(), dimensions.len(), "{name}");
        for (score, floor) in report.scores.dimensions.iter().zip(dimensions) {
            let share = score.share.expect("version 1 scores every area");
            assert!(
                within_percent(share, *floor),
                "{name}: {score:?} vs {floor}"
            );
        }
        assert_eq!(
            &report.token, token,
            "{name}: re-encoding gives the same token"
        );
    }
}

#[test]
fn golden_tokens_match_the_answers_they_were_made_from() {
    let n = V1.question_count();
    let by_position = |f: fn(usize) -> usize| {
        encode(
            &V1,
            &answers_by_position(&V1, &(0..n).map(f).collect::<Vec<_>>()),
        )
    };
    assert_eq!(by_position(|_| 0), GOLDEN[0].1);
    assert_eq!(by_position(|i| i % 4), GOLDEN[1].1);
    assert_eq!(by_position(|i| 3 - i % 4), GOLDEN[2].1);
    for (offset, stage) in Stage::ALL.into_iter().enumerate() {
        assert_eq!(
            encode(&V1, &answers_at(&V1, &vec![stage; n])),
            GOLDEN[3 + offset].1
        );
    }
    let mixed: Vec<Stage> = (0..n).map(|i| Stage::ALL[(i * 7 + 3) % 4]).collect();
    assert_eq!(encode(&V1, &answers_at(&V1, &mixed)), GOLDEN[7].1);
}

#[test]
fn a_version_one_result_is_sixteen_url_safe_characters() {
    let token = encode(&V1, &answers_by_position(&V1, &[3; 20]));
    assert_eq!(V1.question_count(), 20);
    assert_eq!(token.len(), 16);
    assert_eq!(token_length(&V1), 16);
    assert!(token
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn every_answer_combination_round_trips(
        choices in prop::collection::vec(0usize..5, CURRENT.question_count()),
        profile in prop::collection::vec(prop::option::of(0usize..3), CURRENT.profile.len()),
    ) {
        let answers = choices_by_index(&CURRENT, &choices, &profile);
        let token = encode(&CURRENT, &answers);
        prop_assert_eq!(token.len(), token_length(&CURRENT));
        let (bank, decoded) = decode(&token, &BANKS).expect("own tokens open");
        prop_assert_eq!(bank.version, CURRENT.version);
        prop_assert_eq!(decoded, answers);
    }

    #[test]
    fn version_one_answer_combinations_round_trip(positions in prop::collection::vec(0usize..4, 20)) {
        let answers = answers_by_position(&V1, &positions);
        let (bank, decoded) = decode(&encode(&V1, &answers), &BANKS).expect("own tokens open");
        prop_assert_eq!(bank, &V1);
        prop_assert_eq!(decoded, answers);
    }

    #[test]
    fn any_single_character_change_is_refused(
        choices in prop::collection::vec(0usize..5, CURRENT.question_count()),
        at in 0usize..20,
        replacement in "[A-Za-z0-9_-]",
    ) {
        let token = encode(&CURRENT, &choices_by_index(&CURRENT, &choices, &[]));
        let mut changed: Vec<char> = token.chars().collect();
        let replacement = replacement.chars().next().unwrap();
        prop_assume!(changed[at] != replacement);
        changed[at] = replacement;
        let changed: String = changed.into_iter().collect();
        prop_assert!(decode(&changed, &BANKS).is_err(), "{} accepted", changed);
    }

    /// Any text is refused with a typed error or opens to answers that re-encode to
    /// exactly that text: a token has one spelling.
    #[test]
    fn arbitrary_text_is_refused_or_is_its_own_token(text in ".{0,40}") {
        if let Ok((bank, answers)) = decode(&text, &BANKS) {
            prop_assert_eq!(encode(bank, &answers), text);
        }
    }

    /// Text in the token alphabet at a real token's length gets past the character and
    /// length checks, so it reaches the checksum and the slots.
    #[test]
    fn token_like_text_reaches_the_checksum_and_slots(text in "[A-Za-z0-9_-]{20}") {
        match decode(&text, &BANKS) {
            Ok((bank, answers)) => prop_assert_eq!(encode(bank, &answers), text),
            Err(LinkError::BadCharacter { .. }) => prop_assert!(false, "{} is all token characters", text),
            Err(_) => {}
        }
    }

    /// Whitespace, line breaks, percent-escapes and trailing punctuation, as chat apps
    /// and mail clients add them, never stop a good token from opening.
    #[test]
    fn pasted_tokens_open_despite_the_usual_damage(
        choices in prop::collection::vec(0usize..5, CURRENT.question_count()),
        breaks in prop::collection::vec((0usize..20, prop::sample::select(vec![" ", "\n", "\r\n", "%20", "%0A"])), 0..4),
        tail in prop::sample::select(vec!["", ".", ")", "\"", ",", "%22", ").", "!"]),
    ) {
        let answers = choices_by_index(&CURRENT, &choices, &[]);
        let token = encode(&CURRENT, &answers);
        let mut damaged = token.clone();
        // Inserted from the end backwards, so each position counts in the intact token.
        let mut positions = breaks;
        positions.sort_by_key(|&(at, _)| std::cmp::Reverse(at));
        for (at, gap) in positions {
            damaged.insert_str(at.min(damaged.len()), gap);
        }
        damaged.push_str(tail);
        let opened = tandem::assessment::link::decode_pasted(&damaged, &BANKS).map(|(_, a)| a);
        prop_assert_eq!(opened, Ok(answers), "{:?}", damaged);
    }

    /// Stored progress with any questions unanswered (and any profile) restores exactly.
    #[test]
    fn stored_progress_with_gaps_restores_exactly(
        slots in prop::collection::vec(prop::option::of(0usize..5), CURRENT.question_count()),
        profile in prop::collection::vec(prop::option::of(0usize..3), CURRENT.profile.len()),
    ) {
        use tandem::assessment::answers::{Choice, Draft};
        use tandem::assessment::progress;
        let mut draft = Draft::empty(&CURRENT);
        for (index, slot) in slots.iter().enumerate() {
            if let Some(choice) = slot {
                let question = &CURRENT.questions[index];
                draft.set(index, Choice::new(*choice, question).unwrap_or(Choice::NotSure));
            }
        }
        for (index, option) in profile.iter().enumerate() {
            draft.profile.set(&CURRENT, index, *option);
        }
        prop_assert_eq!(progress::restore(&progress::save(&CURRENT, &draft), &CURRENT), Some(draft));
    }
}

#[test]
fn every_choice_round_trips_at_every_question() {
    let n = CURRENT.question_count();
    for question in 0..n {
        for choice in 0..CURRENT.choices_per_question() {
            let mut choices = vec![0; n];
            choices[question] = choice;
            let answers = choices_by_index(&CURRENT, &choices, &[]);
            assert_eq!(
                decode(&encode(&CURRENT, &answers), &BANKS).unwrap().1,
                answers
            );
        }
    }
}

/// Twenty 3-bit slots, all "first answer" (value 1), packed into 8 bytes.
fn slots_all(value: u8) -> Vec<u8> {
    let bits: Vec<u8> = (0..20)
        .flat_map(|_| (0..3).rev().map(move |i| value >> i & 1))
        .chain([0; 4])
        .collect();
    bits.chunks(8)
        .map(|c| c.iter().fold(0, |acc, &b| acc << 1 | b))
        .collect()
}

#[test]
fn the_forging_helpers_match_the_real_encoder() {
    let mut bytes = vec![1, V1.version];
    bytes.extend(slots_all(1));
    assert_eq!(forge(&bytes), GOLDEN[0].1);
}

#[test]
fn every_way_a_token_can_be_wrong_has_its_own_error() {
    let good = GOLDEN[0].1;
    let with_slots = |first: u8, version: u8, slots: Vec<u8>| {
        let mut bytes = vec![first, version];
        bytes.extend(slots);
        forge(&bytes)
    };
    let mut flipped_checksum = good.to_owned();
    flipped_checksum.replace_range(15..16, if good.ends_with('A') { "B" } else { "A" });
    let mut one_missing = slots_all(1);
    one_missing[0] &= 0b0001_1111; // question 1 unanswered
    let cases: Vec<(String, LinkError)> = vec![
        (String::new(), LinkError::Empty),
        (
            format!("{}*{}", &good[..5], &good[6..]),
            LinkError::BadCharacter {
                position: 5,
                character: '*',
            },
        ),
        (
            format!("{good} "),
            LinkError::BadCharacter {
                position: 16,
                character: ' ',
            },
        ),
        (
            good[..15].to_owned(),
            LinkError::WrongLength {
                found: 15,
                expected: 16,
            },
        ),
        (
            good[..12].to_owned(),
            LinkError::WrongLength {
                found: 12,
                expected: 16,
            },
        ),
        (
            format!("{good}AAAA"),
            LinkError::WrongLength {
                found: 20,
                expected: 16,
            },
        ),
        // Too short to name a bank: measured against the current one.
        (
            "A".to_owned(),
            LinkError::WrongLength {
                found: 1,
                expected: token_length(&CURRENT),
            },
        ),
        (with_slots(2, 1, slots_all(1)), LinkError::UnknownFormat(2)),
        (with_slots(1, 99, slots_all(1)), LinkError::UnknownBank(99)),
        (flipped_checksum, LinkError::BadChecksum),
        (
            with_slots(1, 1, one_missing),
            LinkError::MissingAnswer { question: 0 },
        ),
        (
            with_slots(1, 1, slots_all(0)),
            LinkError::MissingAnswer { question: 0 },
        ),
        (
            with_slots(1, 1, slots_all(5)),
            LinkError::AnswerOutOfRange { question: 0 },
        ),
        (
            with_slots(1, 1, slots_all(7)),
            LinkError::AnswerOutOfRange { question: 0 },
        ),
    ];
    for (token, error) in cases {
        assert_eq!(decode(&token, &BANKS), Err(error.clone()), "{token:?}");
        assert!(!error.to_string().is_empty());
    }
}

/// A format-2 token for the current bank from raw profile and question slots.
fn forge_current(format: u8, profile: &[u8], questions: &[u8]) -> String {
    let mut bytes = vec![format, CURRENT.version];
    bytes.extend(pack_slots(&[profile, questions].concat()));
    forge(&bytes)
}

#[test]
fn the_forging_helpers_match_the_real_encoder_for_format_two() {
    let n = CURRENT.question_count();
    let answers = choices_by_index(&CURRENT, &vec![4; n], &[Some(0), None, Some(2), Some(1)]);
    assert_eq!(
        forge_current(2, &[1, 0, 3, 2], &vec![5; n]),
        encode(&CURRENT, &answers)
    );
}

#[test]
fn every_way_a_format_two_token_can_be_wrong_has_its_own_error() {
    let n = CURRENT.question_count();
    let profile = vec![0u8; CURRENT.profile.len()];
    let mut no_such_option = profile.clone();
    no_such_option[2] = CURRENT.profile[2].options.len() as u8 + 1;
    let mut slot_six = vec![1u8; n];
    slot_six[9] = 6;
    let mut unanswered = vec![5u8; n];
    unanswered[n - 1] = 0;
    let cases = [
        (
            forge_current(2, &no_such_option, &vec![1; n]),
            LinkError::ProfileOutOfRange { question: 2 },
        ),
        (
            forge_current(2, &profile, &slot_six),
            LinkError::AnswerOutOfRange { question: 9 },
        ),
        (
            forge_current(2, &profile, &unanswered),
            LinkError::MissingAnswer { question: n - 1 },
        ),
        // The current bank asks a profile, so its tokens are never format 1.
        (
            forge_current(1, &profile, &vec![1; n]),
            LinkError::UnknownFormat(1),
        ),
        (
            forge_current(4, &profile, &vec![1; n]),
            LinkError::UnknownFormat(4),
        ),
    ];
    for (token, error) in cases {
        assert_eq!(decode(&token, &BANKS), Err(error.clone()), "{token:?}");
    }
    assert_eq!(
        LinkError::ProfileOutOfRange { question: 2 }.to_string(),
        "The link's answer 3 about the respondent is not one of the choices."
    );
}

#[test]
fn set_padding_bits_are_refused() {
    let mut slots = slots_all(1);
    slots[7] |= 0b0000_0001;
    let mut bytes = vec![1, 1];
    bytes.extend(slots);
    assert_eq!(decode(&forge(&bytes), &BANKS), Err(LinkError::BadChecksum));
}

/// Every bit after the last slot, set alone, is refused: a token has one spelling.
#[test]
fn each_padding_bit_is_refused_on_its_own() {
    for (bank, slots) in [(&V1, 20), (&CURRENT, 4 + 24)] {
        let stages = vec![Stage::Aligned; bank.question_count()];
        let token = Report::new(bank, answers_at(bank, &stages)).token;
        let mut body = common::base64url_decode(&token);
        body.truncate(body.len() - 2);
        let packed_bits = (body.len() - 2) * 8;
        assert!(slots * 3 < packed_bits, "bank {} has padding", bank.version);
        for at in slots * 3..packed_bits {
            let mut damaged = body.clone();
            damaged[2 + at / 8] |= 0x80 >> (at % 8);
            assert_eq!(
                decode(&forge(&damaged), &BANKS),
                Err(LinkError::BadChecksum),
                "bank {} padding bit {at}",
                bank.version
            );
        }
    }
}

#[test]
fn error_messages_speak_to_the_visitor() {
    let message = LinkError::WrongLength {
        found: 12,
        expected: 16,
    }
    .to_string();
    assert!(
        message.contains("12") && message.contains("16"),
        "{message}"
    );
    let message = LinkError::BadCharacter {
        position: 4,
        character: '*',
    }
    .to_string();
    assert!(
        message.contains('*') && message.contains("character 5"),
        "{message}"
    );
    assert!(LinkError::AnswerOutOfRange { question: 2 }
        .to_string()
        .contains("question 3"));
}

#[test]
fn pasted_links_open_despite_the_usual_damage() {
    use tandem::assessment::link::decode_pasted;
    let good = GOLDEN[1].1;
    let expected = decode(good, &BANKS).unwrap().1;
    let damaged = [
        format!("{good}."),
        format!("{good})."),
        format!("{good}\""),
        format!("{good}%22"),
        format!(" {good}\n"),
        format!("{}\n{}", &good[..8], &good[8..]),
        format!("{}%20{}", &good[..3], &good[3..]),
        format!("{}%0D%0A{}", &good[..10], &good[10..]),
    ];
    for text in damaged {
        assert_eq!(
            decode_pasted(&text, &BANKS).map(|(_, a)| a),
            Ok(expected.clone()),
            "{text:?}"
        );
    }
}

#[test]
fn damage_that_loses_meaning_keeps_the_exact_error() {
    use tandem::assessment::link::decode_pasted;
    let good = GOLDEN[1].1;
    assert_eq!(
        decode_pasted(&format!("{}.", &good[..15]), &BANKS),
        Err(LinkError::BadCharacter {
            position: 15,
            character: '.'
        })
    );
    assert_eq!(
        decode_pasted(&format!("{}*{}", &good[..5], &good[6..]), &BANKS),
        Err(LinkError::BadCharacter {
            position: 5,
            character: '*'
        })
    );
    assert_eq!(decode_pasted("", &BANKS), Err(LinkError::Empty));
}

/// The longest token any bank makes: the newest version's, with the longest company name.
fn longest_token() -> usize {
    let mut answers = answers_at(&CURRENT, &vec![Stage::Aligned; CURRENT.question_count()]);
    answers.company = Some(Company::new(&"🙂".repeat(MAX_COMPANY_CHARS)).unwrap());
    Report::new(&CURRENT, answers).token.len()
}

/// The far-too-long rule starts past the longest token a bank makes: anything up to that
/// is read for what it says (mutation testing found its limit untested).
#[test]
fn a_token_up_to_the_longest_a_bank_makes_is_read_for_what_it_says() {
    let newest = token_length(&CURRENT);
    let longest = longest_token();
    assert_eq!(longest, 238);
    // Bytes of a format this page does not know, as a token of `bytes` bytes.
    let future = |bytes: usize| {
        let mut body = vec![0u8; bytes];
        body[0] = 9;
        common::base64url(&body)
    };
    for bytes in [newest * 3 / 4 + 2, longest * 3 / 4] {
        let token = future(bytes);
        assert!(
            token.len() > newest + 2 && token.len() <= longest,
            "{}",
            token.len()
        );
        assert_eq!(
            decode(&token, &BANKS),
            Err(LinkError::UnknownFormat(9)),
            "{token}"
        );
    }
    let beyond = "A".repeat(longest + 1);
    assert_eq!(
        decode(&beyond, &BANKS),
        Err(LinkError::WrongLength {
            found: longest + 1,
            expected: newest
        })
    );
}

// Issue 30, item 10: a 100,000-character token was "made by a version of Tandem that
// this page does not know"; it is far too long to be any result's.
#[test]
fn a_100000_character_token_is_made_by_an_unknown_version() {
    let longest = longest_token();
    for text in [
        "A".repeat(100_000),
        "x".repeat(100_000),
        "_".repeat(3 * longest),
    ] {
        assert!(
            matches!(
                decode(&text, &BANKS),
                Err(LinkError::WrongLength { found, expected }) if found == text.len() && expected == token_length(&CURRENT)
            ),
            "{:?}",
            decode(&text, &BANKS)
        );
    }
}
