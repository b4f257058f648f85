#!/usr/bin/env bash
# Installs what is missing, builds Tandem and serves it on http://127.0.0.1:8080/,
# rebuilding on each save. A debug build without the exports program, the one-file build
# and the service worker, which a save rarely touches:
#   scripts/serve.sh --all            with every step of the build (scripts/build.mjs)
#   scripts/serve.sh --bank FILE      with the question bank in FILE (docs/writing-a-bank.md)
#   scripts/serve.sh --brand FILE     with the brand in FILE (README, "Your own brand")
# Any other option goes to `trunk serve`.
set -euo pipefail
caller="$PWD"
cd "$(dirname "$0")/.."
bash scripts/setup.sh build
export PATH="$HOME/.cargo/bin:$PATH"
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --all) export TANDEM_BUILD_ALL=1 ;;
    # build.rs reads the bank from TANDEM_BANK and the brand from TANDEM_BRAND.
    --bank) TANDEM_BANK="$(cd "$caller" && realpath "$2")"; export TANDEM_BANK; shift ;;
    --brand) TANDEM_BRAND="$(cd "$caller" && realpath "$2")"; export TANDEM_BRAND; shift ;;
    *) args+=("$1") ;;
  esac
  shift
done
echo
echo "Tandem will be served at http://127.0.0.1:8080/ (Ctrl+C stops it)"
echo
# A dist of its own, so serving never overwrites the release build that tests use.
exec trunk serve --dist target/serve-dist "${args[@]}"
