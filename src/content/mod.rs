//! The question bank, generated at build time from `bank.toml` (see `build.rs`).

include!(concat!(env!("OUT_DIR"), "/bank.rs"));

/// Every bank a result link may have been made with, oldest first.
pub static BANKS: [&Bank; 1] = [&CURRENT];
