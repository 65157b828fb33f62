#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `metodist` with no arguments opens the window, as the desktop file runs
# it: the command line hands over to the window program, whose window
# appears on the display within the time a person waits.
#   check-window-start.sh METODIST
set -eu
metodist=$1
[ -n "${DISPLAY:-}" ] || { echo "no display" >&2; exit 77; }
# A desktop session has its bus; GTK wants one to register the application.
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
  exec dbus-run-session -- "$0" "$@"
fi
log=$(mktemp)
"$metodist" >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log"' EXIT

tries=0
while ! xwininfo -root -tree | grep -qE '"(Metodist|Методист)[^"]*": \("'; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "metodist ended before its window appeared:" >&2
    cat "$log" >&2
    exit 1
  fi
  tries=$((tries + 1))
  [ "$tries" -lt 300 ] || { echo "no Metodist window after 30 s" >&2; cat "$log" >&2; exit 1; }
  sleep 0.1
done
xwininfo -root -tree | grep -E '"(Metodist|Методист)[^"]*": \("' | head -n 1
# The window belongs to the window program that `metodist` became.
[ "$(readlink "/proc/$pid/exe")" = "$(readlink -f "$METODIST_WINDOW")" ] ||
  { echo "the window is not metodist-window's: $(readlink "/proc/$pid/exe")" >&2; exit 1; }
echo "metodist opened the window in about $((tries / 10)).$((tries % 10)) s"
