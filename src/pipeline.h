/* pipeline.h - one bundle read by one thread and matched by several: the
 * reader inflates and decodes, and hands the text over in pieces of 64 KiB
 * to K matcher threads, giving each file to the one with the fewest files
 * queued, so that it never waits at a file boundary.  The results reach
 * the calling thread in the order one thread would have produced them
 * (oqueue.h). */
#ifndef LX_PIPELINE_H
#define LX_PIPELINE_H

#include "fanout.h"

/* Scans bundle arg with one reader thread and `matchers` matcher threads
 * (at least 1), handing the results to out on the calling thread.  Sets
 * *scanned to 1 and returns what the reader's lx_walk_bundle() returns
 * (st filled in), or sets *scanned to 0 and returns LX_OK when no thread
 * could be started and nothing was delivered. */
lx_status lx_pipeline_run(const lx_config *cfg, const lx_sigdb *db, const char *arg,
                          unsigned matchers, const lx_fanout_sink *out, lx_input_stats *st,
                          int *scanned);

#endif
