/* matchfix.h - the fixture of the suites that run a matcher: the
 * signatures of the suite's own `sigs` text (defined before this header
 * is included), loaded and compiled, and a matcher over them. */
#ifndef LX_TEST_MATCHFIX_H
#define LX_TEST_MATCHFIX_H

#include <check.h>
#include <stdio.h>
#include <string.h>

#include "match.h"
#include "sigdb.h"

static lx_sigdb *db;
static lx_matcher *m;

static void setup(void)
{
	db = lx_sigdb_new();
	ck_assert_int_eq(lx_sigdb_load_text(db, "t.sig", sigs, strlen(sigs), stderr), 0);
	ck_assert_int_eq(lx_sigdb_compile(db, stderr), 0);
	m = lx_matcher_new(db);
	ck_assert_ptr_nonnull(m);
}

static void teardown(void)
{
	lx_matcher_free(m);
	lx_sigdb_free(db);
}

#endif
