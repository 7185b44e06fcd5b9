/* Unit tests: --merge through its public entry (lx_merge_shard() into an
 * emitter): shards read back bundle by bundle, diagnoses re-ranked under
 * --min-severity, the exit status over all shards, and one error line,
 * naming shard and line, for each event that cannot be trusted. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "capture.h"
#include "merge.h"
#include "runner.h"

static char out_text[8192], err_text[4096];

#define DIAG(bundle, rank, id, sev, status)                                                       \
	"{\"type\":\"diagnosis\",\"data\":{\"bundle\":\"" bundle "\",\"rank\":" #rank             \
	",\"id\":\"" id "\",\"title\":\"T " id "\",\"product\":\"p\",\"severity\":\"" sev         \
	"\",\"status\":\"" status "\",\"score\":0.5,\"doc\":\"https://e.invalid/d\",\"count\":2," \
	"\"evidence\":[{\"file\":\"f.log\",\"path\":[\"" bundle "\",\"f.log\"],\"line\":7,"       \
	"\"text\":\"boom\"}],\"consequences\":[]}}\n"
#define BEGIN(bundle) "{\"type\":\"begin\",\"data\":{\"bundle\":\"" bundle "\"}}\n"
#define END(bundle)                                                                  \
	"{\"type\":\"end\",\"data\":{\"bundle\":\"" bundle "\",\"files_scanned\":1," \
	"\"bytes_scanned\":10,\"bytes_expanded\":10,\"hosts\":[]}}\n"

/* Merges shards[0..n) (their names are s1.jsonl, s2.jsonl ...) as cfg
 * says; stdout and stderr are kept in out_text and err_text.  Returns the
 * exit status. */
static int merge(lx_config *cfg, const char *const *shards, size_t n)
{
	lx_capture c;
	lx_emitter em;
	lx_exitstat st;
	size_t i;
	cfg->merge = 1;
	cfg->jobs = 1;
	cfg->lang = "en";
	capture_begin(&c);
	lx_exit_init(&st, cfg);
	lx_emit_init(&em, cfg, 0, &st);
	for (i = 0; i < n; i++) {
		char name[32];
		FILE *f = fmemopen((void *)shards[i], strlen(shards[i]), "r");
		ck_assert_ptr_nonnull(f);
		snprintf(name, sizeof name, "s%zu.jsonl", i + 1);
		lx_merge_shard(&em, name, f);
		fclose(f);
	}
	lx_emit_finish(&em);
	capture_end(&c, out_text, sizeof out_text, err_text, sizeof err_text);
	return lx_exit_code(&st);
}

static void config(lx_config *cfg, lx_format f)
{
	memset(cfg, 0, sizeof *cfg);
	cfg->format = f;
	cfg->min_severity = LX_SEV_WARNING;
	cfg->fail_on = -1;
}

START_TEST(bundles_in_order)
{
	static const char *const shards[] = {
		BEGIN("a") DIAG("a", 1, "x.one", "critical", "active") END("a") BEGIN("b") END("b"),
		BEGIN("c") DIAG("c", 1, "x.two", "error", "resolved")
			END("c") "{\"type\":\"summary\",\"data\":{\"bundles\":99}}\n"};
	lx_config cfg;
	config(&cfg, LX_FMT_TEXT);
	cfg.count = 1;
	ck_assert_int_eq(merge(&cfg, shards, 2), 0);
	ck_assert_str_eq(out_text, "a:1\nb:0\nc:1\n");
	ck_assert_str_eq(err_text, "");
	/* -l: only the bundles with an active diagnosis */
	config(&cfg, LX_FMT_TEXT);
	cfg.list_files = 1;
	ck_assert_int_eq(merge(&cfg, shards, 2), 0);
	ck_assert_str_eq(out_text, "a\n");
	/* nothing active: exit 1, as a run over the bundles would */
	config(&cfg, LX_FMT_TEXT);
	cfg.quiet = 1;
	ck_assert_int_eq(merge(&cfg, shards + 1, 1), 1);
	ck_assert_str_eq(out_text, "");
}
END_TEST

START_TEST(reranked_under_min_severity)
{
	static const char *const shards[] = {
		BEGIN("a") DIAG("a", 1, "x.err", "error", "active")
			DIAG("a", 2, "x.crit", "critical", "active")
				DIAG("a", 3, "x.info", "info", "active") END("a")};
	lx_config cfg;
	config(&cfg, LX_FMT_GREP);
	ck_assert_int_eq(merge(&cfg, shards, 1), 0);
	/* info is below the default floor; the rest keep their order */
	ck_assert_ptr_nonnull(strstr(out_text, "x.err"));
	ck_assert_ptr_nonnull(strstr(out_text, "x.crit"));
	ck_assert_ptr_null(strstr(out_text, "x.info"));
	ck_assert(strstr(out_text, "x.err") < strstr(out_text, "x.crit"));
	config(&cfg, LX_FMT_JSONL);
	cfg.min_severity = LX_SEV_CRITICAL;
	ck_assert_int_eq(merge(&cfg, shards, 1), 0);
	/* only the critical one, now rank 1, and the others counted hidden */
	ck_assert_ptr_nonnull(strstr(out_text, "\"rank\":1,\"id\":\"x.crit\""));
	ck_assert_ptr_null(strstr(out_text, "x.err"));
	ck_assert_ptr_nonnull(strstr(out_text, "\"diagnoses_hidden\":2"));
	ck_assert_str_eq(err_text, "");
}
END_TEST

START_TEST(round_trip)
{
	/* a shard written by --format=jsonl reads back to itself */
	static const char shard[] =
		"{\"type\":\"begin\",\"data\":{\"bundle\":\"b1\"}}\n"
		"{\"type\":\"diagnosis\",\"data\":{\"bundle\":\"b1\",\"rank\":1,\"id\":\"x.one\","
		"\"title\":\"One\",\"product\":\"asr-mobility\",\"severity\":\"critical\","
		"\"status\":\"active\",\"score\":0.96,\"doc\":\"https://e.invalid/a#b\",\"count\":1,"
		"\"first_seen\":\"2024-06-12T14:22:06\",\"last_seen\":\"2024-06-12T14:22:06\","
		"\"time_source\":\"line\",\"host\":null,\"evidence\":[{\"file\":\"b1/ua.log\","
		"\"path\":[\"b1\",\"ua.log\"],\"line\":8,\"text\":\"Kernel \\u001b not supported\"}],"
		"\"consequences\":[],\"remedy\":\"Upgrade.\"}}\n"
		"{\"type\":\"end\",\"data\":{\"bundle\":\"b1\",\"files_scanned\":1,\"bytes_scanned\":747,"
		"\"files_known\":1,\"diagnoses_hidden\":0,\"bytes_expanded\":747,\"diagnoses\":1,"
		"\"errors\":0,\"hosts\":[]}}\n"
		"{\"type\":\"summary\",\"data\":{\"bundles\":1,\"files\":1,\"bytes\":747,"
		"\"diagnoses\":1,\"errors\":0,\"lang\":\"en\"}}\n";
	const char *const shards[] = {shard};
	lx_config cfg;
	config(&cfg, LX_FMT_JSONL);
	cfg.no_unrec = 1;
	ck_assert_int_eq(merge(&cfg, shards, 1), 0);
	ck_assert_str_eq(out_text, shard);
	ck_assert_str_eq(err_text, "");
}
END_TEST

START_TEST(untrusted_events)
{
	static const char *const shards[] = {
		"not json\n"
		"{\"type\":\"diagnosis\",\"data\":{\"bundle\":\"z\"}}\n"
		"[1]\n"
		"\n" BEGIN(
			"a") "{\"type\":\"diagnosis\",\"data\":{\"bundle\":\"a\",\"id\":\"x\",\"severity\":\"fatal\"}}\n"
			     "{\"type\":\"diagnosis\",\"data\":{\"bundle\":\"a\",\"id\":\"x\",\"severity\":\"error\","
			     "\"doc\":\"javascript:alert(1)\"}}\n"
			     "{\"type\":\"diagnosis\",\"data\":{\"bundle\":\"a\",\"id\":\"x\",\"severity\":\"error\","
			     "\"score\":2}}\n"
			     "{\"type\":\"diagnosis\",\"data\":{\"bundle\":\"a\",\"id\":\"x\",\"severity\":\"error\","
			     "\"rank\":0}}\n"
			     "{\"type\":\"diagnosis\",\"data\":{\"bundle\":\"a\",\"id\":\"\",\"severity\":\"error\"}}\n"
			     "{\"type\":\"diagnosis\",\"data\":{\"bundle\":\"a\",\"id\":\"x\",\"severity\":\"error\","
			     "\"status\":\"gone\"}}\n" BEGIN("b") "{\"type\":\"end\",\"data\":{\"bundle\":\"b\",\"files_scanned\":-1}}\n" BEGIN(
				     "\\u001b[2J"),
		"{\"type\":\"mystery\",\"data\":{}}\n"};
	lx_config cfg;
	config(&cfg, LX_FMT_TEXT);
	cfg.count = 1;
	ck_assert_int_eq(merge(&cfg, shards, 2), 2);
	ck_assert_str_eq(
		err_text,
		"logdx: s1.jsonl: line 1: unexpected character\n"
		"logdx: s1.jsonl: line 2: event outside its bundle\n"
		"logdx: s1.jsonl: line 3: not a logdx JSON Lines event\n"
		"logdx: s1.jsonl: line 6: diagnosis with an unknown severity\n"
		"logdx: s1.jsonl: line 7: diagnosis with a doc that is not an http(s) link\n"
		"logdx: s1.jsonl: line 8: diagnosis with a score outside [0, 1]\n"
		"logdx: s1.jsonl: line 9: diagnosis with a rank, count or line number out of "
		"range\n"
		"logdx: s1.jsonl: line 10: diagnosis without an id\n"
		"logdx: s1.jsonl: line 11: diagnosis with an unknown status\n"
		"logdx: s1.jsonl: line 12: bundle without an end event\n"
		"logdx: s1.jsonl: line 13: end event with a count out of range\n"
		"logdx: s1.jsonl: line 14: truncated shard: a bundle has no end event\n");
	/* what could be trusted is still printed; the truncated bundle is not */
	ck_assert_str_eq(out_text, "b:0\n");
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("merge");
	TCase *t = tcase_create("core");
	tcase_add_test(t, bundles_in_order);
	tcase_add_test(t, reranked_under_min_severity);
	tcase_add_test(t, round_trip);
	tcase_add_test(t, untrusted_events);
	suite_add_tcase(s, t);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
