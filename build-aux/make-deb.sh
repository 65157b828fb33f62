#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Metodist's Debian packages from a clean tree: the files git tracks
# or would (not the ignored build folders; outside a clone, the tree
# without its build folders), with
# build-aux/debian/ laid in as debian/, by dpkg-buildpackage.
#   make-deb.sh [OUTPUT-FOLDER]    the .deb files go there (default: _deb)
# Packages made: metodist (the window) and metodist-cli (the command line
# alone, which a server installs by itself). DEB_BUILD_OPTIONS=nocheck
# leaves out the tests that run while building.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
output=$(realpath -m "${1:-_deb}")

packages=(debhelper dpkg-dev fakeroot lintian)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}\n' "$package" 2>/dev/null | grep -q '^install ok installed$' ||
    missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
# What building needs is what Build-Depends says (deps.sh installs the same).
bash build-aux/deps.sh run

# The version is meson's; the changelog must agree, or the package would
# say another.
version=$(sed -n "s/^ *version: *'\([^']*\)'.*/\1/p" meson.build | head -n 1)
changelog_version=$(sed -n '1s/^metodist (\([^)]*\)).*/\1/p' build-aux/debian/changelog)
if [ "$version" != "$changelog_version" ]; then
  echo "make-deb.sh: meson.build says $version, build-aux/debian/changelog $changelog_version" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tree="$work/metodist-$version"
mkdir "$tree"
if git -C "$root" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  # The files git tracks or would (not ignored), as they are in the work
  # tree, so uncommitted edits count and build folders do not; a tracked
  # file deleted in the work tree is left out.
  (cd "$root" &&
    git ls-files -z --cached --others --exclude-standard |
    while IFS= read -r -d '' file; do [ -e "$file" ] && printf '%s\0' "$file"; done |
    xargs -0 cp --parents -t "$tree")
else
  tar -C "$root" --exclude='./_build*' --exclude='./_deb' -cf - . | tar -C "$tree" -xf -
fi
cp -r build-aux/debian "$tree/debian"

(cd "$tree" && dpkg-buildpackage -b -us -uc)

mkdir -p "$output"
mv "$work"/*.deb "$work"/*.changes "$work"/*.buildinfo "$output"/
echo "lintian:"
lintian --info --display-info --fail-on error "$output"/metodist_"$version"_*.changes
ls -1 "$output"/*.deb
