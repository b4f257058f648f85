#!/usr/bin/env bash
# Installs what is missing, builds Tandem and serves it on http://127.0.0.1:8080/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh build
export PATH="$HOME/.cargo/bin:$PATH"
echo
echo "Tandem will be served at http://127.0.0.1:8080/ (Ctrl+C stops it)"
echo
# A dist of its own, so serving never overwrites the release build that tests use.
exec trunk serve --dist target/serve-dist "$@"
