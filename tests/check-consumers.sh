#!/bin/sh
# check-consumers.sh: exports read by the tools that consume them, with
# those tools' own code (npm packages installed in tests/node by
# build-aux/setup-deps.sh).  A missing tool fails: it never skips.
#
#   check-consumers.sh jsonld KAYNAK_CLI SOURCE_ROOT
#     the W3C Web Annotation export of the sample and of a hostile article,
#     and the golden W3C files (a claim in pieces among them) (byte for byte the export of the fixture,
#     test-formats), expanded by npm's jsonld in safe mode with the W3C
#     context served from tests/data/w3c/anno.jsonld: nothing dropped;
#   check-consumers.sh html KAYNAK_CLI SOURCE_ROOT
#     the HTML report of the sample and of a hostile article, and the
#     golden ones (a claim in pieces among them), by html-validate with its recommended and WCAG rules
#     (tests/html-validate.json); a page that breaks them
#     (tests/data/formats/report-invalid.html) must be refused.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

mode=$1
cli=$2
root=$3
modules=$root/tests/node/node_modules
data=$root/tests/data/formats

if ! command -v node >/dev/null 2>&1; then
  echo "check-consumers: node is not installed; run build-aux/setup-deps.sh" >&2
  exit 1
fi
if [ ! -d "$modules" ]; then
  echo "check-consumers: $modules is missing; run build-aux/setup-deps.sh (npm ci in tests/node)" >&2
  exit 1
fi

out=$(mktemp -d "${TMPDIR:-/tmp}/kaynak-consumers-XXXXXX")
trap 'rm -rf "$out"' EXIT

case $mode in
  jsonld)
    "$cli" --export w3c --output "$out/sample.jsonld" "$root/data/samples/seed-article.kaynak.json"
    "$cli" --export w3c --output "$out/hostile.jsonld" "$data/hostile-report.kaynak.json"
    exec node "$root/tests/jsonld-expand.cjs" "$modules" "$root/tests/data/w3c/anno.jsonld" \
      "$out/sample.jsonld" "$out/hostile.jsonld" \
      "$data/golden/w3c/dataset.jsonld" "$data/golden/w3c/two-articles.jsonld" \
      "$data/golden/pieces/pieces.jsonld" "$data/golden/evidence/evidence.jsonld" \
      "$data/golden/codebook/codebook.jsonld"
    ;;
  html)
    if [ ! -x "$modules/.bin/html-validate" ]; then
      echo "check-consumers: html-validate is not installed in $modules; run build-aux/setup-deps.sh" >&2
      exit 1
    fi
    "$cli" --export html --output "$out" \
      "$root/data/samples/seed-article.kaynak.json" "$data/hostile-report.kaynak.json"
    # the validator must be able to say no
    if "$modules/.bin/html-validate" --config "$root/tests/html-validate.json" \
         "$data/report-invalid.html" >/dev/null 2>&1; then
      echo "check-consumers: html-validate accepted report-invalid.html: it checks nothing" >&2
      exit 1
    fi
    exec "$modules/.bin/html-validate" --config "$root/tests/html-validate.json" \
      "$out/seed-article.html" "$out/hostile-report.html" \
      "$data/golden/html/kuzey-kore-askerleri-rusya-da.html" \
      "$data/golden/pieces/vergiler.html" "$data/golden/evidence/evidence.html" \
      "$data/golden/codebook/codebook.html"
    ;;
  *)
    echo "check-consumers: unknown mode $mode" >&2
    exit 2
    ;;
esac
