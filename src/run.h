/* run.h - the main job: every PATH scanned (in parallel), every report
 * printed in command-line order. */
#ifndef LX_RUN_H
#define LX_RUN_H

#include "exitstat.h"
#include "options.h"
#include "sigdb.h"

/* Scans cfg->paths (stdin when there are none and it is not a terminal)
 * and prints the reports; every outcome goes to status (exitstat.h),
 * which also says when -q may stop early. */
void lx_run(const lx_config *cfg, const lx_sigdb *db, lx_exitstat *status);

#endif
