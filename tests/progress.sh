#!/bin/sh
# The progress line: drawn on a terminal (tested through a pseudo-terminal
# made by script(1)), absent on a pipe unless --progress=always.
# Skipped (exit 77) without script(1).
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BUILDDIR:=$SRCDIR}"
command -v script >/dev/null 2>&1 || { echo "script(1) not installed: skipped"; exit 77; }
logdx="$BUILDDIR/src/logdx"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/logdx-prog.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
cd "$SRCDIR/tests/data" || exit 99
sigs="--no-default-signatures -S sigs/core.sig"
fail=0
# on a terminal: the line shows bundles done and total
script -qec "$logdx $sigs asr-failed healthy" /dev/null >"$tmp/tty" 2>&1 </dev/null
if ! grep -q '2/2 bundles' "$tmp/tty"; then
	echo "FAIL: no progress line on a terminal"
	cat "$tmp/tty"
	fail=1
fi
# on a pipe: nothing on stderr
# shellcheck disable=SC2086
"$logdx" $sigs asr-failed healthy >/dev/null 2>"$tmp/err"
if [ -s "$tmp/err" ]; then
	echo "FAIL: progress written to a pipe"
	fail=1
fi
# forced
# shellcheck disable=SC2086
"$logdx" $sigs --progress=always asr-failed healthy >/dev/null 2>"$tmp/err"
if ! grep -q '2/2 bundles' "$tmp/err"; then
	echo "FAIL: --progress=always draws nothing"
	fail=1
fi
# never, even on a terminal
script -qec "$logdx $sigs --progress=never asr-failed healthy" /dev/null >"$tmp/tty" 2>&1 </dev/null
if grep -q '2/2 bundles' "$tmp/tty"; then
	echo "FAIL: --progress=never drew a progress line"
	fail=1
fi
exit $fail
