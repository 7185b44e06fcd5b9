/* prefilter.c - the prefilter's tables: the distinct literals that
 * prefilter_re.c derives from each pattern, filed under byte pairs and a
 * gate of triples.  prefilter_tune.c chooses, from the text sampled so
 * far, what each pattern scans for and where each literal is filed; the
 * scan that reads the tables is prefilter_scan.c.  See prefilter.h and
 * doc/matcher.md. */
#include "prefilter.h"

#include <stdlib.h>
#include <string.h>

#include "prefilter_int.h"
#include "prefilter_re.h"
#include "util.h"

/* The header's names, short. */
typedef lx_pf_lit lit;
typedef lx_pf_bent bent;
typedef lx_pf_clause clause;
typedef lx_pf_pinfo pinfo;

#define GATE_LOG_MIN 16 /* the scan's triple filter: 8 KiB ... */
#define GATE_LOG_MAX 20 /* ... to 128 KiB, one bit in 64 or fewer set */

/* The 64-bit check of l's first bytes (little-endian byte order). */
static void fingerprint(lit *l)
{
	size_t i;
	l->fmask = l->ffold = l->fval = 0;
	for (i = 0; i < 8 && i < l->len; i++) {
		unsigned char c = (unsigned char)l->s[i];
		l->fmask |= (uint64_t)0xff << (8 * i);
		l->fval |= (uint64_t)c << (8 * i);
		if (c >= 'a' && c <= 'z')
			l->ffold |= (uint64_t)0x20 << (8 * i);
	}
}

/* The index of the distinct literal s (nd: no digit may follow it), or
 * -1; *slot gets where it belongs in the hash table. */
static size_t find_lit(const lx_prefilter *pf, const char *s, int nd, size_t *slot)
{
	size_t mask = pf->cap_idx - 1, i;
	for (i = (lx_str_hash(s) + (size_t)nd) & mask; pf->idx[i]; i = (i + 1) & mask)
		if (!strcmp(pf->lit[pf->idx[i] - 1].s, s) &&
		    pf->lit[pf->idx[i] - 1].no_digit_after == nd)
			break;
	*slot = i;
	return pf->idx[i] ? pf->idx[i] - 1 : (size_t)-1;
}

/* Room in the hash table for one more literal (at most half full). */
static void idx_room(lx_prefilter *pf)
{
	size_t i, slot;
	if (2 * (pf->n_lit + 1) <= pf->cap_idx)
		return;
	free(pf->idx);
	pf->cap_idx = pf->cap_idx ? 2 * pf->cap_idx : 256;
	pf->idx = lx_xcalloc(pf->cap_idx, sizeof *pf->idx);
	for (i = 0; i < pf->n_lit; i++) {
		find_lit(pf, pf->lit[i].s, pf->lit[i].no_digit_after, &slot);
		pf->idx[slot] = (uint32_t)(i + 1);
	}
}

/* The spellings of a lower-case byte: itself, and its capital if a letter
 * (the second entry repeats the first otherwise). */
static void spellings(unsigned char c, unsigned char out[2])
{
	out[0] = out[1] = c;
	if (c >= 'a' && c <= 'z')
		out[1] = (unsigned char)(c - 'a' + 'A');
}

static void pair_variants(unsigned char a, unsigned char b, uint16_t out[4], int *n)
{
	unsigned char av[2], bv[2];
	int i, j, k = 0;
	spellings(a, av);
	spellings(b, bv);
	for (i = 0; i < 2; i++)
		for (j = 0; j < 2; j++) {
			uint16_t h = (uint16_t)(av[i] | (bv[j] << 8));
			int dup = 0, m;
			for (m = 0; m < k; m++)
				dup |= out[m] == h;
			if (!dup)
				out[k++] = h;
		}
	*n = k;
}

/* Opens the gate for the bytes a b c in every upper and lower-case
 * spelling; c < 0: followed by any byte. */
static void gate_open(lx_prefilter *pf, unsigned char a, unsigned char b, int c)
{
	unsigned char av[2], bv[2], cv[2];
	int i, j, k, n, lo = c < 0 ? 0 : c, hi = c < 0 ? 255 : c;
	spellings(a, av);
	spellings(b, bv);
	for (i = 0; i < 2; i++)
		for (j = 0; j < 2; j++)
			for (k = lo; k <= hi; k++) {
				spellings((unsigned char)k, cv);
				for (n = 0; n < 2; n++) {
					uint32_t g = gate_hash(av[i], bv[j], cv[n],
					                       32 - pf->gate_log);
					pf->gate[g >> 6] |= (uint64_t)1 << (g & 63);
				}
			}
}

/* The scan reads a triple at every other byte: an occurrence of l whose
 * filed pair at j lands there shows the triple l[j..j+2], or l[j], l[j+1]
 * and whatever follows l. */
static void gate_literal(lx_prefilter *pf, const lit *l, size_t j)
{
	gate_open(pf, (unsigned char)l->s[j], (unsigned char)l->s[j + 1],
	          j + 2 < l->len ? (unsigned char)l->s[j + 2] : -1);
}

/* Files every literal under its two chosen pairs, in compressed rows.
 * With fill NULL it counts, else it places. */
static void file_all(lx_prefilter *pf, uint32_t *fill)
{
	size_t i;
	for (i = 0; i < pf->n_lit; i++) {
		const lit *l = &pf->lit[i];
		unsigned which;
		if (!l->n_pats)
			continue; /* only checked on lines, not scanned for */
		for (which = 0; which < 2; which++) {
			uint16_t v[4], h = lx_pf_pair_at(l, l->off + which);
			int nv, j;
			pair_variants((unsigned char)(h & 0xff), (unsigned char)(h >> 8), v, &nv);
			if (!fill)
				gate_literal(pf, l, l->off + which);
			for (j = 0; j < nv; j++) {
				if (!fill) {
					pf->start[v[j] + 1]++;
				} else {
					bent *be = &pf->ent[pf->start[v[j]] + fill[v[j]]++];
					be->fmask = l->fmask;
					be->ffold = l->ffold;
					be->fval = l->fval;
					be->lit = (uint32_t)i;
					be->off = (uint32_t)(l->off + which);
					be->len = (uint32_t)l->len;
				}
			}
		}
	}
}

/* How many gate bits gate_literal() sets for l at j (at most). */
static size_t gate_spellings(const lit *l, size_t j)
{
	size_t k, n = j + 2 < l->len ? 1 : 512;
	for (k = j; k < j + 3 && k < l->len; k++)
		if (l->s[k] >= 'a' && l->s[k] <= 'z')
			n *= 2;
	return n;
}

void lx_pf_build_buckets(lx_prefilter *pf)
{
	size_t i, bits = 0;
	uint32_t *fill;
	/* a gate large enough that about one bit in 64 is set */
	for (i = 0; i < pf->n_lit; i++)
		if (pf->lit[i].n_pats)
			bits += gate_spellings(&pf->lit[i], pf->lit[i].off) +
			        gate_spellings(&pf->lit[i], pf->lit[i].off + 1);
	pf->gate_log = GATE_LOG_MIN;
	while (pf->gate_log < GATE_LOG_MAX && ((size_t)1 << pf->gate_log) < 64 * bits)
		pf->gate_log++;
	free(pf->gate);
	pf->gate = lx_xcalloc(((size_t)1 << pf->gate_log) / 64, sizeof *pf->gate);
	memset(pf->start, 0, sizeof pf->start);
	file_all(pf, NULL);
	for (i = 0; i < 65536; i++)
		pf->start[i + 1] += pf->start[i];
	free(pf->ent);
	pf->ent = lx_xcalloc(pf->start[65536] + 1, sizeof *pf->ent);
	fill = lx_xcalloc(65536, sizeof *fill);
	file_all(pf, fill);
	free(fill);
	pf->back = pf->ahead = 0;
	for (i = 0; i < pf->start[65536]; i++) {
		const bent *be = &pf->ent[i];
		size_t a = (be->len > 8 ? be->len : 8) + 1 - be->off;
		if (be->off > pf->back)
			pf->back = be->off;
		if (a > pf->ahead)
			pf->ahead = a;
	}
}

/* Who scans for what: each literal lists the patterns whose scan clause
 * holds it. */
void lx_pf_assign(lx_prefilter *pf)
{
	size_t i, j;
	for (i = 0; i < pf->n_lit; i++)
		pf->lit[i].n_pats = 0;
	for (i = 0; i < pf->n_pat; i++) {
		const clause *c;
		if (!pf->scans[i])
			continue;
		c = &pf->pi[i].c[pf->pi[i].scan];
		for (j = 0; j < c->n; j++) {
			lit *l = &pf->lit[c->lit[j]];
			l->pats[l->n_pats++] = (uint32_t)i;
		}
		for (j = 0; j < c->n; j++)
			pf->pi[i].names[j] = pf->lit[c->lit[j]].s;
	}
}

/* The distinct literal s, added if new. */
static uint32_t intern(lx_prefilter *pf, const char *marked, size_t *cap)
{
	size_t li, j, best = 0, slot, n = strlen(marked);
	int bs = 1 << 30, nd = n && marked[n - 1] == LX_RE_NO_DIGIT_AFTER;
	char *s = lx_xstrndup(marked, n - (size_t)nd);
	lit *l;
	idx_room(pf);
	li = find_lit(pf, s, nd, &slot);
	if (li != (size_t)-1) {
		free(s);
		return (uint32_t)li;
	}
	pf->idx[slot] = (uint32_t)(pf->n_lit + 1);
	lx_xgrow(&pf->lit, cap, pf->n_lit + 1, sizeof *pf->lit);
	l = &pf->lit[pf->n_lit];
	memset(l, 0, sizeof *l);
	l->s = s;
	l->len = strlen(l->s);
	l->no_digit_after = nd;
	fingerprint(l);
	for (j = 0; j < lx_pf_last_off(l); j++) {
		int sc = lx_pf_commonness((unsigned char)l->s[j]) +
		         lx_pf_commonness((unsigned char)l->s[j + 1]) +
		         lx_pf_commonness((unsigned char)l->s[j + 2]);
		if (sc < bs) {
			bs = sc;
			best = j;
		}
	}
	l->off = best;
	bs = 1 << 30;
	for (j = 0; j + 1 < l->len; j++) {
		int sc = lx_pf_commonness((unsigned char)l->s[j]) +
		         lx_pf_commonness((unsigned char)l->s[j + 1]);
		if (sc < bs) {
			bs = sc;
			l->anc = j;
		}
	}
	return (uint32_t)pf->n_lit++;
}

lx_prefilter *lx_prefilter_new(const char *const *src, size_t n)
{
	lx_prefilter *pf = lx_xcalloc(1, sizeof *pf);
	size_t i, j, k, cap = 0, seen_cap, *seen;
	pf->n_pat = n;
	pf->has = lx_xcalloc(n + 1, 1);
	pf->scans = lx_xcalloc(n + 1, 1);
	pf->qual = lx_xcalloc(n + 1, sizeof *pf->qual);
	pf->pi = lx_xcalloc(n + 1, sizeof *pf->pi);
	pf->gate32 = lx_prefilter_gate32();
	seen_cap = 64;
	while (seen_cap < 2 * n)
		seen_cap *= 2;
	seen = lx_xcalloc(seen_cap, sizeof *seen);
	for (i = 0; i < n; i++) {
		pinfo *p = &pf->pi[i];
		lx_re_conj r;
		size_t slot;
		if (!src[i])
			continue; /* not wanted in the scan */
		/* a source seen before (a fragment's instance in many signatures)
		 * is read once: its clauses are copied */
		for (slot = lx_str_hash(src[i]) & (seen_cap - 1);
		     seen[slot] && strcmp(src[seen[slot] - 1], src[i]);
		     slot = (slot + 1) & (seen_cap - 1))
			;
		if (seen[slot]) {
			const size_t f = seen[slot] - 1;
			if (!pf->has[f])
				continue;
			*p = pf->pi[f];
			for (j = 0; j < p->n; j++) {
				p->c[j].lit = lx_xcalloc(p->c[j].n + 1, sizeof *p->c[j].lit);
				memcpy(p->c[j].lit, pf->pi[f].c[j].lit,
				       p->c[j].n * sizeof *p->c[j].lit);
			}
			p->names = lx_xcalloc(LX_RE_MAX_CLAUSE_LITS, sizeof *p->names);
			pf->has[i] = pf->scans[i] = 1;
			pf->qual[i] = pf->qual[f];
			continue;
		}
		seen[slot] = i + 1;
		if (!lx_re_required(src[i], &r)) {
			lx_re_conj_free(&r);
			continue;
		}
		pf->has[i] = pf->scans[i] = 1;
		for (j = 0; j < r.n; j++) {
			clause *c = &p->c[j];
			c->qual = lx_re_quality(&r.c[j]);
			c->lit = lx_xcalloc(r.c[j].n, sizeof *c->lit);
			for (k = 0; k < r.c[j].n; k++)
				c->lit[c->n++] = intern(pf, r.c[j].lit[k], &cap);
			/* the strongest clause first, the smaller on a tie */
			if (c->qual > p->c[p->scan].qual ||
			    (c->qual == p->c[p->scan].qual && c->n < p->c[p->scan].n))
				p->scan = j;
		}
		p->n = r.n;
		p->names = lx_xcalloc(LX_RE_MAX_CLAUSE_LITS, sizeof *p->names);
		pf->qual[i] = p->c[p->scan].qual;
		lx_re_conj_free(&r);
	}
	free(seen);
	/* room in each literal for every pattern that may scan for it */
	for (i = 0; i < n; i++)
		for (j = 0; j < pf->pi[i].n; j++)
			for (k = 0; k < pf->pi[i].c[j].n; k++)
				pf->lit[pf->pi[i].c[j].lit[k]].n_pats++;
	for (i = 0; i < pf->n_lit; i++)
		pf->lit[i].pats = lx_xcalloc(pf->lit[i].n_pats + 1, sizeof *pf->lit[i].pats);
	for (i = 0; i < n; i++)
		if (pf->has[i])
			lx_pf_order_checks(pf, &pf->pi[i]);
	lx_pf_assign(pf);
	lx_pf_build_buckets(pf);
	return pf;
}

void lx_prefilter_keep(lx_prefilter *pf, const unsigned char *keep)
{
	size_t i;
	for (i = 0; i < pf->n_pat; i++)
		if (!keep[i])
			pf->scans[i] = 0;
	lx_pf_assign(pf);
	lx_pf_build_buckets(pf);
}

void lx_prefilter_free(lx_prefilter *pf)
{
	size_t i, k;
	if (!pf)
		return;
	for (i = 0; i < pf->n_pat; i++) {
		for (k = 0; k < pf->pi[i].n; k++)
			free(pf->pi[i].c[k].lit);
		free(pf->pi[i].names);
	}
	for (i = 0; i < pf->n_lit; i++) {
		free(pf->lit[i].s);
		free(pf->lit[i].pats);
	}
	free(pf->lit);
	free(pf->pi);
	free(pf->has);
	free(pf->scans);
	free(pf->qual);
	free(pf->ent);
	free(pf->gate);
	free(pf->idx);
	free(pf->bigram);
	free(pf->trigram);
	free(pf);
}

int lx_prefilter_has(const lx_prefilter *pf, size_t i)
{
	return i < pf->n_pat && pf->scans[i];
}

int lx_prefilter_quality(const lx_prefilter *pf, size_t i)
{
	return i < pf->n_pat && pf->has[i] ? pf->qual[i] : 0;
}

size_t lx_prefilter_literals(const lx_prefilter *pf, size_t i, const char **out, size_t max)
{
	size_t k, n;
	if (i >= pf->n_pat || !pf->scans[i])
		return 0;
	n = pf->pi[i].c[pf->pi[i].scan].n;
	for (k = 0; k < n && k < max; k++)
		out[k] = pf->pi[i].names[k];
	return n;
}
