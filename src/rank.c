/* rank.c - hits to ranked diagnoses.  See rank.h. */
#include "rank.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "timestamp.h"
#include "util.h"

typedef struct fhit {
	size_t sig;
	uint64_t line;
	int64_t ts;
	size_t n_ev;
	uint64_t evl[LX_EVIDENCE_MAX];
	lx_buf evt[LX_EVIDENCE_MAX];
} fhit;

typedef struct fileagg {
	size_t file;
	uint64_t last_line;
	int64_t last_ts;
} fileagg;

typedef struct agg {
	uint64_t count;
	int64_t first_ts, last_ts;
	size_t first_file, last_file;
	uint64_t first_line, last_line;
	fileagg *f;
	size_t nf, capf;
	lx_chain ev_path;
	size_t n_ev;
	uint64_t evl[LX_EVIDENCE_MAX];
	lx_buf evt[LX_EVIDENCE_MAX];
} agg;

typedef struct succ {
	size_t file, sig;
	uint64_t line;
	int64_t ts;
} succ;

/* The end of an attempt: an outcome hit (installation failed...). */
typedef struct bound {
	size_t file, sig;
	uint64_t line;
	int64_t ts;
} bound;

#define MAX_BOUNDS 4096

struct lx_collector {
	const lx_sigdb *db;
	const lx_config *cfg;
	unsigned char *share; /* share[i * n + j]: signatures i and j share an operation */
	size_t file;          /* sequence number of the current file */
	lx_chain cur;
	fhit *fh;
	size_t n_fh, cap_fh;
	agg *ag;
	succ *su;
	size_t n_su, cap_su;
	bound *bd;
	size_t n_bd, cap_bd;
	/* pattern limits hit (lx_hit.limit), for the report's errors */
	struct limited {
		lx_chain path;
		char msg[320];
	} *lim;
	size_t n_lim, cap_lim;
};

static int shares(const lx_signature *a, const lx_signature *b)
{
	size_t i, j;
	for (i = 0; i < a->n_ops; i++)
		for (j = 0; j < b->n_ops; j++)
			if (!strcmp(a->ops[i], b->ops[j]))
				return 1;
	return 0;
}

lx_collector *lx_collector_new(const lx_sigdb *db, const lx_config *cfg)
{
	lx_collector *c = lx_xcalloc(1, sizeof *c);
	size_t i, j, n = db->n;
	c->db = db;
	c->cfg = cfg;
	c->share = lx_xcalloc(n * n + 1, 1);
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			c->share[i * n + j] = (unsigned char)shares(&db->sig[i], &db->sig[j]);
	c->ag = lx_xcalloc(n + 1, sizeof *c->ag);
	for (i = 0; i < n; i++)
		c->ag[i].first_ts = c->ag[i].last_ts = LX_TS_NONE;
	return c;
}

static void agg_reset(agg *a)
{
	size_t k;
	a->count = 0;
	a->first_ts = a->last_ts = LX_TS_NONE;
	a->nf = 0;
	a->n_ev = 0;
	lx_chain_free(&a->ev_path);
	for (k = 0; k < LX_EVIDENCE_MAX; k++)
		lx_buf_reset(&a->evt[k]);
}

void lx_collector_free(lx_collector *c)
{
	size_t i, k;
	if (!c)
		return;
	for (i = 0; i < c->db->n; i++) {
		agg_reset(&c->ag[i]);
		free(c->ag[i].f);
		for (k = 0; k < LX_EVIDENCE_MAX; k++)
			lx_buf_free(&c->ag[i].evt[k]);
	}
	for (i = 0; i < c->n_lim; i++)
		lx_chain_free(&c->lim[i].path);
	free(c->lim);
	for (i = 0; i < c->cap_fh; i++)
		for (k = 0; k < LX_EVIDENCE_MAX; k++)
			lx_buf_free(&c->fh[i].evt[k]);
	free(c->fh);
	free(c->ag);
	free(c->su);
	free(c->bd);
	free(c->share);
	lx_chain_free(&c->cur);
	free(c);
}

void lx_collector_file_begin(lx_collector *c, const lx_chain *path)
{
	lx_chain_free(&c->cur);
	lx_chain_copy(&c->cur, path);
	c->n_fh = 0;
}

/* Counts one hit into its signature's bundle aggregate. */
static void count_hit(lx_collector *c, size_t sig, uint64_t line, int64_t ts, size_t n_ev,
                      const uint64_t *evl, const char *const *evt, const size_t *evn)
{
	agg *a = &c->ag[sig];
	size_t k;
	if (c->db->sig[sig].role == LX_ROLE_OUTCOME && c->n_bd < MAX_BOUNDS) {
		lx_xgrow(&c->bd, &c->cap_bd, c->n_bd + 1, sizeof *c->bd);
		c->bd[c->n_bd].file = c->file;
		c->bd[c->n_bd].sig = sig;
		c->bd[c->n_bd].line = line;
		c->bd[c->n_bd].ts = ts;
		c->n_bd++;
	}
	if (!a->count) {
		a->first_file = c->file;
		a->first_line = line;
	}
	a->count++;
	if (ts != LX_TS_NONE) {
		if (a->first_ts == LX_TS_NONE || ts < a->first_ts)
			a->first_ts = ts;
		if (a->last_ts == LX_TS_NONE || ts > a->last_ts)
			a->last_ts = ts;
	}
	a->last_file = c->file;
	a->last_line = line;
	if (!a->nf || a->f[a->nf - 1].file != c->file) {
		lx_xgrow(&a->f, &a->capf, a->nf + 1, sizeof *a->f);
		a->f[a->nf].file = c->file;
		a->f[a->nf].last_ts = LX_TS_NONE;
		a->nf++;
	}
	a->f[a->nf - 1].last_line = line;
	if (ts != LX_TS_NONE)
		a->f[a->nf - 1].last_ts = ts;
	/* the evidence of the latest hit */
	lx_chain_free(&a->ev_path);
	lx_chain_copy(&a->ev_path, &c->cur);
	a->n_ev = n_ev;
	for (k = 0; k < n_ev; k++) {
		a->evl[k] = evl[k];
		lx_buf_reset(&a->evt[k]);
		lx_buf_add(&a->evt[k], evt[k], evn[k]);
	}
}

static void count_lx_hit(lx_collector *c, const lx_hit *h)
{
	uint64_t evl[LX_EVIDENCE_MAX];
	const char *evt[LX_EVIDENCE_MAX];
	size_t evn[LX_EVIDENCE_MAX], k;
	for (k = 0; k < h->n_ev; k++) {
		evl[k] = h->ev[k].line;
		evt[k] = h->ev[k].text;
		evn[k] = h->ev[k].len;
	}
	count_hit(c, h->sig, h->line, h->ts, h->n_ev, evl, evt, evn);
}

static void record_success(lx_collector *c, size_t sig, uint64_t line, int64_t ts)
{
	size_t i;
	for (i = c->n_su; i > 0; i--) {
		succ *s = &c->su[i - 1];
		if (s->file != c->file)
			break;
		if (s->sig == sig) {
			s->line = line;
			if (ts != LX_TS_NONE)
				s->ts = ts;
			return;
		}
	}
	lx_xgrow(&c->su, &c->cap_su, c->n_su + 1, sizeof *c->su);
	c->su[c->n_su].file = c->file;
	c->su[c->n_su].sig = sig;
	c->su[c->n_su].line = line;
	c->su[c->n_su].ts = ts;
	c->n_su++;
}

void lx_collector_hit(void *ud, const lx_hit *h)
{
	lx_collector *c = ud;
	const lx_signature *s = &c->db->sig[h->sig];
	fhit *f;
	size_t k;
	if (h->limit) {
		struct limited *l;
		lx_xgrow(&c->lim, &c->cap_lim, c->n_lim + 1, sizeof *c->lim);
		l = &c->lim[c->n_lim++];
		memset(&l->path, 0, sizeof l->path);
		lx_chain_copy(&l->path, &c->cur);
		if (h->limit == 1)
			snprintf(l->msg, sizeof l->msg,
			         "signature %s: a pattern hit PCRE2's match limit on line %llu, "
			         "the line is skipped for it", s->id, (unsigned long long)h->line);
		else
			snprintf(l->msg, sizeof l->msg,
			         "signature %s: a pattern hit PCRE2's match limit on %u lines, "
			         "not run on the rest of the file (from line %llu)", s->id, h->limit,
			         (unsigned long long)h->line);
		return;
	}
	if (s->role == LX_ROLE_SUCCESS) {
		record_success(c, h->sig, h->line, h->ts);
		return;
	}
	if (c->n_fh == LX_RANK_FILE_HITS) {
		/* Too many to keep: counted at once, without the fallback
		 * decision (which only ever removes generic hits). */
		count_lx_hit(c, h);
		return;
	}
	if (c->n_fh == c->cap_fh) {
		size_t old = c->cap_fh;
		lx_xgrow(&c->fh, &c->cap_fh, c->n_fh + 1, sizeof *c->fh);
		memset(c->fh + old, 0, (c->cap_fh - old) * sizeof *c->fh);
	}
	f = &c->fh[c->n_fh++];
	f->sig = h->sig;
	f->line = h->line;
	f->ts = h->ts;
	f->n_ev = h->n_ev;
	for (k = 0; k < h->n_ev; k++) {
		f->evl[k] = h->ev[k].line;
		lx_buf_reset(&f->evt[k]);
		lx_buf_add(&f->evt[k], h->ev[k].text, h->ev[k].len);
	}
}

/* Whether a specific cause sharing an operation was found near fallback
 * hit f in the same file. */
static int explained(const lx_collector *c, const fhit *f)
{
	size_t i, n = c->db->n;
	unsigned w = c->db->sig[f->sig].within;
	for (i = 0; i < c->n_fh; i++) {
		const fhit *g = &c->fh[i];
		if (c->db->sig[g->sig].role != LX_ROLE_CAUSE || !c->share[f->sig * n + g->sig])
			continue;
		if (g->line + w >= f->line && g->line <= f->line + w)
			return 1;
	}
	return 0;
}

void lx_collector_file_end(lx_collector *c)
{
	size_t i, k;
	for (i = 0; i < c->n_fh; i++) {
		const fhit *f = &c->fh[i];
		const char *evt[LX_EVIDENCE_MAX];
		size_t evn[LX_EVIDENCE_MAX];
		if (c->db->sig[f->sig].role == LX_ROLE_FALLBACK && explained(c, f))
			continue;
		for (k = 0; k < f->n_ev; k++) {
			evt[k] = f->evt[k].p ? f->evt[k].p : "";
			evn[k] = f->evt[k].len;
		}
		count_hit(c, f->sig, f->line, f->ts, f->n_ev, f->evl, evt, evn);
	}
	c->n_fh = 0;
	c->file++;
}

/* Whether a success of a shared operation came after fa. */
static int resolved_in(const lx_collector *c, size_t sig, const fileagg *fa)
{
	size_t i, n = c->db->n;
	for (i = 0; i < c->n_su; i++) {
		const succ *s = &c->su[i];
		if (!c->share[sig * n + s->sig])
			continue;
		if (s->file == fa->file) {
			if (s->line > fa->last_line)
				return 1;
		} else if (s->ts != LX_TS_NONE && fa->last_ts != LX_TS_NONE && s->ts > fa->last_ts) {
			return 1;
		}
	}
	return 0;
}

typedef struct cand {
	size_t sig;
	int resolved;
	int superseded; /* a later attempt of the operation failed otherwise */
	int64_t first_ts;
	size_t first_file;
	uint64_t first_line;
	int outcome;
	int severity;
	int spec;
	int64_t last_ts;
	size_t last_file;
	uint64_t last_line;
	uint64_t count;
	const char *id;
} cand;

static int specificity(const lx_signature *s)
{
	size_t j;
	int n = s->n_any ? 1 : 0;
	for (j = 0; j < s->n_pat; j++)
		n += s->pat[j].cond != LX_COND_ANY;
	return n;
}

/* The contract's order: negative when a ranks before b. */
static int cand_cmp(const void *pa, const void *pb)
{
	const cand *a = pa, *b = pb;
	if (a->resolved != b->resolved)
		return a->resolved - b->resolved;
	if (a->outcome != b->outcome)
		return a->outcome - b->outcome;
	if (a->superseded != b->superseded)
		return a->superseded - b->superseded;
	if (a->severity != b->severity)
		return b->severity - a->severity;
	if (a->spec != b->spec)
		return b->spec - a->spec;
	if (a->last_ts != b->last_ts)
		return a->last_ts > b->last_ts ? -1 : 1;
	if (a->last_file != b->last_file)
		return a->last_file > b->last_file ? -1 : 1;
	if (a->last_line != b->last_line)
		return a->last_line > b->last_line ? -1 : 1;
	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return strcmp(a->id, b->id);
}

/* Whether position a (file, line, time) comes before b: by line in the
 * same file, else by time when both have one. */
static int pos_before(size_t fa, uint64_t la, int64_t ta, size_t fb, uint64_t lb, int64_t tb)
{
	if (fa == fb)
		return la < lb;
	if (ta != LX_TS_NONE && tb != LX_TS_NONE)
		return ta < tb;
	return 0;
}

/* An active cause is superseded when its attempt of the operation ended
 * (an outcome such as "installation failed" follows it) and a later
 * attempt failed with another cause: rank 1 belongs to the root cause of
 * the most recent failed attempt. */
static void mark_superseded(const lx_collector *c, cand *cs, size_t n)
{
	size_t i, j, k, nsig = c->db->n;
	for (i = 0; i < n; i++) {
		if (cs[i].resolved || cs[i].outcome)
			continue;
		for (j = 0; j < n && !cs[i].superseded; j++) {
			if (j == i || cs[j].resolved || cs[j].outcome ||
			    !c->share[cs[i].sig * nsig + cs[j].sig])
				continue;
			for (k = 0; k < c->n_bd; k++) {
				const bound *b = &c->bd[k];
				if (!c->share[cs[i].sig * nsig + b->sig])
					continue;
				if (pos_before(cs[i].last_file, cs[i].last_line, cs[i].last_ts, b->file,
				               b->line, b->ts) &&
				    pos_before(b->file, b->line, b->ts, cs[j].first_file, cs[j].first_line,
				               cs[j].first_ts)) {
					cs[i].superseded = 1;
					break;
				}
			}
		}
	}
}

static double raw_score(const cand *k)
{
	double s = 0.0;
	s += k->resolved ? 0.0 : 0.5;
	s += k->outcome ? 0.0 : k->superseded ? 0.2 : 0.25;
	s += 0.15 * k->severity / 3.0;
	s += 0.07 * (k->spec % 1000 > 5 ? 5 : k->spec % 1000) / 5.0;
	s += k->last_ts != LX_TS_NONE ? 0.03 : 0.0;
	return s;
}

void lx_collector_finish(lx_collector *c, lx_report *r)
{
	size_t i, k, n = 0;
	cand *cs = lx_xcalloc(c->db->n + 1, sizeof *cs);
	double prev = 1.0;
	for (i = 0; i < c->n_lim; i++) {
		lx_report_problem(r, &c->lim[i].path, c->lim[i].msg, 0);
		lx_chain_free(&c->lim[i].path);
	}
	c->n_lim = 0;
	for (i = 0; i < c->db->n; i++) {
		const lx_signature *s = &c->db->sig[i];
		agg *a = &c->ag[i];
		cand *k2;
		int active = 0;
		if (!a->count || s->role == LX_ROLE_SUCCESS || s->severity < c->cfg->min_severity)
			continue;
		for (k = 0; k < a->nf && !active; k++)
			active = !resolved_in(c, i, &a->f[k]);
		k2 = &cs[n++];
		k2->sig = i;
		k2->resolved = !active;
		k2->outcome = s->role == LX_ROLE_OUTCOME;
		k2->severity = (int)s->severity;
		/* a specific cause is more specific evidence than a fallback */
		k2->spec = specificity(s) + (s->role == LX_ROLE_CAUSE ? 1000 : 0);
		k2->last_ts = a->last_ts;
		k2->first_ts = a->first_ts;
		k2->first_file = a->first_file;
		k2->first_line = a->first_line;
		k2->last_file = a->last_file;
		k2->last_line = a->last_line;
		k2->count = a->count;
		k2->id = s->id;
	}
	mark_superseded(c, cs, n);
	qsort(cs, n, sizeof *cs, cand_cmp);
	r->d = lx_xcalloc(n + 1, sizeof *r->d);
	r->n_d = n;
	for (i = 0; i < n; i++) {
		const lx_signature *s = &c->db->sig[cs[i].sig];
		const agg *a = &c->ag[cs[i].sig];
		lx_diag *d = &r->d[i];
		double sc = raw_score(&cs[i]);
		d->rank = (unsigned)i + 1;
		d->id = lx_xstrdup(s->id);
		d->title = lx_xstrdup(lx_l10n_get(&s->title, c->cfg->lang));
		d->remedy = lx_xstrdup(lx_l10n_get(&s->remedy, c->cfg->lang));
		d->product = lx_xstrdup(s->product ? s->product : "");
		d->doc = lx_xstrdup(s->doc ? s->doc : "");
		if (s->doc_l10n.text)
			d->doc_local = lx_xstrdup(lx_l10n_get(&s->doc_l10n, c->cfg->lang));
		d->severity = s->severity;
		d->resolved = cs[i].resolved;
		d->score = sc < prev ? sc : prev; /* never above a better rank */
		prev = d->score;
		d->count = a->count;
		d->first_seen = a->first_ts;
		d->last_seen = a->last_ts;
		d->n_ev = a->n_ev;
		for (k = 0; k < a->n_ev; k++) {
			lx_chain_copy(&d->ev[k].path, &a->ev_path);
			d->ev[k].line = a->evl[k];
			d->ev[k].text = lx_xmalloc(a->evt[k].len + 1);
			if (a->evt[k].len)
				memcpy(d->ev[k].text, a->evt[k].p, a->evt[k].len);
			d->ev[k].text[a->evt[k].len] = '\0';
			d->ev[k].len = a->evt[k].len;
		}
	}
	free(cs);
	for (i = 0; i < c->db->n; i++)
		agg_reset(&c->ag[i]);
	c->n_su = 0;
	c->n_bd = 0;
	c->file = 0;
	c->n_fh = 0;
}
