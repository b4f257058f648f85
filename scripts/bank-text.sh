#!/usr/bin/env bash
# Trunk post_build step: writes the banks' text (src/assessment/text.rs: the questions'
# words and the results') as text-<hash>.txt and names it in index.html's
# <meta name="tandem-text">, which the assessment's page reads to load it once a
# visitor starts. The program is built with the lazy-text feature (index.html), so a
# first visit does not download these words.
# The file comes from a native program with the text built in: the same banks, the
# same build.rs, so its fingerprint is the one the page's program expects.
set -euo pipefail
cd "$(dirname "$0")/.."
staging=${TRUNK_STAGING_DIR:?run by Trunk}
unset RUSTFLAGS RUSTC_BOOTSTRAP CARGO_UNSTABLE_BUILD_STD CARGO_UNSTABLE_BUILD_STD_FEATURES
out=target/bank-text.txt
cargo run --quiet --example bank_text -- "$out"
hash=$(sha256sum "$out" | cut -c1-16)
cp "$out" "$staging/text-$hash.txt"
meta="<meta name=\"tandem-text\" content=\"./text-$hash.txt\">"
sed -i "s|</head>|$meta</head>|" "$staging/index.html"
grep -q 'name="tandem-text"' "$staging/index.html" || { echo "index.html has no </head> for the bank text's name" >&2; exit 1; }
