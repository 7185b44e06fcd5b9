/* Unit tests: the helpers every output format shares (out.c): sizes and
 * times for people, the display of a member's path, the problem lines on
 * stderr (escaped, one per problem), and the -l / -L / -c / -q modes. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "out.h"
#include "runner.h"
#include "timestamp.h"

static char text[1024];

static const char *size_of(uint64_t n)
{
	lx_buf b = {0};
	lx_out_size(&b, n);
	snprintf(text, sizeof text, "%s", b.p ? b.p : "");
	lx_buf_free(&b);
	return text;
}

START_TEST(sizes)
{
	ck_assert_str_eq(size_of(0), "0 bytes");
	ck_assert_str_eq(size_of(1023), "1023 bytes");
	ck_assert_str_eq(size_of(1024), "1.0 KiB");
	ck_assert_str_eq(size_of(1536), "1.5 KiB");
	ck_assert_str_eq(size_of((uint64_t)3 << 20), "3.0 MiB");
	ck_assert_str_eq(size_of(((uint64_t)5 << 30) + ((uint64_t)1 << 29)), "5.5 GiB");
	ck_assert_str_eq(size_of((uint64_t)2 << 40), "2.0 TiB");
	/* TiB is the largest unit */
	ck_assert_str_eq(size_of((uint64_t)3 << 50), "3072.0 TiB");
}
END_TEST

START_TEST(times_and_status)
{
	char out[20];
	lx_diag d;
	ck_assert_str_eq(lx_out_time(LX_TS_NONE, out), "");
	ck_assert_str_eq(lx_out_time(lx_ts_make(2024, 2, 29, 23, 5, 9), out),
	                 "2024-02-29T23:05:09");
	ck_assert_str_eq(lx_out_time(lx_ts_make(1, 1, 1, 0, 0, 0), out), "0001-01-01T00:00:00");
	memset(&d, 0, sizeof d);
	ck_assert_str_eq(lx_out_status(&d), "active");
	d.resolved = 1;
	ck_assert_str_eq(lx_out_status(&d), "resolved");
}
END_TEST

static void esc_upper(lx_buf *b, const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		lx_buf_addc(b, s[i] >= 'a' && s[i] <= 'z' ? (char)(s[i] - 32) : s[i]);
}

START_TEST(chain_display)
{
	lx_chain c = {0};
	lx_buf b = {0};
	lx_chain_push(&c, "logs/");
	lx_chain_push_file(&c, "a.zip");
	lx_chain_push(&c, "dir/x.log");
	lx_out_chain_display(&b, &c, esc_upper);
	/* no second '/' after a part ending in one; '!' into an archive; every
	 * part through the given escape */
	ck_assert_str_eq(b.p, "LOGS/A.ZIP!DIR/X.LOG");
	lx_buf_free(&b);
	lx_chain_free(&c);
	lx_chain_push(&c, "b");
	lx_chain_push_file(&c, "c");
	lx_out_chain_display(&b, &c, esc_upper);
	ck_assert_str_eq(b.p, "B/C");
	lx_buf_free(&b);
	lx_chain_free(&c);
}
END_TEST

/* What fn wrote to a file, in text. */
static const char *written(void (*fn)(void *, FILE *), void *ud)
{
	FILE *f = tmpfile();
	size_t n;
	ck_assert_ptr_nonnull(f);
	fn(ud, f);
	rewind(f);
	n = fread(text, 1, sizeof text - 1, f);
	text[n] = '\0';
	fclose(f);
	return text;
}

static void problems(void *ud, FILE *f)
{
	lx_out_problems(ud, f);
}

START_TEST(problem_lines)
{
	lx_report *r = lx_report_new("bundle\033[1m.zip");
	lx_chain c = {0};
	lx_report_problem(r, &c, "cannot open: No such file", 0);
	lx_chain_push(&c, "dir/");
	lx_chain_push_file(&c, "in.zip");
	lx_chain_push(&c, "bad\nname.log");
	lx_report_problem(r, &c, "damaged \xff archive", 0);
	lx_chain_free(&c);
	lx_chain_push(&c, "d");
	lx_chain_push_file(&c, "f.bin");
	lx_report_problem(r, &c, "binary file skipped", 1);
	lx_chain_free(&c);
	/* without a path the bundle is named; members after ": "; nothing
	 * from the input reaches the terminal raw */
	ck_assert_str_eq(written(problems, r),
	                 "logdx: bundle\\e[1m.zip: cannot open: No such file\n"
	                 "logdx: dir/in.zip: bad\\nname.log: damaged \\xff archive\n"
	                 "logdx: d/f.bin: binary file skipped\n");
	lx_report_free(r);
}
END_TEST

/* A bundle report with n active diagnoses and one resolved one. */
static lx_report *report(const char *bundle, size_t n)
{
	lx_report *r = lx_report_new(bundle);
	size_t i;
	r->d = calloc(n + 1, sizeof *r->d);
	ck_assert_ptr_nonnull(r->d);
	r->n_d = n + 1;
	for (i = 0; i <= n; i++) {
		r->d[i].id = strdup("x.y");
		r->d[i].title = strdup("A title");
		r->d[i].resolved = i == n;
	}
	return r;
}

typedef struct run_args {
	lx_config *cfg;
	lx_report **r;
	size_t n;
} run_args;

static void run_out(void *ud, FILE *f)
{
	run_args *a = ud;
	lx_out *o = lx_out_new(a->cfg, f);
	lx_summary s;
	size_t i;
	memset(&s, 0, sizeof s);
	lx_out_begin(o);
	for (i = 0; i < a->n; i++)
		lx_out_bundle(o, a->r[i]);
	lx_out_end(o, &s);
	lx_out_free(o);
}

START_TEST(list_modes)
{
	lx_config cfg;
	lx_report *r[3];
	run_args a = {&cfg, r, 3};
	size_t i;
	r[0] = report("one.zip", 2);
	r[1] = report("two\tdir", 0); /* only a resolved diagnosis */
	r[2] = report("three\033.log", 1);
	memset(&cfg, 0, sizeof cfg);
	cfg.count = 1;
	ck_assert_str_eq(written(run_out, &a), "one.zip:3\ntwo\tdir:1\nthree\\e.log:2\n");
	memset(&cfg, 0, sizeof cfg);
	cfg.list_files = 1;
	ck_assert_str_eq(written(run_out, &a), "one.zip\nthree\\e.log\n");
	cfg.include_resolved = 1;
	ck_assert_str_eq(written(run_out, &a), "one.zip\ntwo\tdir\nthree\\e.log\n");
	memset(&cfg, 0, sizeof cfg);
	cfg.list_clean = 1;
	ck_assert_str_eq(written(run_out, &a), "two\tdir\n");
	cfg.quiet = 1; /* -q wins */
	ck_assert_str_eq(written(run_out, &a), "");
	for (i = 0; i < 3; i++)
		lx_report_free(r[i]);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("out");
	TCase *t = tcase_create("core");
	tcase_add_test(t, sizes);
	tcase_add_test(t, times_and_status);
	tcase_add_test(t, chain_display);
	tcase_add_test(t, problem_lines);
	tcase_add_test(t, list_modes);
	suite_add_tcase(s, t);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
