/* progress.h - the live progress line on stderr (bundles done, bytes read
 * and expanded, rate, ETA).  Only when cfg->progress is set: by default on
 * a terminal, never on a pipe unless --progress=always. */
#ifndef LX_PROGRESS_H
#define LX_PROGRESS_H

#include <stddef.h>

#include "options.h"
#include "report.h"

typedef struct lx_progress lx_progress;

/* Returns NULL (and every call below does nothing) when progress is off. */
lx_progress *lx_progress_new(const lx_config *cfg, size_t bundles);
/* Erases the line before something else is written to the terminal. */
void lx_progress_clear(lx_progress *p);
/* A bundle was finished: count it and redraw. */
void lx_progress_bundle(lx_progress *p, const lx_report *r);
/* Erases the line and frees. */
void lx_progress_free(lx_progress *p);

#endif
