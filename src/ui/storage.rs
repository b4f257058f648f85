//! Progress kept in the browser. Each tab keeps its own copy in sessionStorage, so two
//! tabs with the quiz open never overwrite each other's answers on reload; the latest
//! copy also goes to localStorage, so a new tab or a later visit can continue.
//!
//! Storage may be missing, blocked or full (private mode, sandboxed frames): then
//! every call quietly does nothing and the quiz still works, only without resuming.

use web_sys::Storage;

const KEY: &str = "tandem.progress";

/// This tab's store first, then the one shared by all tabs.
fn stores() -> impl Iterator<Item = Storage> {
    let window = gloo::utils::window();
    let tab = window.session_storage().ok().flatten();
    let shared = window.local_storage().ok().flatten();
    tab.into_iter().chain(shared)
}

pub fn load() -> Option<String> {
    stores().find_map(|store| store.get_item(KEY).ok().flatten())
}

pub fn save(value: &str) {
    for store in stores() {
        // A full or blocked store only costs resuming; nothing to tell the visitor.
        let _ = store.set_item(KEY, value);
    }
}

pub fn clear() {
    for store in stores() {
        let _ = store.remove_item(KEY);
    }
}
