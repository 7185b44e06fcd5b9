#!/bin/sh
# The samples are the catalogue's acceptance data:
#   samples/<id>[--variant][.zip|.tar.gz|.gz|...]  signature <id> must rank 1,
#                                                  active (exit status 0);
#   samples/<id>--resolved-*                       rank 1, resolved by a later
#                                                  success (exit status 1);
#   samples/<id>--generic-beside*, --split-files*  rank 1 and nothing else: the
#                                                  generic lines and outcomes
#                                                  are folded under it;
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
		status=$(printf '%s\n' "$out" | awk -F, 'NR == 2 { print $5 }')
		rows=$(printf '%s\n' "$out" | awk 'END { print NR - 1 }')
		want_st=0 want_status=active
		case $name in
		*--resolved-*) want_st=1 want_status=resolved ;;
		esac
		if [ $st -ne $want_st ] || [ "$got" != "$want" ] || [ "$status" != "$want_status" ]; then
			echo "FAIL $s: rank 1 is '$got' $status (exit $st), expected '$want' $want_status (exit $want_st)"
			printf '%s\n' "$out" | head -5
			fail=$((fail + 1))
			continue
		fi
		case $name in
		*--generic-beside* | *--split-files*)
			if [ "$rows" != 1 ]; then
				echo "FAIL $s: $rows diagnoses, expected the generic ones folded under rank 1"
				printf '%s\n' "$out" | head -5
				fail=$((fail + 1))
				continue
			fi
			;;
		esac
		;;
	esac
	pass=$((pass + 1))
done
echo "samples: $pass passed, $fail failed"
[ $fail = 0 ] && [ $pass -gt 0 ]
