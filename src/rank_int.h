/* rank_int.h - what the three parts of the ranking share; private to
 * them.  rank.c collects the hits of a bundle into records, rank_attempts.c
 * decides which records are resolved and which fold under another of the
 * same attempt, rank_order.c turns the standing records into diagnoses in
 * the contract's order.  rank.h is the module's contract. */
#ifndef LX_RANK_INT_H
#define LX_RANK_INT_H

#include <stddef.h>
#include <stdint.h>

#include "context.h"
#include "rank.h"
#include "timestamp.h"
#include "util.h"

/* A hit of the current file, kept until the file ends (the fallback
 * decision looks at its neighbours). */
typedef struct lx_rank_fhit {
	size_t sig;
	uint64_t line;
	int64_t ts;
	int ts_src;
	size_t n_ev;
	lx_evcopy ev[LX_EVIDENCE_MAX];
} lx_rank_fhit;

/* A run of hits of one signature about one host in one file, with nothing
 * else between them: the unit every bundle-level decision works on. */
typedef struct lx_rank_rec {
	size_t sig, file;
	uint64_t first_line, last_line;
	int64_t first_ts, last_ts; /* LX_TS_NONE: unknown */
	int ts_src;                /* of last_ts */
	uint64_t count;
	size_t host; /* index into hosts; 0: not named */
	int resolved;
	size_t under; /* folded under this record + 1; 0: stands alone */
} lx_rank_rec;

/* The evidence of the latest hit of a signature about a host. */
typedef struct lx_rank_evagg {
	size_t sig, host, file;
	size_t prev; /* the signature's entry made before this one + 1, or 0 */
	uint64_t line;
	lx_chain path;
	size_t n_ev;
	lx_evcopy ev[LX_EVIDENCE_MAX];
} lx_rank_evagg;

#define LX_RANK_WORK 20000000L /* record comparisons per bundle, at most */

struct lx_collector {
	const lx_sigdb *db;
	const lx_config *cfg;
	unsigned char *share; /* share[i * n + j]: signatures i and j share an operation */
	unsigned char *expl;  /* expl[e * n + x]: signature e explains signature x */
	size_t file;          /* sequence number of the current file */
	lx_chain cur;
	lx_rank_fhit *fh;
	size_t n_fh, cap_fh;
	lx_rank_rec *rc;
	size_t n_rc, cap_rc;
	char **host; /* host[0] unused (not named) */
	size_t n_host, cap_host;
	lx_rank_evagg *ea;
	size_t n_ea, cap_ea;
	size_t *ea_last;         /* per signature: its latest entry in ea + 1, or 0 */
	size_t fh_ctx, ea_ctx;   /* context bytes held by fh and by ea (CTX_BYTES) */
	size_t path_hint;        /* the host the file's path names + 1, or 0 when not known yet */
	uint64_t known_files;    /* files named as a known product's logs (logs: lines) */
	size_t file_host;        /* the host last named in this file ... */
	uint64_t file_host_line; /* ... and on which line */
	/* while finishing a bundle: the records by kind and by signature */
	struct tsref {
		int64_t ts;
		size_t i;
	} * bnd, *cz, *su, *ou;         /* by first time */
	size_t n_bnd, n_cz, n_su, n_ou; /* outcomes and successes, causes and
	                                   fallbacks, successes, outcomes */
	size_t *tmp, cap_tmp;           /* scratch for other_attempt */
	size_t *bysig, *sig_at; /* records of signature s: bysig[sig_at[s] .. sig_at[s + 1]) */
	long work;              /* comparisons left (LX_RANK_WORK) */
	/* pattern limits hit (lx_hit.limit), for the report's errors */
	struct limited {
		lx_chain path;
		char msg[320];
	} * lim;
	size_t n_lim, cap_lim;
};

/* Whether a comes before b: by line in the same file, else by time when
 * both have one (ta: a's last time, tb: b's first time). */
static inline int before(const lx_rank_rec *a, int64_t ta, const lx_rank_rec *b, int64_t tb)
{
	if (a->file == b->file)
		return a->last_line < b->first_line;
	if (ta != LX_TS_NONE && tb != LX_TS_NONE)
		return ta < tb;
	return 0;
}

static inline int rec_before(const lx_rank_rec *a, const lx_rank_rec *b)
{
	return before(a, a->last_ts, b, b->first_ts);
}

static inline lx_role role_of(const lx_collector *c, const lx_rank_rec *r)
{
	return c->db->sig[r->sig].role;
}

static inline int related(const lx_collector *c, const lx_rank_rec *a, const lx_rank_rec *b)
{
	return a->host == b->host && c->share[a->sig * c->db->n + b->sig];
}

/* rank_attempts.c: gives the bundle's records one host when its logs name
 * one machine, indexes them (c->bnd ... c->sig_at, freed by the caller),
 * marks those that a later success resolved, and folds each under the
 * record of the same attempt that explains it (rec.under). */
void lx_rank_attempts(lx_collector *c);

/* rank_order.c: the diagnoses of r, in the contract's order, from the
 * records that stand alone (after lx_rank_attempts()), with their
 * consequences, evidence and hosts; r->hidden counts those below
 * --min-severity. */
void lx_rank_order(lx_collector *c, lx_report *r);

#endif
