#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# `metodist` is the command line alone: it loads no GTK, libadwaita or
# OpenGL library, even through another library; without a command it hands
# every argument to the window program, and says in one line when that is
# not installed.
#   check-cli-window.sh METODIST [METODIST-WINDOW]
set -eu
metodist=$1
window=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

display_libraries () {
  # The dynamic loader's list of every library the program loads.
  LD_TRACE_LOADED_OBJECTS=1 "$1" | grep -oE 'lib(gtk-4|adwaita-1|epoxy|graphene-1\.0|gdk_pixbuf-2\.0|wayland-client|vulkan|GL[A-Za-z]*)\.so[.0-9]*' | sort -u || true
}

found=$(display_libraries "$metodist")
if [ -n "$found" ]; then
  echo "metodist loads display libraries:" $found >&2
  exit 1
fi
echo "metodist loads $(LD_TRACE_LOADED_OBJECTS=1 "$metodist" | grep -c '=>') libraries, none of GTK's"

# The check sees GTK where it is: in the window program.
if [ -n "$window" ] && [ -z "$(display_libraries "$window" | grep gtk-4 || true)" ]; then
  echo "the check found no GTK even in metodist-window: it is broken" >&2
  exit 1
fi

# The hand-over: the window program (here a script standing in for it,
# which writes down what it was given) gets the arguments as they were.
cat >"$work/window" <<'SH'
#!/bin/sh
printf '%s\n' "$@" >"$ARGS_FILE"
exit 7
SH
chmod +x "$work/window"
status=0
ARGS_FILE="$work/args" METODIST_WINDOW="$work/window" "$metodist" --gapplication-service 'a b' || status=$?
[ "$status" -eq 7 ] || { echo "metodist did not run the window program (status $status)" >&2; exit 1; }
printf '%s\n' --gapplication-service 'a b' | cmp -s - "$work/args" ||
  { echo "the window program got other arguments:" >&2; cat "$work/args" >&2; exit 1; }
echo "metodist hands its arguments to the window program"

# Anything but GApplication's options is the command line's, a mistyped
# option too: its usage error (status 2), never the window.
status=0
ARGS_FILE="$work/args" METODIST_WINDOW="$work/window" "$metodist" --verison 2>"$work/err" || status=$?
[ "$status" -eq 2 ] || { echo "metodist --verison: status $status, not the usage error" >&2; exit 1; }
grep -q -- '--help' "$work/err" || { echo "metodist --verison: no usage error:" >&2; cat "$work/err" >&2; exit 1; }
echo "a mistyped option gets the usage error"

# No window program (a server's install): one line, status 1, translated
# (in Russian where the system has the locale: a package's clean build
# chroot may not; CI has).
langs=C.UTF-8
if locale -a 2>/dev/null | grep -qix 'ru_RU.utf8'; then
  langs="$langs ru_RU.UTF-8"
else
  echo "no ru_RU.UTF-8 locale here: the Russian line is not checked"
fi
for lang in $langs; do
  status=0
  LC_ALL=$lang LANGUAGE= METODIST_WINDOW="$work/none" "$metodist" >"$work/out" 2>"$work/err" || status=$?
  [ "$status" -eq 1 ] || { echo "$lang: status $status without a window program" >&2; exit 1; }
  [ "$(wc -l <"$work/err")" -eq 1 ] || { echo "$lang: not one line:" >&2; cat "$work/err" >&2; exit 1; }
  [ ! -s "$work/out" ] || { echo "$lang: wrote to standard output" >&2; exit 1; }
  grep -q "$work/none" "$work/err" || { echo "$lang: the message names no program" >&2; exit 1; }
  if [ "$lang" = ru_RU.UTF-8 ]; then
    grep -q 'не установлено' "$work/err" || { echo "not in Russian:" >&2; cat "$work/err" >&2; exit 1; }
  fi
  cat "$work/err"
done
