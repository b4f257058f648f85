#!/usr/bin/env bash
# The release build of the app into dist/, as CI, the bench and a deploy make it:
# `trunk build --release`, with the standard library rebuilt from source (rust-src,
# which scripts/setup.sh installs) so that a panic is a bare trap. std ships compiled
# for panic=abort, with the formatting and location machinery every panic message
# needs; rebuilt for panic=immediate-abort, the WASM is ~15 KB gzip smaller. A trap
# still shows the "Something went wrong" screen (index.html watches for it), but the
# console names no panic message: a debug build (`trunk serve`) keeps them.
# Only this build uses these flags: `cargo test`, the browser tests and plain
# `trunk build --release` stay on stable Rust as it ships. RUSTC_BOOTSTRAP lets the
# stable toolchain take the two unstable options; the toolchain is the one installed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
# core's smaller algorithms (sorting, formatting): ~2 KB gzip; this app sorts tens of items.
export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort"
exec trunk build --release "$@"
