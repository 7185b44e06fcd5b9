#!/bin/sh
# Renders every sample under samples/ in every report language and checks
# that (1) no diagnosis keeps its English title or remedy in a language
# other than English (the JSON report of each language against the English
# one, diagnosis by diagnosis), (2) the text report has the same diagnoses
# in every language, and (3) no line of the text report is wider than the
# wrap width (78 columns, a CJK character taking two), except the lines
# that quote what the user gave or the logs hold: evidence, bundle
# headings, bundle lists and documentation links (and the fleet table's
# last column, the example machines).
set -u
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BUILDDIR:=$SRCDIR}"
logdx="$BUILDDIR/src/logdx"
tw="$BUILDDIR/tests/textwidth"
[ -x "$tw" ] || { echo "lang: $tw not built" >&2; exit 99; }
work=$(mktemp -d "${TMPDIR:-/tmp}/logdx-lang.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT INT TERM
cd "$SRCDIR" || exit 99
LC_ALL=C
export LC_ALL
fail=0

# one report of all the samples per language and format
for l in en ru zh-CN zh-TW es fr; do
	"$logdx" --lang="$l" --format=json samples/* >"$work/$l.json" 2>"$work/$l.err"
	rc=$?
	if [ "$rc" -ne 0 ]; then
		echo "FAIL --lang=$l --format=json: exit $rc"
		sed 's/^/    /' "$work/$l.err" | head -5
		fail=1
	fi
	"$logdx" --lang="$l" samples/* >"$work/$l.txt" 2>/dev/null
	grep -E '^ *"(title|remedy)": ' "$work/$l.json" >"$work/$l.tr"
	grep -c '^ *"id": ' "$work/$l.json" >"$work/$l.n"
done
n=$(wc -l <"$work/en.tr")
if [ "$n" -lt 100 ]; then
	echo "FAIL only $n titles and remedies in the English report"
	fail=1
fi
for l in ru zh-CN zh-TW es fr; do
	if ! cmp -s "$work/en.n" "$work/$l.n"; then
		echo "FAIL --lang=$l: not the same diagnoses as in English"
		fail=1
		continue
	fi
	# the same field of the same diagnosis, English and localized, side
	# by side: an identical pair is text left in English
	same=$(paste -d '\n' "$work/en.tr" "$work/$l.tr" |
		awk 'NR % 2 { e = $0; next } $0 == e { print e }' | sort -u)
	if [ -n "$same" ]; then
		echo "FAIL --lang=$l: left in English:"
		printf '%s\n' "$same" | cut -c1-160 | sed 's/^/    /'
		fail=1
	fi
	if grep -q '"lang": "'"$l"'"' "$work/$l.json"; then :; else
		echo "FAIL --lang=$l: the JSON report does not name its language"
		fail=1
	fi
done
for l in en ru zh-CN zh-TW es fr; do
	# drop the lines that quote the user's or the logs' text
	grep -v -e '^samples/' -e '^     samples/' -e '^       samples/' -e '^     doc: ' \
		"$work/$l.txt" | sed 's/  *samples\/.*//' >"$work/$l.own"
	if [ "$(wc -l <"$work/$l.own")" -lt 1000 ]; then
		echo "FAIL --lang=$l: the text report is too short"
		fail=1
	fi
	if ! "$tw" 78 <"$work/$l.own" >"$work/$l.wide"; then
		echo "FAIL --lang=$l: lines wider than 78 columns:"
		head -5 "$work/$l.wide" | sed 's/^/    /'
		fail=1
	fi
done
# the width check itself: a line of 40 CJK characters is 80 columns
printf '%s\n' "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十" >"$work/cjk"
if "$tw" 79 <"$work/cjk" >/dev/null || ! "$tw" 80 <"$work/cjk" >/dev/null; then
	echo "FAIL textwidth does not count a CJK character as two columns"
	fail=1
fi
[ "$fail" = 0 ] && echo "lang: every sample in 6 languages, nothing left in English, nothing too wide"
exit "$fail"
