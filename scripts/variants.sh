#!/usr/bin/env bash
# The builds the end-to-end tests take through a journey besides the release in dist/,
# each built once, into dist-variants/<name>/ (served at /variants/<name>/ by
# tests/e2e/serve.mjs; tests/e2e/specs/variants.spec.js):
#   other-bank   Tandem's questions under a bank id of their own, as a consultancy's copy
#                of the bank would be (`--bank`): its links name that bank (format 3), and
#                links of Tandem's own bank say they were made with other questions.
set -euo pipefail
cd "$(dirname "$0")/.."
work=target/variants/other-bank
mkdir -p "$work"
# Without `kept` and the areas' `earlier`: Tandem's version 1 is another bank's.
sed -e 's/^id = "tandem"$/id = "e2e-other-bank"/' -e '/^kept = /d' -e '/^earlier = /d' src/content/bank.toml > "$work/bank.toml"
grep -q '^id = "e2e-other-bank"$' "$work/bank.toml" || { echo "variants: bank.toml's id line has changed" >&2; exit 1; }
bash scripts/build.sh --bank "$work/bank.toml" --dist dist-variants/other-bank
