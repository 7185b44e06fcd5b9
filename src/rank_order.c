/* rank_order.c - the standing records of a bundle (see rank_attempts.c)
 * to diagnoses in the contract's order: one candidate per signature and
 * host, superseded attempts, the order and the score, the evidence and
 * the consequences each diagnosis explains, the machines.  See rank_int.h
 * and doc/ranking.md. */
#include <stdlib.h>
#include <string.h>

#include "options.h"
#include "rank_int.h"

/* The header's names, short. */
typedef lx_rank_rec rec;
typedef lx_rank_evagg evagg;

/* A diagnosis in the making: the standing records of a signature about a
 * host. */
typedef struct cand {
	size_t sig, host;
	int resolved;
	int superseded; /* a later attempt of the operation failed otherwise */
	int outcome;
	int severity;
	int spec;
	const rec *first, *last; /* earliest and latest standing record */
	int64_t first_ts, last_ts;
	int ts_src;
	uint64_t count;
	const char *id, *host_name;
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
	int h;
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
	if (a->last->file != b->last->file)
		return a->last->file > b->last->file ? -1 : 1;
	if (a->last->last_line != b->last->last_line)
		return a->last->last_line > b->last->last_line ? -1 : 1;
	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	h = strcmp(a->id, b->id);
	if (h)
		return h;
	return strcmp(a->host_name, b->host_name);
}

/* An active cause is superseded when its attempt of the operation ended
 * (an outcome such as "installation failed" follows it) and a later
 * attempt on the same host failed with another cause: rank 1 belongs to
 * the root cause of the most recent failed attempt. */
static void mark_superseded(const lx_collector *c, cand *cs, size_t n)
{
	size_t i, j, k;
	for (i = 0; i < n; i++) {
		if (cs[i].resolved || cs[i].outcome)
			continue;
		for (j = 0; j < n && !cs[i].superseded; j++) {
			if (j == i || cs[j].resolved || cs[j].outcome || cs[j].host != cs[i].host ||
			    !c->share[cs[i].sig * c->db->n + cs[j].sig])
				continue;
			for (k = 0; k < c->n_bnd; k++) {
				const rec *b = &c->rc[c->bnd[k].i];
				if (role_of(c, b) != LX_ROLE_OUTCOME || !related(c, cs[i].last, b))
					continue;
				if (rec_before(cs[i].last, b) && rec_before(b, cs[j].first)) {
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

/* The evidence kept for a signature about a host (after unify_hosts, two
 * may qualify: the later wins). */
static const evagg *evidence_of(const lx_collector *c, size_t sig, size_t host)
{
	const evagg *best = NULL;
	size_t i;
	for (i = 0; i < c->n_ea; i++) {
		const evagg *e = &c->ea[i];
		if (e->sig != sig || e->host != host)
			continue;
		if (!best || e->file > best->file ||
		    (e->file == best->file && e->line > best->line))
			best = e;
	}
	return best;
}

static size_t copy_evidence(lx_evidence *out, const evagg *e)
{
	size_t k;
	if (!e)
		return 0;
	for (k = 0; k < e->n_ev && k < LX_REPORT_EVIDENCE; k++) {
		const lx_evcopy *v = &e->ev[k];
		lx_chain_copy(&out[k].path, &e->path);
		out[k].line = v->line;
		out[k].text = lx_xstrndup(v->text.p ? v->text.p : "", v->text.len);
		out[k].len = v->text.len;
		if (v->ctx) {
			out[k].before = lx_xstrndup(v->before.p ? v->before.p : "", v->before.len);
			out[k].before_len = v->before.len;
			out[k].after = lx_xstrndup(v->after.p ? v->after.p : "", v->after.len);
			out[k].after_len = v->after.len;
		}
	}
	return k;
}

/* The candidate for (sig, host), made on first use. */
static cand *cand_for(cand *cs, size_t *n, size_t sig, size_t host)
{
	size_t i;
	for (i = 0; i < *n; i++)
		if (cs[i].sig == sig && cs[i].host == host)
			return &cs[i];
	memset(&cs[*n], 0, sizeof cs[*n]);
	cs[*n].sig = sig;
	cs[*n].host = host;
	cs[*n].resolved = 1;
	cs[*n].first_ts = cs[*n].last_ts = LX_TS_NONE;
	return &cs[(*n)++];
}

static void add_conseq(lx_collector *c, lx_diag *d, const rec *x)
{
	size_t i;
	lx_conseq *q;
	const char *id = c->db->sig[x->sig].id;
	for (i = 0; i < d->n_cq; i++)
		if (!strcmp(d->cq[i].id, id)) {
			d->cq[i].count += x->count;
			return;
		}
	d->cq = lx_xrealloc(d->cq, (d->n_cq + 1) * sizeof *d->cq);
	q = &d->cq[d->n_cq++];
	memset(q, 0, sizeof *q);
	q->id = lx_xstrdup(id);
	q->count = x->count;
	q->n_ev = copy_evidence(q->ev, evidence_of(c, x->sig, x->host));
}

void lx_rank_order(lx_collector *c, lx_report *r)
{
	size_t i, k, n = 0, n_hid = 0;
	cand *cs = lx_xcalloc(c->n_rc + 1, sizeof *cs);
	cand *hid = lx_xcalloc(c->n_rc + 1, sizeof *hid);
	double prev = 1.0;
	for (i = 0; i < c->n_rc; i++) {
		const rec *x = &c->rc[i];
		const lx_signature *s = &c->db->sig[x->sig];
		cand *k2;
		if (x->under || s->role == LX_ROLE_SUCCESS)
			continue;
		if (s->severity < c->cfg->min_severity) {
			/* not reported, but counted: "nothing found" must say so */
			cand_for(hid, &n_hid, x->sig, x->host);
			continue;
		}
		k2 = cand_for(cs, &n, x->sig, x->host);
		k2->resolved &= x->resolved;
		k2->count += x->count;
		if (!k2->first || rec_before(x, k2->first))
			k2->first = x;
		if (!k2->last || !rec_before(x, k2->last))
			k2->last = x;
		if (x->first_ts != LX_TS_NONE &&
		    (k2->first_ts == LX_TS_NONE || x->first_ts < k2->first_ts))
			k2->first_ts = x->first_ts;
		if (x->last_ts != LX_TS_NONE &&
		    (k2->last_ts == LX_TS_NONE || x->last_ts >= k2->last_ts)) {
			k2->last_ts = x->last_ts;
			k2->ts_src = x->ts_src;
		}
	}
	for (i = 0; i < n; i++) {
		const lx_signature *s = &c->db->sig[cs[i].sig];
		cs[i].outcome = s->role == LX_ROLE_OUTCOME;
		cs[i].severity = (int)s->severity;
		/* a specific cause is more specific evidence than a fallback */
		cs[i].spec = specificity(s) + (s->role == LX_ROLE_CAUSE ? 1000 : 0);
		cs[i].id = s->id;
		cs[i].host_name = cs[i].host ? c->host[cs[i].host] : "";
	}
	mark_superseded(c, cs, n);
	qsort(cs, n, sizeof *cs, cand_cmp);
	r->d = lx_xcalloc(n + 1, sizeof *r->d);
	r->n_d = n;
	for (i = 0; i < n; i++) {
		const lx_signature *s = &c->db->sig[cs[i].sig];
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
		d->count = cs[i].count;
		d->first_seen = cs[i].first_ts;
		d->last_seen = cs[i].last_ts;
		d->ts_src = cs[i].last_ts == LX_TS_NONE ? LX_TSS_NONE : cs[i].ts_src;
		d->host = cs[i].host ? lx_xstrdup(c->host[cs[i].host]) : NULL;
		d->n_ev = copy_evidence(d->ev, evidence_of(c, cs[i].sig, cs[i].host));
	}
	/* what each one explains, in the order the records came */
	for (k = 0; k < c->n_rc; k++) {
		const rec *x = &c->rc[k];
		const rec *root = x->under ? &c->rc[x->under - 1] : NULL;
		if (!root)
			continue;
		for (i = 0; i < n; i++)
			if (cs[i].sig == root->sig && cs[i].host == root->host) {
				add_conseq(c, &r->d[i], x);
				break;
			}
	}
	/* the machines, in the order of their best diagnosis */
	for (i = 0; i < n; i++) {
		const char *h = r->d[i].host;
		if (!h)
			continue;
		for (k = 0; k < r->n_hosts && strcmp(r->hosts[k], h); k++)
			;
		if (k == r->n_hosts) {
			r->hosts = lx_xrealloc(r->hosts, (r->n_hosts + 1) * sizeof *r->hosts);
			r->hosts[r->n_hosts++] = lx_xstrdup(h);
		}
	}
	free(hid);
	r->hidden = n_hid;
	free(cs);
}
