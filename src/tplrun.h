/* tplrun.h - the --templates mode: mines the templates of every line of the
 * inputs (read as the scan reads them: directories, archives, UTF-16) and
 * prints them, or with --suggest a draft signature for one of them. */
#ifndef LX_TPLRUN_H
#define LX_TPLRUN_H

#include <stdio.h>

#include "exitstat.h"
#include "options.h"
#include "templates.h"

/* Runs the mode over cfg->paths (stdin when there are none) and writes to
 * stdout, problems to stderr.  --format=tsv: LINE<TAB>ID<TAB>TEMPLATE for
 * every line of every file; json, jsonl: the templates with their counts
 * and one example; text: the same as a table.  Reports to status: the
 * command's own 0, each input's grade (lx_walk_bundle()), and LX_FAILED
 * for an unknown --suggest id; so the exit status is 2 after an input
 * error or an unknown id, else 0. */
void lx_tpl_run(const lx_config *cfg, lx_exitstat *status);

/* Writes the draft signature stanza for template id of m to out
 * (tplsuggest.c).  Returns 0, or 2 when there is no such template. */
int lx_tpl_suggest(const lx_tpl_miner *m, const char *id, FILE *out, FILE *err);

#endif
