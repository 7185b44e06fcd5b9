/* templates.h - an online log template miner in the spirit of Drain (He et
 * al., ICWS 2017): one pass, bounded memory, deterministic.
 *
 * Every line is cut into tokens at blanks; variable parts (numbers, hex,
 * GUIDs, IPs, paths, URLs, timestamps) are masked to "<*>"; a fixed-depth
 * prefix tree keyed on the token count and the leading tokens leads to a
 * short list of templates, and the line joins the most similar one (a token
 * that differs becomes "<*>") or starts a new template.  The design and
 * the parameters are in doc/templates.md.
 *
 * Template ids are 1, 2, 3... in the order templates are created, so the
 * same input gives the same ids.  Id 0 is the overflow template "<*>": the
 * lines that would have started a new template once the miner is full. */
#ifndef LX_TEMPLATES_H
#define LX_TEMPLATES_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

typedef struct lx_tpl_params {
	unsigned depth;        /* leading tokens that key the tree (2) */
	double sim;            /* similarity needed to join a template (0.5) */
	unsigned max_children; /* children of a tree node; then "<*>" (100) */
	size_t max_templates;  /* templates in all (20000) */
	size_t max_leaf;       /* templates under one tree leaf (200) */
	size_t max_bytes;      /* bytes of template text and examples (64 MiB) */
	int no_memo;           /* mine every line in full (0: a line of a shape
	                        * seen before, digits aside, is looked up while
	                        * nothing changed; the same result, for tests) */
} lx_tpl_params;

typedef struct lx_tpl_miner lx_tpl_miner;

/* The one default configuration. */
void lx_tpl_defaults(lx_tpl_params *p);

/* Creates a miner (p NULL: the defaults).  Free with lx_tpl_free();
 * never returns NULL (aborts on out of memory). */
lx_tpl_miner *lx_tpl_new(const lx_tpl_params *p);
/* Frees m; accepts NULL. */
void lx_tpl_free(lx_tpl_miner *m);

/* Mines one line (without its line end; at most the first 4 KiB count)
 * and returns the id of its template (0: overflow). */
uint32_t lx_tpl_add(lx_tpl_miner *m, const char *line, size_t len);
/* The same for n lines of this text at once (a template of another miner:
 * its "<*>" places stay variable). */
uint32_t lx_tpl_add_n(lx_tpl_miner *m, const char *line, size_t len, uint64_t n);

/* Number of ids handed out so far, the overflow id 0 included: ids are
 * 0 .. lx_tpl_ids(m) - 1. */
size_t lx_tpl_ids(const lx_tpl_miner *m);
/* The id a template now goes by: a template whose text became that of an
 * older template is merged into it (the older id). */
uint32_t lx_tpl_final(const lx_tpl_miner *m, uint32_t id);
/* Appends the template text of id (tokens joined by one space) to out. */
void lx_tpl_text(const lx_tpl_miner *m, uint32_t id, lx_buf *out);
/* Lines counted under id (merged templates count under their final id
 * only). */
uint64_t lx_tpl_count(const lx_tpl_miner *m, uint32_t id);
/* The first line mined into id (its first 4 KiB), valid until the miner
 * is freed; *len is set.  Empty for the overflow template. */
const char *lx_tpl_example(const lx_tpl_miner *m, uint32_t id, size_t *len);
/* Bytes the miner holds (templates, tree, examples, and the memo of line
 * shapes: at most 512 of 512 bytes), for the tests. */
size_t lx_tpl_memory(const lx_tpl_miner *m);

/* The masking step alone: appends line[0..len) with its variable parts
 * replaced by "<*>" and its blanks collapsed to one space. */
void lx_tpl_mask(const char *line, size_t len, lx_buf *out);

#endif
