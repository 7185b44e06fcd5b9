/* unrecfile.c - one file's unrecognised errors.  See unrecfile.h. */
#include "unrecfile.h"

#include <stdlib.h>

#include "templates.h"
#include "timestamp.h"
#include "util.h"

typedef struct seen {
	int64_t first, last;
} seen;

struct lx_unrecfile {
	lx_tpl_miner *m; /* NULL until the first line */
	seen *ts;        /* per template id */
	size_t cap_ts;
	lx_buf text;
};

lx_unrecfile *lx_unrecfile_new(void)
{
	return lx_xcalloc(1, sizeof(lx_unrecfile));
}

static void reset(lx_unrecfile *u)
{
	size_t i;
	lx_tpl_free(u->m);
	u->m = NULL;
	for (i = 0; i < u->cap_ts; i++)
		u->ts[i].first = u->ts[i].last = LX_TS_NONE;
}

void lx_unrecfile_free(lx_unrecfile *u)
{
	if (!u)
		return;
	reset(u);
	free(u->ts);
	lx_buf_free(&u->text);
	free(u);
}

void lx_unrecfile_line(lx_unrecfile *u, const char *text, size_t len, int64_t ts)
{
	uint32_t id;
	seen *s;
	if (len > LX_UNREC_TEXT)
		len = LX_UNREC_TEXT;
	if (!u->m)
		u->m = lx_unrec_miner();
	id = lx_tpl_add(u->m, text, len);
	if (id >= u->cap_ts) {
		size_t old = u->cap_ts, i;
		lx_xgrow(&u->ts, &u->cap_ts, (size_t)id + 1, sizeof *u->ts);
		for (i = old; i < u->cap_ts; i++)
			u->ts[i].first = u->ts[i].last = LX_TS_NONE;
	}
	s = &u->ts[id];
	lx_unrec_span(&s->first, &s->last, ts, ts);
}

lx_tpl_miner *lx_unrec_miner(void)
{
	lx_tpl_params p;
	lx_tpl_defaults(&p);
	p.max_templates = LX_UNREC_TEMPLATES;
	p.max_leaf = 64;
	p.max_bytes = (size_t)1 << 20;
	return lx_tpl_new(&p);
}

void lx_unrec_span(int64_t *first, int64_t *last, int64_t f, int64_t l)
{
	if (f != LX_TS_NONE && (*first == LX_TS_NONE || f < *first))
		*first = f;
	if (l != LX_TS_NONE && (*last == LX_TS_NONE || l > *last))
		*last = l;
}

void lx_unrecfile_flush(lx_unrecfile *u, lx_unrecfile_fn fn, void *ud)
{
	size_t n_ids, i;
	if (!u->m)
		return;
	n_ids = lx_tpl_ids(u->m);
	/* a template merged into an older one hands its times over */
	for (i = 1; fn && i < n_ids && i < u->cap_ts; i++) {
		uint32_t f = lx_tpl_final(u->m, (uint32_t)i);
		seen *s = &u->ts[i], *t = &u->ts[f];
		if (f != i && f)
			lx_unrec_span(&t->first, &t->last, s->first, s->last);
	}
	for (i = 1; fn && i < n_ids; i++) {
		uint64_t c;
		size_t len;
		const char *ex;
		const seen *s = i < u->cap_ts ? &u->ts[i] : NULL;
		if (lx_tpl_final(u->m, (uint32_t)i) != i || !(c = lx_tpl_count(u->m, (uint32_t)i)))
			continue;
		lx_buf_reset(&u->text);
		lx_tpl_text(u->m, (uint32_t)i, &u->text);
		ex = lx_tpl_example(u->m, (uint32_t)i, &len);
		fn(ud, u->text.p ? u->text.p : "", u->text.len, c, s ? s->first : LX_TS_NONE,
		   s ? s->last : LX_TS_NONE, ex, len);
	}
	reset(u);
}

size_t lx_unrecfile_memory(const lx_unrecfile *u)
{
	return sizeof *u + u->cap_ts * sizeof *u->ts + u->text.cap +
	       (u->m ? lx_tpl_memory(u->m) : 0);
}
