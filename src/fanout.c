/* fanout.c - one bundle on several threads, results in sequential order.
 * See fanout.h.
 *
 * It chooses the shape (lx_walk_plan) and the threads it gets: a pipeline
 * (pipeline.c: one reader, the rest matchers) or lanes (lanes.c: every
 * thread reads and matches).  Both hand their results to the caller
 * through the ordered queue of oqueue.c. */
#include "fanout.h"

#include <string.h>
#include <sys/stat.h>

#include "lanes.h"
#include "pipeline.h"
#include "walk.h"

/* The threads bundle arg gets from its share: the share, two at least (a
 * reader and a matcher).  A directory's files are mostly read, not
 * inflated: its reader idles, and one matcher more takes the core it
 * leaves. */
static unsigned budget(const char *arg, unsigned threads)
{
	struct stat sb;
	unsigned n = threads > 2 ? threads : 2;
	if (strcmp(arg, "-") != 0 && stat(arg, &sb) == 0 && S_ISDIR(sb.st_mode))
		n++;
	return n;
}

lx_status lx_fanout_bundle(const lx_config *cfg, const lx_sigdb *db, const char *arg,
                           unsigned share, const lx_fanout_sink *out, lx_input_stats *st,
                           int *scanned)
{
	int how = lx_walk_plan(arg);
	unsigned threads;
	/* threads would not pay: the caller reads it itself */
	if (how == LX_PLAN_ONE) {
		*scanned = 0;
		return LX_OK;
	}
	threads = budget(arg, share);
	/* lanes when the reader would be the bottleneck: every thread reads */
	if (how == LX_PLAN_LANES)
		return lx_lanes_run(cfg, db, arg, threads, out, st, scanned);
	return lx_pipeline_run(cfg, db, arg, threads - 1, out, st, scanned);
}
