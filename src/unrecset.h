/* unrecset.h - the unrecognised errors of one bundle: the error-looking
 * lines no signature matched (unrec.h, match.h), mined into templates
 * (templates.h), in the order a single thread reads them, so that the
 * result is the same for every -j.
 *
 * Memory is bounded: at most LX_UNREC_TEMPLATES templates (lines that
 * would start another one are only counted), examples of at most
 * LX_UNREC_TEXT bytes, and at most LX_UNREC_EVIDENCE evidence lines of
 * diagnoses kept to tell recognised templates apart.  doc/templates.md
 * describes the rules. */
#ifndef LX_UNRECSET_H
#define LX_UNRECSET_H

#include <stddef.h>
#include <stdint.h>

#include "report.h"

#define LX_UNREC_TEMPLATES 256 /* templates mined per bundle */
#define LX_UNREC_TEXT 512      /* bytes of a line kept (the example) */
#define LX_UNREC_EVIDENCE 512  /* evidence lines of diagnoses kept */
#define LX_UNREC_REPORT 20     /* templates a report lists */

typedef struct lx_unrecset lx_unrecset;

lx_unrecset *lx_unrecset_new(void);
void lx_unrecset_free(lx_unrecset *u);

/* An error-looking line that no signature matched, at time ts
 * (timestamp.h clock, or LX_TS_NONE). */
void lx_unrecset_line(lx_unrecset *u, const char *text, size_t len, int64_t ts);
/* A line that is evidence of a diagnosis: a template it fits is
 * recognised, whenever it is seen.  The order of these calls does not
 * matter. */
void lx_unrecset_evidence(lx_unrecset *u, const char *text, size_t len);
/* Fills r->un (the LX_UNREC_REPORT templates with the most lines, then in
 * template order) and r->un_templates, then empties u for the next
 * bundle. */
void lx_unrecset_finish(lx_unrecset *u, lx_report *r);
/* Bytes u holds, for the tests. */
size_t lx_unrecset_memory(const lx_unrecset *u);

#endif
