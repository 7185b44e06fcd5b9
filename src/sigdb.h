/* sigdb.h - the signature database: parsing and validating signature files
 * (format in logdx-signatures(5)) and compiling their patterns.
 *
 * A database owns everything it holds; lx_sigdb_free() releases it all. */
#ifndef LX_SIGDB_H
#define LX_SIGDB_H

#include <stdint.h>
#include <stdio.h>

#include "model.h"

typedef enum lx_cond { LX_COND_ALL, LX_COND_ANY, LX_COND_UNLESS } lx_cond;

/* A text with optional translations: text is English; lang[i]/tr[i]. */
typedef struct lx_l10n {
	char *text;
	char **lang;
	char **tr;
	size_t n;
} lx_l10n;

/* What a condition line is: a PCRE2 pattern (all/any/unless), or a typed
 * field that lx_sigdb_compile() expands into patterns (sigexpand.c). */
typedef enum lx_pkind {
	LX_PK_REGEX,
	LX_PK_ERROR_ID, /* error-id: 95107 [95108 ...] */
	LX_PK_HRESULT,  /* hresult: 0x800706BE [NAME ...] */
	LX_PK_EP_CODE   /* ep-code: EP0854 [EP0855 ...] */
} lx_pkind;

typedef struct lx_pattern {
	char *src;     /* PCRE2 source, after expansion (what is compiled) */
	char *written; /* as written in the file (the field's value) */
	lx_pkind kind;
	lx_cond cond;
	int line;                /* line in the signature file */
	struct lx_code *code;    /* after lx_sigdb_compile(): a pcre2_code (pattern_int.h) */
	int shared;              /* code belongs to an earlier pattern of the same src */
	struct lx_jit_once *jit; /* JIT on first use: lx_pattern_ready() */
} lx_pattern;

/* A named fragment ([@name] stanza): a piece of PCRE2 used in patterns as
 * {@name} or, when it holds the placeholder {}, as {@name:ARGUMENT}. */
typedef struct lx_fragment {
	char *name;
	char *pattern;
	char *about;
	char **examples; /* each must match every instance */
	size_t n_examples;
	char **counters; /* none may match */
	size_t n_counters;
	int takes_arg; /* the pattern holds {} */
	char *src_file;
	int src_line;
} lx_fragment;

/* An article key ([article key] stanza): `doc: key#anchor` in signatures
 * stands for url#anchor. */
typedef struct lx_article {
	char *key;
	char *url;
	lx_l10n url_tr; /* url[LANG]: the article in other languages (no text) */
	char *src_file;
	int src_line;
} lx_article;

/* One use of a fragment by a signature, for --check-signatures. */
typedef struct lx_use {
	size_t frag;
	char *arg;    /* the argument put into the pattern; NULL without one */
	char *sample; /* a literal the argument matches, put into the
	                 fragment's examples in place of {} (NULL: arg itself) */
} lx_use;

typedef struct lx_signature {
	char *id;
	lx_l10n title;
	lx_l10n remedy;
	char *product;
	lx_severity severity;
	char *doc;         /* the full URL (after expansion of an article key) */
	lx_l10n doc_l10n;  /* doc, and the article's translations + #anchor */
	char *doc_written; /* as written: a URL or key#anchor */
	char **ops;        /* operation tokens */
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
	/* A signature whose typed fields have several forms (an error id on
	 * the label's line, or on the line after a label alone) is matched as
	 * several variants: the first is the signature itself, the others
	 * follow every signature in the database and name it as parent.  The
	 * matcher reports a variant's hits as its parent's. */
	size_t parent;     /* own index for a signature, else its parent's */
	size_t n_variants; /* on a parent: 1 + the variants that follow */
	lx_use *uses;      /* fragments used by the patterns (after expansion) */
	size_t n_uses;
} lx_signature;

/* Whether s is a variant rather than a signature of its own. */
#define LX_SIG_IS_VARIANT(db, s) ((size_t)((s) - (db)->sig) != (s)->parent)

/* A "logs:" line: the file names of one product's logs, so that a bundle
 * with none of them says so instead of looking healthy. */
typedef struct lx_logs {
	char *product;
	char **files; /* globs, as a signature's files: */
	size_t n_files;
} lx_logs;

typedef struct lx_sigdb {
	lx_signature *sig; /* signatures, then (after compiling) their variants */
	size_t n;          /* all of them */
	size_t n_sig;      /* signatures proper: sig[0..n_sig) */
	size_t cap;
	unsigned max_within; /* largest within of all signatures */
	lx_fragment *frag;
	size_t n_frag, cap_frag;
	lx_article *art;
	size_t n_art, cap_art;
	size_t *id_tab; /* open-addressing table of ids: index + 1, 0 empty */
	size_t id_cap;
	int expanded; /* lx_sigdb_compile() expanded the v2 constructs */
	char **langs; /* languages: the pack's declared languages */
	size_t n_langs;
	lx_logs *logs; /* logs: lines, in load order */
	size_t n_logs, cap_logs;
	uint64_t *loaded; /* (device, inode) of each file loaded */
	size_t n_loaded, cap_loaded;
} lx_sigdb;

lx_sigdb *lx_sigdb_new(void);
void lx_sigdb_free(lx_sigdb *db);

/* Loads a signature file, or every *.sig file of a directory in sorted
 * order.  Problems are written to err as "file:line: message" lines.
 * Returns the number of problems (0 = all loaded).  A stanza with a problem
 * is not added.  Duplicate ids are a problem. */
int lx_sigdb_load(lx_sigdb *db, const char *path, FILE *err);
/* Parses signature text held in memory (name is used in messages). */
int lx_sigdb_load_text(lx_sigdb *db, const char *name, const char *text, size_t len, FILE *err);
/* Expands fragments, typed fields and article keys (once, see
 * lx_sigdb_expand()), then compiles and JIT-compiles every pattern.  Errors
 * as for load, with the pattern's line and the PCRE2 message and offset.
 * Returns the number of problems. */
int lx_sigdb_compile(lx_sigdb *db, FILE *err);
/* sigexpand.c: turns the signature language's named fragments, typed
 * fields (error-id, hresult, ep-code) and article keys into plain PCRE2
 * patterns and full URLs, and adds the variants of signatures whose typed
 * fields have several forms (sigvariant.c).  Definitions may come from any
 * loaded file, in any order.  Returns the number of problems (written to
 * err). */
int lx_sigdb_expand(lx_sigdb *db, FILE *err);
/* The fragment called name, or NULL. */
const lx_fragment *lx_sigdb_fragment(const lx_sigdb *db, const char *name);
/* The PCRE2 text of fragment f with argument arg (NULL: none), fragments
 * it names expanded too; NULL (with a message on err) on a problem.  The
 * caller frees it. */
char *lx_fragment_instance(const lx_sigdb *db, const lx_fragment *f, const char *arg, FILE *err);
/* Finds a signature by id (never a variant), or NULL. */
/* The pattern's code, JIT-compiled the first time any thread asks (JIT
 * costs more than compiling, and most patterns never run on a given
 * input).  Call before the first match on pt->code; safe from any thread. */
void lx_pattern_ready(const lx_pattern *pt);

const lx_signature *lx_sigdb_find(const lx_sigdb *db, const char *id);
/* The text for lang ("fr", "fr_FR.UTF-8" ...), falling back to English. */
const char *lx_l10n_get(const lx_l10n *t, const char *lang);
/* Whether member name (the leaf of a chain) is accepted by sig's globs. */
int lx_signature_wants(const lx_signature *sig, const char *member);
/* Whether member's name is that of a log of a known product (a logs:
 * line of the packs): the product, or NULL. */
const char *lx_sigdb_log_product(const lx_sigdb *db, const char *member);
/* Why no signature applies to a file named member (--files): "no
 * signature reads it" for a known product's log, else "not a known log". */
const char *lx_sigdb_why_unread(const lx_sigdb *db, const char *member);

#endif
