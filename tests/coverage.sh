#!/bin/sh
# Every failure section of both source articles has a signature, and the
# committed coverage table (doc/coverage.md) is the generated one.
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BUILDDIR:=$SRCDIR}"
LOGDX="$BUILDDIR/src/logdx"
export LOGDX
tmp=$(mktemp "${TMPDIR:-/tmp}/logdx-cov.XXXXXX") || exit 99
trap 'rm -f "$tmp"' EXIT
sh "$SRCDIR/doc/gen-coverage.sh" "$tmp" || { echo "an article section has no signature (above)"; exit 1; }
if ! cmp -s "$tmp" "$SRCDIR/doc/coverage.md"; then
	echo "doc/coverage.md is stale: run doc/gen-coverage.sh"
	diff "$SRCDIR/doc/coverage.md" "$tmp" | head -20
	exit 1
fi
echo "coverage: $(grep -c '^| \(mars\|asr\) |' "$tmp") sections, all covered"
