/* check_walk - bundles end to end through walk.c and archive.c: archives
 * are written at test time with libarchive's write API into a fresh
 * directory, and what the recording sink receives is compared. */
#include <archive.h>
#include <archive_entry.h>
#include <check.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "archive.h"
#include "archive_sniff.h"
#include "options.h"
#include "recsink.h"
#include "walk.h"

#define WALKFIX_NAME "lx-walk"
#include "walkfix.h"

typedef struct member {
	const char *name;
	const char *data; /* NULL: the file named by path */
	const char *path;
	size_t repeat; /* data written this many times (0: once) */
} member;

/* Writes path with format 'z' (zip), 't' (tar), '7' (7z), 'c' (cpio) or
 * 'r' (one raw member), through filter 0, 'g' (gzip), 'b', 'x'. */
static void write_archive(const char *path, int format, int filter, const member *m, size_t n,
                          const char *passphrase)
{
	struct archive *a = archive_write_new();
	size_t i, k;
	switch (format) {
	case 'z':
		archive_write_set_format_zip(a);
		break;
	case 't':
		archive_write_set_format_pax_restricted(a);
		break;
	case '7':
		archive_write_set_format_7zip(a);
		break;
	case 'c':
		archive_write_set_format_cpio_newc(a);
		break;
	default:
		archive_write_set_format_raw(a);
		break;
	}
	if (filter == 'g')
		archive_write_add_filter_gzip(a);
	else if (filter == 'b')
		archive_write_add_filter_bzip2(a);
	else if (filter == 'x')
		archive_write_add_filter_xz(a);
	if (passphrase) {
		ck_assert_int_eq(archive_write_set_format_option(a, "zip", "encryption",
		                                                 "zipcrypt"),
		                 ARCHIVE_OK);
		ck_assert_int_eq(archive_write_set_passphrase(a, passphrase), ARCHIVE_OK);
	}
	ck_assert_int_eq(archive_write_open_filename(a, path), ARCHIVE_OK);
	for (i = 0; i < n; i++) {
		struct archive_entry *e = archive_entry_new();
		char *data = NULL;
		size_t len = 0, reps = m[i].repeat ? m[i].repeat : 1;
		if (m[i].data) {
			data = strdup(m[i].data);
			len = strlen(data);
		} else {
			FILE *f = fopen(m[i].path, "rb");
			struct stat sb;
			ck_assert_ptr_nonnull(f);
			ck_assert_int_eq(fstat(fileno(f), &sb), 0);
			len = (size_t)sb.st_size;
			data = malloc(len + 1);
			ck_assert_uint_eq(fread(data, 1, len, f), len);
			fclose(f);
		}
		archive_entry_set_pathname(e, m[i].name);
		archive_entry_set_filetype(e, AE_IFREG);
		archive_entry_set_perm(e, 0644);
		archive_entry_set_mtime(e, 1709635420, 0);
		archive_entry_set_size(e, (la_int64_t)(len * reps));
		ck_assert_int_ge(archive_write_header(a, e), ARCHIVE_WARN);
		for (k = 0; k < reps; k++)
			ck_assert_int_eq(archive_write_data(a, data, len), (la_ssize_t)len);
		free(data);
		archive_entry_free(e);
	}
	ck_assert_int_eq(archive_write_close(a), ARCHIVE_OK);
	archive_write_free(a);
}

static void cut_file(const char *path, off_t keep)
{
	ck_assert_int_eq(truncate(path, keep), 0);
}

/* Walks arg; returns the transcript (caller frees) and the status.  With
 * nlines, lines are counted there instead of written out. */
static char *walk(const char *arg, lx_status *rc, uint64_t *nlines)
{
	recsink r;
	lx_input_stats st;
	char *out;
	recsink_init(&r);
	r.quiet_lines = nlines != NULL;
	*rc = lx_walk_bundle(&cfg, arg, &r.sink, NULL, &st);
	ck_assert_int_eq(*rc, st.errors ? LX_FAILED : st.notes ? LX_WARN : LX_OK);
	if (nlines)
		*nlines = r.nlines;
	out = lx_buf_take(&r.log);
	recsink_free(&r);
	return out;
}

static void check_walk(const char *arg, lx_status want_rc, const char *want)
{
	lx_status rc;
	char *got = walk(arg, &rc, NULL);
	ck_assert_msg(!strcmp(got, want), "%s: got\n%s\nwant\n%s", arg, got, want);
	ck_assert_int_eq(rc, want_rc);
	free(got);
}

static const char nested_want[] =
	"B outer.zip!a.log utf-8\n1:first\n2:second\nE\n"
	"B outer.zip!UploadedLogs/mid.tar.gz!UploadedLogs/inner.zip!x.log utf-8\n"
	"1:inner line\nE\n"
	"B outer.zip!UploadedLogs/mid.tar.gz!y.log utf-8\n1:why\nE\n";

static void make_nested(void)
{
	const member inner[] = {{"x.log", "inner line\r\n", NULL, 0}};
	const member mid[] = {{"UploadedLogs/inner.zip", NULL, "inner.zip", 0},
	                      {"y.log", "why", NULL, 0}};
	const member outer[] = {{"a.log", "first\r\nsecond\n", NULL, 0},
	                        {"UploadedLogs/mid.tar.gz", NULL, "mid.tar.gz", 0}};
	write_archive("inner.zip", 'z', 0, inner, 1, NULL);
	write_archive("mid.tar.gz", 't', 'g', mid, 2, NULL);
	write_archive("outer.zip", 'z', 0, outer, 2, NULL);
}

START_TEST(nested_archives)
{
	make_nested();
	check_walk("outer.zip", LX_OK, nested_want);
}
END_TEST

START_TEST(nested_from_a_pipe)
{
	int fds[2];
	lx_status rc;
	pid_t pid;
	char *got, *want;
	make_nested();
	ck_assert_int_eq(pipe(fds), 0);
	pid = fork();
	ck_assert_int_ge(pid, 0);
	if (pid == 0) {
		char buf[4096];
		ssize_t n;
		int fd = open("outer.zip", O_RDONLY);
		close(fds[0]);
		while (fd >= 0 && (n = read(fd, buf, sizeof buf)) > 0)
			if (write(fds[1], buf, (size_t)n) != n)
				break;
		_exit(0);
	}
	close(fds[1]);
	ck_assert_int_eq(dup2(fds[0], 0), 0);
	close(fds[0]);
	got = walk("-", &rc, NULL);
	waitpid(pid, NULL, 0);
	/* the same, with the bundle named "-" */
	want = strdup(nested_want);
	{
		char *p;
		lx_buf b = {0};
		const char *s = nested_want;
		while ((p = strstr(s, "outer.zip")) != NULL) {
			lx_buf_add(&b, s, (size_t)(p - s));
			lx_buf_adds(&b, "-");
			s = p + strlen("outer.zip");
		}
		lx_buf_adds(&b, s);
		free(want);
		want = lx_buf_take(&b);
	}
	ck_assert_str_eq(got, want);
	ck_assert_int_eq(rc, LX_OK);
	free(got);
	free(want);
}
END_TEST

START_TEST(compressed_single_files)
{
	const member gz[] = {{"data", "gzip named .txt\n", NULL, 0}};
	const member zipped_log[] = {{"in.log", "a zip named .log\n", NULL, 0}};
	write_archive("notes.txt", 'r', 'g', gz, 1, NULL);
	write_archive("app.log", 'z', 0, zipped_log, 1, NULL);
	write_archive("n.xz", 'r', 'x', gz, 1, NULL);
	write_archive("n.bz2", 'r', 'b', gz, 1, NULL);
	check_walk("notes.txt", LX_OK, "B notes.txt utf-8\n1:gzip named .txt\nE\n");
	check_walk("app.log", LX_OK, "B app.log!in.log utf-8\n1:a zip named .log\nE\n");
	check_walk("n.xz", LX_OK, "B n.xz utf-8\n1:gzip named .txt\nE\n");
	check_walk("n.bz2", LX_OK, "B n.bz2 utf-8\n1:gzip named .txt\nE\n");
}
END_TEST

START_TEST(utf16le_nobom_member)
{
	static const char u16[] = "E\0r\0r\0o\0r\0 \0"
				  "8\0"
				  "0\0"
				  "2\0\r\0\n\0o\0k\0";
	member m[] = {{"ASRSetupLogs/x.log", NULL, "u16.bin", 0}};
	write_file("u16.bin", u16, sizeof u16 - 1);
	write_archive("u.tar", 't', 0, m, 1, NULL);
	check_walk("u.tar", LX_OK,
	           "B u.tar!ASRSetupLogs/x.log utf-16le-nobom\n1:Error 802\n2:ok\nE\n");
}
END_TEST

START_TEST(text_that_looks_like_cpio)
{
	const member m[] = {{"data", "070701 starts like cpio\nline 2\n", NULL, 0}};
	write_file("c.log", m[0].data, strlen(m[0].data));
	write_archive("c.gz", 'r', 'g', m, 1, NULL);
	check_walk("c.log", LX_OK, "B c.log utf-8\n1:070701 starts like cpio\n2:line 2\nE\n");
	check_walk("c.gz", LX_OK, "B c.gz utf-8\n1:070701 starts like cpio\n2:line 2\nE\n");
	/* a well-formed newc header with a 4 GiB name is not believed */
	{
		char h[200];
		memset(h, '0', 110);
		memcpy(h, "070701", 6);
		memcpy(h + 94, "FFFFFFFF", 8);
		memcpy(h + 110, "\nok\n", 4);
		write_file("huge-name", h, 114);
		check_walk("huge-name", LX_OK,
		           "B huge-name utf-8\n1:070701"
		           "0000000000000000000000000000000000000000000000000000000000000000"
		           "000000000000000000000000FFFFFFFF00000000\n2:ok\nE\n");
	}
}
END_TEST

START_TEST(typical_logs_are_text)
{
	/* first lines of real logs, as they are and in UTF-16LE without BOM:
	 * never taken for an archive or a compressed file */
	static const char *const first[] = {
		"2024-03-05T10:41:02.5171643+00:00\tAlways:\tTrace Session Started",
		"10:41:02:Command line: /Role \"MS\" /Silent",
		"070707 odc-looking digits",
		"0707010000000000000000 newc-looking digits",
		"07070200000000000000000000000000000000000000000000000000000000000000000000",
		"1\t2\t3",
		"PK is not a zip",
		"BZh91AY&SY is not a bzip2 stream",
		"7z is not 7-Zip",
		"ustar  ustar  ustar",
		"\xEF\xBB\xBF\xEF\xBB\xBF double BOM",
	};
	size_t i, k;
	for (i = 0; i < sizeof first / sizeof first[0]; i++) {
		char text[600], want[1400], u16[1200];
		size_t n;
		lx_status rc;
		char *got;
		n = (size_t)snprintf(text, sizeof text, "%s\r\nsecond\n", first[i]);
		/* pad to more than a tar header */
		while (n < 520)
			text[n++] = '.';
		text[n++] = '\n';
		write_file("t.log", text, n);
		got = walk("t.log", &rc, NULL);
		snprintf(want, sizeof want, "B t.log utf-8%s\n1:%s\n",
		         first[i][0] == '\xEF' ? "-bom" : "",
		         first[i][0] == '\xEF' ? first[i] + 6 : first[i]);
		ck_assert_msg(!strncmp(got, want, strlen(want)), "%s", got);
		ck_assert_int_eq(rc, LX_OK);
		free(got);
		if (first[i][0] == '\xEF')
			continue;
		for (k = 0; k < n; k++) {
			u16[2 * k] = text[k];
			u16[2 * k + 1] = 0;
		}
		write_file("u.log", u16, 2 * n);
		got = walk("u.log", &rc, NULL);
		snprintf(want, sizeof want, "B u.log utf-16le-nobom\n1:%s\n", first[i]);
		ck_assert_msg(!strncmp(got, want, strlen(want)), "%s", got);
		free(got);
	}
}
END_TEST

START_TEST(truncated_archive)
{
	const member m[] = {{"big.log", "0123456789abcdef\n", NULL, 100000},
	                    {"after.log", "never seen\n", NULL, 0}};
	uint64_t nl;
	char *got;
	lx_status rc;
	write_archive("big.tar.gz", 't', 'g', m, 2, NULL);
	cut_file("big.tar.gz", 3000);
	got = walk("big.tar.gz", &rc, &nl);
	ck_assert_str_eq(got, "B big.tar.gz!big.log utf-8\n"
	                      "! big.tar.gz!big.log: truncated gzip stream\nE\n");
	ck_assert_int_eq(rc, LX_FAILED);
	ck_assert_uint_gt(nl, 1000); /* what came before is kept */
	free(got);
}
END_TEST

START_TEST(corrupt_and_encrypted)
{
	const member m[] = {{"secret.log", "top secret\n", NULL, 0}};
	write_archive("enc.zip", 'z', 0, m, 1, "pw");
	check_walk("enc.zip", LX_FAILED, "! enc.zip!secret.log: encrypted member skipped\n");
	write_file("junk.zip", "PK\3\4garbage", 11);
	check_walk("junk.zip", LX_FAILED, "! junk.zip: truncated zip archive\n");
	check_walk("missing.log", LX_FAILED, "! missing.log: no such file or directory\n");
}
END_TEST

START_TEST(expansion_limit)
{
	const member m[] = {{"bomb.log", "a\n", NULL, 1u << 20}, {"next.log", "b\n", NULL, 0}};
	uint64_t nl;
	char *got;
	lx_status rc;
	write_archive("bomb.zip", 'z', 0, m, 2, NULL);
	cfg.max_expand = 64 * 1024;
	got = walk("bomb.zip", &rc, &nl);
	ck_assert_str_eq(got, "B bomb.zip!bomb.log utf-8\n"
	                      "! bomb.zip!bomb.log: expansion limit reached (64 KiB)\nE\n");
	ck_assert_int_eq(rc, LX_FAILED);
	ck_assert_uint_eq(nl, 32 * 1024);
	free(got);
}
END_TEST

START_TEST(ratio_limit)
{
	/* 24 MiB of one repeated line deflates about 1000:1 */
	const member m[] = {{"bomb.log", "0123456789abcdef\n", NULL, 24u << 16},
	                    {"next.log", "still read\n", NULL, 0}};
	uint64_t nl;
	char *got;
	lx_status rc;
	write_archive("ratio.zip", 'z', 0, m, 2, NULL);
	cfg.max_ratio = 50;
	got = walk("ratio.zip", &rc, &nl);
	ck_assert_str_eq(got,
	                 "B ratio.zip!bomb.log utf-8\n"
	                 "! ratio.zip!bomb.log: compression ratio above 50:1, looks like a bomb\n"
	                 "E\nB ratio.zip!next.log utf-8\nE\n");
	ck_assert_int_eq(rc, LX_FAILED);
	free(got);
}
END_TEST

START_TEST(member_and_depth_limits)
{
	const member three[] = {{"1.log", "1\n", NULL, 0},
	                        {"2.log", "2\n", NULL, 0},
	                        {"3.log", "3\n", NULL, 0}};
	const member in[] = {{"in.zip", NULL, "three.zip", 0}};
	write_archive("three.zip", 'z', 0, three, 3, NULL);
	write_archive("two.zip", 'z', 0, in, 1, NULL);
	cfg.max_members = 2;
	check_walk("three.zip", LX_FAILED,
	           "B three.zip!1.log utf-8\n1:1\nE\nB three.zip!2.log utf-8\n1:2\nE\n"
	           "! three.zip!3.log: more than 2 archive members, rest skipped\n");
	cfg.max_members = 100;
	cfg.max_depth = 1;
	check_walk("two.zip", LX_FAILED,
	           "! two.zip!in.zip: archive nested too deep (--max-depth 1)\n");
	cfg.max_depth = 0;
	check_walk("two.zip", LX_FAILED, "! two.zip: archive nested too deep (--max-depth 0)\n");
}
END_TEST

/* A split that reads the odd top-level members only, as one lane of two
 * would, and records what the reader told it. */
typedef struct oddsplit {
	int claimed, done, eof;
	uint64_t taken, units;
} oddsplit;

static int odd_claim(void *ud)
{
	oddsplit *o = ud;
	if (!(o->units++ & 1))
		return 0;
	o->claimed++;
	return 1;
}

static void odd_done(void *ud)
{
	((oddsplit *)ud)->done++;
}

static void odd_eof(void *ud)
{
	((oddsplit *)ud)->eof++;
}

static uint64_t odd_take(void *ud, int kind, uint64_t want, int force)
{
	(void)force;
	if (kind == LX_TAKE_BYTES)
		((oddsplit *)ud)->taken += want;
	return want;
}

static int odd_stopped(void *ud)
{
	(void)ud;
	return 0;
}

/* Walks arg reading its odd top-level units only: the transcript must be
 * want, with two units claimed and read, and the end reached. */
static oddsplit walk_odd(const char *arg, const char *want)
{
	oddsplit o = {0, 0, 0, 0, 0};
	lx_read_hook sp = {odd_claim, odd_done, odd_eof, odd_take, odd_stopped, &o};
	recsink r;
	lx_input_stats st;
	recsink_init(&r);
	ck_assert_int_eq(lx_walk_bundle(&cfg, arg, &r.sink, &sp, &st), LX_OK);
	ck_assert_str_eq(r.log.p, want);
	ck_assert_uint_eq(st.files, 2);
	ck_assert_int_eq(o.claimed, 2);
	ck_assert_int_eq(o.done, 2);
	ck_assert_int_eq(o.eof, 1);
	recsink_free(&r);
	return o;
}

START_TEST(split_reads_claimed_members)
{
	const member m[] = {{"0.log", "zero\n", NULL, 0},
	                    {"1.log", "one\n", NULL, 0},
	                    {"2.log", "two\n", NULL, 0},
	                    {"3.log", "three\n", NULL, 0}};
	const member big[] = {{"a.log", "0123456789abcdef\n", NULL, 8192},
	                      {"b.log", "0123456789abcdef\n", NULL, 8192},
	                      {"c.log", "small\n", NULL, 0}};
	const member lop[] = {{"a.log", "0123456789abcdef\n", NULL, 8192},
	                      {"b.log", "0123456789abcdef\n", NULL, 8193}};
	const member tiny[] = {{"a.log", "a\n", NULL, 0}, {"b.log", "b\n", NULL, 0}};
	static char wide[100 * 1024];
	oddsplit o;
	write_archive("four.zip", 'z', 0, m, 4, NULL);
	o = walk_odd("four.zip",
	             "B four.zip!1.log utf-8\n1:one\nE\nB four.zip!3.log utf-8\n1:three\nE\n");
	ck_assert_uint_eq(o.taken, 10);

	/* a directory splits by its files, in the walk's order */
	ck_assert_int_eq(mkdir("tree", 0755), 0);
	ck_assert_int_eq(mkdir("tree/sub", 0755), 0);
	write_file("tree/a.log", "a\n", 2);
	write_file("tree/sub/b.log", "b\n", 2);
	write_file("tree/sub/c.log", "c\n", 2);
	write_file("tree/z.log", "z\n", 2);
	(void)walk_odd("tree", "B tree/sub/b.log utf-8\n1:b\nE\nB tree/z.log utf-8\n1:z\nE\n");
	ck_assert_int_eq(lx_walk_plan("tree"), LX_PLAN_ONE); /* files too small to share out */
	memset(wide, 'x', sizeof wide);
	ck_assert_int_eq(mkdir("wide", 0755), 0);
	write_file("wide/a.log", wide, sizeof wide);
	write_file("wide/b.log", wide, sizeof wide);
	ck_assert_int_eq(lx_walk_plan("wide"), LX_PLAN_LANES);
	cut_file("wide/b.log", 40000); /* a.log now holds more than half */
	ck_assert_int_eq(lx_walk_plan("wide"), LX_PLAN_READER);

	write_archive("big.zip", 'z', 0, big, 3, NULL);
	ck_assert_int_eq(lx_walk_plan("big.zip"), LX_PLAN_LANES);
	write_archive("lop.zip", 'z', 0, lop, 2, NULL);
	ck_assert_int_eq(lx_walk_plan("lop.zip"), LX_PLAN_READER); /* one holds more than half */
	write_archive("tiny.zip", 'z', 0, tiny, 2, NULL);
	ck_assert_int_eq(lx_walk_plan("tiny.zip"), LX_PLAN_ONE); /* too small to share out */
	write_archive("one.zip", 'z', 0, big, 1, NULL);
	ck_assert_int_eq(lx_walk_plan("one.zip"), LX_PLAN_READER);
	write_archive("big.tar", 't', 0, big, 3, NULL);
	ck_assert_int_eq(lx_walk_plan("big.tar"), LX_PLAN_READER);
	write_file("junk.zip", "PK\3\4garbage", 11);
	ck_assert_int_eq(lx_walk_plan("junk.zip"), LX_PLAN_READER);
	ck_assert_int_eq(lx_walk_plan("missing.zip"), LX_PLAN_READER); /* the walk says why */
	ck_assert_int_eq(lx_walk_plan("-"), LX_PLAN_READER);
	/* one plain UTF-8 file needs no reader thread; anything to decode does */
	ck_assert_int_eq(lx_walk_plan("tree/a.log"), LX_PLAN_ONE);
	write_file("u16.log",
	           "\xff\xfe"
	           "a\0\n\0",
	           6);
	ck_assert_int_eq(lx_walk_plan("u16.log"), LX_PLAN_READER);
	write_file("empty.log", "", 0);
	ck_assert_int_eq(lx_archive_plain_text("empty.log"), 0);
	ck_assert_int_eq(lx_archive_plain_text("missing.log"), 0);
}
END_TEST

START_TEST(hostile_names)
{
	const member m[] = {{"../../escape\n\033[31m.log", "x\n", NULL, 0},
	                    {"/abs/path.log", "y\n", NULL, 0},
	                    {"bad\xff\xfe.log", "z\n", NULL, 0}};
	write_archive("names.tar", 't', 0, m, 3, NULL);
	check_walk("names.tar", LX_OK,
	           "B names.tar!../../escape\n\033[31m.log utf-8\n1:x\nE\n"
	           "B names.tar!/abs/path.log utf-8\n1:y\nE\n"
	           "B names.tar!bad\xff\xfe.log utf-8\n1:z\nE\n");
	ck_assert_int_ne(access("../../escape\n\033[31m.log", F_OK), 0);
}
END_TEST

static const char dir_want[] = "B d/B.log utf-8\n1:B\nE\n"
			       "B d/a.log utf-8\n1:a\nE\n"
			       "B d/b.log utf-8\n1:b\nE\n"
			       "~ d/fifo: not a regular file, skipped\n"
			       "B d/sub/empty.log utf-8\nE\n"
			       "B d/sub/z.zip!in.log utf-8\n1:zipped\nE\n";

START_TEST(directories)
{
	const member m[] = {{"in.log", "zipped\n", NULL, 0}};
	ck_assert_int_eq(mkdir("d", 0755), 0);
	ck_assert_int_eq(mkdir("d/sub", 0755), 0);
	write_file("d/b.log", "b\n", 2);
	write_file("d/a.log", "a\n", 2);
	write_file("d/B.log", "B\n", 2);
	write_file("d/sub/empty.log", "", 0);
	write_file("d/bin.dat",
	           "\x7f"
	           "ELF\0\0\0",
	           7);
	write_archive("d/sub/z.zip", 'z', 0, m, 1, NULL);
	ck_assert_int_eq(symlink("..", "d/sub/loop"), 0);
	ck_assert_int_eq(symlink("nowhere", "d/dangling"), 0);
	ck_assert_int_eq(mkfifo("d/fifo", 0644), 0);
	/* links met on the way are not followed; the fifo is a note */
	check_walk("d", LX_WARN, dir_want);
	/* "d/" gives the same names: no doubled slash */
	check_walk("d/", LX_WARN, dir_want);
}
END_TEST

START_TEST(deep_directories)
{
	/* deeper than PATH_MAX and than the descriptors kept open */
	char name[8];
	int i;
	lx_status rc;
	uint64_t nl;
	char *got;
	ck_assert_int_eq(mkdir("deep", 0755), 0);
	ck_assert_int_eq(chdir("deep"), 0);
	for (i = 0; i < 1200; i++) {
		snprintf(name, sizeof name, "d%d", i % 10);
		ck_assert_int_eq(mkdir(name, 0755), 0);
		ck_assert_int_eq(chdir(name), 0);
		if (i % 100 == 0)
			write_file("x.log", "x\n", 2);
	}
	write_file("bottom.log", "bottom\n", 7);
	ck_assert_int_eq(chdir(tmpdir), 0);
	got = walk("deep", &rc, &nl);
	ck_assert_int_eq(rc, LX_OK);
	ck_assert_uint_eq(nl, 13);
	ck_assert_ptr_nonnull(strstr(got, "/d9/bottom.log utf-8\nE\n"));
	free(got);
}
END_TEST

START_TEST(empty_inputs)
{
	write_archive("empty.zip", 'z', 0, NULL, 0, NULL);
	write_archive("empty.tar", 't', 0, NULL, 0, NULL);
	write_file("empty.log", "", 0);
	check_walk("empty.zip", LX_OK, "");
	check_walk("empty.tar", LX_OK, "");
	check_walk("empty.log", LX_OK, "B empty.log utf-8\nE\n");
}
END_TEST

int main(void)
{
	Suite *s = suite_create("walk");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, nested_archives);
	tcase_add_test(tc, nested_from_a_pipe);
	tcase_add_test(tc, compressed_single_files);
	tcase_add_test(tc, utf16le_nobom_member);
	tcase_add_test(tc, text_that_looks_like_cpio);
	tcase_add_test(tc, typical_logs_are_text);
	tcase_add_test(tc, truncated_archive);
	tcase_add_test(tc, corrupt_and_encrypted);
	tcase_add_test(tc, expansion_limit);
	tcase_add_test(tc, ratio_limit);
	tcase_add_test(tc, member_and_depth_limits);
	tcase_add_test(tc, hostile_names);
	tcase_add_test(tc, directories);
	tcase_add_test(tc, deep_directories);
	tcase_add_test(tc, empty_inputs);
	tcase_add_test(tc, split_reads_claimed_members);
	suite_add_tcase(s, tc);
	return recsink_run(s);
}
