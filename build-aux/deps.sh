#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages that Metodist needs, and only when one is
# missing, so that running it again costs nothing.
#   deps.sh run    what building and running the app needs
#   deps.sh test   that, plus what the test suite needs
set -euo pipefail

run_packages=(
  meson ninja-build pkg-config gcc gettext
  libglib2.0-dev libglib2.0-bin libjson-glib-dev libxlsxwriter-dev libqrencode-dev libpng-dev libcairo2-dev
  libsoup-3.0-dev glib-networking libgsf-1-dev libxml2-dev libfreexl-dev
  libpango1.0-dev libgtk-4-dev libgtk-4-bin libadwaita-1-dev libepoxy-dev
  desktop-file-utils fonts-cantarell adwaita-icon-theme hicolor-icon-theme
  librsvg2-common
)
test_packages=(
  "${run_packages[@]}"
  binutils xvfb xauth appstream locales flatpak-builder python3-openpyxl python3-xlsxwriter
  zbar-tools poppler-utils librsvg2-bin clang-format valgrind
  xserver-xorg-core xserver-xorg-video-dummy openbox x11-xserver-utils x11-utils dbus hyperfine qrencode
)

case "${1:-}" in
  run) wanted=("${run_packages[@]}") ;;
  test) wanted=("${test_packages[@]}") ;;
  *) echo "usage: $0 run|test" >&2; exit 2 ;;
esac

missing=()
for package in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
