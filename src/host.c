/* host.c - machine names and addresses in log lines.  See host.h. */
#include "host.h"

#include <string.h>

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int is_name(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' ||
	       c == '.' || c == '_';
}

/* An IPv4 address at s (not part of a longer dotted number).  Returns its
 * length or 0. */
static size_t ipv4(const char *s, size_t n)
{
	size_t p = 0;
	int part;
	for (part = 0; part < 4; part++) {
		size_t st = p;
		int v = 0;
		while (p < n && is_digit(s[p]) && p - st < 3)
			v = v * 10 + (s[p++] - '0');
		if (p == st || v > 255 || (p < n && is_digit(s[p])))
			return 0;
		if (part < 3) {
			if (p >= n || s[p] != '.')
				return 0;
			p++;
		}
	}
	if (p < n && (s[p] == '.' && p + 1 < n && is_digit(s[p + 1])))
		return 0;
	return p;
}

/* Case-insensitive: whether s[0..n) starts with the lower-case word w. */
static int word(const char *s, size_t n, const char *w)
{
	size_t i;
	for (i = 0; w[i]; i++) {
		char c;
		if (i >= n)
			return 0;
		c = s[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != w[i])
			return 0;
	}
	return 1;
}

/* A host name after a label such as "host:" at s: letters, digits, '-',
 * '.', '_', with at least one letter or forming an address. */
static size_t name_at(const char *s, size_t n)
{
	size_t p = 0;
	int letter = 0;
	while (p < n && is_name(s[p])) {
		letter |= !is_digit(s[p]) && s[p] != '.' && s[p] != '-' && s[p] != '_';
		p++;
	}
	while (p && (s[p - 1] == '.' || s[p - 1] == '-'))
		p--;
	if (p < 2 || p > 63)
		return 0;
	return letter || ipv4(s, p) == p ? p : 0;
}

size_t lx_host_find(const char *s, size_t n, const char **at)
{
	static const char *const labels[] = {"for host ",   "to host ",     "on host ",
	                                     "hostname:",   "hostname=",    "host:",
	                                     "host=",       "host :",       "<host>",
	                                     "\"host\":\"", "\"host\": \"", "source machine:",
	                                     NULL};
	size_t i, k;
	/* a label naming the machine wins over a bare address */
	for (i = 0; i < n; i++) {
		if ((s[i] | 0x20) != 'h' && s[i] != '<' && s[i] != '"' && (s[i] | 0x20) != 'f' &&
		    (s[i] | 0x20) != 't' && (s[i] | 0x20) != 'o' && (s[i] | 0x20) != 's')
			continue;
		if (i && is_name(s[i - 1]) && s[i] != '<' && s[i] != '"')
			continue;
		for (k = 0; labels[k]; k++) {
			size_t l = strlen(labels[k]), p, len;
			if (!word(s + i, n - i, labels[k]))
				continue;
			p = i + l;
			while (p < n && (s[p] == ' ' || s[p] == '\t'))
				p++;
			len = name_at(s + p, n - p);
			if (len) {
				*at = s + p;
				return len;
			}
		}
	}
	for (i = 0; i < n; i++) {
		size_t len;
		if (!is_digit(s[i]) || (i && (is_name(s[i - 1]) || s[i - 1] == ':')))
			continue;
		/* not a version number ("version 9.55.0.1", "v9.60.1.1") */
		if (i >= 8 && word(s + i - 8, 8, "version "))
			continue;
		len = ipv4(s + i, n - i);
		if (len) {
			*at = s + i;
			return len;
		}
	}
	return 0;
}
