/* rank.c - hits to ranked diagnoses.  See rank.h and doc/ranking.md.
 *
 * This file collects: the hits of each file (a fallback dropped when a
 * specific cause of its operation is near), grouped into records with
 * their host and evidence.  At the end of a bundle, rank_attempts.c
 * decides which records are resolved or folded, and rank_order.c ranks
 * what stands. */
#include "rank.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "context.h"
#include "i18n.h"
#include "host.h"
#include "rank_int.h"
#include "timestamp.h"
#include "util.h"

/* The header's names, short. */
typedef lx_rank_fhit fhit;
typedef lx_rank_rec rec;
typedef lx_rank_evagg evagg;

#define MAX_RECS 65536  /* records per bundle; later hits join one */
#define HOST_INHERIT 20 /* lines over which a hit takes the host above */
/* context lines (--context) kept by the hits of a file, and apart by the
 * evidence of a bundle: past it, older hits lose theirs (those of the same
 * signature first), and new evidence comes without */
#define CTX_BYTES (16u << 20)

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
			           "the line is skipped for it"),
			         c->db->sig[h->sig].id, (unsigned long long)h->line);
		else
			snprintf(l->msg, sizeof l->msg,
			         _("signature %s: a pattern hit PCRE2's match limit on %u lines, "
			           "not run on the rest of the file (from line %llu)"),
			         c->db->sig[h->sig].id, h->limit, (unsigned long long)h->line);
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

void lx_collector_finish(lx_collector *c, lx_report *r)
{
	size_t i;
	for (i = 0; i < c->n_lim; i++) {
		lx_report_problem(r, &c->lim[i].path, c->lim[i].msg, 0);
		lx_chain_free(&c->lim[i].path);
	}
	c->n_lim = 0;
	lx_rank_attempts(c);
	lx_rank_order(c, r);
	r->known_files = c->known_files;
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
