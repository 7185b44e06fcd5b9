#!/bin/sh
# Unbounded string functions have no place in this code base.
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
if grep -nE '\b(sprintf|vsprintf|strcpy|strcat|strtok|atoi|atol|gets)[[:space:]]*\(' \
	"$SRCDIR"/src/*.c "$SRCDIR"/src/*.h; then
	echo "banned functions used (see above): use snprintf, memcpy, strtol"
	exit 1
fi
exit 0
