#!/usr/bin/env bash
# The builds the end-to-end tests take through a journey besides the release in dist/,
# each built once, into dist-variants/<name>/ (served at /variants/<name>/ by
# tests/e2e/serve.mjs; tests/e2e/specs/variants.spec.js):
#   northwind    a consultancy's own deployment: the sample brand examples/brands/northwind
#                (`--brand`) and Tandem's questions under a bank id, title and teams of
#                their own, "sales and service" (`--bank`): its pages and files name the
#                brand and its teams, its links name its bank (format 3), and links of
#                Tandem's own bank say they were made with other questions.
set -euo pipefail
cd "$(dirname "$0")/.."
work=target/variants/northwind
mkdir -p "$work"
# Without `kept` and the areas' `earlier`: Tandem's version 1 is another bank's.
sed -e 's/^id = "tandem"$/id = "e2e-other-bank"/' -e '/^kept = /d' -e '/^earlier = /d' \
  -e 's/^title = "Sales and marketing alignment"$/title = "Sales and service alignment"/' \
  -e 's/^teams = "sales and marketing"$/teams = "sales and service"/' \
  -e '/^intro_lead = /s/sales and marketing/sales and service/' \
  src/content/bank.toml > "$work/bank.toml"
for line in 'id = "e2e-other-bank"' 'title = "Sales and service alignment"' 'teams = "sales and service"'; do
  grep -qx "$line" "$work/bank.toml" || { echo "variants: bank.toml has no line to become $line" >&2; exit 1; }
done
bash scripts/build.sh --brand examples/brands/northwind/brand.toml --bank "$work/bank.toml" --dist dist-variants/northwind
