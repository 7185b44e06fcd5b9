/* tplmask.c - the masking step of the template miner (tplmask.h). */
#include "tplmask.h"

#include <pthread.h>
#include <string.h>

/* Byte classes, one table read each. */
enum {
	C_DIGIT = 1,
	C_ALPHA = 2,  /* ASCII letter */
	C_HEX = 4,    /* hex digit */
	C_NUMP = 8,   /* what numbers, addresses, times and GUIDs hold besides
	                * hex digits: . : , _ - + / x X T Z # */
	C_OPEN = 16,  /* ( [ { < " ' open a token */
	C_CLOSE = 32, /* ) ] } > " ' , ; . : may close one */
	C_HIGH = 64   /* a byte of a non-ASCII character */
};

static unsigned char cls[256];
static pthread_once_t cls_once = PTHREAD_ONCE_INIT;

static void build_cls(void)
{
	int c;
	const char *p;
	for (c = 0; c < 256; c++) {
		unsigned char v = 0;
		if (c >= '0' && c <= '9')
			v |= C_DIGIT | C_HEX;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
			v |= C_ALPHA;
		if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))
			v |= C_HEX;
		if (c >= 0x80)
			v |= C_HIGH;
		cls[c] = v;
	}
	for (p = ".:,_-+/xXTZ#"; *p; p++)
		cls[(unsigned char)*p] |= C_NUMP;
	for (p = "([{<\"'"; *p; p++)
		cls[(unsigned char)*p] |= C_OPEN;
	for (p = ")]}>\"',;.:"; *p; p++)
		cls[(unsigned char)*p] |= C_CLOSE;
}

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int is_alpha(int c)
{
	return cls[(unsigned char)c] & C_ALPHA;
}

static int is_alnum(int c)
{
	return cls[(unsigned char)c] & (C_DIGIT | C_ALPHA | C_HIGH);
}

static int opener(int c)
{
	return cls[(unsigned char)c] & C_OPEN;
}

static int closer(int c)
{
	return cls[(unsigned char)c] & C_CLOSE;
}

/* A number in any of its dresses: decimal, signed, hex (0x or bare), IPv4
 * and IPv6 with a port, MAC, GUID, dotted versions, dates and times (with
 * T and Z), a size or duration with a unit of up to three letters. */
static int numberish(const char *s, size_t n)
{
	size_t i, digits = 0, end = n, units = 0;
	while (end > 0 && is_alpha((unsigned char)s[end - 1]) && units < 3) {
		end--;
		units++;
	}
	if (end == 0 || !is_digit((unsigned char)s[end - 1]))
		end = n; /* no unit after a digit: letters must be hex */
	for (i = 0; i < end; i++) {
		int c = (unsigned char)s[i];
		if (is_digit(c))
			digits++;
		else if (!(cls[c] & (C_HEX | C_NUMP)))
			return 0;
	}
	return digits > 0;
}

static int pathish(const char *s, size_t n)
{
	if (n >= 2 && (s[0] == '/' || s[0] == '\\') && s[1] != s[0] &&
	    (is_alnum((unsigned char)s[1]) || s[1] == '.' || s[1] == '_'))
		return 1;
	if (n >= 3 && is_alpha((unsigned char)s[0]) && s[1] == ':' && (s[2] == '\\' || s[2] == '/'))
		return 1;
	if (n >= 2 && s[0] == '\\' && s[1] == '\\')
		return 1;
	for (; n >= 3; s++, n--)
		if (s[0] == ':' && s[1] == '/' && s[2] == '/')
			return 1;
	return 0;
}

static void mask_init(void)
{
	pthread_once(&cls_once, build_cls);
}

/* Writes the masked token s[0..n) at w, which has room for 3 * n + 3
 * bytes (the masked token is at most three bytes per byte of the token,
 * and "<*>" for a single one), and returns its length. */
static size_t mask_into(const char *s, size_t n, char *w)
{
	size_t a = 0, b = n, i, from = 0;
	int digit = 0;
	while (a < b && opener(s[a]))
		a++;
	while (b > a && closer(s[b - 1]))
		b--;
	for (i = a; i < b && !digit; i++)
		digit = is_digit((unsigned char)s[i]);
	/* a number holds a digit: words are only tried as paths */
	if (a < b && ((digit && numberish(s + a, b - a)) || pathish(s + a, b - a))) {
		memcpy(w, s, a);
		memcpy(w + a, "<*>", 3);
		memcpy(w + a + 3, s + b, n - b);
		return a + 3 + n - b;
	}
	if (!digit) {
		memcpy(w, s, n);
		return n;
	}
	/* a word with numbers in it (blk_-42, node-7, rdd_2_3, core.1234):
	 * every alphanumeric run holding a digit is masked, with a sign that
	 * does not follow a letter; what is kept goes out a span at a time */
	{
		char *o = w;
		for (i = 0; i < n;) {
			size_t j = i;
			int d = 0;
			if (!is_alnum((unsigned char)s[i])) {
				if ((s[i] == '-' || s[i] == '+') && i + 1 < n &&
				    is_digit((unsigned char)s[i + 1]) &&
				    (i == 0 || !is_alnum((unsigned char)s[i - 1]))) {
					memcpy(o, s + from, i - from);
					o += i - from;
					from = ++i; /* the sign goes with the number */
					continue;
				}
				i++;
				continue;
			}
			while (j < n && is_alnum((unsigned char)s[j])) {
				d |= is_digit((unsigned char)s[j]);
				j++;
			}
			if (d) {
				memcpy(o, s + from, i - from);
				o += i - from;
				memcpy(o, "<*>", 3);
				o += 3;
				from = j;
			}
			i = j;
		}
		memcpy(o, s + from, n - from);
		o += n - from;
		return (size_t)(o - w);
	}
}

void lx_tplmask_token(const char *s, size_t n, lx_buf *out)
{
	mask_init();
	lx_buf_grew(out, mask_into(s, n, lx_buf_room(out, 3 * n + 3)));
}

/* --- a line ------------------------------------------------------------- */

static const unsigned char blanks[256] = {
	[' '] = 1, ['\t'] = 1, ['\r'] = 1, ['\n'] = 1, ['\v'] = 1, ['\f'] = 1};

static int blank(int c)
{
	return blanks[(unsigned char)c];
}

void lx_tplmask_line(lx_tpl_line *m, const char *line, size_t len)
{
	size_t i = 0;
	char *w;
	lx_buf_reset(&m->masked);
	m->n = 0;
	if (len > LX_TPL_MAX_MINED)
		len = LX_TPL_MAX_MINED;
	/* every token masks to at most three bytes per byte, and "<*>" */
	mask_init();
	w = lx_buf_room(&m->masked, 3 * len + 3);
	while (i < len) {
		size_t j, at;
		lx_tpl_tok *t;
		while (i < len && blank((unsigned char)line[i]))
			i++;
		if (i >= len)
			break;
		j = i;
		while (j < len && !blank((unsigned char)line[j]))
			j++;
		t = &m->t[m->n++];
		if (m->n == LX_TPL_MAX_TOKENS) {
			t->off = LX_TPL_WILD;
			t->len = 0;
			t->h = 0;
			break;
		}
		at = m->masked.len;
		m->masked.len += mask_into(line + i, j - i, w + at);
		t->len = (uint32_t)(m->masked.len - at);
		if (t->len == 3 && !memcmp(m->masked.p + at, "<*>", 3)) {
			t->off = LX_TPL_WILD;
			t->len = 0;
			t->h = 0;
		} else {
			t->off = (uint32_t)at;
			t->h = lx_hash_bytes(m->masked.p + at, t->len);
		}
		i = j;
	}
	m->masked.p[m->masked.len] = '\0';
	/* a day or month name next to a masked number is part of a timestamp */
	for (i = m->n; i-- > 0;) {
		lx_tpl_tok *t = &m->t[i];
		if (t->off != LX_TPL_WILD &&
		    ((i > 0 && m->t[i - 1].off == LX_TPL_WILD) ||
		     (i + 1 < m->n && m->t[i + 1].off == LX_TPL_WILD)) &&
		    lx_tplmask_calendar(m->masked.p + t->off, t->len)) {
			t->off = LX_TPL_WILD;
			t->len = 0;
			t->h = 0;
		}
	}
}

/* Whether s[0..n) is an English day or month name (Mon, Monday, Jan.,
 * January), the words of a timestamp. */
int lx_tplmask_calendar(const char *s, size_t n)
{
	static const char *const names[] = {"monday",   "tuesday",  "wednesday", "thursday",
	                                    "friday",   "saturday", "sunday",    "january",
	                                    "february", "march",    "april",     "may",
	                                    "june",     "july",     "august",    "september",
	                                    "october",  "november", "december"};
	size_t i, k;
	while (n && (s[n - 1] == ',' || s[n - 1] == '.'))
		n--;
	if (n < 3 || n > 9 || !strchr("adfjmnostw", s[0] | 0x20))
		return 0; /* no name starts so */
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		const char *w = names[i];
		for (k = 0; k < n && w[k] && (s[k] | 0x20) == w[k]; k++)
			;
		if (k == n && (n == 3 || !w[k]))
			return 1;
	}
	return 0;
}

/* A word: letters, with inner ' = _ - and outer punctuation; no digit, no
 * dot inside (host and class names are not words), nothing masked. */
int lx_tplmask_word(const char *s, size_t n)
{
	size_t a = 0, b = n, i;
	mask_init();
	while (a < b && opener(s[a]))
		a++;
	while (b > a && (closer(s[b - 1]) || s[b - 1] == '!' || s[b - 1] == '?'))
		b--;
	if (a == b)
		return 0;
	for (i = a; i < b; i++) {
		int c = (unsigned char)s[i];
		if (!is_alpha(c) && c < 0x80 &&
		    !(i > a && (c == '\'' || c == '=' || c == '_' || c == '-')))
			return 0;
	}
	return 1;
}
