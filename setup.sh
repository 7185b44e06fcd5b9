#!/bin/sh
# Builds logdx from a fresh clone: installs the missing build dependencies
# (with apt-get when run as root on Debian or Ubuntu; otherwise prints the
# exact package list and stops), then configures and builds.
# Environment: CI set -> warnings are errors.  CONFIGURE_FLAGS -> extra flags.
set -eu
cd "$(dirname "$0")"

# gettext and autopoint: the message catalogues (po/) and autoreconf's gettext step
pkgs="build-essential autoconf automake libtool pkg-config libpcre2-dev libarchive-dev zlib1g-dev check gettext autopoint"
# only for tests that are skipped without them (the GNU parallel recipe,
# the format check)
optional="parallel clang-format"

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
	for p in $pkgs; do
		st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
		case $st in
		*" installed") ;;
		*) missing="$missing $p" ;;
		esac
	done
else
	for t in cc make autoreconf pkg-config msgfmt autopoint; do
		command -v "$t" >/dev/null 2>&1 || missing="$missing $t"
	done
	for m in libpcre2-8 libarchive zlib check; do
		pkg-config --exists "$m" 2>/dev/null || missing="$missing $m"
	done
fi

want_optional=""
if command -v dpkg-query >/dev/null 2>&1; then
	for p in $optional; do
		st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
		case $st in
		*" installed") ;;
		*) want_optional="$want_optional $p" ;;
		esac
	done
fi
if [ -n "$want_optional" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	missing="$missing$want_optional"
	pkgs="$pkgs$want_optional"
fi

if [ -n "$missing" ]; then
	if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
		echo "setup: installing:$missing"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -q
		apt-get install -y -q --no-install-recommends $pkgs
	else
		echo "setup: missing build dependencies:$missing" >&2
		echo "setup: install them as root, then run this again:" >&2
		echo "    apt-get install -y $pkgs" >&2
		exit 1
	fi
fi

# Chromium, for the HTML report's browser test (tests/browser.sh, skipped
# without it): installed when missing on Debian as root; a failure to
# install it is no failure of the setup.
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] &&
	command -v apt-get >/dev/null 2>&1; then
	echo "setup: installing chromium (optional, for the HTML report's browser test)"
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium ||
		{ apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
			--no-install-recommends chromium; } ||
		echo "setup: chromium not installed; the browser test will be skipped" >&2
fi

flags=${CONFIGURE_FLAGS:-}
if [ -n "${CI:-}" ]; then
	flags="$flags --enable-werror"
fi
if [ ! -x configure ] || [ configure.ac -nt configure ] || [ Makefile.am -nt configure ]; then
	autoreconf -fi
fi
if [ ! -f Makefile ] || [ configure -nt Makefile ]; then
	# shellcheck disable=SC2086
	./configure --quiet $flags
fi
jobs=$(getconf _NPROCESSORS_ONLN 2>/dev/null || echo 2)
make -s -j"$jobs"
