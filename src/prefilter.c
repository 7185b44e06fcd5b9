/* prefilter.c - required literals and one pass of byte-pair lookups.  See
 * prefilter.h. */
#include "prefilter.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

#define MIN_QUALITY 3     /* a literal set weaker than this is not used */
#define MAX_ALTERNATIVES 64

/* ---- required literals of a pattern ------------------------------ */

typedef struct req {
	char **lit; /* lower-case ASCII */
	size_t n;
	int none;   /* nothing required (or not analysable) */
} req;

typedef struct lex {
	const char *p;
	int fail; /* a construct we do not analyse: give up on the pattern */
} lex;

static void req_free(req *r)
{
	size_t i;
	for (i = 0; i < r->n; i++)
		free(r->lit[i]);
	free(r->lit);
	memset(r, 0, sizeof *r);
}

static void req_add(req *r, const char *s, size_t n)
{
	size_t i;
	char *c = lx_xstrndup(s, n);
	for (i = 0; i < n; i++)
		if (c[i] >= 'A' && c[i] <= 'Z')
			c[i] = (char)(c[i] - 'A' + 'a');
	r->lit = lx_xrealloc(r->lit, (r->n + 1) * sizeof *r->lit);
	r->lit[r->n++] = c;
}

/* How selective a literal set is: its weakest member's length, digits
 * and punctuation counting extra (they are rarer in logs than letters). */
static int quality(const req *r)
{
	size_t i, k;
	int q = 1 << 30;
	if (r->none || !r->n)
		return 0;
	for (i = 0; i < r->n; i++) {
		int v = 0;
		if (strlen(r->lit[i]) < 3)
			return 0; /* the scan reads pairs at every other byte */
		for (k = 0; r->lit[i][k]; k++) {
			char c = r->lit[i][k];
			v += (c >= 'a' && c <= 'z') ? 2 : (c == ' ' ? 1 : 4);
		}
		if (v < q)
			q = v;
	}
	return q / 2;
}

/* Keeps the better of *best and *cand (cand is consumed). */
static void keep_best(req *best, req *cand)
{
	if (quality(cand) > quality(best)) {
		req_free(best);
		*best = *cand;
		memset(cand, 0, sizeof *cand);
	} else {
		req_free(cand);
	}
}

/* After an item: skips a quantifier.  Returns 1 when the item may occur
 * zero times (?, *, {0,...}), else 0; sets *rep when it may repeat. */
static int quantifier(lex *lx, int *rep)
{
	const char *p = lx->p;
	int optional = 0;
	*rep = 0;
	if (*p == '?' || *p == '*') {
		optional = 1;
		*rep = *p == '*';
		p++;
	} else if (*p == '+') {
		*rep = 1;
		p++;
	} else if (*p == '{') {
		const char *q = p + 1;
		long lo = 0;
		int digits = 0;
		while (*q >= '0' && *q <= '9') {
			lo = lo * 10 + (*q - '0');
			if (lo > 100000)
				lo = 100000;
			q++;
			digits++;
		}
		if (*q == ',' || *q == '}') {
			if (*q == ',')
				while (*++q >= '0' && *q <= '9')
					;
			if (*q == '}' && (digits || q[-1] == ',')) {
				optional = lo == 0;
				*rep = 1;
				p = q + 1;
			}
		}
	}
	if (p != lx->p && (*p == '?' || *p == '+'))
		p++; /* lazy or possessive */
	lx->p = p;
	return optional;
}

static void parse_alt(lex *lx, req *out);

/* Skips a character class starting at '['. */
static void skip_class(lex *lx)
{
	const char *p = lx->p + 1;
	if (*p == '^')
		p++;
	if (*p == ']')
		p++;
	while (*p && *p != ']') {
		if (*p == '\\' && p[1])
			p++;
		else if (*p == '[' && p[1] == ':') {
			const char *e = strstr(p + 2, ":]");
			if (e)
				p = e + 1;
		}
		p++;
	}
	if (!*p)
		lx->fail = 1;
	else
		p++;
	lx->p = p;
}

/* Skips a balanced group body after its opening; lx->p ends after ')'. */
static void skip_group(lex *lx)
{
	int depth = 1;
	const char *p = lx->p;
	while (*p && depth) {
		if (*p == '\\' && p[1]) {
			p += 2;
			continue;
		}
		if (*p == '[') {
			lx->p = p;
			skip_class(lx);
			p = lx->p;
			continue;
		}
		depth += *p == '(';
		depth -= *p == ')';
		p++;
	}
	if (depth)
		lx->fail = 1;
	lx->p = p;
}

/* An escape at lx->p ('\\').  Returns the literal byte, or -1 for a class
 * or other consuming escape, or -2 for a zero-width assertion. */
static int escape(lex *lx)
{
	char c = lx->p[1];
	lx->p += 2;
	if (!c) {
		lx->fail = 1;
		return -1;
	}
	if (strchr("bBAzZGK", c))
		return -2;
	if (strchr(".[](){}*+?|^$\\/-:#\"' <>=!,;&%@~`_", c))
		return (unsigned char)c;
	if (c == 'Q' || c == 'E' || c == 'g' || c == 'k' || (c >= '1' && c <= '9')) {
		lx->fail = 1; /* quoting and back references: not analysed */
		return -1;
	}
	if (c == 'p' || c == 'P' || c == 'x' || c == 'o' || c == 'N') {
		if (*lx->p == '{') {
			const char *e = strchr(lx->p, '}');
			lx->p = e ? e + 1 : lx->p;
		} else if (c == 'x') {
			while ((*lx->p >= '0' && *lx->p <= '9') || (*lx->p >= 'a' && *lx->p <= 'f') ||
			       (*lx->p >= 'A' && *lx->p <= 'F'))
				lx->p++;
		} else if (c == 'p' || c == 'P') {
			if (*lx->p)
				lx->p++;
		}
	}
	return -1; /* \d \w \s \h \v \R \X \t \n ... */
}

/* One alternative: a sequence of items up to '|' or ')' or the end. */
static void parse_seq(lex *lx, req *best)
{
	lx_buf run = {0};
	memset(best, 0, sizeof *best);
	best->none = 1;
	for (;;) {
		int c, rep;
		char ch = *lx->p;
		if (lx->fail || !ch || ch == '|' || ch == ')')
			break;
		if (ch == '(') {
			req g;
			int optional;
			lx->p++;
			if (*lx->p == '?') {
				const char *q = lx->p + 1;
				if (*q == '#' || *q == '=' || *q == '!' ||
				    (*q == '<' && (q[1] == '=' || q[1] == '!'))) {
					/* comment or look-around: zero-width */
					skip_group(lx);
					continue;
				}
				if (*q == ':' || *q == '>' || *q == '|') {
					lx->p = q + 1;
				} else if (*q == '<' || *q == 'P' || *q == '\'') {
					const char *e = strpbrk(q, ">'");
					if (!e) {
						lx->fail = 1;
						break;
					}
					lx->p = e + 1;
				} else {
					/* option letters: (?i) (?i-m) or (?i:...) */
					while (*q && strchr("imnsUxJ-^", *q)) {
						if (*q == 'x')
							lx->fail = 1; /* extended syntax: not analysed */
						q++;
					}
					if (*q == ')') {
						lx->p = q + 1;
						continue;
					}
					if (*q != ':') {
						lx->fail = 1;
						break;
					}
					lx->p = q + 1;
				}
			}
			if (run.len) {
				req cand = {0};
				req_add(&cand, run.p, run.len);
				keep_best(best, &cand);
				lx_buf_reset(&run);
			}
			{
				req cand;
				parse_alt(lx, &g);
				if (*lx->p != ')') {
					lx->fail = 1;
					req_free(&g);
					break;
				}
				lx->p++;
				optional = quantifier(lx, &rep);
				if (optional)
					g.none = 1;
				cand = g;
				keep_best(best, &cand);
			}
			continue;
		}
		if (ch == '[' || ch == '.') {
			if (ch == '[')
				skip_class(lx);
			else
				lx->p++;
			if (run.len) {
				req cand = {0};
				req_add(&cand, run.p, run.len);
				keep_best(best, &cand);
				lx_buf_reset(&run);
			}
			quantifier(lx, &rep);
			continue;
		}
		if (ch == '^' || ch == '$') {
			lx->p++;
			continue;
		}
		if (ch == '\\') {
			c = escape(lx);
			if (c == -2)
				continue;
		} else {
			c = (unsigned char)ch;
			lx->p++;
			if (c >= 0x80)
				c = -1; /* non-ASCII: case folding is not ours to decide */
		}
		{
			const char *before = lx->p;
			int optional = quantifier(lx, &rep);
			if (c >= 0 && !optional)
				lx_buf_addc(&run, (char)c);
			if (c < 0 || optional || rep || before != lx->p) {
				if (run.len) {
					req cand = {0};
					req_add(&cand, run.p, run.len);
					keep_best(best, &cand);
					lx_buf_reset(&run);
				}
			}
		}
	}
	if (run.len) {
		req cand = {0};
		req_add(&cand, run.p, run.len);
		keep_best(best, &cand);
	}
	lx_buf_free(&run);
}

/* Alternatives: every one must offer literals; the union is required. */
static void parse_alt(lex *lx, req *out)
{
	int n = 0;
	memset(out, 0, sizeof *out);
	for (;;) {
		req r;
		size_t i;
		parse_seq(lx, &r);
		n++;
		if (r.none || quality(&r) < MIN_QUALITY || n > MAX_ALTERNATIVES)
			out->none = 1;
		for (i = 0; i < r.n && !out->none; i++)
			req_add(out, r.lit[i], strlen(r.lit[i]));
		req_free(&r);
		if (*lx->p != '|')
			break;
		lx->p++;
	}
	if (out->none) {
		req_free(out);
		out->none = 1;
	}
}

/* ---- the scan ------------------------------------------------------ */

/* Each distinct literal is filed under two of its adjacent byte pairs (at
 * off and off + 1: the ones least likely in the text), in every upper and
 * lower-case spelling.  Any occurrence of the literal then has one of the
 * two at an even offset of the block, so the scan reads the pair at every
 * other byte from a table; only where a pair is filed are the literals of
 * that bucket compared, caselessly. */

typedef struct lit {
	char *s;          /* lower case */
	size_t len;
	size_t off;       /* position of its first filed pair within it */
	uint64_t fmask;   /* its first 8 bytes (or fewer) as a 64-bit check: */
	uint64_t ffold;   /* ((word | ffold) & fmask) == fval, 0x20 at letters */
	uint64_t fval;
	uint32_t *pats;   /* patterns that need it */
	size_t n_pats;
} lit;

struct lx_prefilter {
	size_t n_pat;
	unsigned char *has;   /* per pattern */
	int *qual;            /* per pattern: how selective its literals are */
	char ***lits;         /* per pattern: its literals */
	size_t *n_lits;
	lit *lit;             /* distinct literals */
	size_t n_lit;
	uint64_t flag[1024];         /* bit h: pair h filed (8 KiB: stays in L1) */
	uint32_t start[65537];       /* bucket of pair h: ent[start[h] .. start[h+1]) */
	uint32_t *ent;               /* literal index * 2 + which of its two pairs */
	uint32_t *bigram;            /* pair counts of the text sampled so far */
	uint64_t sampled;
};

static unsigned char lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* How common a (lower-case) byte is in log text: lower is rarer. */
static int commonness(unsigned char c)
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

static size_t find_lit(const lx_prefilter *pf, const char *s)
{
	size_t i;
	for (i = 0; i < pf->n_lit; i++)
		if (!strcmp(pf->lit[i].s, s))
			return i;
	return (size_t)-1;
}

static void pair_variants(unsigned char a, unsigned char b, uint16_t out[4], int *n)
{
	unsigned char av[2] = {a, a}, bv[2] = {b, b};
	int i, j, k = 0;
	if (a >= 'a' && a <= 'z')
		av[1] = (unsigned char)(a - 'a' + 'A');
	if (b >= 'a' && b <= 'z')
		bv[1] = (unsigned char)(b - 'a' + 'A');
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

static uint16_t pair_at(const lit *l, size_t j)
{
	return (uint16_t)((unsigned char)l->s[j] | ((unsigned char)l->s[j + 1] << 8));
}

/* Files every literal under its two chosen pairs, in compressed rows.
 * With fill NULL it counts, else it places. */
static void file_all(lx_prefilter *pf, uint32_t *fill)
{
	size_t i;
	for (i = 0; i < pf->n_lit; i++) {
		const lit *l = &pf->lit[i];
		unsigned which;
		for (which = 0; which < 2; which++) {
			uint16_t v[4], h = pair_at(l, l->off + which);
			int nv, j;
			pair_variants((unsigned char)(h & 0xff), (unsigned char)(h >> 8), v, &nv);
			for (j = 0; j < nv; j++) {
				if (!fill) {
					pf->start[v[j] + 1]++;
					pf->flag[v[j] >> 6] |= (uint64_t)1 << (v[j] & 63);
				} else {
					pf->ent[pf->start[v[j]] + fill[v[j]]++] = (uint32_t)(i * 2 + which);
				}
			}
		}
	}
}

static void build_buckets(lx_prefilter *pf)
{
	size_t i;
	uint32_t *fill;
	memset(pf->flag, 0, sizeof pf->flag);
	memset(pf->start, 0, sizeof pf->start);
	file_all(pf, NULL);
	for (i = 0; i < 65536; i++)
		pf->start[i + 1] += pf->start[i];
	free(pf->ent);
	pf->ent = lx_xcalloc(pf->start[65536] + 1, sizeof *pf->ent);
	fill = lx_xcalloc(65536, sizeof *fill);
	file_all(pf, fill);
	free(fill);
}

void lx_prefilter_sample(lx_prefilter *pf, const char *sample, size_t len)
{
	const unsigned char *b = (const unsigned char *)sample;
	size_t i;
	if (!pf->n_lit || len < 2)
		return;
	if (!pf->bigram)
		pf->bigram = lx_xcalloc(65536, sizeof *pf->bigram);
	if (pf->sampled > (1u << 30)) { /* keep the counts a moving picture */
		for (i = 0; i < 65536; i++)
			pf->bigram[i] /= 2;
		pf->sampled /= 2;
	}
	for (i = 0; i + 1 < len; i++)
		pf->bigram[lower(b[i]) | (lower(b[i + 1]) << 8)]++;
	pf->sampled += len;
}

void lx_prefilter_tune(lx_prefilter *pf)
{
	uint32_t *users;
	size_t i, j;
	if (!pf->n_lit || !pf->bigram)
		return;
	users = lx_xcalloc(65536, sizeof *users);
	for (i = 0; i < pf->n_lit; i++) {
		lit *l = &pf->lit[i];
		uint64_t best = UINT64_MAX;
		for (j = 0; j + 2 < l->len; j++) {
			uint16_t h1 = pair_at(l, j), h2 = pair_at(l, j + 1);
			/* cost: how often the pairs occur, times the literals already
			 * filed under them; the static guess breaks ties */
			uint64_t c = ((uint64_t)pf->bigram[h1] * (1 + users[h1]) +
			              (uint64_t)pf->bigram[h2] * (1 + users[h2])) * 64 +
			             (uint64_t)(commonness((unsigned char)l->s[j]) +
			                        commonness((unsigned char)l->s[j + 1]) +
			                        commonness((unsigned char)l->s[j + 2]));
			if (c < best) {
				best = c;
				l->off = j;
			}
		}
		users[pair_at(l, l->off)]++;
		users[pair_at(l, l->off + 1)]++;
	}
	free(users);
	build_buckets(pf);
}

lx_prefilter *lx_prefilter_new(const char *const *src, size_t n)
{
	lx_prefilter *pf = lx_xcalloc(1, sizeof *pf);
	size_t i, k, cap = 0;
	pf->n_pat = n;
	pf->has = lx_xcalloc(n + 1, 1);
	pf->qual = lx_xcalloc(n + 1, sizeof *pf->qual);
	pf->lits = lx_xcalloc(n + 1, sizeof *pf->lits);
	pf->n_lits = lx_xcalloc(n + 1, sizeof *pf->n_lits);
	for (i = 0; i < n; i++) {
		lex lx = {src[i], 0};
		req r;
		if (!src[i])
			continue; /* not wanted in the scan */
		parse_alt(&lx, &r);
		if (lx.fail || *lx.p || r.none || quality(&r) < MIN_QUALITY) {
			req_free(&r);
			continue;
		}
		pf->has[i] = 1;
		pf->qual[i] = quality(&r);
		pf->lits[i] = r.lit;
		pf->n_lits[i] = r.n;
		for (k = 0; k < r.n; k++) {
			size_t li = find_lit(pf, r.lit[k]);
			lit *l;
			if (li == (size_t)-1) {
				size_t j, best = 0;
				int bs = 1 << 30;
				lx_xgrow(&pf->lit, &cap, pf->n_lit + 1, sizeof *pf->lit);
				l = &pf->lit[pf->n_lit++];
				memset(l, 0, sizeof *l);
				l->s = lx_xstrdup(r.lit[k]);
				l->len = strlen(l->s);
				fingerprint(l);
				for (j = 0; j + 2 < l->len; j++) {
					int sc = commonness((unsigned char)l->s[j]) +
					         commonness((unsigned char)l->s[j + 1]) +
					         commonness((unsigned char)l->s[j + 2]);
					if (sc < bs) {
						bs = sc;
						best = j;
					}
				}
				l->off = best;
			} else {
				l = &pf->lit[li];
			}
			l->pats = lx_xrealloc(l->pats, (l->n_pats + 1) * sizeof *l->pats);
			l->pats[l->n_pats++] = (uint32_t)i;
		}
	}
	build_buckets(pf);
	return pf;
}

void lx_prefilter_free(lx_prefilter *pf)
{
	size_t i, k;
	if (!pf)
		return;
	for (i = 0; i < pf->n_pat; i++) {
		for (k = 0; k < pf->n_lits[i]; k++)
			free(pf->lits[i][k]);
		free(pf->lits[i]);
	}
	for (i = 0; i < pf->n_lit; i++) {
		free(pf->lit[i].s);
		free(pf->lit[i].pats);
	}
	free(pf->lit);
	free(pf->lits);
	free(pf->n_lits);
	free(pf->has);
	free(pf->qual);
	free(pf->ent);
	free(pf->bigram);
	free(pf);
}

int lx_prefilter_has(const lx_prefilter *pf, size_t i)
{
	return i < pf->n_pat && pf->has[i];
}

int lx_prefilter_quality(const lx_prefilter *pf, size_t i)
{
	return i < pf->n_pat && pf->has[i] ? pf->qual[i] : 0;
}

size_t lx_prefilter_literals(const lx_prefilter *pf, size_t i, const char **out, size_t max)
{
	size_t k;
	if (i >= pf->n_pat)
		return 0;
	for (k = 0; k < pf->n_lits[i] && k < max; k++)
		out[k] = pf->lits[i][k];
	return pf->n_lits[i];
}

/* Whether the literal l occurs at s (caselessly); s has room for it.
 * avail: bytes readable from s. */
static int at(const lit *l, const unsigned char *s, size_t avail)
{
	size_t i;
	if (avail >= 8) {
		uint64_t w;
		memcpy(&w, s, 8);
		if (((w | l->ffold) & l->fmask) != l->fval)
			return 0;
		if (l->len <= 8)
			return 1;
	}
	for (i = 0; i < l->len; i++)
		if (lower(s[i]) != (unsigned char)l->s[i])
			return 0;
	return 1;
}

void lx_prefilter_scan(const lx_prefilter *pf, const char *buf, size_t len,
                       lx_prefilter_fn fn, void *ud)
{
	const unsigned char *b = (const unsigned char *)buf;
	const uint64_t *flag = pf->flag;
	size_t p;
	if (!pf->n_lit || len < 2)
		return;
	for (p = 0; p + 1 < len; p += 2) {
		uint16_t h = (uint16_t)(b[p] | (b[p + 1] << 8));
		uint32_t e;
		if (!(flag[h >> 6] >> (h & 63) & 1))
			continue;
		for (e = pf->start[h]; e < pf->start[h + 1]; e++) {
			const lit *l = &pf->lit[pf->ent[e] >> 1];
			size_t s, k, o = l->off + (pf->ent[e] & 1);
			if (o > p || p - o + l->len > len)
				continue;
			s = p - o;
			if (!at(l, b + s, len - s))
				continue;
			for (k = 0; k < l->n_pats; k++)
				fn(ud, l->pats[k], s + l->len);
		}
	}
}
