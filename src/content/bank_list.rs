//! Which banks a build knows: the current bank's file, and the kept versions it names
//! under `kept` (paths relative to it, oldest first), which only reopen old links. The
//! current file is `src/content/bank.toml`, or the file `TANDEM_BANK` names
//! (`scripts/build.sh --bank path/to/bank.toml` sets it). Read by build.rs and the bank
//! report (both include this file by its path).

use std::path::{Path, PathBuf};

/// The bank visitors answer unless the build names another.
pub const DEFAULT_BANK: &str = "src/content/bank.toml";
/// The variable that names another bank's file.
pub const BANK_VARIABLE: &str = "TANDEM_BANK";

/// The current bank's file: the one `TANDEM_BANK` names, else the default.
pub fn current_bank() -> PathBuf {
    match std::env::var(BANK_VARIABLE) {
        Ok(path) if !path.trim().is_empty() => PathBuf::from(path),
        _ => PathBuf::from(DEFAULT_BANK),
    }
}

/// Every bank file of the build: the kept versions `current` names, oldest first, then
/// `current` itself. Fails with a sentence when a file cannot be read or `kept` is not a
/// list of file names.
pub fn bank_files(current: &Path) -> Result<Vec<PathBuf>, String> {
    let text = std::fs::read_to_string(current)
        .map_err(|e| format!("{}: cannot be read: {e}", current.display()))?;
    let table: toml::Table =
        toml::from_str(&text).map_err(|e| format!("{}: is not TOML: {e}", current.display()))?;
    let folder = current.parent().unwrap_or(Path::new("."));
    let kept = match table.get("kept") {
        None => Vec::new(),
        Some(toml::Value::Array(names)) => names
            .iter()
            .map(|name| match name.as_str() {
                Some(name) if !name.trim().is_empty() => Ok(folder.join(name)),
                _ => Err(format!("{}: kept: each entry is the file name of a kept version, such as \"bank-v1.toml\"", current.display())),
            })
            .collect::<Result<Vec<_>, _>>()?,
        Some(_) => {
            return Err(format!("{}: kept: is a list of file names, such as [\"bank-v1.toml\"]", current.display()))
        }
    };
    Ok(kept.into_iter().chain([current.to_owned()]).collect())
}
