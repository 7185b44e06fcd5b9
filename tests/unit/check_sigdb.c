/* Unit tests: the signature file parser and its error messages. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sigdb.h"
#include "runner.h"

static const char good[] = "# a comment\n\n"
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

/* The language's shorthands: a fragment, an article, typed fields. */
static const char v2[] = "[article k]\n"
			 "url: https://example.invalid/page\n"
			 "[@eid]\n"
			 "pattern: (?i)\\berror\\h*id\\h*:\\h*{}(?!\\d)\n"
			 "example: ErrorID: {}\n"
			 "counter-example: ErrorID: {}0\n"
			 "[@error-id]\n"
			 "pattern: (?i)\\berror\\h*id\\h*:\\h*{}(?!\\d)\n"
			 "example: ErrorID: {}\n"
			 "[@error-id-label]\n"
			 "pattern: (?i)^\\h*error\\h*id\\h*$\n"
			 "example: Error ID\n"
			 "[@error-id-value]\n"
			 "pattern: ^\\h*{}\\h*$\n"
			 "example: {}\n"
			 "[@hresult]\n"
			 "pattern: (?i)(?<![0-9a-z_-])(?:{})(?![0-9a-z_-])\n"
			 "example: hr=0x{}\n"
			 "[@ep-code]\n"
			 "pattern: (?<![0-9A-Za-z])(?:{})(?!\\d)\n"
			 "example: code {}.\n"
			 "[t.frag]\n"
			 "title: t\nproduct: p\nseverity: error\nremedy: r\n"
			 "doc: k#sec\n"
			 "all: {@eid:95107} failed\n"
			 "example: ErrorID: 95107 failed\n"
			 "counter-example: ErrorID: 951070 failed\n"
			 "[t.typed]\n"
			 "title: t\nproduct: p\nseverity: error\nremedy: r\n"
			 "doc: https://example.invalid/x#y\n"
			 "any-error-id: 951xx\n"
			 "any-ep-code: EP0854\n"
			 "unless-hresult: 0x800706BE RPC_S_CALL_FAILED\n"
			 "example: ErrorID: 95107\n"
			 "example:\n  Error ID\n  95123\n"
			 "example: failed with error code EP0854.\n"
			 "counter-example: ErrorID: 95107 hr=-2147023170\n"
			 "counter-example: ErrorID: 96107\n";

START_TEST(fragments_and_typed_fields)
{
	char msg[1024];
	lx_sigdb *db;
	const lx_signature *s;
	const lx_fragment *f;
	char *inst;
	ck_assert_int_eq(load(v2, msg, sizeof msg, &db), 0);
	ck_assert_uint_eq(db->n_sig, 2);
	s = lx_sigdb_find(db, "t.frag");
	ck_assert_ptr_nonnull(s);
	ck_assert_str_eq(s->doc, "https://example.invalid/page#sec");
	ck_assert_str_eq(s->doc_written, "k#sec");
	ck_assert_str_eq(s->pat[0].written, "{@eid:95107} failed");
	ck_assert_ptr_nonnull(strstr(s->pat[0].src, "(?:(?i)\\berror"));
	ck_assert_uint_eq(s->n_uses, 1);
	s = lx_sigdb_find(db, "t.typed");
	ck_assert_ptr_nonnull(s);
	/* the error id's record form is a variant that follows the signatures */
	ck_assert_uint_eq(s->n_variants, 2);
	ck_assert_uint_eq(db->n, 3);
	ck_assert_uint_eq(db->sig[2].parent, (size_t)(s - db->sig));
	ck_assert_ptr_nonnull(strstr(s->pat[0].src, "951\\d\\d"));
	ck_assert_ptr_nonnull(strstr(s->pat[2].src, "-2147023170"));
	ck_assert_ptr_nonnull(strstr(s->pat[2].src, "2147944126"));
	ck_assert_ptr_nonnull(strstr(s->pat[2].src, "RPC_S_CALL_FAILED"));
	f = lx_sigdb_fragment(db, "eid");
	ck_assert_ptr_nonnull(f);
	ck_assert_int_eq(f->takes_arg, 1);
	inst = lx_fragment_instance(db, f, "1", NULL);
	ck_assert_ptr_nonnull(strstr(inst, "(?:1)(?!\\d)"));
	free(inst);
	lx_sigdb_free(db);
}
END_TEST

/* logs: lines name a product's files; a line without globs, or with a
 * product name that is not a token, is a problem on its own line. */
START_TEST(logs_lines)
{
	char msg[1024];
	lx_sigdb *db;
	static const char logs[] = "logs: asr-agent ASR*.log *UA_InstallLogFile.log*\n"
				   "logs: mars-agent *.errlog*\n";
	ck_assert_int_eq(load(logs, msg, sizeof msg, &db), 0);
	ck_assert_str_eq(lx_sigdb_log_product(db, "x/ASRUnifiedAgentInstaller.log"), "asr-agent");
	ck_assert_str_eq(lx_sigdb_log_product(db, "Temp/CBEngineCurr.errlog.gz"), "mars-agent");
	ck_assert_ptr_null(lx_sigdb_log_product(db, "notes.txt"));
	lx_sigdb_free(db);
	ck_assert_int_gt(load("# a comment\nlogs: asr-agent\n", msg, sizeof msg, NULL), 0);
	ck_assert_ptr_nonnull(strstr(msg, "x.sig:2: logs: needs a product name"));
	ck_assert_int_gt(load("logs: ASR/Agent *.log\n", msg, sizeof msg, NULL), 0);
	ck_assert_ptr_nonnull(strstr(msg, "x.sig:1: logs: needs a product name"));
}
END_TEST

START_TEST(language_errors)
{
	char msg[1024];
	static const char head[] = "title: t\nproduct: p\nseverity: error\nremedy: r\nexample: x\n";
	char text[2048];
	snprintf(text, sizeof text, "[a]\n%sdoc: nokey#x\nall: x\n", head);
	ck_assert_int_gt(load(text, msg, sizeof msg, NULL), 0);
	ck_assert_ptr_nonnull(strstr(msg, "no [article nokey] stanza"));
	snprintf(text, sizeof text, "[a]\n%sdoc: https://e.invalid/\nall: {@nope}\n", head);
	ck_assert_int_gt(load(text, msg, sizeof msg, NULL), 0);
	ck_assert_ptr_nonnull(strstr(msg, "unknown fragment '@nope'"));
	snprintf(text, sizeof text, "[a]\n%sdoc: https://e.invalid/\nerror-id: 12a\n", head);
	ck_assert_int_gt(load(text, msg, sizeof msg, NULL), 0);
	ck_assert_ptr_nonnull(strstr(msg, "error-id '12a'"));
	snprintf(text, sizeof text, "[a]\n%sdoc: https://e.invalid/\nhresult: 0x123\n", head);
	ck_assert_int_gt(load(text, msg, sizeof msg, NULL), 0);
	ck_assert_ptr_nonnull(strstr(msg, "hresult '0x123'"));
	ck_assert_int_gt(load("[@f]\nexample: x\n", msg, sizeof msg, NULL), 0);
	ck_assert_ptr_nonnull(strstr(msg, "missing field 'pattern'"));
	ck_assert_int_gt(load("[@f]\npattern: a\nexample: a\ntitle: t\n", msg, sizeof msg, NULL),
	                 0);
	ck_assert_ptr_nonnull(strstr(msg, "does not belong in a fragment"));
	ck_assert_int_gt(load("[article a]\nurl: https://e.invalid/#x\n", msg, sizeof msg, NULL),
	                 0);
	ck_assert_ptr_nonnull(strstr(msg, "url takes no #anchor"));
	ck_assert_int_gt(load("include: other.sig\n", msg, sizeof msg, NULL), 0);
	ck_assert_ptr_nonnull(strstr(msg, "include: works in signature files only"));
	/* a fragment that uses itself stops at the nesting limit */
	snprintf(text, sizeof text,
	         "[@f]\npattern: a{@f}\nexample: a\n[a]\n%sdoc: https://e.invalid/\nall: {@f}\n",
	         head);
	ck_assert_int_gt(load(text, msg, sizeof msg, NULL), 0);
	ck_assert_ptr_nonnull(strstr(msg, "nested more than"));
	/* messages start with logdx: and escape control bytes */
	ck_assert_int_gt(load("[a\x1b]\n", msg, sizeof msg, NULL), 0);
	ck_assert_ptr_eq(strchr(msg, '\x1b'), NULL);
	ck_assert_int_eq(strncmp(msg, "logdx: x.sig:1:", 15), 0);
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
	tcase_add_test(tc, fragments_and_typed_fields);
	tcase_add_test(tc, language_errors);
	tcase_add_test(tc, logs_lines);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
