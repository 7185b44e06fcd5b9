/* Unit tests: literal extraction, and soundness: wherever PCRE2 matches a
 * line, the prefilter must have named that line for the pattern. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "prefilter.h"
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
			int rc = pcre2_match(c, (PCRE2_SPTR)lines[j], strlen(lines[j]), 0, 0, md, NULL);
			if (rc >= 0 && lx_prefilter_has(pf, i))
				ck_assert_msg(s.hit[i][j], "pattern %zu matches line %zu unseen", i, j);
		}
		pcre2_match_data_free(md);
		pcre2_code_free(c);
	}
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
	lx_prefilter_free(pf);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("prefilter");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, sound);
	tcase_add_test(tc, literals);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
