/* newlines.h - counting and finding line ends in a block of text. */
#ifndef LX_NEWLINES_H
#define LX_NEWLINES_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Number of '\n' bytes in buf[0..len). */
size_t lx_count_newlines(const char *buf, size_t len);

/* The offset of the last '\n' in b[0..end), or SIZE_MAX.  Searched 256
 * bytes at a time: the sanitizers' memrchr checks the whole range it is
 * given, which made a walk back over a block's lines quadratic there. */
static inline size_t lx_last_newline(const char *b, size_t end)
{
	while (end > 0) {
		size_t lo = end > 256 ? end - 256 : 0;
		const char *p = memrchr(b + lo, '\n', end - lo);
		if (p)
			return (size_t)(p - b);
		end = lo;
	}
	return SIZE_MAX;
}

/* The start of the line of b that holds offset off: just after the last
 * '\n' before off, or 0. */
static inline size_t lx_line_start(const char *b, size_t off)
{
	size_t p = lx_last_newline(b, off);
	return p == SIZE_MAX ? 0 : p + 1;
}

#endif
