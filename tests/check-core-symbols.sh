#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The core must never use GTK. Its library may not refer to a single GTK,
# GDK, GSK or libadwaita symbol. The UI library, which must, proves that
# the check sees such references at all.
set -eu
core=$1
ui=$2

gtk_refs () {
  nm --undefined-only "$1" | grep -E '[[:space:]](gtk|gdk|gsk|adw)_[a-z0-9_]+$' || true
}

found=$(gtk_refs "$core")
if [ -n "$found" ]; then
  echo "src/core refers to GTK:" >&2
  echo "$found" | sort -u >&2
  exit 1
fi

if [ -z "$(gtk_refs "$ui")" ]; then
  echo "the check found no GTK reference even in the UI library: it is broken" >&2
  exit 1
fi
echo "the core library refers to no GTK symbol"
