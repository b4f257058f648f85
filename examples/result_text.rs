//! Writes the banks' result text as the file the assessment's page loads once a visitor
//! starts (`src/assessment/text.rs`; `scripts/result-text.sh` runs it after a build).
//!   cargo run --example result_text -- target/result-text.txt

fn main() {
    let out = std::env::args()
        .nth(1)
        .expect("usage: result_text <output.txt>");
    std::fs::write(&out, tandem::assessment::text::file())
        .unwrap_or_else(|error| panic!("cannot write {out}: {error}"));
}
