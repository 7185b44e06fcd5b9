/* context.h - the lines around evidence (--context, -A, -B, -C).
 *
 * A matcher with context (lx_matcher_context) feeds its text through an
 * lx_ctx.  A line is only matched once the `after` lines below it are
 * known: the last `after` lines of each block wait (copied) for the next
 * block, so that whenever a hit is decided, the lines below its evidence
 * are at hand.  Lines already matched are kept in a ring of `keep` lines,
 * enough for the lines above the evidence of any hit still to come (the
 * caller decides every window it can at the end of each region, so that
 * no pending window reaches further back than twice the longest
 * `within`).  Memory: the ring, at most `after` waiting lines, and one
 * checkpoint every 64 lines of the block being fed.
 *
 * What a line's context is depends only on the file's text, never on
 * where blocks end (so it is the same for every -j):
 * - up to `before` lines above it and `after` lines below it, fewer at the
 *   start and end of the file;
 * - each line cut to LX_CTX_TEXT bytes, as evidence is;
 * - a line of at least max_line bytes (one matched in pieces) is never
 *   context, the context stops at it, and such a line has no lines after
 *   it (its pieces are matched as they come, not held back). */
#ifndef LX_CONTEXT_H
#define LX_CONTEXT_H

#include <stddef.h>
#include <stdint.h>

#include "match.h"
#include "util.h"

#define LX_CTX_MAX 100   /* the most lines before or after (option check) */
#define LX_CTX_TEXT 1024 /* bytes of a context line kept */

typedef struct lx_ctx lx_ctx;

/* Where ready lines go: complete lines, first numbered first_line, as
 * lx_matcher_feed() takes them (buf[len] is a NUL byte only when the
 * region ends its block). */
typedef void (*lx_ctx_feed_fn)(void *ud, const char *buf, size_t len, uint64_t first_line);

/* A context of before and after lines (each at most LX_CTX_MAX), a ring of
 * keep lines (at least before + 1), for lines shorter than max_line.
 * Never returns NULL; free with lx_ctx_free() (accepts NULL). */
lx_ctx *lx_ctx_new(unsigned before, unsigned after, size_t keep, size_t max_line);
void lx_ctx_free(lx_ctx *c);

/* A new file starts: everything of the last one is forgotten. */
void lx_ctx_reset(lx_ctx *c);
/* A block of the file (input.h's rules, as lx_matcher_feed()).  The lines
 * that now have their `after` lines known are handed to fn, in order, in
 * one or more regions; the others wait.  fn may call lx_ctx_around(). */
void lx_ctx_feed(lx_ctx *c, const char *buf, size_t len, uint64_t first_line, lx_ctx_feed_fn fn,
                 void *ud);
/* The file ended: the waiting lines go to fn. */
void lx_ctx_finish(lx_ctx *c, lx_ctx_feed_fn fn, void *ud);

/* The context of line x (one handed to fn already): its lines above, then
 * below, appended to before and after (reset first), each line ending in
 * '\n'.  Only valid from within fn, or after lx_ctx_finish(). */
void lx_ctx_around(lx_ctx *c, uint64_t x, lx_buf *before, lx_buf *after);

/* An evidence line with its own copies of its text and context, for
 * those who keep a hit past its callback. */
typedef struct lx_evcopy {
	uint64_t line;
	lx_buf text, before, after;
	int ctx; /* 1: it has context (maybe empty) */
} lx_evcopy;

/* Copies e into c (c's buffers are reused). */
void lx_evcopy_set(lx_evcopy *c, const lx_evline *e);
/* Points e at c's copies (valid while c is unchanged). */
void lx_evcopy_view(const lx_evcopy *c, lx_evline *e);
/* The bytes of its context, and dropping it. */
size_t lx_evcopy_ctx_bytes(const lx_evcopy *c);
void lx_evcopy_drop_ctx(lx_evcopy *c);
void lx_evcopy_free(lx_evcopy *c);

#endif
