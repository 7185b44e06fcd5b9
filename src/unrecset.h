/* unrecset.h - the unrecognised errors of one bundle: the templates of its
 * files' error-looking lines that no signature matched (unrecfile.h: each
 * file is mined on its own, by the thread that matches it), gathered in
 * the order a single thread reads the files, so that the result is the
 * same for every -j.  The templates of a bundle where one file has any
 * are that file's; where several have, they are mined again together, in
 * file order and weighted by their lines, as the lines would have been
 * (a place that varies across files becomes "<*>").
 *
 * Memory is bounded: at most LX_UNREC_TEMPLATES templates (lines of
 * further ones are only counted), examples of at most LX_UNREC_TEXT
 * bytes, and at most LX_UNREC_EVIDENCE evidence lines of diagnoses kept
 * to tell recognised templates apart.  doc/templates.md describes the
 * rules. */
#ifndef LX_UNRECSET_H
#define LX_UNRECSET_H

#include <stddef.h>
#include <stdint.h>

#include "report.h"
#include "unrecfile.h"

#define LX_UNREC_EVIDENCE 512 /* evidence lines of diagnoses kept */
#define LX_UNREC_REPORT 20    /* templates a report lists */

typedef struct lx_unrecset lx_unrecset;

lx_unrecset *lx_unrecset_new(void);
void lx_unrecset_free(lx_unrecset *u);

/* A template of one of the bundle's files (lx_unrecfile_flush()), in the
 * order the files are read; lx_unrecset_file_end() after each file. */
void lx_unrecset_add(lx_unrecset *u, const char *tpl, size_t tpl_len, uint64_t count, int64_t first,
                     int64_t last, const char *ex, size_t ex_len);
void lx_unrecset_file_end(lx_unrecset *u);
/* An error-looking line that no signature matched, at time ts
 * (timestamp.h clock, or LX_TS_NONE), mined as the lines of one file of
 * their own, ended by lx_unrecset_finish(). */
void lx_unrecset_line(lx_unrecset *u, const char *text, size_t len, int64_t ts);
/* A line that is evidence of a diagnosis: a template it fits is
 * recognised, whenever it is seen.  The order of these calls does not
 * matter. */
void lx_unrecset_evidence(lx_unrecset *u, const char *text, size_t len);
/* Fills r->un (the LX_UNREC_REPORT templates with the most lines, then in
 * the order of their texts) and r->un_templates, then empties u for the
 * next bundle. */
void lx_unrecset_finish(lx_unrecset *u, lx_report *r);
/* Bytes u holds, for the tests. */
size_t lx_unrecset_memory(const lx_unrecset *u);

#endif
