//! Tandem: a sales and marketing alignment assessment that runs entirely in the browser.

pub mod assessment;
pub mod content;
pub mod embed;
pub mod export;
pub mod geometry;
pub mod json;
pub mod ui;

// Smaller than std's dlmalloc, and it frees, so a long session does not grow the heap.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
