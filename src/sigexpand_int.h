/* sigexpand_int.h - what the expansion of the signature language's
 * shorthands (sigexpand.c) and the making of a signature's record variants
 * (sigvariant.c) share; private to the two.  sigdb.h is the module's
 * contract. */
#ifndef LX_SIGEXPAND_INT_H
#define LX_SIGEXPAND_INT_H

#include <stddef.h>

#include "sigdb.h"

/* Adds variant `bits` of signature si to db, after every signature.
 * record[j] is the record form's value pattern of the signature's
 * error-id field j, or NULL for any other pattern; label is the pattern of
 * a line holding the label alone (the fragment @error-id-label).  Bit k
 * stands for the k-th error-id field with a record form.  Every such field
 * whose bit is set takes its record form: the id alone on a line becomes
 * an `all` condition (the anchor, when the signature has no `all` before
 * it), the label alone on a line one more `all`, and within is at least
 * 1.  When such a field was an `any` condition, it meets the signature's
 * `any` requirement by itself, so the variant drops the other `any`
 * patterns. */
void lx_sigdb_add_variant(lx_sigdb *db, size_t si, char **record, unsigned bits, const char *label);

#endif
