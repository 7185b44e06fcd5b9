/* unrecfile.h - one file's unrecognised errors: the error-looking lines no
 * signature matched (unrec.h), mined into templates (templates.h) in line
 * order by the thread that matches the file, and handed over once, at the
 * file's end, as a few templates with their counts and times (unrecset.h
 * gathers a bundle's).
 *
 * Memory is bounded: at most LX_UNREC_TEMPLATES templates (lines that
 * would start another one are only counted) and lines of at most
 * LX_UNREC_TEXT bytes (the rest is cut). */
#ifndef LX_UNRECFILE_H
#define LX_UNRECFILE_H

#include <stddef.h>
#include <stdint.h>

#include "templates.h"

#define LX_UNREC_TEMPLATES 256 /* templates mined per file, kept per bundle */
#define LX_UNREC_TEXT 512      /* bytes of a line kept (the example) */

typedef struct lx_unrecfile lx_unrecfile;

/* A template: its text (masked tokens, "<*>" for what varies), its lines,
 * the first and last of their times (LX_TS_NONE: none known) and its
 * first line. */
typedef void (*lx_unrecfile_fn)(void *ud, const char *tpl, size_t tpl_len, uint64_t count,
                                int64_t first, int64_t last, const char *ex, size_t ex_len);

lx_unrecfile *lx_unrecfile_new(void);
void lx_unrecfile_free(lx_unrecfile *u);
/* An error-looking line that no signature matched, at time ts (timestamp.h
 * clock, or LX_TS_NONE). */
void lx_unrecfile_line(lx_unrecfile *u, const char *text, size_t len, int64_t ts);
/* Hands every template with lines to fn (fn NULL: drops them), in the
 * order they were first seen, and empties u for the next file. */
void lx_unrecfile_flush(lx_unrecfile *u, lx_unrecfile_fn fn, void *ud);
/* Bytes u holds, for the tests. */
size_t lx_unrecfile_memory(const lx_unrecfile *u);

/* What a file's and a bundle's miners share: the caps above (64 groups a
 * leaf, 1 MiB), and the span of times [*first, *last] widened to take
 * [first, last] in (LX_TS_NONE: unknown). */
lx_tpl_miner *lx_unrec_miner(void);
void lx_unrec_span(int64_t *first, int64_t *last, int64_t f, int64_t l);

#endif
