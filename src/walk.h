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

/* Whether arg is worth reading in lanes (fanout.c): a zip whose members
 * (lx_archive_splittable), or a directory whose files, are at least two,
 * the largest holding at most half of the bytes. */
int lx_walk_splittable(const char *arg);

#endif
