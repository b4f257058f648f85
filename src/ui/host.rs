//! The host page around an embedded Tandem: the options it gave in the query string
//! (read once) and the events it hears. Outside a frame, or without `embed=1`, no
//! message is sent.

use super::journey::Screen;
use super::location;
use crate::embed::{Embedding, HostEvent};
use std::cell::OnceCell;
use web_sys::UrlSearchParams;

thread_local! {
    static EMBEDDING: OnceCell<&'static Embedding> = const { OnceCell::new() };
}

/// The page's embed options, checked once; each ignored value is warned about.
pub fn embedding() -> &'static Embedding {
    EMBEDDING.with(|cell| {
        *cell.get_or_init(|| {
            let search = gloo::utils::window()
                .location()
                .search()
                .unwrap_or_default();
            let query = UrlSearchParams::new_with_str(&search).ok();
            let (embedding, warnings) = Embedding::from_query(|name| query.as_ref()?.get(name));
            for warning in warnings {
                gloo::console::warn!(warning);
            }
            Box::leak(Box::new(embedding))
        })
    })
}

/// Tells the host page `event`, when Tandem is embedded in one.
pub fn tell(event: &HostEvent) {
    let embedding = embedding();
    if !embedding.embedded || !location::in_frame() {
        return;
    }
    let Ok(Some(parent)) = gloo::utils::window().parent() else {
        return;
    };
    let json = event.to_json(embedding.results);
    if let Ok(message) = js_sys::JSON::parse(&json) {
        let _ = parent.post_message(&message, embedding.target_origin());
    }
}

/// What the host hears when the screen `now` follows `before` (None on the first
/// screen): the questions begun, each question shown, and the visitor's own result
/// reached from the last question (`link` reopens it). `total` counts the questions.
pub fn step_events<'a>(
    before: Option<&Screen>,
    now: &'a Screen,
    total: usize,
    link: &'a str,
) -> Vec<HostEvent<'a>> {
    let asking = |screen: &Screen| matches!(screen, Screen::Profile | Screen::Question(_));
    let mut events = Vec::new();
    if before.is_some_and(|before| !asking(before)) && asking(now) {
        events.push(HostEvent::Started);
    }
    match now {
        Screen::Question(index) => events.push(HostEvent::Progress {
            question: index + 1,
            total,
        }),
        Screen::Result(report) if matches!(before, Some(Screen::Question(_))) => {
            events.push(HostEvent::Completed { report, link })
        }
        _ => {}
    }
    events
}
