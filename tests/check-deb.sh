#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian packages, as an IT department installs them: built from a
# clean tree by build-aux/make-deb.sh (lintian must find no error), their
# control fields and file lists checked, then installed with dpkg into a
# throwaway root (this system seen through an overlay that vanishes at the
# end), where the installed programs run: the command line alone first, as
# on a server, then with the window.
#   check-deb.sh [FOLDER-FOR-THE-DEBS]
# Needs root (mounts in a namespace of its own). Last line: the verdict.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
debs=${1:-$work/debs}

fail () {
  echo "check-deb: $*" >&2
  exit 1
}

bash build-aux/make-deb.sh "$debs"
version=$(sed -n "s/^ *version: *'\([^']*\)'.*/\1/p" meson.build | head -n 1)
window_deb=$(ls "$debs"/metodist_"$version"_*.deb)
cli_deb=$(ls "$debs"/metodist-cli_"$version"_*.deb)

# What each package holds and asks for.
files () {
  dpkg-deb -c "$1" | awk '{print $6}' | sed 's|^\./|/|' | grep -v '/$'
}
echo "metodist-cli:"; files "$cli_deb" | sed 's/^/  /'
echo "metodist:"; files "$window_deb" | sed 's/^/  /'
for path in /usr/bin/metodist /usr/lib/metodist/metodist-xls-reader \
            /usr/share/locale/ru/LC_MESSAGES/metodist.mo \
            /usr/share/glib-2.0/schemas/io.github.metodist.Metodist.gschema.xml \
            /usr/share/man/man1/metodist.1.gz; do
  files "$cli_deb" | grep -qx "$path" || fail "metodist-cli lacks $path"
done
for path in /usr/lib/metodist/metodist-window \
            /usr/share/applications/io.github.metodist.Metodist.desktop \
            /usr/share/metainfo/io.github.metodist.Metodist.metainfo.xml \
            /usr/share/icons/hicolor/scalable/apps/io.github.metodist.Metodist.svg \
            /usr/share/icons/hicolor/symbolic/apps/io.github.metodist.Metodist-symbolic.svg; do
  files "$window_deb" | grep -qx "$path" || fail "metodist lacks $path"
done
cli_depends=$(dpkg-deb -f "$cli_deb" Depends)
window_depends=$(dpkg-deb -f "$window_deb" Depends)
echo "metodist-cli Depends: $cli_depends"
echo "metodist Depends: $window_depends"
# dh_shlibdeps computed them: the libraries the programs link, with versions.
grep -q 'libqrencode4 (>= ' <<<"$cli_depends" || fail "metodist-cli does not depend on libqrencode4"
grep -q 'libsoup-3.0-0 (>= ' <<<"$cli_depends" || fail "metodist-cli does not depend on libsoup"
! grep -qE 'libgtk-4|libadwaita' <<<"$cli_depends" || fail "the command line depends on GTK"
grep -q 'gsettings-backend' <<<"$cli_depends" || fail "metodist-cli reads settings with no GSettings backend"
grep -q "metodist-cli (= $version)" <<<"$window_depends" || fail "metodist does not depend on its command line"
grep -q 'libgtk-4-1 (>= 4.8)' <<<"$window_depends" || fail "metodist does not depend on GTK 4.8"

# The throwaway root: / through an overlay whose changes live in a tmpfs
# of this mount namespace only.
cat >"$work/in-root.sh" <<'SH'
set -euo pipefail
root=$1 cli_deb=$2 window_deb=$3
mount -t tmpfs tmpfs "$root.changes"
mkdir "$root.changes/upper" "$root.changes/work"
mount -t overlay overlay -o "lowerdir=/,upperdir=$root.changes/upper,workdir=$root.changes/work" "$root"
for dir in proc dev sys; do mount --rbind "/$dir" "$root/$dir"; done
mkdir -p "$root/debs"
cp "$cli_deb" "$window_deb" "$root/debs/"
in_root () {
  chroot "$root" env -i PATH=/usr/bin:/bin:/usr/sbin:/sbin HOME=/root "$@"
}
# As the methodologist's PC and the server have them: nothing of ours.
in_root sh -c '! test -e /usr/bin/metodist' || { echo "metodist is already installed here" >&2; exit 1; }

echo "== dpkg -i metodist-cli (a server)"
in_root dpkg -i "/debs/$(basename "$cli_deb")"
in_root metodist --version 2>"$root.changes/version-errors"
# The settings the command line reads come through the installed schema and
# GSettings backend (the package depends on one), with nothing to warn of.
[ ! -s "$root.changes/version-errors" ] || { cat "$root.changes/version-errors" >&2; exit 1; }
in_root sh -c 'LC_ALL=ru_RU.UTF-8 metodist rank --format csv' >"$root.changes/rank.csv" 2>"$root.changes/rank-errors"
! grep -i 'gsettings' "$root.changes/rank-errors" || { echo "GSettings warned" >&2; exit 1; }
head -n 3 "$root.changes/rank.csv"
grep -q '^#;Муниципалитет;Рейтинг;' "$root.changes/rank.csv" || { echo "the rating's header is not in Russian" >&2; exit 1; }
in_root sh -c 'LC_ALL=ru_RU.UTF-8 metodist rank' >"$root.changes/rank.txt"
head -n 4 "$root.changes/rank.txt"
in_root sh -c 'LC_ALL=ru_RU.UTF-8 metodist rank --output /tmp/rating.xlsx && metodist qr "https://example.org/recommendations" --output /tmp/code.png && test -s /tmp/rating.xlsx && test -s /tmp/code.png'
status=0
in_root sh -c 'LC_ALL=ru_RU.UTF-8 metodist' 2>"$root.changes/no-window" || status=$?
cat "$root.changes/no-window"
[ "$status" -eq 1 ] && grep -q 'не установлено' "$root.changes/no-window" ||
  { echo "without the window: status $status and not the Russian line" >&2; exit 1; }
status=0
in_root sh -c 'LC_ALL=ru_RU.UTF-8 metodist qr' 2>"$root.changes/usage" || status=$?
[ "$status" -eq 2 ] && grep -q 'Справка: «metodist qr --help»' "$root.changes/usage" ||
  { echo "a wrong command line: status $status, not answered in Russian" >&2; exit 1; }

echo "== dpkg -i metodist (the window)"
in_root dpkg -i "/debs/$(basename "$window_deb")"
missing=$(in_root ldd /usr/lib/metodist/metodist-window | grep 'not found' || true)
[ -z "$missing" ] || { echo "metodist-window lacks libraries: $missing" >&2; exit 1; }
in_root sh -c 'test -s /usr/share/glib-2.0/schemas/gschemas.compiled && gsettings --schemadir /usr/share/glib-2.0/schemas list-keys io.github.metodist.Metodist | grep -q monitoring-source'
in_root desktop-file-validate /usr/share/applications/io.github.metodist.Metodist.desktop
echo "== dpkg -r"
in_root dpkg -r metodist metodist-cli
in_root sh -c '! test -e /usr/bin/metodist && ! test -e /usr/lib/metodist'
SH
mkdir "$work/root" "$work/root.changes"
unshare -m --propagation private bash "$work/in-root.sh" "$work/root" "$cli_deb" "$window_deb"
echo "check-deb: the packages build, lintian finds no error, and they install and run"
