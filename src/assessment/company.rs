//! The company a result is for: a name the visitor may type before printing, shown on
//! the printed page and the picture, and carried by the result link only if they choose.

use std::fmt;

/// Long enough for a company's usual name, short enough for a picture's header line.
pub const MAX_COMPANY_CHARS: usize = 40;
/// The most UTF-8 bytes a name within [`MAX_COMPANY_CHARS`] can take.
pub const MAX_COMPANY_BYTES: usize = 4 * MAX_COMPANY_CHARS;

/// A company's name: without spaces, tabs or line breaks at either end, not empty, at most [`MAX_COMPANY_CHARS`] characters and
/// no control characters (which would break a printed line or a file's header).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Company(String);

/// Why typed text is not a company's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompanyError {
    Empty,
    TooLong,
    ControlCharacter,
}

impl Company {
    pub fn new(text: &str) -> Result<Company, CompanyError> {
        // ASCII whitespace only: Unicode's whole table would cost every first visit.
        let name = text.trim_ascii();
        if name.is_empty() {
            Err(CompanyError::Empty)
        } else if name.chars().count() > MAX_COMPANY_CHARS {
            Err(CompanyError::TooLong)
        } else if name.chars().any(char::is_control) {
            Err(CompanyError::ControlCharacter)
        } else {
            Ok(Company(name.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CompanyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompanyError::Empty => f.write_str("Type the company's name, or leave the field empty."),
            CompanyError::TooLong => write!(
                f,
                "The name is longer than {MAX_COMPANY_CHARS} characters: shorten it to fit the printed page."
            ),
            CompanyError::ControlCharacter => {
                f.write_str("The name holds a character that cannot be printed.")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_trimmed_and_kept_as_typed() {
        assert_eq!(
            Company::new("  Northwind Advisory ").unwrap().as_str(),
            "Northwind Advisory"
        );
        assert_eq!(Company::new("営業🙂 GmbH").unwrap().as_str(), "営業🙂 GmbH");
    }

    #[test]
    fn empty_long_and_unprintable_names_are_refused() {
        assert_eq!(Company::new(" \t "), Err(CompanyError::Empty));
        let longest = "x".repeat(MAX_COMPANY_CHARS);
        assert!(Company::new(&longest).is_ok());
        assert_eq!(
            Company::new(&format!("{longest}y")),
            Err(CompanyError::TooLong)
        );
        assert_eq!(
            Company::new("North\u{7}wind"),
            Err(CompanyError::ControlCharacter)
        );
        assert_eq!(
            Company::new("North\nwind"),
            Err(CompanyError::ControlCharacter)
        );
    }

    /// The field shows these when a name cannot be kept (mutation testing found them
    /// unread).
    #[test]
    fn each_refusal_says_what_to_do() {
        assert_eq!(
            CompanyError::Empty.to_string(),
            "Type the company's name, or leave the field empty."
        );
        assert_eq!(
            CompanyError::TooLong.to_string(),
            "The name is longer than 40 characters: shorten it to fit the printed page."
        );
        assert_eq!(
            CompanyError::ControlCharacter.to_string(),
            "The name holds a character that cannot be printed."
        );
    }

    #[test]
    fn the_longest_name_fits_the_byte_limit() {
        let widest = "🙂".repeat(MAX_COMPANY_CHARS);
        assert_eq!(
            Company::new(&widest).unwrap().as_str().len(),
            MAX_COMPANY_BYTES
        );
    }
}
