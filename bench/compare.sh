#!/bin/sh
# bench/compare.sh - an earlier logdx against this one, back to back in one
# hyperfine run per row: the answer to "is it slower than before?" that two
# RESULTS.md files written hours apart cannot give on a shared machine.
#
#   sh bench/compare.sh OLD_LOGDX [NEW_LOGDX]
#
# Each binary runs with the default packs of its own tree (OLD_LOGDX's
# ../signatures; override with OLD_SIGNATURES and NEW_SIGNATURES): what a
# user gets from each version on the same input.  Build the old one from a
# worktree, e.g.
#   git worktree add /tmp/old v0.1.0 && (cd /tmp/old && ./setup.sh)
#
# Environment (default): CMP_SIZE plain log and zip size (128M), CMP_BUNDLES
# machine bundles (300), CMP_RUNS timed runs (10), CMP_DIR scratch directory
# (bench/scratch-compare, removed at the end unless CMP_KEEP=1), CC.
set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
root=$(cd "$here/.." && pwd -P)
say() { printf 'compare: %s\n' "$*" >&2; }
die() { say "$*"; exit 2; }

[ $# -ge 1 ] && [ $# -le 2 ] || die "usage: sh bench/compare.sh OLD_LOGDX [NEW_LOGDX]"
abs() { case $1 in /*) echo "$1" ;; *) echo "$(pwd -P)/$1" ;; esac; }
old=$(abs "$1")
new=$(abs "${2:-$root/src/logdx}")
for b in "$old" "$new"; do
	[ -x "$b" ] || die "no logdx binary at $b"
done
old_sigs=${OLD_SIGNATURES:-$(cd "$(dirname "$old")/.." && pwd -P)/signatures}
new_sigs=${NEW_SIGNATURES:-$(cd "$(dirname "$new")/.." && pwd -P)/signatures}
for d in "$old_sigs" "$new_sigs"; do
	[ -d "$d" ] || die "no signature directory $d (set OLD_SIGNATURES or NEW_SIGNATURES)"
done
command -v hyperfine >/dev/null 2>&1 || die "hyperfine not found (apt-get install hyperfine)"
command -v bsdtar >/dev/null 2>&1 || die "bsdtar not found (apt-get install libarchive-tools)"

size=${CMP_SIZE:-128M}
n=${size%[KkMm]}
case $n in '' | *[!0-9]*) die "bad CMP_SIZE '$size'" ;; esac
case $size in *[Kk]) size=$((n * 1024)) ;; *[Mm]) size=$((n * 1048576)) ;; esac
nbundles=${CMP_BUNDLES:-300}
runs=${CMP_RUNS:-10}
case $nbundles$runs in *[!0-9]*) die "CMP_BUNDLES and CMP_RUNS take a number" ;; esac

work=${CMP_DIR:-$here/scratch-compare}
mkdir -p "$work"
work=$(cd "$work" && pwd -P)
cd "$work"
gen=$work/gencorpus
[ -x "$gen" ] || "${CC:-cc}" -O2 -o "$gen" "$here/gencorpus.c"
if [ ! -s mixed.log ]; then
	say "generating the corpus"
	"$gen" -s 0 log "$size" mixed.log
	mkdir -p zipsrc/ASRSetupLogs zipsrc/Temp
	"$gen" -s 1 log $((size / 2)) zipsrc/ASRSetupLogs/ASRUnifiedAgentInstaller.log
	"$gen" -s 2 log $((size / 4)) zipsrc/Temp/CBEngineCurr.errlog
	"$gen" -s 3 log $((size / 4)) zipsrc/ASRSetupLogs/UA_InstallLogFile.log
	(cd zipsrc && bsdtar --format zip -cf ../bundle.zip -- *)
	rm -rf zipsrc
	"$gen" bundles "$nbundles" bundles
	: >empty.log
fi

# two wrappers, so that hyperfine's command names say which is which
for v in old new; do
	eval "bin=\$$v sigs=\$${v}_sigs"
	# shellcheck disable=SC2154
	printf '#!/bin/sh\nLOGDX_SIGNATURES=%s exec %s "$@"\n' "$sigs" "$bin" >"$v"
	chmod +x "$v"
done
# Both must at least agree that they ran.
./old -j1 empty.log >/dev/null 2>&1 || [ $? -eq 1 ] || die "$old fails on an empty log"
./new -j1 empty.log >/dev/null 2>&1 || [ $? -eq 1 ] || die "$new fails on an empty log"

: >rows.csv
row() { # NAME ARGS
	name=$1
	shift
	hyperfine -N -i -w 2 -r "$runs" --export-csv "t.$name.csv" \
		-n old "./old $*" -n new "./new $*" >/dev/null 2>&1 ||
		die "hyperfine failed on row $name"
	awk -F, -v name="$name" -v args="$*" 'NR > 1 {
		m[$1] = $2; s[$1] = $3; lo[$1] = $7
	} END {
		printf "%s,%s,%.4f,%.4f,%.4f,%.4f,%.4f,%.4f\n", name, args,
			m["old"], s["old"], lo["old"], m["new"], s["new"], lo["new"]
	}' "t.$name.csv" >>rows.csv
	rm -f "t.$name.csv"
}
say "timing (each row: $runs runs of each, back to back)"
row start -j1 empty.log
row plain-j1 -j1 mixed.log
row plain-j2 -j2 mixed.log
row zip-j1 -j1 bundle.zip
row zip-j2 -j2 bundle.zip
row bundles-j1 -j1 bundles
row bundles-j2 -j2 bundles

printf '# %s against %s\n\n' "$new" "$old"
echo "| row | arguments | old mean ± σ [ms] | new mean ± σ [ms] | new / old (means) | new / old (fastest) |"
echo "|---|---|---:|---:|---:|---:|"
awk -F, '{
	printf "| %s | `%s` | %.1f ± %.1f | %.1f ± %.1f | %.2f | %.2f |\n", $1, $2,
		1000 * $3, 1000 * $4, 1000 * $6, 1000 * $7, $6 / $3, $8 / $5
}' rows.csv
if [ "${CMP_KEEP:-0}" != 1 ]; then
	cd "$here"
	rm -rf "$work"
fi
