/* sigdb.h - the signature database: parsing and validating signature files
 * (format in logdx-signatures(5)) and compiling their patterns.
 *
 * A database owns everything it holds; lx_sigdb_free() releases it all. */
#ifndef LX_SIGDB_H
#define LX_SIGDB_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdio.h>

#include "options.h"

typedef enum lx_role {
	LX_ROLE_CAUSE,
	LX_ROLE_OUTCOME,
	LX_ROLE_FALLBACK,
	LX_ROLE_SUCCESS
} lx_role;

typedef enum lx_cond {
	LX_COND_ALL,
	LX_COND_ANY,
	LX_COND_UNLESS
} lx_cond;

/* A text with optional translations: text is English; lang[i]/tr[i]. */
typedef struct lx_l10n {
	char *text;
	char **lang;
	char **tr;
	size_t n;
} lx_l10n;

typedef struct lx_pattern {
	char *src;       /* as written */
	lx_cond cond;
	int line;        /* line in the signature file */
	pcre2_code *code; /* after lx_sigdb_compile() */
} lx_pattern;

typedef struct lx_signature {
	char *id;
	lx_l10n title;
	lx_l10n remedy;
	char *product;
	lx_severity severity;
	char *doc;
	char **ops; /* operation tokens */
	size_t n_ops;
	lx_role role;
	char **files; /* member-name globs */
	size_t n_files;
	unsigned within;
	lx_pattern *pat;
	size_t n_pat;
	size_t n_all, n_any; /* counts by kind */
	char **examples;
	size_t n_examples;
	char **counters;
	size_t n_counters;
	char *explains; /* ids and globs (commas or spaces) it explains, or NULL */
	char *src_file; /* where it was defined */
	int src_line;
} lx_signature;

typedef struct lx_sigdb {
	lx_signature *sig;
	size_t n;
	size_t cap;
	unsigned max_within; /* largest within of all signatures */
} lx_sigdb;

lx_sigdb *lx_sigdb_new(void);
void lx_sigdb_free(lx_sigdb *db);

/* Loads a signature file, or every *.sig file of a directory in sorted
 * order.  Problems are written to err as "file:line: message" lines.
 * Returns the number of problems (0 = all loaded).  A stanza with a problem
 * is not added.  Duplicate ids are a problem. */
int lx_sigdb_load(lx_sigdb *db, const char *path, FILE *err);
/* Parses signature text held in memory (name is used in messages). */
int lx_sigdb_load_text(lx_sigdb *db, const char *name, const char *text, size_t len,
                       FILE *err);
/* Compiles and JIT-compiles every pattern.  Errors as for load, with the
 * pattern's line and the PCRE2 message and offset.  Returns the number of
 * problems. */
int lx_sigdb_compile(lx_sigdb *db, FILE *err);
/* Finds a signature by id, or NULL. */
const lx_signature *lx_sigdb_find(const lx_sigdb *db, const char *id);
/* The text for lang ("fr", "fr_FR.UTF-8" ...), falling back to English. */
const char *lx_l10n_get(const lx_l10n *t, const char *lang);
/* Whether member name (the leaf of a chain) is accepted by sig's globs. */
int lx_signature_wants(const lx_signature *sig, const char *member);
const char *lx_role_name(lx_role r);

#endif
