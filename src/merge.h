/* merge.h - --merge: JSON Lines outputs of separate runs (shards) read
 * back and printed as one run over all their bundles would have printed
 * them, in any format.  This is the reduce step of a scale-out with GNU
 * parallel (see README). */
#ifndef LX_MERGE_H
#define LX_MERGE_H

#include <stdio.h>

#include "options.h"
#include "emit.h"

/* Reads the shard f, named name, into em: each bundle printed as its end
 * event comes; every bad event is an error naming the shard and line. */
void lx_merge_shard(lx_emitter *em, const char *name, FILE *f);

/* Reads cfg->paths (each a JSON Lines file, "-" for stdin; stdin when
 * none) in order; every outcome goes to status, as with lx_run().  Called by main.c:
the scan (run.c) knows nothing of --merge. */
void lx_merge(const lx_config *cfg, lx_exitstat *status);

#endif
