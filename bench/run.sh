#!/bin/sh
# bench/run.sh - times logdx against ripgrep, ugrep, GNU grep and the
# decompression floor on a generated corpus, in one hyperfine run, then
# prints throughput and ratios against the targets and writes
# bench/RESULTS.md.  What each row means: bench/README.md.
#
# Environment (default):
#   BENCH_SIZE      size of the plain mixed log (256M); K, M, G suffixes
#   BENCH_ZIP_SIZE  uncompressed size of the zip bundle (128M)
#   BENCH_RSS_SIZE  size of the log for the peak-RSS measurement (1G)
#   BENCH_BUNDLES   machine bundles for -j1 versus -j2 (500)
#   BENCH_RUNS      timed runs per command, after one warm-up (7)
#   BENCH_DIR       scratch directory (bench/scratch)
#   BENCH_RESULTS   where the results go (bench/RESULTS.md)
#   BENCH_KEEP      1: keep the generated corpus for the next run (0)
#   LOGDX           the logdx binary to test (src/logdx)
#   CC              compiler for gencorpus (cc)

# The signature-set options ($S1, $S4, $S4D) are split into words on purpose.
# shellcheck disable=SC2086
set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
root=$(cd "$here/.." && pwd -P)

say() { printf 'bench: %s\n' "$*" >&2; }
die() { say "$*"; exit 2; }
need() { command -v "$1" >/dev/null 2>&1 || die "$1 not found (install $2)"; }

# SIZE[K|M|G] -> bytes
bytes() {
	n=${1%[KkMmGg]}
	case $n in '' | *[!0-9]*) die "bad size '$1' (use digits with K, M or G)" ;; esac
	case $1 in
	*[Kk]) echo $((n * 1024)) ;;
	*[Mm]) echo $((n * 1048576)) ;;
	*[Gg]) echo $((n * 1073741824)) ;;
	*) echo "$n" ;;
	esac
}

size=$(bytes "${BENCH_SIZE:-256M}")
zipsize=$(bytes "${BENCH_ZIP_SIZE:-128M}")
rsssize=$(bytes "${BENCH_RSS_SIZE:-1G}")
nbundles=${BENCH_BUNDLES:-500}
runs=${BENCH_RUNS:-7}
keep=${BENCH_KEEP:-0}
results=${BENCH_RESULTS:-$here/RESULTS.md}
logdx=${LOGDX:-$root/src/logdx}
case $logdx in /*) ;; *) logdx=$(pwd -P)/$logdx ;; esac
case $nbundles$runs in *[!0-9]*) die "BENCH_BUNDLES and BENCH_RUNS take a number" ;; esac

need hyperfine hyperfine
need rg ripgrep
need ugrep ugrep
need grep grep
need bsdtar "libarchive-tools (bsdtar)"
need awk awk
need "${CC:-cc}" "a C compiler"
[ -x "$logdx" ] || die "no logdx binary at $logdx: build it first (./setup.sh)"
timev=""
if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
	timev=/usr/bin/time
else
	say "GNU time not found at /usr/bin/time (apt-get install time): no peak RSS"
fi

# The default packs are the ones in this tree, whatever logdx would find.
: "${LOGDX_SIGNATURES:=$root/signatures}"
export LOGDX_SIGNATURES
# One locale for every tool (GNU grep's speed depends on it).
if locale -a 2>/dev/null | grep -qix 'c\.utf-\{0,1\}8'; then
	LC_ALL=C.UTF-8
	export LC_ALL
fi

work=${BENCH_DIR:-$here/scratch}
mkdir -p "$work"
work=$(cd "$work" && pwd -P)
cd "$work"
ln -sf "$logdx" logdx

# ---------------------------------------------------------------- corpus
# The corpus is a function of gencorpus.c and the sizes: when either
# changes, the old one goes.
gen=$here/gencorpus
stamp="$(cksum <"$here/gencorpus.c") $size $zipsize $nbundles 4M"
if [ ! -f stamp ] || [ "$(cat stamp)" != "$stamp" ]; then
	rm -rf mixed.log quarter.log check.log mixed-utf16.log bundle.zip bundle-files bundles \
		one.zip rss.log stamp
	rm -f "$gen"
fi
if [ ! -x "$gen" ]; then
	say "building gencorpus"
	"${CC:-cc}" -O2 -o "$gen" "$here/gencorpus.c"
fi
mklog() { # SIZE FILE [SEED]
	if [ ! -s "$2" ]; then
		say "generating $2 ($1 bytes)"
		"$gen" -s "${3:-0}" log "$1" "$2.tmp"
		mv "$2.tmp" "$2"
	fi
}

mklog "$size" mixed.log
mklog $((size / 4)) quarter.log
# The same text's first 4 MiB (or less): the pattern sets are compared on
# it, since rg -P and ugrep -P are far slower than everything else.
check=4194304
[ "$check" -le "$size" ] || check=$size
mklog "$check" check.log
if [ ! -s mixed-utf16.log ]; then
	say "converting mixed.log to UTF-16LE"
	"$gen" utf16 mixed.log mixed-utf16.log.tmp
	mv mixed-utf16.log.tmp mixed-utf16.log
fi
: >empty.log

# One machine's bundle: logs of 1 MiB up to half the total, zipped.
if [ ! -s bundle.zip ]; then
	say "generating bundle.zip ($zipsize bytes uncompressed)"
	rm -rf zipsrc
	left=$zipsize
	seed=1
	for m in ASRSetupLogs/ASRUnifiedAgentInstaller.log ASRSetupLogs/UA_InstallLogFile.log \
		Temp/CBEngineCurr.errlog ASRSetupLogs/MobilityServiceInstaller.msi.log \
		ASRSetupLogs/svagents_curr.log Temp/OBRecoveryServicesManagementAgentCurr.errlog \
		var/log/ua_install.log ASRSetupLogs/ASRUnifiedAgentConfigurator.log \
		Temp/CBEngine.errlog Temp/LastBackupFailedFilesAzure.txt; do
		[ "$left" -gt 0 ] || break
		part=$((left / 2))
		[ "$part" -ge 1048576 ] || part=$left
		case $m in Temp/LastBackup*) part=$left ;; esac
		mkdir -p "zipsrc/${m%/*}"
		"$gen" -s "$seed" log "$part" "zipsrc/$m"
		left=$((left - part))
		seed=$((seed + 1))
	done
	(cd zipsrc && bsdtar --format zip -cf ../bundle.zip.tmp -- *)
	mv bundle.zip.tmp bundle.zip
	rm -rf zipsrc bundle-files
fi
# A zip of one member, as big as all of bundle.zip: no lanes, one thread
# inflates while the other matches.
if [ ! -s one.zip ]; then
	say "generating one.zip ($zipsize bytes uncompressed, one member)"
	rm -rf onesrc
	mkdir -p onesrc/ASRSetupLogs
	"$gen" -s 1 log "$zipsize" onesrc/ASRSetupLogs/ASRUnifiedAgentInstaller.log
	(cd onesrc && bsdtar --format zip -cf ../one.zip.tmp -- *)
	mv one.zip.tmp one.zip
	rm -rf onesrc
fi
# The same members unpacked: what matching them costs without inflating.
if [ ! -d bundle-files ]; then
	rm -rf bundle-files.tmp
	mkdir bundle-files.tmp
	bsdtar -xf bundle.zip -C bundle-files.tmp
	mv bundle-files.tmp bundle-files
fi

if [ ! -d bundles ]; then
	say "generating $nbundles bundles"
	"$gen" bundles "$nbundles" bundles.tmp
	mv bundles.tmp bundles
fi
echo "$stamp" >stamp

# ---------------------------------------------------------------- signatures
say "exporting patterns"
./logdx --list-signatures --format=patterns >patterns.txt
npat=$(grep -c . patterns.txt || true)
[ "$npat" -gt 0 ] || die "logdx exported no patterns"
nsig=$(./logdx --list-signatures | grep -c . || true)
awk -v dialect=rust -f "$here/regex.awk" -f "$here/portable.awk" patterns.txt \
	>patterns.rust 2>portable.log
awk -v dialect=ugrep -f "$here/regex.awk" -f "$here/portable.awk" patterns.txt \
	>patterns.ugrep 2>>portable.log
awk -v dialect=ere -f "$here/regex.awk" -f "$here/portable.awk" patterns.txt \
	>patterns.ere 2>>portable.log
# PCRE2 reference: each pattern in its own group, so that a leading (?i)
# stays inside it when the tool joins the patterns with |.
sed 's/.*/(?:&)/' patterns.txt >patterns.pcre
ci=$(grep -c '^(?i)' patterns.txt || true)
grep_i=""
[ "$ci" -eq 0 ] || grep_i=-i

# Signature sets: 1x = the default packs with files: dropped, so that every
# signature applies to every file (as every pattern does for rg, ugrep and
# grep); 4x = four renamed copies of it; 4x-distinct = the same with the
# letters and digits of three copies' patterns shifted.
rm -rf sig1x sig4x sig4xd
mkdir sig1x sig4x sig4xd
./logdx --list-signatures --format=jsonl >sigs.jsonl || die "logdx could not list its signatures"
copy() { awk "$@" -f "$here/json.awk" -f "$here/regex.awk" -f "$here/sigcopy.awk" sigs.jsonl; }
copy -v suffix= -v nofiles=1 >sig1x/all.sig
for k in 1 2 3 4; do
	copy -v suffix=".copy$k" -v nofiles=1 >"sig4x/all-$k.sig"
	copy -v suffix=".copy$k" -v nofiles=1 -v rotate=$((7 * k - 7)) >"sig4xd/all-$k.sig"
done
# signone: one signature whose literal never occurs, so that logdx only
# reads (inflates, decodes, splits lines) and scans: its reading floor.
mkdir -p signone
cat >signone/none.sig <<'EOF_SIG'
[bench.none]
title: never matches
product: asr-mobility
severity: error
operation: asr-push-install
role: cause
doc: https://example.invalid/#none
within: 1
all: zqxjvkzqxjvk
remedy: none
example: zqxjvkzqxjvk
EOF_SIG
S0="--no-default-signatures -S signone"
S1="--no-default-signatures -S sig1x"
S4="--no-default-signatures -S sig4x"
S4D="--no-default-signatures -S sig4xd"
for s in signone sig1x sig4x sig4xd; do
	./logdx --no-default-signatures -S $s --list-signatures >/dev/null ||
		die "logdx does not load the generated signature set $s"
done
nfiles=$(grep -c '^files:' "$LOGDX_SIGNATURES"/*.sig | awk -F: '{n += $NF} END {print n + 0}')

# ---------------------------------------------------------------- checks
# Exit status 2 is an error for every tool; hyperfine below ignores exit
# statuses (1 = nothing found), so look once here.
status() { # NAME COMMAND...
	name=$1
	shift
	set +e
	t0=$(date +%s%N 2>/dev/null)
	"$@" >"out.$name" 2>"err.$name"
	rc=$?
	t1=$(date +%s%N 2>/dev/null)
	set -e
	case $t0$t1 in *N* | '') ;; *) echo "$(((t1 - t0) / 1000000))" >"ms.$name" ;; esac
	if [ "$rc" -gt 1 ]; then
		say "$name failed (exit $rc):"
		head -5 "err.$name" >&2
		exit 2
	fi
}
say "checking every command once"
status logdx ./logdx -j1 $S1 mixed.log
status logdx-default ./logdx -j1 mixed.log
status logdx-utf16 ./logdx -j1 $S1 mixed-utf16.log
status logdx-zip ./logdx -j1 $S1 bundle.zip
status logdx-zip-files ./logdx -j1 $S1 bundle-files
status logdx-one-ra ./logdx -j2 $S1 one.zip
# Read-ahead: with -j2 and one input, one thread reads (inflates, decodes)
# while the other matches; a zip of several big members is read in lanes
# (each thread inflates and matches members of its own).  The report must
# not change.
status logdx-ra ./logdx -j2 $S1 mixed.log
status logdx-utf16-ra ./logdx -j2 $S1 mixed-utf16.log
status logdx-zip-ra ./logdx -j2 $S1 bundle.zip
for r in logdx:logdx-ra logdx-utf16:logdx-utf16-ra logdx-zip:logdx-zip-ra; do
	cmp -s "out.${r%%:*}" "out.${r#*:}" || die "${r#*:} differs from ${r%%:*}"
done
status logdx-4x ./logdx -j1 $S4 mixed.log
status logdx-4x-distinct ./logdx -j1 $S4D mixed.log
status rg rg -j1 -c -f patterns.rust check.log
status grep grep -E -c $grep_i -f patterns.ere check.log
# The PCRE2 engines of rg and ugrep are single-run references: a set they
# cannot compile (rg: "regular expression is too large", PCRE2's limit on
# one compiled pattern) leaves their row out, with the reason.
reference() { # NAME COMMAND...
	name=$1
	shift
	set +e
	"$@" >"out.$name" 2>"err.$name"
	rc=$?
	set -e
	if [ "$rc" -gt 1 ]; then
		pcre2_notes="$pcre2_notes $name: $(head -1 "err.$name");"
		say "$name cannot run the set: $(head -1 "err.$name"): left out"
		rm -f "ms.$name"
	else
		status "$name" "$@"
	fi
}
pcre2_notes=""
reference rg-pcre2 rg -P -j1 -c -f patterns.pcre check.log
reference ugrep-pcre2 ugrep -P -J1 -c -f patterns.pcre check.log
# ugrep 3.x builds one DFA for the whole set: it can take minutes, or fail
# ("exceeds complexity limits").  Give it $ugrep_limit seconds.
ugrep_limit=${BENCH_UGREP_LIMIT:-60}
ugrep_ok=yes
ugrep_note=""
if command -v timeout >/dev/null 2>&1; then
	set +e
	timeout "$ugrep_limit" ugrep -J1 -c -f patterns.ugrep empty.log >/dev/null 2>err.ugrep-start
	rc=$?
	set -e
else
	rc=0
fi
if [ "$rc" -gt 1 ]; then
	ugrep_ok=no
	if [ "$rc" = 124 ]; then
		ugrep_note="did not compile the pattern set within $ugrep_limit s"
	else
		ugrep_note="cannot compile the pattern set: $(grep -m1 -o 'exceeds complexity limits' err.ugrep-start || head -1 err.ugrep-start)"
	fi
	say "ugrep $ugrep_note: left out"
else
	status ugrep ugrep -J1 -c -f patterns.ugrep check.log
	status ugrep-zip ugrep -J1 -z -c -f patterns.ugrep bundle.zip
fi
# -j1 and -j2 must print the same bytes.
status j1 ./logdx -j1 bundles/*
status j2 ./logdx -j2 bundles/*
if cmp -s out.j1 out.j2; then same=yes; else same=NO; fi
say "-j1 and -j2 outputs identical on $nbundles bundles: $same"
nbdiag=$(./logdx -j2 -l bundles/* | grep -c . || true)

# ---------------------------------------------------------------- timing
say "timing ($runs runs per command after one warm-up)"
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")
set -- \
	-n logdx "./logdx -j1 $S1 mixed.log" \
	-n logdx-default "./logdx -j1 mixed.log" \
	-n rg "rg -j1 -c -f patterns.rust mixed.log"
if [ "$ugrep_ok" = yes ]; then
	set -- "$@" \
		-n ugrep "ugrep -J1 -c -f patterns.ugrep mixed.log" \
		-n ugrep-start "ugrep -J1 -c -f patterns.ugrep empty.log" \
		-n ugrep-zip "ugrep -J1 -z -c -f patterns.ugrep bundle.zip"
fi
set -- "$@" \
	-n grep "grep -E -c $grep_i -f patterns.ere mixed.log" \
	-n logdx-quarter "./logdx -j1 $S1 quarter.log" \
	-n logdx-utf16 "./logdx -j1 $S1 mixed-utf16.log" \
	-n logdx-zip "./logdx -j1 $S1 bundle.zip" \
	-n bsdtar-zip "bsdtar -xOf bundle.zip >/dev/null" \
	-n logdx-zip-files "./logdx -j1 $S1 bundle-files" \
	-n bsdtar-one "bsdtar -xOf one.zip >/dev/null" \
	-n logdx-one-ra "./logdx -j2 $S1 one.zip" \
	-n logdx-ra "./logdx -j2 $S1 mixed.log" \
	-n logdx-utf16-ra "./logdx -j2 $S1 mixed-utf16.log" \
	-n logdx-zip-ra "./logdx -j2 $S1 bundle.zip" \
	-n logdx-zip-read "./logdx -j2 $S0 bundle.zip" \
	-n logdx-read "./logdx -j1 $S0 mixed.log" \
	-n logdx-4x "./logdx -j1 $S4 mixed.log" \
	-n logdx-4x-distinct "./logdx -j1 $S4D mixed.log" \
	-n logdx-start "./logdx -j1 empty.log" \
	-n logdx-check "./logdx --check-signatures" \
	-n logdx-j1 "./logdx -j1 bundles/*" \
	-n logdx-j2 "./logdx -j2 bundles/*"
hyperfine --warmup 1 --runs "$runs" --ignore-failure --output=pipe --style basic \
	--export-markdown hyperfine.md --export-csv times.csv "$@" >hyperfine.out 2>&1 || {
	cat hyperfine.out >&2
	die "hyperfine failed"
}
load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

# ---------------------------------------------------------------- peak RSS
rss1="" rssd=""
if [ -n "$timev" ]; then
	mklog "$rsssize" rss.log 7
	say "peak RSS of logdx on $rsssize bytes"
	$timev -v ./logdx -j1 rss.log >/dev/null 2>rss-j1.txt || true
	$timev -v ./logdx rss.log >/dev/null 2>rss-jd.txt || true
	rss1=$(awk -F': ' '/Maximum resident set size/ {print $2}' rss-j1.txt)
	rssd=$(awk -F': ' '/Maximum resident set size/ {print $2}' rss-jd.txt)
	[ "$keep" = 1 ] || rm -f rss.log
fi

# ---------------------------------------------------------------- report
# Ratios and throughputs use each command's fastest run: on a shared
# machine, bursts of other load only ever add time, so the fastest run is
# the best estimate of the command's own cost (every tool alike).
fastest() { awk -F, -v n="$1" '$1 == n {print $7}' times.csv; }
secs() { [ -f "ms.$1" ] && awk '{print $1 / 1000}' "ms.$1" || echo 0; }
zipbytes=$(wc -c <bundle.zip | tr -d ' ')
u16bytes=$(wc -c <mixed-utf16.log | tr -d ' ')
bbytes=$(find bundles -type f -exec cat {} + | wc -c | tr -d ' ')
cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || uname -m)
cores=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo "?")
mem=$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo 2>/dev/null || echo "?")
rev=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo "?")
dirty=$(git -C "$root" status --porcelain -- src signatures 2>/dev/null | grep -c . || true)
[ "$dirty" = 0 ] && dirty="" || dirty=" (+ uncommitted changes in src/ or signatures/)"
count() { awk -F: '{n += $NF} END {print n + 0}' "out.$1"; }

{
	echo "# Benchmark results"
	echo
	echo "Written by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'); see \`bench/README.md\`."
	echo
	echo "## Machine and versions"
	echo
	echo "| | |"
	echo "|---|---|"
	echo "| CPU | $cpu, $cores online cores |"
	echo "| memory | $mem |"
	echo "| kernel | $(uname -sr) |"
	echo "| load average before / after timing | $load_before / $load_after |"
	echo "| logdx | $(./logdx --version 2>/dev/null | head -1), commit $rev$dirty |"
	echo "| signatures | $nsig in the default packs ($nfiles restricted by \`files:\`), $npat exported patterns |"
	echo "| ripgrep | $(rg --version | head -1) |"
	echo "| ugrep | $(ugrep --version | head -1) |"
	echo "| GNU grep | $(grep --version | head -1) |"
	echo "| bsdtar | $(bsdtar --version) |"
	echo "| hyperfine | $(hyperfine --version) |"
	echo "| compiler (gencorpus) | $(${CC:-cc} --version | head -1) |"
	echo "| locale | ${LC_ALL:-${LANG:-C}} |"
	echo
	echo "## Corpus"
	echo
	echo "| file | bytes |"
	echo "|---|---:|"
	echo "| mixed.log | $size |"
	echo "| quarter.log | $((size / 4)) |"
	echo "| mixed-utf16.log (mixed.log in UTF-16LE) | $u16bytes |"
	echo "| bundle.zip (compressed / uncompressed) | $zipbytes / $zipsize |"
	echo "| one.zip (one member; compressed / uncompressed) | $(wc -c <one.zip | tr -d ' ') / $zipsize |"
	echo "| bundles/ ($nbundles machines, $nbdiag with a diagnosis) | $bbytes |"
	echo
	echo "## hyperfine ($runs runs after one warm-up, one thread unless -j2)"
	echo
	cat hyperfine.md
	echo
	echo "## Throughput"
	echo
	echo "MB/s is 10^6 bytes of input per second of the fastest run (for the zip rows:"
	echo "uncompressed bytes). The targets below compare fastest runs too; the table above"
	echo "shows each command's spread."
	echo
	echo "| row | command | fastest | MB/s |"
	echo "|---|---|---:|---:|"
	for r in "logdx|./logdx -j1 $S1 mixed.log|$size" \
		"logdx-default|./logdx -j1 mixed.log|$size" \
		"rg|rg -j1 -c -f patterns.rust mixed.log|$size" \
		"ugrep|ugrep -J1 -c -f patterns.ugrep mixed.log|$size" \
		"ugrep-start|ugrep -J1 -c -f patterns.ugrep empty.log|0" \
		"grep|grep -E -c $grep_i -f patterns.ere mixed.log|$size" \
		"logdx-quarter|./logdx -j1 $S1 quarter.log|$((size / 4))" \
		"logdx-utf16|./logdx -j1 $S1 mixed-utf16.log|$size" \
		"logdx-zip|./logdx -j1 $S1 bundle.zip|$zipsize" \
		"ugrep-zip|ugrep -J1 -z -c -f patterns.ugrep bundle.zip|$zipsize" \
		"bsdtar-zip|bsdtar -xOf bundle.zip >/dev/null|$zipsize" \
		"logdx-zip-files|./logdx -j1 $S1 bundle-files|$zipsize" \
		"bsdtar-one|bsdtar -xOf one.zip >/dev/null|$zipsize" \
		"logdx-one-ra|./logdx -j2 $S1 one.zip|$zipsize" \
		"logdx-ra|./logdx -j2 $S1 mixed.log|$size" \
		"logdx-utf16-ra|./logdx -j2 $S1 mixed-utf16.log|$size" \
		"logdx-zip-ra|./logdx -j2 $S1 bundle.zip|$zipsize" \
		"logdx-zip-read|./logdx -j2 $S0 bundle.zip|$zipsize" \
		"logdx-read|./logdx -j1 $S0 mixed.log|$size" \
		"logdx-4x|./logdx -j1 $S4 mixed.log|$size" \
		"logdx-4x-distinct|./logdx -j1 $S4D mixed.log|$size" \
		"logdx-start|./logdx -j1 empty.log|0" \
		"logdx-check|./logdx --check-signatures|0" \
		"logdx-j1|./logdx -j1 bundles/*|$bbytes" \
		"logdx-j2|./logdx -j2 bundles/*|$bbytes"; do
		name=${r%%|*}
		rest=${r#*|}
		cmd=${rest%|*}
		b=${rest##*|}
		t=$(fastest "$name")
		[ -n "$t" ] || continue
		awk -v n="$name" -v c="$cmd" -v b="$b" -v t="$t" 'BEGIN {
			printf "| %s | `%s` | %s | %s |\n", n, c,
				t < 1 ? sprintf("%.1f ms", 1000 * t) : sprintf("%.2f s", t),
				(b > 0 && t > 0) ? sprintf("%.0f", b / t / 1e6) : "-" }'
	done
	awk -F, -v s="$size" '{ t[$1] = $7 } END { if ("ugrep" in t)
		printf "| ugrep, net of its start-up | (ugrep - ugrep-start) | | %.0f |\n", s / (t["ugrep"] - t["ugrep-start"]) / 1e6 }' times.csv
	awk -F, -v c="$check" -v a="$(secs rg-pcre2)" -v b="$(secs ugrep-pcre2)" 'BEGIN {
		if (a > 0)
			printf "| rg -P (PCRE2, one run on check.log) | `rg -P -j1 -c -f patterns.pcre check.log` | %.1f s | %.1f |\n", a, c / a / 1e6
		if (b > 0)
			printf "| ugrep -P (PCRE2, one run on check.log) | `ugrep -P -J1 -c -f patterns.pcre check.log` | %.1f s | %.1f |\n", b, c / b / 1e6 }'
	[ -z "$ugrep_note" ] || { echo; echo "ugrep $(ugrep --version | head -1 | cut -d' ' -f2) $ugrep_note, so its rows are missing."; }
	[ -z "$pcre2_notes" ] || { echo; echo "Left out (the PCRE2 engine cannot compile the whole set as one pattern):$pcre2_notes"; }
	echo
	echo "## Targets"
	echo
	echo "| target | measured | limit | met |"
	echo "|---|---:|---:|---|"
	awk -F, -v s="$size" -v q=$((size / 4)) -v rss1="$rss1" -v rssd="$rssd" -v same="$same" '
		{ t[$1] = $7 }
		function row(what, v, lim, fmt) {
			printf "| %s | " fmt " | " fmt " | %s |\n", what, v, lim, (v <= lim ? "yes" : "**no**")
		}
		END {
			best = bestnet = t["rg"]
			if ("ugrep" in t) {
				if (t["ugrep"] < best)
					best = t["ugrep"]
				if (t["ugrep"] - t["ugrep-start"] < bestnet)
					bestnet = t["ugrep"] - t["ugrep-start"]
			}
			row("plain log: logdx / faster of rg and ugrep", t["logdx"] / best, 1.0, "%.2f")
			if ("ugrep" in t)
				row("plain log: logdx / faster of rg and ugrep net of its start-up", t["logdx"] / bestnet, 1.0, "%.2f")
			row("plain log: logdx (default packs) / faster of rg and ugrep", t["logdx-default"] / best, 1.0, "%.2f")
			printf "| plain log, stretch: logdx throughput (MB/s) | %.0f | >= 1000 | %s |\n", \
				s / t["logdx"] / 1e6, (s / t["logdx"] / 1e6 >= 1000 ? "yes" : "**no**")
			row("zip bundle, -j2 (lanes: each thread inflates and matches members of its own): logdx / bsdtar -xOf floor", t["logdx-zip-ra"] / t["bsdtar-zip"], 1.15, "%.2f")
			row("zip bundle, all on one thread (-j1): logdx / bsdtar -xOf floor", t["logdx-zip"] / t["bsdtar-zip"], 1.15, "%.2f")
			printf "| (zip bundle, -j1: what bounds it) (floor + matching the same members unpacked) / floor | %.2f | - | - |\n", \
				(t["bsdtar-zip"] + t["logdx-zip-files"]) / t["bsdtar-zip"]
			printf "| (zip bundle, -j1) logdx / (floor + matching the same members unpacked) | %.2f | - | - |\n", \
				t["logdx-zip"] / (t["bsdtar-zip"] + t["logdx-zip-files"])
			printf "| (zip of one member, -j2: one thread inflates, one matches) / its floor | %.2f | - | - |\n", \
				t["logdx-one-ra"] / t["bsdtar-one"]
			printf "| (zip bundle, reading only: a signature that never matches, -j2) / floor | %.2f | - | - |\n", \
				t["logdx-zip-read"] / t["bsdtar-zip"]
			row("UTF-16 / UTF-8 time, read-ahead (-j2: one thread decodes, one matches)", t["logdx-utf16-ra"] / t["logdx-ra"], 1.3, "%.2f")
			row("UTF-16 / UTF-8 time, all on one thread (-j1)", t["logdx-utf16"] / t["logdx"], 1.3, "%.2f")
			row("4x signatures / 1x (renamed copies)", t["logdx-4x"] / t["logdx"], 1.5, "%.2f")
			row("4x signatures / 1x (distinct literals)", t["logdx-4x-distinct"] / t["logdx"], 1.5, "%.2f")
			row("start-up: load, compile, JIT every signature (ms)", 1000 * t["logdx-start"], 20, "%.1f")
			row("linear cost: time(N) / (4 x time(N/4))", t["logdx"] / (4 * t["logdx-quarter"]), 1.1, "%.2f")
			row("500 bundles: -j2 / -j1 time", t["logdx-j2"] / t["logdx-j1"], 0.6, "%.2f")
			printf "| -j1 and -j2 outputs identical | %s | yes | %s |\n", same, (same == "yes" ? "yes" : "**no**")
			if (rss1 != "")
				row("peak RSS, 1 GiB log, -j1 (MiB)", rss1 / 1024, 64, "%.1f")
			if (rssd != "")
				row("peak RSS, 1 GiB log, default -j (MiB)", rssd / 1024, 64, "%.1f")
		}' times.csv
	echo
	echo "## Equivalent patterns"
	echo
	echo "Lines of check.log (the first $check bytes of the same text) matched by each"
	echo "tool's pattern set (see bench/README.md); rg -P runs the exported PCRE2 patterns"
	echo "unchanged (each in its own group) and is the reference."
	echo
	echo "| tool | pattern set | lines |"
	echo "|---|---|---:|"
	echo "| rg -P | patterns.pcre | $(count rg-pcre2) |"
	echo "| ugrep -P | patterns.pcre | $(count ugrep-pcre2) |"
	echo "| rg | patterns.rust | $(count rg) |"
	[ "$ugrep_ok" = no ] || echo "| ugrep | patterns.ugrep | $(count ugrep) |"
	echo "| grep -E $grep_i | patterns.ere | $(count grep) |"
	echo
	echo "Conversion: $(tr '\n' ';' <portable.log | sed 's/;$//; s/;/; /g')."
	echo "$ci of the $npat exported patterns start with \`(?i)\`; GNU grep gets \`-i\` for all of them."
} >results.md
# bench/templates.sh writes its own section: keep it
if [ -f "$results" ] && grep -q '^## Templates' "$results"; then
	{ echo; sed -n '/^## Templates/,$p' "$results"; } >>results.md
fi
cp results.md "$results"

# ---------------------------------------------------------------- summary
sed -n '/^## Throughput/,$p' results.md
say "results written to $results"
if [ "$keep" != 1 ]; then
	rm -rf mixed.log quarter.log check.log mixed-utf16.log bundle.zip bundle-files bundles \
		one.zip rss.log stamp
	rm -f "$gen"
	say "corpus and gencorpus removed (BENCH_KEEP=1 keeps them)"
fi
