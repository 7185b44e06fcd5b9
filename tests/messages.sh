#!/bin/sh
# The program's messages in the report's language (GNU gettext, po/): with
# --lang or the locale, whatever locales the machine has installed (the C
# locale only is enough); --help and option errors too; LANGUAGE alone
# changes nothing (the report's language decides); JSON numbers keep their
# dot; and without a catalogue the messages are English, the titles still
# translated and the exit status the same.  Skipped when built without NLS.
set -u
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BUILDDIR:=$SRCDIR}"
logdx="$BUILDDIR/src/logdx"
if [ "${USE_NLS:-yes}" = no ]; then
	echo "messages: built without NLS: skipped"
	exit 77
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/logdx-messages.XXXXXX") || exit 99
trap 'rm -rf "$work"' EXIT INT TERM
cd "$SRCDIR/tests/data" || exit 99
unset LC_ALL LC_MESSAGES LANG LANGUAGE
run() { "$logdx" --no-default-signatures -S sigs/core.sig "$@" asr-failed 2>&1; }
fail=0
bad() {
	echo "FAIL $*"
	fail=1
}
# the heading's first line: "asr-failed: N diagnoses (...)"
head1() { sed -n 1p | sed 's/^asr-failed: //'; }

en=$(LC_ALL=C run | head1)
case $en in
*diagnos*" ("*file*) ;;
*) bad "English heading: $en" ;;
esac
ru=$(LC_ALL=C run --lang=ru | head1)
case $ru in
*диагноз*файл*) ;;
*) bad "--lang=ru under LC_ALL=C: $ru" ;;
esac
zh=$(LC_ALL=C.UTF-8 run --lang=zh-TW | head1)
case $zh in
*診斷*檔案*) ;;
*) bad "--lang=zh-TW: $zh" ;;
esac
# a locale the machine may not have: its language all the same
fr=$(LANG=fr_FR.UTF-8 run | head1)
case $fr in
*diagnostic*fichier*) ;;
*) bad "LANG=fr_FR.UTF-8: $fr" ;;
esac
es=$(LC_MESSAGES=es_MX.UTF-8 LANG=ru_RU.UTF-8 run | head1)
case $es in
*diagnóstico*archivo*) ;;
*) bad "LC_MESSAGES=es_MX.UTF-8: $es" ;;
esac
# LANGUAGE is not one of the report's language sources: English stays
# English, even in a locale logdx has no text for
[ "$(LC_ALL=C LANGUAGE=fr run | head1)" = "$en" ] || bad "LANGUAGE=fr changed the C locale's report"
[ "$(LANG=de_DE.UTF-8 LANGUAGE=fr:ru run | head1)" = "$en" ] || bad "LANGUAGE=fr under LANG=de_DE"
[ "$(LANG=ru_RU.UTF-8 LANGUAGE=fr run | head1)" = "$ru" ] || bad "LANGUAGE=fr beat LANG=ru_RU"

# --help and option errors in the language, --lang before or after
LC_ALL=C "$logdx" --help --lang=fr >"$work/help" 2>&1 || bad "--help --lang=fr failed"
grep -q "^Utilisation : logdx" "$work/help" || bad "--help --lang=fr: $(head -1 "$work/help")"
grep -q "afficher cette aide et quitter" "$work/help" || bad "--help --lang=fr: option lines not French"
err=$(LC_ALL=C "$logdx" --lang=es --max-depth=x 2>&1)
case $err in
"logdx: número no válido 'x' para --max-depth"*) ;;
*) bad "--lang=es error: $err" ;;
esac
err=$(LANG=zh_CN.UTF-8 "$logdx" --bogus 2>&1)
case $err in
"logdx: 未知选项 '--bogus'"*) ;;
*) bad "LANG=zh_CN error: $err" ;;
esac
# an input error on stderr
err=$(LC_ALL=C "$logdx" --lang=ru --no-default-signatures -S sigs/core.sig no-such-dir 2>&1 >/dev/null)
case $err in
"logdx: no-such-dir: "*) ;;
*) bad "--lang=ru input error: $err" ;;
esac

# JSON: English keys and ids, the language named, numbers with a dot
json=$(LANG=fr_FR.UTF-8 LC_NUMERIC=fr_FR.UTF-8 run --json)
printf '%s\n' "$json" | grep -q '^  "lang": "fr",$' || bad "JSON without \"lang\": \"fr\""
printf '%s\n' "$json" | grep -q '"score": [01]\.[0-9]' || bad "JSON score without its dot"
printf '%s\n' "$json" | grep -q '"severity": "critical"' || bad "JSON severity translated"

# no catalogue: English messages, translated titles, the same exit status
LC_ALL=C "$logdx" --no-default-signatures -S sigs/core.sig --lang=fr asr-failed >"$work/fr" 2>&1
rc_fr=$?
LOGDX_LOCALEDIR=/nonexistent LC_ALL=C "$logdx" --no-default-signatures -S sigs/core.sig \
	--lang=fr asr-failed >"$work/none" 2>&1
rc_none=$?
[ "$rc_fr" = "$rc_none" ] || bad "exit $rc_none without catalogues, $rc_fr with"
[ "$(head1 <"$work/none")" = "$en" ] || bad "without catalogues: $(head1 <"$work/none")"
# the titles come from the signatures, not the catalogues
t_fr=$(grep -m1 '^  1\. ' "$work/fr")
[ "$(grep -m1 '^  1\. ' "$work/none" | sed 's/\[[^]]*\]//')" = "$(printf '%s' "$t_fr" | sed 's/\[[^]]*\]//')" ] ||
	bad "without catalogues the title changed: $(grep -m1 '^  1\. ' "$work/none")"
[ "$fail" = 0 ] && echo "messages: 5 languages from --lang and the locale, help, errors, no catalogue"
exit "$fail"
