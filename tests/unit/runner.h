/* runner.h - how every Check suite of logdx is run. */
#ifndef LX_TEST_RUNNER_H
#define LX_TEST_RUNNER_H

#include <check.h>
#include <stdlib.h>

/* Runs suite s (forking as CK_FORK says) and returns the exit status:
 * 0 when every test passed. */
static inline int run_suite(Suite *s)
{
	SRunner *sr = srunner_create(s);
	int failed;
	srunner_run_all(sr, CK_NORMAL);
	failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}

#endif
