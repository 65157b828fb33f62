#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `metodist` with no arguments opens the window, as the desktop file runs
# it: the command line hands over to the window program, whose window is
# mapped on the display within the time a person waits, under the name
# `metodist` (its X11 class, which taskbars match to the desktop file).
#   check-window-start.sh METODIST
set -eu
metodist=$1
[ -n "${DISPLAY:-}" ] || { echo "no display" >&2; exit 77; }
# A session bus of its own, as a desktop session has one: GTK registers
# the application there, and a Metodist already running on another bus
# must not take the start over.
if [ -z "${CHECK_WINDOW_START_OWN_BUS:-}" ]; then
  CHECK_WINDOW_START_OWN_BUS=1 exec dbus-run-session -- "$0" "$@"
fi
log=$(mktemp)
"$metodist" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log"' EXIT

window_id () {
  xwininfo -root -tree | sed -n 's/^ *\(0x[0-9a-f]*\) "\(Metodist\|Методист\)[^"]*": (.*/\1/p' | head -n 1
}

tries=0
while :; do
  id=$(window_id)
  if [ -n "$id" ] && xwininfo -id "$id" | grep -q 'Map State: IsViewable'; then
    break
  fi
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "metodist ended before its window appeared:" >&2
    cat "$log" >&2
    exit 1
  fi
  tries=$((tries + 1))
  [ "$tries" -lt 300 ] || { echo "no Metodist window shown after 30 s" >&2; cat "$log" >&2; exit 1; }
  sleep 0.1
done
line=$(xwininfo -root -tree | grep "^ *$id ")
echo "$line"
echo "metodist showed the window in about $((tries / 10)).$((tries % 10)) s"
# The window belongs to the window program that `metodist` became.
[ "$(readlink "/proc/$pid/exe")" = "$(readlink -f "$METODIST_WINDOW")" ] ||
  { echo "the window is not metodist-window's: $(readlink "/proc/$pid/exe")" >&2; exit 1; }
echo "$line" | grep -q '("metodist" ' ||
  { echo "the window's class is not metodist's" >&2; exit 1; }
# On GLib before 2.76 `metodist` set G_SLICE for it (the test sets none).
if ! pkg-config --atleast-version=2.76 glib-2.0 2>/dev/null; then
  tr '\0' '\n' <"/proc/$pid/environ" | grep -qx 'G_SLICE=always-malloc' ||
    { echo "the window program runs without G_SLICE=always-malloc" >&2; exit 1; }
fi
