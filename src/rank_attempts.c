/* rank_attempts.c - the records of a bundle, attempt by attempt: a
 * failure that a later success of its operation and host resolved, and a
 * record folded under the one of the same attempt that explains it (an
 * outcome under a generic error under the specific cause).  Each decision
 * compares a record with the few records that can lie between, within a
 * budget of comparisons.  See rank_int.h and doc/ranking.md. */
#include <stdlib.h>
#include <string.h>

#include "options.h"
#include "rank_int.h"

/* The header's name, short. */
typedef lx_rank_rec rec;

#define EARLIEST (LX_TS_NONE + 1) /* a failure attached to no failed attempt */
#define FOLD_STEPS 256            /* records of one signature tried per consequence */

/* One host for the bundle's own logs: when the logs name exactly one
 * machine, the lines that name none are about it too. */
static void unify_hosts(lx_collector *c)
{
	size_t i, named = 0;
	for (i = 0; i < c->n_rc; i++)
		if (c->rc[i].host && (!named || c->rc[i].host != named)) {
			if (named)
				return; /* several machines */
			named = c->rc[i].host;
		}
	if (!named)
		return;
	for (i = 0; i < c->n_rc; i++)
		if (!c->rc[i].host)
			c->rc[i].host = named;
	for (i = 0; i < c->n_ea; i++)
		if (!c->ea[i].host)
			c->ea[i].host = named;
}

/* The records by kind (in the order of their first time) and by
 * signature, for the decisions below: each compares a record with the few
 * of another kind that can lie between, never all pairs. */
static int tsref_cmp(const void *pa, const void *pb)
{
	const struct tsref *x = pa, *y = pb;
	if (x->ts != y->ts)
		return x->ts < y->ts ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

static void index_records(lx_collector *c)
{
	size_t i, n = c->db->n;
	c->bnd = lx_xcalloc(c->n_rc + 1, sizeof *c->bnd);
	c->cz = lx_xcalloc(c->n_rc + 1, sizeof *c->cz);
	c->su = lx_xcalloc(c->n_rc + 1, sizeof *c->su);
	c->ou = lx_xcalloc(c->n_rc + 1, sizeof *c->ou);
	c->bysig = lx_xcalloc(c->n_rc + 1, sizeof *c->bysig);
	c->sig_at = lx_xcalloc(n + 2, sizeof *c->sig_at);
	c->n_bnd = c->n_cz = c->n_su = c->n_ou = 0;
	c->work = LX_RANK_WORK;
	for (i = 0; i < c->n_rc; i++) {
		lx_role r = role_of(c, &c->rc[i]);
		struct tsref t;
		t.ts = c->rc[i].first_ts;
		t.i = i;
		if (r == LX_ROLE_OUTCOME || r == LX_ROLE_SUCCESS)
			c->bnd[c->n_bnd++] = t;
		else
			c->cz[c->n_cz++] = t;
		if (r == LX_ROLE_SUCCESS)
			c->su[c->n_su++] = t;
		if (r == LX_ROLE_OUTCOME) {
			t.ts = c->rc[i].last_ts;
			c->ou[c->n_ou++] = t;
		}
		c->sig_at[c->rc[i].sig + 2]++;
	}
	qsort(c->bnd, c->n_bnd, sizeof *c->bnd, tsref_cmp);
	qsort(c->cz, c->n_cz, sizeof *c->cz, tsref_cmp);
	qsort(c->su, c->n_su, sizeof *c->su, tsref_cmp);
	qsort(c->ou, c->n_ou, sizeof *c->ou, tsref_cmp);
	for (i = 0; i < n; i++)
		c->sig_at[i + 2] += c->sig_at[i + 1];
	for (i = 0; i < c->n_rc; i++)
		c->bysig[c->sig_at[c->rc[i].sig + 1]++] = i;
}

/* The records of a file: rc[*from .. *to) (records are in file order). */
static void file_range(const lx_collector *c, size_t file, size_t *from, size_t *to)
{
	size_t lo = 0, hi = c->n_rc;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (c->rc[mid].file < file)
			lo = mid + 1;
		else
			hi = mid;
	}
	*from = lo;
	while (lo < c->n_rc && c->rc[lo].file == file)
		lo++;
	*to = lo;
}

/* The first entry of v[0..n) whose time is after t. */
static size_t after_ts(const struct tsref *v, size_t n, int64_t t)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (v[mid].ts <= t)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* A success of the operation after a failure resolves it.  A failure with
 * no time of its own, in a file without the success, counts as part of
 * the latest failed attempt (outcome) of its operation and host, or, when
 * there is none, as earlier than everything timed. */
static void resolve(lx_collector *c)
{
	size_t i, j, from, to;
	for (i = 0; i < c->n_rc; i++) {
		rec *r = &c->rc[i];
		int64_t t = r->last_ts;
		if (role_of(c, r) == LX_ROLE_SUCCESS)
			continue;
		if (t == LX_TS_NONE) {
			t = EARLIEST;
			for (j = c->n_ou; j > 0 && c->ou[j - 1].ts != LX_TS_NONE && --c->work > 0;
			     j--)
				if (related(c, r, &c->rc[c->ou[j - 1].i])) {
					t = c->ou[j - 1].ts;
					break;
				}
		}
		file_range(c, r->file, &from, &to);
		for (j = from; j < to && !r->resolved && --c->work > 0; j++) {
			const rec *s = &c->rc[j];
			if (role_of(c, s) == LX_ROLE_SUCCESS && related(c, r, s))
				r->resolved = before(r, t, s, s->first_ts);
		}
		/* successes elsewhere, latest first */
		for (j = c->n_su; j > 0 && !r->resolved && c->su[j - 1].ts > t && --c->work > 0;
		     j--) {
			const rec *s = &c->rc[c->su[j - 1].i];
			if (s->file != r->file && related(c, r, s))
				r->resolved = 1;
		}
	}
}

/* Whether m lies strictly between lo and hi. */
static int between(const rec *lo, const rec *m, const rec *hi)
{
	return m != lo && m != hi && rec_before(lo, m) && rec_before(m, hi);
}

/* The records of role kind (outcome or success when kind is 0, cause or
 * fallback when 1), related to a, that lie between lo and hi: only those
 * of lo's and hi's files, and those of other files timed between them, can.
 * With stop, the first one found is enough.  They go to c->tmp from
 * c->tmp[base] on; returns how many. */
static size_t between_all(lx_collector *c, const rec *a, const rec *lo, const rec *hi, int kind,
                          int stop, size_t base)
{
	const struct tsref *v = kind ? c->cz : c->bnd;
	size_t nv = kind ? c->n_cz : c->n_bnd, f, j, from, to, n = 0;
	const size_t files[2] = {lo->file, hi->file};
	for (f = 0; f < (files[1] == files[0] ? 1u : 2u) && !(stop && n); f++) {
		file_range(c, files[f], &from, &to);
		for (j = from; j < to && !(stop && n) && --c->work > 0; j++) {
			const rec *m = &c->rc[j];
			lx_role ro = role_of(c, m);
			int k = ro == LX_ROLE_CAUSE || ro == LX_ROLE_FALLBACK;
			if (k == kind && related(c, a, m) && between(lo, m, hi)) {
				lx_xgrow(&c->tmp, &c->cap_tmp, base + n + 1, sizeof *c->tmp);
				c->tmp[base + n++] = j;
			}
		}
	}
	if (lo->last_ts == LX_TS_NONE || hi->first_ts == LX_TS_NONE)
		return n;
	for (j = after_ts(v, nv, lo->last_ts);
	     j < nv && v[j].ts < hi->first_ts && !(stop && n) && --c->work > 0; j++) {
		const rec *m = &c->rc[v[j].i];
		if (m->file != lo->file && m->file != hi->file && related(c, a, m) &&
		    between(lo, m, hi)) {
			lx_xgrow(&c->tmp, &c->cap_tmp, base + n + 1, sizeof *c->tmp);
			c->tmp[base + n++] = v[j].i;
		}
	}
	return n;
}

/* Whether records a and b (a before b, or unordered) of one operation and
 * host belong to different attempts: a success between them, or an outcome
 * followed by a new cause between them. */
static int other_attempt(lx_collector *c, const rec *a, const rec *b)
{
	const rec *lo = a, *hi = b;
	size_t i, n;
	if (rec_before(b, a)) {
		lo = b;
		hi = a;
	} else if (!rec_before(a, b)) {
		return 0; /* unordered: nothing can be shown between them */
	}
	n = between_all(c, a, lo, hi, 0, 0, 0);
	for (i = 0; i < n; i++)
		if (role_of(c, &c->rc[c->tmp[i]]) == LX_ROLE_SUCCESS)
			return 1;
	/* an outcome followed by a cause before hi */
	for (i = 0; i < n; i++)
		if (between_all(c, a, &c->rc[c->tmp[i]], hi, 1, 1, n))
			return 1;
	return 0;
}

static int role_rank(lx_role r)
{
	return r == LX_ROLE_CAUSE ? 0 : r == LX_ROLE_FALLBACK ? 1 : 2;
}

/* Folds every record that a record of the same attempt explains under it
 * (the root of a chain: an outcome under a generic VSS error under the
 * specific one). */
static void fold(lx_collector *c)
{
	size_t i, n = c->db->n;
	for (i = 0; i < c->n_rc; i++) {
		rec *x = &c->rc[i];
		size_t best = 0, best_d = 0, es;
		int level;
		for (level = 0; level < 3 && !best; level++)
			for (es = 0; es < n; es++) {
				const rec *e;
				size_t lo, hi, l, r, steps, j, d;
				if (!c->expl[es * n + x->sig] ||
				    role_rank(c->db->sig[es].role) != level ||
				    c->db->sig[es].severity < c->cfg->min_severity)
					continue;
				/* its records, nearest to x first */
				lo = c->sig_at[es];
				hi = c->sig_at[es + 1];
				l = lo;
				r = hi;
				while (l < r) {
					size_t mid = l + (r - l) / 2;
					if (c->bysig[mid] < i)
						l = mid + 1;
					else
						r = mid;
				}
				r = l; /* bysig[lo .. l) before x, [r .. hi) after */
				for (steps = 0;
				     steps < FOLD_STEPS && (l > lo || r < hi) && --c->work > 0;
				     steps++) {
					if (r < hi &&
					    (l == lo || c->bysig[r] - i <= i - c->bysig[l - 1]))
						j = c->bysig[r++];
					else
						j = c->bysig[--l];
					d = j > i ? j - i : i - j;
					if (best && d >= best_d)
						break;
					e = &c->rc[j];
					if (j == i || !related(c, x, e) ||
					    e->resolved != x->resolved || other_attempt(c, x, e))
						continue;
					best = j + 1;
					best_d = d;
					break;
				}
			}
		x->under = best;
	}
	/* to the root; a cycle (a explains b explains a) stands alone */
	for (i = 0; i < c->n_rc; i++) {
		size_t r = c->rc[i].under, steps = 0;
		while (r && c->rc[r - 1].under && steps < 16) {
			r = c->rc[r - 1].under;
			steps++;
		}
		if (r && (c->rc[r - 1].under || r - 1 == i))
			r = 0;
		c->rc[i].under = r;
	}
	for (i = 0; i < c->n_rc; i++)
		if (c->rc[i].under && c->rc[c->rc[i].under - 1].under)
			c->rc[i].under = 0;
}

void lx_rank_attempts(lx_collector *c)
{
	unify_hosts(c);
	index_records(c);
	resolve(c);
	fold(c);
}
