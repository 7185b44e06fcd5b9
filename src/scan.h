/* scan.h - one bundle through the whole pipeline: walk, decode, split,
 * match, rank.  The result is a report; nothing is printed here, so
 * bundles can be scanned by several threads and printed in order. */
#ifndef LX_SCAN_H
#define LX_SCAN_H

#include "options.h"
#include "report.h"
#include "sigdb.h"
#include "util.h"

typedef struct lx_scanner lx_scanner;

/* A scanner holds one thread's matcher and collector.  db and cfg must
 * outlive it.  Returns NULL when PCRE2 cannot allocate. */
lx_scanner *lx_scanner_new(const lx_sigdb *db, const lx_config *cfg);
void lx_scanner_free(lx_scanner *s);

/* With n > 0, each bundle is scanned by n threads of its own (for when
 * cores would otherwise idle; lx_fanout_bundle() spends them); the report
 * is the same as with n = 0. */
void lx_scanner_threads(lx_scanner *s, unsigned n);

/* Scans the bundle named by arg (a PATH operand, "-" for stdin).  Always
 * returns a report (free with lx_report_free()); input problems are in
 * its problems list, and its status is graded (LX_OK; LX_WARN with notes;
 * LX_FAILED after an error) for the exit status (exitstat.h). */
lx_report *lx_scan_bundle(lx_scanner *s, const char *arg);

#endif
