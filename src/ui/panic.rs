//! A panic must never leave a frozen page: log it, then replace the app with a short
//! message and a way on. The answers so far are in storage, so reloading resumes.

const FALLBACK: &str = r#"<main class="screen notice" role="alert" data-testid="panic">
<h1>Something went wrong</h1>
<p>Tandem hit an unexpected problem and stopped. Your answers so far are saved in this browser.</p>
<p><button class="button primary" type="button" onclick="location.reload()">Reload and continue</button></p>
</main>"#;

pub fn install_fallback() {
    yew::set_custom_panic_hook(Box::new(|info| {
        web_sys::console::error_1(&info.to_string().into());
        if let Some(root) = gloo::utils::document().get_element_by_id("app") {
            root.set_inner_html(FALLBACK);
        }
    }));
}
