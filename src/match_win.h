/* match_win.h - where a signature's other patterns must run in a block.
 *
 * The matcher looks for each signature through its trigger (match.c); the
 * signature's other patterns then only need the lines a window can see:
 * around the block's anchors (a trigger's matches), up to the end of what
 * triggers and anchors of earlier blocks can still see, and the block's
 * last lines, which a trigger of the next block may see.  This unit turns
 * those into byte ranges of the block.  It knows nothing of patterns. */
#ifndef LX_MATCH_WIN_H
#define LX_MATCH_WIN_H

#include <stddef.h>
#include <stdint.h>

/* A trigger's match in a block. */
typedef struct lx_anchor {
	size_t sig;    /* signature index */
	uint64_t line; /* line number */
	size_t off;    /* the start of the line in the block */
} lx_anchor;

/* Orders anchors by signature, then line (for qsort). */
int lx_anchor_cmp(const void *a, const void *b);

#define LX_WIN_MAX 64 /* ranges per signature and block */

/* A range of whole lines of a block. */
typedef struct lx_win {
	size_t from, to;     /* buf[from..to) */
	uint64_t first_line; /* the number of the line at from */
} lx_win;

/* The ranges of buf[0..len) (complete lines numbered first_line ..
 * last_line) within `reach` lines of one of the signature's na anchors a[]
 * (sorted by line), up to line pend_upto (what earlier blocks can still
 * see), and the last `reach` lines.  Ranges that touch are joined; past
 * LX_WIN_MAX of them the last one runs to the end of the block.  Writes
 * them in order to w[] and returns their number. */
size_t lx_win_ranges(const char *buf, size_t len, uint64_t first_line, uint64_t last_line,
                     unsigned reach, uint64_t pend_upto, const lx_anchor *a, size_t na,
                     lx_win w[LX_WIN_MAX]);

#endif
