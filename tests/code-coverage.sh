#!/bin/sh
# Line and branch coverage of src/ after a test run of a build configured
# with --enable-coverage: gcov over every src/*.c, one row per file, then
# the total.  `make coverage` runs the suite and then this; the floor is
# checked by tests/coverage-floor.sh on what this prints.
#
# Branch coverage is gcov's "taken at least once": of all the branch
# outcomes in a file, the share that some test took (lcov counts the same).
# Usage: tests/code-coverage.sh [--markdown]   (SRCDIR, BUILDDIR as in make check)
set -u
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BUILDDIR:=$SRCDIR}"
SRCDIR=$(cd "$SRCDIR" && pwd)
BUILDDIR=$(cd "$BUILDDIR" && pwd)
md=0
[ "${1:-}" = --markdown ] && md=1
command -v gcov >/dev/null 2>&1 || { echo "code-coverage: gcov not found" >&2; exit 2; }
if ! ls "$BUILDDIR"/src/*.gcno >/dev/null 2>&1; then
	echo "code-coverage: no gcov notes in $BUILDDIR/src: configure with --enable-coverage" >&2
	exit 2
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/logdx-gcov.XXXXXX") || exit 2
trap 'rm -rf "$tmp"' EXIT
for f in "$SRCDIR"/src/*.c; do
	# gcov -n writes no .gcov files; its summary names each source file
	(cd "$tmp" && gcov -n -b -o "$BUILDDIR/src" "$f" 2>/dev/null) |
		awk -v name="src/${f##*/}" '
			# the path as compiled: src/x.c, ../src/x.c or absolute
			/^File / {
				f = $0; sub(/^File \047/, "", f); sub(/\047$/, "", f)
				on = (f == name || substr(f, length(f) - length(name)) == "/" name)
				next
			}
			!on { next }
			/^Lines executed:/ { split($0, a, /[:% ]+/); l = a[3]; ln = a[5] }
			/^No executable lines/ { l = 0; ln = 0 }
			/^Taken at least once:/ { split($0, a, /[:% ]+/); b = a[5]; bn = a[7] }
			/^No branches/ { b = 0; bn = 0 }
			END {
				if (ln == "") { l = 0; ln = 0 }
				if (bn == "") { b = 0; bn = 0 }
				printf "%s %d %d %d %d\n", name, int(l * ln / 100 + 0.5), ln,
					int(b * bn / 100 + 0.5), bn
			}'
done | awk -v md="$md" '
	function pct(x, n) { return n ? 100 * x / n : 100 }
	{
		lh += $2; lt += $3; bh += $4; bt += $5
		row[NR] = $0
	}
	END {
		if (md) {
			print "| file | lines | line % | branches | branch % |"
			print "| --- | ---: | ---: | ---: | ---: |"
		} else {
			printf "%-24s %13s %7s %13s %7s\n", "file", "lines", "%", "branches", "%"
		}
		for (i = 1; i <= NR; i++) {
			split(row[i], a, " ")
			if (md)
				printf "| `%s` | %d/%d | %.1f | %d/%d | %.1f |\n", a[1], a[2], a[3],
					pct(a[2], a[3]), a[4], a[5], pct(a[4], a[5])
			else
				printf "%-24s %6d/%-6d %6.1f%% %6d/%-6d %6.1f%%\n", a[1], a[2], a[3],
					pct(a[2], a[3]), a[4], a[5], pct(a[4], a[5])
		}
		if (md)
			printf "| **total** | %d/%d | **%.1f** | %d/%d | **%.1f** |\n", lh, lt,
				pct(lh, lt), bh, bt, pct(bh, bt)
		else
			printf "%-24s %6d/%-6d %6.1f%% %6d/%-6d %6.1f%%\n", "total", lh, lt, pct(lh, lt),
				bh, bt, pct(bh, bt)
		printf "coverage: lines %.1f%%, branches %.1f%%\n", pct(lh, lt), pct(bh, bt)
	}'
