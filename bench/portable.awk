# portable.awk - rewrites logdx's exported PCRE2 patterns (one per line, as
# printed by `logdx --list-signatures --format=patterns`) for engines that
# have no look-around: ripgrep's default engine, ugrep without -P, GNU grep -E.
#
#   awk -v dialect=rust|ugrep|ere -f regex.awk -f portable.awk patterns.txt
#
# What it does, per pattern (see bench/README.md, "Equivalent patterns"):
#  - looks at each branch of the top-level alternation on its own (a line
#    matches A|B exactly when it matches A or B);
#  - a negative look-behind of one character class at the start of a branch,
#    (?<![\w-])X, becomes (?:^|[^\w-])X; a negative look-ahead of one class at
#    the end, X(?!\d), becomes X(?:$|[^\d]); positive ones become ordinary
#    groups.  ugrep 3.x accepts ^ and $ only at the ends of a pattern, so for
#    ugrep the branch is written out as ^X, [^\w-]X (times X$, X[^\d]).  For
#    "does this line match" all of these are exact.  A look-around anywhere
#    else is dropped (the line set can only grow) and counted as inexact;
#  - for ugrep, a word boundary (\b \B \< \>) that is not at the very start
#    or end of a pattern is dropped (inexact): ugrep 3.x ignores the whole
#    pattern otherwise;
#  - a leading (?i) becomes (?i:...) for rust and ugrep, which otherwise let it
#    leak into the patterns that follow; for ere it is removed (run.sh then
#    passes -i);
#  - \d \w \s \b are ASCII in logdx's PCRE2 (UTF mode without UCP): they are
#    spelled out in ASCII ([0-9A-Za-z_], (?-u:\b) for rust), which also keeps
#    ripgrep on its fast path;
#  - for ere the pattern becomes POSIX ERE with GNU extensions: (?: -> (,
#    lazy quantifiers -> greedy ones (the same lines match).
# A summary goes to standard error.

# The class that matches one character the single atom a does not match;
# "" when a is not a single character class, escape or literal.
function negclass(a,    c) {
	if (a == "" || atom_end(a, 1) != length(a))
		return ""
	c = substr(a, 1, 1)
	if (substr(a, 1, 2) == "[^")
		return "[" substr(a, 3)
	if (c == "[")
		return "[^" substr(a, 2)
	if (a ~ /^\\[dws]$/)
		return "[^" a "]"
	if (a ~ /^\\[DWS]$/)
		return "[\\" tolower(substr(a, 2)) "]"
	if (c == "\\" && length(a) == 2 && a !~ /^\\[A-Za-z0-9]$/)
		return "[^" a "]"
	if (length(a) == 1 && c !~ /[][.^$*+?(){}|\\-]/)
		return "[^" a "]"
	return ""
}

# Removes every look-around group left in s (counted as inexact).
function drop_looks(s,    i, n, out, e, c) {
	out = ""
	n = length(s)
	for (i = 1; i <= n; i++) {
		c = substr(s, i, 1)
		if (c == "(" && is_look(s, i)) {
			i = paren_end(s, i)
			inexact++
			continue
		}
		e = i
		if (c == "\\")
			e = escape_end(s, i)
		else if (c == "[")
			e = class_end(s, i)
		out = out substr(s, i, e - i + 1)
		i = e
	}
	return out
}

# PCRE2 in logdx runs in UTF mode without UCP: \d \w \s \b are ASCII.  Spell
# them out in ASCII for every dialect (ripgrep's and GNU grep's are Unicode,
# and ripgrep's lazy DFA gives up on Unicode word boundaries), and for ere
# write POSIX ERE with GNU extensions.
function conv_class(cls,    out, i, n, c, d) {
	out = ""
	n = length(cls)
	for (i = 1; i <= n; i++) {
		c = substr(cls, i, 1)
		if (c == "[" && substr(cls, i + 1, 1) == ":") {
			d = index(substr(cls, i), ":]")
			out = out substr(cls, i, d + 1)
			i = i + d
			continue
		}
		if (c != "\\" || i == n) {
			out = out c
			continue
		}
		d = substr(cls, ++i, 1)
		if (d == "d")
			out = out "0-9"
		else if (d == "w")
			out = out "0-9A-Za-z_"
		else if (d == "s")
			out = out (dialect == "ere" ? "[:space:]" : "\\t\\n\\x0B\\x0C\\r ")
		else if (dialect != "ere")
			out = out "\\" d
		else if (d == "t")
			out = out "\t"
		else
			out = out d
	}
	return out
}

function conv(s,    out, i, n, c, e, prevq, sp) {
	out = ""
	n = length(s)
	prevq = 0
	sp = dialect == "ere" ? "[:space:]" : "\\t\\n\\x0B\\x0C\\r "
	for (i = 1; i <= n; i++) {
		c = substr(s, i, 1)
		if (c == "?" && prevq && dialect == "ere") { # lazy: same lines match
			prevq = 0
			continue
		}
		prevq = c == "*" || c == "+" || c == "?" || c == "}"
		if (c == "\\") {
			e = escape_end(s, i)
			c = substr(s, i + 1, 1)
			if (c == "d")
				out = out "[0-9]"
			else if (c == "D")
				out = out "[^0-9]"
			else if (c == "w")
				out = out "[0-9A-Za-z_]"
			else if (c == "W")
				out = out "[^0-9A-Za-z_]"
			else if (c == "s")
				out = out "[" sp "]"
			else if (c == "S")
				out = out "[^" sp "]"
			else if ((c == "b" || c == "B") && dialect == "rust")
				out = out "(?-u:\\" c ")"
			else if (c == "t" && dialect == "ere")
				out = out "\t"
			else
				out = out substr(s, i, e - i + 1)
			i = e
		} else if (c == "[") {
			e = class_end(s, i)
			out = out "[" conv_class(substr(s, i + 1, e - i - 1)) "]"
			i = e
		} else if (dialect == "ere" && substr(s, i, 3) == "(?:") {
			out = out "("
			i += 2
		} else if (dialect == "ere" && substr(s, i, 4) == "(?i:") {
			out = out "("
			i += 3
		} else {
			out = out c
		}
	}
	return out
}

# ugrep 3.x without -P honours \b \B \< \> only at the very start or end of
# a pattern: drop the others (the line set can only grow; counted inexact).
function ugrep_bounds(s,    out, i, n, c, e) {
	out = ""
	n = length(s)
	for (i = 1; i <= n; i++) {
		c = substr(s, i, 1)
		if (c == "\\") {
			e = escape_end(s, i)
			if (substr(s, i + 1, 1) ~ /^[bB<>]$/ && i > 1 && e < n) {
				inexact++
				i = e
				continue
			}
		} else if (c == "[") {
			e = class_end(s, i)
		} else {
			e = i
		}
		out = out substr(s, i, e - i + 1)
		i = e
	}
	return out
}

function emit(s, ci) {
	if (dialect == "ugrep")
		s = ugrep_bounds(s)
	s = conv(s)
	if (ci && dialect != "ere")
		s = "(?i:" s ")"
	print s
	emitted++
}

{
	p = $0
	sub(/\r$/, "", p)
	if (p == "")
		next
	patterns++
	ci = 0
	if (substr(p, 1, 4) == "(?i)") {
		ci = 1
		p = substr(p, 5)
	}
	# top-level branches
	nb = 0
	start = 1
	n = length(p)
	for (i = 1; i <= n; i++) {
		c = substr(p, i, 1)
		if (c == "|") {
			br[++nb] = substr(p, start, i - start)
			start = i + 1
		} else if (c == "\\" || c == "[" || c == "(") {
			i = atom_end(p, i)
		}
	}
	br[++nb] = substr(p, start)
	for (b = 1; b <= nb; b++) {
		s = br[b]
		npre = 1
		pre[1] = ""
		if (substr(s, 1, 4) == "(?<!" || substr(s, 1, 4) == "(?<=") {
			e = paren_end(s, 1)
			inner = substr(s, 5, e - 5)
			if (substr(s, 4, 1) == "=") {
				pre[1] = "(?:" inner ")"
			} else if ((nc = negclass(inner)) != "" && dialect == "ugrep") {
				npre = 2
				pre[1] = "^"
				pre[2] = nc
			} else if (nc != "") {
				pre[1] = "(?:^|" nc ")"
			} else {
				inexact++
			}
			s = substr(s, e + 1)
		}
		nsuf = 1
		suf[1] = ""
		last = 0
		m = length(s)
		for (i = 1; i <= m; i++) {
			last = i
			i = atom_end(s, i)
		}
		if (last && is_look(s, last) && paren_end(s, last) == m && substr(s, last, 3) != "(?<") {
			inner = substr(s, last + 3, m - last - 3)
			if (substr(s, last + 2, 1) == "=") {
				suf[1] = "(?:" inner ")"
			} else if ((nc = negclass(inner)) != "" && dialect == "ugrep") {
				nsuf = 2
				suf[1] = "$"
				suf[2] = nc
			} else if (nc != "") {
				suf[1] = "(?:$|" nc ")"
			} else {
				inexact++
			}
			s = substr(s, 1, last - 1)
		}
		s = drop_looks(s)
		if (dialect == "ugrep") {
			for (x = 1; x <= npre; x++)
				for (y = 1; y <= nsuf; y++)
					emit(pre[x] s suf[y], ci)
		} else {
			joined = (b > 1 ? joined "|" : "") pre[1] s suf[1]
		}
	}
	if (dialect != "ugrep")
		emit(joined, ci)
}

END {
	printf "portable.awk (%s): %d patterns -> %d, %d look-arounds or word boundaries dropped (inexact)\n", \
	       dialect, patterns, emitted, inexact + 0 > "/dev/stderr"
}
