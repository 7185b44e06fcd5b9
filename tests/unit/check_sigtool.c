/* Unit tests: what logdx tells about its own signatures (sigtool.c):
 * --check-signatures (examples, counter-examples, fragments as used,
 * declared languages, explains lists, patterns without a literal), and
 * --list-signatures and --explain in their formats. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "runner.h"
#include "sigtool.h"

/* Two signatures and a fragment; the caller's extra stanzas follow. */
static const char base[] = "[@num]\n"
			   "about: a code after its label\n"
			   "pattern: code\\h*{}(?!\\d)\n"
			   "example: code {}\n"
			   "counter-example: code {}0\n"
			   "\n"
			   "[t.push-95107]\n"
			   "title: Push install failed\n"
			   "title[fr]: Echec de l'installation\n"
			   "product: asr-mobility\n"
			   "severity: critical\n"
			   "operation: push\n"
			   "role: cause\n"
			   "doc: https://example.invalid/push#a\n"
			   "files: Push*.log\n"
			   "within: 2\n"
			   "all: (?i)error\\h+95107\\b\n"
			   "any: {@num:42}\n"
			   "remedy: Fix the push.\n"
			   "example:\n"
			   "  error 95107\n"
			   "  code 42\n"
			   "counter-example: error 951070\n"
			   "\n"
			   "[t.outcome]\n"
			   "title: Install failed\n"
			   "product: asr-mobility\n"
			   "severity: error\n"
			   "operation: push\n"
			   "role: outcome\n"
			   "doc: https://example.invalid/push#b\n"
			   "explains: t.push-*\n"
			   "all: [^\\h]Installation\\h+failed\n"
			   "remedy: See the cause.\n"
			   "example: xInstallation failed\n";

/* The database of base and extra (t.sig), after head (h.sig) when not
 * NULL. */
static lx_sigdb *db_with(const char *head, const char *extra)
{
	lx_sigdb *db = lx_sigdb_new();
	size_t n = strlen(extra);
	char *text = malloc(sizeof base + n);
	char msg[1024] = "";
	FILE *f = fmemopen(msg, sizeof msg - 1, "w");
	ck_assert_ptr_nonnull(text);
	memcpy(text, base, sizeof base - 1);
	memcpy(text + sizeof base - 1, extra, n + 1);
	if (head)
		ck_assert_int_eq(lx_sigdb_load_text(db, "h.sig", head, strlen(head), f), 0);
	ck_assert_int_eq(lx_sigdb_load_text(db, "t.sig", text, strlen(text), f), 0);
	ck_assert_int_eq(lx_sigdb_compile(db, f), 0);
	fclose(f);
	ck_assert_msg(!msg[0], "loading gave: %s", msg);
	free(text);
	return db;
}

static lx_sigdb *db_of(const char *extra)
{
	return db_with(NULL, extra);
}

/* lx_sigtool_check() on db: its status, out and err. */
static int check(const lx_sigdb *db, char *out, size_t n_out, char *err, size_t n_err)
{
	FILE *o, *e;
	int rc;
	memset(out, 0, n_out);
	memset(err, 0, n_err);
	o = fmemopen(out, n_out - 1, "w");
	e = fmemopen(err, n_err - 1, "w");
	rc = lx_sigtool_check(db, o, e);
	fclose(o);
	fclose(e);
	return rc;
}

START_TEST(check_passes)
{
	lx_sigdb *db = db_of("");
	char out[256], err[1024];
	/* 2 examples, 1 counter-example, the fragment's two once */
	ck_assert_int_eq(check(db, out, sizeof out, err, sizeof err), 0);
	ck_assert_str_eq(out, "2 signatures, 5 examples, 0 failed\n");
	ck_assert_str_eq(err, "");
	lx_sigdb_free(db);
}
END_TEST

START_TEST(check_fails)
{
	lx_sigdb *db = db_of("\n[t.bad]\n"
	                     "title: Bad\nproduct: p\nseverity: info\nrole: cause\n"
	                     "doc: https://example.invalid/c\nremedy: r\n"
	                     "explains: t.nothing, t.outcome\n"
	                     "all: warning\\h+\\d+\n"
	                     "example: warning x\n"
	                     "counter-example: warning 12\n");
	char out[256], err[1024];
	ck_assert_int_eq(check(db, out, sizeof out, err, sizeof err), 2);
	ck_assert_str_eq(out, "3 signatures, 7 examples, 3 failed\n");
	ck_assert_str_eq(err,
	                 "logdx: t.sig:37: signature 't.bad': example 1 does not match\n"
	                 "logdx: t.sig:37: signature 't.bad': counter-example 1 matches\n"
	                 "logdx: t.sig:37: signature 't.bad': explains 't.nothing', which names no "
	                 "other signature\n");
	lx_sigdb_free(db);
}
END_TEST

START_TEST(check_fragment_as_used)
{
	/* [@word] used with the pattern argument \w+: its examples run on the
	 * instance "key \w+", where the counter-example "key other" matches */
	lx_sigdb *db = db_of("\n[@word]\nabout: w\npattern: key {}\nexample: key value\n"
	                     "counter-example: key other\n"
	                     "\n[t.frag]\n"
	                     "title: F\nproduct: p\nseverity: info\nrole: cause\n"
	                     "doc: https://example.invalid/f\nremedy: r\n"
	                     "all: {@word:\\w+}\n"
	                     "example: key abc\n");
	char out[256], err[1024];
	ck_assert_int_eq(check(db, out, sizeof out, err, sizeof err), 2);
	ck_assert_str_eq(err, "logdx: t.sig:37: fragment '@word' with '\\w+', as used by "
	                      "'t.frag': counter-example 1 matches\n");
	ck_assert_str_eq(out, "3 signatures, 8 examples, 1 failed\n");
	lx_sigdb_free(db);
}
END_TEST

START_TEST(check_languages_and_slow)
{
	lx_sigdb *db = db_with("languages: en fr\n",
	                       "\n[t.slow]\n"
	                       "title: Slow\ntitle[fr]: Lent\ntitle[de]: Langsam\nproduct: p\n"
	                       "severity: info\nrole: cause\n"
	                       "doc: https://example.invalid/s\nremedy: r\nremedy[fr]: r\n"
	                       "all: \\d\\d?\n"
	                       "example: 7\n");
	char out[256], err[2048];
	ck_assert_int_eq(check(db, out, sizeof out, err, sizeof err), 2);
	/* t.push has no remedy[fr], t.outcome nothing in French, t.slow a
	 * title in an undeclared language; t.slow's pattern has no literal
	 * (a warning only) */
	ck_assert_str_eq(err,
	                 "logdx: t.sig:7: signature 't.push-95107': no remedy[fr] (the pack "
	                 "declares that language)\n"
	                 "logdx: t.sig:25: signature 't.outcome': no title[fr] (the pack declares "
	                 "that language)\n"
	                 "logdx: t.sig:25: signature 't.outcome': no remedy[fr] (the pack declares "
	                 "that language)\n"
	                 "logdx: t.sig:37: signature 't.slow': title[de]: a language the pack does "
	                 "not declare (languages:)\n"
	                 "logdx: t.sig:37: signature 't.slow': warning: no 'all' pattern has a "
	                 "literal of 3 or more characters, so the signature runs on every line\n");
	ck_assert_str_eq(out, "3 signatures, 6 examples, 4 failed\n");
	lx_sigdb_free(db);
}
END_TEST

/* lx_sigtool_list() in format f and language lang, into out. */
static void list(const lx_sigdb *db, lx_format f, const char *lang, char *out, size_t n)
{
	lx_config cfg;
	FILE *o;
	memset(&cfg, 0, sizeof cfg);
	cfg.format = f;
	cfg.lang = lang;
	memset(out, 0, n);
	o = fmemopen(out, n - 1, "w");
	ck_assert_int_eq(lx_sigtool_list(db, &cfg, o), 0);
	fclose(o);
}

START_TEST(list_text_and_patterns)
{
	lx_sigdb *db = db_of("");
	char out[4096];
	list(db, LX_FMT_TEXT, "en", out, sizeof out);
	ck_assert_str_eq(out, "t.push-95107\tcritical\tasr-mobility\tcause\tPush install failed\n"
	                      "t.outcome\terror\tasr-mobility\toutcome\tInstall failed\n");
	list(db, LX_FMT_TEXT, "fr", out, sizeof out);
	ck_assert_str_eq(out, "t.push-95107\tcritical\tasr-mobility\tcause\tEchec de "
	                      "l'installation\n"
	                      "t.outcome\terror\tasr-mobility\toutcome\tInstall failed\n");
	/* the first all: pattern, \h spelled for engines without it */
	list(db, LX_FMT_PATTERNS, "en", out, sizeof out);
	ck_assert_str_eq(out, "(?i)error[ \\t]+95107\\b\n"
	                      "[^ \\t]Installation[ \\t]+failed\n");
	lx_sigdb_free(db);
}
END_TEST

START_TEST(list_jsonl)
{
	lx_sigdb *db = db_of("");
	char out[8192], *line, *save = NULL;
	size_t n = 0;
	list(db, LX_FMT_JSONL, "en", out, sizeof out);
	/* every line is one JSON object of the documented types */
	for (line = strtok_r(out, "\n", &save); line; line = strtok_r(NULL, "\n", &save), n++) {
		const char *err = NULL;
		lx_json *j = lx_json_parse(line, strlen(line), &err);
		const lx_json *d;
		ck_assert_msg(j != NULL, "line %zu: %s", n + 1, err);
		d = lx_json_get(j, "data");
		ck_assert_ptr_nonnull(d);
		if (n == 0) {
			ck_assert_str_eq(lx_json_str(j, "type"), "fragment");
			ck_assert_str_eq(lx_json_str(d, "name"), "num");
			ck_assert_str_eq(lx_json_str(d, "defined"), "t.sig:1");
			ck_assert_int_eq(lx_json_get(d, "takes_arg")->type, LX_J_BOOL);
		} else {
			ck_assert_str_eq(lx_json_str(j, "type"), "signature");
		}
		if (n == 1) {
			const lx_json *p = lx_json_get(d, "patterns"), *u;
			ck_assert_str_eq(lx_json_str(d, "id"), "t.push-95107");
			ck_assert_str_eq(lx_json_str(lx_json_get(d, "title_l10n"), "fr"),
			                 "Echec de l'installation");
			ck_assert(lx_json_num(d, "within", 0) == 2.0);
			ck_assert_uint_eq(p->n, 2);
			ck_assert_str_eq(lx_json_str(p->kids[1], "written"), "{@num:42}");
			ck_assert_str_eq(lx_json_str(p->kids[1], "expanded"),
			                 "(?:code\\h*(?:42)(?!\\d))");
			u = lx_json_get(d, "fragments_used");
			ck_assert_uint_eq(u->n, 1);
			ck_assert_str_eq(lx_json_str(u->kids[0], "arg"), "42");
			ck_assert_str_eq(lx_json_str(d, "defined"), "t.sig:7");
		}
		lx_json_free(j);
	}
	ck_assert_uint_eq(n, 3);
	lx_sigdb_free(db);
}
END_TEST

START_TEST(explain)
{
	lx_sigdb *db = db_of("");
	lx_config cfg;
	char out[4096];
	FILE *o;
	memset(&cfg, 0, sizeof cfg);
	cfg.lang = "en";
	memset(out, 0, sizeof out);
	o = fmemopen(out, sizeof out - 1, "w");
	ck_assert_int_eq(lx_sigtool_explain(db, &cfg, "t.push-95107", o), 0);
	fclose(o);
	ck_assert_str_eq(out, "t.push-95107\n"
	                      "  title:    Push install failed\n"
	                      "  product:  asr-mobility\n"
	                      "  severity: critical\n"
	                      "  role:     cause\n"
	                      "  operation: push\n"
	                      "  files:    Push*.log\n"
	                      "  within:   2 lines\n"
	                      "  all       (?i)error\\h+95107\\b\n"
	                      "  any       {@num:42}\n"
	                      "    = (?:code\\h*(?:42)(?!\\d))\n"
	                      "  doc:      https://example.invalid/push#a\n"
	                      "  remedy:   Fix the push.\n"
	                      "  defined:  t.sig:7\n"
	                      "  example:  error 95107\n"
	                      "            code 42\n");
	o = fopen("/dev/null", "w");
	freopen("/dev/null", "w", stderr);
	ck_assert_int_eq(lx_sigtool_explain(db, &cfg, "t.nope", o), 2);
	fclose(o);
	lx_sigdb_free(db);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("sigtool");
	TCase *t = tcase_create("core");
	tcase_add_test(t, check_passes);
	tcase_add_test(t, check_fails);
	tcase_add_test(t, check_fragment_as_used);
	tcase_add_test(t, check_languages_and_slow);
	tcase_add_test(t, list_text_and_patterns);
	tcase_add_test(t, list_jsonl);
	tcase_add_test(t, explain);
	suite_add_tcase(s, t);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
