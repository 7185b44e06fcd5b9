/* fanout.h - one bundle scanned by several threads.
 *
 * When cores would otherwise idle (fewer bundles than -j), a bundle is
 * read on its own thread and matched by others (pipeline.h), or, a zip or
 * directory whose members are worth it (lx_walk_plan), read in lanes:
 * every thread claims the next member or file and reads and matches it
 * itself (lanes.h).  The calling thread receives every file's hits, and
 * the bundle's problems, in exactly the order a single thread would have
 * produced them (oqueue.h), so the report is byte for byte the same for
 * every -j.  Memory stays bounded: a producer ahead of the caller waits
 * when what it queued is full. */
#ifndef LX_FANOUT_H
#define LX_FANOUT_H

#include "input.h"
#include "match.h"
#include "model.h"
#include "options.h"
#include "sigdb.h"
#include "util.h"

/* What the calling thread receives, in order. */
typedef struct lx_fanout_sink {
	/* a text file whose lines are matched (encoding as detected) */
	void (*file_begin)(void *ud, const lx_chain *path, const char *encoding);
	void (*hit)(void *ud, const lx_hit *h);
	/* it ended after `lines` lines */
	void (*file_end)(void *ud, uint64_t lines);
	void (*problem)(void *ud, const lx_chain *path, const char *msg, int note);
	/* with --files: a file not matched, and why (its encoding, or NULL
	 * when it was not decoded) */
	void (*skip)(void *ud, const lx_chain *path, const char *encoding, const char *why);
	void *ud;
} lx_fanout_sink;

/* Scans bundle arg with its share of threads (run.c's -j divided among
 * the bundles): that many, two at least and one more for a directory,
 * spent as one reader and the rest matchers, or as lanes.  Sets *scanned
 * to 1 and returns the bundle's grade, as lx_walk_bundle() grades it (st
 * filled in); or sets *scanned to 0, delivers nothing and returns LX_OK
 * when the caller is to scan the bundle itself: the threads could not be
 * started, or they would not pay (lx_walk_plan). */
lx_status lx_fanout_bundle(const lx_config *cfg, const lx_sigdb *db, const char *arg,
                           unsigned share, const lx_fanout_sink *out, lx_input_stats *st,
                           int *scanned);

#endif
