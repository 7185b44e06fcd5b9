/* Unit tests: fallback suppression, resolution by a later success, and the
 * contract's order. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "host.h"
#include "options.h"
#include "rank.h"
#include "timestamp.h"
#include "runner.h"

#define SIG(id, sev, op, role, w)                                                                \
	"[" id "]\ntitle: " id "\nproduct: p\nseverity: " sev "\ndoc: https://x.invalid/\n"      \
	"remedy: r\noperation: " op "\nrole: " role "\nwithin: " w "\nall: " id "\nexample: " id \
	"\n"

static const char sigs[] = SIG("cause.a", "critical", "install", "cause",
                               "0") SIG("cause.b", "error", "install", "cause",
                                        "0") SIG("generic", "error", "install", "fallback", "5")
	SIG("outcome", "critical", "install", "outcome",
            "0") SIG("ok", "info", "install", "success",
                     "0") SIG("other", "warning", "backup", "cause",
                              "0") SIG("note", "info", "backup", "cause", "0")
		SIG("vss.specific", "critical", "install", "cause",
                    "0") "explains: vss.generic, out*\n" SIG("vss.generic", "error", "install",
                                                             "fallback", "0") "explains: outcome\n";

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

/* A hit whose only evidence line is text. */
static void hit_text(const char *id, uint64_t line, int64_t ts, const char *text)
{
	lx_hit h;
	memset(&h, 0, sizeof h);
	h.sig = idx(id);
	h.line = line;
	h.ts = ts;
	h.ts_src = ts == LX_TS_NONE ? LX_TSS_NONE : LX_TSS_LINE;
	h.ev[0].line = line;
	h.ev[0].text = text;
	h.ev[0].len = strlen(text);
	h.n_ev = 1;
	lx_collector_hit(col, &h);
}

static void hit(const char *id, uint64_t line, int64_t ts)
{
	hit_text(id, line, ts, id);
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
	hit("cause.a", 5, t0); /* first attempt: critical */
	hit("outcome", 6, t0 + 1);
	hit("cause.b", 40, t0 + 3600); /* the retry failed otherwise */
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

static const lx_diag *find(const lx_report *r, const char *id, const char *host)
{
	size_t i;
	for (i = 0; i < r->n_d; i++)
		if (!strcmp(r->d[i].id, id) &&
		    (host ? r->d[i].host && !strcmp(r->d[i].host, host) : !r->d[i].host))
			return &r->d[i];
	return NULL;
}

static const char *host_in(const char *line)
{
	static char out[80];
	const char *at = NULL;
	size_t n = lx_host_find(line, strlen(line), &at);
	if (!n)
		return "";
	memcpy(out, at, n);
	out[n] = '\0';
	return out;
}

START_TEST(host_names)
{
	ck_assert_str_eq(host_in("Push installation of the mobility service to 10.20.4.17 failed."),
	                 "10.20.4.17");
	ck_assert_str_eq(host_in("Copying to \\\\10.1.2.30\\C$ failed. ErrorID: 95517"),
	                 "10.1.2.30");
	ck_assert_str_eq(host_in("job 8812 failed with error 95107 for host APP-SQL-04"),
	                 "APP-SQL-04");
	ck_assert_str_eq(host_in("<Host>10.20.4.17</Host>"), "10.20.4.17");
	ck_assert_str_eq(host_in("source machine: 10.20.7.26 (ERP-DB-01)"), "10.20.7.26");
	ck_assert_str_eq(host_in("2024-09-02 21:14:40 host=FS-HQ-01 job=Backup"), "FS-HQ-01");
	/* not machines */
	ck_assert_str_eq(host_in("PushInstallService started. Version 9.56.6879.1"), "");
	ck_assert_str_eq(host_in("Installer version 9.60.0.1 started"), "");
	ck_assert_str_eq(host_in("Transferred 1.2.3.4.5 blocks"), "");
	ck_assert_str_eq(host_in("Error code: -2147164145 [0x8004E00F]"), "");
	ck_assert_str_eq(host_in("error 10.0.300.1"), "");
}
END_TEST

/* One log, two machines: a success on one resolves only its own failure. */
START_TEST(hosts_apart)
{
	lx_report *r;
	int64_t t0 = lx_ts_make(2024, 6, 11, 2, 0, 0);
	lx_collector_file_begin(col, &path);
	hit_text("cause.a", 5, t0, "push to 10.40.3.21 failed: cause.a");
	hit_text("cause.b", 9, t0 + 30, "push to 10.40.3.22 failed: cause.b");
	hit_text("ok", 20, t0 + 3600, "remote installer on 10.40.3.21: ok");
	lx_collector_file_end(col);
	r = finish();
	ck_assert_uint_eq(r->n_d, 2);
	ck_assert_str_eq(r->d[0].id, "cause.b");
	ck_assert_str_eq(r->d[0].host, "10.40.3.22");
	ck_assert_int_eq(r->d[0].resolved, 0);
	ck_assert_ptr_nonnull(find(r, "cause.a", "10.40.3.21"));
	ck_assert_int_eq(find(r, "cause.a", "10.40.3.21")->resolved, 1);
	ck_assert_uint_eq(r->n_hosts, 2);
	ck_assert_str_eq(r->hosts[0], "10.40.3.22");
	lx_report_free(r);
}
END_TEST

/* The lines that name no machine are about the one machine the bundle
 * names; the same signature on two machines is two diagnoses. */
START_TEST(hosts_unified)
{
	lx_report *r;
	lx_collector_file_begin(col, &path);
	hit_text("cause.b", 3, LX_TS_NONE, "source machine: APP-01 cause.b");
	hit_text("cause.b", 50, LX_TS_NONE, "cause.b");
	lx_collector_file_end(col);
	r = finish();
	ck_assert_uint_eq(r->n_d, 1);
	ck_assert_str_eq(r->d[0].host, "APP-01");
	ck_assert_uint_eq(r->d[0].count, 2);
	lx_report_free(r);
	lx_collector_file_begin(col, &path);
	hit_text("cause.b", 3, LX_TS_NONE, "for host APP-01 cause.b");
	hit_text("cause.b", 90, LX_TS_NONE, "for host APP-02 cause.b");
	lx_collector_file_end(col);
	r = finish();
	ck_assert_uint_eq(r->n_d, 2);
	ck_assert_uint_eq(r->n_hosts, 2);
	lx_report_free(r);
}
END_TEST

/* A folder named after a machine (or starting with its address) names the
 * machine of its files' lines. */
START_TEST(hosts_from_paths)
{
	lx_report *r;
	lx_chain p2 = {0};
	lx_chain_push(&p2, "bundle");
	lx_chain_push(&p2, "pushinstalllogs/10.20.4.17_6513270e/PushInstallCombined.log");
	lx_collector_file_begin(col, &p2);
	hit_text("cause.b", 3, LX_TS_NONE, "cause.b");
	lx_collector_file_end(col);
	lx_collector_file_begin(col, &path);
	hit_text("cause.a", 3, LX_TS_NONE, "push to 10.20.4.18 failed: cause.a");
	lx_collector_file_end(col);
	r = finish();
	ck_assert_ptr_nonnull(find(r, "cause.b", "10.20.4.17"));
	ck_assert_ptr_nonnull(find(r, "cause.a", "10.20.4.18"));
	ck_assert_uint_eq(find(r, "cause.b", "10.20.4.17")->n_ev, 1);
	lx_report_free(r);
	lx_chain_free(&p2);
}
END_TEST

/* What a cause explains folds under it, in the same attempt only; a chain
 * folds to its root. */
START_TEST(consequences)
{
	lx_report *r;
	int64_t t0 = lx_ts_make(2024, 10, 3, 4, 0, 0);
	lx_collector_file_begin(col, &path);
	hit("vss.specific", 10, t0);
	hit("vss.generic", 40, t0 + 2); /* far from it: not dropped in the file */
	hit("outcome", 41, t0 + 3);
	lx_collector_file_end(col);
	r = finish();
	ck_assert_uint_eq(r->n_d, 1);
	ck_assert_str_eq(r->d[0].id, "vss.specific");
	ck_assert_uint_eq(r->d[0].n_cq, 2);
	ck_assert_str_eq(r->d[0].cq[0].id, "vss.generic");
	ck_assert_str_eq(r->d[0].cq[1].id, "outcome");
	ck_assert_uint_eq(r->d[0].cq[1].n_ev, 1);
	lx_report_free(r);
	/* a later attempt's generic failure is not the earlier cause's */
	lx_collector_file_begin(col, &path);
	hit("vss.specific", 10, t0);
	hit("outcome", 12, t0 + 2);
	hit("cause.b", 30, t0 + 600);
	hit("vss.generic", 32, t0 + 602);
	lx_collector_file_end(col);
	r = finish();
	ck_assert_ptr_nonnull(find(r, "vss.generic", NULL));
	ck_assert_uint_eq(find(r, "vss.specific", NULL)->n_cq, 1);
	lx_report_free(r);
}
END_TEST

/* A cause with no time, in another file than the success, goes with the
 * latest failed attempt and is resolved with it. */
START_TEST(untimed_cause)
{
	lx_report *r;
	int64_t t0 = lx_ts_make(2024, 5, 6, 8, 0, 0);
	lx_collector_file_begin(col, &path);
	hit("cause.a", 7, LX_TS_NONE);
	lx_collector_file_end(col);
	lx_collector_file_begin(col, &path);
	hit("outcome", 3, t0);
	hit("ok", 9, t0 + 3600);
	lx_collector_file_end(col);
	r = finish();
	ck_assert_uint_eq(r->n_d, 2);
	ck_assert_int_eq(find(r, "cause.a", NULL)->resolved, 1);
	ck_assert(find(r, "cause.a", NULL)->last_seen == LX_TS_NONE);
	ck_assert_int_eq(find(r, "cause.a", NULL)->ts_src, LX_TSS_NONE);
	lx_report_free(r);
	/* ... but not when that attempt came after the success */
	lx_collector_file_begin(col, &path);
	hit("cause.a", 7, LX_TS_NONE);
	lx_collector_file_end(col);
	lx_collector_file_begin(col, &path);
	hit("ok", 3, t0);
	hit("outcome", 9, t0 + 3600);
	lx_collector_file_end(col);
	r = finish();
	ck_assert_int_eq(find(r, "cause.a", NULL)->resolved, 0);
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
	tcase_add_test(tc, host_names);
	tcase_add_test(tc, hosts_apart);
	tcase_add_test(tc, hosts_unified);
	tcase_add_test(tc, hosts_from_paths);
	tcase_add_test(tc, consequences);
	tcase_add_test(tc, untimed_cause);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
