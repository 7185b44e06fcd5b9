/* exitstat.h - the one owner of the exit status.  Everything that bears
 * on it is reported here as it happens: each bundle's report (which
 * diagnoses, at which severity; its graded status: errors and notes),
 * the failures of the run itself (graded lx_status), and the status of a
 * command that is not a scan (--help, --check-signatures ...; --templates
 * reports 0 and grades each input it read).
 * lx_exit_code() turns them into GNU grep's 0 / 1 / 2:
 *   - 2 when anything was LX_FATAL;
 *   - 0 with -q once a diagnosis that counts was reported, even after
 *     errors;
 *   - 2 when anything was LX_FAILED (an error);
 *   - a command's own status;
 *   - with -L: 0 when a bundle without a diagnosis that counts was
 *     listed, 1 otherwise;
 *   - else 0 when a diagnosis that counts (--fail-on) was reported, 1
 *     when none was.
 * Notes (LX_WARN) never change it. */
#ifndef LX_EXITSTAT_H
#define LX_EXITSTAT_H

#include "model.h"
#include "report.h"

typedef struct lx_exitstat {
	const lx_config *cfg; /* read by lx_exit_report() and lx_exit_code() */
	int found;            /* a diagnosis that counts was reported */
	int listed;           /* -L: a bundle without one */
	lx_status worst;      /* the worst status graded */
	int command;          /* -1, or the status a command decided */
} lx_exitstat;

/* Nothing reported yet.  cfg must outlive x; it need not be filled in
 * yet (the options are parsed after), but it must be before a report. */
void lx_exit_init(lx_exitstat *x, const lx_config *cfg);
/* A bundle's report, printed: its diagnoses and its status. */
void lx_exit_report(lx_exitstat *x, const lx_report *r);
/* An outcome outside any report (a shard that cannot be read, a worker
 * thread that cannot start, a write error ...). */
void lx_exit_grade(lx_exitstat *x, lx_status s);
/* The status of a command that decides its own (0, 1 or 2). */
void lx_exit_command(lx_exitstat *x, int status);
/* Whether the status is settled whatever comes next: -q has seen a
 * diagnosis that counts (and the scan may stop). */
int lx_exit_settled(const lx_exitstat *x);
/* The exit status from everything reported so far. */
int lx_exit_code(const lx_exitstat *x);

#endif
