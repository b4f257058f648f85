#!/usr/bin/env bash
# The release build of Tandem into dist/, as CI, the bench and a deploy make it. The
# steps, their order and their options are in scripts/build.mjs; this stays the command.
#   scripts/build.sh                  the release
#   scripts/build.sh --list           the steps, with what each reads and writes
#   scripts/build.sh --only NAME      one step again, on the last build's stage
#   scripts/build.sh --bank FILE      with the question bank in FILE (docs/writing-a-bank.md)
#   scripts/build.sh --brand FILE     with the brand in FILE (README, "Your own brand")
#   scripts/build.sh --dist DIR       into DIR rather than dist/: new, empty or an earlier build
set -euo pipefail
# Paths given on the command line are read from where it was typed.
export TANDEM_CALLER_DIR="$PWD"
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
exec node scripts/build.mjs "$@"
