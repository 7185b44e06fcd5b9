/* Unit tests: buffers, sizes and path chains. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "chain.h"
#include "util.h"
#include "runner.h"

START_TEST(buffers)
{
	lx_buf b = {0};
	char *s;
	int i;
	for (i = 0; i < 1000; i++)
		lx_buf_addf(&b, "%d,", i);
	ck_assert_uint_eq(b.len, strlen(b.p));
	ck_assert(!strncmp(b.p, "0,1,2,", 6));
	lx_buf_reset(&b);
	ck_assert_uint_eq(b.len, 0);
	lx_buf_add(&b, "a\0b", 3);
	ck_assert_uint_eq(b.len, 3);
	s = lx_buf_take(&b);
	ck_assert_int_eq(s[2], 'b');
	ck_assert_ptr_null(b.p);
	free(s);
	lx_buf_free(&b);
}
END_TEST

START_TEST(sizes)
{
	uint64_t v;
	ck_assert_int_eq(lx_parse_size("16G", &v), 0);
	ck_assert(v == (uint64_t)16 << 30);
	ck_assert_int_eq(lx_parse_size("1k", &v), 0);
	ck_assert(v == 1024);
	ck_assert_int_eq(lx_parse_size("12", &v), 0);
	ck_assert(v == 12);
	ck_assert_int_eq(lx_parse_size("", &v), -1);
	ck_assert_int_eq(lx_parse_size("-1", &v), -1);
	ck_assert_int_eq(lx_parse_size("1X", &v), -1);
	ck_assert_int_eq(lx_parse_size("99999999999999999999T", &v), -1);
}
END_TEST

/* ASCII letters compared without case, every other byte as it is, in
 * any locale. */
START_TEST(ascii_caseeq)
{
	ck_assert(lx_ascii_caseeq("Vault Credential", "vAULT cREDENTIAL"));
	ck_assert(lx_ascii_caseeq("", ""));
	ck_assert(!lx_ascii_caseeq("vault", "vaults"));
	ck_assert(!lx_ascii_caseeq("vaults", "vault"));
	ck_assert(!lx_ascii_caseeq("a[", "A{")); /* [ and { differ by 0x20 too */
	ck_assert(lx_ascii_caseeq("\xd1\x83\xd1\x87", "\xd1\x83\xd1\x87"));
	ck_assert(!lx_ascii_caseeq("\xd1\x83", "\xd0\xa3")); /* у, У: not ASCII */
	ck_assert(!lx_ascii_caseeq("\xe9", "\xc9"));         /* é, É in Latin-1 */
}
END_TEST

START_TEST(chains)
{
	lx_chain c = {0}, d;
	char *s;
	lx_chain_push(&c, "cases/host.zip");
	lx_chain_push(&c, "UploadedLogs/inner.zip");
	lx_chain_push(&c, "x.log");
	s = lx_chain_display(&c);
	ck_assert_str_eq(s, "cases/host.zip!UploadedLogs/inner.zip!x.log");
	free(s);
	ck_assert_str_eq(lx_chain_leaf(&c), "x.log");
	lx_chain_copy(&d, &c);
	lx_chain_pop(&c);
	ck_assert_uint_eq(c.n, 2);
	ck_assert_uint_eq(d.n, 3);
	lx_chain_free(&c);
	lx_chain_push(&c, "dir/");
	lx_chain_push_file(&c, "a/b.log");
	s = lx_chain_display(&c);
	ck_assert_str_eq(s, "dir/a/b.log");
	free(s);
	lx_chain_free(&c);
	lx_chain_free(&d);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("util");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, buffers);
	tcase_add_test(tc, sizes);
	tcase_add_test(tc, chains);
	tcase_add_test(tc, ascii_caseeq);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
