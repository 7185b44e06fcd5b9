/* match_win.c - where a signature's other patterns must run in a block.
 * See match_win.h. */
#include "match_win.h"

#include <string.h>

#include "newlines.h"

int lx_anchor_cmp(const void *a, const void *b)
{
	const lx_anchor *x = a, *y = b;
	if (x->sig != y->sig)
		return x->sig < y->sig ? -1 : 1;
	return x->line < y->line ? -1 : x->line > y->line;
}

/* The offset and number of the first of the last n lines of the block
 * (the whole block when it is shorter). */
static void tail_of(const char *buf, size_t len, unsigned n, uint64_t last_line, size_t *off,
                    uint64_t *line, uint64_t first_line)
{
	size_t end = len - 1; /* the final '\n' */
	unsigned k;
	for (k = 0; k < n; k++) {
		size_t nl = lx_last_newline(buf, end);
		if (nl == SIZE_MAX) {
			*off = 0;
			*line = first_line;
			return;
		}
		end = nl;
	}
	*off = end + 1;
	*line = last_line - n + 1;
}

/* The offset of line `want` of the block, walking from a line start at
 * `off` whose number is `line` (want is clamped to the block). */
static size_t line_off(const char *buf, size_t len, size_t off, uint64_t line, uint64_t want)
{
	while (line < want) {
		const char *nl = memchr(buf + off, '\n', len - off);
		if (!nl || (size_t)(nl - buf) + 1 >= len)
			break;
		off = (size_t)(nl - buf) + 1;
		line++;
	}
	while (line > want && off > 0) {
		off = lx_line_start(buf, off - 1);
		line--;
	}
	return off;
}

typedef struct span {
	uint64_t lo, hi;         /* lines */
	size_t lo_off, hi_off;   /* a known line start near each end ... */
	uint64_t lo_ref, hi_ref; /* ... and its line number */
} span;

static void add_span(span *sp, size_t *n, size_t max, uint64_t lo, uint64_t hi, size_t off,
                     uint64_t ref)
{
	if (*n && lo <= sp[*n - 1].hi + 1) {
		if (hi > sp[*n - 1].hi) {
			sp[*n - 1].hi = hi;
			sp[*n - 1].hi_off = off;
			sp[*n - 1].hi_ref = ref;
		}
		return;
	}
	if (*n == max) { /* very many anchors: to the end of the block */
		sp[*n - 1].hi = UINT64_MAX;
		return;
	}
	sp[*n].lo = lo;
	sp[*n].hi = hi;
	sp[*n].lo_off = sp[*n].hi_off = off;
	sp[*n].lo_ref = sp[*n].hi_ref = ref;
	(*n)++;
}

size_t lx_win_ranges(const char *buf, size_t len, uint64_t first_line, uint64_t last_line,
                     unsigned reach, uint64_t pend_upto, const lx_anchor *a, size_t na,
                     lx_win w[LX_WIN_MAX])
{
	span sp[LX_WIN_MAX];
	size_t nsp = 0, i, j;
	if (pend_upto >= first_line)
		add_span(sp, &nsp, LX_WIN_MAX, first_line, pend_upto, 0, first_line);
	for (i = 0; i < na; i++) {
		uint64_t l = a[i].line;
		add_span(sp, &nsp, LX_WIN_MAX, l > first_line + reach ? l - reach : first_line,
		         l + reach, a[i].off, l);
	}
	if (reach) {
		size_t off;
		uint64_t line;
		tail_of(buf, len, reach, last_line, &off, &line, first_line);
		add_span(sp, &nsp, LX_WIN_MAX, line, last_line, off, line);
	}
	for (j = 0; j < nsp; j++) {
		w[j].from = line_off(buf, len, sp[j].lo_off, sp[j].lo_ref, sp[j].lo);
		w[j].to = len;
		if (sp[j].hi < last_line)
			w[j].to = line_off(buf, len, sp[j].hi_off, sp[j].hi_ref, sp[j].hi + 1);
		w[j].first_line = sp[j].lo;
	}
	return nsp;
}
