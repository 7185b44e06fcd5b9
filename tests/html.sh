#!/bin/sh
# The HTML report as a file, without a browser (tests/browser.sh loads it in
# one): over every sample it has one fleet table row and one section per
# bundle; every link inside the page names an element of the page; it loads
# nothing from elsewhere; it names its language and speaks it; names from
# the inputs are escaped (no raw markup, control characters or bidi
# overrides); errors show their text and sizes are for people; --merge of
# JSON Lines gives the same page; and 1,000 machines take at most ~3 KB each
# beyond their evidence.
set -u
: "${SRCDIR:=$(cd "$(dirname "$0")/.." && pwd)}"
: "${BUILDDIR:=$SRCDIR}"
. "$SRCDIR/tests/htmlkit.sh"

n=$(ls samples | wc -l)
"$logdx" --format=html samples/* >"$work/en.html" 2>"$work/en.err"
[ -s "$work/en.html" ] || bad "no report over samples/"
rows=$(grep -c '^<tr data-s=' "$work/en.html")
[ "$rows" = "$n" ] || bad "fleet table: $rows rows for $n bundles"
sections=$(grep -c '^<section class="m" id="m[0-9]*">' "$work/en.html")
[ "$sections" = "$n" ] || bad "$sections machine sections for $n bundles"
anchors "$work/en.html"
grep -q '^<html lang="en">' "$work/en.html" || bad 'no <html lang="en">'
grep -q '<meta name="viewport"' "$work/en.html" || bad "no viewport"
grep -q '@media print{' "$work/en.html" || bad "no print style"
grep -q '^<script>.*</script>$' "$work/en.html" || bad "no inline script"
# nothing loaded from elsewhere: no src= at all, no style sheet link, no
# URL in the style sheet or the script
if grep -Eiq '<(script|img|iframe|embed|source)[^>]* src=|<link[^>]* href=|url\(|@import' \
	"$work/en.html"; then
	bad "the page loads an external resource"
fi
if grep -E '^<(script|style)>|<style>' "$work/en.html" | grep -Eq 'https?:|//[a-z]'; then
	bad "a URL in the inline style sheet or script"
fi
# the failures table lists every diagnosis id, root causes first
"$logdx" --format=jsonl samples/* >"$work/all.jsonl" 2>/dev/null
ids=$(grep -o '"rank":[0-9]*,"id":"[^"]*"' "$work/all.jsonl" | sed 's/.*"id":"//; s/"$//' |
	sort -u | wc -l)
fids=$(sed -n '/^<section id="failures">/,/^<\/tbody>/p' "$work/en.html" |
	grep -c '^<tr><td>')
[ "$ids" = "$fids" ] || bad "failures table: $fids diagnoses of $ids"
"$logdx" --no-default-signatures -S tests/data/sigs/core.sig --format=html tests/data/asr-failed \
	tests/data/asr-resolved >"$work/two.html" 2>/dev/null
sed -n '/^<section id="failures">/,/^<\/tbody>/p' "$work/two.html" |
	grep -o '^<tr><th colspan="3">[^<]*' | sed 's/.*>//' | tr '\n' '|' >"$work/groups"
[ "$(cat "$work/groups")" = "Root causes|Also reported|" ] ||
	bad "failures table groups: $(cat "$work/groups")"

# the same page from JSON Lines shards (cut after the fifth bundle)
k=$(grep -n '"type":"end"' "$work/all.jsonl" | sed -n 5p | cut -d: -f1)
head -n "$k" "$work/all.jsonl" >"$work/shard1.jsonl"
sed -n "$((k + 1)),\$p" "$work/all.jsonl" >"$work/shard2.jsonl"
"$logdx" --merge --format=html "$work/shard1.jsonl" "$work/shard2.jsonl" >"$work/merged.html" 2>/dev/null
cmp -s "$work/en.html" "$work/merged.html" || {
	bad "--merge of two shards differs from one run"
	diff "$work/en.html" "$work/merged.html" | head -5
}

# localized like the text report, language named
"$logdx" --lang=fr --format=html samples/asr.push.wmi-95103 >"$work/fr.html" 2>/dev/null
grep -q '^<html lang="fr">' "$work/fr.html" || bad 'no <html lang="fr"> with --lang=fr'
"$logdx" --lang=zh-CN --format=html samples/asr.push.wmi-95103 >"$work/zh.html" 2>/dev/null
grep -q '^<html lang="zh-CN">' "$work/zh.html" || bad 'no <html lang="zh-CN"> with --lang=zh-CN'
# the page's own words come from the catalogues (po/), when built with them
if [ "${USE_NLS:-yes}" != no ]; then
	grep -q '<th data-k="top">Diagnostic principal</th>' "$work/fr.html" ||
		bad "--lang=fr: headings in English"
	grep -q '<title>logdx 报告</title>' "$work/zh.html" || bad "--lang=zh-CN: title not localized"
fi

# errors in full, sizes for people
"$logdx" --format=html "$work/no-such-bundle" samples/mars.sal.bitmap-error >"$work/err.html" 2>/dev/null
grep -q 'no-such-bundle</code>: no such file or directory</li>' "$work/err.html" ||
	bad "an error without its text"
grep -q 'Size: 4.1 KiB' "$work/err.html" || bad "no human size (4210 bytes: 4.1 KiB)"
if grep -Eq '[0-9]{4,} bytes' "$work/en.html" "$work/err.html"; then
	bad "a raw byte count"
fi

# hostile names: markup, quotes, an escape sequence and a right-to-left
# override in a bundle name
esc=$(printf '\033')
rlo=$(printf '\342\200\256')
hostile="$work/x<b>&\"'${esc}[31m${rlo}evil"
mkdir "$hostile" && cp tests/data/asr-failed/* "$hostile/" || exit 99
"$logdx" --no-default-signatures -S tests/data/sigs/core.sig --format=html "$hostile" \
	>"$work/hostile.html" 2>/dev/null
grep -q '<b>&' "$work/hostile.html" && bad "markup from a bundle name"
grep -q "$esc" "$work/hostile.html" && bad "a raw escape character"
grep -q "$rlo" "$work/hostile.html" && bad "a raw right-to-left override"
grep -q 'x&lt;b&gt;&amp;&quot;&#39;' "$work/hostile.html" ||
	grep -q 'x&lt;b&gt;&amp;&quot;' "$work/hostile.html" || bad "the bundle name not escaped"
anchors "$work/hostile.html"

# size: 1,000 machines (the samples' JSON Lines records under other names,
# read back with --merge), at most 3 KiB each beyond their evidence
thousand "$work/all.jsonl"
rows=$(grep -c '^<tr data-s=' "$work/k.html")
[ "$rows" = 1000 ] || bad "1,000 machines: $rows rows"
anchors "$work/k.html"
total=$(wc -c <"$work/k.html")
ev=$(awk '/<pre>/ { p = 1 } p { n += length($0) + 1 } /<\/pre>/ { p = 0 } END { print n + 0 }' \
	"$work/k.html")
assets=$(grep -E '^<(style|script)>|<style>' "$work/k.html" | wc -c)
per=$(((total - ev - assets) / 1000))
echo "html: 1,000 machines, $total bytes, $ev of evidence: $per bytes a machine beyond it"
[ "$per" -le 3072 ] || bad "$per bytes a machine beyond its evidence (at most 3072)"

[ $fail = 0 ] && echo "html: $n bundles: rows, sections, links, languages, escaping, merge, size"
exit $fail
