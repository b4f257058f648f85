//! The bank check and report for authors: `scripts/bank-check [file…]`, which runs
//! `cargo run --example bank-report`. For each file named: every rule broken, at its
//! file:line:column, or the report with each threshold passed or failed; it fails when
//! a named file breaks a rule or misses a threshold. Without arguments it reports on
//! the build's banks (its current bank and the kept versions that bank names, the
//! current one last; `TANDEM_BANK` names another) and fails only on a broken rule.
//! A native tool: the TOML parser it needs is a native-only dev-dependency.

#[cfg(not(target_arch = "wasm32"))]
#[path = "../src/content/audit.rs"]
mod audit;
#[cfg(not(target_arch = "wasm32"))]
#[path = "../src/content/bank_list.rs"]
mod bank_list;
#[cfg(not(target_arch = "wasm32"))]
#[path = "../src/content/locate.rs"]
mod locate;
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
    // A bank named on the command line is one being written: it must meet every
    // threshold. Without names, the report covers the app's banks, whose kept versions
    // only have to keep opening their links.
    let strict = !args.is_empty();
    let paths = if args.is_empty() {
        match bank_list::bank_files(&bank_list::current_bank()) {
            Ok(paths) => paths.iter().map(|p| p.display().to_string()).collect(),
            Err(problem) => {
                eprintln!("{problem}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        args
    };
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
            Ok(bank) => {
                let report = audit::audit(&bank);
                ok &= report.failures().is_empty() || !strict;
                println!(
                    "== {path} (bank \"{}\", version {}{})\n{}",
                    bank.id,
                    bank.version,
                    keeps(&bank.kept),
                    report.render()
                );
            }
            Err(problems) => {
                ok = false;
                println!("== {path}: not a valid bank");
                for problem in problems {
                    println!("{}: {problem}", locate::place(&path, &text, &problem.field));
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

/// The kept versions a bank names, for its report's heading.
#[cfg(not(target_arch = "wasm32"))]
fn keeps(kept: &[String]) -> String {
    if kept.is_empty() {
        String::new()
    } else {
        format!("; keeps {}", kept.join(", "))
    }
}
