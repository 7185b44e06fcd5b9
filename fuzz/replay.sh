#!/bin/sh
# Runs every fuzz target once over each input of its seed corpus, through
# the replay driver (no libFuzzer needed).  Part of make check.
set -u
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BUILDDIR:=$SRCDIR}"
rc=0
for t in sigparse decode archive json prefilter_re zipdir; do
	if ! "$BUILDDIR/fuzz/replay_$t" "$SRCDIR/fuzz/corpus/fuzz_$t"; then
		echo "FAIL fuzz_$t"
		rc=1
	fi
done
exit $rc
