//! What a host page may ask of Tandem in its frame, checked: where the events go,
//! whether `completed` carries the result, and a call to action on the results. Also the
//! events themselves, as the JSON the host receives (docs/formats.md). Plain Rust,
//! so native tests hold every rule; the theme options are checked by `static/frame.js`,
//! which must apply them before the first paint.

mod cta;

use crate::assessment::report::Report;
use crate::json;
pub use cta::{url_encoded, Cta, CtaError};

/// The version of the event format; every message carries it as `"tandem"`.
pub const MESSAGE_VERSION: u32 = 1;

/// The embed options of the page's query string, where valid.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Embedding {
    /// Shown in a host page's frame (`embed=1`).
    pub embedded: bool,
    /// The host page's origin (`host`): events go only there. Without it, anywhere.
    pub host: Option<String>,
    /// The host asked for the result itself in `completed` (`results=1` or `true`).
    pub results: bool,
    /// The host's call to action (`cta`, `ctaLabel`), or else the build's.
    pub cta: Option<Cta>,
}

impl Embedding {
    /// Reads the options from the query string's decoded values (`get` gives a
    /// parameter's value); with the warnings for the values it ignored.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> (Embedding, Vec<String>) {
        let mut warnings = Vec::new();
        let mut ignore =
            |name: &str, why: String| warnings.push(format!("Tandem ignores {name}: {why}"));
        let embedded = get("embed").as_deref() == Some("1");
        let host = get("host").and_then(|value| match origin(&value) {
            Some(origin) => Some(origin),
            None => {
                ignore(
                    "host",
                    "it is not an origin such as https://example.com".into(),
                );
                None
            }
        });
        let cta = match (get("ctaLabel"), get("cta")) {
            (None, None) => built_in_cta(),
            (label, template) => match Cta::new(
                label.as_deref().unwrap_or(""),
                template.as_deref().unwrap_or(""),
            ) {
                Ok(cta) => Some(cta),
                Err(error) => {
                    ignore("the call to action", error.to_string());
                    built_in_cta()
                }
            },
        };
        let results = match get("results").as_deref() {
            None | Some("0" | "false") => false,
            Some("1" | "true") => true,
            Some(_) => {
                ignore(
                    "results",
                    "it is neither 1 (or true) nor 0 (or false)".into(),
                );
                false
            }
        };
        let embedding = Embedding {
            embedded,
            host,
            results,
            cta,
        };
        (embedding, warnings)
    }

    /// Where `postMessage` may deliver: the host's origin, or any.
    pub fn target_origin(&self) -> &str {
        self.host.as_deref().unwrap_or("*")
    }
}

/// The call to action set when the app was built, for every page (README, "Embedding"):
/// `TANDEM_CTA_LABEL` and `TANDEM_CTA_URL`, else the brand's `[cta]`; build.rs refuses to
/// build with an invalid one.
pub fn built_in_cta() -> Option<Cta> {
    let (label, url) = match (
        option_env!("TANDEM_CTA_LABEL"),
        option_env!("TANDEM_CTA_URL"),
    ) {
        (Some(label), Some(url)) => (label, url),
        _ => crate::content::BRAND_CTA?,
    };
    Cta::new(label, url).ok()
}

/// `value` as an origin (`https://example.com:8080`), lower-cased; None when it is
/// anything else, a path or a trailing slash included.
pub fn origin(value: &str) -> Option<String> {
    let value = value.to_ascii_lowercase();
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))?;
    // The last colon starts the port, unless it is inside an IPv6 address's brackets.
    let (host, port) = match rest.rfind(':') {
        Some(colon) if !rest[colon..].contains(']') => (&rest[..colon], Some(&rest[colon + 1..])),
        _ => (rest, None),
    };
    let host_ok = match host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        Some(ipv6) => {
            !ipv6.is_empty()
                && ipv6
                    .bytes()
                    .all(|b| b.is_ascii_hexdigit() || b":.".contains(&b))
        }
        None => {
            !host.is_empty()
                && host
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-.".contains(&b))
        }
    };
    let port_ok =
        port.is_none_or(|p| (1..=5).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()));
    (host_ok && port_ok).then_some(value)
}

/// What happened in the frame, for the host page.
#[derive(Clone, Debug, PartialEq)]
pub enum HostEvent<'a> {
    /// The app has started and shows its first screen.
    Ready,
    /// The visitor began the questions.
    Started,
    /// A question is shown: its number from 1, of `total`.
    Progress { question: usize, total: usize },
    /// The visitor's own result is shown, at `link`.
    Completed { report: &'a Report, link: &'a str },
}

impl HostEvent<'_> {
    /// The event as the JSON message the host receives. `completed` carries the result
    /// only when the host asked for it (`results`).
    pub fn to_json(&self, results: bool) -> String {
        let head = |kind: &str| format!("{{\"tandem\":{MESSAGE_VERSION},\"type\":\"{kind}\"");
        match self {
            HostEvent::Ready => head("ready") + "}",
            HostEvent::Started => head("started") + "}",
            HostEvent::Progress { question, total } => {
                head("progress") + &format!(",\"question\":{question},\"total\":{total}}}")
            }
            HostEvent::Completed { report, link } => {
                let mut json = head("completed");
                if results {
                    json += &result_fields(report, link);
                }
                json + "}"
            }
        }
    }
}

/// `,"stage":…,"position":…,"areas":[…],"token":…,"link":…` for a result.
fn result_fields(report: &Report, link: &str) -> String {
    let bank = report.bank;
    let (stage, position) = match &report.placement {
        Some(placement) => (
            json::string(bank.stage(placement.stage).title),
            placement.position.percent().to_string(),
        ),
        None => ("null".to_owned(), "null".to_owned()),
    };
    let areas: Vec<String> = report
        .scores
        .dimensions
        .iter()
        .map(|area| {
            let dimension = &bank.dimensions[area.dimension];
            let score = area
                .share
                .map_or("null".to_owned(), |share| share.percent().to_string());
            format!(
                "{{\"id\":{},\"name\":{},\"score\":{score}}}",
                json::string(dimension.id),
                json::string(dimension.name)
            )
        })
        .collect();
    format!(
        ",\"stage\":{stage},\"position\":{position},\"areas\":[{}],\"token\":{},\"link\":{}",
        areas.join(","),
        json::string(&report.token),
        json::string(link)
    )
}
