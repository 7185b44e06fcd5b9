#!/bin/sh
# The prefilter only decides where PCRE2 need not look: the report must be
# byte for byte the same without it (LOGDX_NO_PREFILTER=1, every trigger on
# every block).  Checked on every sample bundle and on generated machines
# with the shipped packs, and on a generated mixed log full of near misses
# with every signature applied to every file (files: dropped), in UTF-8 and
# in UTF-16LE.
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BUILDDIR:=$SRCDIR}"
LC_ALL=C
export LC_ALL
logdx="$BUILDDIR/src/logdx"
gen="$BUILDDIR/bench/gencorpus"
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
fail=0

same() { # NAME ARGS...: jsonl with and without the prefilter
	name=$1
	shift
	"$logdx" --format=jsonl "$@" >"$tmp/with" 2>"$tmp/with.err"
	a=$?
	LOGDX_NO_PREFILTER=1 "$logdx" --format=jsonl "$@" >"$tmp/without" 2>"$tmp/without.err"
	b=$?
	if [ $a -ne $b ] || ! cmp -s "$tmp/with" "$tmp/without" ||
		! cmp -s "$tmp/with.err" "$tmp/without.err"; then
		echo "FAIL $name: the report differs without the prefilter (status $a / $b)"
		diff "$tmp/with" "$tmp/without" | head -10
		fail=1
	else
		echo "ok $name ($(grep -c '"type":"diagnosis"' "$tmp/with") diagnoses)"
	fi
}

cd "$SRCDIR" || exit 99
same samples -j1 --no-default-signatures -S signatures samples/*

mkdir "$tmp/sigs"
"$logdx" --no-default-signatures -S signatures --list-signatures --format=jsonl >"$tmp/sigs.jsonl" &&
	awk -v suffix= -v nofiles=1 -f bench/json.awk -f bench/regex.awk -f bench/sigcopy.awk \
		"$tmp/sigs.jsonl" >"$tmp/sigs/all.sig" || exit 99
# 40 generated machines (about 20 MiB), half of them with a failure, with
# the shipped packs as they are.
"$gen" -s 5 bundles 40 "$tmp/machines" || exit 99
same machines -j2 "$tmp"/machines/*

# 6 MiB in pieces of 96 KiB (whole lines), each piece its own bundle, so
# that each gets its own report: many diagnoses to compare, not a few.
"$gen" -s 3 log 6291456 "$tmp/mixed.log" || exit 99
mkdir "$tmp/u8" "$tmp/u16"
(cd "$tmp/u8" && split -C 98304 -a 3 -d "$tmp/mixed.log" m) || exit 99
for f in "$tmp"/u8/m*; do
	"$gen" utf16 "$f" "$tmp/u16/${f##*/}" || exit 99
done
same generated -j1 --no-default-signatures -S "$tmp/sigs" "$tmp"/u8/m*
same generated-utf16 -j2 --no-default-signatures -S "$tmp/sigs" "$tmp"/u16/m*
same generated-whole -j2 --no-default-signatures -S "$tmp/sigs" "$tmp/mixed.log"
exit $fail
