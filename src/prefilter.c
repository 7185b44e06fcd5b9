/* prefilter.c - required literals and one Aho-Corasick pass.  See
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

/* ---- Aho-Corasick -------------------------------------------------- */

struct lx_prefilter {
	size_t n_pat;
	unsigned char *has;   /* per pattern */
	char ***lits;         /* per pattern: its literals */
	size_t *n_lits;
	/* automaton */
	unsigned char cls[256];
	unsigned ncls;
	uint32_t nstates;
	uint32_t first_out;   /* states >= first_out have outputs */
	uint32_t *delta;      /* nstates * ncls */
	uint32_t *out_off;    /* per state: outputs in out[out_off[s] .. out_off[s+1]) */
	uint32_t *out_pat;
	uint32_t *out_len;    /* unused by scan; kept for tests and debugging */
};

typedef struct tnode {
	uint32_t next[256]; /* 0 = none (root is never a child) */
	uint32_t fail;
	uint32_t *pats;
	size_t n_pats;
} tnode;

lx_prefilter *lx_prefilter_new(const char *const *src, size_t n)
{
	lx_prefilter *pf = lx_xcalloc(1, sizeof *pf);
	tnode *t = NULL;
	size_t nt = 0, capt = 0, i, k;
	uint32_t *queue, *order, *newid;
	size_t qh = 0, qt = 0, n_out = 0;
	pf->n_pat = n;
	pf->has = lx_xcalloc(n + 1, 1);
	pf->lits = lx_xcalloc(n + 1, sizeof *pf->lits);
	pf->n_lits = lx_xcalloc(n + 1, sizeof *pf->n_lits);
	lx_xgrow(&t, &capt, 1, sizeof *t);
	memset(&t[0], 0, sizeof *t);
	nt = 1;
	for (i = 0; i < n; i++) {
		lex lx = {src[i], 0};
		req r;
		parse_alt(&lx, &r);
		if (lx.fail || *lx.p || r.none || quality(&r) < MIN_QUALITY) {
			req_free(&r);
			continue;
		}
		pf->has[i] = 1;
		pf->lits[i] = r.lit;
		pf->n_lits[i] = r.n;
		for (k = 0; k < r.n; k++) {
			const unsigned char *s = (const unsigned char *)r.lit[k];
			uint32_t cur = 0;
			for (; *s; s++) {
				if (!t[cur].next[*s]) {
					lx_xgrow(&t, &capt, nt + 1, sizeof *t);
					memset(&t[nt], 0, sizeof *t);
					t[cur].next[*s] = (uint32_t)nt++;
				}
				cur = t[cur].next[*s];
			}
			t[cur].pats = lx_xrealloc(t[cur].pats, (t[cur].n_pats + 1) * sizeof *t[cur].pats);
			t[cur].pats[t[cur].n_pats++] = (uint32_t)i;
		}
	}
	/* byte classes: every byte used by a literal (folded) gets one */
	pf->ncls = 1;
	for (i = 0; i < n; i++)
		for (k = 0; k < pf->n_lits[i]; k++) {
			const unsigned char *s = (const unsigned char *)pf->lits[i][k];
			for (; *s; s++)
				if (!pf->cls[*s]) {
					pf->cls[*s] = (unsigned char)pf->ncls;
					if (*s >= 'a' && *s <= 'z')
						pf->cls[*s - 'a' + 'A'] = (unsigned char)pf->ncls;
					pf->ncls++;
				}
		}
	/* failure links, breadth first; outputs merged along them */
	queue = lx_xcalloc(nt + 1, sizeof *queue);
	order = lx_xcalloc(nt + 1, sizeof *order);
	for (i = 0; i < 256; i++)
		if (t[0].next[i]) {
			t[t[0].next[i]].fail = 0;
			queue[qt++] = t[0].next[i];
		}
	while (qh < qt) {
		uint32_t s = queue[qh++];
		for (i = 0; i < 256; i++) {
			uint32_t c = t[s].next[i], f;
			if (!c)
				continue;
			f = t[s].fail;
			while (f && !t[f].next[i])
				f = t[f].fail;
			t[c].fail = t[f].next[i] && t[f].next[i] != c ? t[f].next[i] : 0;
			if (t[t[c].fail].n_pats) {
				tnode *fc = &t[t[c].fail];
				t[c].pats = lx_xrealloc(t[c].pats,
				                        (t[c].n_pats + fc->n_pats) * sizeof *t[c].pats);
				memcpy(t[c].pats + t[c].n_pats, fc->pats, fc->n_pats * sizeof *t[c].pats);
				t[c].n_pats += fc->n_pats;
			}
			queue[qt++] = c;
		}
	}
	/* renumber: states with outputs last, so one compare finds them */
	newid = lx_xcalloc(nt + 1, sizeof *newid);
	{
		uint32_t a = 0, b;
		for (i = 0; i < nt; i++)
			if (!t[i].n_pats)
				order[a++] = (uint32_t)i;
		pf->first_out = a;
		b = a;
		for (i = 0; i < nt; i++)
			if (t[i].n_pats)
				order[b++] = (uint32_t)i;
		for (i = 0; i < nt; i++)
			newid[order[i]] = (uint32_t)i;
	}
	pf->nstates = (uint32_t)nt;
	pf->delta = lx_xcalloc(nt * pf->ncls + 1, sizeof *pf->delta);
	pf->out_off = lx_xcalloc(nt + 2, sizeof *pf->out_off);
	for (i = 0; i < nt; i++)
		n_out += t[i].n_pats;
	pf->out_pat = lx_xcalloc(n_out + 1, sizeof *pf->out_pat);
	/* full transitions: BFS order guarantees fail states are done first */
	{
		uint32_t *byte_of_cls = lx_xcalloc(pf->ncls + 1, sizeof *byte_of_cls);
		size_t o = 0;
		for (i = 0; i < 256; i++)
			if (pf->cls[i])
				byte_of_cls[pf->cls[i]] = (uint32_t)i; /* lower case comes last */
		for (k = 0; k < nt; k++) {
			uint32_t s = order[k];
			uint32_t ns = newid[s];
			unsigned c;
			pf->out_off[ns] = 0;
			for (c = 0; c < pf->ncls; c++) {
				uint32_t target = 0;
				if (c) {
					unsigned by = byte_of_cls[c];
					uint32_t f = s;
					while (f && !t[f].next[by])
						f = t[f].fail;
					target = t[f].next[by];
				}
				pf->delta[(size_t)ns * pf->ncls + c] = newid[target];
			}
		}
		for (k = 0; k < nt; k++) {
			uint32_t s = order[k];
			pf->out_off[k] = (uint32_t)o;
			if (t[s].n_pats)
				memcpy(pf->out_pat + o, t[s].pats, t[s].n_pats * sizeof *pf->out_pat);
			o += t[s].n_pats;
		}
		pf->out_off[nt] = (uint32_t)o;
		free(byte_of_cls);
	}
	for (i = 0; i < nt; i++)
		free(t[i].pats);
	free(t);
	free(queue);
	free(order);
	free(newid);
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
	free(pf->lits);
	free(pf->n_lits);
	free(pf->has);
	free(pf->delta);
	free(pf->out_off);
	free(pf->out_pat);
	free(pf);
}

int lx_prefilter_has(const lx_prefilter *pf, size_t i)
{
	return i < pf->n_pat && pf->has[i];
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

void lx_prefilter_scan(const lx_prefilter *pf, const char *buf, size_t len,
                       lx_prefilter_fn fn, void *ud)
{
	const unsigned char *p = (const unsigned char *)buf, *end = p + len;
	const uint32_t *delta = pf->delta;
	const unsigned char *cls = pf->cls;
	const unsigned ncls = pf->ncls;
	const uint32_t first_out = pf->first_out;
	uint32_t s = 0;
	if (pf->nstates <= 1)
		return;
	while (p < end) {
		if (s == 0) {
			/* at the root: skip bytes no literal contains */
			while (p < end && !cls[*p])
				p++;
			if (p == end)
				break;
		}
		s = delta[(size_t)s * ncls + cls[*p++]];
		if (s >= first_out) {
			uint32_t o;
			for (o = pf->out_off[s]; o < pf->out_off[s + 1]; o++)
				fn(ud, pf->out_pat[o], (size_t)(p - (const unsigned char *)buf));
		}
	}
}
