#!/usr/bin/env bash
# Fuzzes every parser of outside input (result tokens, the URL router, stored
# progress) with cargo-fuzz / libFuzzer for the given number of seconds (default 600).
# Not part of scripts/test.sh: a crash it finds becomes a regression test there.
# cargo-fuzz needs nightly features; RUSTC_BOOTSTRAP lets the stable toolchain use them.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
mkdir -p corpus/outside_input
RUSTC_BOOTSTRAP=1 cargo fuzz run outside_input corpus/outside_input seeds -- \
  -max_total_time="${1:-600}" -max_len=256 -print_final_stats=1
