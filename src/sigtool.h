/* sigtool.h - what logdx can tell about its own signatures:
 * --check-signatures, --list-signatures and --explain. */
#ifndef LX_SIGTOOL_H
#define LX_SIGTOOL_H

#include <stdio.h>

#include "options.h"
#include "sigdb.h"

/* Runs every signature's examples (each must give a hit) and
 * counter-examples (none may).  Failures go to err as
 * "file:line: signature 'id': ..." lines; a one-line summary goes to out.
 * Returns 0 when everything passed, else 2. */
int lx_sigtool_check(const lx_sigdb *db, FILE *out, FILE *err);
/* One line per signature (id, severity, product, title); with
 * --format=patterns the anchor patterns instead, one per line, in a form
 * other grep tools accept (for benchmarks).  Returns 0. */
int lx_sigtool_list(const lx_sigdb *db, const lx_config *cfg, FILE *out);
/* Describes signature id.  Returns 0, or 2 when there is no such id. */
int lx_sigtool_explain(const lx_sigdb *db, const lx_config *cfg, const char *id, FILE *out);
/* Says on stderr that no signature has the id (id is printed as it is:
 * escape it first when it comes from the user). */
void lx_sigtool_no_such(const char *id);

#endif
