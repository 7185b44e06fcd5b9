/* Unit tests: timestamp recognition and completion. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "timestamp.h"
#include "tscursor.h"
#include "util.h"
#include "runner.h"

static lx_ts_kind parse(const char *s, lx_tm *t)
{
	return lx_ts_parse(s, strlen(s), t);
}

static char *fmt(int64_t t)
{
	static char out[20];
	lx_ts_format(t, out);
	return out;
}

START_TEST(formats)
{
	lx_tm t;
	ck_assert_int_eq(parse("2024-03-05T10:41:02.5171643+00:00\tAlways:\tTrace Session Started",
	                       &t),
	                 LX_TSK_FULL);
	ck_assert_int_eq(t.year, 2024);
	ck_assert_int_eq(t.hour, 10);
	ck_assert_int_eq(parse("2024-03-05 22:15:09.123   Starting", &t), LX_TSK_FULL);
	ck_assert_int_eq(t.hour, 22);
	ck_assert_int_eq(parse("10:43:40:Running VSS script", &t), LX_TSK_TIME12);
	ck_assert_int_eq(t.min, 43);
	ck_assert_int_eq(parse("#~> (03-05-2024 10:41:02):   ERROR  1 2 3 x", &t), LX_TSK_FULL);
	ck_assert_int_eq(t.mon, 3);
	ck_assert_int_eq(t.day, 5);
	ck_assert_int_eq(parse("03/05/2024 10:41:02 : install", &t), LX_TSK_FULL);
	ck_assert_int_eq(parse("*** Installation Starts here 05.03.2024 10:41:02 ***", &t),
	                 LX_TSK_FULL);
	ck_assert_int_eq(t.day, 5);
	ck_assert_int_eq(t.mon, 3);
	ck_assert_int_eq(parse("=== Verbose logging started: 3/5/2024  9:41:02  Build type", &t),
	                 LX_TSK_FULL);
	ck_assert_int_eq(t.hour, 9);
	ck_assert_int_eq(parse("MSI (s) (A4:B8) [10:41:03:120]: Product: x", &t), LX_TSK_TIME24);
	ck_assert_int_eq(parse("1a2c\t3f00\t03/05\t10:41:02.120\t03\tfile.cpp(12)\t", &t),
	                 LX_TSK_NOYEAR);
	ck_assert_int_eq(t.day, 5);
}
END_TEST

START_TEST(near_misses)
{
	lx_tm t;
	ck_assert_int_eq(parse("- Exit code: 802", &t), LX_TSK_NONE);
	ck_assert_int_eq(parse("2024-13-05 10:00:00 bad month", &t), LX_TSK_NONE);
	ck_assert_int_eq(parse("99:99:99:not a time", &t), LX_TSK_NONE);
	ck_assert_int_eq(parse("", &t), LX_TSK_NONE);
	ck_assert_int_eq(parse("2024", &t), LX_TSK_NONE);
	/* days that the month does not have (2023 is not a leap year) */
	ck_assert_int_eq(parse("02/29/2023 10:00:00 : x", &t), LX_TSK_NONE);
	ck_assert_int_eq(parse("2023-02-29 10:00:00 x", &t), LX_TSK_NONE);
	ck_assert_int_eq(parse("2024-04-31 10:00:00 x", &t), LX_TSK_NONE);
	ck_assert_int_eq(parse("1900-02-29 10:00:00 x", &t), LX_TSK_NONE);
	ck_assert_int_eq(parse("02/29/2024 10:00:00 : x", &t), LX_TSK_FULL);
	ck_assert_int_eq(parse("2000-02-29 10:00:00 x", &t), LX_TSK_FULL);
}
END_TEST

START_TEST(twelve_hour_clock)
{
	lx_tm t;
	lx_tsctx c;
	int64_t base = lx_ts_make(2024, 3, 5, 10, 41, 2);
	lx_tsctx_init(&c, LX_TS_NONE);
	parse("10:43:40:x", &t);
	ck_assert_str_eq(fmt(lx_ts_resolve(&c, base, LX_TSK_TIME12, &t)), "2024-03-05T10:43:40");
	parse("01:02:03:x", &t); /* after noon on a clock without AM/PM */
	ck_assert_str_eq(fmt(lx_ts_resolve(&c, base, LX_TSK_TIME12, &t)), "2024-03-05T13:02:03");
	parse("12:30:00:x", &t);
	ck_assert_str_eq(fmt(lx_ts_resolve(&c, base, LX_TSK_TIME12, &t)), "2024-03-05T12:30:00");
	ck_assert(lx_ts_resolve(&c, LX_TS_NONE, LX_TSK_TIME12, &t) == LX_TS_NONE);
}
END_TEST

START_TEST(year_from_mtime)
{
	lx_tm t;
	lx_tsctx c;
	lx_tsctx_init(&c, 1709640000); /* 2024-03-05 */
	parse("1a2c\t3f00\t03/05\t10:41:02.120\t03\t", &t);
	ck_assert_str_eq(fmt(lx_ts_resolve(&c, LX_TS_NONE, LX_TSK_NOYEAR, &t)),
	                 "2024-03-05T10:41:02");
	parse("1a2c\t3f00\t12/30\t10:41:02.120\t03\t", &t);
	ck_assert_str_eq(fmt(lx_ts_resolve(&c, LX_TS_NONE, LX_TSK_NOYEAR, &t)),
	                 "2023-12-30T10:41:02");
	lx_tsctx_init(&c, LX_TS_NONE);
	ck_assert(lx_ts_resolve(&c, LX_TS_NONE, LX_TSK_NOYEAR, &t) == LX_TS_NONE);
}
END_TEST

START_TEST(round_trip)
{
	ck_assert_str_eq(fmt(lx_ts_make(1999, 12, 31, 23, 59, 59)), "1999-12-31T23:59:59");
	ck_assert_str_eq(fmt(lx_ts_make(2024, 2, 29, 0, 0, 0)), "2024-02-29T00:00:00");
	ck_assert(lx_ts_make(2024, 3, 1, 0, 0, 0) - lx_ts_make(2024, 2, 28, 0, 0, 0) == 2 * 86400);
}
END_TEST

/* lx_ts_full() answers exactly "is this LX_TSK_FULL", with the same fields. */
START_TEST(full_only)
{
	static const char *const lines[] = {
		"2024-03-05T10:41:02.5171643+00:00\tAlways:\tTrace Session Started",
		"2024-03-05 22:15:09.123   Starting",
		"10:43:40:Running VSS script",
		"#~> (03-05-2024 10:41:02):   ERROR  1 2 3 x",
		"03/05/2024 10:41:02 : install",
		"*** Installation Starts here 05.03.2024 10:41:02 ***",
		"=== Verbose logging started: 3/5/2024  9:41:02  Build type",
		"MSI (s) (A4:B8) [10:41:03:120]: Product: x",
		"1A2C\t3F0\t03/05\t10:41:02.517\t03\tx.cpp(1)\t\tNORMAL\tm",
		"2024-13-45 99:99:99 not a date",
		"",
		"no stamp at all",
	};
	size_t i;
	for (i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		lx_tm a, b;
		lx_ts_kind k = lx_ts_parse(lines[i], strlen(lines[i]), &a);
		int full = lx_ts_full(lines[i], strlen(lines[i]), &b);
		ck_assert_int_eq(full, k == LX_TSK_FULL);
		if (full)
			ck_assert_int_eq(memcmp(&a, &b, sizeof a), 0);
	}
}
END_TEST

START_TEST(file_name_dates)
{
	ck_assert_str_eq(fmt(lx_ts_from_name(
				 "ASRSetupLogs/250202-053643ASRUnifiedAgentInstaller.log")),
	                 "2025-02-02T05:36:43");
	ck_assert_str_eq(fmt(lx_ts_from_name(
				 "PowerShell_transcript.FS-HQ-01.x1Q9k2Lm.20240603010002.txt")),
	                 "2024-06-03T01:00:02");
	ck_assert_str_eq(fmt(lx_ts_from_name("logs/2024-03-05_10-44-02UA_InstallLogFile.log")),
	                 "2024-03-05T10:44:02");
	ck_assert_str_eq(fmt(lx_ts_from_name("setup_20240305-104402.log")), "2024-03-05T10:44:02");
	/* not dates: an address, a version, an impossible month, a longer run */
	ck_assert(lx_ts_from_name("pushinstalllogs/10.20.4.17_6513270e/x.log") == LX_TS_NONE);
	ck_assert(lx_ts_from_name("Microsoft-ASR_UA_9.57.0.0_Windows_GA_18Mar2024.exe") ==
	          LX_TS_NONE);
	ck_assert(lx_ts_from_name("251302-053643x.log") == LX_TS_NONE);
	ck_assert(lx_ts_from_name("1250202-053643x.log") == LX_TS_NONE);
	ck_assert(lx_ts_from_name("CBEngineCurr.errlog") == LX_TS_NONE);
}
END_TEST

START_TEST(year_from_context)
{
	lx_tm t;
	lx_tsctx c;
	/* mtime says 2026 (copied later); the file's name says 2024 */
	lx_tsctx_init(&c, 1795000000);
	lx_tsctx_name(&c, "Temp/20240102-000000-CBEngine.errlog");
	parse("1a2c\t3f00\t12/30\t10:41:02.120\t03\t", &t);
	ck_assert_str_eq(fmt(lx_ts_resolve(&c, LX_TS_NONE, LX_TSK_NOYEAR, &t)),
	                 "2023-12-30T10:41:02");
	/* a full stamp above the line wins over the name */
	ck_assert_str_eq(fmt(lx_ts_resolve(&c, lx_ts_make(2021, 12, 29, 8, 0, 0), LX_TSK_NOYEAR,
	                                   &t)),
	                 "2021-12-30T10:41:02");
	/* a time of day takes its date from the name when nothing else gives one */
	parse("10:43:40:Running VSS script", &t);
	ck_assert_str_eq(fmt(lx_ts_resolve(&c, LX_TS_NONE, LX_TSK_TIME12, &t)),
	                 "2024-01-02T10:43:40");
}
END_TEST

START_TEST(record_times)
{
	int64_t t = 0;
	static const char a[] = "First Seen At : 2/2/2025 5:36:43 PM";
	static const char b[] = "Start time: 2025-02-02T05:36:43Z";
	static const char c[] = "Started: 7/14/2024 12:00:02 AM";
	static const char d[] = "Start time of the job was not recorded";
	static const char e[] = "Started job: Backup";
	ck_assert(lx_ts_record(a, strlen(a), &t));
	ck_assert_str_eq(fmt(t), "2025-02-02T17:36:43");
	ck_assert(lx_ts_record(b, strlen(b), &t));
	ck_assert_str_eq(fmt(t), "2025-02-02T05:36:43");
	ck_assert(lx_ts_record(c, strlen(c), &t));
	ck_assert_str_eq(fmt(t), "2024-07-14T00:00:02");
	ck_assert(!lx_ts_record(d, strlen(d), &t));
	ck_assert(!lx_ts_record(e, strlen(e), &t));
	ck_assert_str_eq(lx_ts_source_name(LX_TSS_FILE_NAME), "file-name");
	ck_assert_int_eq(lx_ts_source_parse("member-mtime"), LX_TSS_MTIME);
	ck_assert_int_eq(lx_ts_source_parse("nonsense"), LX_TSS_NONE);
	ck_assert(lx_ts_source_name(LX_TSS_NONE) == NULL);
}
END_TEST

/* The date cursor answers the same whatever order the lines are asked in
 * and whatever walks came before: on a block of sessions (full stamps),
 * MARS lines without the year, times of day and unstamped lines, every
 * line is asked forwards, forwards again after a rewind, then in a
 * scrambled order, and each answer is compared with that of a cursor that
 * saw nothing before (which reads back to the block's start). */
START_TEST(cursor_any_order)
{
	lx_buf b = {0};
	lx_tscur c, fresh;
	size_t *ls = NULL, cap = 0, n = 0, i, round;
	unsigned x = 12345;
	lx_buf_adds(&b, "d2\t0a\t03/06\t23:59:01.100\t01\tbefore any session\n");
	for (i = 0; i < 700; i++) {
		x = x * 1103515245u + 12345u;
		switch ((x >> 16) % 23) {
		case 0:
			lx_buf_addf(&b, "2024-%02u-%02u 10:00:%02u   Session %zu\n",
			            1 + (unsigned)(i / 400), 1 + (unsigned)(i % 28),
			            (unsigned)(i % 60), i);
			break;
		case 1:
		case 2:
			lx_buf_addf(&b, "10:%02u:%02u:a time of day\n", (unsigned)(i % 60),
			            (unsigned)(i % 59));
			break;
		case 3:
			lx_buf_adds(&b, "a line with no stamp at all, 2024 or not\n");
			break;
		default:
			lx_buf_addf(&b, "%x\t%x\t%02u/%02u\t11:%02u:00.000\t%02u\tfiller\n",
			            (unsigned)(x & 0xffff), (unsigned)(x >> 20),
			            1 + (unsigned)(i / 400), 1 + (unsigned)(i % 28),
			            (unsigned)(i % 60), (unsigned)(i % 99));
		}
	}
	for (i = 0; i < b.len; i = (size_t)((char *)memchr(b.p + i, '\n', b.len - i) - b.p) + 1) {
		lx_xgrow(&ls, &cap, n + 1, sizeof *ls);
		ls[n++] = i;
	}
	memset(&c, 0, sizeof c);
	memset(&fresh, 0, sizeof fresh);
	lx_tscur_file(&c, 1700000000, NULL);
	lx_tscur_file(&fresh, 1700000000, NULL);
	lx_tscur_block(&c, b.p, b.len);
	for (round = 0; round < 3; round++) {
		for (i = 0; i < n; i++) {
			size_t k = round < 2 ? i
			                     : (i * 7919) %
			                               n; /* 7919 is prime, n is not its multiple */
			int src, src0;
			int64_t t, t0;
			t = lx_tscur_at(&c, ls[k], &src);
			lx_tscur_block(&fresh, b.p, b.len);
			t0 = lx_tscur_at(&fresh, ls[k], &src0);
			ck_assert_msg(t == t0 && src == src0, "line %zu, round %zu: %s", k, round,
			              fmt(t));
		}
		lx_tscur_rewind(&c);
	}
	/* the block's end: its last full stamp carries over as the date base,
	 * the time of its last stamped line as the last stamp */
	{
		int64_t base = LX_TS_NONE, last = LX_TS_NONE;
		for (i = 0; i < n; i++) {
			const char *l = b.p + ls[i];
			size_t len = (size_t)((char *)memchr(l, '\n', b.len - ls[i]) - l);
			lx_tm tm;
			int src;
			if (lx_ts_full(l, len, &tm))
				base = lx_ts_resolve(&c.tsc, LX_TS_NONE, LX_TSK_FULL, &tm);
			if (lx_ts_parse(l, len, &tm) != LX_TSK_NONE) {
				lx_tscur_block(&fresh, b.p, b.len);
				last = lx_tscur_at(&fresh, ls[i], &src);
			}
		}
		lx_tscur_end(&c);
		ck_assert_int_eq(c.date_base, base);
		ck_assert_int_eq(c.last_ts, last);
		ck_assert_int_ne(base, LX_TS_NONE);
	}
	lx_tscur_free(&c);
	lx_tscur_free(&fresh);
	free(ls);
	lx_buf_free(&b);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("timestamp");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, formats);
	tcase_add_test(tc, near_misses);
	tcase_add_test(tc, twelve_hour_clock);
	tcase_add_test(tc, year_from_mtime);
	tcase_add_test(tc, round_trip);
	tcase_add_test(tc, full_only);
	tcase_add_test(tc, file_name_dates);
	tcase_add_test(tc, year_from_context);
	tcase_add_test(tc, record_times);
	tcase_add_test(tc, cursor_any_order);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
