#!/bin/sh
# Real excerpts (tests/real/*/MANIFEST): short texts copied from public
# sources, each with the section it must be diagnosed as.
#   expected KEY#anchor  the rank-1 diagnosis links to that section of the
#                        article KEY (asr or mars);
#   expected none        nothing at warning or above, or only generic
#                        outcomes (role outcome).
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BUILDDIR:=$SRCDIR}"
LC_ALL=C
export LC_ALL
cd "$SRCDIR" || exit 99
logdx="$BUILDDIR/src/logdx"
sigs="--no-default-signatures -S signatures"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/logdx-real.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT

# id -> role, and article url -> key
# shellcheck disable=SC2086
"$logdx" $sigs --list-signatures | awk -F'\t' '{ print $1, $4 }' >"$tmp/roles" || exit 99
# shellcheck disable=SC2086
"$logdx" $sigs --list-signatures --format=jsonl |
	sed -n 's/^{"type":"article","data":{"key":"\([^"]*\)","url":"\([^"]*\)"}}$/\2 \1/p' >"$tmp/articles"
[ -s "$tmp/articles" ] || { echo "no [article] stanzas listed"; exit 99; }

pass=0
fail=0
pos=0
neg=0
for m in tests/real/*/MANIFEST; do
	dir=${m%/MANIFEST}
	while IFS='	' read -r file want src; do
		case $file in '' | '#'*) continue ;; esac
		if [ ! -r "$dir/$file" ] || [ -z "$src" ]; then
			echo "FAIL $dir/$file: missing file or source in $m"
			fail=$((fail + 1))
			continue
		fi
		# shellcheck disable=SC2086
		"$logdx" $sigs --format=csv "$dir/$file" >"$tmp/out" 2>"$tmp/err"
		st=$?
		if [ $st -gt 1 ] || [ -s "$tmp/err" ]; then
			echo "FAIL $dir/$file: exit status $st"
			cat "$tmp/err"
			fail=$((fail + 1))
			continue
		fi
		# rank-1 row: id and doc -> KEY#anchor
		got=$(awk -F, 'NR == 2 { print $3; exit }' "$tmp/out")
		doc=$(awk -F, 'NR == 2 { print $9; exit }' "$tmp/out")
		anchor=${doc#*#}
		base=${doc%%#*}
		key=$(awk -v u="$base" '$1 == u { print $2; exit }' "$tmp/articles")
		if [ "$want" = none ]; then
			neg=$((neg + 1))
			# every row must be a generic outcome
			bad=$(awk -F, 'NR > 1 { print $3 }' "$tmp/out" | while read -r id; do
				r=$(awk -v i="$id" '$1 == i { print $2; exit }' "$tmp/roles")
				[ "$r" = outcome ] || printf '%s ' "$id"
			done)
			if [ -n "$bad" ]; then
				echo "FAIL $dir/$file: expected no diagnosis, got $bad"
				fail=$((fail + 1))
				continue
			fi
		else
			pos=$((pos + 1))
			if [ "$key#$anchor" != "$want" ]; then
				echo "FAIL $dir/$file: rank 1 is '${got:-nothing}' ($key#$anchor), expected $want"
				fail=$((fail + 1))
				continue
			fi
		fi
		pass=$((pass + 1))
	done <"$m"
done
echo "real excerpts: $pass passed, $fail failed ($pos with a section, $neg without)"
[ $fail = 0 ] && [ $pass -gt 0 ]
