#!/usr/bin/env bash
# setup-deps.sh: install what Kaynak needs to build, run and test on
# Debian 12 (bookworm), and nothing when it is all there already.
#
# Asking dpkg first keeps the common case (everything installed) under a
# second and without network; apt-get only runs for what is missing.
# As root it calls apt-get directly (a fresh container has no sudo);
# otherwise it uses sudo when there is one, or says what to install.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -euo pipefail

packages=(
  # build
  meson ninja-build pkg-config gcc
  libglib2.0-dev libgtk-4-dev libadwaita-1-dev libjson-glib-dev
  # saved web pages and PDFs as articles (issue 18): libxml2's HTML
  # parser, GMime for .mhtml's MIME parts, poppler for a PDF's text
  libxml2-dev libgmime-3.0-dev libpoppler-glib-dev
  # translations, desktop data and its validation
  gettext desktop-file-utils appstream-util appstream libglib2.0-bin
  libxml2-utils shared-mime-info
  # the user guide: itstool merges its translations (gnome.yelp()),
  # yelp-check validates it (the 'validate-help' test)
  itstool yelp-tools
  # running the window: icons, fonts, SVG loader, software OpenGL,
  # a settings backend that remembers the window size
  adwaita-icon-theme hicolor-icon-theme fonts-cantarell librsvg2-common
  libgl1-mesa-dri gsettings-desktop-schemas dconf-gsettings-backend
  # tests: a headless X server, a session bus, accessibility bus,
  # the W3C JSON Schemas
  xvfb xauth x11-utils dbus dbus-x11 at-spi2-core python3-jsonschema
  # end-to-end journeys: real X input and the accessibility tree
  xdotool python3-pyatspi gir1.2-atspi-2.0
  # the window benchmark sends its keys through XTest (kaynak-window-bench)
  libxtst-dev
  # the statistics journey reads what Copy as CSV put on the clipboard
  xclip
  # the git merge driver's scripted test (tests/git-merge-driver.py)
  git
  # screenshots (xcompmgr: build-aux/help-screenshots.py, so popovers
  # are drawn as on a desktop)
  imagemagick xcompmgr
  # the Flatpak manifests read by flatpak-builder's own parser
  # (--show-manifest; building needs the network and is not a test)
  flatpak-builder
  # memcheck on the core tests; the fuzzer (libFuzzer ships in
  # libclang-rt-14-dev)
  valgrind clang libclang-rt-14-dev
)

# The dataset exports read by their consumers' own tools (tests/node:
# jsonld, html-validate): Node.js and npm, from Debian unless a node and
# an npm are already on the PATH (NodeSource's nodejs bundles npm and
# conflicts with Debian's npm package).
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

# npm ci in tests/node, when its node_modules is missing or older than the
# lock file.  Only the registry's packages named in the lock, at its
# versions and hashes.
install_npm_tools() {
  local dir
  dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/node"
  if [ -f "$dir/node_modules/.package-lock.json" ] &&
     [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
    return 0
  fi
  echo "setup-deps: installing the test tools in $dir (npm ci)" >&2
  npm ci --prefix "$dir" --no-audit --no-fund >&2
}

missing=()
for pkg in "${packages[@]}"; do
  # "install ok installed" is the only state in which a package is usable;
  # removed-but-configured or half-installed packages count as missing.
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  if [ "$status" != "install ok installed" ]; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  install_npm_tools
  exit 0
fi

echo "setup-deps: missing packages: ${missing[*]}" >&2

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "setup-deps: these packages are missing and I am not root and there is no sudo." >&2
  echo "setup-deps: as root, run: apt-get install ${missing[*]}" >&2
  exit 1
fi

# Recommends stay on: on a minimal image they bring things GTK only
# recommends but a usable window needs.
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -q "${missing[@]}"
install_npm_tools
