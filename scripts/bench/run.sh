#!/usr/bin/env bash
# Benchmarks Tandem's release build against the same question bank in SurveyJS:
# first-visit bytes, Lighthouse mobile, a first visit on slow 4G applied, answer-to-paint
# and result-link-to-paint. Prints one table and writes target/bench/results.json
# (results-raw.json, results-http1.json for the variants). Not part of scripts/test.sh.
#   scripts/bench/run.sh
# Knobs: BENCH_PASSES (6), BENCH_LOADS (12), BENCH_LIGHTHOUSE_RUNS (3), BENCH_PORT (4180),
# BENCH_ENCODING=identity (serve the files raw instead of gzip -9), BENCH_PROTOCOL=http1
# (plain HTTP/1.1 instead of HTTP/2 over TLS), CHROMIUM.
set -euo pipefail

BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH/../.." && pwd)
export PATH="$HOME/.cargo/bin:$PATH"
# No tool may download a browser: Debian's Chromium is the only one used.
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1
started=$(date +%s)

say() { printf '\033[1m[bench]\033[0m %s\n' "$*"; }

# Installs Debian's package $2 unless the command $1 is there.
debian_package() {
  command -v "$1" >/dev/null && return
  say "installing Debian's $2"
  local sudo
  sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
  $sudo apt-get update -qq && $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
}

# 1. What the bench needs, installed only when missing or out of date.
bash "$ROOT/scripts/setup.sh" build
debian_package "${CHROMIUM:-/usr/bin/chromium}" chromium
# HTTP/2 in browsers needs TLS: a certificate for 127.0.0.1, made once.
tls="$ROOT/target/bench/tls"
if [ ! -f "$tls/cert.pem" ] || [ ! -f "$tls/key.pem" ]; then
  debian_package openssl openssl
  say "making the bench's certificate for 127.0.0.1 (target/bench/tls)"
  mkdir -p "$tls"
  openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj /CN=127.0.0.1 \
    -addext subjectAltName=IP:127.0.0.1 -keyout "$tls/key.pem" -out "$tls/cert.pem" \
    2>"$tls/openssl.log" || { cat "$tls/openssl.log" >&2; exit 1; }
fi
if [ ! -d "$BENCH/node_modules/lighthouse" ] || [ "$BENCH/package-lock.json" -nt "$BENCH/node_modules/.package-lock.json" ]; then
  say "installing the bench's npm packages"
  (cd "$BENCH" && npm ci --silent --no-audit --no-fund)
fi

# 2. Tandem's release build, once per run (the log is kept; shown only on failure).
mkdir -p "$ROOT/target/bench"
say "building Tandem (scripts/build.sh: trunk build --release, std rebuilt for size)"
if ! (cd "$ROOT" && bash scripts/build.sh) >"$ROOT/target/bench/build.log" 2>&1; then
  cat "$ROOT/target/bench/build.log" >&2
  exit 1
fi
# Measured from a copy, so a rebuild of dist/ by someone else mid-run changes nothing.
rm -rf "$ROOT/target/bench/tandem" && cp -r "$ROOT/dist" "$ROOT/target/bench/tandem"

# 3. The SurveyJS peer, from the same bank.
say "$(cd "$BENCH" && node peer.mjs)"

# 4–6. Serve both, measure, report.
(cd "$BENCH" && node bench.mjs)
say "total run time: $(($(date +%s) - started)) s"
