#!/bin/sh
# The HTML report in a real browser: headless Chromium loads the report
# over samples/ with a shared view in its URL (#filter=vss&sort=severity)
# and dumps the page after its script ran; the visible rows must be the
# rows holding "vss", counted as shown, in severity order, and every link
# inside the page must name an element.  1,000 machines (tests/html.sh's
# generated input) must be shown, sorted by machine name on request (how
# fast is bench/html.sh's business: a timed test fails on a busy machine,
# so the time is only printed here).  A screenshot must show a page, not a
# blank one.
# Skipped (exit 77) without Chromium (setup.sh installs it on Debian).
set -u
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BUILDDIR:=$SRCDIR}"
. "$SRCDIR/tests/htmlkit.sh"
find_browser
[ -n "$browser" ] || { echo "browser: Chromium not installed: skipped"; exit 77; }

# headless, no sandbox (root in a container), a profile of its own (NAME:
# two loads run side by side, the browser's start being most of their
# time), 30 s at the most
chrome() {
	name=$1
	shift
	HOME="$work" timeout 30 "$browser" --headless --disable-gpu --no-sandbox \
		--user-data-dir="$work/profile-$name" --no-first-run --disable-extensions \
		--hide-scrollbars "$@" 2>>"$work/chrome-$name.err"
}

# the fleet table rows of a dumped page, one a line, in page order
rows_of() {
	sed -n '/<table id="ft">/,/<\/table>/p' "$1" | sed 's/<tr data-s=/\n&/g' |
		grep '^<tr data-s=' | sed 's/<\/tr>.*/<\/tr>/'
}

"$logdx" --format=html samples/* >"$work/r.html" 2>/dev/null || [ -s "$work/r.html" ] || exit 99
n=$(ls samples | wc -l)
want=$(grep '^<tr data-s=' "$work/r.html" | sed 's/<[^>]*>//g' | grep -ci 'vss')
[ "$want" -gt 0 ] && [ "$want" -lt "$n" ] || { echo "no sample row to filter"; exit 99; }

# filter and sort from the URL, and a screenshot, side by side; then
# 1,000 machines sorted by name on request
chrome a --dump-dom "file://$work/r.html#filter=vss&sort=severity" >"$work/dom.html" &
chrome c --screenshot="$work/shot.png" --window-size=1200,1600 "file://$work/r.html" >/dev/null &
wait
"$logdx" --format=jsonl samples/* >"$work/all.jsonl" 2>/dev/null
thousand "$work/all.jsonl"
start=$(date +%s)
chrome b --dump-dom "file://$work/k.html?sort=machine" >"$work/kdom.html"
secs=$(($(date +%s) - start))

if ! grep -q '<html lang="en" data-ready="[0-9]*"' "$work/dom.html"; then
	bad "the page's script did not run (no data-ready)"
	tail -5 "$work/chrome-a.err"
fi
rows_of "$work/dom.html" >"$work/rows"
all=$(wc -l <"$work/rows")
[ "$all" = "$n" ] || bad "$all rows in the browser for $n bundles"
grep -v ' hidden=' "$work/rows" >"$work/shown"
shown=$(wc -l <"$work/shown")
[ "$shown" = "$want" ] || bad "filter=vss: $shown rows shown, $want hold vss"
sed 's/<[^>]*>//g' "$work/shown" | grep -vi vss | head -1 | grep . && bad "a row shown without vss"
count=$(grep -o '<output id="shown">[0-9]*' "$work/dom.html" | sed 's/.*>//')
[ "$count" = "$want" ] || bad "the count says $count, $want shown"
grep -o 'data-v="-*[0-9]*"' "$work/shown" | sed 's/data-v="//; s/"//' >"$work/sev"
sort -rn -c "$work/sev" 2>/dev/null || bad "sort=severity: rows not most severe first"
[ "$(sort -u "$work/sev" | wc -l)" -gt 1 ] || bad "sort=severity: one severity only, nothing to order"
legend=$(grep -o '<b id="n-[a-z]*">[0-9]*' "$work/dom.html" | sed 's/.*>//' | awk '{ s += $1 } END { print s + 0 }')
[ "$legend" = "$want" ] || bad "the legend counts $legend machines, $want shown"
# links inside the page, after the script ran
anchors "$work/dom.html"

# 1,000 machines: ready, sorted by name on request
ready=$(grep -o '<html lang="en" data-ready="[0-9]*"' "$work/kdom.html" | tr -dc 0-9)
echo "browser: 1,000 machines ready after ${ready:-?} ms (${secs} s with the browser's start)"
[ -n "$ready" ] || bad "1,000 machines: the page's script never finished"
rows_of "$work/kdom.html" >"$work/krows"
[ "$(grep -vc ' hidden=' "$work/krows")" = 1000 ] || bad "1,000 machines: not 1,000 rows shown"
sed 's/^<tr[^>]*><td><a [^>]*>//; s/<.*//' "$work/krows" | tr 'A-Z' 'a-z' >"$work/names"
sort -c "$work/names" 2>/dev/null || bad "sort=machine: names out of order"

# the screenshot of the report: a page, not a blank one
if [ ! -s "$work/shot.png" ]; then
	bad "no screenshot"
else
	sig=$(od -An -c -N4 "$work/shot.png" | tr -d ' ')
	[ "$sig" = '211PNG' ] || bad "the screenshot is no PNG ($sig)"
	size=$(wc -c <"$work/shot.png")
	# a blank page of that size compresses to about 8 KB
	[ "$size" -gt 40000 ] || bad "the screenshot looks blank ($size bytes)"
fi

[ $fail = 0 ] && echo "browser: filter, sort, counts, links, 1,000 rows and a screenshot in $browser"
exit $fail
