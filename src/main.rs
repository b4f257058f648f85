fn main() {
    tandem::ui::panic::install_fallback();
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has an #app element");
    // Replace the loading message that shows until the app is ready.
    root.set_inner_html("");
    yew::Renderer::<tandem::ui::app::App>::with_root(root).render();
}
