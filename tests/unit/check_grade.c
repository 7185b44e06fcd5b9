/* check_grade - the graded status (lx_status) the readers return: what a
 * walk, one input read by lx_archive_read_fd() and a bundle scanned on
 * threads (fanout.h) come out as.  LX_OK: nothing reported; LX_WARN:
 * notes only; LX_FAILED: an error, whether nothing could be read or the
 * text before the damage was delivered. */
#include <archive.h>
#include <archive_entry.h>
#include <check.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "archive.h"
#include "fanout.h"
#include "options.h"
#include "recsink.h"
#include "sigdb.h"
#include "walk.h"

#define WALKFIX_NAME "lx-grade"
#include "walkfix.h"

static const char sigs[] =
	"[t.any]\ntitle: t\nproduct: p\nseverity: error\ndoc: https://x.invalid/d\nremedy: r\n"
	"any: alpha\nexample: alpha\n";

/* n lines that do not compress much, numbered from 1: "alpha <i> <noise>" */
static char *numbered_lines(size_t n, size_t *len)
{
	lx_buf b = {0};
	size_t i;
	uint32_t x = 12345;
	for (i = 1; i <= n; i++) {
		int k;
		lx_buf_addf(&b, "alpha %zu ", i);
		for (k = 0; k < 40; k++) {
			x = x * 1103515245u + 12345u;
			lx_buf_addc(&b, (char)('a' + (x >> 16) % 26));
		}
		lx_buf_addc(&b, '\n');
	}
	*len = b.len;
	return lx_buf_take(&b);
}

/* Writes the zip path with members name[i] holding n[i] numbered lines. */
static void write_zip(const char *path, const char *const *name, const size_t *n, size_t k)
{
	struct archive *a = archive_write_new();
	size_t i;
	archive_write_set_format_zip(a);
	ck_assert_int_eq(archive_write_open_filename(a, path), ARCHIVE_OK);
	for (i = 0; i < k; i++) {
		struct archive_entry *e = archive_entry_new();
		size_t len;
		char *data = numbered_lines(n[i], &len);
		archive_entry_set_pathname(e, name[i]);
		archive_entry_set_filetype(e, AE_IFREG);
		archive_entry_set_perm(e, 0644);
		archive_entry_set_mtime(e, 1709635420, 0);
		archive_entry_set_size(e, (la_int64_t)len);
		ck_assert_int_ge(archive_write_header(a, e), ARCHIVE_WARN);
		ck_assert_int_eq(archive_write_data(a, data, len), (la_ssize_t)len);
		free(data);
		archive_entry_free(e);
	}
	ck_assert_int_eq(archive_write_close(a), ARCHIVE_OK);
	archive_write_free(a);
}

/* Writes the zip path as write_zip() does, then cuts it in half: in the
 * middle of the first member's data when that is most of it. */
static void write_cut_zip(const char *path, const char *const *name, const size_t *n, size_t k)
{
	struct stat sb;
	write_zip(path, name, n, k);
	ck_assert_int_eq(stat(path, &sb), 0);
	ck_assert_int_eq(truncate(path, sb.st_size / 2), 0);
}

/* Walks arg into r (initialised here; the caller frees it). */
static lx_status walk(const char *arg, recsink *r, lx_input_stats *st)
{
	recsink_init(r);
	r->quiet_lines = 1;
	return lx_walk_bundle(&cfg, arg, &r->sink, NULL, st);
}

START_TEST(good_file_is_ok)
{
	recsink r;
	lx_input_stats st;
	size_t len;
	char *text = numbered_lines(100, &len);
	write_file("good.log", text, len);
	free(text);
	ck_assert_int_eq(walk("good.log", &r, &st), LX_OK);
	ck_assert_uint_eq(r.nlines, 100);
	ck_assert_int_eq(st.errors, 0);
	ck_assert_int_eq(st.notes, 0);
	recsink_free(&r);
}
END_TEST

START_TEST(missing_file_failed)
{
	recsink r;
	lx_input_stats st;
	ck_assert_int_eq(walk("missing.log", &r, &st), LX_FAILED);
	ck_assert_uint_eq(r.nlines, 0);
	ck_assert_uint_eq(st.files, 0);
	ck_assert_str_eq(r.log.p, "! missing.log: no such file or directory\n");
	recsink_free(&r);
}
END_TEST

/* The first member is cut in the middle of its data: an error, the lines
 * read before the damage delivered all the same. */
START_TEST(truncated_zip_member_failed_lines_kept)
{
	static const char *const name[] = {"first.log", "second.log"};
	static const size_t n[] = {5000, 10};
	recsink r;
	lx_input_stats st;
	write_cut_zip("cut.zip", name, n, 2);
	ck_assert_int_eq(walk("cut.zip", &r, &st), LX_FAILED);
	ck_assert_int_ge(st.errors, 1);
	ck_assert_ptr_nonnull(strstr(r.log.p, "B cut.zip!first.log utf-8\n"));
	ck_assert_ptr_null(strstr(r.log.p, "second.log"));
	/* what came before the damage is kept */
	ck_assert_uint_gt(r.nlines, 1000);
	ck_assert_uint_lt(r.nlines, 5000);
	recsink_free(&r);
}
END_TEST

/* --max-members refuses the third member: an error, the first two read. */
START_TEST(member_refused_by_limit_failed)
{
	static const char *const name[] = {"1.log", "2.log", "3.log"};
	static const size_t n[] = {3, 3, 3};
	recsink r;
	lx_input_stats st;
	write_zip("three.zip", name, n, 3);
	cfg.max_members = 2;
	ck_assert_int_eq(walk("three.zip", &r, &st), LX_FAILED);
	ck_assert_uint_eq(r.nlines, 6);
	ck_assert_int_eq(st.errors, 1);
	recsink_free(&r);
}
END_TEST

/* Something skipped with a note only: read on, LX_WARN. */
START_TEST(notes_only_warn)
{
	recsink r;
	lx_input_stats st;
	ck_assert_int_eq(mkdir("d", 0755), 0);
	write_file("d/a.log", "alpha\n", 6);
	ck_assert_int_eq(mkfifo("d/fifo", 0644), 0);
	ck_assert_int_eq(walk("d", &r, &st), LX_WARN);
	ck_assert_uint_eq(r.nlines, 1);
	ck_assert_int_eq(st.errors, 0);
	ck_assert_int_eq(st.notes, 1);
	recsink_free(&r);
}
END_TEST

/* lx_archive_read_fd() grades the one input it read, not the bundle so
 * far: a good file after a bad one is LX_OK, though the bundle failed. */
START_TEST(read_fd_grades_its_own_input)
{
	static const char *const name[] = {"big.log"};
	static const size_t n[] = {5000};
	recsink r;
	lx_input_stats st;
	lx_reader rd;
	size_t len;
	char *text = numbered_lines(5, &len);
	int fd;
	write_file("good.log", text, len);
	free(text);
	write_cut_zip("cut.zip", name, n, 1);
	memset(&st, 0, sizeof st);
	recsink_init(&r);
	r.quiet_lines = 1;
	lx_reader_init(&rd, &cfg, &r.sink, &st, "bundle");
	fd = open("cut.zip", O_RDONLY);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(lx_archive_read_fd(&rd, fd, 1, LX_MTIME_UNKNOWN), LX_FAILED);
	close(fd);
	fd = open("good.log", O_RDONLY);
	ck_assert_int_ge(fd, 0);
	ck_assert_int_eq(lx_archive_read_fd(&rd, fd, 1, LX_MTIME_UNKNOWN), LX_OK);
	close(fd);
	ck_assert_int_ge(st.errors, 1);
	ck_assert_int_eq(lx_input_status(&st), LX_FAILED);
	lx_reader_fini(&rd);
	recsink_free(&r);
}
END_TEST

/* What a bundle on threads delivers, counted. */
typedef struct fanrec {
	int files, errors, notes;
	uint64_t lines;
} fanrec;

static void fr_begin(void *ud, const lx_chain *path, const char *enc)
{
	(void)path;
	(void)enc;
	((fanrec *)ud)->files++;
}

static void fr_hit(void *ud, const lx_hit *h)
{
	(void)ud;
	(void)h;
}

static void fr_end(void *ud, uint64_t lines)
{
	((fanrec *)ud)->lines += lines;
}

static void fr_problem(void *ud, const lx_chain *path, const char *msg, int note)
{
	fanrec *f = ud;
	(void)path;
	(void)msg;
	if (note)
		f->notes++;
	else
		f->errors++;
}

static void fr_skip(void *ud, const lx_chain *path, const char *enc, const char *why)
{
	(void)ud;
	(void)path;
	(void)enc;
	(void)why;
}

/* Scans arg with threads; *scanned as lx_fanout_bundle() sets it. */
static lx_status fan(const char *arg, unsigned share, fanrec *f, int *scanned)
{
	lx_sigdb *db = lx_sigdb_new();
	lx_fanout_sink out = {fr_begin, fr_hit, fr_end, fr_problem, fr_skip, f};
	lx_input_stats st;
	lx_status s;
	ck_assert_int_eq(lx_sigdb_load_text(db, "t.sig", sigs, strlen(sigs), stderr), 0);
	ck_assert_int_eq(lx_sigdb_compile(db, stderr), 0);
	memset(f, 0, sizeof *f);
	*scanned = -1;
	s = lx_fanout_bundle(&cfg, db, arg, share, &out, &st, scanned);
	lx_sigdb_free(db);
	return s;
}

/* One plain text file: threads would not pay, nothing is delivered and
 * the caller is told to read it itself. */
START_TEST(fanout_declines_plain_text)
{
	fanrec f;
	int scanned;
	write_file("one.log", "alpha\n", 6);
	ck_assert_int_eq(fan("one.log", 4, &f, &scanned), LX_OK);
	ck_assert_int_eq(scanned, 0);
	ck_assert_int_eq(f.files, 0);
}
END_TEST

/* A zip of two large members goes to lanes: LX_OK whole, LX_FAILED with
 * a member refused by --max-members (the first still delivered). */
START_TEST(fanout_lanes_graded)
{
	static const char *const name[] = {"a.log", "b.log"};
	/* 64 KiB a member on average at least (lx_walk_plan) */
	static const size_t n[] = {1400, 1400};
	fanrec f;
	int scanned;
	write_zip("two.zip", name, n, 2);
	ck_assert_int_eq(lx_walk_plan("two.zip"), LX_PLAN_LANES);
	ck_assert_int_eq(fan("two.zip", 4, &f, &scanned), LX_OK);
	ck_assert_int_eq(scanned, 1);
	ck_assert_int_eq(f.files, 2);
	ck_assert_uint_eq(f.lines, 2800);
	cfg.max_members = 1;
	ck_assert_int_eq(fan("two.zip", 4, &f, &scanned), LX_FAILED);
	ck_assert_int_eq(scanned, 1);
	ck_assert_int_eq(f.files, 1);
	ck_assert_int_eq(f.errors, 1);
	ck_assert_uint_eq(f.lines, 1400);
}
END_TEST

/* A directory of two large files and a fifo, on lanes: the fifo's note,
 * met between files, is delivered once and makes it LX_WARN. */
START_TEST(fanout_lanes_note_warn)
{
	size_t len;
	char *text = numbered_lines(1400, &len);
	fanrec f;
	int scanned;
	ck_assert_int_eq(mkdir("d", 0755), 0);
	write_file("d/a.log", text, len);
	write_file("d/b.log", text, len);
	free(text);
	ck_assert_int_eq(mkfifo("d/c.fifo", 0644), 0);
	ck_assert_int_eq(lx_walk_plan("d"), LX_PLAN_LANES);
	ck_assert_int_eq(fan("d", 4, &f, &scanned), LX_WARN);
	ck_assert_int_eq(scanned, 1);
	ck_assert_int_eq(f.files, 2);
	ck_assert_int_eq(f.notes, 1);
	ck_assert_int_eq(f.errors, 0);
}
END_TEST

/* A truncated zip read by one reader and matchers (pipeline.h): the
 * reader's grade, LX_FAILED, with the lines before the damage. */
START_TEST(fanout_pipeline_truncated_failed)
{
	static const char *const name[] = {"big.log"};
	static const size_t n[] = {5000};
	fanrec f;
	int scanned;
	write_cut_zip("cut.zip", name, n, 1);
	ck_assert_int_eq(lx_walk_plan("cut.zip"), LX_PLAN_READER);
	ck_assert_int_eq(fan("cut.zip", 2, &f, &scanned), LX_FAILED);
	ck_assert_int_eq(scanned, 1);
	ck_assert_int_eq(f.files, 1);
	ck_assert_int_ge(f.errors, 1);
	ck_assert_uint_gt(f.lines, 1000);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("grade");
	/* as main.c: libarchive turns zip members' DOS times into epoch
	 * seconds with mktime(), which, with TZ unset, reads the zone again
	 * on every call, from every lane at once */
	if (!getenv("TZ"))
		(void)setenv("TZ", ":/etc/localtime", 0);
	tzset();
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, good_file_is_ok);
	tcase_add_test(tc, missing_file_failed);
	tcase_add_test(tc, truncated_zip_member_failed_lines_kept);
	tcase_add_test(tc, member_refused_by_limit_failed);
	tcase_add_test(tc, notes_only_warn);
	tcase_add_test(tc, read_fd_grades_its_own_input);
	tcase_add_test(tc, fanout_declines_plain_text);
	tcase_add_test(tc, fanout_lanes_graded);
	tcase_add_test(tc, fanout_lanes_note_warn);
	tcase_add_test(tc, fanout_pipeline_truncated_failed);
	suite_add_tcase(s, tc);
	return recsink_run(s);
}
