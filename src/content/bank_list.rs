//! Reads `src/content/banks.txt`, the one list of the banks the build knows, for
//! build.rs and the bank report (both include this file by its path).

/// Where the list lives, from the package's root.
pub const BANK_LIST: &str = "src/content/banks.txt";

/// The banks' files named in `list`: one per line, `#` starting a comment line.
pub fn bank_files(list: &str) -> Vec<String> {
    list.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(String::from)
        .collect()
}
