#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Metodist's development profile into a
# folder of the work tree and starts it there.
set -euo pipefail
cd "$(dirname "$0")/.."

bash build-aux/deps.sh run

build=_build-run
prefix="$PWD/$build/prefix"
if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" -Dprofile=development --prefix="$prefix"
fi
meson install -C "$build" --quiet

# The schema, icons and translations are found in that prefix.
export XDG_DATA_DIRS="$prefix/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
exec "$prefix/bin/metodist" "$@"
