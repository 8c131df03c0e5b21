#!/usr/bin/env bash
# screenshots.sh [FILE] [OUTDIR]: look at the window without a desktop.
#
# Starts the app from _build on FILE (default: the example annotation
# file, whose claims show their highlights) inside Xvfb, four times:
# light and dark, wide (1280x800) and narrow (360x720), and saves each
# window as OUTDIR/{light,dark}-{wide,narrow}.png (default OUTDIR:
# _build/screenshots).  The window size is handed to the app through a
# throw-away GSettings keyfile; your own settings are not touched.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

cd "$(dirname "$0")/.."
root=$PWD
file=$(realpath "${1:-tests/data/example.kaynak.json}")
out=$(realpath -m "${2:-_build/screenshots}")

bash build-aux/setup-deps.sh
if [ ! -f _build/meson-private/coredata.dat ]; then
  meson setup _build
fi
meson compile -C _build >/dev/null

mkdir -p "$out"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/kaynak-shots.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# shoot NAME WIDTH HEIGHT COLOR-SCHEME
shoot () {
  local name=$1 width=$2 height=$3 scheme=$4
  local home="$scratch/$name"
  rm -f "$out/$name.png"
  mkdir -p "$home/config/glib-2.0/settings" "$home/runtime"
  chmod 0700 "$home/runtime"
  # GNOME's title bar buttons (button-layout 'appmenu:close'), as users
  # of GNOME see them; without a desktop GTK adds minimize and maximize
  mkdir -p "$home/config/gtk-4.0"
  printf '[Settings]\ngtk-decoration-layout=appmenu:close\n' >"$home/config/gtk-4.0/settings.ini"
  cat >"$home/config/glib-2.0/settings/keyfile" <<EOF
[io/github/kaynak/Kaynak]
window-width=$width
window-height=$height
window-maximized=false
EOF
  # Wait for the window to be mapped (the first start of the accessibility
  # bus can take seconds), give it a moment to draw, then capture the
  # window itself, so its real size shows even when it cannot shrink to
  # the size asked for.
  XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data" \
  XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/runtime" \
  GSETTINGS_BACKEND=keyfile GSETTINGS_SCHEMA_DIR="$root/_build/data" \
  XDG_DATA_DIRS="$root/data:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" \
  ADW_DEBUG_COLOR_SCHEME="$scheme" \
  xvfb-run -a -s "-screen 0 1600x1000x24" \
    dbus-run-session -- bash -c '
      "$1" "$2" 2>"$4" &
      app=$!
      window=
      for _ in $(seq 60); do
        window=$(xwininfo -root -tree | grep "(\"kaynak\" \"kaynak\")" \
                 | grep -v " 1x1+" | awk "{ print \$1; exit }")
        [ -n "$window" ] && break
        sleep 0.5
      done
      if [ -n "$window" ]; then
        sleep 5
        import -window "$window" "$3"
      fi
      kill "$app" 2>/dev/null || true
      wait "$app" 2>/dev/null || true
    ' shoot "$root/_build/app/kaynak" "$file" "$out/$name.png" "$home/app.log" \
    2>/dev/null
  if [ -s "$out/$name.png" ]; then
    echo "screenshots: $out/$name.png"
  else
    echo "screenshots: no picture for $name; the app said:" >&2
    cat "$home/app.log" >&2
    return 1
  fi
}

shoot light-wide 1280 800 prefer-light
shoot dark-wide 1280 800 prefer-dark
shoot light-narrow 360 720 prefer-light
shoot dark-narrow 360 720 prefer-dark
