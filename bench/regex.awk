# regex.awk - a small PCRE2 pattern tokenizer shared by portable.awk and
# sigcopy.awk (load it first: awk -f regex.awk -f portable.awk ...).
# Positions are 1-based; each function returns the position of the last
# character of the construct that starts at i.

function class_end(s, i,    n, c, j) {
	n = length(s)
	i++
	if (substr(s, i, 1) == "^")
		i++
	if (substr(s, i, 1) == "]")
		i++
	for (; i <= n; i++) {
		c = substr(s, i, 1)
		if (c == "\\") {
			i++
			continue
		}
		if (c == "[" && substr(s, i + 1, 1) == ":") {
			j = index(substr(s, i + 2), ":]")
			if (j) {
				i = i + 2 + j
				continue
			}
		}
		if (c == "]")
			return i
	}
	return n
}

function escape_end(s, i,    c, j) {
	c = substr(s, i + 1, 1)
	if ((c == "x" || c == "p" || c == "P" || c == "o") && substr(s, i + 2, 1) == "{") {
		j = index(substr(s, i + 3), "}")
		return j ? i + 2 + j : length(s)
	}
	return i + 1
}

function paren_end(s, i,    n, d, c) {
	n = length(s)
	d = 0
	for (; i <= n; i++) {
		c = substr(s, i, 1)
		if (c == "\\")
			i = escape_end(s, i)
		else if (c == "[")
			i = class_end(s, i)
		else if (c == "(")
			d++
		else if (c == ")" && --d == 0)
			return i
	}
	return n
}

function atom_end(s, i,    c) {
	c = substr(s, i, 1)
	if (c == "\\")
		return escape_end(s, i)
	if (c == "[")
		return class_end(s, i)
	if (c == "(")
		return paren_end(s, i)
	return i
}

function is_look(s, i) {
	return substr(s, i, 3) == "(?=" || substr(s, i, 3) == "(?!" || \
	       substr(s, i, 4) == "(?<=" || substr(s, i, 4) == "(?<!"
}
