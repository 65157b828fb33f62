#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Keeps the translation whole: POTFILES.in sorted and listing every file with
# translatable strings, and po/ru.po translating every string of the sources.
set -eu
top=$1
cd "$top"
status=0

listed=$(grep -v '^#' po/POTFILES.in | grep -v '^$')
if [ "$listed" != "$(printf '%s\n' "$listed" | LC_ALL=C sort)" ]; then
  echo "po/POTFILES.in is not sorted" >&2
  status=1
fi

wanted=$( (grep -rlE '(^|[^A-Za-z0-9_])(N?C?_|g_dngettext) ?\(|translatable="yes"' src; \
           ls data/*.desktop.in.in data/*.metainfo.xml.in.in data/*.gschema.xml) | LC_ALL=C sort)
missing=$(printf '%s\n' "$wanted" | while read -r file; do
  printf '%s\n' "$listed" | grep -qxF "$file" || echo "$file"
done)
if [ -n "$missing" ]; then
  echo "files with translatable strings missing from po/POTFILES.in:" >&2
  echo "$missing" >&2
  status=1
fi

pot=$(mktemp --suffix=.pot)
trap 'rm -f "$pot"' EXIT
xgettext --from-code=UTF-8 --add-comments --keyword=_ --keyword=N_ \
  --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 \
  --files-from=po/POTFILES.in --directory=. --output="$pot" --package-name=metodist

# Every string of the sources has a Russian translation that is not fuzzy.
if ! msgcmp po/ru.po "$pot"; then
  echo "po/ru.po lacks strings of the sources: run 'meson compile -C _build metodist-update-po' and translate" >&2
  status=1
fi
stats=$(LC_ALL=C msgfmt --statistics -o /dev/null po/ru.po 2>&1)
case "$stats" in
  *untranslated*|*fuzzy*)
    echo "po/ru.po is not complete: $stats" >&2
    status=1;;
esac

[ "$status" -eq 0 ] && echo "po/ru.po: $stats"
exit "$status"
