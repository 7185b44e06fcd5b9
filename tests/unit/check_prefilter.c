/* Unit tests: literal extraction, and soundness: wherever PCRE2 matches a
 * line, the prefilter must have named that line for the pattern. */
#include <check.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "escape.h"
#include "prefilter.h"
#include "utf8case.h"
#include "runner.h"

static const char *const pats[] = {
	"(?i)error\\h+code\\h*:\\h*-2147164145\\b|\\[0x8004E00F\\]",
	"(?i)exit\\h+code\\h*:\\h*802\\b",
	"(?i)\\b(?:ErrorID|Error\\h+ID)\\h*[:=]?\\h*\"?(95107|95108)\\b",
	"SalBitmapError",
	"\\d+",
	"(?i)er?ror",
	"(ab|cd)?efgh",
	"Installation Status - (Failed|Succeeded)",
	"(?i)(?<![0-9a-f])0x8007041F(?![0-9a-f])",
	"a{2}bcd+e",
	"[Cc]luster\\h+service",
	"(?i)ÉCHEC\\h+de\\h+la\\h+connexion",
	"x(?#comment)yz1",
	"(?i:MSDTC)\\h+not\\h+available",
	/* literals that no digit may follow (see no_digit_after below) */
	"(?i)ErrorID\\h*:\\h*(?:95107|95108)(?!\\d)",
	"(?i)(?<![0-9a-z_-])(?:(?:(?:0x)?800706BE|2147944126|-2147023170))(?![0-9a-z_-])",
	"(?:51234|51234\\d)(?!\\d)",
	"code 77123(?![0-9])",
	"(?:(?:4242|6161)x)(?!\\d)",
	/* non-ASCII under (?i): characters without case are literal bytes;
	 * Latin-1 and basic Cyrillic letters give every spelling; those that
	 * Unicode folds with a third character (ß, В) end the literal */
	"(?i)учетн\\w*\\h+данн\\w*\\h+хранилищ",
	"(?i)(?:vault\\h*credential|保管库凭据|учетн\\w*\\h+данн)",
	"(?i)für\\h+alle",
	"(?i)Straße\\h+1",
	"(?i)库?存档",
	"(?i)ЁЛКА|вход",
	/* a branch that is a group of words brings all of them */
	"(?:(?:abcd|efgh)|ijkl)",
	/* sources seen before: read once, the same literals */
	"(?i)exit\\h+code\\h*:\\h*802\\b",
	"\\d+",
};
#define NP (sizeof pats / sizeof pats[0])

static const char *const lines[] = {
	"- Error code: -2147164145 [0x8004E00F]",
	"- error CODE:   -2147164145",
	"- EXIT Code: 802",
	"ErrorID: 95107",
	"error id = \"95108\"",
	"SalBitmapError in CBEngine",
	"salbitmaperror",
	"12345",
	"eror and ERROR",
	"abefgh cdefgh efgh",
	"Installation Status - Failed",
	"hr=0X8007041F.",
	"hr=A0x8007041F",
	"aabcdddde",
	"cluster service",
	"échec de la connexion",
	"ÉCHEC DE LA CONNEXION",
	"xyz1",
	"msdtc  not available",
	"ErrorID: 95108",
	"ErrorID: 951070",
	"hr=800706be",
	"hr = -2147023170.",
	"{800706BE-BD43}",
	"512345",
	"at 51234",
	"code 77123",
	"4242x9 4242x",
	"УЧЕТНЫЕ ДАННЫЕ ХРАНИЛИЩА недействительны",
	"учетные  данные хранилища",
	"Учетные Данные",
	"保管库凭据无效",
	"vault credential expired",
	"FÜR ALLE",
	"für alle",
	"STRAẞE 1",
	"straße 1",
	"存档",
	"库存档",
	"ёлка",
	"Ёлка ВХОД",
	"efgh",
	"nothing to see here",
};
#define NL (sizeof lines / sizeof lines[0])

typedef struct seen {
	char hit[NP][NL];
	const char *text;
	size_t starts[NL + 1];
} seen;

static void on(void *ud, size_t pat, size_t end)
{
	seen *s = ud;
	size_t l = 0;
	while (l + 1 < NL && s->starts[l + 1] <= end - 1)
		l++;
	s->hit[pat][l] = 1;
}

START_TEST(sound)
{
	lx_prefilter *pf = lx_prefilter_new(pats, NP);
	seen s;
	char text[4096];
	size_t i, j, off = 0;
	memset(&s, 0, sizeof s);
	for (j = 0; j < NL; j++) {
		s.starts[j] = off;
		off += (size_t)snprintf(text + off, sizeof text - off, "%s\n", lines[j]);
	}
	s.text = text;
	lx_prefilter_scan(pf, text, off, on, &s);
	for (i = 0; i < NP; i++) {
		int ec;
		PCRE2_SIZE eo;
		pcre2_code *c = pcre2_compile((PCRE2_SPTR)pats[i], PCRE2_ZERO_TERMINATED, PCRE2_UTF,
		                              &ec, &eo, NULL);
		pcre2_match_data *md = pcre2_match_data_create(4, NULL);
		ck_assert_ptr_nonnull(c);
		for (j = 0; j < NL; j++) {
			int rc = pcre2_match(c, (PCRE2_SPTR)lines[j], strlen(lines[j]), 0, 0, md,
			                     NULL);
			if (rc >= 0 && lx_prefilter_has(pf, i)) {
				ck_assert_msg(s.hit[i][j], "pattern %zu matches line %zu unseen", i,
				              j);
				ck_assert_msg(lx_prefilter_check(pf, i, lines[j], strlen(lines[j])),
				              "pattern %zu matches line %zu, the check refuses it",
				              i, j);
			}
		}
		pcre2_match_data_free(md);
		pcre2_code_free(c);
	}
	lx_prefilter_free(pf);
}
END_TEST

/* A repeated source has the literals of its first instance. */
START_TEST(repeated_sources)
{
	lx_prefilter *pf = lx_prefilter_new(pats, NP);
	const char *a[8], *b[8];
	size_t na = lx_prefilter_literals(pf, 1, a, 8),
	       nb = lx_prefilter_literals(pf, NP - 2, b, 8), k;
	ck_assert_str_eq(pats[1], pats[NP - 2]);
	ck_assert_uint_gt(na, 0);
	ck_assert_uint_eq(na, nb);
	for (k = 0; k < na && k < 8; k++)
		ck_assert_str_eq(a[k], b[k]);
	ck_assert_int_eq(lx_prefilter_quality(pf, 1), lx_prefilter_quality(pf, NP - 2));
	ck_assert(!lx_prefilter_has(pf, NP - 1)); /* \\d+ again: no literal */
	lx_prefilter_free(pf);
}
END_TEST

START_TEST(literals)
{
	lx_prefilter *pf = lx_prefilter_new(pats, NP);
	const char *l[8];
	ck_assert_uint_eq(lx_prefilter_literals(pf, 1, l, 8), 1);
	ck_assert_str_eq(l[0], "802");
	ck_assert_uint_eq(lx_prefilter_literals(pf, 2, l, 8), 2);
	ck_assert_str_eq(l[0], "95107");
	ck_assert_str_eq(l[1], "95108");
	ck_assert_int_eq(lx_prefilter_has(pf, 4), 0); /* \d+ has no literal */
	ck_assert_uint_eq(lx_prefilter_literals(pf, 7, l, 8), 1);
	ck_assert_str_eq(l[0], "installation status - ");
	ck_assert_uint_eq(lx_prefilter_literals(pf, 12, l, 8), 1);
	ck_assert_str_eq(l[0], "xyz1");
	/* an alternative in Cyrillic no longer leaves the set without literals */
	ck_assert_str_eq(pats[20], "(?i)(?:vault\\h*credential|保管库凭据|учетн\\w*\\h+данн)");
	ck_assert(lx_prefilter_has(pf, 19));
	ck_assert(lx_prefilter_has(pf, 20));
	ck_assert(lx_prefilter_has(pf, 23));
	lx_prefilter_free(pf);
}
END_TEST

static void count_hit(void *ud, size_t pat, size_t end);

/* A literal that ends where the pattern forbids a digit after it: the scan
 * passes over its occurrences inside longer numbers. */
START_TEST(no_digit_after)
{
	static const char *const p[] = {
		"(?i)ID\\h*:\\h*(?:95107)(?!\\d)",
		"(?:95107|95107\\d)(?!\\d)", /* one branch ends with \\d: no mark */
		"95107(?![a-z])",            /* digits may follow: no mark */
	};
	lx_prefilter *pf = lx_prefilter_new(p, 3);
	const char *l[8];
	size_t h[2] = {0, 0};
	const char *t1 = "ErrorID: 951070 ErrorID: 2951071\n";
	const char *t2 = "ErrorID: 95107\n";
	lx_prefilter_scan(pf, t1, strlen(t1), count_hit, h);
	/* pattern 0 is not named; 1 and 2 are, once per occurrence */
	ck_assert_uint_eq(h[0], 4);
	h[0] = h[1] = 0;
	lx_prefilter_scan(pf, t2, strlen(t2), count_hit, h);
	ck_assert_uint_eq(h[0], 3);
	ck_assert_int_eq(lx_prefilter_literals(pf, 0, l, 8), 1);
	ck_assert_str_eq(l[0], "95107");
	lx_prefilter_free(pf);
}
END_TEST

/* The other literal sets are checked on the scan's lines. */
START_TEST(checks)
{
	static const char *const p[] = {
		"(?i)exit\\h+code\\h*:\\h*802\\b",
		"(?i)(?:\\bcache\\h+folder|\\bscratch).*?(?:not\\h+found|invalid)|"
		"(?:not\\h+found|invalid).*?(?:\\bcache\\h+folder|\\bscratch)",
	};
	lx_prefilter *pf = lx_prefilter_new(p, 2);
	const char *l[8];
	size_t n = lx_prefilter_literals(pf, 1, l, 8);
	ck_assert_uint_eq(n, 2); /* the scan looks for "cache" or "scratch" */
	ck_assert_int_eq(lx_prefilter_check(pf, 0, "Exit code: 802", 14), 1);
	ck_assert_int_eq(lx_prefilter_check(pf, 0, "Error 802", 9), 0); /* no "exit" */
	ck_assert_int_eq(lx_prefilter_check(pf, 1, "scratch: INVALID", 16), 1);
	ck_assert_int_eq(lx_prefilter_check(pf, 1, "cache folder is fine", 20), 0);
	/* a literal across the sixteen-byte steps, and at the very end */
	ck_assert_int_eq(lx_prefilter_check(pf, 1, "scratch ............ not found", 30), 1);
	ck_assert_int_eq(lx_prefilter_check(pf, 1, "scratch ............ not foun", 29), 0);
	lx_prefilter_free(pf);
}
END_TEST

/* The vector gate and the plain one find the same occurrences. */
static void count_hit(void *ud, size_t pat, size_t end)
{
	size_t *h = ud;
	h[0]++;
	h[1] += pat * 31 + end;
}

START_TEST(gate_paths)
{
	/* on the heap, exactly as long as the text: a read past its end is
	 * caught by the sanitizer build */
	const size_t len = 8190;
	char *text = malloc(len);
	size_t i, a[2] = {0, 0}, b[2] = {0, 0};
	lx_prefilter *pf, *plain;
	unsigned x = 12345;
	ck_assert_ptr_nonnull(text);
	for (i = 0; i < len; i++) {
		x = x * 1103515245u + 12345u;
		text[i] = "aeiou tnrs 0123456789\n-[]:xX"[(x >> 16) % 29];
	}
	memcpy(text + 100, "Exit Code: 802", 14);
	memcpy(text + len - 15, "error code: 802", 15);
	memcpy(text + 4097, "-2147164145", 11);
	pf = lx_prefilter_new(pats, NP);
	setenv("LOGDX_NO_SIMD", "1", 1);
	plain = lx_prefilter_new(pats, NP);
	unsetenv("LOGDX_NO_SIMD");
	lx_prefilter_scan(pf, text, len, count_hit, a);
	lx_prefilter_scan(plain, text, len, count_hit, b);
	ck_assert_uint_ge(a[0], 3);
	ck_assert_uint_eq(a[0], b[0]);
	ck_assert_uint_eq(a[1], b[1]);
	lx_prefilter_free(pf);
	lx_prefilter_free(plain);
	free(text);
}
END_TEST

typedef struct want {
	size_t pat, end;
	int found;
} want;

static void on_want(void *ud, size_t pat, size_t end)
{
	want *w = ud;
	if (pat == w->pat && end == w->end)
		w->found = 1;
}

/* Each literal a pattern scans for is found wherever it lies: at every
 * offset near both ends of a block and around its middle, in upper and
 * lower case (the scan reads entries without bounds where they all fit,
 * and with them near the ends). */
START_TEST(every_offset)
{
	const size_t len = 700;
	char *text = malloc(len);
	size_t i, k, o;
	lx_prefilter *pf = lx_prefilter_new(pats, NP);
	ck_assert_ptr_nonnull(text);
	for (i = 0; i < NP; i++) {
		const char *lit[8];
		size_t nl = lx_prefilter_literals(pf, i, lit, 8);
		for (k = 0; k < nl; k++) {
			size_t L = strlen(lit[k]);
			for (o = 0; o + L <= len; o++) {
				want w = {i, o + L, 0};
				size_t c;
				if (o > 100 && o + L + 100 < len && (o < 300 || o > 400))
					continue;
				memset(text, '.', len);
				for (c = 0; c < L; c++)
					text[o + c] = (o & 1) ? (char)toupper(
									(unsigned char)lit[k][c])
					                      : lit[k][c];
				lx_prefilter_scan(pf, text, len, on_want, &w);
				ck_assert_msg(w.found, "pattern %zu, literal %s at %zu not seen", i,
				              lit[k], o);
			}
		}
	}
	lx_prefilter_free(pf);
	free(text);
}
END_TEST

/* A pattern left out of the scan still has its literals for the windows
 * around a hit: text without one of its clauses cannot match. */
START_TEST(may_match)
{
	lx_prefilter *pf = lx_prefilter_new(pats, NP);
	unsigned char keep[NP];
	static const char a[] = "line one\n- EXIT Code: 802\nline three";
	static const char b[] = "line one\n- EXIT Code: 803\nline three";
	static const char c[] = "exit 802, code later";
	memset(keep, 0, sizeof keep);
	keep[0] = 1;
	lx_prefilter_keep(pf, keep);
	ck_assert(!lx_prefilter_has(pf, 1)); /* not scanned for */
	ck_assert(lx_prefilter_may_match(pf, 1, a, strlen(a)));
	ck_assert(!lx_prefilter_may_match(pf, 1, b, strlen(b)));
	/* every clause is needed, not one of them */
	ck_assert(!lx_prefilter_may_match(pf, 1, c, 4));
	/* \d+ has no literal: it may match anywhere */
	ck_assert(lx_prefilter_may_match(pf, 4, b, strlen(b)));
	ck_assert(lx_prefilter_may_match(pf, NP + 5, b, strlen(b)));
	lx_prefilter_free(pf);
}
END_TEST

/* Code point c in UTF-8 at o; returns its length. */
static int utf8(unsigned c, char *o)
{
	return (int)lx_utf8_put(c, (unsigned char *)o);
}

static pcre2_code *caseless(const char *pat)
{
	int ec;
	PCRE2_SIZE eo;
	pcre2_code *c = pcre2_compile((PCRE2_SPTR)pat, PCRE2_ZERO_TERMINATED,
	                              PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &ec, &eo, NULL);
	ck_assert_ptr_nonnull(c);
	return c;
}

/* The spellings utf8case.c knows are the ones the linked PCRE2 matches
 * caselessly: a class of every character it says has no case, and one of
 * every letter it gives two spellings, match no code point outside them;
 * each letter matches its other spelling.  (Two characters that fold
 * together and were both taken for caseless would pass: the classes are
 * checked against the rest, not within.) */
START_TEST(caseless_spellings_as_pcre2)
{
	static unsigned char kind[0x10000];
	static char alt[0x10000][2];
	static char pat[2][1 << 16];
	size_t o[2] = {0, 0};
	pcre2_match_data *md = pcre2_match_data_create(4, NULL);
	pcre2_code *code[2];
	unsigned c;
	int k, n2 = 0;
	for (k = 0; k < 2; k++)
		o[k] = (size_t)sprintf(pat[k], "(?i)^[");
	for (c = 0x80; c < 0x10000; c++) {
		char u[4];
		size_t len = 0;
		int n;
		if (c >= 0xd800 && c < 0xe000)
			continue;
		n = utf8(c, u);
		kind[c] = (unsigned char)lx_utf8_case(u, &len, alt[c]);
		if (kind[c])
			ck_assert_uint_eq(len, (size_t)n);
		n2 += kind[c] == 2;
	}
	/* the classes as ranges: PCRE2 compiles a long list too large */
	for (c = 0x80; c < 0x10000; c++)
		if (kind[c] && kind[c - 1] != kind[c]) {
			unsigned e = c;
			while (e + 1 < 0x10000 && kind[e + 1] == kind[c])
				e++;
			k = kind[c] - 1;
			o[k] += (size_t)sprintf(pat[k] + o[k], "\\x{%x}-\\x{%x}", c, e);
		}
	ck_assert_int_gt(n2, 100);
	for (k = 0; k < 2; k++) {
		sprintf(pat[k] + o[k], "]$");
		code[k] = caseless(pat[k]);
	}
	for (c = 0; c < 0x110000; c++) {
		char u[4];
		int n;
		if (c >= 0xd800 && c < 0xe000)
			continue;
		n = utf8(c, u);
		for (k = 0; k < 2; k++)
			if (pcre2_match(code[k], (PCRE2_SPTR)u, (size_t)n, 0, 0, md, NULL) >= 0)
				ck_assert_msg(c < 0x10000 && kind[c] == k + 1,
				              "U+%04X folds with a character of kind %d", c, k + 1);
	}
	for (c = 0x80; c < 0x10000; c++)
		if (kind[c] == 2) {
			char one[16], u[4];
			pcre2_code *p;
			int n = utf8(c, u);
			snprintf(one, sizeof one, "(?i)^%.*s$", n, u);
			p = caseless(one);
			ck_assert_msg(pcre2_match(p, (PCRE2_SPTR)alt[c], 2, 0, 0, md, NULL) >= 0,
			              "U+%04X does not match its other spelling", c);
			pcre2_code_free(p);
		}
	for (k = 0; k < 2; k++)
		pcre2_code_free(code[k]);
	pcre2_match_data_free(md);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("prefilter");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, sound);
	tcase_add_test(tc, repeated_sources);
	tcase_add_test(tc, literals);
	tcase_add_test(tc, checks);
	tcase_add_test(tc, gate_paths);
	tcase_add_test(tc, every_offset);
	tcase_add_test(tc, may_match);
	tcase_add_test(tc, no_digit_after);
	suite_add_tcase(s, tc);
	tc = tcase_create("unicode");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, caseless_spellings_as_pcre2);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
