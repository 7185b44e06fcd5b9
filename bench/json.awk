# json.awk - flattens each line of JSON Lines into "path<TAB>value" pairs,
# for awk programs that read logdx's own JSON (load it first:
# awk -f json.awk -f prog.awk).  jflat(line) fills J[path] = value for
# every scalar (strings decoded: \" \\ \/ \b \f \n \r \t and \u00XX; other
# \u escapes are kept as written, logdx writes such characters as UTF-8),
# and JN[path] = number of members of each array.  Paths join keys and
# array indexes (from 0) with dots: data.variants.1.patterns.0.expanded.

function jflat(s,    n) {
	delete J
	delete JN
	JS = s
	JP = 1
	JL = length(s)
	jvalue("")
}

function jws() {
	while (JP <= JL && index(" \t\r\n", substr(JS, JP, 1)))
		JP++
}

function jstring(    out, c, e, h) {
	out = ""
	JP++ # the opening quote
	while (JP <= JL) {
		c = substr(JS, JP, 1)
		if (c == "\"") {
			JP++
			return out
		}
		if (c == "\\") {
			e = substr(JS, JP + 1, 1)
			JP += 2
			if (e == "n") out = out "\n"
			else if (e == "t") out = out "\t"
			else if (e == "r") out = out "\r"
			else if (e == "b") out = out "\b"
			else if (e == "f") out = out "\f"
			else if (e == "u") {
				h = substr(JS, JP, 4)
				JP += 4
				if (h ~ /^00[0-7][0-9A-Fa-f]$/)
					out = out sprintf("%c", jhex(substr(h, 3, 2)))
				else
					out = out "\\u" h
			} else out = out e
			continue
		}
		out = out c
		JP++
	}
	return out
}

function jhex(h,    i, v) {
	v = 0
	h = tolower(h)
	for (i = 1; i <= length(h); i++)
		v = v * 16 + index("0123456789abcdef", substr(h, i, 1)) - 1
	return v
}

function jvalue(path,    c, k, i, start) {
	jws()
	c = substr(JS, JP, 1)
	if (c == "{") {
		JP++
		jws()
		if (substr(JS, JP, 1) == "}") { JP++; return }
		for (;;) {
			jws()
			k = jstring()
			jws()
			JP++ # :
			jvalue(path == "" ? k : path "." k)
			jws()
			c = substr(JS, JP, 1)
			JP++
			if (c != ",") return
		}
	}
	if (c == "[") {
		JP++
		i = 0
		jws()
		if (substr(JS, JP, 1) == "]") { JP++; JN[path] = 0; return }
		for (;;) {
			jvalue(path "." i)
			i++
			jws()
			c = substr(JS, JP, 1)
			JP++
			if (c != ",") { JN[path] = i; return }
		}
	}
	if (c == "\"") {
		J[path] = jstring()
		return
	}
	start = JP
	while (JP <= JL && !index(",]} \t\r\n", substr(JS, JP, 1)))
		JP++
	J[path] = substr(JS, start, JP - start)
}
