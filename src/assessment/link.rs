//! The result token: every answer of one questionnaire in a short, URL-safe string
//! that reopens exactly that result on any machine.
//!
//! As bytes before base64url:
//!
//! | bytes | meaning |
//! |---|---|
//! | 1 | format version: 1 for banks without a profile (version 1), 2 for banks with one |
//! | 1 | bank version the answers were given to |
//! | ⌈3(p+n)/8⌉ | 3-bit slots, most significant bit first; unused low bits are 0: first one per profile question (format 2 only): 0 = not given, k = option k; then one per question: 0 = unanswered, 1–4 = answer position + 1, 5 = "not sure" |
//! | 2 | CRC-16/CCITT-FALSE of all bytes before it, big-endian |
//!
//! Twenty questions make 12 bytes, 16 characters; four profile questions and 24
//! questions make 15 bytes, 20 characters. Slots leave room for "unanswered", so
//! stored progress uses the same encoding (see `progress`).

use super::answers::{Answers, Choice, Draft, Profile};
use super::bank::Bank;
use super::base64url::{self, DecodeError};
use std::fmt;

/// Tokens of banks without a profile, which keep the format they were published in.
const FORMAT_WITHOUT_PROFILE: u8 = 1;
const FORMAT_WITH_PROFILE: u8 = 2;
const SLOT_BITS: usize = 3;
const NOT_SURE_SLOT: u8 = 5;
const HEADER_BYTES: usize = 2;
const CHECKSUM_BYTES: usize = 2;

/// Every way a token can fail to open, each explained in the visitor's terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    Empty,
    BadCharacter { position: usize, character: char },
    WrongLength { found: usize, expected: usize },
    UnknownFormat(u8),
    UnknownBank(u8),
    BadChecksum,
    MissingAnswer { question: usize },
    AnswerOutOfRange { question: usize },
    ProfileOutOfRange { question: usize },
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::Empty => write!(f, "The link ends where the result should begin, so there is nothing to show."),
            LinkError::BadCharacter { position, character } => write!(
                f,
                "The link contains “{character}” (character {}), which result links never use. It may have been changed when it was pasted.",
                position + 1
            ),
            LinkError::WrongLength { found, expected } => write!(
                f,
                "The result part of the link has {found} characters where {expected} were expected. Part of it may have been lost when it was copied."
            ),
            LinkError::UnknownFormat(_) | LinkError::UnknownBank(_) => write!(
                f,
                "The link was made by a version of Tandem that this page does not know."
            ),
            LinkError::BadChecksum => write!(
                f,
                "The link was altered after it was made, so its result cannot be trusted."
            ),
            LinkError::MissingAnswer { question } => write!(
                f,
                "The link has no answer for question {}, so it holds no complete result.",
                question + 1
            ),
            LinkError::AnswerOutOfRange { question } => write!(
                f,
                "The link's answer to question {} is not one of the choices.",
                question + 1
            ),
            LinkError::ProfileOutOfRange { question } => write!(
                f,
                "The link's answer {} about the respondent is not one of the choices.",
                question + 1
            ),
        }
    }
}

/// The token for a complete set of answers.
pub fn encode(bank: &Bank, answers: &Answers) -> String {
    encode_slots(bank, &answers.to_draft())
}

/// Opens a result token made with any of `banks`.
pub fn decode(token: &str, banks: &[&'static Bank]) -> Result<(&'static Bank, Answers), LinkError> {
    let (bank, draft) = decode_slots(token, banks)?;
    match draft.first_unanswered() {
        Some(question) => Err(LinkError::MissingAnswer { question }),
        None => Ok((bank, draft.complete().expect("no unanswered slot"))),
    }
}

/// Opens a token as people paste it. When the exact text does not open, it tries
/// again without the usual damage: percent-escapes, whitespace or line breaks inside,
/// and punctuation that chat apps glue to the end. The checksum makes a repaired token
/// as trustworthy as an intact one; if no repair opens, the exact text's error stands.
pub fn decode_pasted(
    text: &str,
    banks: &[&'static Bank],
) -> Result<(&'static Bank, Answers), LinkError> {
    decode(text, banks).or_else(|error| {
        let repaired = repair(text);
        if repaired == text {
            Err(error)
        } else {
            decode(&repaired, banks).map_err(|_| error)
        }
    })
}

/// The token characters of `text` once escapes and whitespace are gone, cut at the
/// first character a token never contains.
fn repair(text: &str) -> String {
    let unescaped = percent_decode(text);
    let compact = unescaped.chars().filter(|c| !c.is_whitespace());
    compact
        .take_while(|&c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        .collect()
}

/// Decodes `%XX` escapes; anything that is not a valid escape stays as it is.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| text.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Encodes answered and unanswered slots alike (shared with stored progress).
pub(crate) fn encode_slots(bank: &Bank, draft: &Draft) -> String {
    let mut bytes = vec![format_of(bank), bank.version];
    let profile = draft.profile.slots().iter().map(|o| o.map_or(0, |o| o + 1));
    let questions = draft.slots().iter().map(|slot| match slot {
        None => 0,
        Some(Choice::NotSure) => NOT_SURE_SLOT,
        Some(Choice::Answer(position)) => position + 1,
    });
    bytes.extend(pack(&profile.chain(questions).collect::<Vec<_>>()));
    let checksum = crc16(&bytes);
    bytes.extend(checksum.to_be_bytes());
    base64url::encode(&bytes)
}

fn format_of(bank: &Bank) -> u8 {
    if bank.profile.is_empty() {
        FORMAT_WITHOUT_PROFILE
    } else {
        FORMAT_WITH_PROFILE
    }
}

/// Decodes slots, unanswered ones included (shared with stored progress).
pub(crate) fn decode_slots(
    token: &str,
    banks: &[&'static Bank],
) -> Result<(&'static Bank, Draft), LinkError> {
    if token.is_empty() {
        return Err(LinkError::Empty);
    }
    let found = token.chars().count();
    let expected_for = |bank: &Bank| token_length(slot_count(bank));
    let fallback_expected = banks.last().map_or(0, |b| expected_for(b));
    // Far longer than the newest version's token: too long, whatever it starts with (a
    // newer version's token would not be twice as long).
    if found > 2 * fallback_expected {
        return Err(LinkError::WrongLength {
            found,
            expected: fallback_expected,
        });
    }
    let bytes = base64url::decode(token).map_err(|e| match e {
        DecodeError::BadCharacter {
            position,
            character,
        } => LinkError::BadCharacter {
            position,
            character,
        },
        DecodeError::BadLength => LinkError::WrongLength {
            found,
            expected: fallback_expected,
        },
    })?;
    let [format, version, ..] = bytes[..] else {
        return Err(LinkError::WrongLength {
            found,
            expected: fallback_expected,
        });
    };
    if ![FORMAT_WITHOUT_PROFILE, FORMAT_WITH_PROFILE].contains(&format) {
        return Err(LinkError::UnknownFormat(format));
    }
    let bank = *banks
        .iter()
        .find(|b| b.version == version)
        .ok_or(LinkError::UnknownBank(version))?;
    if format != format_of(bank) {
        return Err(LinkError::UnknownFormat(format));
    }
    if bytes.len() != byte_length(slot_count(bank)) {
        return Err(LinkError::WrongLength {
            found,
            expected: expected_for(bank),
        });
    }
    let (body, checksum) = bytes.split_at(bytes.len() - CHECKSUM_BYTES);
    if checksum != crc16(body).to_be_bytes() {
        return Err(LinkError::BadChecksum);
    }
    let packed = &body[HEADER_BYTES..];
    if !padding_is_clear(packed, slot_count(bank)) {
        return Err(LinkError::BadChecksum);
    }
    let profile = bank
        .profile
        .iter()
        .enumerate()
        .map(|(index, question)| match slot(packed, index) {
            0 => Ok(None),
            value if usize::from(value) <= question.options.len() => Ok(Some(value - 1)),
            _ => Err(LinkError::ProfileOutOfRange { question: index }),
        })
        .collect::<Result<Vec<_>, _>>()?;
    let offset = bank.profile.len();
    let choices = bank
        .questions
        .iter()
        .enumerate()
        .map(|(index, question)| match slot(packed, offset + index) {
            0 => Ok(None),
            NOT_SURE_SLOT if bank.not_sure.is_some() => Ok(Some(Choice::NotSure)),
            value => Choice::new(usize::from(value) - 1, question)
                .map(Some)
                .ok_or(LinkError::AnswerOutOfRange { question: index }),
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok((
        bank,
        Draft::from_slots(choices, Profile::from_slots(profile)),
    ))
}

/// Slots in a token of `bank`: its profile questions, then its questions.
fn slot_count(bank: &Bank) -> usize {
    bank.profile.len() + bank.question_count()
}

/// Characters in a token with `slots` slots (profile questions plus questions).
pub fn token_length(slots: usize) -> usize {
    (byte_length(slots) * 8).div_ceil(6)
}

fn byte_length(slots: usize) -> usize {
    HEADER_BYTES + (slots * SLOT_BITS).div_ceil(8) + CHECKSUM_BYTES
}

fn pack(values: &[u8]) -> Vec<u8> {
    let mut packed = vec![0u8; (values.len() * SLOT_BITS).div_ceil(8)];
    for (index, &value) in values.iter().enumerate() {
        for bit in 0..SLOT_BITS {
            if value >> (SLOT_BITS - 1 - bit) & 1 == 1 {
                let at = index * SLOT_BITS + bit;
                packed[at / 8] |= 0x80 >> (at % 8);
            }
        }
    }
    packed
}

fn slot(packed: &[u8], index: usize) -> u8 {
    (0..SLOT_BITS).fold(0, |value, bit| {
        let at = index * SLOT_BITS + bit;
        value << 1 | (packed[at / 8] >> (7 - at % 8) & 1)
    })
}

fn padding_is_clear(packed: &[u8], slots: usize) -> bool {
    let used = slots * SLOT_BITS;
    (used..packed.len() * 8).all(|at| packed[at / 8] >> (7 - at % 8) & 1 == 0)
}

/// CRC-16/CCITT-FALSE: polynomial 0x1021, initial value 0xFFFF.
fn crc16(bytes: &[u8]) -> u16 {
    bytes.iter().fold(0xFFFF, |crc, &byte| {
        (0..8).fold(crc ^ u16::from(byte) << 8, |crc, _| {
            if crc & 0x8000 != 0 {
                crc << 1 ^ 0x1021
            } else {
                crc << 1
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_escapes_are_decoded_and_broken_ones_kept() {
        assert_eq!(percent_decode("a%20b%0Ac"), "a b\nc");
        assert_eq!(percent_decode("%2Fr%2F"), "/r/");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%C3%A9"), "é");
    }

    #[test]
    fn repair_keeps_only_the_token() {
        assert_eq!(repair("AQE kkk\nkkk"), "AQEkkkkkk");
        assert_eq!(repair("AQEkkk)."), "AQEkkk");
        assert_eq!(repair("AQE%20kkk%0A"), "AQEkkk");
        assert_eq!(repair("AQE%22"), "AQE");
    }

    #[test]
    fn crc_matches_the_standard_check_value() {
        assert_eq!(crc16(b"123456789"), 0x29B1);
    }

    #[test]
    fn slots_pack_most_significant_bit_first() {
        assert_eq!(pack(&[1, 7, 0]), vec![0b0011_1100, 0]);
        let packed = pack(&[4, 2, 3, 1]);
        assert_eq!(
            (0..4).map(|i| slot(&packed, i)).collect::<Vec<_>>(),
            vec![4, 2, 3, 1]
        );
    }

    #[test]
    fn twenty_questions_fit_in_sixteen_characters() {
        assert_eq!(token_length(20), 16);
        assert_eq!(token_length(4 + 24), 20);
    }
}
