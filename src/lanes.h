/* lanes.h - one zip or directory read on several lanes: every lane walks
 * the zip's directory or the tree, claims the next member or file nobody
 * has claimed, and reads and matches it itself.  The results reach the
 * calling thread in the order one thread would have produced them
 * (oqueue.h), and --max-members and --max-expand end the bundle where a
 * single reader would have. */
#ifndef LX_LANES_H
#define LX_LANES_H

#include "fanout.h"

/* Scans bundle arg (a zip or a directory) on `lanes` threads (at least
 * 1), handing the results to out on the calling thread.  Sets *scanned to
 * 1 and returns the bundle's grade (st filled in): that of the problems
 * delivered (lx_input_status()), as one reader would have graded it; or
 * sets *scanned to 0 and returns LX_OK when no lane could start and
 * nothing was delivered. */
lx_status lx_lanes_run(const lx_config *cfg, const lx_sigdb *db, const char *arg, unsigned lanes,
                       const lx_fanout_sink *out, lx_input_stats *st, int *scanned);

#endif
