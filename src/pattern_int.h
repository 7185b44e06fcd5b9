/* pattern_int.h - a signature pattern's compiled code, for the units that
 * run PCRE2 (sigdb.c compiles it, match.c matches with it).  sigdb.h keeps
 * it opaque, a struct lx_code, so that <pcre2.h> stays out of the headers
 * the rest of the program includes. */
#ifndef LX_PATTERN_INT_H
#define LX_PATTERN_INT_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "sigdb.h"

/* The pcre2_code behind pt->code (NULL before lx_sigdb_compile(), or when
 * the pattern did not compile). */
static inline pcre2_code *lx_pattern_code(const lx_pattern *pt)
{
	return (pcre2_code *)pt->code;
}

#endif
