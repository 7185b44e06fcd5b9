/* run.h - the main job: every PATH scanned (in parallel), every report
 * printed in command-line order. */
#ifndef LX_RUN_H
#define LX_RUN_H

#include "options.h"
#include "out.h"
#include "progress.h"
#include "report.h"
#include "sigdb.h"

/* Prints finished reports in order and keeps what the exit status needs;
 * shared by the scan and by --merge. */
typedef struct lx_emitter {
	const lx_config *cfg;
	lx_out *out;
	lx_progress *prog;
	lx_summary sum;
	int found, listed, errors;
	int flush; /* stdout flushed after each bundle */
} lx_emitter;

void lx_emit_init(lx_emitter *e, const lx_config *cfg, size_t bundles);
/* Problems to stderr, the report to the output, totals updated. */
void lx_emit_report(lx_emitter *e, const lx_report *r);
/* Ends the output and returns the exit status (GNU grep's rule). */
int lx_emit_finish(lx_emitter *e);

/* Scans cfg->paths (stdin when there are none and it is not a terminal)
 * and prints the reports.  Returns the exit status: 0 a diagnosis was
 * reported, 1 none, 2 an error occurred (see logdx(1) for -q, -L and
 * --fail-on). */
int lx_run(const lx_config *cfg, const lx_sigdb *db);

#endif
