/* walk.h - one bundle argument to text files: files, directories (walked
 * recursively in byte-wise sorted order), stdin ("-"), and any archive or
 * compressed file found on the way (handed to archive.c). */
#ifndef LX_WALK_H
#define LX_WALK_H

#include <stdint.h>

#include "input.h"
#include "model.h"
#include "options.h"

/* Optional: a party that decides which of a bundle's units the walk reads
 * and holds the budgets of --max-members and --max-expand, so that several
 * walks can share one bundle (lanes.h).  A unit is a member of the bundle
 * itself when it is an archive, or a file of the directory it is; units
 * inside units are not asked about.  The walk calls these on its own
 * thread and does not interpret what it is told. */
typedef struct lx_read_hook {
	/* the next unit, in reading order, starts: 1 to read it, 0 to skip it */
	int (*unit)(void *ud);
	/* the unit last read has been read (a walk that a fatal error or a
	 * limit ends inside an archive's member does not say so) */
	void (*unit_done)(void *ud);
	/* the bundle's archive or directory ended normally */
	void (*eof)(void *ud);
	/* takes up to want units of budget kind (LX_TAKE_*); returns how many
	 * were granted.  force: take all of them whatever the limit. */
	uint64_t (*take)(void *ud, int kind, uint64_t want, int force);
	/* nonzero: stop reading at once, nothing more is wanted */
	int (*stopped)(void *ud);
	void *ud;
} lx_read_hook;

enum { LX_TAKE_MEMBERS, LX_TAKE_BYTES };

/* The grade of a reading from what it reported (st->errors, st->notes):
 *   LX_OK      nothing;
 *   LX_WARN    notes only: something was skipped (not a regular file, a
 *              directory loop), said so, and the rest read;
 *   LX_FAILED  an error: some or all of the input could not be read (a
 *              missing file, a truncated member whose lines before the
 *              damage were delivered, a member refused by a limit).  GNU
 *              grep's exit status 2 (exitstat.h).
 * Never LX_FATAL: a reader that cannot allocate ends the program
 * (lx_xmalloc), and one whose libarchive handle cannot be made reports
 * that as an error and reads on. */
lx_status lx_input_status(const lx_input_stats *st);

/* Reads the bundle named by arg and delivers every text file to sink.
 * Problems are reported through sink->error and sink->note and the walk
 * goes on.  hook is NULL (the walk reads everything, its budgets its
 * own) or as above.  Returns the bundle's grade (lx_input_status()).  st
 * is filled in (zeroed first). */
lx_status lx_walk_bundle(const lx_config *cfg, const char *arg, const lx_sink *sink,
                         const lx_read_hook *hook, lx_input_stats *st);

/* How to read one bundle with threads to spare (fanout.c), from a look
 * at its sizes.  LX_PLAN_ONE: on one thread, as threads would not pay (one
 * plain text file, or files of less than 64 KiB on average).
 * LX_PLAN_LANES: in lanes, each thread reading and matching files of its
 * own (a zip or a directory of two or more files, the largest holding at
 * most half of the bytes).  LX_PLAN_READER: one thread reads (inflates,
 * decodes) while the others match (anything else). */
enum { LX_PLAN_ONE, LX_PLAN_READER, LX_PLAN_LANES };
int lx_walk_plan(const char *arg);

#endif
