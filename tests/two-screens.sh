#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a window test on two screens side by side: a laptop's (1280×1024,
# where the main window opens) and a projector's (1920×1080) to its right.
# Xvfb has a single monitor, so this is X.Org with its dummy driver, two of
# whose outputs RandR switches on, and Openbox, which grants full screen on
# a chosen monitor as GNOME Shell does. It needs no console: X.Org's
# dummy driver runs as any user.
#   two-screens.sh PROGRAM [ARGS...]
set -euo pipefail

# The server itself, not Debian's wrapper (Xorg.wrap refuses users off
# the console and absolute paths); the dummy driver needs no console.
xorg=/usr/lib/xorg/Xorg
[ -x "$xorg" ] || xorg=$(command -v Xorg || true)
for program in "$xorg" xrandr xprop openbox; do
  if [ -z "$program" ] || ! command -v "$program" >/dev/null; then
    echo "two-screens: ${program:-Xorg} is missing (build-aux/deps.sh test installs it)" >&2
    exit 1
  fi
done

# X11 whatever the session: GTK would take a Wayland display first.
unset WAYLAND_DISPLAY
export GDK_BACKEND=x11

work=$(mktemp -d)
server=
manager=
cleanup () {
  [ -z "$manager" ] || kill "$manager" 2>/dev/null || true
  [ -z "$server" ] || kill "$server" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# No input devices of the machine's (a desktop's keyboard and mouse would
# be plugged into the test's screens).
cat >"$work/xorg.conf" <<'CONF'
Section "ServerFlags"
  Option "AutoAddDevices" "false"
  Option "AutoEnableDevices" "false"
EndSection
Section "Device"
  Identifier "dummy"
  Driver "dummy"
  VideoRam 64000
EndSection
Section "Monitor"
  Identifier "monitor"
  HorizSync 5.0-1000.0
  VertRefresh 5.0-200.0
  Modeline "1920x1080" 148.50 1920 2008 2052 2200 1080 1084 1089 1125 +hsync +vsync
  Modeline "1280x1024" 108.00 1280 1328 1440 1688 1024 1025 1028 1066 +hsync +vsync
EndSection
Section "Screen"
  Identifier "screen"
  Device "dummy"
  Monitor "monitor"
  DefaultDepth 24
  SubSection "Display"
    Depth 24
    Virtual 3200 1080
  EndSubSection
EndSection
CONF
mkdir "$work/conf.d"

# The server picks a free display and says which (-displayfd): no race
# with another server for a number.
"$xorg" -displayfd 3 -config "$work/xorg.conf" -configdir "$work/conf.d" -noreset -nolisten tcp \
  -novtswitch -sharevts -logfile "$work/Xorg.log" 3>"$work/display" >"$work/Xorg.out" 2>&1 &
server=$!
for _ in $(seq 100); do
  [ -s "$work/display" ] && break
  kill -0 "$server" 2>/dev/null || break
  sleep 0.1
done
if ! kill -0 "$server" 2>/dev/null || [ ! -s "$work/display" ]; then
  echo "two-screens: X.Org did not start; what it said:" >&2
  cat "$work/Xorg.out" "$work/Xorg.log" >&2 2>/dev/null || true
  exit 1
fi
export DISPLAY=":$(tr -d '[:space:]' <"$work/display")"

# The laptop on the left, primary; the projector to its right.
xrandr --addmode DUMMY1 1920x1080
xrandr --output DUMMY0 --mode 1280x1024 --pos 0x0 --primary \
       --output DUMMY1 --mode 1920x1080 --pos 1280x0
xrandr --listmonitors

# Openbox with its own settings, not the user's.
mkdir -p "$work/config/openbox"
XDG_CONFIG_HOME="$work/config" openbox --sm-disable >"$work/openbox.log" 2>&1 &
manager=$!
for _ in $(seq 100); do
  xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' && break
  sleep 0.1
done
if ! xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id'; then
  echo "two-screens: Openbox did not start; what it said:" >&2
  cat "$work/openbox.log" >&2
  exit 1
fi

"$@"
