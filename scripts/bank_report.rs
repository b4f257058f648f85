//! The bank report for authors: `cargo run --example bank-report [file…]`.
//! Without arguments it reports on every bank in `src/content/`, the current one last.
//! A native tool: the TOML parser it needs is a native-only dev-dependency.

#[cfg(not(target_arch = "wasm32"))]
#[path = "../src/content/audit.rs"]
mod audit;
#[cfg(not(target_arch = "wasm32"))]
#[path = "../src/content/bank_list.rs"]
mod bank_list;
#[cfg(not(target_arch = "wasm32"))]
#[path = "../src/content/source.rs"]
mod source;

use std::process::ExitCode;

#[cfg(target_arch = "wasm32")]
fn main() -> ExitCode {
    ExitCode::FAILURE
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let paths = if args.is_empty() {
        let list = std::fs::read_to_string(bank_list::BANK_LIST).unwrap_or_default();
        bank_list::bank_files(&list)
    } else {
        args
    };
    if paths.is_empty() {
        eprintln!("no bank to report on: {} names none", bank_list::BANK_LIST);
        return ExitCode::FAILURE;
    }
    let mut ok = true;
    for path in paths {
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) => {
                eprintln!("{path}: {e}");
                return ExitCode::FAILURE;
            }
        };
        match source::parse(&text) {
            Ok(bank) => println!("== {path}\n{}", audit::audit(&bank).render()),
            Err(problems) => {
                ok = false;
                println!("== {path}: not a valid bank");
                for problem in problems {
                    println!("  {problem}");
                }
            }
        }
    }
    if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
