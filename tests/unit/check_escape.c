/* Unit tests: nothing from a log reaches a terminal or JSON raw. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "runner.h"

static char out[256];

static const char *run(void (*f)(lx_buf *, const char *, size_t), const char *s, size_t n)
{
	lx_buf b = {0};
	f(&b, s, n);
	snprintf(out, sizeof out, "%s", b.p ? b.p : "");
	lx_buf_free(&b);
	return out;
}

START_TEST(terminal)
{
	ck_assert_str_eq(run(lx_esc_term, "a\033[2Jb", 6), "a\\e[2Jb");
	ck_assert_str_eq(run(lx_esc_term, "tab\tok", 6), "tab\tok");
	ck_assert_str_eq(run(lx_esc_term, "nl\n", 3), "nl\\n");
	ck_assert_str_eq(run(lx_esc_term, "\xff", 1), "\\xff");
	ck_assert_str_eq(run(lx_esc_term, "caf\xc3\xa9", 5), "caf\xc3\xa9");
	ck_assert_str_eq(run(lx_esc_term, "\xc2\x9b", 2), "\\xc2\\x9b"); /* C1 CSI */
}
END_TEST

START_TEST(json)
{
	ck_assert_str_eq(run(lx_esc_json, "a\"b\\c", 5), "a\\\"b\\\\c");
	ck_assert_str_eq(run(lx_esc_json, "\x01", 1), "\\u0001");
	ck_assert_str_eq(run(lx_esc_json, "x\xffy", 3), "x\xef\xbf\xbdy");
	ck_assert_str_eq(run(lx_esc_json, "\xed\xa0\x80", 3),
	                 "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
}
END_TEST

START_TEST(csv_html)
{
	ck_assert_str_eq(run(lx_esc_csv, "plain", 5), "plain");
	ck_assert_str_eq(run(lx_esc_csv, "a,\"b\"", 5), "\"a,\"\"b\"\"\"");
	ck_assert_str_eq(run(lx_esc_html, "<a href='x'>&", 13), "&lt;a href=&#39;x&#39;&gt;&amp;");
}
END_TEST

START_TEST(bidi_controls)
{
	/* U+202E would show "exe.txt" as "txt.exe" */
	ck_assert_str_eq(run(lx_esc_term, "a\xe2\x80\xaetxt.exe", 11), "a\\u202etxt.exe");
	ck_assert_str_eq(run(lx_esc_html, "a\xe2\x80\xaetxt.exe", 11), "a\\u202etxt.exe");
	ck_assert_str_eq(run(lx_esc_csv,
	                     "a\xe2\x81\xa6"
	                     "b",
	                     5),
	                 "a\\u2066b");
	ck_assert_str_eq(run(lx_esc_term, "\xd8\x9c", 2), "\\u061c");
	/* other characters of those blocks pass */
	ck_assert_str_eq(run(lx_esc_term, "\xe2\x80\x94", 3), "\xe2\x80\x94");
}
END_TEST

START_TEST(csv_formulas)
{
	ck_assert_str_eq(run(lx_esc_csv, "=1+2", 4), "\"'=1+2\"");
	ck_assert_str_eq(run(lx_esc_csv, "+x", 2), "\"'+x\"");
	ck_assert_str_eq(run(lx_esc_csv, "- Exit code: 802", 16), "\"'- Exit code: 802\"");
	ck_assert_str_eq(run(lx_esc_csv, "@SUM(A1)", 8), "\"'@SUM(A1)\"");
	ck_assert_str_eq(run(lx_esc_csv, "a=b", 3), "a=b");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("escape");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, terminal);
	tcase_add_test(tc, json);
	tcase_add_test(tc, csv_html);
	tcase_add_test(tc, bidi_controls);
	tcase_add_test(tc, csv_formulas);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
