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
# Every output format of the formats table (lx_out_formats in src/out.c;
# check_options holds it to the --format parser) is described in
# logdx(1), and --help names each report format (the rows that are not
# lists).
rows=$(sed -n 's/^[[:space:]]*{"\([a-z]*\)", LX_FMT_[A-Z]*, &[a-z_]*, \([01]\),.*/\1:\2/p' "$SRCDIR/src/out.c")
[ -n "$rows" ] || { echo "src/out.c: no rows in the formats table"; missing=1; }
helpline=$(LANGUAGE= LC_ALL=C "$BUILDDIR/src/logdx" --help | grep -- '--format=FMT')
for r in $rows; do
	f=${r%:*}
	if [ "${r#*:}" = 0 ]; then
		case "$helpline " in
		*" $f,"* | *" $f "*) ;;
		*) echo "--help does not name the output format $f"; missing=1 ;;
		esac
		described="\\fB$f\\fR"
	else
		described="format=$f\\fR"
	fi
	if ! grep -qF -- "$described" "$man"; then
		echo "logdx(1) does not describe the output format $f"
		missing=1
	fi
done
exit $missing
