#!/bin/sh
# Renders every sample under samples/ in every report language and checks
# that (1) no diagnosis keeps its English title or remedy in a language
# other than English (the JSON report of each language against the English
# one, diagnosis by diagnosis), (2) the text report has the same diagnoses
# in every language, (3) no line of the text report is wider than the
# wrap width (78 columns, a CJK character taking two), except the lines
# that quote what the user gave or the logs hold: evidence, bundle
# headings, bundle lists and documentation links (and the fleet table's
# last column, the example machines), and (4) no heading or
# label of the text report is left in English: no English piece of a
# message of the text report (po/*.po) appears in it, unless the
# translation keeps that piece (a product name, an option, a word such as
# "host" that the language borrows).  (4) needs the catalogues (built in
# po/, found through LOGDX_LOCALEDIR or the build tree) and msggrep.
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
	# drop the lines that quote the user's or the logs' text (a documentation
	# link ends its line, after its label), and the fleet table's example
	# machines
	grep -v -e '^samples/' -e '^     samples/' -e '^       samples/' -e '^     [^ ].* https://[^ ]*$' \
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
# (4) The English pieces of each message of the text report (po/LANG.po:
# the messages of out_text.c, msg.c and out.c): the text between its
# printf directives, three letters or more, unless the translation has it.
pieces() {
	msggrep -N src/out_text.c -N src/msg.c -N src/out.c "$1" | msgcat --no-wrap - | awk '
	function unq(s) {
		s = substr(s, index(s, "\"") + 1)
		sub(/"$/, "", s)
		gsub(/\\n/, "\n", s)
		gsub(/\\"/, "\"", s)
		gsub(/\\\\/, "\\", s)
		return s
	}
	function flush(   n, i, k, f, parts) {
		if (id != "")
			for (k = 0; k < nsrc; k++) {
				n = split(src[k], parts, /%[-+ #0-9.*]*[hlzjt]*[diouxXeEfgGcsp%]|\n/)
				for (i = 1; i <= n; i++) {
					f = parts[i]
					gsub(/^ +| +$/, "", f)
					if (f !~ /[A-Za-z].*[A-Za-z].*[A-Za-z]/ || index(str, f))
						continue
					# the words msg.c shares with the HTML report: in the
					# text one as "[critical]", "(resolved)" or a phrase
					if (loc ~ /out_text|out\.c/ || f ~ / /)
						print f
					else
						print "[" f "]\n(" f ")"
				}
			}
		id = ""; nsrc = 0; str = ""; last = ""; loc = ""
	}
	/^#:/ { if (last == "str") flush(); loc = loc $0; next }
	/^msgid / { if (last == "str") flush(); id = unq($0); src[nsrc++] = id; last = "id"; if (id == "") id = "\001"; next }
	/^msgid_plural / { src[nsrc++] = unq($0); last = "pl"; next }
	/^msgstr/ { str = str "\002" unq($0); last = "str"; next }
	/^"/ {
		if (last == "id") { src[nsrc - 1] = src[nsrc - 1] unq($0); id = src[nsrc - 1] }
		else if (last == "pl") src[nsrc - 1] = src[nsrc - 1] unq($0)
		else if (last == "str") str = str unq($0)
		next
	}
	END { flush() }' | sort -u
}
if [ "${USE_NLS:-yes}" = no ]; then
	echo "lang: built without NLS: headings not checked"
elif ! command -v msggrep >/dev/null 2>&1 || ! command -v msgcat >/dev/null 2>&1; then
	echo "FAIL msggrep and msgcat (gettext) are needed to check the headings"
	fail=1
else
	for l in ru zh-CN zh-TW es fr; do
		po=$(printf '%s' "$l" | tr - _)
		pieces "$SRCDIR/po/$po.po" >"$work/$l.pieces"
		if [ "$(wc -l <"$work/$l.pieces")" -lt 50 ]; then
			echo "FAIL po/$po.po: only $(wc -l <"$work/$l.pieces") message pieces"
			fail=1
		fi
		# the report's own words: ids, placeholders such as <source
		# machine IP>, templates and examples of unrecognised errors (logs'
		# text) and doc links dropped too
		sed -e '/^          /d' -e 's/[a-z][a-z0-9]*\.[a-z0-9.-]*[a-z0-9]//g' -e 's/<[^>]*>//g' \
			-e 's/<[^>]*$//' -e 's/^[^<>]*>//' \
			"$work/$l.own" >"$work/$l.words"
		left=$(while IFS= read -r p; do
			grep -F -w -m1 -e "$p" "$work/$l.words" >/dev/null && printf '%s\n' "$p"
		done <"$work/$l.pieces")
		if [ -n "$left" ]; then
			echo "FAIL --lang=$l: headings or labels left in English:"
			printf '%s\n' "$left" | sed 's/^/    /'
			fail=1
		fi
	done
fi
# the check itself: an English heading in a Russian report is found
printf '%s\n' "samples/x: 1 diagnosis (1 file, 2 KiB)" >"$work/probe"
if [ "${USE_NLS:-yes}" != no ] && command -v msggrep >/dev/null 2>&1 &&
	! grep -F -w -q -e "$(grep -x 'diagnosis' "$work/ru.pieces" || echo none)" "$work/probe"; then
	echo "FAIL the heading check does not find 'diagnosis' in an English line"
	fail=1
fi

# the width check itself: a line of 40 CJK characters is 80 columns
printf '%s\n' "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十" >"$work/cjk"
if "$tw" 79 <"$work/cjk" >/dev/null || ! "$tw" 80 <"$work/cjk" >/dev/null; then
	echo "FAIL textwidth does not count a CJK character as two columns"
	fail=1
fi
[ "$fail" = 0 ] && echo "lang: every sample in 6 languages, nothing left in English, nothing too wide"
exit "$fail"
