//! A panic must never leave a frozen page. On WebAssembly every panic ends in a trap,
//! and index.html answers the trap with a short message and a way on; the answers so
//! far are in storage, so reloading resumes. This hook adds the panic's message to the
//! console in builds whose panics run hooks.

pub fn install_hook() {
    yew::set_custom_panic_hook(Box::new(|info| {
        // The release build (scripts/build.sh) aborts before any hook runs: formatting
        // the message there would only add bytes.
        #[cfg(not(panic = "immediate-abort"))]
        web_sys::console::error_1(&info.to_string().into());
        #[cfg(panic = "immediate-abort")]
        let _ = info;
    }));
}
