/* prefilter_tune.c - the prefilter's choices, made from the text sampled
 * so far: how often each literal seems to occur, which clause each
 * pattern scans for, the order of its line checks, and under which pairs
 * each literal is filed (the tables are then rebuilt by prefilter.c).
 * Speed only: whatever it chooses, the same lines are named.  See
 * doc/matcher.md. */
#include "prefilter.h"

#include <stdlib.h>
#include <string.h>

#include "prefilter_int.h"
#include "util.h"

/* The header's names, short. */
typedef lx_pf_lit lit;
typedef lx_pf_clause clause;
typedef lx_pf_pinfo pinfo;

void lx_prefilter_sample(lx_prefilter *pf, const char *sample, size_t len)
{
	const unsigned char *b = (const unsigned char *)sample;
	size_t i;
	if (!pf->n_lit || len < 2)
		return;
	if (!pf->bigram) {
		pf->bigram = lx_xcalloc(65536, sizeof *pf->bigram);
		pf->trigram = lx_xcalloc(65536, sizeof *pf->trigram);
	}
	if (pf->sampled > (1u << 30)) { /* keep the counts a moving picture */
		for (i = 0; i < 65536; i++) {
			pf->bigram[i] /= 2;
			pf->trigram[i] /= 2;
		}
		pf->sampled /= 2;
	}
	/* one pass, each byte lowered once */
	{
		unsigned char x = lower(b[0]), y = lower(b[1]);
		pf->bigram[x | y << 8]++;
		for (i = 2; i < len; i++) {
			unsigned char z = lower(b[i]);
			pf->bigram[y | z << 8]++;
			pf->trigram[lx_pf_tri(x, y, z)]++;
			x = y;
			y = z;
		}
	}
	pf->sampled += len;
}

static uint64_t clause_est(const lx_prefilter *pf, const clause *c)
{
	uint64_t e = 0;
	size_t j;
	for (j = 0; j < c->n; j++)
		e += pf->lit[c->lit[j]].est;
	return e;
}

/* What scanning for clause c of pattern p would cost, in units of one
 * gate opening: the openings for literals nobody else scans for, and per
 * occurrence a line to find and to check, a pass per literal of the other
 * clauses (a literal that another pattern scans for anyway is free). */
static uint64_t clause_cost(const lx_prefilter *pf, const pinfo *p, size_t ci, int shared)
{
	const clause *c = &p->c[ci];
	uint64_t e = 0, others = 0;
	size_t j;
	for (j = 0; j < p->n; j++)
		if (j != ci)
			others += p->c[j].n;
	for (j = 0; j < c->n; j++) {
		const lit *l = &pf->lit[c->lit[j]];
		e += l->est * (3 + 2 * others) + (shared && l->chosen ? 0 : l->flags);
	}
	return e;
}

/* The order of the line checks: a check costs a pass over the line per
 * literal and stops the line with the chance that none occurs, so the one
 * with the least cost per chance goes first (est is per MiB; a line is
 * about a hundred bytes). */
static double check_key(const lx_prefilter *pf, const clause *c)
{
	double pass = (double)clause_est(pf, c) / 10000.0;
	return (double)c->n / (1.0 - (pass < 0.99 ? pass : 0.99));
}

void lx_pf_order_checks(lx_prefilter *pf, lx_pf_pinfo *p)
{
	size_t j, k, n = 0;
	for (j = 0; j < p->n; j++) {
		double e;
		if (j == p->scan)
			continue;
		e = check_key(pf, &p->c[j]);
		for (k = n; k > 0 && check_key(pf, &p->c[p->order[k - 1]]) > e; k--)
			p->order[k] = p->order[k - 1];
		p->order[k] = j;
		n++;
	}
}

/* How often the triple at l[j] occurred in the samples. */
static uint32_t tri_count(const lx_prefilter *pf, const lit *l, size_t j)
{
	return pf->trigram[lx_pf_tri((unsigned char)l->s[j], (unsigned char)l->s[j + 1],
	                             (unsigned char)l->s[j + 2])];
}

void lx_prefilter_tune(lx_prefilter *pf)
{
	uint32_t *users;
	size_t i, j;
	int round;
	if (!pf->n_lit || !pf->bigram)
		return;
	/* how often each literal seems to occur, per MiB: its rarest triple's
	 * count in the text sampled so far, plus a guess from its length and
	 * letters that matters while the sample is small */
	for (i = 0; i < pf->n_lit; i++) {
		lit *l = &pf->lit[i];
		uint64_t c = UINT64_MAX;
		int q = lx_re_lit_value(l->s, l->len) / 2;
		for (j = 0; j + 2 < l->len; j++)
			if (tri_count(pf, l, j) < c)
				c = tri_count(pf, l, j);
		l->est = (c << 20) / (pf->sampled ? pf->sampled : 1) + (4096u >> (q < 12 ? q : 12));
		c = UINT64_MAX;
		for (j = 0; j + 2 < l->len; j++) {
			uint64_t f = (uint64_t)pf->bigram[lx_pf_pair_at(l, j)] +
			             pf->bigram[lx_pf_pair_at(l, j + 1)];
			if (f < c)
				c = f;
		}
		l->flags = (c << 19) / (pf->sampled ? pf->sampled : 1) +
		           (4096u >> (q < 12 ? q : 12));
		/* line checks sift by the literal's rarest pair in this text */
		for (j = 0; j + 1 < l->len; j++)
			if (pf->bigram[lx_pf_pair_at(l, j)] < pf->bigram[lx_pf_pair_at(l, l->anc)])
				l->anc = j;
		l->chosen = 0;
	}
	/* each pattern scans for its cheapest clause (counting literals that
	 * others scan for anyway as free, on the second round); the others are
	 * checked on the lines it finds */
	for (round = 0; round < 2; round++) {
		for (i = 0; i < pf->n_pat; i++) {
			pinfo *p = &pf->pi[i];
			uint64_t best = UINT64_MAX;
			if (!pf->scans[i])
				continue;
			for (j = 0; j < p->n; j++) {
				uint64_t e = clause_cost(pf, p, j, round);
				if (e < best || (e == best && p->c[j].qual > p->c[p->scan].qual)) {
					best = e;
					p->scan = j;
				}
			}
			if (round)
				lx_pf_order_checks(pf, p);
		}
		for (i = 0; !round && i < pf->n_pat; i++)
			for (j = 0; pf->scans[i] && j < pf->pi[i].c[pf->pi[i].scan].n; j++)
				pf->lit[pf->pi[i].c[pf->pi[i].scan].lit[j]].chosen = 1;
	}
	lx_pf_assign(pf);
	users = lx_xcalloc(65536, sizeof *users);
	for (i = 0; i < pf->n_lit; i++) {
		lit *l = &pf->lit[i];
		uint64_t best = UINT64_MAX;
		if (!l->n_pats)
			continue;
		for (j = 0; j < lx_pf_last_off(l); j++) {
			uint16_t h1 = lx_pf_pair_at(l, j), h2 = lx_pf_pair_at(l, j + 1);
			/* cost: how often the gate opens for it (its two triples; a
			 * pair and any byte at the end of the literal), and how often
			 * its pairs' buckets are then walked (times the literals
			 * already filed there); the static guess breaks ties */
			uint64_t g1 = tri_count(pf, l, j),
				 g2 = j + 3 < l->len ? tri_count(pf, l, j + 1) : pf->bigram[h2];
			uint64_t c = (g1 + g2) * 256 +
			             ((uint64_t)pf->bigram[h1] * users[h1] +
			              (uint64_t)pf->bigram[h2] * users[h2]) *
			                     16 +
			             (uint64_t)(lx_pf_commonness((unsigned char)l->s[j]) +
			                        lx_pf_commonness((unsigned char)l->s[j + 1]) +
			                        lx_pf_commonness((unsigned char)l->s[j + 2]));
			if (c < best) {
				best = c;
				l->off = j;
			}
		}
		users[lx_pf_pair_at(l, l->off)]++;
		users[lx_pf_pair_at(l, l->off + 1)]++;
	}
	free(users);
	lx_pf_build_buckets(pf);
}
