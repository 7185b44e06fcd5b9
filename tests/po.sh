#!/bin/sh
# The message catalogues (po/): every .po of LINGUAS passes msgfmt --check
# and translates every message, none fuzzy; the template po/logdx.pot is
# what xgettext extracts from the sources today (with po/Makevars's
# options), every .po has all of its messages and no others; POTFILES.in
# names every source file that marks a message.  Needs GNU gettext's tools.
set -u
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
for t in msgfmt msgcmp xgettext; do
	command -v "$t" >/dev/null 2>&1 || { echo "po: $t not found: skipped"; exit 77; }
done
work=$(mktemp -d "${TMPDIR:-/tmp}/logdx-po.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT INT TERM
cd "$SRCDIR/po" || exit 99
fail=0

langs=$(sed -e '/^#/d' LINGUAS)
[ -n "$langs" ] || { echo "FAIL LINGUAS names no language"; fail=1; }
for f in *.po; do
	case " $(echo $langs) " in
	*" ${f%.po} "*) ;;
	*) echo "FAIL $f is not in LINGUAS"; fail=1 ;;
	esac
done

# the template as the sources make it now
opts=$(sed -n '/^XGETTEXT_OPTIONS *=/,/[^\\]$/p' Makevars | sed 's/\\$//' | tr '\n' ' ' |
	sed 's/^XGETTEXT_OPTIONS *= *//')
[ -n "$opts" ] || { echo "FAIL no XGETTEXT_OPTIONS in po/Makevars"; exit 1; }
# shellcheck disable=SC2086
(cd .. && xgettext --default-domain=logdx --add-comments=TRANSLATORS: $opts \
	--files-from=po/POTFILES.in -o "$work/now.pot") || { echo "FAIL xgettext"; exit 1; }
if ! msgcmp --use-untranslated logdx.pot "$work/now.pot" 2>"$work/err" ||
	! msgcmp --use-untranslated "$work/now.pot" logdx.pot 2>>"$work/err"; then
	echo "FAIL po/logdx.pot is not what the sources mark (make -C po update-po):"
	sed 's/^/    /' "$work/err" | head -20
	fail=1
fi

for l in $langs; do
	if [ ! -f "$l.po" ]; then
		echo "FAIL po/$l.po is missing"
		fail=1
		continue
	fi
	if ! msgfmt --check --statistics -o /dev/null "$l.po" 2>"$work/stat"; then
		echo "FAIL msgfmt --check po/$l.po:"
		sed 's/^/    /' "$work/stat" | head -20
		fail=1
	elif grep -q -e fuzzy -e untranslated "$work/stat"; then
		echo "FAIL po/$l.po is incomplete: $(cat "$work/stat")"
		fail=1
	fi
	# every message of the template, translated, and no other
	if ! msgcmp "$l.po" "$work/now.pot" 2>"$work/err" ||
		! msgcmp --use-untranslated "$work/now.pot" "$l.po" 2>>"$work/err"; then
		echo "FAIL po/$l.po does not match the sources' messages:"
		sed 's/^/    /' "$work/err" | head -20
		fail=1
	fi
done

# the files that mark messages, all in POTFILES.in
cd .. || exit 99
grep -l -E '(^|[^A-Za-z0-9_])[NPC]?_\(' src/*.c | sort >"$work/marked"
sed -e '/^#/d' -e '/^$/d' po/POTFILES.in | sort >"$work/listed"
if ! cmp -s "$work/marked" "$work/listed"; then
	echo "FAIL po/POTFILES.in and the files that mark messages differ:"
	diff "$work/listed" "$work/marked" | sed -n 's/^[<>]/    &/p'
	fail=1
fi
[ "$fail" = 0 ] && echo "po: $(echo $langs | wc -w) catalogues complete and checked, template current"
exit "$fail"
