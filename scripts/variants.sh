#!/usr/bin/env bash
# The builds the end-to-end tests take through a journey besides the release in dist/,
# each built once, into dist-variants/<name>/ (served at /variants/<name>/ by
# tests/e2e/serve.mjs; tests/e2e/specs/variants.spec.js):
#   northwind    a consultancy's own deployment: the sample brand examples/brands/northwind
#                (`--brand`) and the sample bank about sales and customer success,
#                examples/banks/sales-success (`--bank`): its pages and files name the
#                brand and its teams, it asks that bank's questions, its links name its
#                bank (format 3), and links of Tandem's own bank say they were made with
#                other questions.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh --brand examples/brands/northwind/brand.toml \
  --bank examples/banks/sales-success/bank.toml --dist dist-variants/northwind
