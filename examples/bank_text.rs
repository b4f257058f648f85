//! Writes the banks' text (the questions' words and the results') as the file the
//! assessment's page loads once a visitor starts (`src/assessment/text.rs`; the build runs it: `scripts/build.mjs`, step "bank text").
//!   cargo run --example bank_text -- target/bank-text.txt

fn main() {
    let out = std::env::args()
        .nth(1)
        .expect("usage: bank_text <output.txt>");
    std::fs::write(&out, tandem::assessment::text::file())
        .unwrap_or_else(|error| panic!("cannot write {out}: {error}"));
}
