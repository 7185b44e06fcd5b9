/* run.h - the main job: every PATH scanned (in parallel), every report
 * printed in command-line order. */
#ifndef LX_RUN_H
#define LX_RUN_H

#include "options.h"
#include "sigdb.h"

/* Scans cfg->paths (stdin when there are none and it is not a terminal)
 * and prints the reports.  Returns the exit status: 0 a diagnosis was
 * reported, 1 none, 2 an error occurred (see logdx(1) for -q, -L and
 * --fail-on). */
int lx_run(const lx_config *cfg, const lx_sigdb *db);

#endif
