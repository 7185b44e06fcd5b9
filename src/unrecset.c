/* unrecset.c - one bundle's unrecognised errors.  See unrecset.h. */
#include "unrecset.h"

#include <stdlib.h>
#include <string.h>

#include "templates.h"
#include "timestamp.h"
#include "util.h"

typedef struct evid {
	uint64_t hash;
	char *masked;
} evid;

/* What the bundle's miner does not keep of a template: its times and its
 * first line (a file's example; the miner's own is a template text). */
typedef struct tinfo {
	int64_t first, last;
	char *ex; /* NULL until its first file template */
	size_t ex_len;
} tinfo;

/* A template of the first file that has any, kept as it came. */
typedef struct ptpl {
	char *text;
	uint64_t count;
	int64_t first, last;
	char *ex;
	size_t ex_len;
} ptpl;

struct lx_unrecset {
	/* one file's templates are the bundle's as they are; those of a
	 * second file and on are mined again with them (m) */
	ptpl *pend;
	size_t n_pend, cap_pend;
	int pend_whole;  /* the file of pend ended */
	lx_tpl_miner *m; /* NULL until a second file has templates */
	tinfo *info;     /* per template id of m */
	size_t cap_info;
	size_t bytes;         /* of the texts and examples kept */
	lx_unrecfile *direct; /* lines given to lx_unrecset_line() */
	evid *ev;             /* the LX_UNREC_EVIDENCE smallest hashes, sorted */
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
	for (i = 0; i < u->n_pend; i++) {
		free(u->pend[i].text);
		free(u->pend[i].ex);
	}
	u->n_pend = 0;
	u->pend_whole = 0;
	lx_tpl_free(u->m);
	u->m = NULL;
	for (i = 0; i < u->cap_info; i++) {
		free(u->info[i].ex);
		u->info[i].ex = NULL;
		u->info[i].first = u->info[i].last = LX_TS_NONE;
	}
	u->bytes = 0;
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
	free(u->pend);
	free(u->info);
	lx_unrecfile_free(u->direct);
	free(u->ev);
	lx_buf_free(&u->scratch);
	free(u);
}

static char *keep(lx_unrecset *u, const char *s, size_t *len)
{
	if (*len > LX_UNREC_TEXT)
		*len = LX_UNREC_TEXT;
	u->bytes += *len + 1;
	return lx_xstrndup(s, *len);
}

/* Mines a template again, with the others. */
static void mine(lx_unrecset *u, const char *tpl, size_t tpl_len, uint64_t count, int64_t first,
                 int64_t last, const char *ex, size_t ex_len)
{
	uint32_t id;
	tinfo *t;
	if (!u->m)
		u->m = lx_unrec_miner();
	/* the files' templates meet as lines do: a place that varies across
	 * files becomes "<*>" as it would in one file */
	id = lx_tpl_add_n(u->m, tpl, tpl_len, count);
	if (id >= u->cap_info) {
		size_t old = u->cap_info, i;
		lx_xgrow(&u->info, &u->cap_info, (size_t)id + 1, sizeof *u->info);
		for (i = old; i < u->cap_info; i++) {
			u->info[i].ex = NULL;
			u->info[i].first = u->info[i].last = LX_TS_NONE;
		}
	}
	t = &u->info[id];
	if (!t->ex) {
		t->ex_len = ex_len;
		t->ex = keep(u, ex, &t->ex_len);
	}
	lx_unrec_span(&t->first, &t->last, first, last);
}

void lx_unrecset_add(lx_unrecset *u, const char *tpl, size_t tpl_len, uint64_t count, int64_t first,
                     int64_t last, const char *ex, size_t ex_len)
{
	size_t i;
	ptpl *p;
	if (u->pend_whole || u->m) {
		/* a second file: the first one's templates go first */
		for (i = 0; i < u->n_pend; i++) {
			p = &u->pend[i];
			mine(u, p->text, strlen(p->text), p->count, p->first, p->last, p->ex,
			     p->ex_len);
			free(p->text);
			free(p->ex);
		}
		u->n_pend = 0;
		u->pend_whole = 0;
		mine(u, tpl, tpl_len, count, first, last, ex, ex_len);
		return;
	}
	if (u->n_pend >= LX_UNREC_TEMPLATES)
		return; /* (a file gives no more) */
	lx_xgrow(&u->pend, &u->cap_pend, u->n_pend + 1, sizeof *u->pend);
	p = &u->pend[u->n_pend++];
	p->text = keep(u, tpl, &tpl_len);
	p->count = count;
	p->first = first;
	p->last = last;
	p->ex_len = ex_len;
	p->ex = keep(u, ex, &p->ex_len);
}

void lx_unrecset_file_end(lx_unrecset *u)
{
	if (u->n_pend)
		u->pend_whole = 1;
}

static void add_cb(void *ud, const char *tpl, size_t tpl_len, uint64_t count, int64_t first,
                   int64_t last, const char *ex, size_t ex_len)
{
	lx_unrecset_add(ud, tpl, tpl_len, count, first, last, ex, ex_len);
}

void lx_unrecset_line(lx_unrecset *u, const char *text, size_t len, int64_t ts)
{
	if (!u->direct)
		u->direct = lx_unrecfile_new();
	lx_unrecfile_line(u->direct, text, len, ts);
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

/* Whether an evidence line of a diagnosis fits template text t. */
static int recognised(const lx_unrecset *u, const char *t)
{
	size_t k;
	for (k = 0; k < u->n_ev; k++)
		if (fits(t, u->ev[k].masked))
			return 1;
	return 0;
}

/* lx_unrecset_finish() when one file had templates: they are the
 * bundle's. */
static void finish_one(lx_unrecset *u, lx_report *r)
{
	size_t i, n = 0;
	row *rows = lx_xcalloc(u->n_pend ? u->n_pend : 1, sizeof *rows);
	for (i = 0; i < u->n_pend; i++) {
		if (recognised(u, u->pend[i].text))
			continue;
		rows[n].id = (uint32_t)i;
		rows[n].count = u->pend[i].count;
		rows[n++].text = u->pend[i].text;
	}
	if (n > 1)
		qsort(rows, n, sizeof *rows, row_cmp);
	r->un_templates = n;
	for (i = 0; i < n && i < LX_UNREC_REPORT; i++) {
		const ptpl *p = &u->pend[rows[i].id];
		lx_report_unrec(r, p->text, p->count, p->first, p->last, p->ex, p->ex_len);
	}
	free(rows);
	reset(u);
}

void lx_unrecset_finish(lx_unrecset *u, lx_report *r)
{
	size_t n_ids, i, n = 0;
	row *rows;
	lx_buf b = {0};
	r->un_on = 1;
	if (u->direct)
		lx_unrecfile_flush(u->direct, add_cb, u);
	if (!u->m) {
		finish_one(u, r);
		return;
	}
	n_ids = lx_tpl_ids(u->m);
	/* a template merged into an older one hands its times over */
	for (i = 1; i < n_ids && i < u->cap_info; i++) {
		uint32_t f = lx_tpl_final(u->m, (uint32_t)i);
		tinfo *s = &u->info[i], *t = &u->info[f];
		if (f != i && f)
			lx_unrec_span(&t->first, &t->last, s->first, s->last);
	}
	rows = lx_xcalloc(n_ids ? n_ids : 1, sizeof *rows);
	for (i = 1; i < n_ids; i++) {
		uint64_t c;
		if (lx_tpl_final(u->m, (uint32_t)i) != i || !(c = lx_tpl_count(u->m, (uint32_t)i)))
			continue;
		lx_buf_reset(&b);
		lx_tpl_text(u->m, (uint32_t)i, &b);
		if (recognised(u, b.p))
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
			const tinfo *t = rows[i].id < u->cap_info ? &u->info[rows[i].id] : NULL;
			lx_report_unrec(r, rows[i].text, rows[i].count, t ? t->first : LX_TS_NONE,
			                t ? t->last : LX_TS_NONE, t && t->ex ? t->ex : "",
			                t && t->ex ? t->ex_len : 0);
		}
		free(rows[i].text);
	}
	free(rows);
	lx_buf_free(&b);
	reset(u);
}

size_t lx_unrecset_memory(const lx_unrecset *u)
{
	size_t n = sizeof *u + u->cap_pend * sizeof *u->pend + u->cap_info * sizeof *u->info +
	           u->bytes + u->ev_bytes;
	if (u->ev)
		n += LX_UNREC_EVIDENCE * sizeof *u->ev;
	if (u->m)
		n += lx_tpl_memory(u->m);
	return n + (u->direct ? lx_unrecfile_memory(u->direct) : 0);
}
