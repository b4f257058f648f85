//! The call to action a host page (embed option) or the build (`TANDEM_CTA_LABEL`,
//! `TANDEM_CTA_URL`) puts on the results: checked, then filled in for a result. No
//! crate imports, so build.rs checks the build's own one with the same rules.

/// Longest call-to-action label, so it stays one button.
const LABEL_MAX: usize = 60;
/// Longest call-to-action address template.
const TEMPLATE_MAX: usize = 2000;

/// A button on the results that leads to the host's next step, e.g. booking a call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cta {
    pub label: String,
    /// An `https:` address where `{stage}`, `{position}` and `{link}` are filled in.
    template: String,
}

/// Why a call to action was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CtaError {
    NoLabel,
    LongLabel,
    NotHttps,
    NoHost,
    LongTemplate,
    /// Spaces, control or non-ASCII characters (percent-encode them), quotes or angle brackets.
    BadCharacter,
}

impl std::fmt::Display for CtaError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            CtaError::NoLabel => "it needs a label",
            CtaError::LongLabel => "its label is longer than 60 characters",
            CtaError::NotHttps => "its address must start with https://",
            CtaError::NoHost => "its address names no host",
            CtaError::LongTemplate => "its address is longer than 2000 characters",
            CtaError::BadCharacter => {
                "its address holds a space, quote, angle bracket, control or non-ASCII character"
            }
        })
    }
}

impl Cta {
    pub fn new(label: &str, template: &str) -> Result<Cta, CtaError> {
        let label = label.trim();
        if label.is_empty() {
            return Err(CtaError::NoLabel);
        }
        if label.chars().count() > LABEL_MAX {
            return Err(CtaError::LongLabel);
        }
        if template.len() > TEMPLATE_MAX {
            return Err(CtaError::LongTemplate);
        }
        // Only https: never javascript:, data: or a page of the visitor's own machine.
        let after_scheme = template
            .get(..8)
            .filter(|scheme| scheme.eq_ignore_ascii_case("https://"))
            .map(|_| &template[8..])
            .ok_or(CtaError::NotHttps)?;
        let unsafe_byte = |b: u8| !(0x21..0x7f).contains(&b) || b"\"'<>\\`".contains(&b);
        if template.bytes().any(unsafe_byte) {
            return Err(CtaError::BadCharacter);
        }
        // The host is the template's own: no placeholder may choose where the link goes.
        let end = after_scheme.bytes().position(|b| b"/?#".contains(&b));
        let authority = &after_scheme.as_bytes()[..end.unwrap_or(after_scheme.len())];
        if authority.is_empty() || authority.iter().any(|b| b"{}@".contains(b)) {
            return Err(CtaError::NoHost);
        }
        Ok(Cta {
            label: label.to_owned(),
            template: template.to_owned(),
        })
    }

    /// The address for a result: `{stage}` (the stage's name), `{position}` (0 to 100)
    /// and `{link}` (the result link), each URL-encoded.
    pub fn href(&self, stage: &str, position: u32, link: &str) -> String {
        const PLACES: [&str; 3] = ["{stage}", "{position}", "{link}"];
        let values = [url_encoded(stage), position.to_string(), url_encoded(link)];
        let mut href = String::with_capacity(self.template.len() + link.len() * 3);
        let mut rest = self.template.as_str();
        while let Some(open) = rest.find('{') {
            href += &rest[..open];
            rest = &rest[open..];
            match PLACES.iter().position(|place| rest.starts_with(place)) {
                Some(i) => {
                    href += &values[i];
                    rest = &rest[PLACES[i].len()..];
                }
                None => {
                    href.push('{');
                    rest = &rest[1..];
                }
            }
        }
        href + rest
    }
}

/// `text` as a URL component: every byte but the unreserved ones percent-encoded.
pub fn url_encoded(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut encoded = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            encoded.push(byte as char);
        } else {
            encoded.push('%');
            encoded.push(HEX[(byte >> 4) as usize] as char);
            encoded.push(HEX[(byte & 15) as usize] as char);
        }
    }
    encoded
}
