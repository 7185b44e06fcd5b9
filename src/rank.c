/* rank.c - hits to ranked diagnoses.  See rank.h and doc/ranking.md. */
#include "rank.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "context.h"
#include "i18n.h"
#include "host.h"
#include "timestamp.h"
#include "util.h"

/* A hit of the current file, kept until the file ends (the fallback
 * decision looks at its neighbours). */
typedef struct fhit {
	size_t sig;
	uint64_t line;
	int64_t ts;
	int ts_src;
	size_t n_ev;
	lx_evcopy ev[LX_EVIDENCE_MAX];
} fhit;

/* A run of hits of one signature about one host in one file, with nothing
 * else between them: the unit every bundle-level decision works on. */
typedef struct rec {
	size_t sig, file;
	uint64_t first_line, last_line;
	int64_t first_ts, last_ts; /* LX_TS_NONE: unknown */
	int ts_src;                /* of last_ts */
	uint64_t count;
	size_t host;               /* index into hosts; 0: not named */
	int resolved;
	size_t under;              /* folded under this record + 1; 0: stands alone */
} rec;

/* The evidence of the latest hit of a signature about a host. */
typedef struct evagg {
	size_t sig, host, file;
	size_t prev; /* the signature's entry made before this one + 1, or 0 */
	uint64_t line;
	lx_chain path;
	size_t n_ev;
	lx_evcopy ev[LX_EVIDENCE_MAX];
} evagg;

#define MAX_RECS 65536      /* records per bundle; later hits join one */
#define HOST_INHERIT 20     /* lines over which a hit takes the host above */
#define WORK_BUDGET 20000000L /* record comparisons per bundle, at most */
#define FOLD_STEPS 256 /* records of one signature tried per consequence */
/* context lines (--context) kept by the hits of a file, and apart by the
 * evidence of a bundle: past it, older hits lose theirs (those of the same
 * signature first), and new evidence comes without */
#define CTX_BYTES (16u << 20)

struct lx_collector {
	const lx_sigdb *db;
	const lx_config *cfg;
	unsigned char *share; /* share[i * n + j]: signatures i and j share an operation */
	unsigned char *expl;  /* expl[e * n + x]: signature e explains signature x */
	size_t file;          /* sequence number of the current file */
	lx_chain cur;
	fhit *fh;
	size_t n_fh, cap_fh;
	rec *rc;
	size_t n_rc, cap_rc;
	char **host; /* host[0] unused (not named) */
	size_t n_host, cap_host;
	evagg *ea;
	size_t n_ea, cap_ea;
	size_t *ea_last; /* per signature: its latest entry in ea + 1, or 0 */
	size_t fh_ctx, ea_ctx;  /* context bytes held by fh and by ea (CTX_BYTES) */
	size_t path_hint;      /* the host the file's path names + 1, or 0 when not known yet */
	uint64_t known_files;  /* files named as a known product's logs (logs: lines) */
	size_t file_host;      /* the host last named in this file ... */
	uint64_t file_host_line; /* ... and on which line */
	/* while finishing a bundle: the records by kind and by signature */
	struct tsref { int64_t ts; size_t i; } *bnd, *cz, *su, *ou; /* by first time */
	size_t n_bnd, n_cz, n_su, n_ou; /* outcomes and successes, causes and
	                                   fallbacks, successes, outcomes */
	size_t *tmp, cap_tmp;   /* scratch for other_attempt */
	size_t *bysig, *sig_at; /* records of signature s: bysig[sig_at[s] .. sig_at[s + 1]) */
	long work;             /* comparisons left (WORK_BUDGET) */
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

int lx_rank_glob(const char *g, const char *s)
{
	if (!*g)
		return !*s;
	if (*g == '*')
		return lx_rank_glob(g + 1, s) || (*s && lx_rank_glob(g, s + 1));
	return *s == *g && lx_rank_glob(g + 1, s + 1);
}

/* Whether signature e's `explains` list (ids and globs separated by commas
 * or spaces) names x. */
static int explains(const lx_signature *e, const lx_signature *x)
{
	const char *p = e->explains;
	char item[256];
	if (!p || e == x)
		return 0;
	while (*p) {
		size_t n = strcspn(p, ", \t");
		if (n && n < sizeof item) {
			memcpy(item, p, n);
			item[n] = '\0';
			if (lx_rank_glob(item, x->id))
				return 1;
		}
		p += n;
		p += strspn(p, ", \t");
	}
	return 0;
}

lx_collector *lx_collector_new(const lx_sigdb *db, const lx_config *cfg)
{
	lx_collector *c = lx_xcalloc(1, sizeof *c);
	size_t i, j, n = db->n;
	c->db = db;
	c->cfg = cfg;
	c->share = lx_xcalloc(n * n + 1, 1);
	c->expl = lx_xcalloc(n * n + 1, 1);
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++) {
			c->share[i * n + j] = (unsigned char)shares(&db->sig[i], &db->sig[j]);
			c->expl[i * n + j] = (unsigned char)explains(&db->sig[i], &db->sig[j]);
		}
	c->n_host = 1;
	c->ea_last = lx_xcalloc(n + 1, sizeof *c->ea_last);
	return c;
}

/* Empties the bundle's records, hosts and evidence. */
static void bundle_reset(lx_collector *c)
{
	size_t i, k;
	for (i = 0; i < c->n_ea; i++) {
		lx_chain_free(&c->ea[i].path);
		for (k = 0; k < LX_EVIDENCE_MAX; k++)
			lx_evcopy_drop_ctx(&c->ea[i].ev[k]);
	}
	c->ea_ctx = 0;
	for (i = 1; i < c->n_host; i++)
		free(c->host[i]);
	c->n_host = 1;
	c->n_ea = 0;
	memset(c->ea_last, 0, (c->db->n + 1) * sizeof *c->ea_last);
	c->n_rc = 0;
	c->file = 0;
	c->n_fh = 0;
	c->known_files = 0;
}

void lx_collector_free(lx_collector *c)
{
	size_t i, k;
	if (!c)
		return;
	bundle_reset(c);
	for (i = 0; i < c->cap_ea; i++)
		for (k = 0; k < LX_EVIDENCE_MAX; k++)
			lx_evcopy_free(&c->ea[i].ev[k]);
	for (i = 0; i < c->n_lim; i++)
		lx_chain_free(&c->lim[i].path);
	free(c->lim);
	for (i = 0; i < c->cap_fh; i++)
		for (k = 0; k < LX_EVIDENCE_MAX; k++)
			lx_evcopy_free(&c->fh[i].ev[k]);
	free(c->fh);
	free(c->rc);
	free(c->ea);
	free(c->host);
	free(c->tmp);
	free(c->ea_last);
	free(c->share);
	free(c->expl);
	lx_chain_free(&c->cur);
	free(c);
}

void lx_collector_file_begin(lx_collector *c, const lx_chain *path)
{
	lx_chain_free(&c->cur);
	lx_chain_copy(&c->cur, path);
	if (path->n && lx_sigdb_log_product(c->db, path->part[path->n - 1]))
		c->known_files++;
	c->n_fh = 0;
	c->file_host = 0;
	c->path_hint = 0;
}

/* The index of host name s[0..n), added when new. */
static size_t intern_host(lx_collector *c, const char *s, size_t n)
{
	size_t i;
	for (i = 1; i < c->n_host; i++)
		if (strlen(c->host[i]) == n && !strncasecmp(c->host[i], s, n))
			return i;
	lx_xgrow(&c->host, &c->cap_host, c->n_host + 1, sizeof *c->host);
	c->host[c->n_host++] = lx_xstrndup(s, n);
	return i;
}

/* The host a file's path names: a folder that starts with an address
 * (pushinstalllogs/10.20.4.17_6513270e/...), or one named after a machine
 * named earlier in the bundle (ERP-DB-01/ASRSetupLogs/...); 0 when none. */
static size_t path_host(lx_collector *c, const char *path)
{
	const char *p = path;
	size_t i, best = 0;
	while (*p) {
		size_t n = strcspn(p, "/!\\");
		const char *at = NULL;
		if (p[n]) { /* a folder, not the file's own name */
			size_t len = lx_host_find(p, n, &at);
			if (len && at == p && (len == n || p[len] == '_'))
				best = intern_host(c, p, len);
			for (i = 1; i < c->n_host && !best; i++)
				if (strlen(c->host[i]) == n && !strncasecmp(c->host[i], p, n))
					best = i;
		}
		p += n;
		p += *p != '\0';
	}
	return best;
}

/* The host a hit is about: named in its anchor line, else in its other
 * evidence lines, else the host named by a hit a few lines above in the
 * same file; 0 when none. */
static size_t hit_host(lx_collector *c, uint64_t line, size_t n_ev, const lx_evline *ev)
{
	size_t k, pass, len = 0, i;
	const char *at = NULL;
	for (pass = 0; pass < 2 && !len; pass++)
		for (k = 0; k < n_ev && !len; k++)
			if ((ev[k].line == line) == !pass)
				len = lx_host_find(ev[k].text, ev[k].len, &at);
	if (!len) {
		if (c->file_host && line <= c->file_host_line + HOST_INHERIT)
			return c->file_host;
		if (!c->path_hint) {
			char *p = lx_chain_display(&c->cur);
			c->path_hint = path_host(c, p) + 1;
			free(p);
		}
		return c->path_hint - 1;
	}
	i = intern_host(c, at, len);
	c->file_host = i;
	c->file_host_line = line;
	return i;
}

static void keep_evidence(lx_collector *c, size_t sig, size_t host, size_t n_ev,
                          const lx_evline *ev)
{
	evagg *e = NULL;
	size_t i, k;
	/* the signature's entries, one per host, latest first */
	for (i = c->ea_last[sig]; i && !e; i = c->ea[i - 1].prev)
		if (c->ea[i - 1].host == host)
			e = &c->ea[i - 1];
	if (!e) {
		if (c->n_ea == c->cap_ea) {
			size_t old = c->cap_ea;
			lx_xgrow(&c->ea, &c->cap_ea, c->n_ea + 1, sizeof *c->ea);
			memset(c->ea + old, 0, (c->cap_ea - old) * sizeof *c->ea);
		}
		e = &c->ea[c->n_ea++];
		e->sig = sig;
		e->host = host;
		e->prev = c->ea_last[sig];
		c->ea_last[sig] = c->n_ea;
	}
	e->file = c->file;
	e->line = n_ev ? ev[0].line : 0;
	lx_chain_free(&e->path);
	lx_chain_copy(&e->path, &c->cur);
	for (k = 0; k < e->n_ev; k++) {
		c->ea_ctx -= lx_evcopy_ctx_bytes(&e->ev[k]);
		lx_evcopy_drop_ctx(&e->ev[k]);
	}
	e->n_ev = n_ev;
	for (k = 0; k < n_ev; k++) {
		lx_evcopy_set(&e->ev[k], &ev[k]);
		if (c->ea_ctx + lx_evcopy_ctx_bytes(&e->ev[k]) > CTX_BYTES)
			lx_evcopy_drop_ctx(&e->ev[k]);
		c->ea_ctx += lx_evcopy_ctx_bytes(&e->ev[k]);
	}
}

/* Counts one hit into the bundle's records. */
static void count_hit(lx_collector *c, size_t sig, uint64_t line, int64_t ts, int ts_src,
                      size_t n_ev, const lx_evline *ev)
{
	size_t host = hit_host(c, line, n_ev, ev);
	rec *r = NULL;
	if (c->n_rc) {
		rec *l = &c->rc[c->n_rc - 1];
		if (l->sig == sig && l->file == c->file && l->host == host)
			r = l;
	}
	if (!r && c->n_rc >= MAX_RECS) {
		/* hostile input: join the latest record of the signature */
		size_t i;
		for (i = c->n_rc; i > 0 && i > c->n_rc - 256 && !r; i--)
			if (c->rc[i - 1].sig == sig && c->rc[i - 1].host == host)
				r = &c->rc[i - 1];
		if (!r)
			return;
	}
	if (!r) {
		lx_xgrow(&c->rc, &c->cap_rc, c->n_rc + 1, sizeof *c->rc);
		r = &c->rc[c->n_rc++];
		memset(r, 0, sizeof *r);
		r->sig = sig;
		r->file = c->file;
		r->host = host;
		r->first_line = line;
		r->first_ts = r->last_ts = LX_TS_NONE;
	}
	r->count++;
	r->last_line = line;
	if (ts != LX_TS_NONE) {
		if (r->first_ts == LX_TS_NONE)
			r->first_ts = ts;
		r->last_ts = ts;
		r->ts_src = ts_src;
	}
	if (c->db->sig[sig].role != LX_ROLE_SUCCESS)
		keep_evidence(c, sig, host, n_ev, ev);
}

/* Keeps the context of the file's hits within CTX_BYTES, the newest
 * hit f included: older hits lose theirs, those of f's signature first
 * (a later hit of a signature is the one its evidence shows). */
static void make_room(lx_collector *c, fhit *f)
{
	size_t need = 0, k, i;
	int pass;
	for (k = 0; k < f->n_ev; k++)
		need += lx_evcopy_ctx_bytes(&f->ev[k]);
	for (pass = 0; pass < 2 && c->fh_ctx + need > CTX_BYTES; pass++)
		for (i = 0; i + 1 < c->n_fh && c->fh_ctx + need > CTX_BYTES; i++) {
			if (!pass && c->fh[i].sig != f->sig)
				continue;
			for (k = 0; k < c->fh[i].n_ev; k++) {
				c->fh_ctx -= lx_evcopy_ctx_bytes(&c->fh[i].ev[k]);
				lx_evcopy_drop_ctx(&c->fh[i].ev[k]);
			}
		}
	if (c->fh_ctx + need > CTX_BYTES) {
		for (k = 0; k < f->n_ev; k++)
			lx_evcopy_drop_ctx(&f->ev[k]);
		need = 0;
	}
	c->fh_ctx += need;
}

void lx_collector_hit(void *ud, const lx_hit *h)
{
	lx_collector *c = ud;
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
			         _("signature %s: a pattern hit PCRE2's match limit on line %llu, "
			           "the line is skipped for it"), c->db->sig[h->sig].id, (unsigned long long)h->line);
		else
			snprintf(l->msg, sizeof l->msg,
			         _("signature %s: a pattern hit PCRE2's match limit on %u lines, "
			           "not run on the rest of the file (from line %llu)"), c->db->sig[h->sig].id, h->limit,
			         (unsigned long long)h->line);
		return;
	}
	if (c->n_fh == LX_RANK_FILE_HITS) {
		/* Too many to keep: counted at once, without the fallback
		 * decision (which only ever removes generic hits). */
		count_hit(c, h->sig, h->line, h->ts, h->ts_src, h->n_ev, h->ev);
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
	f->ts_src = h->ts_src;
	f->n_ev = h->n_ev;
	for (k = 0; k < h->n_ev; k++)
		lx_evcopy_set(&f->ev[k], &h->ev[k]);
	make_room(c, f);
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
		fhit *f = &c->fh[i];
		lx_evline ev[LX_EVIDENCE_MAX];
		if (c->db->sig[f->sig].role != LX_ROLE_FALLBACK || !explained(c, f)) {
			for (k = 0; k < f->n_ev; k++)
				lx_evcopy_view(&f->ev[k], &ev[k]);
			count_hit(c, f->sig, f->line, f->ts, f->ts_src, f->n_ev, ev);
		}
		for (k = 0; k < f->n_ev; k++)
			lx_evcopy_drop_ctx(&f->ev[k]);
	}
	c->n_fh = 0;
	c->fh_ctx = 0;
	c->file++;
}

/* ---- the bundle's operations ---------------------------------------- */

#define EARLIEST (LX_TS_NONE + 1) /* a failure attached to no failed attempt */

/* Whether a comes before b: by line in the same file, else by time when
 * both have one (ta: a's last time, tb: b's first time). */
static int before(const rec *a, int64_t ta, const rec *b, int64_t tb)
{
	if (a->file == b->file)
		return a->last_line < b->first_line;
	if (ta != LX_TS_NONE && tb != LX_TS_NONE)
		return ta < tb;
	return 0;
}

static int rec_before(const rec *a, const rec *b)
{
	return before(a, a->last_ts, b, b->first_ts);
}

static lx_role role_of(const lx_collector *c, const rec *r)
{
	return c->db->sig[r->sig].role;
}

static int related(const lx_collector *c, const rec *a, const rec *b)
{
	return a->host == b->host && c->share[a->sig * c->db->n + b->sig];
}

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
	c->work = WORK_BUDGET;
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
			for (j = c->n_ou; j > 0 && c->ou[j - 1].ts != LX_TS_NONE && --c->work > 0; j--)
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
		for (j = c->n_su; j > 0 && !r->resolved && c->su[j - 1].ts > t && --c->work > 0; j--) {
			const rec *s = &c->rc[c->su[j - 1].i];
			if (s->file != r->file && related(c, r, s))
				r->resolved = 1;
		}
	}
}

/* Whether records a and b (a before b, or unordered) of one operation and
 * host belong to different attempts: a success between them, or an outcome
 * followed by a new cause between them. */
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
				const struct rec *e;
				size_t lo, hi, l, r, steps, j, d;
				if (!c->expl[es * n + x->sig] || role_rank(c->db->sig[es].role) != level ||
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
				for (steps = 0; steps < FOLD_STEPS && (l > lo || r < hi) && --c->work > 0;
				     steps++) {
					if (r < hi && (l == lo || c->bysig[r] - i <= i - c->bysig[l - 1]))
						j = c->bysig[r++];
					else
						j = c->bysig[--l];
					d = j > i ? j - i : i - j;
					if (best && d >= best_d)
						break;
					e = &c->rc[j];
					if (j == i || !related(c, x, e) || e->resolved != x->resolved ||
					    other_attempt(c, x, e))
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
		if (!best || e->file > best->file || (e->file == best->file && e->line > best->line))
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

void lx_collector_finish(lx_collector *c, lx_report *r)
{
	size_t i, k, n = 0, n_hid = 0;
	cand *cs = lx_xcalloc(c->n_rc + 1, sizeof *cs);
	cand *hid = lx_xcalloc(c->n_rc + 1, sizeof *hid);
	double prev = 1.0;
	for (i = 0; i < c->n_lim; i++) {
		lx_report_problem(r, &c->lim[i].path, c->lim[i].msg, 0);
		lx_chain_free(&c->lim[i].path);
	}
	c->n_lim = 0;
	unify_hosts(c);
	index_records(c);
	resolve(c);
	fold(c);
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
		if (x->first_ts != LX_TS_NONE && (k2->first_ts == LX_TS_NONE || x->first_ts < k2->first_ts))
			k2->first_ts = x->first_ts;
		if (x->last_ts != LX_TS_NONE && (k2->last_ts == LX_TS_NONE || x->last_ts >= k2->last_ts)) {
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
	r->known_files = c->known_files;
	free(cs);
	free(c->bnd);
	free(c->cz);
	free(c->su);
	free(c->ou);
	free(c->bysig);
	free(c->sig_at);
	c->bnd = c->cz = c->su = c->ou = NULL;
	c->bysig = c->sig_at = NULL;
	bundle_reset(c);
}
