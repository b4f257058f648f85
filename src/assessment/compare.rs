//! Results side by side: how two or more people see the same teams, where their views
//! differ most and where they agree.
//!
//! The comparison link is `#/compare/1/<part>/<part>…`: `1` is the link's format, and
//! each part is a result token, optionally followed by `.` and a label in base64url of
//! its UTF-8, so any label survives URLs and chat apps. A link reads at most
//! [`MAX_RESULTS`] parts; a label holds at most [`MAX_LABEL_CHARS`] characters and no
//! control characters. Every part opens or fails on its own: a bad token is named and
//! left out, a bad label falls back to the default, and the other parts still show.
//!
//! Results made with different versions of the questions are compared only on the
//! areas both versions ask about (see [`Dimension::matches`]).

use super::bank::{Bank, Dimension};
use super::base64url;
use super::link::{percent_decode, LinkError};
use super::report::Report;
use super::scoring::Share;
use std::fmt;
use std::rc::Rc;

/// The format of comparison links this code writes and reads.
pub const FORMAT: &str = "1";
pub const MAX_RESULTS: usize = 12;
pub const MAX_LABEL_CHARS: usize = 30;
/// Two scores this close (points out of 100) count as agreement: in a three-question
/// area, one answer a stage apart moves a score by 11.
pub const AGREE_WITHIN: u32 = 15;
/// Between a part's token and its label; never part of a token or of base64url.
const LABEL_MARK: char = '.';
/// What chat apps glue to the end of a link, and the label alphabet never contains.
const TRAILING_PUNCTUATION: &[char] = &['.', ',', ';', ':', '!', '?', ')', ']', '>', '"', '\''];
const ORDINALS: [&str; MAX_RESULTS] = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth",
];

/// The letter that marks member `index` everywhere: A, B, C…
pub fn letter(index: usize) -> char {
    (b'A' + index as u8) as char
}

/// One person's result in a comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    pub report: Rc<Report>,
    /// The label given in the link or typed in; `None` shows the default.
    pub label: Option<String>,
}

/// Why a label was not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LabelError {
    /// Not base64url of UTF-8 text, or it holds control characters.
    Unreadable,
    TooLong {
        chars: usize,
    },
}

/// What is wrong with one part of a comparison link, or one pasted link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartError {
    /// The result does not open; the part is left out.
    Token(LinkError),
    /// The result opens, but shows with its default label.
    Label(LabelError),
    /// The same result as part `of` (same token, and not two labels of their own), so
    /// it is left out: the same person counted twice would skew the comparison.
    Duplicate { of: usize },
    /// A web address that is not a link to a Tandem result (it has no `#/…`).
    NotResultLink,
    /// Added to a comparison that already shows the same result.
    AlreadyCompared,
}

/// A part that could not be used as it was, counted from 0 in the order given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub part: usize,
    pub error: PartError,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let nth = ORDINALS.get(self.part).unwrap_or(&"next");
        match &self.error {
            PartError::Token(error) => write!(
                f,
                "The {nth} link {}, so it is left out.",
                TokenFault(error)
            ),
            PartError::Duplicate { of } => write!(
                f,
                "The {nth} link is the same result as the {}, so it is left out.",
                ORDINALS.get(*of).unwrap_or(&"one before")
            ),
            PartError::AlreadyCompared => write!(
                f,
                "The {nth} link is already in this comparison, so it is left out."
            ),
            PartError::NotResultLink => write!(
                f,
                "The {nth} link is not a link to a Tandem result, so it is left out."
            ),
            PartError::Label(error) => {
                let what = match error {
                    LabelError::Unreadable => "could not be read",
                    LabelError::TooLong { .. } => "is too long",
                };
                write!(
                    f,
                    "The {nth} link's label {what} (at most {MAX_LABEL_CHARS} characters of text), so its result shows under its usual name."
                )
            }
        }
    }
}

/// What is wrong with a result token, said after whatever names it ("The second link",
/// "Result 3"): "is cut short", "contains a character result links never use (“~”,
/// character 5)".
pub(crate) struct TokenFault<'a>(pub &'a LinkError);

impl fmt::Display for TokenFault<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let error = self.0;
        let what = match error {
            LinkError::Empty => "is empty",
            LinkError::WrongLength { found, expected } if found < expected => "is cut short",
            LinkError::WrongLength { .. } => "is too long",
            LinkError::BadCharacter { .. } => "contains a character result links never use",
            LinkError::BadChecksum | LinkError::BadCompany => "was altered after it was made",
            LinkError::OtherBank => "was made with a different set of questions",
            LinkError::UnknownFormat(_) | LinkError::UnknownBank(_) => {
                "comes from a version of Tandem this page does not know"
            }
            LinkError::MissingAnswer { .. } => "holds no complete result",
            LinkError::AnswerOutOfRange { .. } | LinkError::ProfileOutOfRange { .. } => {
                "holds an answer that is not one of the choices"
            }
        };
        f.write_str(what)?;
        // Which character, so it can be found and mended.
        if let LinkError::BadCharacter {
            position,
            character,
        } = error
        {
            write!(f, " (“{character}”, character {})", position + 1)?;
        }
        Ok(())
    }
}

/// A comparison link that cannot be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompareError {
    /// Not format 1: made by a version of Tandem this page does not know.
    UnknownFormat,
}

impl fmt::Display for CompareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "The comparison link was made by a version of Tandem that this page does not know.",
        )
    }
}

/// Two or more results, with what the link or paste could not use.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Comparison {
    pub members: Vec<Member>,
    pub problems: Vec<Problem>,
    /// Results given beyond [`MAX_RESULTS`], not read.
    pub left_out: usize,
    pub analysis: Analysis,
}

impl Comparison {
    pub fn new(members: Vec<Member>, problems: Vec<Problem>, left_out: usize) -> Comparison {
        let analysis = Analysis::of(&members);
        Comparison {
            members,
            problems,
            left_out,
            analysis,
        }
    }

    /// Opens the part of a comparison link after `#/compare/`, e.g. `1/AgIA…/AgIB….U2FsZXM`.
    pub fn open(path: &str, banks: &[&'static Bank]) -> Result<Comparison, CompareError> {
        let mut parts = path.split('/');
        if parts.next() != Some(FORMAT) {
            return Err(CompareError::UnknownFormat);
        }
        let mut opened = Opening::new();
        for part in parts.filter(|p| !p.is_empty()) {
            opened.add_part(part, banks);
        }
        Ok(opened.finish())
    }

    /// Opens pasted links, separated by line breaks, spaces or commas (none of which a
    /// link or token holds): result links, bare tokens, or comparison links (each of
    /// whose parts counts as one link).
    pub fn from_pasted(text: &str, banks: &[&'static Bank]) -> Comparison {
        let mut opened = Opening::new();
        opened.read_pasted(text, banks);
        opened.finish()
    }

    /// This comparison with pasted links added (read as [`Comparison::from_pasted`]
    /// reads them) after its members, labels kept, up to [`MAX_RESULTS`] in all; a
    /// result it already shows is named and left out.
    pub fn with_pasted(&self, text: &str, banks: &[&'static Bank]) -> Comparison {
        let shown = self.members.len();
        let mut opened = Opening {
            members: self.members.clone(),
            parts: vec![None; shown],
            room: MAX_RESULTS.saturating_sub(shown),
            ..Opening::new()
        };
        opened.read_pasted(text, banks);
        opened.finish()
    }

    /// The link's part after `#/compare/`: every member's token and its own label.
    pub fn link(&self) -> String {
        let mut path = String::from(FORMAT);
        for member in &self.members {
            path.push('/');
            path.push_str(&member.report.token);
            if let Some(label) = &member.label {
                path.push(LABEL_MARK);
                path.push_str(&base64url::encode(label.as_bytes()));
            }
        }
        path
    }

    /// The bank whose areas and stages the comparison is shown in: the newest of its
    /// members' banks; `None` without members.
    pub fn newest_bank(&self) -> Option<&'static Bank> {
        newest_bank(&self.members)
    }

    /// Something given could not be shown as it was.
    pub fn has_problems(&self) -> bool {
        !self.problems.is_empty() || self.left_out > 0
    }

    /// Says how many results given beyond [`MAX_RESULTS`] were left out, if any.
    pub fn left_out_notice(&self) -> Option<String> {
        match self.left_out {
            0 => None,
            1 => Some(
                "A comparison shows at most 12 results, so the last one given is left out.".into(),
            ),
            n => Some(format!(
                "A comparison shows at most 12 results, so the last {n} given are left out."
            )),
        }
    }

    /// Each member's label: its own, or the respondent's side ("Sales"), numbered where
    /// several share one, or "Result N" where the side was not given.
    pub fn labels(&self) -> Vec<String> {
        let sides: Vec<Option<&str>> = self
            .members
            .iter()
            .map(|m| {
                let report = &m.report;
                report
                    .answers
                    .profile
                    .option(report.bank, "side")
                    .map(|o| o.label)
            })
            .collect();
        self.members
            .iter()
            .zip(&sides)
            .enumerate()
            .map(|(index, (member, side))| {
                if let Some(label) = &member.label {
                    return label.clone();
                }
                let Some(side) = side else {
                    return format!("Result {}", index + 1);
                };
                let same = sides.iter().filter(|s| *s == &Some(*side)).count();
                if same == 1 {
                    return (*side).to_owned();
                }
                let nth = sides[..=index]
                    .iter()
                    .filter(|s| *s == &Some(*side))
                    .count();
                format!("{side} {nth}")
            })
            .collect()
    }

    /// Gives member `index` the label typed in: trimmed, without control characters,
    /// cut to [`MAX_LABEL_CHARS`]; an empty one restores the default.
    pub fn relabel(&mut self, index: usize, text: &str) {
        let printable: String = text.chars().filter(|c| !c.is_control()).collect();
        let cleaned: String = printable.trim().chars().take(MAX_LABEL_CHARS).collect();
        if let Some(member) = self.members.get_mut(index) {
            member.label = Some(cleaned.trim_end().to_owned()).filter(|l| !l.is_empty());
        }
    }
}

/// The comparison link's part after `#/compare/` for results with no labels of their
/// own: what the assessment opens when an invited visitor finishes, without the
/// analysis (which only the comparison page needs).
pub fn link_of(tokens: &[&str]) -> String {
    let mut path = String::from(FORMAT);
    for token in tokens {
        path.push('/');
        path.push_str(token);
    }
    path
}

/// Members and problems gathered part by part.
struct Opening {
    members: Vec<Member>,
    /// The part each member was given as; `None` for a member of the comparison added to.
    parts: Vec<Option<usize>>,
    problems: Vec<Problem>,
    /// Parts given so far, and how many of them are read.
    given: usize,
    room: usize,
}

impl Opening {
    fn new() -> Opening {
        Opening {
            members: Vec::new(),
            parts: Vec::new(),
            problems: Vec::new(),
            given: 0,
            room: MAX_RESULTS,
        }
    }

    /// Pasted links, separated by line breaks, spaces or commas.
    fn read_pasted(&mut self, text: &str, banks: &[&'static Bank]) {
        let pieces = text.split(|c: char| c.is_whitespace() || c == ',');
        for piece in pieces.filter(|p| !p.is_empty()) {
            let piece = percent_decode(piece);
            match piece.split_once("/compare/") {
                Some((_, path)) => {
                    let mut parts = path.split('/');
                    if parts.next() == Some(FORMAT) {
                        for part in parts.filter(|p| !p.is_empty()) {
                            self.add_part(part, banks);
                        }
                    } else {
                        // Counted as one link, refused like a token of an unknown format.
                        self.add(Err(PartError::Token(LinkError::UnknownFormat(0))), None);
                    }
                }
                // An address without a fragment (`https://…`, `example.com/…`): a
                // page's, not a result's. A token has neither `:` nor `/`.
                None if !piece.contains('#') && piece.bytes().any(|b| b == b':' || b == b'/') => {
                    self.add(Err(PartError::NotResultLink), None);
                }
                None => {
                    let token = piece.trim_end_matches('/').rsplit('/').next().unwrap_or("");
                    let report = Report::from_token(token, banks).map_err(PartError::Token);
                    self.add(report, None);
                }
            }
        }
    }

    /// One part of a comparison link: a token, then optionally its label.
    fn add_part(&mut self, part: &str, banks: &[&'static Bank]) {
        let (token, label) = match part.split_once(LABEL_MARK) {
            Some((token, label)) => (token, Some(label)),
            None => (part, None),
        };
        let label = label.map(|l| decode_label(l.trim_end_matches(TRAILING_PUNCTUATION)));
        let report = Report::from_token(token, banks).map_err(PartError::Token);
        self.add(report, label);
    }

    fn add(
        &mut self,
        report: Result<Report, PartError>,
        label: Option<Result<Option<String>, LabelError>>,
    ) {
        let part = self.given;
        self.given += 1;
        if part >= self.room {
            return;
        }
        let report = match report {
            Ok(report) => report,
            Err(error) => return self.problems.push(Problem { part, error }),
        };
        let (label, label_error) = match label {
            Some(Err(error)) => (None, Some(error)),
            Some(Ok(label)) => (label, None),
            None => (None, None),
        };
        // The same result again is the same person, unless each copy has a label of its own.
        let same = self.members.iter().position(|m| {
            m.report.token == report.token
                && !matches!((&m.label, &label), (Some(a), Some(b)) if a != b)
        });
        if let Some(first) = same {
            let error = match self.parts[first] {
                Some(of) => PartError::Duplicate { of },
                None => PartError::AlreadyCompared,
            };
            return self.problems.push(Problem { part, error });
        }
        if let Some(error) = label_error {
            let error = PartError::Label(error);
            self.problems.push(Problem { part, error });
        }
        self.members.push(Member {
            report: Rc::new(report),
            label,
        });
        self.parts.push(Some(part));
    }

    fn finish(self) -> Comparison {
        let left_out = self.given.saturating_sub(self.room);
        Comparison::new(self.members, self.problems, left_out)
    }
}

/// A label from its base64url form: `None` when empty or only spaces.
fn decode_label(encoded: &str) -> Result<Option<String>, LabelError> {
    let bytes = base64url::decode(encoded).map_err(|_| LabelError::Unreadable)?;
    let text = String::from_utf8(bytes).map_err(|_| LabelError::Unreadable)?;
    parse_label(&text)
}

/// A label as given in a link or a file: trimmed, `None` when nothing is left; refused
/// with a control character or over [`MAX_LABEL_CHARS`].
pub fn parse_label(text: &str) -> Result<Option<String>, LabelError> {
    if text.chars().any(char::is_control) {
        return Err(LabelError::Unreadable);
    }
    let label = text.trim();
    let chars = label.chars().count();
    if chars > MAX_LABEL_CHARS {
        return Err(LabelError::TooLong { chars });
    }
    Ok(Some(label.to_owned()).filter(|l| !l.is_empty()))
}

/// One area as every member scored it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Area {
    /// The area as the newest of the members' banks has it.
    pub dimension: &'static Dimension,
    /// Each member's score in whole percent, in member order; `None` for "not enough
    /// answers".
    pub scores: Vec<Option<u32>>,
}

impl Area {
    /// The lowest and highest score, when at least two members have one.
    pub fn range(&self) -> Option<(u32, u32)> {
        let scored = || self.scores.iter().flatten().copied();
        (scored().count() >= 2).then(|| (scored().min().unwrap_or(0), scored().max().unwrap_or(0)))
    }

    /// How far apart the views are: highest less lowest.
    pub fn spread(&self) -> Option<u32> {
        self.range().map(|(low, high)| high - low)
    }

    /// The members with this score, in member order.
    pub fn members_at(&self, score: u32) -> Vec<usize> {
        let at = self.scores.iter().enumerate();
        at.filter(|(_, s)| **s == Some(score))
            .map(|(i, _)| i)
            .collect()
    }
}

/// What a comparison finds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Analysis {
    /// The areas every member's bank asks about, in the newest bank's order.
    pub areas: Vec<Area>,
    /// Areas (indices into `areas`) whose views differ by more than [`AGREE_WITHIN`],
    /// largest difference first; equal ones in area order.
    pub gaps: Vec<usize>,
    /// Areas whose views are within [`AGREE_WITHIN`] of each other.
    pub agreements: Vec<usize>,
    /// Areas fewer than two members had enough answers to score.
    pub uncompared: Vec<usize>,
    /// With three or more results: the mean of their positions on the curve.
    pub group_position: Option<Share>,
    /// The results come from more than one version of the questions.
    pub mixed_versions: bool,
    /// Areas of the newest bank left out because another version does not ask them.
    pub unshared: Vec<&'static Dimension>,
}

fn newest_bank(members: &[Member]) -> Option<&'static Bank> {
    members
        .iter()
        .map(|m| m.report.bank)
        .max_by_key(|b| b.version)
}

impl Analysis {
    pub fn of(members: &[Member]) -> Analysis {
        let newest = newest_bank(members);
        let mixed_versions = members
            .iter()
            .any(|m| newest.is_some_and(|n| m.report.bank.version != n.version));
        let (mut areas, mut unshared) = (Vec::new(), Vec::new());
        for dimension in newest.map_or(&[][..], |b| b.dimensions) {
            let scores: Option<Vec<Option<u32>>> = members
                .iter()
                .map(|m| {
                    let own = m
                        .report
                        .bank
                        .dimensions
                        .iter()
                        .position(|d| d.matches(dimension))?;
                    Some(m.report.scores.dimensions[own].share.map(Share::percent))
                })
                .collect();
            match scores {
                Some(scores) => areas.push(Area { dimension, scores }),
                None => unshared.push(dimension),
            }
        }
        let with_spread = |wanted: &dyn Fn(Option<u32>) -> bool| -> Vec<usize> {
            (0..areas.len())
                .filter(|&i| wanted(areas[i].spread()))
                .collect()
        };
        // Largest first, ties in area order: one pass per possible spread, which is
        // less code than a sort.
        let gaps = (AGREE_WITHIN + 1..=100)
            .rev()
            .flat_map(|spread| with_spread(&|s| s == Some(spread)))
            .collect();
        let agreements = with_spread(&|s| s.is_some_and(|s| s <= AGREE_WITHIN));
        let uncompared = with_spread(&|s| s.is_none());
        let group_position = (members.len() >= 3)
            .then(|| {
                Share::mean(
                    members
                        .iter()
                        .filter_map(|m| Some(m.report.placement.as_ref()?.position)),
                )
            })
            .flatten();
        Analysis {
            areas,
            gaps,
            agreements,
            uncompared,
            group_position,
            mixed_versions,
            unshared,
        }
    }
}
