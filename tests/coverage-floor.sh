#!/bin/sh
# The floor under the test suite's code coverage of src/: fails when line
# or branch coverage (tests/code-coverage.sh, after make coverage) falls
# below it.  Raise the floor with the figures in doc/coverage-code.md when
# they rise; never lower it to let a change in.
# Usage: sh tests/coverage-floor.sh [SUMMARY]   (default: coverage-code.txt
# in BUILDDIR, else a fresh summary from the .gcda files there)
set -u
LINE_FLOOR=${LINE_FLOOR:-94.0}
BRANCH_FLOOR=${BRANCH_FLOOR:-82.0}
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BUILDDIR:=$(pwd)}"
export SRCDIR BUILDDIR
sum=${1:-$BUILDDIR/coverage-code.txt}
if [ -f "$sum" ]; then
	line=$(grep '^coverage: ' "$sum")
else
	line=$(sh "$SRCDIR/tests/code-coverage.sh" | grep '^coverage: ')
fi
[ -n "$line" ] || { echo "coverage-floor: no coverage summary (run make coverage)" >&2; exit 2; }
echo "$line" | awk -v lf="$LINE_FLOOR" -v bf="$BRANCH_FLOOR" '{
	l = $3; b = $5; sub(/%,?/, "", l); sub(/%/, "", b)
	ok = (l + 0 >= lf + 0) && (b + 0 >= bf + 0)
	printf "coverage floor: lines %s%% (floor %s%%), branches %s%% (floor %s%%): %s\n",
		l, lf, b, bf, ok ? "ok" : "BELOW THE FLOOR"
	exit ok ? 0 : 1
}'
