/* Unit tests: the JSON reader of --merge (json.c): values of every type,
 * string escapes to UTF-8 (surrogate pairs, lone surrogates), the reasons
 * given for bad input, the nesting limit, and the member lookups. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "runner.h"

static lx_json *parse(const char *s)
{
	const char *err = NULL;
	lx_json *j = lx_json_parse(s, strlen(s), &err);
	ck_assert_msg(j != NULL, "'%s' did not parse: %s", s, err ? err : "(no reason)");
	return j;
}

/* The reason s is refused for. */
static const char *refused(const char *s, size_t n)
{
	const char *err = NULL;
	lx_json *j = lx_json_parse(s, n, &err);
	ck_assert_msg(j == NULL, "'%s' parsed", s);
	ck_assert_ptr_nonnull(err);
	return err;
}

#define REFUSED(s) refused(s, strlen(s))

START_TEST(scalars)
{
	lx_json *j = parse(" true ");
	ck_assert_int_eq(j->type, LX_J_BOOL);
	ck_assert(j->num == 1.0);
	lx_json_free(j);
	j = parse("false");
	ck_assert_int_eq(j->type, LX_J_BOOL);
	ck_assert(j->num == 0.0);
	lx_json_free(j);
	j = parse("\tnull\r\n");
	ck_assert_int_eq(j->type, LX_J_NULL);
	lx_json_free(j);
	j = parse("-12.5e2");
	ck_assert_int_eq(j->type, LX_J_NUM);
	ck_assert(j->num == -1250.0);
	lx_json_free(j);
	j = parse("0");
	ck_assert(j->num == 0.0);
	lx_json_free(j);
	j = parse("\"\"");
	ck_assert_int_eq(j->type, LX_J_STR);
	ck_assert_str_eq(j->str, "");
	ck_assert_uint_eq(j->len, 0);
	lx_json_free(j);
	lx_json_free(NULL);
}
END_TEST

START_TEST(strings)
{
	lx_json *j = parse("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"");
	ck_assert_str_eq(j->str, "a\"b\\c/d\b\f\n\r\t");
	lx_json_free(j);
	/* \u escapes to UTF-8, one to four bytes */
	j = parse("\"\\u0041\\u00e9\\u20AC\\ud83d\\ude00\"");
	ck_assert_str_eq(j->str, "A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
	ck_assert_uint_eq(j->len, 10);
	lx_json_free(j);
	/* lone surrogates become U+FFFD; what follows a high one is kept */
	j = parse("\"\\ud800x\\udc00\\ud800\\u0041\"");
	ck_assert_str_eq(j->str, "\xef\xbf\xbdx\xef\xbf\xbd\xef\xbf\xbd"
	                         "A");
	lx_json_free(j);
	/* a NUL inside the string: len counts past it */
	j = parse("\"a\\u0000b\"");
	ck_assert_uint_eq(j->len, 3);
	ck_assert_int_eq(memcmp(j->str, "a\0b", 4), 0);
	lx_json_free(j);
	/* raw UTF-8 passes as it is */
	j = parse("\"\xd0\xbe\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0\"");
	ck_assert_str_eq(j->str, "\xd0\xbe\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0");
	lx_json_free(j);
}
END_TEST

START_TEST(containers)
{
	lx_json *j = parse("{\"a\": [1, \"two\", {\"b\": null}], \"c\": {}, \"d\": [], \"a\": 3}");
	const lx_json *a, *k;
	ck_assert_int_eq(j->type, LX_J_OBJ);
	ck_assert_uint_eq(j->n, 4);
	ck_assert_str_eq(j->keys[1], "c");
	/* the first member of a name wins */
	a = lx_json_get(j, "a");
	ck_assert_ptr_nonnull(a);
	ck_assert_int_eq(a->type, LX_J_ARR);
	ck_assert_uint_eq(a->n, 3);
	ck_assert_ptr_null(a->keys);
	ck_assert(a->kids[0]->num == 1.0);
	ck_assert_str_eq(a->kids[1]->str, "two");
	k = lx_json_get(a->kids[2], "b");
	ck_assert_ptr_nonnull(k);
	ck_assert_int_eq(k->type, LX_J_NULL);
	ck_assert_uint_eq(lx_json_get(j, "c")->n, 0);
	ck_assert_int_eq(lx_json_get(j, "d")->type, LX_J_ARR);
	ck_assert_ptr_null(lx_json_get(j, "e"));
	ck_assert_ptr_null(lx_json_get(a, "a")); /* not an object */
	ck_assert_ptr_null(lx_json_get(NULL, "a"));
	lx_json_free(j);
}
END_TEST

START_TEST(lookups)
{
	lx_json *j = parse("{\"s\":\"x\",\"n\":42,\"b\":true,\"\":\"empty key\"}");
	ck_assert_str_eq(lx_json_str(j, "s"), "x");
	ck_assert_ptr_null(lx_json_str(j, "n"));
	ck_assert_ptr_null(lx_json_str(j, "missing"));
	ck_assert_str_eq(lx_json_str(j, ""), "empty key");
	ck_assert(lx_json_num(j, "n", -1) == 42.0);
	ck_assert(lx_json_num(j, "s", -1) == -1.0);
	ck_assert(lx_json_num(j, "b", -1) == -1.0); /* a bool is not a number */
	ck_assert(lx_json_num(j, "missing", 7.5) == 7.5);
	lx_json_free(j);
}
END_TEST

START_TEST(bad_input)
{
	ck_assert_str_eq(REFUSED(""), "unexpected end");
	ck_assert_str_eq(REFUSED("   "), "unexpected end");
	ck_assert_str_eq(REFUSED("[1,"), "unexpected end");
	ck_assert_str_eq(REFUSED("tru"), "unexpected character");
	ck_assert_str_eq(REFUSED("nan"), "unexpected character");
	ck_assert_str_eq(REFUSED("'x'"), "unexpected character");
	ck_assert_str_eq(REFUSED("1.2.3"), "unexpected character");
	ck_assert_str_eq(REFUSED("1 2"), "trailing characters");
	ck_assert_str_eq(REFUSED("{} x"), "trailing characters");
	ck_assert_str_eq(REFUSED("\"abc"), "unterminated string");
	ck_assert_str_eq(REFUSED("\"abc\\"), "unterminated string");
	ck_assert_str_eq(REFUSED("\"a\tb\""), "control character in a string");
	ck_assert_str_eq(REFUSED("\"\\x41\""), "bad escape");
	ck_assert_str_eq(REFUSED("\"\\u12G4\""), "bad \\u escape");
	ck_assert_str_eq(REFUSED("\"\\u12\""), "bad \\u escape");
	ck_assert_str_eq(REFUSED("{1:2}"), "expected a key");
	ck_assert_str_eq(REFUSED("{\"a\" 1}"), "expected ':'");
	ck_assert_str_eq(REFUSED("{\"a\":1 \"b\":2}"), "expected ',' or '}'");
	ck_assert_str_eq(REFUSED("[1 2]"), "expected ',' or ']'");
	ck_assert_str_eq(REFUSED("[1,]"), "unexpected character");
	ck_assert_str_eq(REFUSED("{\"a\":\"\\q\"}"), "bad escape");
	/* the length given is the end, whatever follows in memory */
	ck_assert_str_eq(refused("[1]", 2), "expected ',' or ']'");
	ck_assert_ptr_null(lx_json_parse("[", 1, NULL)); /* err may be NULL */
}
END_TEST

START_TEST(nesting)
{
	char deep[2 * 65 + 1];
	lx_json *j;
	memset(deep, '[', 64);
	memset(deep + 64, ']', 64);
	deep[128] = '\0';
	j = parse(deep); /* 64 levels: the limit */
	ck_assert_int_eq(j->type, LX_J_ARR);
	lx_json_free(j);
	memset(deep, '[', 65);
	memset(deep + 65, ']', 65);
	deep[130] = '\0';
	ck_assert_str_eq(REFUSED(deep), "nested too deeply");
	{
		/* a million openings stop at the limit, not at the stack's end */
		size_t n = 1000000;
		char *s = malloc(n);
		ck_assert_ptr_nonnull(s);
		memset(s, '[', n);
		ck_assert_str_eq(refused(s, n), "nested too deeply");
		free(s);
	}
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("json");
	TCase *t = tcase_create("core");
	tcase_add_test(t, scalars);
	tcase_add_test(t, strings);
	tcase_add_test(t, containers);
	tcase_add_test(t, lookups);
	tcase_add_test(t, bad_input);
	tcase_add_test(t, nesting);
	suite_add_tcase(s, t);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
