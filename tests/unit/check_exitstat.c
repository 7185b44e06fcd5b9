/* Unit tests: the exit status's one owner (exitstat.c): GNU grep's 0/1/2
 * from the bundles' reports (diagnoses at which severity, errors, notes),
 * the run's own failures and a command's status. */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "exitstat.h"
#include "options.h"
#include "runner.h"

static lx_config cfg;
static lx_exitstat st;

static void setup(void)
{
	memset(&cfg, 0, sizeof cfg);
	cfg.fail_on = -1;
	lx_exit_init(&st, &cfg);
}

/* A report of bundle b with one diagnosis of severity sev (none when sev
 * is -1), resolved or not, and a problem: 0 none, 1 a note, 2 an error. */
static lx_report *report(int sev, int resolved, int problem)
{
	lx_report *r = lx_report_new("b");
	lx_chain c = {0};
	if (sev >= 0) {
		r->d = calloc(1, sizeof *r->d);
		ck_assert_ptr_nonnull(r->d);
		r->n_d = 1;
		r->d[0].severity = (lx_severity)sev;
		r->d[0].resolved = resolved;
	}
	lx_chain_push(&c, "b");
	if (problem)
		lx_report_problem(r, &c, "m", problem == 1);
	lx_chain_free(&c);
	return r;
}

/* Reports a report made by report() to st and frees it. */
static void feed(int sev, int resolved, int problem)
{
	lx_report *r = report(sev, resolved, problem);
	lx_exit_report(&st, r);
	lx_report_free(r);
}

START_TEST(nothing_found_is_1)
{
	ck_assert_int_eq(lx_exit_code(&st), 1);
	feed(-1, 0, 0);
	ck_assert_int_eq(lx_exit_code(&st), 1);
}
END_TEST

START_TEST(found_is_0)
{
	feed(-1, 0, 0);
	feed(LX_SEV_INFO, 0, 0);
	ck_assert_int_eq(lx_exit_code(&st), 0);
}
END_TEST

START_TEST(report_graded)
{
	lx_report *r = report(-1, 0, 0);
	ck_assert_int_eq(r->status, LX_OK);
	lx_report_grade(r, LX_WARN);
	ck_assert_int_eq(r->status, LX_WARN);
	lx_report_grade(r, LX_OK); /* never better */
	ck_assert_int_eq(r->status, LX_WARN);
	lx_report_free(r);
	r = report(-1, 0, 1);
	ck_assert_int_eq(r->status, LX_WARN);
	lx_report_free(r);
	r = report(-1, 0, 2);
	ck_assert_int_eq(r->status, LX_FAILED);
	ck_assert_int_eq(r->errors, 1);
	lx_report_free(r);
}
END_TEST

START_TEST(notes_change_nothing)
{
	feed(-1, 0, 1);
	ck_assert_int_eq(lx_exit_code(&st), 1);
	feed(LX_SEV_ERROR, 0, 1);
	ck_assert_int_eq(lx_exit_code(&st), 0);
}
END_TEST

START_TEST(an_error_is_2_even_with_a_diagnosis)
{
	feed(LX_SEV_CRITICAL, 0, 0);
	feed(-1, 0, 2);
	ck_assert_int_eq(lx_exit_code(&st), 2);
}
END_TEST

START_TEST(quiet_found_wins_over_errors)
{
	cfg.quiet = 1;
	feed(-1, 0, 2);
	ck_assert(!lx_exit_settled(&st));
	ck_assert_int_eq(lx_exit_code(&st), 2);
	feed(LX_SEV_WARNING, 0, 0);
	ck_assert(lx_exit_settled(&st));
	ck_assert_int_eq(lx_exit_code(&st), 0);
	lx_exit_grade(&st, LX_FAILED);
	ck_assert_int_eq(lx_exit_code(&st), 0);
	/* but not over a failure of the run itself */
	lx_exit_grade(&st, LX_FATAL);
	ck_assert_int_eq(lx_exit_code(&st), 2);
}
END_TEST

START_TEST(fail_on_raises_the_bar)
{
	cfg.fail_on = LX_SEV_ERROR;
	feed(LX_SEV_WARNING, 0, 0);
	ck_assert_int_eq(lx_exit_code(&st), 1);
	feed(LX_SEV_ERROR, 0, 0);
	ck_assert_int_eq(lx_exit_code(&st), 0);
}
END_TEST

START_TEST(resolved_counts_only_when_asked)
{
	feed(LX_SEV_CRITICAL, 1, 0);
	ck_assert_int_eq(lx_exit_code(&st), 1);
	cfg.include_resolved = 1;
	feed(LX_SEV_CRITICAL, 1, 0);
	ck_assert_int_eq(lx_exit_code(&st), 0);
}
END_TEST

START_TEST(list_clean)
{
	cfg.list_clean = 1;
	feed(LX_SEV_ERROR, 0, 0);
	ck_assert_int_eq(lx_exit_code(&st), 1);
	feed(LX_SEV_ERROR, 1, 0); /* nothing that counts: listed */
	ck_assert_int_eq(lx_exit_code(&st), 0);
	feed(-1, 0, 2);
	ck_assert_int_eq(lx_exit_code(&st), 2);
}
END_TEST

START_TEST(graded_outside_reports)
{
	lx_exit_grade(&st, LX_WARN);
	ck_assert_int_eq(lx_exit_code(&st), 1);
	lx_exit_grade(&st, LX_FAILED);
	ck_assert_int_eq(lx_exit_code(&st), 2);
	lx_exit_grade(&st, LX_OK); /* never better */
	ck_assert_int_eq(st.worst, LX_FAILED);
}
END_TEST

START_TEST(command_status)
{
	lx_exit_command(&st, 0);
	ck_assert_int_eq(lx_exit_code(&st), 0);
	lx_exit_command(&st, 1);
	ck_assert_int_eq(lx_exit_code(&st), 1);
	/* a write error after the command */
	lx_exit_grade(&st, LX_FATAL);
	ck_assert_int_eq(lx_exit_code(&st), 2);
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("exitstat");
	TCase *t = tcase_create("core");
	tcase_add_checked_fixture(t, setup, NULL);
	tcase_add_test(t, nothing_found_is_1);
	tcase_add_test(t, found_is_0);
	tcase_add_test(t, report_graded);
	tcase_add_test(t, notes_change_nothing);
	tcase_add_test(t, an_error_is_2_even_with_a_diagnosis);
	tcase_add_test(t, quiet_found_wins_over_errors);
	tcase_add_test(t, fail_on_raises_the_bar);
	tcase_add_test(t, resolved_counts_only_when_asked);
	tcase_add_test(t, list_clean);
	tcase_add_test(t, graded_outside_reports);
	tcase_add_test(t, command_status);
	suite_add_tcase(s, t);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
