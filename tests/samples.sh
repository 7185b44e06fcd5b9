#!/bin/sh
# The samples are the catalogue's acceptance data:
#   samples/<id>[--variant][.zip|.tar.gz|.gz|...]  signature <id> must rank 1;
#   samples/healthy-*                              no diagnosis, exit status 1.
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BUILDDIR:=$SRCDIR}"
LC_ALL=C
export LC_ALL
cd "$SRCDIR" || exit 99
logdx="$BUILDDIR/src/logdx"
pass=0
fail=0
for s in samples/*; do
	name=${s#samples/}
	case $name in
	README* | *.md) continue ;;
	esac
	out=$("$logdx" --no-default-signatures -S signatures --format=csv "$s" 2>&1)
	st=$?
	case $name in
	healthy-*)
		if [ $st -ne 1 ]; then
			echo "FAIL $s: exit status $st, expected 1 (no diagnosis)"
			printf '%s\n' "$out" | head -5
			fail=$((fail + 1))
			continue
		fi
		;;
	*)
		want=${name%%--*}
		want=${want%.zip}
		want=${want%.gz}
		want=${want%.tar}
		want=${want%.tgz}
		want=${want%.7z}
		want=${want%.cpio}
		want=${want%.xz}
		want=${want%.bz2}
		got=$(printf '%s\n' "$out" | awk -F, 'NR == 2 { print $3 }')
		if [ $st -ne 0 ] || [ "$got" != "$want" ]; then
			echo "FAIL $s: rank 1 is '$got' (exit $st), expected '$want'"
			printf '%s\n' "$out" | head -5
			fail=$((fail + 1))
			continue
		fi
		;;
	esac
	pass=$((pass + 1))
done
echo "samples: $pass passed, $fail failed"
[ $fail = 0 ] && [ $pass -gt 0 ]
