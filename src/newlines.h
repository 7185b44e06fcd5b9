/* newlines.h - counting and finding line ends in a block of text. */
#ifndef LX_NEWLINES_H
#define LX_NEWLINES_H

#include <stddef.h>
#include <string.h>

/* Number of '\n' bytes in buf[0..len). */
size_t lx_count_newlines(const char *buf, size_t len);

/* The start of the line of b that holds offset off: just after the last
 * '\n' before off, or 0. */
static inline size_t lx_line_start(const char *b, size_t off)
{
	const char *p;
	if (off == 0)
		return 0;
	p = memrchr(b, '\n', off);
	return p ? (size_t)(p - b) + 1 : 0;
}

#endif
