/* rank.h - from signature hits to ranked diagnoses.
 *
 * A collector gathers the hits of one bundle, file by file, and then
 * decides (doc/ranking.md): which machine each hit is about, which generic
 * (fallback) hits a specific cause near them already explains, which
 * failures a later success of the same operation on the same host
 * resolved, what folds under the cause that explains it (a signature's
 * `explains`), and the order of the diagnoses (the contract's ranking
 * rules).  Memory stays bounded: per file at most LX_RANK_FILE_HITS hits
 * are kept for the fallback decision, and per bundle at most 65536 records
 * (runs of hits of one signature, host and file) and one piece of evidence
 * per signature and host. */
#ifndef LX_RANK_H
#define LX_RANK_H

#include "chain.h"
#include "match.h"
#include "model.h"
#include "report.h"
#include "sigdb.h"

#define LX_RANK_FILE_HITS 1024

typedef struct lx_collector lx_collector;

/* Whether id matches glob (only '*' is special): the items of a
 * signature's `explains`. */
int lx_rank_glob(const char *glob, const char *id);

/* db and cfg must outlive the collector. */
lx_collector *lx_collector_new(const lx_sigdb *db, const lx_config *cfg);
void lx_collector_free(lx_collector *c);

/* A file of the bundle starts; path is copied. */
void lx_collector_file_begin(lx_collector *c, const lx_chain *path);
/* A hit in the current file (an lx_hit_fn). */
void lx_collector_hit(void *c, const lx_hit *h);
void lx_collector_file_end(lx_collector *c);
/* Ranks everything collected into r->d (which must be empty), then
 * empties the collector for the next bundle. */
void lx_collector_finish(lx_collector *c, lx_report *r);

#endif
