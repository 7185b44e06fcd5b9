/* unrec.c - error-looking lines.  See unrec.h. */
#include "unrec.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "newlines.h"
#include "prefilter.h"
#include "util.h"

#define TUNE_EVERY 64          /* blocks between re-tunings */
#define TUNE_SAMPLE (64 << 10) /* bytes of a block sampled */
#define VERIFY_MAX 4096        /* bytes of a line examined */

enum { K_WORD, K_HEX, K_EXIT, K_ALWAYS };

typedef struct kw {
	const char *s; /* ASCII in lower case (found in any case), or UTF-8 */
	int kind;
} kw;

/* K_WORD: unless negated ("no error", "0 errors", "errors: 0", "last error:
 * none") or a name ("ERROR_SUCCESS", "table Error");
 * K_HEX: 0x8 and seven more hex digits (an HRESULT); K_EXIT: followed by a
 * non-zero number; K_ALWAYS: the words of the other languages. */
static const kw kws[] = {
	{"error", K_WORD},
	{"fail", K_WORD},
	{"unable", K_WORD},
	{"cannot", K_WORD},
	{"can't", K_WORD},
	{"exception", K_WORD},
	{"fatal", K_WORD},
	{"critical", K_WORD},
	{"denied", K_WORD},
	{"0x8", K_HEX},
	{"exit code", K_EXIT},
	{"exitcode", K_EXIT},
	{"exit status", K_EXIT},
	{"return code", K_EXIT},
	/* ru */
	{"ошибк", K_ALWAYS},
	{"Ошибк", K_ALWAYS},
	{"ОШИБК", K_ALWAYS},
	{"не удалось", K_ALWAYS},
	{"Не удалось", K_ALWAYS},
	{"невозможно", K_ALWAYS},
	{"Невозможно", K_ALWAYS},
	{"сбой", K_ALWAYS},
	{"Сбой", K_ALWAYS},
	/* zh-CN, zh-TW */
	{"错误", K_ALWAYS},
	{"失败", K_ALWAYS},
	{"无法", K_ALWAYS},
	{"錯誤", K_ALWAYS},
	{"失敗", K_ALWAYS},
	{"無法", K_ALWAYS},
	/* es ("error" above) */
	{"falló", K_ALWAYS},
	{"fallo", K_WORD},
	{"fallid", K_WORD},
	{"no se pudo", K_ALWAYS},
	{"no se puede", K_ALWAYS},
	/* fr */
	{"erreur", K_WORD},
	{"échec", K_ALWAYS},
	{"Échec", K_ALWAYS},
	{"échoué", K_ALWAYS},
	{"impossible de", K_ALWAYS},
};
#define N_KW (sizeof kws / sizeof kws[0])

typedef struct kwhit {
	size_t end, kw;
} kwhit;

struct lx_unrec_det {
	lx_prefilter *pf;
	unsigned blocks;
	kwhit *hit; /* the block's keyword occurrences (lx_unrec_det_add) */
	size_t n_hit, cap_hit;
	/* the scan in progress */
	const char *buf;
	size_t len;
	size_t ls, le; /* the line decided last */
	lx_unrec_fn fn;
	void *ud;
};

/* What the literal scan looks for as keyword k: the keyword, or for one
 * that starts with a non-ASCII letter nothing (an empty pattern has no
 * literal): lx_unrec_det_run() finds those itself, in one pass over the
 * block's non-ASCII bytes, since a literal from their spellings would not
 * end where the keyword does. */
static const char *scan_src(size_t k)
{
	return (unsigned char)kws[k].s[0] < 0x80 ? kws[k].s : "";
}

static pthread_once_t starts_once = PTHREAD_ONCE_INIT;
static void build_starts(void);

lx_unrec_det *lx_unrec_det_new(void)
{
	lx_unrec_det *d = lx_xcalloc(1, sizeof *d);
	/* the tables decide() and is_error() read, once for every detector */
	pthread_once(&starts_once, build_starts);
	const char *src[N_KW];
	size_t i;
	for (i = 0; i < N_KW; i++)
		src[i] = scan_src(i);
	d->pf = lx_prefilter_new(src, N_KW);
	return d;
}

void lx_unrec_det_free(lx_unrec_det *d)
{
	if (!d)
		return;
	lx_prefilter_free(d->pf);
	free(d->hit);
	free(d);
}

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

static int alnum(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       c == '_';
}

static int hex(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* Whether line[at..) starts with s (n bytes), ASCII case folded.  The
 * macros below give n as strlen() of a literal, which the compiler
 * counts. */
static int at_ci_n(const char *line, size_t len, size_t at, const char *s, size_t n)
{
	size_t i;
	if (at + n > len)
		return 0;
	for (i = 0; i < n; i++)
		if (lower((unsigned char)line[at + i]) != (unsigned char)s[i])
			return 0;
	return 1;
}

/* Whether line[0..at) ends with s (lower-case ASCII), after a non-word
 * byte or the line start. */
static int after_ci_n(const char *line, size_t at, const char *s, size_t n)
{
	if (n > at || !at_ci_n(line, at, at - n, s, n))
		return 0;
	return at == n || !alnum((unsigned char)line[at - n - 1]);
}

/* Skips blanks, ':', '=' and '#' from p. */
static size_t skip_sep(const char *line, size_t len, size_t p)
{
	while (p < len && (line[p] == ' ' || line[p] == '\t' || line[p] == ':' || line[p] == '=' ||
	                   line[p] == '#'))
		p++;
	return p;
}

/* Whether a word s (lower-case ASCII) stands at p, caselessly, not
 * followed by a letter or digit. */
static int word_at_n(const char *line, size_t len, size_t p, const char *s, size_t n)
{
	return at_ci_n(line, len, p, s, n) && (p + n >= len || !alnum((unsigned char)line[p + n]));
}

#define at_ci(line, len, at, s) at_ci_n(line, len, at, s, strlen(s))
#define after_ci(line, at, s) after_ci_n(line, at, s, strlen(s))
#define word_at(line, len, p, s) word_at_n(line, len, p, s, strlen(s))

/* Whether a value that says "nothing went wrong" stands at p: a zero
 * ("0", "0." ending a sentence, not "0.5" or "01"; "0x0", "0x00000000"),
 * "none" or "no error". */
static int nil_at(const char *line, size_t len, size_t p)
{
	if (p < len && line[p] == '0' && p + 1 < len &&
	    (line[p + 1] == 'x' || line[p + 1] == 'X') && p + 2 < len && line[p + 2] == '0') {
		p += 2;
		while (p < len && line[p] == '0')
			p++;
		return p >= len || !alnum((unsigned char)line[p]);
	}
	if (p < len && line[p] == '0') /* "0" and "0." at a sentence end, not "0.5" */
		return p + 1 >= len || !(alnum((unsigned char)line[p + 1]) ||
		                         (line[p + 1] == '.' && p + 2 < len && line[p + 2] >= '0' &&
		                          line[p + 2] <= '9'));
	return word_at(line, len, p, "none") || word_at(line, len, p, "no error");
}

/* Whether the word at line[at..at+n) is a name, not an error: a quoted
 * SQL identifier ("`Error`"), a table ("table Error"), the Win32 name of
 * success ("ERROR_SUCCESS"), or a numbered argument of a Windows Installer
 * note that names a table ("Note: 1: 2205 2:  3: Error": the Error table,
 * whose absence the installer notes routinely). */
static int a_name(const char *line, size_t len, size_t at, size_t n)
{
	size_t p = at + n;
	if (at && line[at - 1] == '`' && p < len && line[p] == '`')
		return 1;
	if (after_ci(line, at, "table "))
		return 1;
	if (at_ci(line, len, p, "_success"))
		return 1;
	if (at >= 3 && line[at - 1] == ' ' && line[at - 2] == ':' && line[at - 3] >= '0' &&
	    line[at - 3] <= '9' && n == 5 && !memcmp(line + at, "Error", 5)) {
		while (p < len && line[p] == ' ')
			p++;
		return p >= len ||
		       (line[p] >= '1' && line[p] <= '9' && p + 1 < len && line[p + 1] == ':');
	}
	return 0;
}

/* The occurrence of keyword k at line[at..at+n): does it count? */
static int counts(const char *line, size_t len, size_t at, size_t n, int kind)
{
	size_t p = at + n;
	switch (kind) {
	case K_ALWAYS:
		return 1;
	case K_HEX: {
		size_t i;
		if (at && alnum((unsigned char)line[at - 1]))
			return 0;
		for (i = 0; i < 7; i++)
			if (p + i >= len || !hex((unsigned char)line[p + i]))
				return 0;
		return p + 7 >= len || !alnum((unsigned char)line[p + 7]);
	}
	case K_EXIT:
		p = skip_sep(line, len, p);
		if (p < len && line[p] == '-')
			return p + 1 < len && line[p + 1] >= '1' && line[p + 1] <= '9';
		if (p >= len || line[p] < '0' || line[p] > '9')
			return 0;
		while (p < len && line[p] == '0')
			p++;
		return p < len && line[p] >= '1' && line[p] <= '9';
	default:
		/* a part of a path or a file name: "C:\\x\\Errors.json" */
		{
			size_t a = at, z = p;
			while (a && line[a - 1] != ' ' && line[a - 1] != '\t')
				a--;
			while (z < len && line[z] != ' ' && line[z] != '\t')
				z++;
			if (memchr(line + a, '/', z - a) || memchr(line + a, '\\', z - a))
				return 0;
		}
		/* negated before: "no error", "0 errors", "without error",
		 * "not failed"; or a name */
		if (after_ci(line, at, "no ") || after_ci(line, at, "0 ") ||
		    after_ci(line, at, "without ") || after_ci(line, at, "not ") ||
		    a_name(line, len, at, n))
			return 0;
		/* or nothing after: "errors: 0", "ErrorCode = 0", "failures=0",
		 * "last error: none" */
		while (p < len &&
		       (alnum((unsigned char)line[p]) || line[p] == '(' || line[p] == ')'))
			p++;
		/* a JSON key with a structure, null or nothing for its value */
		if (p < len && line[p] == '"') {
			p = skip_sep(line, len, p + 1);
			if (p < len && (line[p] == '[' || line[p] == '{' || line[p] == 'n' ||
			                (line[p] == '"' && p + 1 < len && line[p + 1] == '"')))
				return 0;
			return !nil_at(line, len, p);
		}
		/* one more word: "Errors encountered: 0", "Error code: 0x0" */
		if (p < len && line[p] == ' ') {
			size_t q = p + 1;
			while (q < len && alnum((unsigned char)line[q]))
				q++;
			if (q > p + 1 && q < len && (line[q] == ':' || line[q] == '=') &&
			    nil_at(line, len, skip_sep(line, len, q)))
				return 0;
		}
		return !nil_at(line, len, skip_sep(line, len, p));
	}
}

/* Whether the line has at least three words (blank-separated): one or two
 * are a heading or a column title ("ERROR:", "Error details"), in the
 * languages that put blanks between words. */
static int three_words(const char *line, size_t len)
{
	size_t i, n = 0;
	int in = 0;
	for (i = 0; i < len && n < 3; i++) {
		int blank = line[i] == ' ' || line[i] == '\t';
		if (!blank && !in)
			n++;
		in = !blank;
	}
	return n >= 3;
}

/* Per first byte (ASCII in lower case): whether a keyword starts with it,
 * built once. */
#define BUCKET 16
static unsigned char bucket[256][BUCKET]; /* keyword indices + 1, 0 ends */
static size_t kwlen[N_KW];
/* The keywords that start with a non-ASCII letter: their first four bytes,
 * hashed to 16 bits, and the lead bytes of those shorter than that. */
static uint64_t hi_four[65536 / 64];
static unsigned char hi_short[256];

static void put(unsigned char c, size_t k)
{
	size_t i;
	for (i = 0; i < BUCKET - 1 && bucket[c][i]; i++)
		;
	bucket[c][i] = (unsigned char)(k + 1);
}

static void build_starts(void)
{
	size_t k;
	for (k = 0; k < N_KW; k++) {
		unsigned char c = (unsigned char)kws[k].s[0];
		kwlen[k] = strlen(kws[k].s);
		put(c, k);
		if (c >= 0x80 && kwlen[k] < 4) {
			hi_short[c] = 1;
		} else if (c >= 0x80) {
			uint32_t v;
			memcpy(&v, kws[k].s, 4);
			v = (v * 2654435761u) >> 16;
			hi_four[v >> 6] |= (uint64_t)1 << (v & 63);
		}
		if (c >= 'a' && c <= 'z')
			put((unsigned char)(c - 32), k);
	}
}

/* Whether keyword k at line[at..) makes the line an error (words: the
 * line has three words). */
static int counts_at(const char *line, size_t len, size_t at, size_t k, int words)
{
	/* CJK text has no blanks between words: only the words of the other
	 * languages need three */
	if ((!words && kws[k].kind != K_ALWAYS) || !at_ci_n(line, len, at, kws[k].s, kwlen[k]))
		return 0;
	return counts(line, len, at, kwlen[k], kws[k].kind);
}

int lx_unrec_is_error(const char *line, size_t len)
{
	size_t at;
	int words;
	pthread_once(&starts_once, build_starts);
	if (len > VERIFY_MAX)
		len = VERIFY_MAX;
	words = three_words(line, len);
	/* every place a keyword may start (the scan's decide() is told them) */
	for (at = 0; at < len; at++) {
		const unsigned char *b = bucket[(unsigned char)line[at]];
		size_t i;
		for (i = 0; i < BUCKET && b[i]; i++)
			if (counts_at(line, len, at, b[i] - 1u, words))
				return 1;
	}
	return 0;
}

size_t lx_unrec_keywords(const char **out, size_t max)
{
	size_t i;
	for (i = 0; i < N_KW && i < max; i++)
		out[i] = scan_src(i);
	return N_KW;
}

/* The hits from i on that end in the line of hit i (a likely place: the
 * keyword is checked) decide that line once, whole: it is an error when
 * one of its keyword occurrences counts.  The scan names every occurrence
 * (hits come in the order of ends), so the line is not searched again.
 * Returns the first hit past the line. */
static size_t decide(lx_unrec_det *d, size_t i)
{
	const char *nl, *line;
	size_t end = d->hit[i].end, n = kwlen[d->hit[i].kw], at = end - 1, len, j;
	int words, yes = 0;
	if (!end || end < n || !at_ci_n(d->buf, d->len, end - n, kws[d->hit[i].kw].s, n))
		return i + 1; /* only a likely place: not the keyword */
	d->ls = lx_line_start(d->buf, at);
	nl = memchr(d->buf + at, '\n', d->len - at);
	d->le = nl ? (size_t)(nl - d->buf) : d->len;
	if (d->le > d->ls && d->buf[d->le - 1] == '\r')
		d->le--;
	line = d->buf + d->ls;
	len = d->le - d->ls < VERIFY_MAX ? d->le - d->ls : VERIFY_MAX;
	words = three_words(line, len);
	for (j = i; j < d->n_hit && d->hit[j].end - 1 < d->le; j++) {
		size_t k = d->hit[j].kw, e = d->hit[j].end;
		if (!yes && e >= d->ls + kwlen[k] && e - d->ls <= len)
			yes = counts_at(line, len, e - kwlen[k] - d->ls, k, words);
	}
	if (yes)
		d->fn(d->ud, d->ls, d->le);
	if (d->le < d->len && d->buf[d->le] == '\r')
		d->le++; /* the '\r' is part of the decided line */
	return j;
}

void lx_unrec_det_add(lx_unrec_det *d, size_t k, size_t end)
{
	if (d->n_hit == d->cap_hit)
		lx_xgrow(&d->hit, &d->cap_hit, d->n_hit + 1, sizeof *d->hit);
	d->hit[d->n_hit].end = end;
	d->hit[d->n_hit].kw = k;
	d->n_hit++;
}

static void on_kw(void *ud, size_t pat, size_t end)
{
	lx_unrec_det_add(ud, pat, end);
}

/* The keywords that start with a non-ASCII letter and occur at buf[p]
 * (its first byte a lead byte), added to d: a table of their first four
 * bytes (hashed) turns most places away before they are compared. */
__attribute__((always_inline)) static inline void high_kw_at(lx_unrec_det *d, const char *buf,
                                                             size_t len, size_t p)
{
	const unsigned char *b = (const unsigned char *)buf + p;
	size_t j;
	if (len - p >= 4 && !hi_short[b[0]]) {
		uint32_t v;
		memcpy(&v, b, 4);
		v = (v * 2654435761u) >> 16;
		if (!(hi_four[v >> 6] >> (v & 63) & 1))
			return;
	}
	for (j = 0; j < BUCKET && bucket[b[0]][j]; j++) {
		size_t k = bucket[b[0]][j] - 1u;
		if (kwlen[k] <= len - p && !memcmp(b, kws[k].s, kwlen[k]))
			lx_unrec_det_add(d, k, p + kwlen[k]);
	}
}

/* The occurrences of the keywords that start with a non-ASCII letter, in
 * one pass over the lead bytes of the block's non-ASCII characters
 * (sixteen bytes a step with SSE2), each looked at by high_kw_at().  No
 * keyword can overlap itself, so each place is one hit. */
static void high_keywords(lx_unrec_det *d, const char *buf, size_t len)
{
	const unsigned char *b = (const unsigned char *)buf;
	size_t i = 0;
#ifdef __SSE2__
	const __m128i below_lead = _mm_set1_epi8((char)0xbf);
	for (; i + 16 <= len; i += 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)(b + i));
		if (!(i & 63) && i + 64 <= len) {
			/* most text is ASCII: 64 bytes at a time until it is not */
			const __m128i *q = (const __m128i *)(const void *)(b + i);
			if (!_mm_movemask_epi8(
				    _mm_or_si128(_mm_or_si128(x, _mm_loadu_si128(q + 1)),
			                         _mm_or_si128(_mm_loadu_si128(q + 2),
			                                      _mm_loadu_si128(q + 3))))) {
				i += 48;
				continue;
			}
		}
		/* 0xc0..0xff: negative as signed bytes, above 0xbf */
		unsigned m = (unsigned)_mm_movemask_epi8(x) &
		             (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(x, below_lead));
		while (m) {
			high_kw_at(d, buf, len, i + (size_t)__builtin_ctz(m));
			m &= m - 1;
		}
	}
#endif
	for (; i < len; i++) {
		if (!(i & 7) && len - i >= 8) { /* without SSE2: ASCII a word at a time */
			uint64_t w;
			memcpy(&w, b + i, 8);
			if (!(w & 0x8080808080808080ULL)) {
				i += 7;
				continue;
			}
		}
		if (b[i] >= 0xc0)
			high_kw_at(d, buf, len, i);
	}
}

static int hit_cmp(const void *a, const void *b)
{
	const kwhit *x = a, *y = b;
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	return x->kw < y->kw ? -1 : x->kw > y->kw;
}

void lx_unrec_det_run(lx_unrec_det *d, const char *buf, size_t len, lx_unrec_fn fn, void *ud)
{
	size_t i;
	/* the keywords that start with a non-ASCII letter are looked for
	 * here (scan_src) */
	high_keywords(d, buf, len);
	/* the scan names them nearly in order: sort only when it must */
	for (i = 1; i < d->n_hit && hit_cmp(&d->hit[i - 1], &d->hit[i]) <= 0; i++)
		;
	if (i < d->n_hit)
		qsort(d->hit, d->n_hit, sizeof *d->hit, hit_cmp);
	d->buf = buf;
	d->len = len;
	d->ls = d->le = 0;
	d->fn = fn;
	d->ud = ud;
	for (i = 0; i < d->n_hit;)
		i = decide(d, i);
	d->n_hit = 0;
	d->buf = NULL;
}

void lx_unrec_det_scan(lx_unrec_det *d, const char *buf, size_t len, lx_unrec_fn fn, void *ud)
{
	if (!len)
		return;
	if (d->blocks++ % TUNE_EVERY == 0) {
		lx_prefilter_sample(d->pf, buf, len < TUNE_SAMPLE ? len : TUNE_SAMPLE);
		lx_prefilter_tune(d->pf);
	}
	d->n_hit = 0;
	lx_prefilter_scan(d->pf, buf, len, on_kw, d);
	lx_unrec_det_run(d, buf, len, fn, ud);
}
