#!/bin/sh
# Runs the command-line cases under tests/cli/: each case is a directory
# holding `cmd` (a POSIX sh script), and the expected `stdout`, `stderr`
# (absent: must be empty) and `status` (absent: 0).  The script runs in a
# fresh temporary directory with logdx and mkbundle first on PATH and
# $SRCDIR naming the source tree.  With $VALGRIND set, logdx runs under it.
# A case may hold `maxrss`: the peak resident size in KiB that no run of
# logdx in it may reach (checked with GNU time, when there is one and the
# build has no sanitizer or valgrind, whose own memory would count).
# A case holding `slow` is left out of the ThreadSanitizer run of .ci/run.
# A cmd that exits 77 (and expects no other status) is skipped: it prints
# its reason on stderr, which is shown.
# Usage: run.sh [CASE...]
set -u
: "${SRCDIR:=$(cd "$(dirname "$0")/../.." && pwd)}"
: "${BUILDDIR:=$SRCDIR}"
export SRCDIR BUILDDIR
LC_ALL=C
export LC_ALL
unset NO_COLOR LOGDX_COLOR 2>/dev/null || true

work=$(mktemp -d "${TMPDIR:-/tmp}/logdx-cli.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT INT TERM
mkdir "$work/bin"
if [ -n "${VALGRIND:-}" ]; then
	cat >"$work/bin/logdx" <<EOT
#!/bin/sh
LOGDX_NO_JIT=1 exec $VALGRIND -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite "$BUILDDIR/src/logdx" "\$@"
EOT
else
	printf '#!/bin/sh\nexec "%s/src/logdx" "$@"\n' "$BUILDDIR" >"$work/bin/logdx"
fi
rss_ok=
if [ -z "${VALGRIND:-}" ] && [ -z "${SANITIZERS:-}" ] &&
	/usr/bin/time -f %M -o "$work/rss" true 2>/dev/null &&
	[ "$(cat "$work/rss")" -gt 0 ] 2>/dev/null; then
	rss_ok=1
	mv "$work/bin/logdx" "$work/logdx"
	chmod +x "$work/logdx"
	cat >"$work/bin/logdx" <<EOT
#!/bin/sh
[ -n "\${LX_RSS_LOG:-}" ] || exec "$work/logdx" "\$@"
exec /usr/bin/time -f %M -a -o "\$LX_RSS_LOG" "$work/logdx" "\$@"
EOT
fi
printf '#!/bin/sh\nexec "%s/tests/mkbundle" "$@"\n' "$BUILDDIR" >"$work/bin/mkbundle"
chmod +x "$work/bin/logdx" "$work/bin/mkbundle"
PATH="$work/bin:$PATH"
export PATH

if [ $# -gt 0 ]; then
	cases=$*
else
	cases=$(cd "$SRCDIR/tests/cli" && for d in */; do printf '%s\n' "${d%/}"; done)
fi

pass=0
fail=0
skip=0
for c in $cases; do
	dir="$SRCDIR/tests/cli/$c"
	[ -f "$dir/cmd" ] || continue
	t="$work/run"
	rm -rf "$t"
	mkdir "$t"
	rm -f "$work/rss"
	if [ -n "$rss_ok" ] && [ -f "$dir/maxrss" ]; then
		LX_RSS_LOG="$work/rss"
		export LX_RSS_LOG
	fi
	(cd "$t" && sh "$dir/cmd" >"$work/out" 2>"$work/err" </dev/null)
	st=$?
	unset LX_RSS_LOG
	want=0
	[ -f "$dir/status" ] && want=$(cat "$dir/status")
	if [ "$st" = 77 ] && [ "$want" != 77 ]; then
		echo "SKIP $c: $(head -1 "$work/err")"
		skip=$((skip + 1))
		continue
	fi
	ok=1
	if [ "$st" != "$want" ]; then
		echo "FAIL $c: exit status $st, expected $want"
		ok=0
	fi
	if ! cmp -s "$work/out" "$dir/stdout" 2>/dev/null; then
		if [ -f "$dir/stdout" ] || [ -s "$work/out" ]; then
			echo "FAIL $c: stdout differs"
			if [ -f "$dir/stdout" ]; then diff -u "$dir/stdout" "$work/out" | head -40; else head -20 "$work/out"; fi
			ok=0
		fi
	fi
	if [ -f "$dir/stderr" ]; then
		if ! cmp -s "$work/err" "$dir/stderr"; then
			echo "FAIL $c: stderr differs"
			diff -u "$dir/stderr" "$work/err" | head -40
			ok=0
		fi
	elif [ -s "$work/err" ]; then
		echo "FAIL $c: unexpected stderr"
		head -20 "$work/err"
		ok=0
	fi
	if [ -f "$work/rss" ]; then
		max=$(cat "$dir/maxrss")
		# GNU time adds a line when the command exits non-zero
		while read -r kb; do
			case $kb in
			'' | *[!0-9]*) continue ;;
			esac
			if [ "$kb" -ge "$max" ]; then
				echo "FAIL $c: peak RSS $kb KiB, limit $max KiB"
				ok=0
			fi
		done <"$work/rss"
	fi
	if [ $ok = 1 ]; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
	fi
done
echo "cli: $pass passed, $fail failed, $skip skipped"
[ $fail = 0 ]
