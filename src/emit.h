/* emit.h - finished reports to the output, one bundle at a time in the
 * order they are handed over: problems to stderr, the report in the
 * chosen format, the run's totals and the progress line.  Shared by the
 * scan (run.c) and by --merge (merge.c); it neither scans nor reads. */
#ifndef LX_EMIT_H
#define LX_EMIT_H

#include <stddef.h>

#include "exitstat.h"
#include "options.h"
#include "out.h"
#include "progress.h"
#include "report.h"

/* Prints finished reports in order; each one printed is reported to the
 * exit status's owner. */
typedef struct lx_emitter {
	const lx_config *cfg;
	lx_exitstat *status; /* the caller's */
	lx_out *out;
	lx_progress *prog;
	lx_summary sum;
	int flush; /* stdout flushed after each bundle */
} lx_emitter;

/* Begins the output on stdout for a run of `bundles` bundles (0: not
 * known, as for --merge).  cfg and status must outlive e. */
void lx_emit_init(lx_emitter *e, const lx_config *cfg, size_t bundles, lx_exitstat *status);
/* Problems to stderr, the report to the output, totals updated, the
 * report to e->status.  r stays the caller's. */
void lx_emit_report(lx_emitter *e, const lx_report *r);
/* Ends the output and releases what e holds. */
void lx_emit_finish(lx_emitter *e);

#endif
