//! The result token: every answer of one questionnaire in a short, URL-safe string
//! that reopens exactly that result on any machine.
//!
//! As bytes before base64url (format 3; a result of Tandem's own bank without a
//! company's name keeps the shorter format 1 or 2 it always had, see `docs/formats.md`):
//!
//! | bytes | meaning |
//! |---|---|
//! | 1 | format: 3 |
//! | 1 | bank version the answers were given to |
//! | 3 | the bank's tag: the top 24 bits of FNV-1a-64 of its id |
//! | ⌈3(p+n)/8⌉ | 3-bit slots, most significant bit first; unused low bits are 0: first one per profile question: 0 = not given, k = option k; then one per question: 0 = unanswered, 1–4 = answer position + 1, 5 = "not sure" |
//! | 0–160 | the company's name as UTF-8, when the visitor chose to keep it |
//! | 2 | CRC-16/CCITT-FALSE of all bytes before it, big-endian |
//!
//! Four profile questions and 24 questions make 18 bytes, 24 characters, without a
//! company's name. Slots leave room for "unanswered", so stored progress uses the same
//! encoding (see `progress`).

use super::answers::{Answers, Choice, Draft, Profile};
use super::bank::Bank;
use super::base64url::{self, DecodeError};
use super::company::{Company, MAX_COMPANY_BYTES};
use super::fingerprint::fingerprint;
use std::borrow::Cow;
use std::fmt;

/// Formats 1 (banks without a profile) and 2 (with one) came before banks had ids: their
/// tokens belong to Tandem's own bank, and still open wherever it is built.
const FORMAT_WITHOUT_PROFILE: u8 = 1;
const FORMAT_WITH_PROFILE: u8 = 2;
/// Names its bank and may carry the company's name: the format of every token that
/// formats 1 and 2 cannot hold (another bank's, or one with a company's name).
const FORMAT_WITH_BANK_ID: u8 = 3;
/// The bank of every format-1 and format-2 token.
pub const FIRST_BANK_ID: &str = "tandem";
const SLOT_BITS: usize = 3;
const NOT_SURE_SLOT: u8 = 5;
const LEGACY_HEADER_BYTES: usize = 2;
const TAG_BYTES: usize = 3;
const HEADER_BYTES: usize = 2 + TAG_BYTES;
const CHECKSUM_BYTES: usize = 2;

/// Every way a token can fail to open, each explained in the visitor's terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError {
    Empty,
    BadCharacter {
        position: usize,
        character: char,
    },
    WrongLength {
        found: usize,
        expected: usize,
    },
    UnknownFormat(u8),
    UnknownBank(u8),
    /// Made with another bank (another id) than any this page has.
    OtherBank,
    BadChecksum,
    /// The checksum holds, but the company's name is not a name.
    BadCompany,
    MissingAnswer {
        question: usize,
    },
    AnswerOutOfRange {
        question: usize,
    },
    ProfileOutOfRange {
        question: usize,
    },
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
            LinkError::OtherBank => write!(
                f,
                "The link was made with a different set of questions from the ones on this page, so its answers cannot be read here. Open it on the site where it was made."
            ),
            LinkError::BadChecksum | LinkError::BadCompany => write!(
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
    encode_slots(bank, &answers.to_draft(), answers.company.as_ref())
}

/// Opens a result token made with any of `banks`.
pub fn decode(token: &str, banks: &[&'static Bank]) -> Result<(&'static Bank, Answers), LinkError> {
    let (bank, draft, company) = decode_slots(token, banks)?;
    match draft.first_unanswered() {
        Some(question) => Err(LinkError::MissingAnswer { question }),
        None => {
            let mut answers = draft.complete().expect("no unanswered slot");
            answers.company = company;
            Ok((bank, answers))
        }
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
pub(crate) fn encode_slots(bank: &Bank, draft: &Draft, company: Option<&Company>) -> String {
    let mut bytes = match (bank.id, company) {
        (FIRST_BANK_ID, None) => vec![legacy_format_of(bank), bank.version],
        _ => [
            [FORMAT_WITH_BANK_ID, bank.version].as_slice(),
            &tag(bank.id),
        ]
        .concat(),
    };
    let profile = draft.profile.slots().iter().map(|o| o.map_or(0, |o| o + 1));
    let questions = draft.slots().iter().map(|slot| match slot {
        None => 0,
        Some(Choice::NotSure) => NOT_SURE_SLOT,
        Some(Choice::Answer(position)) => position + 1,
    });
    bytes.extend(pack(&profile.chain(questions).collect::<Vec<_>>()));
    bytes.extend(company.map_or(&[][..], |c| c.as_str().as_bytes()));
    let checksum = crc16(&bytes);
    bytes.extend(checksum.to_be_bytes());
    base64url::encode(&bytes)
}

/// The three bytes that name bank `id` in a token. Two ids share a tag once in about
/// 16.7 million pairs; a link would then also need the same version and length, and its
/// checksum, to open against the wrong questions.
pub fn tag(id: &str) -> [u8; TAG_BYTES] {
    let [a, b, c, ..] = fingerprint(id.as_bytes()).to_be_bytes();
    [a, b, c]
}

/// The format a bank's tokens had before format 3.
fn legacy_format_of(bank: &Bank) -> u8 {
    if bank.profile.is_empty() {
        FORMAT_WITHOUT_PROFILE
    } else {
        FORMAT_WITH_PROFILE
    }
}

/// The longest token any of `banks` makes: the newest version's, with the longest name.
fn longest_token(banks: &[&'static Bank]) -> usize {
    banks.last().map_or(0, |bank| {
        encoded_length(HEADER_BYTES + slot_bytes(bank) + MAX_COMPANY_BYTES + CHECKSUM_BYTES)
    })
}

/// Decodes slots, unanswered ones included, and the company's name (shared with stored
/// progress).
pub(crate) fn decode_slots(
    token: &str,
    banks: &[&'static Bank],
) -> Result<(&'static Bank, Draft, Option<Company>), LinkError> {
    if token.is_empty() {
        return Err(LinkError::Empty);
    }
    let found = token.chars().count();
    let newest = banks.last().map_or(0, |bank| token_length(bank));
    let too_long = || LinkError::WrongLength {
        found,
        expected: newest,
    };
    // Longer than any token of these banks can be: too long, whatever it starts with.
    if found > longest_token(banks) {
        return Err(too_long());
    }
    let bytes = base64url::decode(token).map_err(|e| match e {
        DecodeError::BadCharacter {
            position,
            character,
        } => LinkError::BadCharacter {
            position,
            character,
        },
        DecodeError::BadLength => too_long(),
    })?;
    let (bank, header) = bank_of(&bytes, banks).ok_or(too_long())??;
    let fixed = header + slot_bytes(bank) + CHECKSUM_BYTES;
    let names_company = header == HEADER_BYTES;
    if bytes.len() < fixed || (!names_company && bytes.len() > fixed) {
        return Err(LinkError::WrongLength {
            found,
            expected: encoded_length(fixed),
        });
    }
    let (body, checksum) = bytes.split_at(bytes.len() - CHECKSUM_BYTES);
    if checksum != crc16(body).to_be_bytes() {
        return Err(LinkError::BadChecksum);
    }
    let (packed, company) = body[header..].split_at(slot_bytes(bank));
    if !padding_is_clear(packed, slot_count(bank)) {
        return Err(LinkError::BadChecksum);
    }
    let draft = draft_of(bank, packed)?;
    Ok((bank, draft, company_of(company)?))
}

/// The bank a token's bytes name among `banks`, and the length of its header; `None`
/// when the bytes are too short to hold a header.
fn bank_of(
    bytes: &[u8],
    banks: &[&'static Bank],
) -> Option<Result<(&'static Bank, usize), LinkError>> {
    let [format, version, ..] = bytes[..] else {
        return None;
    };
    let named = match format {
        FORMAT_WITHOUT_PROFILE | FORMAT_WITH_PROFILE => None,
        FORMAT_WITH_BANK_ID => Some(bytes.get(2..HEADER_BYTES)?),
        _ => return Some(Err(LinkError::UnknownFormat(format))),
    };
    let same_bank = |bank: &&Bank| match named {
        Some(named) => tag(bank.id) == named,
        None => bank.id == FIRST_BANK_ID,
    };
    if !banks.iter().any(same_bank) {
        return Some(Err(LinkError::OtherBank));
    }
    let Some(&bank) = banks.iter().find(|b| same_bank(b) && b.version == version) else {
        return Some(Err(LinkError::UnknownBank(version)));
    };
    Some(match named {
        Some(_) => Ok((bank, HEADER_BYTES)),
        None if format == legacy_format_of(bank) => Ok((bank, LEGACY_HEADER_BYTES)),
        None => Err(LinkError::UnknownFormat(format)),
    })
}

/// Reads the profile and the answers from the packed slots.
fn draft_of(bank: &Bank, packed: &[u8]) -> Result<Draft, LinkError> {
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
    Ok(Draft::from_slots(choices, Profile::from_slots(profile)))
}

/// The company's name after the slots: none, or exactly a name as [`Company`] keeps it.
/// (UTF-8 is checked by the lossy decoder the page has anyway: it borrows only valid text.)
fn company_of(bytes: &[u8]) -> Result<Option<Company>, LinkError> {
    if bytes.is_empty() {
        return Ok(None);
    }
    let Cow::Borrowed(text) = String::from_utf8_lossy(bytes) else {
        return Err(LinkError::BadCompany);
    };
    match Company::new(text) {
        Ok(company) if company.as_str() == text => Ok(Some(company)),
        _ => Err(LinkError::BadCompany),
    }
}

/// Slots in a token of `bank`: its profile questions, then its questions.
fn slot_count(bank: &Bank) -> usize {
    bank.profile.len() + bank.question_count()
}

/// Characters in a token of `bank` without a company's name.
pub fn token_length(bank: &Bank) -> usize {
    encoded_length(header_bytes(bank) + slot_bytes(bank) + CHECKSUM_BYTES)
}

/// The header of `bank`'s tokens without a company's name.
fn header_bytes(bank: &Bank) -> usize {
    if bank.id == FIRST_BANK_ID {
        LEGACY_HEADER_BYTES
    } else {
        HEADER_BYTES
    }
}

/// Bytes of packed slots in a token of `bank`.
fn slot_bytes(bank: &Bank) -> usize {
    (slot_count(bank) * SLOT_BITS).div_ceil(8)
}

/// Characters of unpadded base64url for `bytes` bytes.
fn encoded_length(bytes: usize) -> usize {
    (bytes * 8).div_ceil(6)
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
    fn twenty_eight_slots_take_twenty_characters_and_twenty_four_with_a_bank_id() {
        assert_eq!(
            encoded_length(LEGACY_HEADER_BYTES + 11 + CHECKSUM_BYTES),
            20
        );
        assert_eq!(encoded_length(HEADER_BYTES + 11 + CHECKSUM_BYTES), 24);
    }

    #[test]
    fn tags_are_the_top_of_the_id_s_fingerprint() {
        // FNV-1a-64 of "a" is 0xaf63dc4c8601ec8c (fingerprint.rs holds the vectors).
        assert_eq!(tag("a"), [0xaf, 0x63, 0xdc]);
        assert_ne!(tag(FIRST_BANK_ID), tag("northwind-sales-cs"));
    }
}
