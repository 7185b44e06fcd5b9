/* context.c - the lines around evidence.  See context.h.
 *
 * Lines are found by number in three places: the ring (lines matched
 * already), the waiting segments (lines copied from earlier blocks, not
 * matched yet) and the block being fed (not copied).  A segment knows the
 * offset of every 64th line, so finding a line walks at most 63 others. */
#include "context.h"

#include <stdlib.h>
#include <string.h>

#define CP_EVERY 64

typedef struct seg {
	const char *p; /* lines, each ending in '\n' */
	size_t len;
	uint64_t first, last;
	size_t *cp; /* cp[k]: offset of line first + k * CP_EVERY */
	size_t n_cp, cap_cp;
	lx_buf own; /* the bytes of a waiting segment */
} seg;

typedef struct slot {
	uint64_t line;
	int long_;   /* its text was max_line bytes or more */
	lx_buf text; /* at most LX_CTX_TEXT bytes */
} slot;

struct lx_ctx {
	unsigned nb, na;
	size_t keep, max_line;
	slot *ring;       /* keep slots, line x in ring[x % keep] */
	uint64_t ring_hi; /* the newest line in it (0: none) */
	size_t ring_n;    /* lines in it: ring_hi - ring_n + 1 .. ring_hi */
	seg *wait;        /* waiting segments, oldest first */
	size_t n_wait, cap_wait;
	seg blk; /* the block being fed */
	int in_blk;
	uint64_t known;  /* the last line known */
	const char **lp; /* scratch: the lines above, nearest first */
	size_t *ll;
};

lx_ctx *lx_ctx_new(unsigned before, unsigned after, size_t keep, size_t max_line)
{
	lx_ctx *c = lx_xcalloc(1, sizeof *c);
	c->nb = before;
	c->na = after;
	c->keep = keep > before ? keep : (size_t)before + 1;
	c->max_line = max_line ? max_line : 1;
	c->ring = lx_xcalloc(c->keep, sizeof *c->ring);
	c->lp = lx_xcalloc((size_t)before + 1, sizeof *c->lp);
	c->ll = lx_xcalloc((size_t)before + 1, sizeof *c->ll);
	return c;
}

static void seg_free(seg *s)
{
	free(s->cp);
	lx_buf_free(&s->own);
	memset(s, 0, sizeof *s);
}

void lx_ctx_free(lx_ctx *c)
{
	size_t i;
	if (!c)
		return;
	for (i = 0; i < c->keep; i++)
		lx_buf_free(&c->ring[i].text);
	for (i = 0; i < c->cap_wait; i++)
		seg_free(&c->wait[i]);
	seg_free(&c->blk);
	free(c->ring);
	free(c->wait);
	free(c->lp);
	free(c->ll);
	free(c);
}

void lx_ctx_reset(lx_ctx *c)
{
	size_t i;
	c->ring_hi = 0;
	c->ring_n = 0;
	for (i = 0; i < c->n_wait; i++)
		lx_buf_reset(&c->wait[i].own);
	c->n_wait = 0;
	c->in_blk = 0;
	c->known = 0;
}

/* Indexes s over p[0..len) (complete lines), its first line numbered
 * first. */
static void seg_index(seg *s, const char *p, size_t len, uint64_t first)
{
	size_t off = 0;
	uint64_t n = 0;
	s->p = p;
	s->len = len;
	s->first = first;
	s->n_cp = 0;
	while (off < len) {
		const char *nl;
		if (n % CP_EVERY == 0) {
			lx_xgrow(&s->cp, &s->cap_cp, s->n_cp + 1, sizeof *s->cp);
			s->cp[s->n_cp++] = off;
		}
		nl = memchr(p + off, '\n', len - off);
		off = nl ? (size_t)(nl - p) + 1 : len;
		n++;
	}
	s->last = first + n - 1; /* n >= 1: len > 0 */
}

/* The offset of line x (first..last) of s. */
static size_t seg_off(const seg *s, uint64_t x)
{
	uint64_t k = x - s->first;
	size_t off = s->cp[k / CP_EVERY];
	for (k %= CP_EVERY; k; k--)
		off = (size_t)((const char *)memchr(s->p + off, '\n', s->len - off) - s->p) + 1;
	return off;
}

/* Line x of s: its text (without '\n') in *t, *n. */
static void seg_line(const seg *s, uint64_t x, const char **t, size_t *n)
{
	size_t off = seg_off(s, x);
	const char *nl = memchr(s->p + off, '\n', s->len - off);
	*t = s->p + off;
	*n = nl ? (size_t)(nl - *t) : s->len - off;
}

/* Line x, wherever it is: 1 with its text (whole), or 0 when it is not
 * known (past the end of the file, or before the ring). */
static int line_at(const lx_ctx *c, uint64_t x, const char **t, size_t *n, int *long_)
{
	size_t i;
	if (!x)
		return 0;
	if (x <= c->ring_hi) {
		const slot *s = &c->ring[x % c->keep];
		if (x + c->ring_n <= c->ring_hi)
			return 0;
		*t = s->text.p ? s->text.p : "";
		*n = s->text.len;
		*long_ = s->long_;
		return 1;
	}
	for (i = 0; i < c->n_wait; i++)
		if (x >= c->wait[i].first && x <= c->wait[i].last) {
			seg_line(&c->wait[i], x, t, n);
			*long_ = *n >= c->max_line;
			return 1;
		}
	if (c->in_blk && x >= c->blk.first && x <= c->blk.last) {
		seg_line(&c->blk, x, t, n);
		*long_ = *n >= c->max_line;
		return 1;
	}
	return 0;
}

static void add_line(lx_buf *b, const char *t, size_t n)
{
	lx_buf_add(b, t, n < LX_CTX_TEXT ? n : LX_CTX_TEXT);
	lx_buf_addc(b, '\n');
}

void lx_ctx_around(lx_ctx *c, uint64_t x, lx_buf *before, lx_buf *after)
{
	const char *t;
	size_t n, k = 0;
	uint64_t y;
	int lg = 0;
	lx_buf_reset(before);
	lx_buf_reset(after);
	lx_buf_add(before, "", 0); /* not NULL: asked for, maybe empty */
	lx_buf_add(after, "", 0);
	for (y = x - 1; y + c->nb >= x && line_at(c, y, &t, &n, &lg) && !lg; y--) {
		c->lp[k] = t;
		c->ll[k++] = n;
	}
	while (k--)
		add_line(before, c->lp[k], c->ll[k]);
	if (!line_at(c, x, &t, &n, &lg) || lg)
		return; /* a long line has no lines after it */
	for (y = x + 1; y <= x + c->na && line_at(c, y, &t, &n, &lg) && !lg; y++)
		add_line(after, t, n);
}

/* Lines first..last of s, just matched, into the ring (the last keep of
 * them; pieces of a long line after its first are not kept again). */
static void to_ring(lx_ctx *c, const seg *s, uint64_t first, uint64_t last)
{
	uint64_t x = first;
	if (last < c->keep)
		; /* every line fits */
	else if (x < last - c->keep + 1)
		x = last - c->keep + 1;
	if (x <= c->ring_hi)
		x = c->ring_hi + 1;
	if (x > last)
		return;
	if (x != c->ring_hi + 1)
		c->ring_n = 0; /* lines skipped: the ring starts again */
	for (; x <= last; x++) {
		slot *sl = &c->ring[x % c->keep];
		const char *t;
		size_t n;
		seg_line(s, x, &t, &n);
		sl->line = x;
		sl->long_ = n >= c->max_line;
		lx_buf_reset(&sl->text);
		lx_buf_add(&sl->text, t, n < LX_CTX_TEXT ? n : LX_CTX_TEXT);
		c->ring_hi = x;
		if (c->ring_n < c->keep)
			c->ring_n++;
	}
}

/* Hands lines s->first..upto of s to fn and into the ring. */
static void run(lx_ctx *c, const seg *s, uint64_t upto, lx_ctx_feed_fn fn, void *ud)
{
	size_t end = upto < s->last ? seg_off(s, upto + 1) : s->len;
	fn(ud, s->p, end, s->first);
	to_ring(c, s, s->first, upto);
}

/* Copies lines from..s->last of s into a new waiting segment. */
static void wait_rest(lx_ctx *c, const seg *s, uint64_t from)
{
	size_t off = seg_off(s, from);
	seg *w;
	if (c->n_wait == c->cap_wait) {
		size_t old = c->cap_wait;
		lx_xgrow(&c->wait, &c->cap_wait, c->n_wait + 1, sizeof *c->wait);
		memset(c->wait + old, 0, (c->cap_wait - old) * sizeof *c->wait);
	}
	w = &c->wait[c->n_wait++];
	lx_buf_reset(&w->own);
	lx_buf_add(&w->own, s->p + off, s->len - off);
	seg_index(w, w->own.p, w->own.len, from);
}

/* Matches the waiting lines up to line upto (all: UINT64_MAX). */
static void run_waiting(lx_ctx *c, uint64_t upto, lx_ctx_feed_fn fn, void *ud)
{
	size_t i, done = 0;
	for (i = 0; i < c->n_wait && c->wait[i].first <= upto; i++) {
		seg *s = &c->wait[i];
		if (s->last <= upto) {
			run(c, s, s->last, fn, ud);
			done++;
			continue;
		}
		/* its first lines are ready: match them, keep the rest waiting */
		run(c, s, upto, fn, ud);
		{
			size_t off = seg_off(s, upto + 1);
			memmove(s->own.p, s->own.p + off, s->own.len - off);
			s->own.len -= off;
			s->own.p[s->own.len] = '\0';
			seg_index(s, s->own.p, s->own.len, upto + 1);
		}
		break;
	}
	if (done) {
		/* keep the matched segments' storage at the end for reuse */
		for (i = 0; i < done; i++) {
			seg t = c->wait[i];
			memmove(&c->wait[i], &c->wait[i + 1],
			        (c->n_wait - 1 - i) * sizeof *c->wait);
			c->wait[c->n_wait - 1] = t;
		}
		c->n_wait -= done;
	}
}

void lx_ctx_feed(lx_ctx *c, const char *buf, size_t len, uint64_t first_line, lx_ctx_feed_fn fn,
                 void *ud)
{
	uint64_t ready;
	if (!len)
		return;
	seg_index(&c->blk, buf, len, first_line);
	c->in_blk = 1;
	if (first_line <= c->known) {
		/* another piece of a long line: nothing after it is context, so
		 * what waits can go, and the piece too */
		run_waiting(c, UINT64_MAX, fn, ud);
		run(c, &c->blk, c->blk.last, fn, ud);
		c->in_blk = 0;
		return;
	}
	c->known = c->blk.last;
	ready = c->known > c->na ? c->known - c->na : 0;
	run_waiting(c, ready, fn, ud);
	if (c->blk.first <= ready)
		run(c, &c->blk, ready < c->blk.last ? ready : c->blk.last, fn, ud);
	if (ready < c->blk.last)
		wait_rest(c, &c->blk, ready >= c->blk.first ? ready + 1 : c->blk.first);
	c->in_blk = 0;
}

void lx_ctx_finish(lx_ctx *c, lx_ctx_feed_fn fn, void *ud)
{
	run_waiting(c, UINT64_MAX, fn, ud);
}

void lx_evcopy_set(lx_evcopy *c, const lx_evline *e)
{
	c->line = e->line;
	lx_buf_reset(&c->text);
	lx_buf_add(&c->text, e->text, e->len);
	lx_buf_reset(&c->before);
	lx_buf_reset(&c->after);
	c->ctx = e->before != NULL;
	if (c->ctx) {
		lx_buf_add(&c->before, e->before, e->before_len);
		lx_buf_add(&c->after, e->after, e->after_len);
	}
}

void lx_evcopy_view(const lx_evcopy *c, lx_evline *e)
{
	memset(e, 0, sizeof *e);
	e->line = c->line;
	e->text = c->text.p ? c->text.p : "";
	e->len = c->text.len;
	if (c->ctx) {
		e->before = c->before.p ? c->before.p : "";
		e->before_len = c->before.len;
		e->after = c->after.p ? c->after.p : "";
		e->after_len = c->after.len;
	}
}

size_t lx_evcopy_ctx_bytes(const lx_evcopy *c)
{
	return c->ctx ? c->before.len + c->after.len : 0;
}

void lx_evcopy_drop_ctx(lx_evcopy *c)
{
	c->ctx = 0;
	lx_buf_free(&c->before);
	lx_buf_free(&c->after);
}

void lx_evcopy_free(lx_evcopy *c)
{
	lx_buf_free(&c->text);
	lx_evcopy_drop_ctx(c);
}
