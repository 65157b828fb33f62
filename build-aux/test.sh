#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Metodist with warnings as errors and runs
# every test suite (the window's under Xvfb). Ends with "N passed, N failed".
#   test.sh              the normal build, in _build
#   test.sh --sanitize   AddressSanitizer and UBSan, in _build-sanitize
#   test.sh --valgrind   the core suite under valgrind, in _build
set -euo pipefail
cd "$(dirname "$0")/.."

build=_build
options=(-Dwerror=true -Dprofile=development)
# Every suite, or only the core under valgrind (tests/meson.build's
# "valgrind" setup: any memory error or definite leak fails a test).
test_args=()
log=testlog.json
case "${1:-}" in
  --sanitize)
    build=_build-sanitize
    options+=(-Db_sanitize=address,undefined -Db_lundef=false)
    ;;
  --valgrind)
    test_args=(--setup valgrind --suite core)
    log=testlog-valgrind.json
    ;;
esac

bash build-aux/deps.sh test

# The tests speak Russian too; a fresh machine has only the C locales.
if ! locale -a 2>/dev/null | grep -qix 'ru_RU.utf8'; then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" localedef -i ru_RU -f UTF-8 ru_RU.UTF-8
fi

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" "${options[@]}"
fi
meson compile -C "$build"

status=0
xvfb-run -a -s "-screen 0 1280x1024x24 -nolisten tcp" \
  meson test -C "$build" --print-errorlogs --num-processes 2 "${test_args[@]}" || status=$?

# One line a person and CI can read: every test program counts once.
python3 - "$build/meson-logs/$log" <<'PY' || status=1
import json, sys
passed = failed = skipped = 0
with open(sys.argv[1], encoding="utf-8") as log:
    for line in log:
        result = json.loads(line)["result"]
        if result in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif result == "SKIP":
            skipped += 1
        else:
            failed += 1
print(f"{passed} passed, {failed} failed, {skipped} skipped")
# Here Xvfb is always there, so a skipped test means something is broken.
sys.exit(1 if failed or skipped else 0)
PY
exit "$status"
