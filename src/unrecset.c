/* unrecset.c - one bundle's unrecognised errors.  See unrecset.h. */
#include "unrecset.h"

#include <stdlib.h>
#include <string.h>

#include "templates.h"
#include "timestamp.h"
#include "util.h"

typedef struct seen {
	int64_t first, last;
} seen;

typedef struct evid {
	uint64_t hash;
	char *masked;
} evid;

struct lx_unrecset {
	lx_tpl_miner *m; /* NULL until the first line */
	seen *ts;        /* per template id */
	size_t cap_ts;
	evid *ev; /* the LX_UNREC_EVIDENCE smallest hashes, sorted */
	size_t n_ev;
	size_t ev_bytes;
	lx_buf scratch;
};

lx_unrecset *lx_unrecset_new(void)
{
	return lx_xcalloc(1, sizeof(lx_unrecset));
}

static void reset(lx_unrecset *u)
{
	size_t i;
	lx_tpl_free(u->m);
	u->m = NULL;
	for (i = 0; i < u->cap_ts; i++)
		u->ts[i].first = u->ts[i].last = LX_TS_NONE;
	for (i = 0; i < u->n_ev; i++)
		free(u->ev[i].masked);
	u->n_ev = 0;
	u->ev_bytes = 0;
}

void lx_unrecset_free(lx_unrecset *u)
{
	if (!u)
		return;
	reset(u);
	free(u->ts);
	free(u->ev);
	lx_buf_free(&u->scratch);
	free(u);
}

void lx_unrecset_line(lx_unrecset *u, const char *text, size_t len, int64_t ts)
{
	uint32_t id;
	seen *s;
	if (len > LX_UNREC_TEXT)
		len = LX_UNREC_TEXT;
	if (!u->m) {
		lx_tpl_params p;
		lx_tpl_defaults(&p);
		p.max_templates = LX_UNREC_TEMPLATES;
		p.max_leaf = 64;
		p.max_bytes = (size_t)1 << 20;
		u->m = lx_tpl_new(&p);
	}
	id = lx_tpl_add(u->m, text, len);
	if (id >= u->cap_ts) {
		size_t old = u->cap_ts, i;
		lx_xgrow(&u->ts, &u->cap_ts, (size_t)id + 1, sizeof *u->ts);
		for (i = old; i < u->cap_ts; i++)
			u->ts[i].first = u->ts[i].last = LX_TS_NONE;
	}
	s = &u->ts[id];
	if (ts == LX_TS_NONE)
		return;
	if (s->first == LX_TS_NONE || ts < s->first)
		s->first = ts;
	if (s->last == LX_TS_NONE || ts > s->last)
		s->last = ts;
}

static int ev_cmp(const evid *a, uint64_t h, const char *m)
{
	if (a->hash != h)
		return a->hash < h ? -1 : 1;
	return strcmp(a->masked, m);
}

void lx_unrecset_evidence(lx_unrecset *u, const char *text, size_t len)
{
	size_t lo = 0, hi = u->n_ev;
	uint64_t h;
	const char *m;
	if (len > LX_UNREC_TEXT)
		len = LX_UNREC_TEXT;
	lx_buf_reset(&u->scratch);
	lx_tpl_mask(text, len, &u->scratch);
	m = u->scratch.p ? u->scratch.p : "";
	h = lx_str_hash(m);
	/* the set of the smallest hashes: the same whatever the order */
	if (u->n_ev == LX_UNREC_EVIDENCE && ev_cmp(&u->ev[u->n_ev - 1], h, m) < 0)
		return;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = ev_cmp(&u->ev[mid], h, m);
		if (!c)
			return;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (u->n_ev == LX_UNREC_EVIDENCE) {
		u->n_ev--;
		u->ev_bytes -= strlen(u->ev[u->n_ev].masked) + 1;
		free(u->ev[u->n_ev].masked);
	}
	if (!u->ev)
		u->ev = lx_xcalloc(LX_UNREC_EVIDENCE, sizeof *u->ev);
	memmove(&u->ev[lo + 1], &u->ev[lo], (u->n_ev - lo) * sizeof *u->ev);
	u->ev[lo].hash = h;
	u->ev[lo].masked = lx_xstrdup(m);
	u->ev_bytes += strlen(m) + 1;
	u->n_ev++;
}

/* Whether the masked line m fits template t: as many tokens, each the
 * same or "<*>" in t. */
static int fits(const char *t, const char *m)
{
	for (;;) {
		size_t a = strcspn(t, " "), b = strcspn(m, " ");
		if (!(a == 3 && !memcmp(t, "<*>", 3)) && (a != b || memcmp(t, m, a)))
			return 0;
		t += a;
		m += b;
		if (!*t || !*m)
			return !*t && !*m;
		t++;
		m++;
	}
}

typedef struct row {
	uint32_t id;
	uint64_t count;
	char *text;
} row;

static int row_cmp(const void *a, const void *b)
{
	const row *x = a, *y = b;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->text, y->text);
}

void lx_unrecset_finish(lx_unrecset *u, lx_report *r)
{
	size_t n_ids, i, k, n = 0;
	row *rows;
	lx_buf b = {0};
	r->un_on = 1;
	if (!u->m) {
		reset(u);
		return;
	}
	n_ids = lx_tpl_ids(u->m);
	/* a template merged into an older one hands its times over */
	for (i = 1; i < n_ids && i < u->cap_ts; i++) {
		uint32_t f = lx_tpl_final(u->m, (uint32_t)i);
		seen *s = &u->ts[i], *t = &u->ts[f];
		if (f == i || !f)
			continue;
		if (s->first != LX_TS_NONE && (t->first == LX_TS_NONE || s->first < t->first))
			t->first = s->first;
		if (s->last != LX_TS_NONE && (t->last == LX_TS_NONE || s->last > t->last))
			t->last = s->last;
	}
	rows = lx_xcalloc(n_ids ? n_ids : 1, sizeof *rows);
	for (i = 1; i < n_ids; i++) {
		uint64_t c;
		int known = 0;
		if (lx_tpl_final(u->m, (uint32_t)i) != i || !(c = lx_tpl_count(u->m, (uint32_t)i)))
			continue;
		lx_buf_reset(&b);
		lx_tpl_text(u->m, (uint32_t)i, &b);
		for (k = 0; k < u->n_ev && !known; k++)
			known = fits(b.p, u->ev[k].masked);
		if (known)
			continue;
		rows[n].id = (uint32_t)i;
		rows[n].count = c;
		rows[n++].text = lx_buf_take(&b);
	}
	if (n > 1)
		qsort(rows, n, sizeof *rows, row_cmp);
	r->un_templates = n;
	for (i = 0; i < n; i++) {
		if (i < LX_UNREC_REPORT) {
			size_t len;
			const char *ex = lx_tpl_example(u->m, rows[i].id, &len);
			const seen *s = rows[i].id < u->cap_ts ? &u->ts[rows[i].id] : NULL;
			lx_report_unrec(r, rows[i].text, rows[i].count, s ? s->first : LX_TS_NONE,
			                s ? s->last : LX_TS_NONE, ex, len);
		}
		free(rows[i].text);
	}
	free(rows);
	lx_buf_free(&b);
	reset(u);
}

size_t lx_unrecset_memory(const lx_unrecset *u)
{
	size_t n = sizeof *u + u->cap_ts * sizeof *u->ts + u->ev_bytes;
	if (u->ev)
		n += LX_UNREC_EVIDENCE * sizeof *u->ev;
	return n + (u->m ? lx_tpl_memory(u->m) : 0);
}
