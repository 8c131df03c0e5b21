#!/usr/bin/env bash
# run-app.sh: install what is missing, build in _build, and start Kaynak
# on the sample article, straight from the build folder (no install).
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

exec "$root/_build/app/kaynak" "$root/data/samples/seed-article.txt" "$@"
