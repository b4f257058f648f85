#!/usr/bin/env bash
# Trunk pre_build hook: renders the intro screen to target/prerender/intro.html with the
# app's own component (examples/intro_html.rs), for index.html to show before the
# WebAssembly arrives. It is a native program: the release build's flags for the WASM
# (scripts/build.sh) are not for it.
set -euo pipefail
cd "$(dirname "$0")/.."
unset RUSTFLAGS RUSTC_BOOTSTRAP CARGO_UNSTABLE_BUILD_STD CARGO_UNSTABLE_BUILD_STD_FEATURES
exec cargo run --quiet --example intro_html -- target/prerender/intro.html
