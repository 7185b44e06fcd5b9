/* capture.h - what a unit under test writes to standard output and error,
 * kept as text (for the suites that test the command line's words). */
#ifndef LX_TEST_CAPTURE_H
#define LX_TEST_CAPTURE_H

#include <check.h>
#include <stdio.h>
#include <unistd.h>

typedef struct lx_capture {
	FILE *o, *e;
	int so, se;
} lx_capture;

/* From now on, stdout and stderr go to files of c. */
static inline void capture_begin(lx_capture *c)
{
	c->o = tmpfile();
	c->e = tmpfile();
	ck_assert_ptr_nonnull(c->o);
	ck_assert_ptr_nonnull(c->e);
	fflush(stdout);
	fflush(stderr);
	c->so = dup(STDOUT_FILENO);
	c->se = dup(STDERR_FILENO);
	dup2(fileno(c->o), STDOUT_FILENO);
	dup2(fileno(c->e), STDERR_FILENO);
}

/* What f holds, as text of at most cap - 1 bytes; closes f. */
static inline void capture_slurp(FILE *f, char *text, size_t cap)
{
	size_t n;
	rewind(f);
	n = fread(text, 1, cap - 1, f);
	text[n] = '\0';
	fclose(f);
}

/* Puts stdout and stderr back; what was written to them since
 * capture_begin() is in out and err. */
static inline void capture_end(lx_capture *c, char *out, size_t n_out, char *err, size_t n_err)
{
	fflush(stdout);
	fflush(stderr);
	dup2(c->so, STDOUT_FILENO);
	dup2(c->se, STDERR_FILENO);
	close(c->so);
	close(c->se);
	capture_slurp(c->o, out, n_out);
	capture_slurp(c->e, err, n_err);
}

#endif
