#!/bin/sh
# bench/html.sh - how fast the HTML report of 1,000 machines is ready in
# headless Chromium: the page's own clock (data-ready, milliseconds from
# navigation start to the end of its script) over RUNS loads (default 5),
# with the page's size per machine.  The input is tests/html.sh's: the
# JSON Lines records of samples/ again and again under other names, read
# back with --merge.
#
#   sh bench/html.sh            (after make; Chromium installed)
#
# Environment: RUNS (5), CHROMIUM (the browser to use).
set -u
here=$(cd "$(dirname "$0")" && pwd -P)
SRCDIR=$(cd "$here/.." && pwd -P)
BUILDDIR=${BUILDDIR:-$SRCDIR}
runs=${RUNS:-5}
case $runs in '' | *[!0-9]*) echo "html: RUNS takes a number" >&2; exit 2 ;; esac
. "$SRCDIR/tests/htmlkit.sh"
find_browser
[ -n "$browser" ] || { echo "html: Chromium not installed (apt-get install chromium)" >&2; exit 2; }
[ -x "$logdx" ] || { echo "html: build first (no $logdx)" >&2; exit 2; }

"$logdx" --format=jsonl samples/* >"$work/all.jsonl" 2>/dev/null
thousand "$work/all.jsonl"
machines=$(grep -c '^<tr data-s=' "$work/k.html")
bytes=$(wc -c <"$work/k.html")
echo "html: $machines machines, $bytes bytes ($((bytes / machines)) a machine), $browser"
i=0
while [ "$i" -lt "$runs" ]; do
	i=$((i + 1))
	HOME="$work" timeout 60 "$browser" --headless --disable-gpu --no-sandbox \
		--user-data-dir="$work/profile" --no-first-run --disable-extensions \
		--dump-dom "file://$work/k.html?sort=machine" 2>/dev/null >"$work/dom.html"
	ms=$(grep -o '<html lang="en" data-ready="[0-9]*"' "$work/dom.html" | tr -dc 0-9)
	echo "html: run $i: ready after ${ms:-never} ms"
	[ -n "$ms" ] && echo "$ms" >>"$work/ms"
done
[ -s "$work/ms" ] || { echo "html: the page never got ready" >&2; exit 1; }
sort -n "$work/ms" | awk '{ v[NR] = $1 } END { printf "html: ready after %d ms (fastest), %d ms (median) of %d runs\n", v[1], v[int((NR + 1) / 2)], NR }'
