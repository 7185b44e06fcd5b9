#!/bin/sh
# bench/templates.sh - grouping accuracy (GA) of `logdx --templates` on the
# Loghub-2k sets, and its parsing speed.
#
# The data is research data from https://github.com/logpai/loghub (Zhu et
# al., "Loghub: A Large Collection of System Log Datasets for AI-driven Log
# Analytics", ISSRE 2023); it is read where it lies, never copied here.
# For every *_2k.log_structured.csv the Content column (one message a line)
# is mined, and the template ids are compared with the EventId column.
# GA: a line is right when the set of lines sharing its template equals the
# set of lines sharing its EventId (Zhu et al., ICSE-SEIP 2019).
#
# Environment (default):
#   LOGHUB_DIR     where the CSV files are (../shared/loghub from the source
#                  tree)
#   SPEED_SIZE     size of the generated log for the speed row (64M)
#   BENCH_RESULTS  results file whose "Templates" section is replaced
#                  (bench/RESULTS.md); "-": print only
#   LOGDX          the logdx binary (src/logdx)
set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
root=$(cd "$here/.." && pwd -P)
LOGHUB_DIR=${LOGHUB_DIR:-$root/../shared/loghub}
LOGDX=${LOGDX:-$root/src/logdx}
SPEED_SIZE=${SPEED_SIZE:-64M}
BENCH_RESULTS=${BENCH_RESULTS:-$here/RESULTS.md}
LC_ALL=C
export LC_ALL

say() { printf 'templates: %s\n' "$*" >&2; }
[ -x "$LOGDX" ] || { say "no logdx at $LOGDX (build it first)"; exit 2; }

now_ms() { date +%s%3N; }

work=$(mktemp -d "${TMPDIR:-/tmp}/logdx-tpl.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

# CSV (RFC 4180: quoted fields, "" for a quote) -> two files: the Content
# column and the EventId column, one record a line.
split_csv() {
	awk -v content="$2" -v truth="$3" '
	function parse(s,   i, c, f, q, n) {
		n = 0; f = ""; q = 0
		for (i = 1; i <= length(s); i++) {
			c = substr(s, i, 1)
			if (q) {
				if (c == "\"") {
					if (substr(s, i + 1, 1) == "\"") { f = f "\""; i++ }
					else q = 0
				} else f = f c
			} else if (c == "\"") q = 1
			else if (c == ",") { fld[++n] = f; f = "" }
			else f = f c
		}
		fld[++n] = f
		return q ? -1 : n
	}
	{
		rec = pending == "" ? $0 : pending "\n" $0
		if (parse(rec) < 0) { pending = rec; next }
		pending = ""
		if (!hdr) {
			for (k in fld) { if (fld[k] == "Content") ci = k; if (fld[k] == "EventId") ei = k }
			hdr = 1; next
		}
		gsub(/\n/, " ", fld[ci])
		print fld[ci] > content
		print fld[ei] > truth
	}' "$1"
}

# GA from "truth<TAB>predicted" lines
ga() {
	awk -F '\t' '
	{ n++; pair[$1 SUBSEP $2]++; t[$1]++; p[$2]++ }
	END {
		for (k in pair) { split(k, a, SUBSEP); if (pair[k] == t[a[1]] && pair[k] == p[a[2]]) ok += pair[k] }
		printf "%.3f", n ? ok / n : 0
	}'
}

found=0
table="$work/table"
: >"$table"
sum=0
for csv in "$LOGHUB_DIR"/*_2k.log_structured.csv; do
	[ -f "$csv" ] || continue
	found=$((found + 1))
	name=$(basename "$csv" _2k.log_structured.csv)
	split_csv "$csv" "$work/content" "$work/truth"
	t0=$(now_ms)
	"$LOGDX" --templates --format=tsv "$work/content" >"$work/pred"
	t1=$(now_ms)
	cut -f2 "$work/pred" | paste "$work/truth" - | ga >"$work/ga"
	g=$(cat "$work/ga")
	ntpl=$(cut -f2 "$work/pred" | sort -u | wc -l | tr -d ' ')
	ntrue=$(sort -u "$work/truth" | wc -l | tr -d ' ')
	printf '| %s | %s | %s | %s | %s |\n' "$name" "$g" "$ntpl" "$ntrue" "$((t1 - t0))" >>"$table"
	sum=$(awk -v s="$sum" -v g="$g" 'BEGIN { printf "%.6f", s + g }')
done
if [ "$found" = 0 ]; then
	say "no *_2k.log_structured.csv in $LOGHUB_DIR: skipped (get them from https://github.com/logpai/loghub)"
	exit 0
fi
avg=$(awk -v s="$sum" -v n="$found" 'BEGIN { printf "%.3f", s / n }')

# speed: a generated log of many templates and variable fields
bytes=$(echo "$SPEED_SIZE" | awk '{ n = $0 + 0; u = toupper(substr($0, length($0)));
	print (u == "G" ? n * 1073741824 : u == "M" ? n * 1048576 : u == "K" ? n * 1024 : n) }')
awk -v want="$bytes" 'BEGIN {
	srand(7)
	split("Connection to host|Read out cached package|Failed to open file|Session|Job|Backup of volume|Received block|Worker thread", w, "|")
	while (got < want) {
		i = int(rand() * 8) + 1; r = int(rand() * 100000)
		l = sprintf("2026-11-%02d 10:%02d:%02d.%03d [%d] %s %d failed after %d retries: 0x%08X (%s-%d)", \
			int(rand() * 28) + 1, int(rand() * 60), int(rand() * 60), int(rand() * 1000), \
			r % 977, w[i], r, i * 3, r * 7919, (i % 2 ? "node" : "vm"), r % 61)
		print l; got += length(l) + 1
	}
}' >"$work/speed.log"
size=$(wc -c <"$work/speed.log" | tr -d ' ')
# MiB/s over the best of 3 runs, by CPU time (user + system: the machine
# may be shared) and by wall time
speed() {
	"$LOGDX" --templates --format="$1" "$work/speed.log" >/dev/null
	for run in 1 2 3; do
		if [ -x /usr/bin/time ]; then
			/usr/bin/time -f '%e %U %S' -o "$work/t" "$LOGDX" --templates --format="$1" \
				"$work/speed.log" >/dev/null
		else
			t0=$(now_ms)
			"$LOGDX" --templates --format="$1" "$work/speed.log" >/dev/null
			t1=$(now_ms)
			echo "$((t1 - t0))" | awk '{ s = $1 / 1000; print s, s, 0 }' >"$work/t"
		fi
		cat "$work/t"
	done | awk -v b="$size" '
		{ c = $2 + $3; if (!n++ || c < bc) bc = c; if (n == 1 || $1 < bw) bw = $1 }
		END { m = b / 1048576; printf "%.0f MiB/s of CPU time, %.0f MiB/s wall", bc ? m / bc : 0, bw ? m / bw : 0 }'
}
mbs_json=$(speed json)
mbs_tsv=$(speed tsv)

{
	echo "## Templates (bench/templates.sh)"
	echo
	echo "Grouping accuracy of \`logdx --templates --format=tsv\` on the Loghub-2k sets"
	echo "(https://github.com/logpai/loghub; Zhu et al., ISSRE 2023): the Content column"
	echo "mined, the template ids compared with EventId. One configuration for every set."
	echo
	echo "| set | GA | templates | true events | time (ms) |"
	echo "|---|---:|---:|---:|---:|"
	cat "$table"
	echo "| **average ($found sets)** | **$avg** | | | |"
	echo
	echo "Speed on one core (target 50 MiB/s), $(awk -v b="$size" 'BEGIN { printf "%.0f", b / 1048576 }') MiB generated log, best of 3:"
	echo "\`--templates --format=json\` $mbs_json; \`--format=tsv\` $mbs_tsv."
} >"$work/section"
cat "$work/section"
if [ "$BENCH_RESULTS" != - ] && [ -f "$BENCH_RESULTS" ]; then
	awk -v sec="$work/section" '
	/^## Templates \(bench\/templates.sh\)/ { skip = 1; next }
	skip && /^## / { skip = 0 }
	!skip { print }' "$BENCH_RESULTS" >"$work/results"
	# one blank line between the rest and this section
	awk 'NF { for (; blank > 0; blank--) print ""; print; next } { blank++ }' "$work/results" >"$work/r2"
	{ cat "$work/r2"; echo; cat "$work/section"; } >"$BENCH_RESULTS"
	say "section written to $BENCH_RESULTS"
fi
