/* Unit tests: windows of all / any / unless, block boundaries, evidence. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "match.h"
#include "timestamp.h"
#include "util.h"
#include "runner.h"

static const char sigs[] =
	"[t.pair]\ntitle: t\nproduct: p\nseverity: error\ndoc: https://x.invalid/d\nremedy: r\nwithin: 2\n"
	"all: ERR\\h+42\\b\nall: exit\\h+7\\b\nunless: ignored\nexample: ERR 42\n  exit 7\n"
	"[t.any]\ntitle: t\nproduct: p\nseverity: error\ndoc: https://x.invalid/d\nremedy: r\n"
	"any: alpha\nany: beta\nexample: alpha\n"
	"[t.ctx]\ntitle: t\nproduct: p\nseverity: error\ndoc: https://x.invalid/d\nremedy: r\nwithin: 1\n"
	"all: anchor\nany: left\nany: right\nexample: anchor\n  left\n"
	"[t.trig]\ntitle: t\nproduct: p\nseverity: error\ndoc: https://x.invalid/d\nremedy: r\n"
	"within: 2\nall: \\bwarnung\\b\nall: \\bE4711\\b\nexample: warnung\n  E4711\n"
	"[t.named]\ntitle: t\nproduct: p\nseverity: error\ndoc: https://x.invalid/d\nremedy: r\n"
	"files: only*.log\nall: named\nexample: named\n";

typedef struct rec {
	size_t n;
	size_t sig[64];
	uint64_t line[64];
	int64_t ts[64];
	int ts_src[64];
	size_t n_ev[64];
	char ev0[64][64];
} rec;

static void on_hit(void *ud, const lx_hit *h)
{
	rec *r = ud;
	if (r->n == 64)
		return;
	r->sig[r->n] = h->sig;
	r->line[r->n] = h->line;
	r->ts[r->n] = h->ts;
	r->ts_src[r->n] = h->ts_src;
	r->n_ev[r->n] = h->n_ev;
	snprintf(r->ev0[r->n], 64, "%.*s", (int)h->ev[0].len, h->ev[0].text);
	r->n++;
}

#include "matchfix.h"

/* Feeds text split into blocks after every `every` lines. */
static void run(rec *r, const char *name, const char *text, int every)
{
	const char *p = text, *blk = text;
	uint64_t line = 1, first = 1;
	int in = 0;
	memset(r, 0, sizeof *r);
	if (!lx_matcher_begin(m, name, LX_TS_NONE, on_hit, r))
		return;
	while (*p) {
		const char *nl = strchr(p, '\n');
		p = nl + 1;
		line++;
		if (++in == every || !*p) {
			char *copy = strndup(blk, (size_t)(p - blk));
			lx_matcher_feed(m, copy, (size_t)(p - blk), first);
			free(copy);
			blk = p;
			first = line;
			in = 0;
		}
	}
	lx_matcher_end(m);
}

static const char pair_text[] = "x\nERR 42\ny\nexit 7\nz\nz\nz\nERR 42\nq\nq\nq\nexit 7\n";

START_TEST(window_all)
{
	rec r;
	int every;
	for (every = 1; every <= 4; every++) {
		run(&r, "a.log", pair_text, every);
		ck_assert_uint_eq(r.n, 1); /* the second ERR 42 has exit 7 four lines later */
		ck_assert_uint_eq(r.sig[0], 0);
		ck_assert_uint_eq(r.line[0], 2);
		ck_assert_uint_eq(r.n_ev[0], 2);
		ck_assert_str_eq(r.ev0[0], "ERR 42");
	}
}
END_TEST

START_TEST(window_looks_back_across_blocks)
{
	rec r;
	int every;
	/* the condition comes first, the anchor up to 2 lines later, in any
	 * split into blocks; the unless line cancels only the second window */
	for (every = 1; every <= 5; every++) {
		run(&r, "a.log", "q\nexit 7\nq\nERR 42\nq\nq\nq\nq\nignored\nexit 7\nERR 42\nq\n",
		    every);
		ck_assert_uint_eq(r.n, 1);
		ck_assert_uint_eq(r.line[0], 4);
		ck_assert_uint_eq(r.n_ev[0], 2);
	}
}
END_TEST

START_TEST(trigger_is_not_the_anchor)
{
	/* t.trig is looked for through its rare second pattern; the hit is
	 * still at its anchor (the first), within 2 lines either way */
	static const char text[] =
		"x\nwarnung\nx\nE4711\nx\nx\nx\nx\nE4711\nx\nx\nwarnung\nx\nx\nx\nx\nx\n"
		"warnung\nx\nx\nx\nE4711\nx\nx\nE4711\nx\nwarnung\nx\n";
	rec r;
	int every;
	size_t i, n;
	for (every = 1; every <= 7; every++) {
		uint64_t got[4];
		run(&r, "a.log", text, every);
		for (i = 0, n = 0; i < r.n; i++)
			if (r.sig[i] == 3 && n < 4)
				got[n++] = r.line[i];
		ck_assert_uint_eq(n, 2);
		ck_assert_uint_eq(got[0], 2);
		ck_assert_uint_eq(got[1], 27);
	}
}
END_TEST

START_TEST(window_unless)
{
	rec r;
	run(&r, "a.log", "ERR 42\nexit 7\nignored\n", 1);
	ck_assert_uint_eq(r.n, 0);
	run(&r, "a.log", "ERR 42\nexit 7\nx\nx\nignored\n", 2);
	ck_assert_uint_eq(r.n, 1);
}
END_TEST

START_TEST(word_boundaries)
{
	rec r;
	run(&r, "a.log", "ERR 421\nexit 7\nERR 42x\nx\nx\nx\nERR 42\nexit 70\n", 10);
	ck_assert_uint_eq(r.n, 0);
}
END_TEST

START_TEST(any_anchors)
{
	rec r;
	run(&r, "a.log", "alpha\nnone\nbeta\nalpha beta\n", 1);
	ck_assert_uint_eq(r.n, 3);
	ck_assert_uint_eq(r.line[0], 1);
	ck_assert_uint_eq(r.line[1], 3);
	ck_assert_uint_eq(r.line[2], 4);
}
END_TEST

START_TEST(any_in_window)
{
	rec r;
	run(&r, "a.log", "anchor\nx\nx\nright\nanchor\n", 1);
	ck_assert_uint_eq(r.n, 1);
	ck_assert_uint_eq(r.sig[0], 2);
	ck_assert_uint_eq(r.line[0], 5);
}
END_TEST

START_TEST(member_globs)
{
	rec r;
	run(&r, "dir/ONLY-this.log", "named\n", 1);
	ck_assert_uint_eq(r.n, 1);
	run(&r, "other.log", "named\n", 1);
	ck_assert_uint_eq(r.n, 0);
}
END_TEST

START_TEST(no_cross_line_match)
{
	static const char s2[] =
		"[t.cross]\ntitle: t\nproduct: p\nseverity: error\ndoc: https://x.invalid/d\nremedy: r\n"
		"all: foo\\s+bar\nexample: foo bar\n";
	lx_sigdb *d2 = lx_sigdb_new();
	lx_matcher *m2;
	ck_assert_int_eq(lx_sigdb_load_text(d2, "c.sig", s2, strlen(s2), stderr), 0);
	ck_assert_int_eq(lx_sigdb_compile(d2, stderr), 0);
	m2 = lx_matcher_new(d2);
	ck_assert_int_eq(lx_matcher_probe(m2, 0, "foo\nbar\n", 8), 0);
	ck_assert_int_eq(lx_matcher_probe(m2, 0, "foo\nfoo  bar\n", 13), 1);
	lx_matcher_free(m2);
	lx_sigdb_free(d2);
}
END_TEST

START_TEST(non_ascii_classes)
{
	/* \S, \D and \W after a literal, on a multi-byte character: the JIT of
	 * PCRE2 10.42 misses these with invalid-UTF support; they must match. */
	static const char s3[] =
		"[t.utf]\ntitle: t\nproduct: p\nseverity: error\ndoc: https://x.invalid/\n"
		"remedy: r\nall: \\(407\\)\\h*\\S\nexample: x: (407) \xd0\xa2\xd1\x80\n";
	lx_sigdb *d3 = lx_sigdb_new();
	lx_matcher *m3;
	ck_assert_int_eq(lx_sigdb_load_text(d3, "u.sig", s3, strlen(s3), stderr), 0);
	ck_assert_int_eq(lx_sigdb_compile(d3, stderr), 0);
	m3 = lx_matcher_new(d3);
	ck_assert_int_eq(lx_matcher_probe(m3, 0, d3->sig[0].examples[0],
	                                  strlen(d3->sig[0].examples[0])),
	                 1);
	lx_matcher_free(m3);
	lx_sigdb_free(d3);
}
END_TEST

START_TEST(timestamps_from_session_header)
{
	rec r;
	run(&r, "a.log",
	    "2024-03-05T10:41:02.51+00:00\tAlways:\tTrace Session Started\n"
	    "10:43:39:Running\nERR 42\nexit 7\n01:00:00:later\nalpha\n",
	    2);
	ck_assert_uint_eq(r.n, 2);
	{
		char t[20];
		lx_ts_format(r.ts[0], t);
		ck_assert_str_eq(t, "2024-03-05T10:43:39");
		lx_ts_format(r.ts[1], t);
		ck_assert_str_eq(t, "2024-03-05T13:00:00");
	}
}
END_TEST

static const char *when(int64_t t)
{
	static char s[20];
	lx_ts_format(t, s);
	return s;
}

/* One block of two sessions, 14 KiB: the unrecognised-error pass walks the
 * date cursor to its end first, then the anchors start again from the
 * block's start by its checkpoints; each line still gets its own session's
 * date. */
START_TEST(date_cursor_checkpoints)
{
	lx_buf t = {0};
	rec r;
	size_t i, k, seen = 0;
	char *text;
	lx_buf_adds(&t, "2024-03-05T10:41:02.51+00:00\tAlways:\tTrace Session Started\n");
	for (i = 0; i < 150; i++)
		lx_buf_adds(&t, "10:45:00:filler line with nothing in it at all\n");
	lx_buf_adds(&t, "10:50:00:before the pair\nERR 42\nexit 7\n");
	lx_buf_adds(&t, "2024-03-07T09:00:00.00+00:00\tAlways:\tTrace Session Started\n");
	for (i = 0; i < 150; i++)
		lx_buf_adds(&t, "09:10:00:filler line with nothing in it at all\n");
	lx_buf_adds(&t, "09:20:00:the service failed to start on a broken disk\n");
	lx_buf_adds(&t, "09:30:00:before the pair\nERR 42\nexit 7\n");
	text = lx_buf_take(&t);
	lx_matcher_unrec(m, 1);
	run(&r, "a.log", text, 100000);
	lx_matcher_unrec(m, 0);
	free(text);
	for (k = 0; k < r.n; k++) {
		if (!strcmp(r.ev0[k], "ERR 42")) {
			ck_assert_str_eq(when(r.ts[k]),
			                 seen++ ? "2024-03-07T09:30:00" : "2024-03-05T10:50:00");
		} else {
			ck_assert_str_eq(r.ev0[k],
			                 "09:20:00:the service failed to start on a broken disk");
			ck_assert_str_eq(when(r.ts[k]), "2024-03-07T09:20:00");
		}
	}
	ck_assert_uint_eq(seen, 2);
	ck_assert_uint_eq(r.n, 3);
}
END_TEST

/* A line without a stamp of its own: the record's time, the session header
 * far above, the file's name; none at all (no mtime given). */
START_TEST(time_sources)
{
	rec r;
	lx_buf b = {0};
	int i;
	run(&r, "portal/error.txt",
	    "Error ID : 4711\nalpha\nPossible causes: none\nFirst Seen At : 2/2/2025 5:36:43 PM\n\n"
	    "Start time: 2025-02-03 08:00:00\nbeta\n",
	    100); /* (a record is looked for in the hit's block) */
	ck_assert_uint_eq(r.n, 2);
	ck_assert_int_eq(r.ts_src[0], LX_TSS_RECORD);
	ck_assert_str_eq(when(r.ts[0]), "2025-02-02T17:36:43");
	ck_assert_int_eq(r.ts_src[1], LX_TSS_RECORD);
	ck_assert_str_eq(when(r.ts[1]), "2025-02-03T08:00:00");
	lx_buf_adds(&b, "2024-03-05T10:41:02.51+00:00\tAlways:\tTrace Session Started\n");
	for (i = 0; i < 300; i++)
		lx_buf_adds(&b, "output of a script, no stamp\n");
	lx_buf_adds(&b, "alpha\n");
	run(&r, "a.log", b.p, 1000); /* one block: the stamp above is 301 lines up */
	ck_assert_uint_eq(r.n, 1);
	ck_assert_int_eq(r.ts_src[0], LX_TSS_FILE_HEADER);
	ck_assert_str_eq(when(r.ts[0]), "2024-03-05T10:41:02");
	run(&r, "ASRSetupLogs/250202-053643ASRUnifiedAgentInstaller.log", "alpha\n", 1);
	ck_assert_int_eq(r.ts_src[0], LX_TSS_FILE_NAME);
	ck_assert_str_eq(when(r.ts[0]), "2025-02-02T05:36:43");
	run(&r, "x.log", "alpha\n", 1);
	ck_assert_int_eq(r.ts_src[0], LX_TSS_NONE);
	ck_assert(r.ts[0] == LX_TS_NONE);
	lx_buf_free(&b);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("match");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, window_all);
	tcase_add_test(tc, window_unless);
	tcase_add_test(tc, trigger_is_not_the_anchor);
	tcase_add_test(tc, window_looks_back_across_blocks);
	tcase_add_test(tc, word_boundaries);
	tcase_add_test(tc, any_anchors);
	tcase_add_test(tc, any_in_window);
	tcase_add_test(tc, member_globs);
	tcase_add_test(tc, no_cross_line_match);
	tcase_add_test(tc, timestamps_from_session_header);
	tcase_add_test(tc, time_sources);
	tcase_add_test(tc, date_cursor_checkpoints);
	tcase_add_test(tc, non_ascii_classes);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
