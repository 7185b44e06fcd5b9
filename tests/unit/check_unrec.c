/* check_unrec - unrecognised errors: which lines look like errors
 * (src/unrec.c) and how one bundle's are mined (src/unrecset.c): masking,
 * merging, the evidence rule, determinism and bounded memory. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report.h"
#include "runner.h"
#include "timestamp.h"
#include "unrec.h"
#include "unrecfile.h"
#include "unrecset.h"

static int err(const char *s)
{
	return lx_unrec_is_error(s, strlen(s));
}

START_TEST(error_looking)
{
	static const char *const yes[] = {
		"2024-03-05 10:41:02 ERROR service could not start",
		"Backup job failed for volume C:",
		"Unable to connect to the configuration server",
		"System.UnauthorizedAccessException: Access to the path is denied",
		"Setup returned hr=0x80070005 while copying",
		"Installer finished with exit code: 1603 today",
		"Process ended, exit code -1 reported",
		"Не удалось подключиться к серверу конфигурации",
		"无法连接到服务器",
		"連線 失敗 了 今天",
		"La copia de seguridad falló en el volumen D:",
		"Échec de la sauvegarde du volume D:",
		"Impossible de joindre le serveur de configuration",
		"Retry 3, last error: 5 while opening the volume",
		"Sync ended, error rate: 0.5 per cent of the files",
		"MSI (s) (FC:21) [07:50:01:986]: Note: 1: 1708 2: Error while installing the product",
		"Error 1603: fatal error during installation",
		"Status: 0x80070005 (E_ACCESSDENIED)",
		"Error code: 0x1f (a device attached to the system is not functioning)",
	};
	static const char *const no[] = {
		"Backup completed without error today",
		"Prerequisite checks completed. Errors encountered: 0",
		"Summary of the run: errors = 0",
		"  \"Errors\": [",
		"Installer finished with exit code 0 today",
		"Wrote C:\\ProgramData\\ASRSetupLogs\\InstallerErrors.json to disk",
		"ERROR:",
		"Error details",
		"Service started normally on port 443",
		"value 0x80 is not an HRESULT at all",
		"MSI (s) (FC:21) [07:49:58:505]: Note: 1: 2205 2:  3: Error ",
		"MSI (s) (FC:21) [07:49:54:535]: Transforming table Error.",
		"MSI (s) (FC:21) [07:49:54:926]: Note: 1: 2228 2:  3: Error 4: SELECT `Message` FROM "
		"`Error` WHERE `Error` = 1709",
		"09:10:46:Status: 0x0 (ERROR_SUCCESS)",
		"MSI (s) (FC:21) [07:50:06:571]: Error code: 0x00000000 (no error)",
		"Retry count: 0, last error: none",
		"Windows Installer installed the product. Installation success or error status: 0.",
		"VSS writer 'SqlServerWriter' state: [1] Stable, last error: No error",
	};
	size_t i;
	for (i = 0; i < sizeof yes / sizeof *yes; i++)
		ck_assert_msg(err(yes[i]), "should look like an error: %s", yes[i]);
	for (i = 0; i < sizeof no / sizeof *no; i++)
		ck_assert_msg(!err(no[i]), "should not look like an error: %s", no[i]);
}
END_TEST

typedef struct seen {
	size_t n;
} seen;

static void on_line(void *ud, size_t ls, size_t le)
{
	seen *s = ud;
	(void)ls;
	(void)le;
	s->n++;
}

START_TEST(block_scan)
{
	static const char text[] = "all good here\n"
				   "ERROR disk 3 is offline now\n"
				   "errors: 0 on this run\n"
				   "FAILED to open file x.y\r\n"
				   "nothing to see\n";
	lx_unrec_det *d = lx_unrec_det_new();
	seen s = {0};
	lx_unrec_det_scan(d, text, sizeof text - 1, on_line, &s);
	ck_assert_uint_eq(s.n, 2);
	lx_unrec_det_free(d);
}
END_TEST

/* Keywords that start with a non-ASCII letter (found by their own pass
 * over the non-ASCII bytes), one with a non-ASCII letter inside (falló,
 * found by the literal scan), and a line with two keywords decided once. */
START_TEST(block_scan_other_languages)
{
	static const char text[] =
		"2024-01-01 10:00:00 Не удалось подключиться к хранилищу\n"
		"2024-01-01 10:00:01 连接失败 代码 12\n"
		"2024-01-01 10:00:02 Échec de la connexion au coffre\n"
		"2024-01-01 10:00:03 tout va bien\n"
		"2024-01-01 10:00:04 error: the job failed, ошибка 5\n"
		"2024-01-01 10:00:05 La copia de seguridad falló en el volumen D:\n"
		"2024-01-01 10:00:06 нет ошибкиошибки в журнале\n"
		"2024-01-01 10:00:07 Запуск службы: всё в порядке\n";
	lx_unrec_det *d = lx_unrec_det_new();
	seen s = {0};
	lx_unrec_det_scan(d, text, sizeof text - 1, on_line, &s);
	ck_assert_uint_eq(s.n, 6);
	lx_unrec_det_free(d);
}
END_TEST

/* A keyword that starts with a non-ASCII letter at every offset of an
 * ASCII block that has another non-ASCII character before it: found. */
START_TEST(block_scan_non_ascii_places)
{
	static const char *const words[] = {"Не удалось открыть", "连接失败", "échec"};
	char text[600];
	size_t w, off;
	for (w = 0; w < sizeof words / sizeof *words; w++)
		for (off = 0; off < 200; off++) {
			lx_unrec_det *d = lx_unrec_det_new();
			seen s = {0};
			size_t n;
			memset(text, 'a', sizeof text);
			text[150] = '\n';
			memcpy(text + 40, "caf\xc3\xa9", 5); /* a non-ASCII byte before */
			/* ending the block too, where the last sixteen bytes are
			 * read one at a time */
			n = (size_t)snprintf(text + 151 + off, sizeof text - 151 - off,
			                     off % 2 ? " %s now here\n" : " %s\n", words[w]);
			n += 151 + off;
			lx_unrec_det_scan(d, text, n, on_line, &s);
			ck_assert_msg(s.n == 1, "%s at %zu: %zu lines", words[w], off, s.n);
			lx_unrec_det_free(d);
		}
}
END_TEST

static void line(lx_unrecset *u, const char *s, int64_t ts)
{
	lx_unrecset_line(u, s, strlen(s), ts);
}

static void to_set(void *ud, const char *tpl, size_t tpl_len, uint64_t count, int64_t first,
                   int64_t last, const char *ex, size_t ex_len)
{
	lx_unrecset_add(ud, tpl, tpl_len, count, first, last, ex, ex_len);
}

/* One file of n lines "... host <word> is offline", host word w, at times
 * from t on, handed to u as the matcher hands a file's templates over. */
static void one_file(lx_unrecset *u, const char *w, int n, int64_t t)
{
	lx_unrecfile *f = lx_unrecfile_new();
	char buf[128];
	int i;
	for (i = 0; i < n; i++) {
		snprintf(buf, sizeof buf, "ERROR volume %d of host %s is offline", i * 7, w);
		lx_unrecfile_line(f, buf, strlen(buf), t + i);
	}
	lx_unrecfile_flush(f, to_set, u);
	lx_unrecset_file_end(u);
	ck_assert_uint_eq(lx_unrecfile_memory(f) < 4096, 1); /* emptied */
	lx_unrecfile_free(f);
}

/* Files are mined on their own, then together: a word that stays the same
 * in each file but differs across five files becomes "<*>", as it would
 * in one file of all their lines, with the lines counted and the times
 * spanned; one file alone keeps its word. */
START_TEST(files_mined_again)
{
	static const char *const hosts[] = {"alpha", "beta", "gamma", "delta", "omega"};
	lx_unrecset *u = lx_unrecset_new();
	lx_report *r = lx_report_new("b");
	int64_t t = lx_ts_make(2024, 3, 5, 10, 0, 0);
	size_t i;
	one_file(u, "alpha", 3, t + 100);
	lx_unrecset_finish(u, r);
	ck_assert_uint_eq(r->un_templates, 1);
	ck_assert_str_eq(r->un[0].tpl, "ERROR volume <*> of host alpha is offline");
	lx_report_free(r);
	r = lx_report_new("b");
	for (i = 0; i < 5; i++)
		one_file(u, hosts[i], 2 + (int)i, t + 100 - 10 * (int64_t)i);
	lx_unrecset_finish(u, r);
	ck_assert_uint_eq(r->un_templates, 1);
	ck_assert_str_eq(r->un[0].tpl, "ERROR volume <*> of host <*> is offline");
	ck_assert_uint_eq(r->un[0].count, 2 + 3 + 4 + 5 + 6);
	ck_assert(r->un[0].first_seen == t + 60);
	ck_assert(r->un[0].last_seen == t + 101);
	ck_assert_str_eq(r->un[0].example, "ERROR volume 0 of host alpha is offline");
	lx_report_free(r);
	lx_unrecset_free(u);
}
END_TEST

START_TEST(masking_and_merging)
{
	lx_unrecset *u = lx_unrecset_new();
	lx_report *r = lx_report_new("b");
	int64_t t1 = lx_ts_make(2024, 3, 5, 10, 0, 0), t2 = lx_ts_make(2024, 3, 5, 11, 0, 0);
	line(u, "ERROR volume 7 of host alpha is offline (0x80070015)", t2);
	line(u, "ERROR volume 12 of host alpha is offline (0x80070016)", t1);
	line(u, "ERROR volume 3 of host alpha is offline (0x80070017)", LX_TS_NONE);
	line(u, "Unable to reach the vault after 3 retries", t1);
	lx_unrecset_finish(u, r);
	ck_assert_uint_eq(r->un_templates, 2);
	ck_assert_uint_eq(r->n_un, 2);
	ck_assert_str_eq(r->un[0].tpl, "ERROR volume <*> of host alpha is offline (<*>)");
	ck_assert_uint_eq(r->un[0].count, 3);
	ck_assert(r->un[0].first_seen == t1);
	ck_assert(r->un[0].last_seen == t2);
	ck_assert_str_eq(r->un[0].example, "ERROR volume 7 of host alpha is offline (0x80070015)");
	ck_assert_str_eq(r->un[1].tpl, "Unable to reach the vault after <*> retries");
	lx_report_free(r);
	/* emptied for the next bundle */
	r = lx_report_new("c");
	lx_unrecset_finish(u, r);
	ck_assert_uint_eq(r->n_un, 0);
	ck_assert_uint_eq(r->un_templates, 0);
	lx_report_free(r);
	lx_unrecset_free(u);
}
END_TEST

/* The evidence of a diagnosis makes a template recognised, in whatever
 * order it comes. */
START_TEST(evidence_rule)
{
	int order;
	for (order = 0; order < 2; order++) {
		lx_unrecset *u = lx_unrecset_new();
		lx_report *r = lx_report_new("b");
		const char *ev = "Installation failed with exit code 1603";
		if (order)
			lx_unrecset_evidence(u, ev, strlen(ev));
		line(u, "Installation failed with exit code 1603", LX_TS_NONE);
		line(u, "Installation failed with exit code 1618", LX_TS_NONE);
		line(u, "Cannot open the bitmap file of disk 2 now", LX_TS_NONE);
		if (!order)
			lx_unrecset_evidence(u, ev, strlen(ev));
		lx_unrecset_finish(u, r);
		ck_assert_uint_eq(r->n_un, 1);
		ck_assert_str_eq(r->un[0].tpl, "Cannot open the bitmap file of disk <*> now");
		lx_report_free(r);
		lx_unrecset_free(u);
	}
}
END_TEST

/* The kept evidence is the same set whatever the order, even past its
 * bound. */
START_TEST(evidence_order)
{
	lx_unrecset *a = lx_unrecset_new(), *b = lx_unrecset_new();
	lx_report *ra = lx_report_new("a"), *rb = lx_report_new("b");
	char s[96];
	size_t i;
	for (i = 0; i < 3 * LX_UNREC_EVIDENCE; i++) {
		snprintf(s, sizeof s, "known failure word%c%c%c here", 'a' + (int)(i % 26),
		         'a' + (int)(i / 26 % 26), 'a' + (int)(i / 676 % 26));
		lx_unrecset_evidence(a, s, strlen(s));
		snprintf(s, sizeof s, "known failure word%c%c%c here",
		         'a' + (int)((3 * LX_UNREC_EVIDENCE - 1 - i) % 26),
		         'a' + (int)((3 * LX_UNREC_EVIDENCE - 1 - i) / 26 % 26),
		         'a' + (int)((3 * LX_UNREC_EVIDENCE - 1 - i) / 676 % 26));
		lx_unrecset_evidence(b, s, strlen(s));
	}
	for (i = 0; i < 3 * LX_UNREC_EVIDENCE; i += 7) {
		snprintf(s, sizeof s, "known failure word%c%c%c here", 'a' + (int)(i % 26),
		         'a' + (int)(i / 26 % 26), 'a' + (int)(i / 676 % 26));
		line(a, s, LX_TS_NONE);
		line(b, s, LX_TS_NONE);
	}
	ck_assert_uint_eq(lx_unrecset_memory(a), lx_unrecset_memory(b));
	lx_unrecset_finish(a, ra);
	lx_unrecset_finish(b, rb);
	ck_assert_uint_eq(ra->un_templates, rb->un_templates);
	for (i = 0; i < ra->n_un; i++) {
		ck_assert_str_eq(ra->un[i].tpl, rb->un[i].tpl);
		ck_assert_uint_eq(ra->un[i].count, rb->un[i].count);
	}
	lx_report_free(ra);
	lx_report_free(rb);
	lx_unrecset_free(a);
	lx_unrecset_free(b);
}
END_TEST

static void letters(char *out, unsigned long v)
{
	int i;
	for (i = 0; i < 6; i++, v /= 26)
		out[i] = (char)('a' + v % 26);
	out[6] = '\0';
}

START_TEST(bounded_memory)
{
	lx_unrecset *u = lx_unrecset_new();
	lx_report *r = lx_report_new("b");
	unsigned long i;
	size_t most = 0;
	for (i = 0; i < 1000000; i++) {
		char a[8], b[8], c[8], s[96];
		letters(a, i * 7919 % 1000003);
		letters(b, i);
		letters(c, i * 104729 % 1000033);
		snprintf(s, sizeof s, "ERROR %s %s failed %s %s", a, b, c, a);
		line(u, s, (int64_t)i);
		if (i % 100000 == 0 && lx_unrecset_memory(u) > most)
			most = lx_unrecset_memory(u);
	}
	if (lx_unrecset_memory(u) > most)
		most = lx_unrecset_memory(u);
	ck_assert_uint_le(most, (size_t)2 << 20);
	lx_unrecset_finish(u, r);
	ck_assert_uint_le(r->un_templates, LX_UNREC_TEMPLATES);
	ck_assert_uint_le(r->n_un, LX_UNREC_REPORT);
	lx_report_free(r);
	lx_unrecset_free(u);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("unrec");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, error_looking);
	tcase_add_test(tc, block_scan);
	tcase_add_test(tc, block_scan_other_languages);
	tcase_add_test(tc, block_scan_non_ascii_places);
	tcase_add_test(tc, masking_and_merging);
	tcase_add_test(tc, files_mined_again);
	tcase_add_test(tc, evidence_rule);
	tcase_add_test(tc, evidence_order);
	tcase_add_test(tc, bounded_memory);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
