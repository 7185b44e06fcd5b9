#!/bin/sh
# Every shipped signature parses, compiles, and passes its own examples.
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BUILDDIR:=$SRCDIR}"
exec "$BUILDDIR/src/logdx" --no-default-signatures -S "$SRCDIR/signatures" --check-signatures
