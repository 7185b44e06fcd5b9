/* escape.c - safe rendering of untrusted bytes. */
#include "escape.h"

#include <string.h>

size_t lx_utf8_seq(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	size_t len, i;
	unsigned cp;
	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf) {
		len = 2;
		cp = c & 0x1f;
	} else if (c >= 0xe0 && c <= 0xef) {
		len = 3;
		cp = c & 0x0f;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4;
		cp = c & 0x07;
	} else {
		return 0;
	}
	if (n < len)
		return 0;
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3f);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff)) ||
	    (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return len;
}

static const char hex[] = "0123456789abcdef";

/* Whether the l-byte UTF-8 sequence at p is a bidirectional control
 * (U+061C, U+200E, U+200F, U+202A..U+202E, U+2066..U+2069), which would
 * reorder what a terminal or browser shows around it. */
static int bidi(const unsigned char *p, size_t l)
{
	if (l == 2)
		return p[0] == 0xd8 && p[1] == 0x9c;
	if (l != 3 || p[0] != 0xe2)
		return 0;
	if (p[1] == 0x80)
		return p[2] == 0x8e || p[2] == 0x8f || (p[2] >= 0xaa && p[2] <= 0xae);
	return p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9;
}

/* Appends "\uXXXX" for the bidi control at p (l bytes). */
static void add_bidi(lx_buf *b, const unsigned char *p, size_t l)
{
	unsigned cp = l == 2 ? (unsigned)(p[0] & 0x1f) << 6 | (p[1] & 0x3f)
	                     : (unsigned)(p[0] & 0x0f) << 12 | (unsigned)(p[1] & 0x3f) << 6 |
	                               (p[2] & 0x3f);
	char t[8];
	t[0] = '\\';
	t[1] = 'u';
	t[2] = hex[cp >> 12];
	t[3] = hex[(cp >> 8) & 15];
	t[4] = hex[(cp >> 4) & 15];
	t[5] = hex[cp & 15];
	lx_buf_add(b, t, 6);
}

static void add_hex(lx_buf *b, const char *pfx, unsigned char c)
{
	char t[8];
	size_t k = strlen(pfx);
	memcpy(t, pfx, k);
	t[k] = hex[c >> 4];
	t[k + 1] = hex[c & 15];
	lx_buf_add(b, t, k + 2);
}

void lx_esc_term(lx_buf *b, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, run = 0;
	while (i < n) {
		unsigned char c = p[i];
		size_t l;
		if (c >= 0x20 && c < 0x7f) {
			i++;
			continue;
		}
		if (c == '\t') {
			i++;
			continue;
		}
		l = c >= 0x80 ? lx_utf8_seq(p + i, n - i) : 0;
		/* C1 controls U+0080..U+009F are encoded c2 80..c2 9f. */
		if (l > 1 && !(c == 0xc2 && p[i + 1] < 0xa0) && !bidi(p + i, l)) {
			i += l;
			continue;
		}
		lx_buf_add(b, s + run, i - run);
		if (l > 1 && bidi(p + i, l)) {
			add_bidi(b, p + i, l);
			i += l - 1;
		} else if (c == '\n')
			lx_buf_adds(b, "\\n");
		else if (c == '\r')
			lx_buf_adds(b, "\\r");
		else if (c == 0x1b)
			lx_buf_adds(b, "\\e");
		else if (l == 2) {
			add_hex(b, "\\x", p[i]);
			add_hex(b, "\\x", p[i + 1]);
			i++;
		} else
			add_hex(b, "\\x", c);
		i++;
		run = i;
	}
	lx_buf_add(b, s + run, n - run);
}

void lx_esc_json(lx_buf *b, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, run = 0;
	while (i < n) {
		unsigned char c = p[i];
		size_t l;
		if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
			i++;
			continue;
		}
		if (c >= 0x80) {
			l = lx_utf8_seq(p + i, n - i);
			if (l) {
				i += l;
				continue;
			}
		}
		lx_buf_add(b, s + run, i - run);
		switch (c) {
		case '"':
			lx_buf_adds(b, "\\\"");
			break;
		case '\\':
			lx_buf_adds(b, "\\\\");
			break;
		case '\n':
			lx_buf_adds(b, "\\n");
			break;
		case '\r':
			lx_buf_adds(b, "\\r");
			break;
		case '\t':
			lx_buf_adds(b, "\\t");
			break;
		default:
			if (c < 0x80)
				add_hex(b, "\\u00", c);
			else
				lx_buf_adds(b, "\xef\xbf\xbd");
		}
		i++;
		run = i;
	}
	lx_buf_add(b, s + run, n - run);
}

void lx_esc_json_str(lx_buf *b, const char *s)
{
	lx_buf_addc(b, '"');
	lx_esc_json(b, s, strlen(s));
	lx_buf_addc(b, '"');
}

static void add_valid_utf8(lx_buf *b, const char *s, size_t n, int html)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, l;
	while (i < n) {
		unsigned char c = p[i];
		if (c >= 0x80) {
			l = lx_utf8_seq(p + i, n - i);
			if (l && bidi(p + i, l)) {
				add_bidi(b, p + i, l);
				i += l;
			} else if (l) {
				lx_buf_add(b, s + i, l);
				i += l;
			} else {
				lx_buf_adds(b, "\xef\xbf\xbd");
				i++;
			}
			continue;
		}
		if (html && c == '&')
			lx_buf_adds(b, "&amp;");
		else if (html && c == '<')
			lx_buf_adds(b, "&lt;");
		else if (html && c == '>')
			lx_buf_adds(b, "&gt;");
		else if (html && c == '"')
			lx_buf_adds(b, "&quot;");
		else if (html && c == '\'')
			lx_buf_adds(b, "&#39;");
		else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
			lx_buf_addc(b, '?');
		else if (c == 0x7f)
			lx_buf_addc(b, '?');
		else
			lx_buf_addc(b, (char)c);
		i++;
	}
}

void lx_esc_csv(lx_buf *b, const char *s, size_t n)
{
	size_t i;
	/* a cell a spreadsheet would take for a formula starts with a quote */
	int formula = n && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' ||
	                    s[0] == '\t' || s[0] == '\r');
	int quote = formula;
	for (i = 0; i < n; i++)
		if (s[i] == ',' || s[i] == '"' || s[i] == '\r' || s[i] == '\n')
			quote = 1;
	if (!quote) {
		add_valid_utf8(b, s, n, 0);
		return;
	}
	lx_buf_addc(b, '"');
	if (formula)
		lx_buf_addc(b, '\'');
	for (i = 0; i < n;) {
		const char *q = memchr(s + i, '"', n - i);
		size_t end = q ? (size_t)(q - s) : n;
		add_valid_utf8(b, s + i, end - i, 0);
		if (q) {
			lx_buf_adds(b, "\"\"");
			end++;
		}
		i = end;
	}
	lx_buf_addc(b, '"');
}

void lx_esc_html(lx_buf *b, const char *s, size_t n)
{
	add_valid_utf8(b, s, n, 1);
}

void lx_esc_vmsg(FILE *f, const char *prefix, const char *fmt, va_list ap)
{
	lx_buf m = {0}, e = {0};
	lx_buf_adds(&m, prefix);
	lx_buf_vaddf(&m, fmt, ap);
	lx_esc_term(&e, m.p ? m.p : "", m.len);
	fprintf(f, "logdx: %s\n", e.p ? e.p : "");
	lx_buf_free(&m);
	lx_buf_free(&e);
}

size_t lx_utf8_next(const char *s, size_t n, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t l = lx_utf8_seq(u, n), i;
	if (!l) {
		*cp = 0xFFFD;
		return 1;
	}
	if (l == 1) {
		*cp = u[0];
		return 1;
	}
	*cp = u[0] & (0x7F >> l);
	for (i = 1; i < l; i++)
		*cp = *cp << 6 | (u[i] & 0x3F);
	return l;
}

static int in_ranges(uint32_t c, const uint32_t (*r)[2], size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (c >= r[i][0] && c <= r[i][1])
			return 1;
	return 0;
}

int lx_cp_width(uint32_t c)
{
	static const uint32_t zero[][2] = {
		{0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x0610, 0x061A},
		{0x064B, 0x065F}, {0x0E31, 0x0E31}, {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E},
		{0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x200B, 0x200F}, {0x202A, 0x202E},
		{0x2060, 0x2064}, {0x20D0, 0x20FF}, {0x302A, 0x302D}, {0x3099, 0x309A},
		{0xFE00, 0xFE0F}, {0xFE20, 0xFE2F}, {0xFEFF, 0xFEFF},
	};
	static const uint32_t wide[][2] = {
		{0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x2E80, 0x303E},
		{0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
		{0xA960, 0xA97F},   {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE10, 0xFE19},
		{0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x1F300, 0x1F64F},
		{0x1F900, 0x1F9FF}, {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD},
	};
	if (c < 0x300)
		return 1;
	if (in_ranges(c, zero, sizeof zero / sizeof zero[0]))
		return 0;
	return in_ranges(c, wide, sizeof wide / sizeof wide[0]) ? 2 : 1;
}

size_t lx_text_width(const char *s, size_t n)
{
	size_t w = 0, i = 0;
	while (i < n) {
		uint32_t c;
		i += lx_utf8_next(s + i, n - i, &c);
		w += (size_t)lx_cp_width(c);
	}
	return w;
}
