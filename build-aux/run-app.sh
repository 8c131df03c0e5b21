#!/usr/bin/env bash
# run-app.sh: install what is missing, build in _build, and start Kaynak
# on the sample article with its own sources (a copy of
# data/samples/seed-article.kaynak.json in the Documents folder), straight
# from the build folder (no install).
# Extra arguments are passed to the app after the sample, e.g.
#   bash build-aux/run-app.sh
#   bash build-aux/run-app.sh --version
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD

bash build-aux/setup-deps.sh

# A folder left behind by a failed first setup has no coredata: set it up
# again.  A configured one regenerates itself when a meson.build changes.
if [ ! -f _build/meson-private/coredata.dat ]; then
  meson setup _build
fi
meson compile -C _build

# Uninstalled: the settings schema compiled into the build folder, and the
# icons from the source tree ahead of the system's.
export GSETTINGS_SCHEMA_DIR="$root/_build/data"
export XDG_DATA_DIRS="$root/data:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run-app: no display (neither DISPLAY nor WAYLAND_DISPLAY is set);" \
       "the window needs a desktop session, e.g. run it there or under xvfb-run." >&2
fi

# The sample with its own sources is a Kaynak file, and the app saves a
# Kaynak file where it was opened: so the app gets a copy in the user's
# Documents folder (or, if that cannot be written, a fresh temporary
# folder), never the repository's data/samples/seed-article.kaynak.json.
# An existing copy is kept, so work saved on the sample is there next time;
# delete it to start again from the repository's version.
docs=$(xdg-user-dir DOCUMENTS 2>/dev/null || true)
if [ -z "$docs" ] || [ "$docs" = "$HOME" ]; then
  docs="$HOME/Documents"
fi
if ! mkdir -p "$docs" 2>/dev/null || [ ! -w "$docs" ]; then
  docs=$(mktemp -d "${TMPDIR:-/tmp}/kaynak-sample.XXXXXX")
fi
sample="$docs/seed-article.kaynak.json"
if [ ! -e "$sample" ]; then
  cp "$root/data/samples/seed-article.kaynak.json" "$sample"
  chmod u+w "$sample"
fi
echo "run-app: opening $sample (your copy of the sample)" >&2

exec "$root/_build/app/kaynak" "$sample" "$@"
