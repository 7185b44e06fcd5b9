#!/bin/sh
# Every option that --help shows is described in logdx(1).
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BUILDDIR:=$SRCDIR}"
man="$SRCDIR/man/logdx.1"
missing=0
for o in $("$BUILDDIR/src/logdx" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
	esc=$(printf '%s' "$o" | sed 's/-/\\\\-/g')
	if ! grep -q -- "$esc" "$man"; then
		echo "logdx(1) does not describe $o"
		missing=1
	fi
done
exit $missing
