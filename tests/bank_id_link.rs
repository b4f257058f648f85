//! Format 3 of the result link: the bank's id and the company's name. Links made with
//! another bank (another id) never open against this one's questions; a company's name
//! travels only inside the checksum; formats 1 and 2 still open as Tandem's own bank.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{answers_at, choices_by_index, forge};
use proptest::prelude::*;
use tandem::assessment::bank::Bank;
use tandem::assessment::company::{Company, MAX_COMPANY_CHARS};
use tandem::assessment::link::{decode, encode, tag, token_length, LinkError, FIRST_BANK_ID};
use tandem::assessment::report::Report;
use tandem::assessment::stage::Stage;
use tandem::content::{BANKS, CURRENT, V1};

/// Format-3 tokens committed once: each must keep opening to its stage, position and
/// company, and re-encode to itself.
const GOLDEN_V3: &[(&str, &str, Stage, u32, &str)] = &[
    (
        "all Aligned, for Northwind Advisory",
        "AwKWXFUAAxyKGJNlKFMlsE5vcnRod2luZCBBZHZpc29yeSnR",
        Stage::Aligned,
        67,
        "Northwind Advisory",
    ),
    (
        "all Defined, for a name in three scripts",
        "AwKWXFUABOExxGQttQpooMOJcXVpcGUgTm9yZCDllrbmpa3wn5mCJYs",
        Stage::Defined,
        33,
        "Équipe Nord 営業🙂",
    ),
    (
        "version 1, all Integrated, for Acme",
        "AwGWXFUllwpNQpuRQEFjbWXK4A",
        Stage::Integrated,
        100,
        "Acme",
    ),
];

fn with_company(bank: &Bank, stage: Stage, name: &str) -> Report {
    let mut answers = answers_at(bank, &vec![stage; bank.question_count()]);
    answers.company = Some(Company::new(name).unwrap());
    Report::new(
        BANKS.iter().find(|b| b.version == bank.version).unwrap(),
        answers,
    )
}

#[test]
fn format_three_golden_tokens_open_to_the_same_result_forever() {
    for (name, token, stage, position, company) in GOLDEN_V3 {
        let report = Report::from_token(token, &BANKS).unwrap_or_else(|e| panic!("{name}: {e}"));
        let placement = report.placement.as_ref().unwrap();
        assert_eq!(
            (placement.stage, placement.position.percent()),
            (*stage, *position),
            "{name}"
        );
        assert_eq!(
            report.answers.company.as_ref().map(Company::as_str),
            Some(*company),
            "{name}"
        );
        assert_eq!(
            &report.token, token,
            "{name}: re-encoding gives the same token"
        );
    }
}

#[test]
fn format_three_golden_tokens_match_the_answers_they_were_made_from() {
    let made = [
        with_company(&CURRENT, Stage::Aligned, "Northwind Advisory"),
        with_company(&CURRENT, Stage::Defined, "Équipe Nord 営業🙂"),
        with_company(&V1, Stage::Integrated, "Acme"),
    ];
    for (report, (name, token, ..)) in made.iter().zip(GOLDEN_V3) {
        assert_eq!(&report.token, token, "{name}");
    }
}

/// Bytes of a format-3 token: header with `id`'s tag, packed `slots`, then `company`.
fn forge_v3(id: &str, version: u8, slots: &[u8], company: &[u8]) -> String {
    let mut bytes = vec![3, version];
    bytes.extend(tag(id));
    bytes.extend(common::pack_slots(slots));
    bytes.extend(company);
    forge(&bytes)
}

/// The current bank's slots: every profile question unanswered, every answer the first.
fn first_answers() -> Vec<u8> {
    [
        vec![0; CURRENT.profile.len()],
        vec![1; CURRENT.question_count()],
    ]
    .concat()
}

#[test]
fn the_forging_helper_matches_the_real_encoder() {
    let n = CURRENT.question_count();
    let mut answers = choices_by_index(&CURRENT, &vec![0; n], &[]);
    answers.company = Some(Company::new("Acme").unwrap());
    assert_eq!(
        forge_v3(FIRST_BANK_ID, CURRENT.version, &first_answers(), b"Acme"),
        encode(&CURRENT, &answers)
    );
}

/// A result of Tandem's own bank without a company's name keeps the shorter format it
/// always had; the encoder turns to format 3 only for what formats 1 and 2 cannot hold.
#[test]
fn only_a_company_s_name_or_another_bank_needs_format_three() {
    let plain = answers_at(&CURRENT, &vec![Stage::Aligned; CURRENT.question_count()]);
    assert!(encode(&CURRENT, &plain).starts_with("Ag"));
    assert_eq!(encode(&CURRENT, &plain).len(), token_length(&CURRENT));
    assert_eq!(token_length(&CURRENT), 20);
    let named = with_company(&CURRENT, Stage::Aligned, "Acme").token;
    assert!(named.starts_with("Aw"), "{named}");
    let bank = other_bank("northwind-sales-cs");
    let theirs = encode(bank, &plain);
    assert!(theirs.starts_with("Aw"));
    assert_eq!(theirs.len(), 24);
    assert_eq!(token_length(bank), 24);
}

/// A copy of the current bank under another id, as a consultancy's build would have.
fn other_bank(id: &'static str) -> &'static Bank {
    Box::leak(Box::new(Bank {
        id,
        ..common::copy_of(&CURRENT)
    }))
}

#[test]
fn a_link_of_another_bank_opens_only_where_that_bank_is() {
    let theirs = other_bank("northwind-sales-cs");
    let answers = answers_at(&CURRENT, &vec![Stage::Defined; CURRENT.question_count()]);
    let token = encode(theirs, &answers);
    assert_eq!(decode(&token, &BANKS), Err(LinkError::OtherBank));
    let (bank, opened) = decode(&token, &[theirs]).expect("opens with its own bank");
    assert_eq!((bank.id, opened), ("northwind-sales-cs", answers));
}

/// Links of formats 1 and 2 are Tandem's own bank's: a build with another bank says so
/// rather than reading them against its own questions.
#[test]
fn a_tandem_link_in_a_build_of_another_bank_is_another_bank_s() {
    let theirs = other_bank("northwind-sales-cs");
    let golden_v2 = "AgIAoxyKGJNlKFMlsDcH";
    assert!(decode(golden_v2, &BANKS).is_ok());
    assert_eq!(decode(golden_v2, &[theirs]), Err(LinkError::OtherBank));
    assert_eq!(
        decode("AQEkkkkkkkkkkK8r", &[theirs]),
        Err(LinkError::OtherBank)
    );
    let named = with_company(&CURRENT, Stage::Aligned, "Acme").token;
    assert_eq!(decode(&named, &[theirs]), Err(LinkError::OtherBank));
}

#[test]
fn a_newer_version_of_this_bank_is_an_unknown_version_not_another_bank() {
    let token = forge_v3(FIRST_BANK_ID, 9, &first_answers(), b"");
    assert_eq!(decode(&token, &BANKS), Err(LinkError::UnknownBank(9)));
    let theirs = other_bank("northwind-sales-cs");
    let token = forge_v3("northwind-sales-cs", 3, &first_answers(), b"");
    assert_eq!(decode(&token, &[theirs]), Err(LinkError::UnknownBank(3)));
}

/// The encoder never makes one, but a format-3 token of Tandem's own bank without a
/// name is a valid token and opens (another build may have made it).
#[test]
fn a_format_three_token_without_a_name_opens() {
    let token = forge_v3(FIRST_BANK_ID, CURRENT.version, &first_answers(), b"");
    let (bank, answers) = decode(&token, &BANKS).unwrap();
    assert_eq!((bank.version, answers.company), (CURRENT.version, None));
}

#[test]
fn a_name_that_company_would_refuse_is_refused_in_a_link_too() {
    let slots = first_answers();
    let too_long = "x".repeat(MAX_COMPANY_CHARS + 1);
    for company in [
        &b"\xff\xfe"[..],
        b" Acme",
        b"Acme ",
        b"Ac\nme",
        b"   ",
        too_long.as_bytes(),
    ] {
        let token = forge_v3(FIRST_BANK_ID, CURRENT.version, &slots, company);
        assert_eq!(
            decode(&token, &BANKS),
            Err(LinkError::BadCompany),
            "{company:?}"
        );
    }
    assert_eq!(
        LinkError::BadCompany.to_string(),
        "The link was altered after it was made, so its result cannot be trusted."
    );
}

#[test]
fn a_format_three_token_cut_short_names_the_length_it_needs() {
    let whole = forge_v3(FIRST_BANK_ID, CURRENT.version, &first_answers(), b"");
    let cut = &whole[..20];
    assert_eq!(
        decode(cut, &BANKS),
        Err(LinkError::WrongLength {
            found: 20,
            expected: 24
        })
    );
    // Too short even for the header's tag.
    let header = common::base64url(&[3, CURRENT.version, 0]);
    assert_eq!(
        decode(&header, &BANKS),
        Err(LinkError::WrongLength {
            found: 4,
            expected: 20
        })
    );
}

#[test]
fn the_message_for_another_bank_s_link_says_where_it_opens() {
    assert_eq!(
        LinkError::OtherBank.to_string(),
        "The link was made with a different set of questions from the ones on this page, so its answers cannot be read here. Open it on the site where it was made."
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn every_name_round_trips_with_any_answers(
        choices in prop::collection::vec(0usize..5, CURRENT.question_count()),
        name in "[^\\p{Cc}]{1,40}",
    ) {
        let Ok(company) = Company::new(&name) else { return Ok(()) };
        let mut answers = choices_by_index(&CURRENT, &choices, &[]);
        answers.company = Some(company);
        let token = encode(&CURRENT, &answers);
        prop_assert!(token.len() <= 238);
        prop_assert_eq!(decode(&token, &BANKS).map(|(_, a)| a), Ok(answers));
    }

    #[test]
    fn any_single_character_change_to_a_named_token_is_refused(
        at in 0usize..40,
        replacement in "[A-Za-z0-9_-]",
    ) {
        let token = with_company(&CURRENT, Stage::Aligned, "Northwind Advisory").token;
        let at = at % token.len();
        let mut changed = token.clone();
        changed.replace_range(at..=at, &replacement);
        prop_assume!(changed != token);
        prop_assert!(decode(&changed, &BANKS).is_err());
    }
}
