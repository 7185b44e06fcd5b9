/* lines.h - streaming line splitter over a fixed window buffer.
 *
 * Bytes go in through lx_lines_feed() in chunks of any size; complete lines
 * come out through sink->lines() in blocks, each line ending in '\n' with
 * every CR just before the '\n' removed (CRLF, LF and CR CR LF each end one
 * line).  A final line without '\n' gets one.  A line longer than max_line
 * bytes is delivered in pieces of max_line bytes, each piece as its own line
 * carrying the same line number; each piece repeats the last 4 KiB (at most
 * half of max_line) of the one before, so that no match up to that long is
 * cut in two.  Memory is the window, whatever the input. */
#ifndef LX_LINES_H
#define LX_LINES_H

#include <stddef.h>
#include <stdint.h>

#include "input.h"

typedef struct lx_lines lx_lines;

/* Creates a splitter for lines of at most max_line bytes (max_line >= 1).
 * The caller frees it with lx_lines_free().  Never returns NULL (aborts on
 * out of memory). */
lx_lines *lx_lines_new(size_t max_line);
/* The same with a window of at least min_window bytes instead of 4 MiB:
 * smaller blocks, sooner (a consumer on another thread). */
lx_lines *lx_lines_new_window(size_t max_line, size_t min_window);
/* Frees l; accepts NULL. */
void lx_lines_free(lx_lines *l);
/* Starts a file: the next line is line 1 and blocks go to
 * sink->lines(fh, ...).  Any pending bytes of a previous file are dropped. */
void lx_lines_start(lx_lines *l, const lx_sink *sink, void *fh);
/* Appends n bytes of text and delivers every line completed by them. */
void lx_lines_feed(lx_lines *l, const void *p, size_t n);
/* Delivers the final line, if any, with a '\n' appended.  The splitter is
 * then idle until the next lx_lines_start(). */
void lx_lines_finish(lx_lines *l);
/* Number of lines delivered so far in this file (pieces count once). */
uint64_t lx_lines_count(const lx_lines *l);

#endif
