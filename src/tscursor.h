/* tscursor.h - the time of a line inside a block of a file's lines.
 *
 * A cursor holds a file's timestamp context (timestamp.h) and what the
 * blocks before the current one left: the last full stamp (the date base
 * that completes partial stamps) and the last stamp.  Within the current
 * block the date base at a line is found by reading back to the nearest
 * full stamp, or to the cursor or a place a walk stopped at before (one
 * per 4 KiB), so that several walks over the block (the unrecognised
 * errors, then the anchors) do not parse every line again.  It knows
 * nothing of signatures. */
#ifndef LX_TSCURSOR_H
#define LX_TSCURSOR_H

#include <stddef.h>
#include <stdint.h>

#include "timestamp.h"

typedef struct lx_tscur {
	lx_tsctx tsc;
	int64_t date_base; /* last full stamp before the current block */
	int64_t last_ts;   /* last stamp before the current block */
	const char *blk;   /* the current block, NULL between blocks */
	size_t blk_len;
	size_t cur_off; /* forward cursor for the date base in this block */
	int64_t cur_base;
	struct lx_tsck {
		size_t off;   /* a line start */
		int64_t base; /* the date base there */
	} * ck;               /* places a walk stopped at, 4 KiB apart or more,
	                       * in increasing order */
	size_t n_ck, cap_ck;
	int mtime_fallback; /* the file's mtime when nothing else dates a line */
} lx_tscur;

/* Starts a file (mtime_epoch as for lx_tsctx_init(); name may be NULL:
 * no date from the name).  Keeps the checkpoints' memory. */
void lx_tscur_file(lx_tscur *c, int64_t mtime_epoch, const char *name);
/* Starts a block of complete lines (len > 0, ending in '\n'). */
void lx_tscur_block(lx_tscur *c, const char *blk, size_t len);
/* The time of the line at offset off of the current block: the stamp of
 * the nearest stamped line at or before it; else the record's time, the
 * file's last full stamp before it (its session header), the date in its
 * name, its mtime (*src, a lx_ts_source, says which). */
int64_t lx_tscur_at(lx_tscur *c, size_t off, int *src);
/* Moves the forward cursor back to the start of the block. */
void lx_tscur_rewind(lx_tscur *c);
/* Ends the block: its last full stamp and last stamp carry over. */
void lx_tscur_end(lx_tscur *c);
/* Frees the checkpoints; accepts a zeroed cursor. */
void lx_tscur_free(lx_tscur *c);

#endif
