/* out_text_wrap.c - the text report's line breaking: text wrapped to a
 * width by display width (a CJK character takes two columns), breaking
 * at spaces, or between CJK characters but never before closing or
 * after opening punctuation, a word wider than a line cut after a
 * separator.  See out_text.h. */
#include <string.h>

#include "escape.h"
#include "out_text.h"

/* Characters that never start a line (closing punctuation), and ones that
 * never end one (opening punctuation), where lines may break between two
 * characters without a space (next to CJK text). */
static int closing(uint32_t c)
{
	static const uint32_t cl[] = {
		')',    ']',    '}',    ',',    '.',    ';',    ':',    '!',    '?',
		'%',    0x3001, 0x3002, 0x3009, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015,
		0x3017, 0x301E, 0x30FC, 0xFF01, 0xFF09, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B,
		0xFF1F, 0xFF3D, 0xFF5D, 0x2019, 0x201D, 0x2026, 0x00BB,
	};
	size_t i;
	for (i = 0; i < sizeof cl / sizeof cl[0]; i++)
		if (cl[i] == c)
			return 1;
	return 0;
}

static int opening(uint32_t c)
{
	static const uint32_t op[] = {
		'(',    '[',    '{',    0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014,
		0x3016, 0x301D, 0xFF08, 0xFF3B, 0xFF5B, 0x2018, 0x201C, 0x00AB,
	};
	size_t i;
	for (i = 0; i < sizeof op / sizeof op[0]; i++)
		if (op[i] == c)
			return 1;
	return 0;
}

/* The end of the unit that starts at p: a run of characters up to a space,
 * or up to a place next to a wide (CJK) character where a line may break. */
static const char *unit_end(const char *p)
{
	uint32_t prev, c;
	size_t n = strlen(p);
	const char *e = p + lx_utf8_next(p, n, &prev);
	while (*e && *e != ' ' && *e != '\n') {
		size_t l = lx_utf8_next(e, n - (size_t)(e - p), &c);
		if ((lx_cp_width(prev) == 2 || lx_cp_width(c) == 2) && !closing(c) &&
		    !opening(prev))
			break;
		prev = c;
		e += l;
	}
	return e;
}

/* The bytes of s[0..n) that fit in max columns, their width in *w: all of
 * them, or, for a word wider than any line (a long registry path), a piece
 * that ends after a separator when one is in its second half, else where
 * the columns end.  At least one character. */
static size_t fit(const char *s, size_t n, size_t max, size_t *w)
{
	size_t i = 0, cols = 0, cut = 0, cut_w = 0;
	*w = lx_text_width(s, n);
	if (*w <= max)
		return n;
	while (i < n) {
		uint32_t c;
		size_t k = lx_utf8_next(s + i, n - i, &c);
		int cw = lx_cp_width(c);
		size_t add = cw > 0 ? (size_t)cw : 0;
		if (!k || (i && cols + add > max))
			break;
		i += k;
		cols += add;
		if (c < 128 && c && strchr("\\/-_.,", (int)c) && cols * 2 >= max) {
			cut = i;
			cut_w = cols;
		}
	}
	if (cut && i < n) {
		*w = cut_w;
		return cut;
	}
	*w = cols;
	return i;
}

/* Appends text to b from column colno on, wrapped at `width` columns by
 * display width (a CJK character takes two), each break a line end and
 * indent spaces.  Spaces between words become one; CJK text, which has
 * none, breaks between characters; a word wider than a line is cut.
 * Returns the column it ends at. */
size_t lx_text_wrap_into(lx_buf *b, size_t colno, size_t width, size_t indent, const char *text)
{
	const char *p = text;
	size_t start = colno, off, n, w;
	int space = 0;
	lx_buf u = {0};
	while (*p) {
		const char *e;
		if (*p == ' ' || *p == '\n') {
			space = 1;
			p++;
			continue;
		}
		e = unit_end(p);
		lx_buf_reset(&u);
		lx_esc_term(&u, p, (size_t)(e - p));
		for (off = 0; off < u.len; off += n) {
			n = fit(u.p + off, u.len - off, width > indent + 10 ? width - indent : 10,
			        &w);
			if (colno > start && colno + (size_t)space + w > width) {
				lx_buf_addc(b, '\n');
				for (colno = 0; colno < indent; colno++)
					lx_buf_addc(b, ' ');
				start = colno;
			} else if (colno > start && space) {
				lx_buf_addc(b, ' ');
				colno++;
			}
			lx_buf_add(b, u.p + off, n);
			colno += w;
			space = 0;
		}
		p = e;
	}
	lx_buf_free(&u);
	return colno;
}
