//! Progress in localStorage. Storage may be missing, blocked or full (private mode,
//! sandboxed frames): then every call quietly does nothing and the quiz still works,
//! only without resuming after a reload.

use web_sys::Storage;

const KEY: &str = "tandem.progress";

fn local_storage() -> Option<Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

pub fn load() -> Option<String> {
    local_storage()?.get_item(KEY).ok().flatten()
}

pub fn save(value: &str) {
    if let Some(storage) = local_storage() {
        // A full or blocked store only costs resuming; nothing to tell the visitor.
        let _ = storage.set_item(KEY, value);
    }
}

pub fn clear() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(KEY);
    }
}
