#!/bin/sh
# A zip whose members, or a directory whose files, are worth it is read on
# several lanes at once (each lane claims the next member or file and
# reads it itself).  The report must be byte for byte the one a single
# thread gives, on good zips, nested ones, encrypted and corrupt members
# (a big one far into the zip), members of zeros stopped by the ratio
# guard, a tree with archives and a dangling link in it, and when
# --max-members or --max-expand ends the bundle part way (the lanes then
# hand over to one).  Races do not show every time, so every case runs
# LANES_RUNS times (3).
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BUILDDIR:=$SRCDIR}"
BUILDDIR=$(cd "$BUILDDIR" && pwd) || exit 99
LC_ALL=C
TZ=UTC
export LC_ALL TZ
logdx="$BUILDDIR/src/logdx"
mk="$BUILDDIR/tests/mkbundle"
runs=${LANES_RUNS:-3}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/logdx-lanes.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
d="$SRCDIR/tests/data"
failed="$d/asr-failed/ASRUnifiedAgentInstaller.log"
resolved="$d/asr-resolved/ASRUnifiedAgentInstaller.log"
healthy="$d/healthy/ASRUnifiedAgentInstaller.log"
cd "$tmp" || exit 99

# two big members of the same size, so that no member holds more than half
awk 'BEGIN { for (i = 0; i < 20000; i++)
	print "01/11/2024 15:37:47 : INFO: nothing to see here, carrying on" }' >filler.log
set -- "a/ASRUnifiedAgentInstaller.log=$failed" b/big.log=filler.log \
	"c/ASRUnifiedAgentInstaller.log=$resolved" "d/ASRUnifiedAgentInstaller.log=$healthy" \
	e/big2.log=filler.log "f/ASRUnifiedAgentInstaller.log=$failed" \
	"g/ASRUnifiedAgentInstaller.log=$resolved" 'h/x.log=@text:hello\n' \
	"i/ASRUnifiedAgentInstaller.log=$failed"
"$mk" many.zip "$@" &&
	"$mk" --encrypt secret enc.zip "$@" &&
	"$mk" --flip 600 bad-early.zip "$@" &&
	"$mk" --flip 9000 bad-late.zip "$@" &&
	"$mk" inner.zip "x/ASRUnifiedAgentInstaller.log=$failed" y/big.log=filler.log \
		"z/ASRUnifiedAgentInstaller.log=$resolved" &&
	"$mk" nested.zip "n1/ASRUnifiedAgentInstaller.log=$failed" n2/inner.zip=inner.zip \
		n3/big.log=filler.log "n4/ASRUnifiedAgentInstaller.log=$resolved" \
		n5/inner2.zip=inner.zip n6/big2.log=filler.log &&
	mkdir -p tree/a tree/b tree/c tree/d &&
	cp "$failed" tree/a/ASRUnifiedAgentInstaller.log &&
	cp filler.log tree/a/big.log &&
	cp inner.zip tree/b/logs.zip &&
	"$mk" tree/b/UA_InstallLogFile.log.gz "UA_InstallLogFile.log=$resolved" &&
	cp filler.log tree/c/big2.log &&
	ln -s nowhere tree/c/dangling.log &&
	cp many.zip tree/d/many.zip &&
	cp "$healthy" tree/d/ASRUnifiedAgentInstaller.log || exit 99

fail=0
same() { # BUNDLE [OPTION]: -j2 and -j4, LANES_RUNS times, against -j1
	# shellcheck disable=SC2086
	"$logdx" -j1 --no-default-signatures -S "${sigs:-$d/sigs/core.sig}" --format=jsonl $2 \
		"$1" >one.out 2>one.err
	echo "exit $?" >>one.err
	i=0
	while [ $i -lt "$runs" ]; do
		for j in 2 4; do
			# shellcheck disable=SC2086
			"$logdx" -j$j --no-default-signatures -S "${sigs:-$d/sigs/core.sig}" \
				--format=jsonl $2 "$1" >lanes.out 2>lanes.err
			echo "exit $?" >>lanes.err
			if ! cmp -s one.out lanes.out || ! cmp -s one.err lanes.err; then
				echo "FAIL $1 $2 -j$j: differs from -j1"
				diff one.err lanes.err | head -5
				diff one.out lanes.out | head -5
				fail=1
			fi
		done
		i=$((i + 1))
	done
}

for z in many.zip nested.zip enc.zip bad-early.zip bad-late.zip tree; do
	for opt in "" --max-members=1 --max-members=2 --max-members=3 --max-members=5 \
		--max-members=9 --max-members=10 --max-expand=1000 --max-expand=1561000 \
		--max-expand=1600000 --max-expand=3121500 --max-expand=3200000; do
		same $z "$opt"
	done
done
# Members of zeros: each is read up to the ratio guard's floor, and the guard
# must fire at the same byte however the lane reached the member (it holds
# a member to its compressed size from the zip's directory, which does not
# depend on how the file was read).
zeros='@repeat:16777216:\x00\x00\x00\x00'
"$mk" zeros.zip "a.log=$zeros" "b.log=$zeros" "c.log=$zeros" "d.log=$zeros" || exit 99
same zeros.zip
# A corrupt member far into a zip of big ones: libarchive drops the piece
# of a member it was decompressing when the error came, so what is read of
# it depends on where the file's reads ended.  A lane reaches the member by
# seeking past those before it; reads end on 64 KiB boundaries of the file
# whatever came before (archive.c), so it reads the same text as one thread.
awk 'BEGIN { srand(3); for (i = 0; i < 60000; i++) {
	for (j = 0; j < 8; j++)
		printf "%04x", int(rand() * 65536)
	printf "\n" } }' >noise.log
set -- a/n1.log=noise.log b/n2.log=noise.log "c/ASRUnifiedAgentInstaller.log=$failed" \
	d/n3.log=noise.log
"$mk" noise.zip "$@" && "$mk" --flip $(($(wc -c <noise.zip) / 2)) bad-middle.zip "$@" || exit 99
same bad-middle.zip
# Several machines, causes with their consequences, times from records and
# file names: the bundle's decisions must not depend on which lane read what.
r="$SRCDIR/samples"
"$mk" ranking.zip "a/i.zip=$r/asr.push.wmi-95103--interleaved-hosts.zip" b/big.log=filler.log \
	"c/g.zip=$r/asr.vss.runtime-0x7-511--generic-beside.zip" \
	"d/s.zip=$r/asr.push.account-disabled-95519--split-files.zip" e/big2.log=filler.log \
	"f/l.zip=$r/asr.push.credentials-95107--resolved-later-success.zip" \
	"g/m.zip=$r/mars.sal.bitmap-error--interleaved-hosts.zip" \
	"h/p.zip=$r/mars.connect.proxy-auth-407--split-files.zip" || exit 99
sigs="$SRCDIR/signatures" same ranking.zip
[ $fail = 0 ] && echo "lanes: -j2 and -j4 equal -j1 on every zip, the tree, every limit"
exit $fail
