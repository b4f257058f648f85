//! Helpers shared by the native and browser tests: build answers from stage patterns.
// Each test crate compiles its own copy and uses only some of the helpers.
#![allow(dead_code)]

use tandem::assessment::answers::{Answers, Choice, Draft};
use tandem::assessment::bank::Bank;
use tandem::assessment::stage::Stage;

/// Answers choosing, for every question, the answer that describes `stages[i]`.
pub fn answers_at(bank: &Bank, stages: &[Stage]) -> Answers {
    let mut draft = Draft::empty(bank);
    for (index, (question, stage)) in bank.questions.iter().zip(stages).enumerate() {
        let position = question
            .answers
            .iter()
            .position(|a| a.stage == *stage)
            .expect("one answer per stage");
        draft.set(index, Choice::new(position, question).unwrap());
    }
    draft.complete().expect("a stage for every question")
}

/// Answers choosing the same display position for every question.
pub fn answers_by_position(bank: &Bank, positions: &[usize]) -> Answers {
    let mut draft = Draft::empty(bank);
    for (index, (question, &position)) in bank.questions.iter().zip(positions).enumerate() {
        draft.set(index, Choice::new(position, question).unwrap());
    }
    draft.complete().expect("a position for every question")
}

/// Answers choosing, for every question, the choice at `choices[i]` among the answers
/// in display order and then "not sure"; and the profile options given (missing or
/// out-of-range ones stay unanswered).
pub fn choices_by_index(bank: &Bank, choices: &[usize], profile: &[Option<usize>]) -> Answers {
    let mut draft = Draft::empty(bank);
    for (index, (question, &choice)) in bank.questions.iter().zip(choices).enumerate() {
        let choice = Choice::new(choice, question)
            .or_else(|| Choice::not_sure(bank))
            .expect("a choice the bank offers");
        draft.set(index, choice);
    }
    for (index, option) in profile.iter().enumerate() {
        draft.profile.set(bank, index, *option);
    }
    draft.complete().expect("a choice for every question")
}

/// A stage per question: `first` for the questions of the first dimension, `rest` for
/// all others (a result held back by one weak area).
pub fn first_area_at(bank: &Bank, first: Stage, rest: Stage) -> Vec<Stage> {
    bank.questions
        .iter()
        .map(|q| if q.dimension == 0 { first } else { rest })
        .collect()
}

/// Builds a token from raw bytes with a correct checksum, to reach the checks after it.
pub fn forge(bytes: &[u8]) -> String {
    let crc = bytes.iter().fold(0xFFFFu16, |crc, &byte| {
        (0..8).fold(crc ^ u16::from(byte) << 8, |crc, _| {
            if crc & 0x8000 != 0 {
                crc << 1 ^ 0x1021
            } else {
                crc << 1
            }
        })
    });
    let mut all = bytes.to_vec();
    all.extend(crc.to_be_bytes());
    base64url(&all)
}

/// Unpadded base64url (RFC 4648 §5), bit by bit: written apart from the code under
/// test, so the tests do not trust it.
pub fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let bits: Vec<u8> = bytes
        .iter()
        .flat_map(|b| (0..8).rev().map(move |i| b >> i & 1))
        .collect();
    bits.chunks(6)
        .map(|c| {
            let v = c
                .iter()
                .chain(std::iter::repeat(&0))
                .take(6)
                .fold(0, |acc, &b| acc << 1 | b);
            ALPHABET[v as usize] as char
        })
        .collect()
}

/// The bytes of an unpadded base64url text: the inverse of [`base64url`], bit by bit
/// (leftover bits at the end are dropped). Panics on a character outside the alphabet.
pub fn base64url_decode(text: &str) -> Vec<u8> {
    const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let bits: Vec<u8> = text
        .chars()
        .map(|c| ALPHABET.find(c).expect("a base64url character") as u8)
        .flat_map(|v| (0..6).rev().map(move |i| v >> i & 1))
        .collect();
    bits.chunks_exact(8)
        .map(|byte| byte.iter().fold(0, |acc, &b| acc << 1 | b))
        .collect()
}

/// Packs 3-bit slots most significant bit first, as the codec does.
pub fn pack_slots(slots: &[u8]) -> Vec<u8> {
    let mut bits: Vec<u8> = slots
        .iter()
        .flat_map(|value| (0..3).rev().map(move |i| value >> i & 1))
        .collect();
    while bits.len() % 8 != 0 {
        bits.push(0);
    }
    bits.chunks(8)
        .map(|c| c.iter().fold(0, |acc, &b| acc << 1 | b))
        .collect()
}

/// A copy of `bank` to change a field of, as another build's bank would differ.
pub fn copy_of(bank: &'static Bank) -> Bank {
    Bank {
        id: bank.id,
        version: bank.version,
        scoring: bank.scoring,
        stages: [0, 1, 2, 3].map(|i| tandem::assessment::bank::StageText { ..bank.stages[i] }),
        transitions: [0, 1, 2].map(|i| tandem::assessment::bank::Transition {
            ..bank.transitions[i]
        }),
        staying: bank.staying,
        dimensions: bank.dimensions,
        questions: bank.questions,
        facts: bank.facts,
        scoring_rule: bank.scoring_rule,
        not_sure: bank.not_sure,
        intro_lead: bank.intro_lead,
        profile: bank.profile,
    }
}
