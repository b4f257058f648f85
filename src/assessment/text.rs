//! The banks' long text: what the questions ask and answer, and what a result says
//! about stages, steps up, areas, moves and facts. It is most of the banks' words and
//! no one needs it before starting, so the assessment's page does not carry it in its
//! program (built with the `lazy-text` feature): it loads it as a file once a visitor
//! starts, and [`Texts::install`] takes it in. Every other build (the comparison page, the
//! exports, native tests) has it built in. The intro and the profile questions stay
//! in the program: they show at once.
//!
//! The file is one header line, `<fingerprint> <count>`, then one line per text, in
//! the order of [`Text`]'s numbers (`build.rs` refuses bank text with a line break).

use super::fingerprint::fingerprint;
use std::fmt;
use std::sync::OnceLock;

// The table (`TEXT`, where the text is built in), its count and its fingerprint, which
// build.rs writes from the banks: here, below the banks that name texts by number.
include!(concat!(env!("OUT_DIR"), "/texts.rs"));

/// One piece of bank text, by its number in the table `build.rs` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text(u16);

impl Text {
    /// What a kept bank has in place of its questions' words, which no screen shows.
    pub const NONE: Text = Text(u16::MAX);

    /// Only the generated banks name texts.
    pub(crate) const fn new(number: u16) -> Text {
        Text(number)
    }

    /// The words. Where the text is loaded as a file, a screen that shows them waits
    /// until it is installed (`ui::bank_text::waits_for`); a debug build that reads them
    /// sooner stops here rather than showing a blank.
    pub fn get(self) -> &'static str {
        debug_assert!(
            self == Text::NONE || TEXTS.ready(),
            "text {} read before the bank text was installed: the screen must wait for it",
            self.0
        );
        TEXTS
            .table()
            .get(usize::from(self.0))
            .copied()
            .unwrap_or("")
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.get())
    }
}

/// Why a text file was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum FileError {
    /// No header of the expected form: not the bank text (an error page, say).
    NotText,
    /// The header names another build's text.
    OtherBuild,
    /// The header is right but the lines are not: cut short or changed on the way.
    Damaged,
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            FileError::NotText => "the file that arrived is not Tandem's text",
            FileError::OtherBuild => "the file that arrived belongs to another version of Tandem",
            FileError::Damaged => "the file arrived damaged or cut short",
        })
    }
}

/// The texts of a text file, in number order, once its header and lines check out.
pub fn read_file(file: &str) -> Result<Vec<&str>, FileError> {
    let (header, body) = file.split_once('\n').ok_or(FileError::NotText)?;
    let (printed, count) = header.split_once(' ').ok_or(FileError::NotText)?;
    let printed = u64::from_str_radix(printed, 16).map_err(|_| FileError::NotText)?;
    let count: usize = count.parse().map_err(|_| FileError::NotText)?;
    if printed != TEXT_FINGERPRINT || count != TEXT_COUNT {
        return Err(FileError::OtherBuild);
    }
    let texts: Vec<&str> = body.split('\n').collect();
    if fingerprint(body.as_bytes()) != printed || texts.len() != count {
        return Err(FileError::Damaged);
    }
    Ok(texts)
}

/// Where a build's texts are: built into its program, or loaded as a file and installed.
/// Both kinds exist in every build, so the native tests hold the loading page's rules
/// too; [`TEXTS`] is the one a build uses.
#[derive(Debug)]
pub enum Texts {
    BuiltIn(&'static [&'static str]),
    /// Empty until a file is installed; the first good file stays.
    Loaded(OnceLock<Vec<&'static str>>),
}

/// This build's texts: built in, except on the page that loads them.
#[cfg(not(feature = "lazy-text"))]
pub static TEXTS: Texts = Texts::BuiltIn(&TEXT);
/// This build's texts: built in, except on the page that loads them.
#[cfg(feature = "lazy-text")]
pub static TEXTS: Texts = Texts::Loaded(OnceLock::new());

impl Texts {
    /// The texts in number order; empty until a file is installed where they load.
    pub fn table(&self) -> &[&'static str] {
        match self {
            Texts::BuiltIn(table) => table,
            Texts::Loaded(loaded) => loaded.get().map_or(&[], Vec::as_slice),
        }
    }

    /// Whether [`Text::get`] gives the words: always where the text is built in, once
    /// a text file is installed where it is loaded.
    pub fn ready(&self) -> bool {
        match self {
            Texts::BuiltIn(_) => true,
            Texts::Loaded(loaded) => loaded.get().is_some(),
        }
    }

    /// Takes in a loaded text file once its header and lines check out (a file for
    /// built-in texts is only checked: its words are here already). The texts live as
    /// long as the page.
    pub fn install(&self, file: String) -> Result<(), FileError> {
        read_file(&file)?;
        if let Texts::Loaded(loaded) = self {
            let file: &'static str = Box::leak(file.into_boxed_str());
            // A second install (two loads racing) keeps the first: both hold the same words.
            let _ = loaded.set(read_file(file).unwrap_or_default());
        }
        Ok(())
    }
}

/// The text file this build's page loads: what `read_file` takes.
#[cfg(not(feature = "lazy-text"))]
pub fn file() -> String {
    let body = TEXT.join("\n");
    format!(
        "{:016x} {}\n{body}",
        fingerprint(body.as_bytes()),
        TEXT_COUNT
    )
}

#[cfg(all(test, not(feature = "lazy-text")))]
mod tests {
    use super::*;

    /// The file with its header's fingerprint and count as given, over `lines`.
    fn file_of(fingerprint_of: &str, count: usize, lines: &str) -> String {
        format!(
            "{:016x} {count}\n{lines}",
            fingerprint(fingerprint_of.as_bytes())
        )
    }

    #[test]
    fn the_file_gives_back_every_text_in_number_order() {
        assert_eq!(read_file(&file()).unwrap(), TEXT);
        assert_eq!(TEXTS.install(file()), Ok(()));
    }

    #[test]
    fn the_header_names_the_build_s_fingerprint_and_count() {
        let file = file();
        let (header, body) = file.split_once('\n').unwrap();
        assert_eq!(header, format!("{TEXT_FINGERPRINT:016x} {TEXT_COUNT}"));
        assert_eq!(fingerprint(body.as_bytes()), TEXT_FINGERPRINT);
    }

    #[test]
    fn each_text_is_stored_once() {
        let mut seen = std::collections::HashSet::new();
        assert!(TEXT.iter().all(|text| seen.insert(text)));
        assert!(TEXT
            .iter()
            .all(|text| !text.is_empty() && !text.contains('\n')));
    }

    #[test]
    fn a_file_changed_or_cut_short_on_the_way_is_damaged() {
        let file = file();
        let changed = file.replacen("the", "thE", 1);
        assert_eq!(read_file(&changed), Err(FileError::Damaged));
        let cut = &file[..file.rfind('\n').unwrap()];
        assert_eq!(read_file(cut), Err(FileError::Damaged));
        let body = TEXT.join("\n");
        let one_line_less = TEXT[..TEXT_COUNT - 1].join("\n");
        let recounted = format!("{TEXT_FINGERPRINT:016x} {TEXT_COUNT}\n{one_line_less}");
        assert_eq!(read_file(&recounted), Err(FileError::Damaged));
        assert_eq!(read_file(&format!("{file}\n")), Err(FileError::Damaged));
        assert_eq!(
            read_file(&file_of(&body, TEXT_COUNT, &one_line_less)),
            Err(FileError::Damaged)
        );
    }

    #[test]
    fn a_file_of_another_build_is_named_as_such() {
        let body = TEXT.join("\n");
        let other = format!("{body}\nA text this build does not have");
        assert_eq!(
            read_file(&file_of(&other, TEXT_COUNT + 1, &other)),
            Err(FileError::OtherBuild)
        );
        assert_eq!(
            read_file(&file_of(&body, TEXT_COUNT + 1, &body)),
            Err(FileError::OtherBuild)
        );
        assert_eq!(
            TEXTS.install(file_of(&other, TEXT_COUNT, &body)),
            Err(FileError::OtherBuild)
        );
    }

    #[test]
    fn anything_else_is_not_the_bank_text() {
        for other in [
            "",
            "<!doctype html><title>Not found</title>",
            "<!doctype html>\n<title>Sign in</title>",
            "cbf29ce484222325\nno count",
            "not-hex 12\nwords",
            "cbf29ce484222325 twelve\nwords",
        ] {
            assert_eq!(read_file(other), Err(FileError::NotText), "{other:?}");
        }
    }

    #[test]
    fn each_refusal_reads_as_a_sentence_part() {
        assert_eq!(
            FileError::NotText.to_string(),
            "the file that arrived is not Tandem's text"
        );
        assert_eq!(
            FileError::OtherBuild.to_string(),
            "the file that arrived belongs to another version of Tandem"
        );
        assert_eq!(
            FileError::Damaged.to_string(),
            "the file arrived damaged or cut short"
        );
    }

    #[test]
    fn a_text_reads_as_its_words() {
        let text = Text::new(3);
        assert_eq!(text.get(), TEXT[3]);
        assert_eq!(text.to_string(), TEXT[3]);
        assert_eq!(Text::NONE.get(), "");
        assert!(TEXTS.ready());
        assert_eq!(TEXTS.table(), TEXT);
    }

    // Issue 30, item 18: the loading page's table, readiness and install were held by
    // no native test (they were built only with `lazy-text`), so a table left empty or
    // wrong, a readiness always true or always false, or an install taking any file
    // survived mutation testing.
    #[test]
    fn lazily_loaded_words_are_empty_and_not_ready_until_a_good_file_is_installed() {
        let texts = Texts::Loaded(OnceLock::new());
        assert!(!texts.ready());
        assert!(texts.table().is_empty());
        assert_eq!(texts.install(file()), Ok(()));
        assert!(texts.ready());
        assert_eq!(texts.table(), TEXT);
    }

    #[test]
    fn lazily_loaded_words_refuse_a_file_that_fails_its_fingerprint_or_count() {
        let texts = Texts::Loaded(OnceLock::new());
        let body = TEXT.join("\n");
        let one_line_less = TEXT[..TEXT_COUNT - 1].join("\n");
        let changed = file().replacen("the", "thE", 1);
        for (bad, error) in [
            (
                "<!doctype html><title>Not found</title>".to_owned(),
                FileError::NotText,
            ),
            (file_of(&body, TEXT_COUNT + 1, &body), FileError::OtherBuild),
            (
                file_of(&one_line_less, TEXT_COUNT, &body),
                FileError::OtherBuild,
            ),
            (changed, FileError::Damaged),
            (
                file_of(&body, TEXT_COUNT, &one_line_less),
                FileError::Damaged,
            ),
        ] {
            assert_eq!(texts.install(bad.clone()), Err(error), "{bad:.40?}");
            assert!(!texts.ready(), "{bad:.40?}");
            assert!(texts.table().is_empty(), "{bad:.40?}");
        }
    }

    #[test]
    fn a_second_install_of_lazily_loaded_words_keeps_the_first() {
        let texts = Texts::Loaded(OnceLock::new());
        assert_eq!(texts.install(file()), Ok(()));
        assert_eq!(texts.install(file()), Ok(()));
        assert_eq!(texts.table(), TEXT);
        assert_eq!(texts.table().len(), TEXT_COUNT);
    }
}
