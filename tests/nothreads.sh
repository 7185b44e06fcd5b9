#!/bin/sh
# When no worker thread can start, nothing is scanned: that is an error
# (exit 2), not "no diagnosis" (exit 1).  Threads are kept from starting by
# a stack limit larger than the address space allowed (each thread's stack
# is reserved at that size); skipped where those limits cannot be set, and
# under sanitizers or valgrind, which need the address space themselves.
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BUILDDIR:=$SRCDIR}"
[ -z "${SANITIZERS:-}" ] && [ -z "${VALGRIND:-}" ] || exit 77
d="$SRCDIR/tests/data"
out=$(
	# not POSIX, but dash and bash have both; skipped where they fail
	# shellcheck disable=SC3045
	ulimit -s 2000000 2>/dev/null && ulimit -v 600000 2>/dev/null || exit 77
	"$BUILDDIR/src/logdx" --no-default-signatures -S "$d/sigs/core.sig" -j2 \
		"$d/asr-failed" "$d/healthy" 2>&1
	echo "exit $?"
)
rc=$?
[ $rc = 77 ] && exit 77
want='logdx: cannot start a worker thread
exit 2'
if [ "$out" != "$want" ]; then
	printf 'FAIL: got\n%s\nwant\n%s\n' "$out" "$want"
	exit 1
fi
echo "nothreads: ok"
