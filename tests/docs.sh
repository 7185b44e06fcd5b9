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
# Every output format that --help names (the formats table, held to --help
# by check_options) is described in logdx(1).
formats=$(LANGUAGE= LC_ALL=C "$BUILDDIR/src/logdx" --help | sed -n 's/.*--format=FMT *output format: \([a-z, ]*\) (default.*/\1/p' | tr -d ',')
[ -n "$formats" ] || { echo "--help names no output formats"; missing=1; }
for f in $formats; do
	if ! grep -qF -- "\\fB$f\\fR" "$man"; then
		echo "logdx(1) does not describe the output format $f"
		missing=1
	fi
done
exit $missing
