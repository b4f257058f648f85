// Smaller than std's dlmalloc, and it frees, so a long session does not grow the heap.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    tandem::ui::panic::install_hook();
    let root = gloo::utils::document()
        .get_element_by_id("app")
        .expect("index.html has an #app element");
    // Replace the loading message that shows until the app is ready.
    root.set_inner_html("");
    yew::Renderer::<tandem::ui::app::App>::with_root(root).render();
}
