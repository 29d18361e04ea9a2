#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Hublot developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a user-facing string of the sources has no finished French
# translation: lupdate re-reads the sources into a copy of hublot_fr.ts, and
# any message it marks unfinished is listed.
#   check-complete.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1 src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for lang in fr en; do
    cp "$src/resources/translations/hublot_$lang.ts" "$work/"
done
"$lupdate" -silent -no-obsolete -locations none -I "$src" -I "$src/app" -recursive "$src/app" "$src/ui" -ts "$work/hublot_fr.ts"
"$lupdate" -silent -no-obsolete -locations none -pluralonly -I "$src" -I "$src/app" -recursive "$src/app" "$src/ui" -ts "$work/hublot_en.ts"
status=0
for lang in fr en; do
    # A message is unfinished when lupdate found it new, or its translation is empty.
    missing=$(awk '
        /<source>/ { sub(/.*<source>/, ""); sub(/<\/source>.*/, ""); source = $0 }
        /type="unfinished"/ { print "  " source }
        /<translation><\/translation>/ { print "  " source }
    ' "$work/hublot_$lang.ts")
    if [ -n "$missing" ]; then
        echo "hublot_$lang.ts lacks translations for:"
        echo "$missing"
        status=1
    else
        echo "hublot_$lang.ts: $(grep -c '<message' "$work/hublot_$lang.ts") messages, all translated"
    fi
done
if [ $status -ne 0 ]; then
    echo "Run packaging/dev/hublot-dev translations, then translate the new messages in resources/translations/."
fi
exit $status
