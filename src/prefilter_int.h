/* prefilter_int.h - the prefilter's tables, shared by the side that
 * builds them (prefilter.c), the side that tunes them (prefilter_tune.c)
 * and the side that reads them, the scan and the line checks
 * (prefilter_scan.c).  Private to the three; prefilter.h is the module's
 * contract. */
#ifndef LX_PREFILTER_INT_H
#define LX_PREFILTER_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "prefilter.h"
#include "prefilter_re.h"

/* Each distinct literal is filed under two of its adjacent byte pairs (at
 * off and off + 1: the ones least likely in the text), in every upper and
 * lower-case spelling.  Any occurrence of the literal then has one of the
 * two at an even offset of the block, so the scan reads the pair at every
 * other byte from a table; only where a pair is filed are the literals of
 * that bucket compared, caselessly. */

typedef struct lx_pf_lit {
	char *s; /* lower case */
	size_t len;
	int no_digit_after; /* see LX_RE_NO_DIGIT_AFTER */
	size_t off;         /* position of its first filed pair within it */
	uint64_t fmask;     /* its first 8 bytes (or fewer) as a 64-bit check: */
	uint64_t ffold;     /* ((word | ffold) & fmask) == fval, 0x20 at letters */
	uint64_t fval;
	size_t anc;     /* its rarest adjacent pair, for line checks */
	uint32_t *pats; /* patterns that scan for it */
	size_t n_pats;
	uint64_t est;   /* how often it seems to occur, per MiB (sampled) */
	uint64_t flags; /* how often its best pairs occur, per MiB: its scan cost */
	int chosen;     /* scanned for by some pattern (tuning) */
} lx_pf_lit;

/* A bucket entry: a literal filed under a pair, with what the scan needs
 * to test it there without touching the literal itself. */
typedef struct lx_pf_bent {
	uint64_t fmask, ffold, fval; /* the literal's 8-byte check (see lit) */
	uint32_t lit;                /* its index */
	uint32_t off;                /* where the pair lies in it */
	uint32_t len;
} lx_pf_bent;

typedef struct lx_pf_clause {
	uint32_t *lit; /* distinct literal indices */
	size_t n;
	int qual;
} lx_pf_clause;

typedef struct lx_pf_pinfo {
	lx_pf_clause c[LX_RE_MAX_CLAUSES];
	size_t n;
	size_t scan;                     /* the clause the scan looks for */
	size_t order[LX_RE_MAX_CLAUSES]; /* the others, most selective first */
	const char **names;              /* the scan clause's literals, for tests */
} lx_pf_pinfo;

typedef uint32_t (*lx_pf_gate_fn)(const uint64_t *gate, const unsigned char *q, unsigned shift);

struct lx_prefilter {
	size_t n_pat;
	lx_pf_gate_fn gate32; /* the gate at 32 even offsets (see the scan) */
	unsigned char *has;   /* per pattern: its required literals are known */
	unsigned char *scans; /* per pattern: the scan looks for them */
	int *qual;            /* per pattern: how selective its literals are */
	lx_pf_pinfo *pi;      /* per pattern: its clauses */
	lx_pf_lit *lit;       /* distinct literals */
	uint32_t *idx;        /* hash table of them: index + 1, 0 empty */
	size_t cap_idx;
	size_t n_lit;
	unsigned gate_log;     /* the gate has 1 << gate_log bits */
	uint64_t *gate;        /* bit g: a filed literal may start its
	                                  triple here (hashed, every spelling) */
	uint32_t start[65537]; /* bucket of pair h: ent[start[h] .. start[h+1]) */
	lx_pf_bent *ent;       /* the bucket entries */
	size_t back, ahead;    /* the most any entry reaches before its pair,
	                        * and from it on (with its 8-byte check and
	                        * the byte after it) */
	uint32_t *bigram;      /* pair counts of the text sampled so far */
	uint32_t *trigram;     /* hashed triple counts, the same way */
	uint64_t sampled;
};

static inline unsigned char lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* A multiplicative hash of three bytes, its top 32 - shift bits. */
static inline uint32_t gate_hash(unsigned char a, unsigned char b, unsigned char c, unsigned shift)
{
	return (((uint32_t)a | (uint32_t)b << 8 | (uint32_t)c << 16) * 2654435761u) >> shift;
}

/* A multiplicative hash of three bytes, 16 bits: where the sampled triples
 * are counted. */
static inline uint16_t lx_pf_tri(unsigned char a, unsigned char b, unsigned char c)
{
	return (uint16_t)gate_hash(a, b, c, 16);
}

/* The byte pair at l->s[j], as the buckets index it. */
static inline uint16_t lx_pf_pair_at(const lx_pf_lit *l, size_t j)
{
	return (uint16_t)((unsigned char)l->s[j] | ((unsigned char)l->s[j + 1] << 8));
}

/* One past the last offset at which l may be filed: its two pairs and
 * the triple after the second must lie within it (see gate_literal in
 * prefilter.c), but a three-byte literal has one place only. */
static inline size_t lx_pf_last_off(const lx_pf_lit *l)
{
	return l->len > 3 ? l->len - 3 : 1;
}

/* How common a (lower-case) byte is in log text: lower is rarer. */
static inline int lx_pf_commonness(unsigned char c)
{
	if (c == ' ' || c == '\t')
		return 10;
	if (strchr("etaoinsrl", c))
		return 8;
	if (c == '0' || c == '1' || c == '2' || strchr(":-./\\,", c))
		return 7;
	if (c >= 'a' && c <= 'z')
		return 5;
	if (c >= '0' && c <= '9')
		return 4;
	return 2;
}

/* Each literal's list of the patterns whose scan clause holds it
 * (prefilter.c). */
void lx_pf_assign(lx_prefilter *pf);
/* The buckets and the gate, from each literal's chosen pairs
 * (prefilter.c). */
void lx_pf_build_buckets(lx_prefilter *pf);
/* The order of p's line checks, from what is known of its literals
 * (prefilter_tune.c). */
void lx_pf_order_checks(lx_prefilter *pf, lx_pf_pinfo *p);

/* The gate at 32 even offsets for this CPU: with AVX2 where it has it
 * (unless LOGDX_NO_SIMD is set), else the portable loop. */
lx_pf_gate_fn lx_prefilter_gate32(void);

#endif
