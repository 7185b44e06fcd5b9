/* recsink.h - a sink that records what the readers deliver as a transcript,
 * for the input-side unit suites (header only: each suite is one program).
 *
 * Transcript lines:
 *   B <chain> <encoding>      a file begins
 *   <n>:<text>                one delivered line (its '\n' is the line end)
 *   E                         the file ends
 *   ! <chain>: <message>      an error
 *   ~ <chain>: <message>      a note
 * Every block is checked on the way: it must end in '\n', be followed by a
 * NUL, and number its lines consecutively. */
#ifndef LX_TEST_RECSINK_H
#define LX_TEST_RECSINK_H

#include <check.h>

#include "runner.h"
#include <stdlib.h>
#include <string.h>

#include "input.h"
#include "util.h"

typedef struct recsink {
	lx_sink sink;
	lx_buf log;
	int decline;     /* begin() returns NULL */
	int quiet_lines; /* count lines instead of logging them */
	uint64_t nlines; /* lines delivered */
	uint64_t nbytes; /* bytes delivered */
	int begun;       /* inside begin..end */
} recsink;

static void *rec_begin(void *ud, const lx_file_info *fi)
{
	recsink *r = ud;
	char *d = lx_chain_display(fi->path);
	ck_assert_msg(!r->begun, "begin() inside a file");
	lx_buf_addf(&r->log, "B %s %s\n", d, fi->encoding);
	free(d);
	if (r->decline)
		return NULL;
	r->begun = 1;
	return r;
}

static void rec_lines(void *fh, const char *buf, size_t len, uint64_t first)
{
	recsink *r = fh;
	size_t i = 0;
	ck_assert(r->begun);
	ck_assert_uint_gt(len, 0);
	ck_assert_msg(buf[len - 1] == '\n', "block does not end in a newline");
	ck_assert_msg(buf[len] == '\0', "block not followed by NUL");
	r->nbytes += len;
	while (i < len) {
		const char *nl = memchr(buf + i, '\n', len - i);
		size_t n = (size_t)(nl - (buf + i)) + 1;
		if (!r->quiet_lines) {
			lx_buf_addf(&r->log, "%llu:", (unsigned long long)first);
			lx_buf_add(&r->log, buf + i, n);
		}
		r->nlines++;
		first++;
		i += n;
	}
}

static void rec_end(void *fh)
{
	recsink *r = fh;
	ck_assert(r->begun);
	r->begun = 0;
	lx_buf_adds(&r->log, "E\n");
}

static void rec_msg(recsink *r, char tag, const lx_chain *path, const char *msg)
{
	char *d = lx_chain_display(path);
	lx_buf_addf(&r->log, "%c %s: %s\n", tag, d, msg);
	free(d);
}

static void rec_error(void *ud, const lx_chain *path, const char *msg)
{
	rec_msg(ud, '!', path, msg);
}

static void rec_note(void *ud, const lx_chain *path, const char *msg)
{
	rec_msg(ud, '~', path, msg);
}

static inline void recsink_init(recsink *r)
{
	memset(r, 0, sizeof *r);
	r->sink.begin = rec_begin;
	r->sink.lines = rec_lines;
	r->sink.end = rec_end;
	r->sink.error = rec_error;
	r->sink.note = rec_note;
	r->sink.ud = r;
}

static inline const char *recsink_text(recsink *r)
{
	return r->log.p ? r->log.p : "";
}

static inline void recsink_free(recsink *r)
{
	lx_buf_free(&r->log);
}

/* Runs suite s (fork mode as CK_FORK says); returns the exit status. */
static inline int recsink_run(Suite *s)
{
	return run_suite(s);
}

#endif
