#!/usr/bin/env bash
# Mutation testing of the domain core with cargo-mutants: each small change to the code
# (a + made -, a condition made true, a function returning a default) must make some
# native test fail. Survivors are listed in mutants.out/missed.txt; each must be killed
# by a test or excluded in .cargo/mutants.toml with its reason. Not part of
# scripts/test.sh: a full run takes long (docs/testing.md, "Mutation testing").
#   scripts/mutants.sh                       the pure core: src/assessment/,
#                                            src/content/source.rs, src/export/,
#                                            src/json.rs and src/embed/
#   scripts/mutants.sh -f src/assessment/link.rs   one file (any cargo-mutants option)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/setup.sh mutants
# The domain core, unless the arguments name files.
files=(-f 'src/assessment/*.rs' -f src/content/source.rs -f 'src/export/*.rs' -f src/json.rs
  -f 'src/embed/*.rs')
for arg in "$@"; do
  case "$arg" in -f | --file | --file=*) files=() ;; esac
done
# The native tests only: tests/web.rs runs in a browser and holds no core test.
exec cargo mutants --timeout 60 "${files[@]}" "$@" -- --lib --tests
