#!/bin/sh
# Output that other programs read as it comes is not held back until the
# run ends: with a FIFO as the last bundle, the first bundle's record must
# reach the output file (not a terminal) while logdx still waits for the
# FIFO's writer.  Piped jsonl, csv, grep, -l and -c are flushed after each
# bundle; --line-buffered flushes every line, in any format.
set -u
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BUILDDIR:=$SRCDIR}"
logdx="$BUILDDIR/src/logdx"
command -v mkfifo >/dev/null 2>&1 || { echo "stream: SKIP: no mkfifo"; exit 77; }
command -v timeout >/dev/null 2>&1 || { echo "stream: SKIP: no timeout(1)"; exit 77; }
work=$(mktemp -d "${TMPDIR:-/tmp}/logdx-stream.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT INT TERM
first="$SRCDIR/samples/asr.outcome.msi-1603--gz.gz"
[ -f "$first" ] || { echo "stream: $first missing" >&2; exit 99; }
fail=0

for mode in --format=jsonl --format=csv --format=grep -l -c \
	"--line-buffered --format=text" "--line-buffered --format=json"; do
	rm -f "$work/last.log" "$work/out"
	mkfifo "$work/last.log" || exit 99
	# shellcheck disable=SC2086
	"$logdx" -j2 --progress=never $mode "$first" "$work/last.log" >"$work/out" 2>"$work/err" &
	pid=$!
	i=0
	while [ ! -s "$work/out" ] && [ "$i" -lt 100 ]; do
		sleep 0.1
		i=$((i + 1))
	done
	if [ -s "$work/out" ]; then
		seen=yes
	else
		seen=no
	fi
	# let the last bundle end: an empty log
	timeout 10 sh -c ': >"$1"' sh "$work/last.log"
	wait "$pid"
	rc=$?
	if [ "$seen" = no ]; then
		echo "FAIL $mode: nothing written while the last bundle was still open"
		fail=1
	elif [ "$rc" -ne 0 ]; then
		echo "FAIL $mode: exit $rc"
		sed 's/^/    /' "$work/err" | head -5
		fail=1
	fi
done
[ "$fail" -eq 0 ] && echo "stream: the first bundle arrives before the last one is read"
exit "$fail"
