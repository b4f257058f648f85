#!/usr/bin/env bash
# Installs whatever Tandem needs and is missing, from the package registries only.
# Idempotent: every step checks first, so a second run takes a few seconds.
#   scripts/setup.sh build   the Rust toolchain pieces that build and serve the app
#   scripts/setup.sh test    those, plus Chromium, ChromeDriver, the e2e npm packages and
#                            cargo-fuzz (the test command builds and replays the fuzz target)
#   scripts/setup.sh fuzz    cargo-fuzz only, for scripts/fuzz.sh
#   scripts/setup.sh mutants cargo-mutants only, for scripts/mutants.sh
set -euo pipefail

TRUNK_VERSION=0.21.14
BINARYEN_VERSION=132
CARGO_FUZZ_VERSION=0.13.2
CARGO_MUTANTS_VERSION=27.1.0
TERSER_VERSION=5.51.2
ROOT=$(cd "$(dirname "$0")/.." && pwd)
export PATH="$HOME/.cargo/bin:$PATH"
mode=${1:-build}

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=false
apt_install() {
  if ! $apt_updated; then
    as_root apt-get update -qq
    apt_updated=true
  fi
  say "installing Debian packages: $*"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

need_cargo() {
  if ! command -v cargo >/dev/null; then
    echo "Rust (cargo and rustup) is required: see https://rustup.rs" >&2
    exit 1
  fi
}

need_node() {
  command -v node >/dev/null && command -v npm >/dev/null || apt_install nodejs npm
}

# Playwright needs Node.js 20 or newer; Debian 12's own nodejs package is 18.
need_node_for_playwright() {
  need_node
  if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
    echo "The end-to-end tests need Node.js 20 or newer; found $(node --version)." >&2
    exit 1
  fi
}

wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown \
    || { say "adding the wasm32 target"; rustup target add wasm32-unknown-unknown; }
}

# The release build (scripts/build.sh) rebuilds the standard library for size: that needs
# its source, and the crates it depends on in cargo's cache, since trunk builds offline.
std_source() {
  rustup component list --installed | grep -qx 'rust-src' \
    || { say "adding the rust-src component"; rustup component add rust-src; }
  # The library's manifest uses unstable cargo features, hence RUSTC_BOOTSTRAP.
  local fetch=(env RUSTC_BOOTSTRAP=1 cargo fetch --locked --target wasm32-unknown-unknown
    --manifest-path "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml")
  "${fetch[@]}" --offline >/dev/null 2>&1 \
    || { say "fetching the standard library's dependencies"; "${fetch[@]}"; }
}

trunk_tool() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (takes several minutes)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
}

wasm_bindgen_tool() {
  # Must match the wasm-bindgen crate in Cargo.lock exactly.
  local version
  version=$(grep -A1 '^name = "wasm-bindgen"$' "$ROOT/Cargo.lock" | sed -n 's/^version = "\(.*\)"/\1/p')
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $version" ]; then
    say "installing wasm-bindgen-cli $version"
    # Not --locked: its lockfile names a crate the registry no longer has.
    cargo install wasm-bindgen-cli --version "$version" --force
  fi
}

wasm_opt_tool() {
  if ! wasm-opt --version 2>/dev/null | grep -q "version $BINARYEN_VERSION"; then
    need_node
    say "installing binaryen $BINARYEN_VERSION (wasm-opt) from npm"
    as_root npm install -g --silent "binaryen@$BINARYEN_VERSION"
  fi
}

# Trunk's own JS minifier cannot parse wasm-bindgen's module glue; terser minifies it
# in the build's "optimise" step (scripts/build.mjs).
terser_tool() {
  if [ "$(terser --version 2>/dev/null)" != "terser $TERSER_VERSION" ]; then
    need_node
    say "installing terser $TERSER_VERSION from npm"
    as_root npm install -g --silent "terser@$TERSER_VERSION"
  fi
}

browser() {
  command -v chromium >/dev/null && command -v chromedriver >/dev/null || apt_install chromium chromium-driver
  # pdftoppm: the end-to-end tests read the QR code on the printed result's page.
  command -v pdftoppm >/dev/null || apt_install poppler-utils
}

e2e_packages() {
  need_node_for_playwright
  local e2e="$ROOT/tests/e2e"
  if [ ! -d "$e2e/node_modules/@playwright/test" ] || [ "$e2e/package-lock.json" -nt "$e2e/node_modules/.package-lock.json" ]; then
    say "installing the end-to-end test packages"
    (cd "$e2e" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --silent --no-audit --no-fund)
  fi
}

fuzz_tool() {
  # libfuzzer-sys compiles libFuzzer, which is C++.
  command -v c++ >/dev/null || apt_install g++
  if [ "$(cargo fuzz --version 2>/dev/null)" != "cargo-fuzz $CARGO_FUZZ_VERSION" ]; then
    say "installing cargo-fuzz $CARGO_FUZZ_VERSION (takes a minute or two)"
    cargo install --locked cargo-fuzz --version "$CARGO_FUZZ_VERSION"
  fi
}

mutants_tool() {
  if [ "$(cargo mutants --version 2>/dev/null)" != "cargo-mutants $CARGO_MUTANTS_VERSION" ]; then
    say "installing cargo-mutants $CARGO_MUTANTS_VERSION (takes a few minutes)"
    cargo install --locked cargo-mutants --version "$CARGO_MUTANTS_VERSION"
  fi
}

need_cargo
if [ "$mode" = mutants ]; then
  mutants_tool
  say "ready (mutants)"
  exit 0
fi
if [ "$mode" = fuzz ]; then
  fuzz_tool
  say "ready (fuzz)"
  exit 0
fi
wasm_target
std_source
trunk_tool
wasm_bindgen_tool
wasm_opt_tool
terser_tool
if [ "$mode" = test ]; then
  browser
  e2e_packages
  fuzz_tool
fi
say "ready ($mode)"
