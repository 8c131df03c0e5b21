#!/usr/bin/env bash
# validate-mime.sh FILE.xml: check a shared-mime-info package file.
#
# shared-mime-info installs no schema, so this checks what matters in
# practice: the XML is well formed, update-mime-database accepts it
# without a warning, and the resulting database maps *.kaynak.json to
# application/x-kaynak+json as a sub-class of application/json.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

file=${1:?usage: validate-mime.sh FILE.xml}
mime_type=application/x-kaynak+json
status=0

if command -v xmllint >/dev/null 2>&1; then
  xmllint --noout "$file"
fi

if ! command -v update-mime-database >/dev/null 2>&1; then
  echo "validate-mime: update-mime-database not found (package shared-mime-info); checked well-formedness only"
  exit "$status"
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
# Only *.xml files are read from packages/, whatever the input is called.
cp "$file" "$tmp/mime/packages/kaynak.xml"

# update-mime-database reports problems with a package file on stderr but
# still exits 0 for many of them, so any output counts as a failure.
# XDG_DATA_DIRS includes the temporary folder only to silence the notice
# that it is not in the search path.
if ! XDG_DATA_DIRS="$tmp" update-mime-database "$tmp/mime" >"$tmp/log" 2>&1 || [ -s "$tmp/log" ]; then
  echo "validate-mime: update-mime-database complained:"
  cat "$tmp/log"
  status=1
fi

if ! grep -q "^[0-9]*:$mime_type:\*\.kaynak\.json" "$tmp/mime/globs2" 2>/dev/null; then
  echo "validate-mime: *.kaynak.json is not mapped to $mime_type"
  status=1
fi
if ! grep -qx "$mime_type application/json" "$tmp/mime/subclasses" 2>/dev/null; then
  echo "validate-mime: $mime_type is not a sub-class of application/json"
  status=1
fi
if ! grep -aq "^\[[0-9]*:$mime_type\]" "$tmp/mime/magic" 2>/dev/null; then
  echo "validate-mime: $mime_type has no magic (content) rule"
  status=1
fi

[ "$status" -eq 0 ] && echo "validate-mime: $file OK"
exit "$status"
