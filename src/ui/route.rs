//! The address, in the URL fragment so any static host serves every route:
//! `#/` intro, `#/about` the profile, `#/q/N` question N (from 1), `#/r/TOKEN` a result,
//! `#/invite/TOKEN` the assessment taken to compare with that result, `#/compare` the
//! form for pasting result links and `#/compare/1/…` a comparison (see
//! [`crate::assessment::compare`]).

use crate::assessment::link::percent_decode;

/// The app's two pages, each relative to the other: the assessment (intro, questions,
/// results) and the comparison, a page of its own so that only those who compare load
/// its code. Each hands the other's routes on.
pub const ASSESSMENT_PAGE: &str = "./";
pub const COMPARISON_PAGE: &str = "compare.html";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Intro,
    Profile,
    /// Zero-based question index.
    Question(usize),
    Result(String),
    /// An invitation to compare with the result of this token.
    Invite(String),
    /// The form that opens a comparison from pasted result links.
    ComparePaste,
    /// A comparison: the link's part after `#/compare/`.
    Compare(String),
    /// Anything else: shown as "page not found", never trusted.
    Unknown,
}

impl Route {
    /// Reads a fragment such as `#/q/3`; the leading `#` is optional. Escapes are
    /// decoded first (`#%2Fq%2F3` reads as `#/q/3`), since no route contains `%`.
    pub fn parse(fragment: &str) -> Route {
        let decoded = percent_decode(fragment);
        let path = decoded.strip_prefix('#').unwrap_or(&decoded);
        match path {
            "" | "/" => Route::Intro,
            "/about" => Route::Profile,
            "/compare" | "/compare/" => Route::ComparePaste,
            _ => {
                if let Some(number) = path.strip_prefix("/q/") {
                    match number.parse::<usize>() {
                        Ok(n) if n >= 1 && number.bytes().all(|b| b.is_ascii_digit()) => {
                            Route::Question(n - 1)
                        }
                        _ => Route::Unknown,
                    }
                } else if let Some(token) = path.strip_prefix("/r/") {
                    Route::Result(token.to_owned())
                } else if let Some(token) = path.strip_prefix("/invite/") {
                    Route::Invite(token.to_owned())
                } else if let Some(parts) = path.strip_prefix("/compare/") {
                    Route::Compare(parts.to_owned())
                } else {
                    Route::Unknown
                }
            }
        }
    }

    pub fn fragment(&self) -> String {
        match self {
            Route::Intro | Route::Unknown => "#/".to_owned(),
            Route::Profile => "#/about".to_owned(),
            Route::Question(index) => format!("#/q/{}", index + 1),
            // `parse` decodes escapes, so a literal `%` must be escaped to read back.
            Route::Result(token) => format!("#/r/{}", token.replace('%', "%25")),
            Route::Invite(token) => format!("#/invite/{}", token.replace('%', "%25")),
            Route::ComparePaste => "#/compare".to_owned(),
            Route::Compare(parts) => format!("#/compare/{}", parts.replace('%', "%25")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_route() {
        let cases = [
            ("", Route::Intro),
            ("#", Route::Intro),
            ("#/", Route::Intro),
            ("#/about", Route::Profile),
            ("#/q/1", Route::Question(0)),
            ("#/q/20", Route::Question(19)),
            ("#/r/AbC-_1", Route::Result("AbC-_1".into())),
            ("#/r/", Route::Result(String::new())),
            ("#%2Fq%2F3", Route::Question(2)),
            ("#/r/AbC%20d%0A", Route::Result("AbC d\n".into())),
            ("#/invite/AbC-_1", Route::Invite("AbC-_1".into())),
            ("#/compare", Route::ComparePaste),
            ("#/compare/", Route::ComparePaste),
            ("#/compare/1/AbC.RA/x", Route::Compare("1/AbC.RA/x".into())),
            ("#%2Fcompare%2F1%2FAbC", Route::Compare("1/AbC".into())),
        ];
        for (fragment, route) in cases {
            assert_eq!(Route::parse(fragment), route, "{fragment:?}");
        }
    }

    /// Found by the fuzzer: a result route holding "%3c" read back as "<".
    #[test]
    fn a_percent_sign_in_a_result_route_survives_the_round_trip() {
        let route = Route::Result("%<%%3c".into());
        assert_eq!(Route::parse(&route.fragment()), route);
    }

    #[test]
    fn odd_addresses_are_unknown() {
        for fragment in [
            "#/q/0",
            "#/q/-1",
            "#/q/+3",
            "#/q/x",
            "#/q/",
            "#/quiz",
            "#q/1",
            "#/r",
            "#/invite",
            "#/comparex",
            "#/q/99999999999999999999999",
        ] {
            assert_eq!(Route::parse(fragment), Route::Unknown, "{fragment:?}");
        }
    }

    #[test]
    fn fragments_read_back_as_the_same_route() {
        for route in [
            Route::Intro,
            Route::Profile,
            Route::Question(0),
            Route::Question(12),
            Route::Result("AAEx".into()),
            Route::Invite("AAEx".into()),
            Route::ComparePaste,
            Route::Compare("1/AAEx.QQ/AAEy".into()),
            Route::Compare("%/%25".into()),
        ] {
            assert_eq!(Route::parse(&route.fragment()), route);
        }
    }
}
