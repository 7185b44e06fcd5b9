/* Unit tests: fallback suppression, resolution by a later success, and the
 * contract's order. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "rank.h"
#include "timestamp.h"
#include "runner.h"

#define SIG(id, sev, op, role, w) \
	"[" id "]\ntitle: " id "\nproduct: p\nseverity: " sev "\ndoc: https://x.invalid/\n" \
	"remedy: r\noperation: " op "\nrole: " role "\nwithin: " w "\nall: " id "\nexample: " id "\n"

static const char sigs[] =
	SIG("cause.a", "critical", "install", "cause", "0")
	SIG("cause.b", "error", "install", "cause", "0")
	SIG("generic", "error", "install", "fallback", "5")
	SIG("outcome", "critical", "install", "outcome", "0")
	SIG("ok", "info", "install", "success", "0")
	SIG("other", "warning", "backup", "cause", "0")
	SIG("note", "info", "backup", "cause", "0");

static lx_sigdb *db;
static lx_config cfg;
static lx_collector *col;
static lx_chain path;

static void setup(void)
{
	db = lx_sigdb_new();
	ck_assert_int_eq(lx_sigdb_load_text(db, "r.sig", sigs, strlen(sigs), stderr), 0);
	memset(&cfg, 0, sizeof cfg);
	cfg.min_severity = LX_SEV_WARNING;
	cfg.lang = "en";
	col = lx_collector_new(db, &cfg);
	memset(&path, 0, sizeof path);
	lx_chain_push(&path, "bundle");
	lx_chain_push(&path, "x.log");
}

static void teardown(void)
{
	lx_collector_free(col);
	lx_sigdb_free(db);
	lx_chain_free(&path);
}

static size_t idx(const char *id)
{
	return (size_t)(lx_sigdb_find(db, id) - db->sig);
}

static void hit(const char *id, uint64_t line, int64_t ts)
{
	lx_hit h;
	memset(&h, 0, sizeof h);
	h.sig = idx(id);
	h.line = line;
	h.ts = ts;
	h.ev[0].line = line;
	h.ev[0].text = id;
	h.ev[0].len = strlen(id);
	h.n_ev = 1;
	lx_collector_hit(col, &h);
}

static lx_report *finish(void)
{
	lx_report *r = lx_report_new("bundle");
	lx_collector_finish(col, r);
	return r;
}

START_TEST(order)
{
	lx_report *r;
	lx_collector_file_begin(col, &path);
	hit("outcome", 9, LX_TS_NONE);
	hit("cause.b", 3, LX_TS_NONE);
	hit("cause.a", 1, LX_TS_NONE);
	hit("other", 20, LX_TS_NONE);
	hit("note", 21, LX_TS_NONE); /* info: below --min-severity */
	lx_collector_file_end(col);
	r = finish();
	ck_assert_uint_eq(r->n_d, 4);
	ck_assert_str_eq(r->d[0].id, "cause.a"); /* cause before outcome, critical first */
	ck_assert_str_eq(r->d[1].id, "cause.b");
	ck_assert_str_eq(r->d[2].id, "other");
	ck_assert_str_eq(r->d[3].id, "outcome");
	ck_assert_uint_eq(r->d[0].rank, 1);
	ck_assert(r->d[0].score >= r->d[1].score && r->d[2].score >= r->d[3].score);
	ck_assert(r->d[0].score <= 1.0 && r->d[3].score >= 0.0);
	lx_report_free(r);
}
END_TEST

START_TEST(fallback_explained)
{
	lx_report *r;
	lx_collector_file_begin(col, &path);
	hit("cause.b", 10, LX_TS_NONE);
	hit("generic", 12, LX_TS_NONE); /* explained by cause.b two lines away */
	hit("generic", 40, LX_TS_NONE); /* a separate failure: reported */
	lx_collector_file_end(col);
	r = finish();
	ck_assert_uint_eq(r->n_d, 2);
	ck_assert_str_eq(r->d[1].id, "generic");
	ck_assert_uint_eq(r->d[1].count, 1);
	ck_assert_uint_eq(r->d[1].ev[0].line, 40);
	lx_report_free(r);
}
END_TEST

START_TEST(resolved_same_file)
{
	lx_report *r;
	lx_collector_file_begin(col, &path);
	hit("cause.a", 5, LX_TS_NONE);
	hit("ok", 8, LX_TS_NONE);
	hit("cause.b", 12, LX_TS_NONE);
	lx_collector_file_end(col);
	r = finish();
	ck_assert_uint_eq(r->n_d, 2);
	ck_assert_str_eq(r->d[0].id, "cause.b"); /* active beats a resolved critical */
	ck_assert_int_eq(r->d[0].resolved, 0);
	ck_assert_str_eq(r->d[1].id, "cause.a");
	ck_assert_int_eq(r->d[1].resolved, 1);
	lx_report_free(r);
}
END_TEST

START_TEST(resolved_other_file_by_time)
{
	lx_report *r;
	int64_t t0 = lx_ts_make(2024, 3, 5, 10, 0, 0);
	lx_collector_file_begin(col, &path);
	hit("cause.a", 5, t0);
	hit("other", 6, t0);
	lx_collector_file_end(col);
	lx_collector_file_begin(col, &path);
	hit("ok", 1, t0 + 60); /* a later install success elsewhere */
	lx_collector_file_end(col);
	r = finish();
	ck_assert_uint_eq(r->n_d, 2);
	ck_assert_str_eq(r->d[0].id, "other"); /* backup: not resolved by an install success */
	ck_assert_int_eq(r->d[0].resolved, 0);
	ck_assert_int_eq(r->d[1].resolved, 1);
	lx_report_free(r);
}
END_TEST

START_TEST(recency_and_seen)
{
	lx_report *r;
	int64_t t0 = lx_ts_make(2024, 3, 5, 10, 0, 0);
	lx_collector_file_begin(col, &path);
	hit("cause.b", 5, t0);
	hit("cause.b", 50, t0 + 3600);
	lx_collector_file_end(col);
	r = finish();
	ck_assert_uint_eq(r->n_d, 1);
	ck_assert_uint_eq(r->d[0].count, 2);
	ck_assert(r->d[0].first_seen == t0);
	ck_assert(r->d[0].last_seen == t0 + 3600);
	ck_assert_uint_eq(r->d[0].ev[0].line, 50);
	lx_report_free(r);
	/* the collector is empty again */
	r = finish();
	ck_assert_uint_eq(r->n_d, 0);
	lx_report_free(r);
}
END_TEST

START_TEST(latest_attempt_first)
{
	lx_report *r;
	int64_t t0 = lx_ts_make(2024, 3, 5, 10, 0, 0);
	lx_collector_file_begin(col, &path);
	hit("cause.a", 5, t0);          /* first attempt: critical */
	hit("outcome", 6, t0 + 1);
	hit("cause.b", 40, t0 + 3600);  /* the retry failed otherwise */
	hit("outcome", 41, t0 + 3601);
	lx_collector_file_end(col);
	r = finish();
	ck_assert_uint_eq(r->n_d, 3);
	ck_assert_str_eq(r->d[0].id, "cause.b");
	ck_assert_str_eq(r->d[1].id, "cause.a");
	ck_assert_int_eq(r->d[1].resolved, 0);
	ck_assert_str_eq(r->d[2].id, "outcome");
	lx_report_free(r);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("rank");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, order);
	tcase_add_test(tc, fallback_explained);
	tcase_add_test(tc, resolved_same_file);
	tcase_add_test(tc, resolved_other_file_by_time);
	tcase_add_test(tc, recency_and_seen);
	tcase_add_test(tc, latest_attempt_first);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
