/* fuzz_sink.h - a sink for the fuzz targets that checks the input.h
 * contract on everything delivered and aborts on any breach (header only:
 * each target is one program). */
#ifndef LX_FUZZ_SINK_H
#define LX_FUZZ_SINK_H

#include <stdlib.h>
#include <string.h>

#include "input.h"

typedef struct fuzz_state {
	int in_file;
	uint64_t next_line; /* smallest number the next block may start at */
	size_t max_piece;   /* no delivered line may be longer (+1 for '\n') */
} fuzz_state;

static void *fz_begin(void *ud, const lx_file_info *fi)
{
	fuzz_state *s = ud;
	if (s->in_file || !fi->path || !fi->encoding)
		abort();
	s->in_file = 1;
	s->next_line = 1;
	return s;
}

static void fz_lines(void *fh, const char *buf, size_t len, uint64_t first)
{
	fuzz_state *s = fh;
	size_t i = 0;
	if (!s->in_file || len == 0 || buf[len - 1] != '\n' || buf[len] != '\0')
		abort();
	/* a long line comes in pieces carrying the same number */
	if (first + 1 < s->next_line || first > s->next_line)
		abort();
	while (i < len) {
		const char *nl = memchr(buf + i, '\n', len - i);
		size_t n = (size_t)(nl - (buf + i));
		if (n > s->max_piece)
			abort();
		i += n + 1;
		first++;
	}
	s->next_line = first;
}

static void fz_end(void *fh)
{
	fuzz_state *s = fh;
	if (!s->in_file)
		abort();
	s->in_file = 0;
}

static void fz_msg(void *ud, const lx_chain *path, const char *msg)
{
	(void)ud;
	if (!path || !msg || !*msg)
		abort();
}

static inline void fuzz_sink_init(lx_sink *k, fuzz_state *s, size_t max_line)
{
	memset(s, 0, sizeof *s);
	s->max_piece = max_line;
	k->begin = fz_begin;
	k->lines = fz_lines;
	k->end = fz_end;
	k->error = fz_msg;
	k->note = fz_msg;
	k->text = NULL;
	k->skip = NULL;
	k->ud = s;
}

#endif
