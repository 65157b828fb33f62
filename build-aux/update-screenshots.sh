#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the software centres' pictures again from the real window (the
# window-store tests, under Xvfb, in English and Russian) and keeps them in
# data/screenshots/, where the metainfo's URLs point (README.md). Run it
# when the window changes, and commit the pictures.
set -euo pipefail
cd "$(dirname "$0")/.."
bash build-aux/deps.sh test
# The release profile, as stores show it (the development one has a
# striped header bar).
build=_build-screenshots
[ -f "$build/build.ninja" ] || meson setup "$build" -Dprofile=default
meson compile -C "$build"
rm -f "$build"/tests/screenshots/store-*.png
# The tests fail while the kept copies differ; the pictures are taken first.
xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
  meson test -C "$build" --no-rebuild window-store-ru window-store-en || true
mkdir -p data/screenshots
shots=("$build"/tests/screenshots/store-*.png)
[ -e "${shots[0]}" ] || { echo "update-screenshots.sh: the test took no picture" >&2; exit 1; }
cp "${shots[@]}" data/screenshots/
ls -l data/screenshots/
