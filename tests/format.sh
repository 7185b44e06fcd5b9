#!/bin/sh
# Every C file of src/ and tests/unit/ is formatted as .clang-format says
# (clang-format --dry-run -Werror); skipped, with a message, without
# clang-format.  Reformat with:
#   clang-format -i src/*.c src/*.h tests/unit/*.c tests/unit/*.h
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
CLANG_FORMAT=${CLANG_FORMAT:-clang-format}
if ! command -v "$CLANG_FORMAT" >/dev/null 2>&1; then
	echo "format: $CLANG_FORMAT not found, not checked"
	exit 77
fi
# Formatters of other major versions lay code out differently: the tree is
# formatted with clang-format 14 (Debian 12's), and only that one judges.
major=$("$CLANG_FORMAT" --version 2>/dev/null | sed -n 's/.*version \([0-9][0-9]*\)\..*/\1/p')
if [ "$major" != 14 ]; then
	echo "format: $CLANG_FORMAT is version ${major:-unknown}, not 14: not checked"
	exit 77
fi
cd "$SRCDIR" || exit 99
rc=0
for f in src/*.c src/*.h tests/unit/*.c tests/unit/*.h; do
	[ -f "$f" ] || continue
	"$CLANG_FORMAT" --style=file --dry-run -Werror "$f" 2>/dev/null || {
		echo "format: $f differs from .clang-format (clang-format -i $f)"
		rc=1
	}
done
[ $rc = 0 ] && echo "format: every file as .clang-format says"
exit $rc
