//! The domain core: questionnaire model, scoring, placement on the curve, advice and
//! the result-link codec. Plain Rust with no web imports, so `cargo test` runs it natively.

pub mod advice;
pub mod answers;
pub mod bank;
mod base64url;
pub mod company;
pub mod compare;
mod fingerprint;
pub mod history;
pub mod link;
pub mod placement;
pub mod progress;
pub mod report;
pub mod results_list;
pub mod retake;
pub mod scoring;
pub mod stage;
pub mod text;
pub mod what_if;
