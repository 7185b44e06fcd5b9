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
	ck_assert_str_eq(run(lx_esc_json, "\xed\xa0\x80", 3), "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
}
END_TEST

START_TEST(csv_html)
{
	ck_assert_str_eq(run(lx_esc_csv, "plain", 5), "plain");
	ck_assert_str_eq(run(lx_esc_csv, "a,\"b\"", 5), "\"a,\"\"b\"\"\"");
	ck_assert_str_eq(run(lx_esc_html, "<a href='x'>&", 13), "&lt;a href=&#39;x&#39;&gt;&amp;");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("escape");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, terminal);
	tcase_add_test(tc, json);
	tcase_add_test(tc, csv_html);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
