/* sigdb_int.h - what the signature database (sigdb.c) and the reader of
 * signature files (sigparse.c) share; private to the two.  sigdb.h is the
 * module's contract. */
#ifndef LX_SIGDB_INT_H
#define LX_SIGDB_INT_H

#include <stddef.h>
#include <stdio.h>

#include "sigdb.h"

/* Reads the signature file text[0..len) (name is used in messages) into
 * db, adding each stanza without a problem.  The include: lines it holds
 * are handed to *inc (the caller frees each and the array), or are a
 * problem when inc is NULL.  Returns the number of problems, written to
 * err (when not NULL) as "name:line: message" lines. */
int lx_sigdb_parse(lx_sigdb *db, const char *name, const char *text, size_t len, FILE *err,
                   char ***inc, size_t *n_inc);

/* Files db->sig[idx] under its id (the table grows as needed). */
void lx_sigdb_id_add(lx_sigdb *db, size_t idx);

/* Free what each holds and zero it (the struct itself is not freed). */
void lx_sigdb_sig_clear(lx_signature *s);
void lx_sigdb_frag_clear(lx_fragment *f);
void lx_sigdb_art_clear(lx_article *a);
/* Frees v[0..n) and v. */
void lx_sigdb_strv_free(char **v, size_t n);

#endif
