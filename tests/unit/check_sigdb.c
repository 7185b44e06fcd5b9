/* Unit tests: the signature file parser and its error messages. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sigdb.h"
#include "runner.h"

static const char good[] =
	"# a comment\n\n"
	"[asr.x-1]\n"
	"title: First line\n"
	"  continued\n"
	"title[fr]: Titre\n"
	"product: asr-mobility\n"
	"severity: critical\n"
	"operation: asr-push-install asr-vss-install\n"
	"role: fallback\n"
	"doc: https://example.invalid/a#b\n"
	"files: ASR*.log */boot/grub2/grub.cfg\n"
	"within: 3\n"
	"all: (?i)error\\h+95107\\b\n"
	"any: a\n"
	"unless: b\n"
	"remedy: Do this\n"
	"  and that.\n"
	"example:\n"
	"  error 95107\n"
	"  a\n"
	"counter-example: error 951070\n";

/* Loads text and returns the number of problems; messages go to msg. */
static int load(const char *text, char *msg, size_t n, lx_sigdb **out)
{
	lx_sigdb *db = lx_sigdb_new();
	FILE *f = fmemopen(msg, n, "w");
	int rc;
	memset(msg, 0, n);
	rc = lx_sigdb_load_text(db, "x.sig", text, strlen(text), f);
	if (!rc)
		rc = lx_sigdb_compile(db, f);
	fclose(f);
	if (out)
		*out = db;
	else
		lx_sigdb_free(db);
	return rc;
}

START_TEST(parses_every_field)
{
	char msg[512];
	lx_sigdb *db;
	const lx_signature *s;
	ck_assert_int_eq(load(good, msg, sizeof msg, &db), 0);
	ck_assert_uint_eq(db->n, 1);
	s = lx_sigdb_find(db, "asr.x-1");
	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(s->title.text, "First line continued");
	ck_assert_str_eq(lx_l10n_get(&s->title, "fr_FR.UTF-8"), "Titre");
	ck_assert_str_eq(lx_l10n_get(&s->title, "de"), "First line continued");
	ck_assert_str_eq(s->remedy.text, "Do this and that.");
	ck_assert_int_eq(s->severity, LX_SEV_CRITICAL);
	ck_assert_int_eq(s->role, LX_ROLE_FALLBACK);
	ck_assert_uint_eq(s->n_ops, 2);
	ck_assert_uint_eq(s->within, 3);
	ck_assert_uint_eq(s->n_pat, 3);
	ck_assert_uint_eq(s->n_all, 1);
	ck_assert_uint_eq(s->n_any, 1);
	ck_assert_uint_eq(s->n_examples, 1);
	ck_assert_str_eq(s->examples[0], "error 95107\na\n");
	ck_assert_uint_eq(s->n_counters, 1);
	ck_assert_int_eq(lx_signature_wants(s, "logs/ASRUnifiedAgentInstaller.log"), 1);
	ck_assert_int_eq(lx_signature_wants(s, "root/boot/grub2/grub.cfg"), 1);
	ck_assert_int_eq(lx_signature_wants(s, "other.log"), 0);
	ck_assert_int_eq(lx_signature_wants(s, "ASRUnifiedAgentInstaller.log.GZ"), 1);
	ck_assert_int_eq(lx_signature_wants(s, "other.log.gz"), 0);
	ck_assert_ptr_nonnull(s->pat[0].code);
	lx_sigdb_free(db);
}
END_TEST

START_TEST(unknown_field)
{
	char msg[512];
	static const char bad[] = "[a.b]\ntitle: t\ntitel: t\n";
	ck_assert_int_gt(load(bad, msg, sizeof msg, NULL), 0);
	ck_assert_ptr_nonnull(strstr(msg, "x.sig:3: unknown field 'titel'"));
}
END_TEST

START_TEST(missing_fields)
{
	char msg[1024];
	static const char bad[] = "[a.b]\ntitle: t\nall: x\nexample: x\n";
	ck_assert_int_gt(load(bad, msg, sizeof msg, NULL), 0);
	ck_assert_ptr_nonnull(strstr(msg, "x.sig:1:"));
}
END_TEST

START_TEST(bad_pattern_names_line)
{
	char msg[512];
	char text[1024];
	const char *at = strstr(good, "remedy:");
	snprintf(text, sizeof text, "%.*sall: (unclosed\n%s", (int)(at - good), good, at);
	ck_assert_int_gt(load(text, msg, sizeof msg, NULL), 0);
	ck_assert_ptr_nonnull(strstr(msg, "x.sig:17: signature 'asr.x-1': pattern error"));
}
END_TEST

START_TEST(duplicate_ids)
{
	char msg[1024];
	char text[2048];
	snprintf(text, sizeof text, "%s%s", good, good);
	ck_assert_int_gt(load(text, msg, sizeof msg, NULL), 0);
	ck_assert_ptr_nonnull(strstr(msg, "asr.x-1"));
}
END_TEST

START_TEST(bad_values)
{
	char msg[512];
	ck_assert_int_gt(load("[A]\n", msg, sizeof msg, NULL), 0);
	ck_assert_int_gt(load("title: outside\n", msg, sizeof msg, NULL), 0);
	ck_assert_ptr_nonnull(strstr(msg, "x.sig:1:"));
	ck_assert_int_gt(load("[a]\n  continued\n", msg, sizeof msg, NULL), 0);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("sigdb");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, parses_every_field);
	tcase_add_test(tc, unknown_field);
	tcase_add_test(tc, missing_fields);
	tcase_add_test(tc, bad_pattern_names_line);
	tcase_add_test(tc, duplicate_ids);
	tcase_add_test(tc, bad_values);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
