#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the software centres' pictures again from the real window (the
# window-store tests, under Xvfb, in English and Russian) and keeps them in
# data/screenshots/, where the metainfo's URLs point (README.md). Run it
# when the window changes, and commit the pictures.
set -euo pipefail
cd "$(dirname "$0")/.."
bash build-aux/deps.sh test
[ -f _build/build.ninja ] || meson setup _build -Dprofile=development
meson compile -C _build
rm -f _build/tests/screenshots/store-*.png
xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
  meson test -C _build --no-rebuild window-store-ru window-store-en || true
mkdir -p data/screenshots
shots=(_build/tests/screenshots/store-*.png)
[ -e "${shots[0]}" ] || { echo "update-screenshots.sh: the test took no picture" >&2; exit 1; }
cp "${shots[@]}" data/screenshots/
ls -l data/screenshots/
