# sigcopy.awk - writes a modified copy of a logdx signature pack (see
# logdx-signatures(5)) for the benchmarks.
#
#   awk -v suffix=.copy2 -v nofiles=1 -v rotate=N -f regex.awk -f sigcopy.awk pack.sig
#
#   suffix     appended to every signature id, so that copies load next to
#              the originals ("" keeps the ids);
#   nofiles=1  drops the files: field, so that every signature applies to
#              every file, as every pattern does for grep-like tools;
#   rotate=N   shifts each literal letter and digit of each pattern (all:,
#              any:, unless:) N places along the alphabet: the copy has as many
#              patterns, of the same shape, with different literals, which
#              (almost) never match.  Escapes, classes, group headers and
#              quantifiers are left alone, so the patterns stay valid; the
#              examples no longer match them (do not --check-signatures).

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

BEGIN {
	rotate = rotate % 26
	field = ""
}

/^\[[^]]+\][ \t]*$/ {
	field = ""
	sub(/\]/, suffix "]")
	print
	next
}

/^[a-z][a-z-]*(\[[A-Za-z_-]+\])?:/ {
	field = $0
	sub(/:.*/, "", field)
	if (nofiles && field == "files")
		next
	if (rotate && (field == "all" || field == "any" || field == "unless")) {
		k = index($0, ":")
		v = substr($0, k + 1)
		sp = v
		sub(/[^ \t].*/, "", sp)
		print substr($0, 1, k) sp rot(substr(v, length(sp) + 1))
		next
	}
	print
	next
}

/^[ \t]/ && field != "" {
	if (nofiles && field == "files")
		next
	if (rotate && (field == "all" || field == "any" || field == "unless")) {
		sp = $0
		sub(/[^ \t].*/, "", sp)
		print sp rot(substr($0, length(sp) + 1))
		next
	}
	print
	next
}

{
	if ($0 !~ /^[ \t]/)
		field = ""
	print
}
