# Shared by tests/html.sh and tests/browser.sh (sourced, after SRCDIR and
# BUILDDIR are set): a temporary directory $work, $logdx, failures counted
# in $fail, and the checks and inputs both need.
logdx="$BUILDDIR/src/logdx"
work=$(mktemp -d "${TMPDIR:-/tmp}/logdx-html.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT INT TERM
cd "$SRCDIR" || exit 99
LC_ALL=C
export LC_ALL
fail=0
bad() {
	echo "FAIL $*"
	fail=1
}

# every href="#x" of the page $1 names an id="x" of it
anchors() {
	grep -o 'href="#[^"]*"' "$1" | sed 's/^href="#//; s/"$//' | sort -u >"$work/hrefs"
	grep -o ' id="[^"]*"' "$1" | sed 's/^ id="//; s/"$//' | sort -u >"$work/ids"
	[ -s "$work/hrefs" ] || bad "$1: no link inside the page"
	missing=$(comm -23 "$work/hrefs" "$work/ids")
	[ -z "$missing" ] || bad "$1: links to no element: $(echo $missing | cut -c1-200)"
}

# The HTML report of 1,000 machines in $work/k.html: the JSON Lines records
# of samples/ ($1) again and again under other names, read back with --merge.
thousand() {
	awk '/"type":"summary"/ { next } { l[++k] = $0 }
	END { for (i = 1; ; i++) for (j = 1; j <= k; j++) { s = l[j]
		if (s ~ /"type":"begin"/ && ++n > 1000) exit
		gsub(/"samples\//, "\"m" i "/", s); print s } }' "$1" >"$work/k.jsonl"
	"$logdx" --merge --format=html "$work/k.jsonl" >"$work/k.html" 2>/dev/null
}

# $browser: the first Chromium found (CHROMIUM first), or empty
find_browser() {
	browser=
	for b in ${CHROMIUM:-} chromium chromium-browser google-chrome; do
		if command -v "$b" >/dev/null 2>&1; then
			browser=$b
			return
		fi
	done
}
