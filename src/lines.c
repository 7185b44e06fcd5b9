/* lines.c - streaming line splitter over a fixed window.  See lines.h.
 *
 * The window holds the bytes of the current (incomplete) line at its start,
 * followed by newly fed bytes.  Complete lines are compacted in place (CRs
 * before the LF dropped) into a block at the start of the window, which is
 * handed to the sink with a NUL after it; the pending tail is then moved to
 * the front.  Two bytes at the end stay free for an appended "\n\0". */
#include "lines.h"

#include <stdlib.h>
#include <string.h>

#include "newlines.h"
#include "util.h"

#define LX_LINES_MIN_WINDOW (4u * 1024u * 1024u)
#define LX_LINES_SLACK (64u * 1024u)
#define LX_LINES_OVERLAP 4096u /* the most a piece repeats of the one before */
#define LX_LINES_FAST_MIN 256u /* the whole-block path wants lines allowed this long */

struct lx_lines {
	char *buf;
	size_t cap;     /* window size; len never exceeds cap - 2 */
	size_t len;     /* bytes in the window */
	size_t scanned; /* buf[0..scanned) holds no '\n' */
	size_t max_line;
	size_t step;    /* a long line's pieces start this far apart */
	uint64_t line;  /* number of the line starting at buf[0] */
	uint64_t count; /* lines delivered */
	const lx_sink *sink;
	void *fh;
};

lx_lines *lx_lines_new_window(size_t max_line, size_t min_window)
{
	lx_lines *l = lx_xcalloc(1, sizeof *l);
	size_t w = max_line + LX_LINES_SLACK;
	if (max_line == 0)
		max_line = 1;
	if (w < min_window)
		w = min_window;
	l->cap = w + 2;
	l->buf = lx_xmalloc(l->cap);
	l->max_line = max_line;
	/* pieces overlap, so that a match across a cut is whole in one of
	 * them (a match seen twice is on the same line: counted once) */
	l->step = max_line - (max_line / 2 < LX_LINES_OVERLAP ? max_line / 2 : LX_LINES_OVERLAP);
	l->line = 1;
	return l;
}

lx_lines *lx_lines_new(size_t max_line)
{
	return lx_lines_new_window(max_line, LX_LINES_MIN_WINDOW);
}

void lx_lines_free(lx_lines *l)
{
	if (!l)
		return;
	free(l->buf);
	free(l);
}

void lx_lines_start(lx_lines *l, const lx_sink *sink, void *fh)
{
	l->sink = sink;
	l->fh = fh;
	l->len = 0;
	l->scanned = 0;
	l->line = 1;
	l->count = 0;
}

uint64_t lx_lines_count(const lx_lines *l)
{
	return l->count;
}

/* Hands buf[off..off+n) plus an appended '\n' to the sink as one line
 * numbered lineno; the two bytes after it are restored afterwards. */
static void emit_piece(lx_lines *l, size_t off, size_t n, uint64_t lineno)
{
	char save0 = l->buf[off + n], save1 = l->buf[off + n + 1];
	l->buf[off + n] = '\n';
	l->buf[off + n + 1] = '\0';
	if (l->sink && l->sink->lines)
		l->sink->lines(l->fh, l->buf + off, n + 1, lineno);
	l->buf[off + n] = save0;
	l->buf[off + n + 1] = save1;
}

/* Hands the compacted block buf[0..o) of complete lines to the sink. */
static void emit_block(lx_lines *l, size_t o, uint64_t first)
{
	char save;
	if (o == 0)
		return;
	save = l->buf[o];
	l->buf[o] = '\0';
	if (l->sink && l->sink->lines)
		l->sink->lines(l->fh, l->buf, o, first);
	l->buf[o] = save;
}

/* Delivers buf[s..t) (no line end) as pieces of max_line bytes, all but the
 * last; returns the new start of the remaining piece. */
static size_t emit_long(lx_lines *l, size_t s, size_t t)
{
	while (t - s > l->max_line) {
		emit_piece(l, s, l->max_line, l->line);
		s += l->step;
	}
	return s;
}

/* True when buf[from..len) holds a byte other than CR, so the line at s is
 * surely longer than max_line even if the '\n' has not been seen yet. */
static int has_content(const lx_lines *l, size_t from)
{
	size_t i;
	for (i = from; i < l->len; i++)
		if (l->buf[i] != '\r')
			return 1;
	return 0;
}

/* Whether no line of buf[0..e] (e a '\n') is longer than max_line: from
 * each line start p, the last '\n' within max_line bytes of it ends every
 * line between, so a few backward searches cover the block. */
static int lines_fit(const lx_lines *l, size_t e)
{
	size_t p = 0;
	while (p <= e) {
		size_t n = e + 1 - p < l->max_line + 1 ? e + 1 - p : l->max_line + 1;
		size_t k = lx_last_newline(l->buf + p, n);
		if (k == SIZE_MAX)
			return 0;
		p += k + 1;
	}
	return 1;
}

/* Moves buf[0..e] (e a '\n') together over the CRs that end its lines,
 * the way the line-by-line path drops them (a CR inside a line stays);
 * returns the new length. */
static size_t drop_crs(char *buf, size_t e)
{
	size_t r = 0, o = 0, q = 0;
	const char *c;
	while ((c = memchr(buf + q, '\r', e - q)) != NULL) {
		size_t j = (size_t)(c - buf), k = j;
		while (buf[k] == '\r')
			k++; /* buf[e] is a '\n': stops there at the latest */
		if (buf[k] == '\n') {
			if (o != r)
				memmove(buf + o, buf + r, j - r);
			o += j - r;
			r = k;
		}
		q = k;
	}
	if (o != r)
		memmove(buf + o, buf + r, e + 1 - r);
	return o + e + 1 - r;
}

/* The common case, done without a look at each line: up to the window's
 * last '\n' no line is longer than max_line (counting the CRs that end
 * it), so those lines, CRs before their LFs dropped, are the block.
 * Returns where the pending tail starts, or 0 when the window needs the
 * line-by-line path. */
static size_t whole_block(lx_lines *l)
{
	size_t pos = l->scanned, e, n;
	if (l->max_line < LX_LINES_FAST_MIN || pos >= l->len)
		return 0;
	e = lx_last_newline(l->buf + pos, l->len - pos);
	if (e == SIZE_MAX)
		return 0;
	e += pos;
	if (!lines_fit(l, e))
		return 0;
	n = lx_count_newlines(l->buf + pos, e + 1 - pos);
	emit_block(l, drop_crs(l->buf, e), l->line);
	l->line += n;
	l->count += n;
	return e + 1;
}

static void process(lx_lines *l, int final)
{
	size_t s = whole_block(l), o = 0, pos = s ? s : l->scanned;
	uint64_t first = l->line;
	char *nl;

	while (pos < l->len && (nl = memchr(l->buf + pos, '\n', l->len - pos)) != NULL) {
		size_t e = (size_t)(nl - l->buf), t = e;
		while (t > s && l->buf[t - 1] == '\r')
			t--;
		if (t - s > l->max_line) {
			emit_block(l, o, first);
			o = 0;
			s = emit_long(l, s, t);
			emit_piece(l, s, t - s, l->line);
		} else {
			if (o == 0)
				first = l->line;
			if (o != s)
				memmove(l->buf + o, l->buf + s, t - s);
			o += t - s;
			l->buf[o++] = '\n';
		}
		l->line++;
		l->count++;
		s = pos = e + 1;
	}
	emit_block(l, o, first);

	if (final) {
		if (l->len > s) {
			size_t t = l->len;
			while (t > s && l->buf[t - 1] == '\r')
				t--;
			s = emit_long(l, s, t);
			emit_piece(l, s, t - s, l->line);
			l->line++;
			l->count++;
		}
		l->len = 0;
		l->scanned = 0;
		return;
	}
	while (l->len - s > l->max_line &&
	       (has_content(l, s + l->max_line) || l->len >= l->cap - 2)) {
		emit_piece(l, s, l->max_line, l->line);
		s += l->step;
	}
	if (s) {
		memmove(l->buf, l->buf + s, l->len - s);
		l->len -= s;
	}
	l->scanned = l->len;
}

void lx_lines_feed(lx_lines *l, const void *p, size_t n)
{
	const char *q = p;
	while (n) {
		size_t k = l->cap - 2 - l->len;
		if (k > n)
			k = n;
		memcpy(l->buf + l->len, q, k);
		l->len += k;
		q += k;
		n -= k;
		/* a full window makes one large block: per-block costs downstream
		 * are then paid once per window, not once per read */
		if (l->len == l->cap - 2)
			process(l, 0);
	}
}

void lx_lines_finish(lx_lines *l)
{
	process(l, 1);
}
