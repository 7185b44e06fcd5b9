/* prefilter_re.c - the required literals of a PCRE2 pattern, read from its
 * source.  See prefilter_re.h. */
#include "prefilter_re.h"

#include <stdlib.h>
#include <string.h>

#include "utf8case.h"
#include "util.h"

#define MAX_ALTERNATIVES 64
#define MAX_COMBOS 16 /* unions of alternatives tried one by one */

/* The header's names, short: a literal set and a conjunction of them. */
typedef lx_re_set req;
typedef lx_re_conj conj;

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

int lx_re_lit_value(const char *s, size_t n)
{
	size_t k;
	int v = 0;
	if (n < 3)
		return 0;
	for (k = 0; k < n; k++)
		v += (s[k] >= 'a' && s[k] <= 'z') ? 2 : (s[k] == ' ' ? 1 : 4);
	return v;
}

static void req_add(req *r, const char *s, size_t n)
{
	size_t i;
	char *c = lx_xstrndup(s, n);
	int v;
	for (i = 0; i < n; i++)
		if (c[i] >= 'A' && c[i] <= 'Z')
			c[i] = (char)(c[i] - 'A' + 'a');
	v = lx_re_lit_value(c, n && c[n - 1] == LX_RE_NO_DIGIT_AFTER ? n - 1 : n);
	if (!r->n || v < r->weak)
		r->weak = v;
	r->lit = lx_xrealloc(r->lit, (r->n + 1) * sizeof *r->lit);
	r->lit[r->n++] = c;
}

int lx_re_quality(const req *r)
{
	if (!r->n)
		return 0;
	return r->weak / 2;
}

void lx_re_conj_free(conj *k)
{
	size_t i;
	for (i = 0; i < k->n; i++)
		req_free(&k->c[i]);
	k->n = 0;
}

static int req_has(const req *r, const char *s)
{
	size_t i;
	for (i = 0; i < r->n; i++)
		if (!strcmp(r->lit[i], s))
			return 1;
	return 0;
}

static void req_add_new(req *r, const char *s)
{
	if (!req_has(r, s))
		req_add(r, s, strlen(s));
}

/* Whether every literal of a is in b: then b adds nothing to a. */
static int req_within(const req *a, const req *b)
{
	size_t i;
	if (a->n > b->n)
		return 0;
	for (i = 0; i < a->n; i++)
		if (!req_has(b, a->lit[i]))
			return 0;
	return 1;
}

/* Adds clause r (consumed) to k.  A clause too weak to use, or one that a
 * clause there implies (a subset of it), is dropped, as are the clauses
 * there that r implies; when k is full, the weakest clause gives way. */
static void conj_add(conj *k, req *r)
{
	size_t i, w = 0;
	int q = lx_re_quality(r);
	if (q < LX_RE_MIN_QUALITY || r->n > LX_RE_MAX_CLAUSE_LITS) {
		req_free(r);
		return;
	}
	for (i = 0; i < k->n; i++)
		if (req_within(&k->c[i], r)) {
			req_free(r);
			return;
		}
	for (i = 0; i < k->n;)
		if (req_within(r, &k->c[i])) {
			req_free(&k->c[i]);
			k->c[i] = k->c[--k->n];
		} else {
			i++;
		}
	for (i = 0; i < k->n; i++)
		if (lx_re_quality(&k->c[i]) < lx_re_quality(&k->c[w]))
			w = i;
	if (k->n == LX_RE_MAX_CLAUSES) {
		if (q <= lx_re_quality(&k->c[w])) {
			req_free(r);
			return;
		}
		req_free(&k->c[w]);
		k->c[w] = *r;
	} else {
		k->c[k->n++] = *r;
	}
	memset(r, 0, sizeof *r);
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

static void parse_alt(lex *lx, conj *out);

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
	if (!c) {
		lx->p++; /* a '\\' ending the pattern: stop at the end */
		lx->fail = 1;
		return -1;
	}
	lx->p += 2;
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
			while ((*lx->p >= '0' && *lx->p <= '9') ||
			       (*lx->p >= 'a' && *lx->p <= 'f') || (*lx->p >= 'A' && *lx->p <= 'F'))
				lx->p++;
		} else if (c == 'p' || c == 'P') {
			if (*lx->p)
				lx->p++;
		}
	}
	return -1; /* \d \w \s \h \v \R \X \t \n ... */
}

/* Whether the look-ahead body at b (after "(?!") is one character that
 * may be any ASCII digit: \d, or a class holding 0-9 or \d. */
static int body_has_digits(const char *b)
{
	const char *e;
	if (b[0] == '\\' && b[1] == 'd' && b[2] == ')')
		return 1;
	if (b[0] != '[' || b[1] == '^')
		return 0;
	for (e = b + 1; *e && *e != ']'; e++)
		if (*e == '\\' && e[1])
			e++;
		else if (*e == '[')
			return 0; /* a POSIX class or a nested construct: not ours */
	if (*e != ']' || e[1] != ')')
		return 0;
	for (; b < e; b++)
		if ((b[0] == '0' && b[1] == '-' && b[2] == '9') || (b[0] == '\\' && b[1] == 'd'))
			return 1;
	return 0;
}

/* Appends the no-digit-after mark to every literal of k. */
static void mark_no_digit(conj *k)
{
	size_t i, j;
	for (i = 0; i < k->n; i++)
		for (j = 0; j < k->c[i].n; j++) {
			size_t n = strlen(k->c[i].lit[j]);
			if (n && k->c[i].lit[j][n - 1] == LX_RE_NO_DIGIT_AFTER)
				continue;
			k->c[i].lit[j] = lx_xrealloc(k->c[i].lit[j], n + 2);
			k->c[i].lit[j][n] = LX_RE_NO_DIGIT_AFTER;
			k->c[i].lit[j][n + 1] = '\0';
		}
}

/* A run of plain characters being read, with the other spelling of each
 * of its cased non-ASCII letters (at most LX_RE_RUN_CASED: every spelling
 * of the run becomes a literal of its set). */
#define LX_RE_RUN_CASED 2
typedef struct litrun {
	lx_buf b;
	size_t n_cased;
	size_t at[LX_RE_RUN_CASED]; /* offsets in b of those letters */
	char alt[LX_RE_RUN_CASED][2];
} litrun;

/* Adds the run, every spelling of it, as one clause, and empties it. */
static void run_flush(conj *k, litrun *r)
{
	req q = {0};
	size_t v, i;
	if (!r->b.len)
		return;
	for (v = 0; v < ((size_t)1 << r->n_cased); v++) {
		char *s = lx_xstrndup(r->b.p, r->b.len);
		for (i = 0; i < r->n_cased; i++)
			if (v >> i & 1)
				memcpy(s + r->at[i], r->alt[i], 2);
		if (!req_has(&q, s))
			req_add(&q, s, r->b.len);
		free(s);
	}
	conj_add(k, &q);
	lx_buf_reset(&r->b);
	r->n_cased = 0;
}

/* One alternative: a sequence of items up to '|' or ')' or the end. */
static void parse_seq(lex *lx, conj *out)
{
	litrun run = {0};
	int grp_tail = 0; /* the last item was a group whose literals end it */
	out->n = 0;
	out->tails = 0;
	for (;;) {
		int c, rep;
		char ch = *lx->p;
		if (lx->fail || !ch || ch == '|' || ch == ')')
			break;
		grp_tail = 0;
		if (ch == '(') {
			conj g;
			int optional;
			lx->p++;
			if (*lx->p == '?') {
				const char *q = lx->p + 1;
				if (*q == '!' && run.b.len && body_has_digits(q + 1)) {
					/* the run ends here, and no digit follows it */
					lx_buf_addc(&run.b, LX_RE_NO_DIGIT_AFTER);
					run_flush(out, &run);
				}
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
							lx->fail =
								1; /* extended syntax: not analysed */
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
			run_flush(out, &run);
			parse_alt(lx, &g);
			if (*lx->p != ')') {
				lx->fail = 1;
				lx_re_conj_free(&g);
				break;
			}
			lx->p++;
			{
				const char *before = lx->p;
				size_t pre_n = out->n, g_n = g.n;
				optional = quantifier(lx, &rep);
				if (before == lx->p && g.tails && lx->p[0] == '(' &&
				    lx->p[1] == '?' && lx->p[2] == '!' &&
				    body_has_digits(lx->p + 3))
					mark_no_digit(&g);
				if (!optional) {
					size_t i;
					for (i = 0; i < g.n; i++)
						conj_add(out, &g.c[i]);
				}
				/* the sequence is this group so far, and ends with it */
				grp_tail = before == lx->p && g.tails && pre_n == 0 &&
				           out->n == g_n;
			}
			lx_re_conj_free(&g);
			continue;
		}
		if (ch == '[' || ch == '.') {
			if (ch == '[')
				skip_class(lx);
			else
				lx->p++;
			run_flush(out, &run);
			quantifier(lx, &rep);
			continue;
		}
		if (ch == '^' || ch == '$') {
			lx->p++;
			continue;
		}
		if (ch == '\\') {
			c = escape(lx);
			if (c == -2) {
				continue;
			}
		} else if ((unsigned char)ch >= 0x80) {
			/* a whole UTF-8 character: kept when its spellings are known */
			size_t len = 1;
			char alt[2];
			int kind = lx_utf8_case(lx->p, &len, alt);
			const char *before;
			int optional;
			if (kind == 2 && run.n_cased == LX_RE_RUN_CASED)
				run_flush(out, &run);
			if (kind == 2) {
				run.at[run.n_cased] = run.b.len;
				memcpy(run.alt[run.n_cased++], alt, 2);
			}
			if (kind)
				lx_buf_add(&run.b, lx->p, len);
			lx->p += len;
			before = lx->p;
			optional = quantifier(lx, &rep);
			if (kind && optional) {
				/* the character may be missing: not part of the run */
				run.b.len -= len;
				run.n_cased -= kind == 2;
			}
			if (!kind || optional || rep || before != lx->p)
				run_flush(out, &run);
			continue;
		} else {
			c = (unsigned char)ch;
			lx->p++;
		}
		{
			const char *before = lx->p;
			int optional = quantifier(lx, &rep);
			if (c >= 0 && !optional)
				lx_buf_addc(&run.b, (char)c);
			if (c < 0 || optional || rep || before != lx->p)
				run_flush(out, &run);
		}
	}
	if (run.b.len) {
		/* a literal that ends the sequence: when it is all the sequence
		 * requires, every match has it at its end */
		int plain = !run.n_cased;
		char *last = lx_xstrndup(run.b.p, run.b.len);
		run_flush(out, &run);
		out->tails = !lx->fail && plain && out->n == 1 && out->c[0].n == 1 &&
		             lx_ascii_caseeq(out->c[0].lit[0], last);
		free(last);
	} else {
		out->tails = !lx->fail && grp_tail;
	}
	lx_buf_free(&run.b);
}

/* Of clauses k[0..n), the one that shares most literals with x (the
 * stronger one on a tie). */
static const req *partner(const conj *k, const req *x)
{
	const req *best = &k->c[0];
	size_t i, j, bo = 0;
	for (i = 0; i < k->n; i++) {
		size_t o = 0;
		for (j = 0; x && j < k->c[i].n; j++)
			o += req_has(x, k->c[i].lit[j]);
		if (o > bo || (o == bo && lx_re_quality(&k->c[i]) > lx_re_quality(best))) {
			bo = o;
			best = &k->c[i];
		}
	}
	return best;
}

/* Alternatives.  A match satisfies one branch, so it contains a literal of
 * any union that takes one clause from every branch: when there are few,
 * all of them; else the strongest clauses together, and each clause of the
 * first branch with its closest partners elsewhere (for "A.*B|B.*A": both
 * A and B). */
static void parse_alt(lex *lx, conj *out)
{
	conj *br = NULL;
	size_t n = 0, cap = 0, i, j, b, combos;
	int none = 0, tails = 1;
	out->n = 0;
	out->tails = 0;
	for (;;) {
		lx_xgrow(&br, &cap, n + 1, sizeof *br);
		parse_seq(lx, &br[n]);
		none |= br[n].n == 0;
		tails &= br[n].tails;
		n++;
		none |= n > MAX_ALTERNATIVES;
		if (*lx->p != '|')
			break;
		lx->p++;
	}
	for (b = 0, combos = 1; !none && b < n && combos <= MAX_COMBOS; b++)
		combos *= br[b].n;
	if (!none && n == 1) {
		*out = br[0];
		br[0].n = 0;
	} else if (!none && tails) {
		/* plain words: one clause of them all (a branch that is itself a
		 * group of words brings all of its own) */
		req u = {0};
		size_t words = 0;
		for (b = 0; b < n; b++)
			for (j = 0; j < br[b].c[0].n; j++, words++)
				req_add_new(&u, br[b].c[0].lit[j]);
		conj_add(out, &u);
		out->tails = out->n == 1 && out->c[0].n == words;
	} else if (!none && combos <= MAX_COMBOS) {
		/* few enough: every way of taking one clause per branch (the
		 * scan then picks the cheapest in the text) */
		size_t c;
		for (c = 0; c < combos; c++) {
			req u = {0};
			size_t r = c;
			for (b = 0; b < n; b++) {
				const req *y = &br[b].c[r % br[b].n];
				r /= br[b].n;
				for (j = 0; j < y->n; j++)
					req_add_new(&u, y->lit[j]);
			}
			conj_add(out, &u);
		}
	} else if (!none) {
		for (i = 0; i <= br[0].n; i++) {
			req u = {0};
			/* i == br[0].n: the strongest of every branch */
			for (b = 0; b < n; b++) {
				const req *y = partner(&br[b],
				                       i < br[0].n && b ? &br[0].c[i] : NULL);
				if (i < br[0].n && !b)
					y = &br[0].c[i];
				for (j = 0; j < y->n; j++)
					req_add_new(&u, y->lit[j]);
			}
			conj_add(out, &u);
		}
	}
	for (b = 0; b < n; b++)
		lx_re_conj_free(&br[b]);
	free(br);
}

size_t lx_re_required(const char *src, conj *out)
{
	lex lx = {src, 0};
	parse_alt(&lx, out);
	if (lx.fail || *lx.p || !out->n)
		lx_re_conj_free(out);
	return out->n;
}
