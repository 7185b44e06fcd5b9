#!/bin/sh
# The scale-out recipe of the README, run on this machine: GNU parallel
# maps bundles to shards (--sshlogin : is the local host; name real hosts
# to spread the work), logdx --merge reduces them.  The merged output must
# equal one run over all bundles, byte for byte, in every format.
# Skipped (exit 77) when GNU parallel is not installed.
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BUILDDIR:=$SRCDIR}"
command -v parallel >/dev/null 2>&1 || { echo "GNU parallel not installed: skipped"; exit 77; }
parallel --version 2>/dev/null | grep -q 'GNU parallel' || { echo "not GNU parallel: skipped"; exit 77; }
LC_ALL=C
export LC_ALL
logdx="$BUILDDIR/src/logdx"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/logdx-par.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
cd "$SRCDIR/tests/data" || exit 99
set -- asr-failed asr-resolved healthy asr-failed/ASRUnifiedAgentInstaller.log
sigs="--no-default-signatures -S sigs/core.sig"
fail=0
# map: two bundles per job, in order (-k), each job one JSON Lines shard
# shellcheck disable=SC2086
printf '%s\n' "$@" | HOME="$tmp" parallel -k -N2 --sshlogin : "$logdx" -j1 $sigs --format=jsonl \
	>"$tmp/shards.jsonl" 2>/dev/null
compare() { # one run over "$@" against the merged shards, every format
	for fmt in text json jsonl csv grep html; do
		# shellcheck disable=SC2086
		"$logdx" $sigs --format=$fmt "$@" >"$tmp/one.$fmt" 2>&1
		st1=$?
		# shellcheck disable=SC2086
		"$logdx" $sigs --merge --format=$fmt - <"$tmp/shards.jsonl" >"$tmp/merged.$fmt" 2>&1
		st2=$?
		if ! cmp -s "$tmp/one.$fmt" "$tmp/merged.$fmt" || [ $st1 != $st2 ]; then
			echo "FAIL: --merge differs from one run in $fmt (exit $st1 vs $st2)"
			diff "$tmp/one.$fmt" "$tmp/merged.$fmt" | head -20
			fail=1
		fi
	done
}
compare "$@"
# hosts, consequences and time sources survive the shards too
cd "$SRCDIR/samples" || exit 99
set -- asr.push.wmi-95103--interleaved-hosts.zip asr.vss.runtime-0x7-511--generic-beside.zip \
	asr.vss.dcom-0x8004e00f--resolved-untimed-cause mars.sal.bitmap-error--interleaved-hosts.zip \
	mars.connect.proxy-auth-407--split-files.zip
sigs="--no-default-signatures -S ../signatures"
# shellcheck disable=SC2086
printf '%s\n' "$@" | HOME="$tmp" parallel -k -N2 --sshlogin : "$logdx" -j1 $sigs --format=jsonl \
	>"$tmp/shards.jsonl" 2>/dev/null
compare "$@"
[ $fail = 0 ] && echo "parallel: merged shards equal one run in text, json, jsonl, csv, grep, html"
exit $fail
