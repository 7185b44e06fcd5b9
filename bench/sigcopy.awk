# sigcopy.awk - writes a modified copy of the loaded signatures for the
# benchmarks, from what logdx lists (never from the .sig files: the
# listing has every pattern expanded from fragments and typed fields):
#
#   logdx --list-signatures --format=jsonl |
#   awk -v suffix=.copy2 -v nofiles=1 -v rotate=N -f json.awk -f regex.awk -f sigcopy.awk
#
# Each signature's variants become stanzas of their own (ids id, id.v2 ...)
# with plain all/any/unless patterns, so the copy loads without the
# fragments and articles.
#   suffix     appended to every signature id, so that copies load next to
#              the originals ("" keeps the ids);
#   nofiles=1  drops the files: field, so that every signature applies to
#              every file, as every pattern does for grep-like tools;
#   rotate=N   shifts each literal letter and digit of each pattern N
#              places along the alphabet: the copy has as many patterns, of
#              the same shape, with different literals, which (almost) never
#              match.  Escapes, classes, group headers and quantifiers are
#              left alone, so the patterns stay valid; the examples no longer
#              match them (do not --check-signatures).

function rot(s,    out, i, n, c, e, k, up, lo) {
	up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	lo = "abcdefghijklmnopqrstuvwxyz"
	out = ""
	n = length(s)
	for (i = 1; i <= n; i++) {
		c = substr(s, i, 1)
		e = i
		if (c == "\\") {
			e = escape_end(s, i)
		} else if (c == "[") {
			e = class_end(s, i)
		} else if (c == "(" && substr(s, i + 1, 1) == "?") {
			if (substr(s, i, 4) == "(?<!" || substr(s, i, 4) == "(?<=")
				e = i + 3
			else if (substr(s, i + 2, 1) ~ /[<P']/ && (k = index(substr(s, i), ">")))
				e = i + k - 1
			else if (match(substr(s, i + 2), /^[a-zA-Z^-]*[:)]/))
				e = i + 1 + RLENGTH
			else
				e = i + 2
		} else if (c == "{" && substr(s, i + 1, 1) ~ /[0-9,]/) {
			k = index(substr(s, i), "}")
			e = k ? i + k - 1 : i
		} else if ((k = index(lo, c))) {
			c = substr(lo, (k - 1 + rotate) % 26 + 1, 1)
		} else if ((k = index(up, c))) {
			c = substr(up, (k - 1 + rotate) % 26 + 1, 1)
		} else if ((k = index("0123456789", c))) {
			c = substr("0123456789", (k - 1 + rotate) % 10 + 1, 1)
		}
		out = out (e == i ? c : substr(s, i, e - i + 1))
		i = e
	}
	return out
}

function oneline(s) {
	gsub(/[\r\n]+/, " ", s)
	return s
}

function list(p,    i, r) {
	r = ""
	for (i = 0; i < JN[p]; i++)
		r = r (i ? " " : "") J[p "." i]
	return r
}

BEGIN {
	rotate = rotate % 26
}

{
	jflat($0)
	if (J["type"] != "signature")
		next
	for (v = 0; v < JN["data.variants"]; v++) {
		p = "data.variants." v
		printf "[%s%s%s]\n", J["data.id"], (v ? ".v" (v + 1) : ""), suffix
		print "title: " oneline(J["data.title"])
		print "product: " J["data.product"]
		print "severity: " J["data.severity"]
		print "role: " J["data.role"]
		if (JN["data.operation"])
			print "operation: " list("data.operation")
		if (!nofiles && JN["data.files"])
			print "files: " list("data.files")
		print "doc: " J["data.doc"]
		print "within: " J[p ".within"]
		for (k = 0; k < JN[p ".patterns"]; k++) {
			src = J[p ".patterns." k ".expanded"]
			print J[p ".patterns." k ".cond"] ": " (rotate ? rot(src) : src)
		}
		print "remedy: " oneline(J["data.remedy"])
		print "example: (not checked)"
		print ""
	}
}
