/* walk.h - one bundle argument to text files: files, directories (walked
 * recursively in byte-wise sorted order), stdin ("-"), and any archive or
 * compressed file found on the way (handed to archive.c). */
#ifndef LX_WALK_H
#define LX_WALK_H

#include "input.h"
#include "options.h"

/* Reads the bundle named by arg and delivers every text file to sink.
 * Problems are reported through sink->error and the walk goes on.  split
 * is NULL, or (for a zip file) decides which top-level members this walk
 * reads (input.h).
 * Returns 0 when no error was reported, 2 otherwise.  st is filled in
 * (zeroed first). */
int lx_walk_bundle(const lx_config *cfg, const char *arg, const lx_sink *sink,
                   const lx_split *split, lx_input_stats *st);

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
