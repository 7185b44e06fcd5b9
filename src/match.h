/* match.h - runs a compiled signature database over the lines of one file
 * at a time and reports signature hits.  It never prints.
 *
 * Text arrives in blocks of complete lines (see input.h).  One scan of
 * each block for the patterns' required literals (prefilter.h) names the
 * candidate lines of each signature's trigger; PCRE2 (JIT) runs on those
 * lines only, and the other patterns of a signature only within reach of
 * its triggers (doc/matcher.md).  Matches become (line, pattern) events;
 * the within-N-lines windows of all / any / unless are evaluated over the
 * events, looking ahead across block boundaries where a window needs it.
 *
 * A matcher is used by one thread; make one per worker. */
#ifndef LX_MATCH_H
#define LX_MATCH_H

#include <stddef.h>
#include <stdint.h>

#include "sigdb.h"

#define LX_EVIDENCE_MAX 3     /* lines of evidence per hit */
#define LX_EVIDENCE_TEXT 1024 /* bytes of one evidence line kept */

typedef struct lx_evline {
	uint64_t line;
	const char *text; /* not NUL-terminated; valid during the callback */
	size_t len;
	/* with lx_matcher_context(): the lines above and below it, each
	 * ending in '\n' (context.h says which); NULL without */
	const char *before, *after;
	size_t before_len, after_len;
} lx_evline;

typedef struct lx_hit {
	size_t sig;    /* index into the database */
	uint64_t line; /* the anchor line */
	int64_t ts;    /* when (timestamp.h), or LX_TS_NONE */
	int ts_src;    /* where ts came from: an lx_ts_source */
	lx_evline ev[LX_EVIDENCE_MAX];
	size_t n_ev; /* in line order */
	/* not a hit: a pattern of sig hit a PCRE2 limit on line (1: the
	 * first time in this file; 16, the most: it is not run on the rest
	 * of the file) */
	unsigned limit;
	/* not a hit: with lx_matcher_unrec(), at the file's end, a template
	 * of the lines that look like errors (unrec.h) and that no
	 * signature's trigger pattern matched (unrecfile.h): ev[0] is its
	 * first line, ev[1] its text, count its lines, ts and ts_last the
	 * first and last of their times (line is 0) */
	int unrec;
	uint64_t count;
	int64_t ts_last;
} lx_hit;

typedef void (*lx_hit_fn)(void *ud, const lx_hit *h);

typedef struct lx_matcher lx_matcher;

/* db must be compiled and outlive the matcher.  Returns NULL only when
 * PCRE2 cannot allocate its match data. */
lx_matcher *lx_matcher_new(const lx_sigdb *db);
void lx_matcher_free(lx_matcher *m);

/* Whether any signature of db reads the file member (its `files` globs),
 * the test lx_matcher_begin() makes.  With active not NULL, active[i]
 * (db->n of them) is set to whether signature i does. */
int lx_matcher_wants(const lx_sigdb *db, const char *member, unsigned char *active);

/* Starts a file.  member is the member's path (globs in `files` are
 * matched against it); mtime_epoch is seconds since 1970 or LX_TS_NONE.
 * Returns 0 when no signature applies to this file (the caller may skip
 * it; lx_matcher_end need not be called), else 1. */
int lx_matcher_begin(lx_matcher *m, const char *member, int64_t mtime_epoch, lx_hit_fn fn,
                     void *ud);
/* After lx_matcher_begin(): whether the file's mtime may stand for the
 * time of lines that have no other (an archive member's mtime is kept by
 * the archive; a loose file's is only when it was last copied). */
void lx_matcher_mtime_fallback(lx_matcher *m, int on);
/* With on, every block is also searched for lines that look like errors
 * and that no signature's trigger pattern (the one it is looked for by)
 * matched; they are mined into templates, each reported at the file's end
 * as an lx_hit with unrec set.  Off by default. */
void lx_matcher_unrec(lx_matcher *m, int on);
/* With before or after > 0, every hit's evidence lines carry the lines
 * around them (context.h: up to before above and after below; lines of
 * max_line bytes or more end the context); the hits are the same.  Both
 * 0: no context (the default). */
void lx_matcher_context(lx_matcher *m, unsigned before, unsigned after, size_t max_line);
/* Feeds complete lines (input.h's rules: each ends in '\n', buf[len] is
 * NUL). */
void lx_matcher_feed(lx_matcher *m, const char *buf, size_t len, uint64_t first_line);
/* Ends the file: pending windows are decided and reported. */
void lx_matcher_end(lx_matcher *m);
/* The number of the last line of the file matched so far (after
 * lx_matcher_end(): the file's lines). */
uint64_t lx_matcher_lines(const lx_matcher *m);

/* Whether text (one or more lines) gives a hit of signature sig, evaluated
 * as a file of its own with no name restriction.  For the examples of
 * --check-signatures. */
int lx_matcher_probe(lx_matcher *m, size_t sig, const char *text, size_t len);

#endif
