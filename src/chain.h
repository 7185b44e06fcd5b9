/* chain.h - the path from a bundle down through nested archives to a member.
 *
 * part[0] is the bundle argument exactly as given; part[1..] are member names
 * inside (possibly nested) archives or files below a directory bundle.  The
 * display form joins archive levels with '!' (outer.zip!dir/inner.zip!x.log);
 * a file below a directory is written dir/file. */
#ifndef LX_CHAIN_H
#define LX_CHAIN_H

#include <stddef.h>

typedef struct lx_chain {
	char **part; /* owned strings */
	char *sep;   /* sep[i]: '/' or '!' written before part[i] (i > 0) */
	size_t n;
	size_t cap;
} lx_chain;

/* Appends a copy of s as an archive member (displayed after '!').  */
void lx_chain_push(lx_chain *c, const char *s);
/* Appends a copy of s as a file below a directory bundle (displayed after
 * '/', or directly when part[0] already ends in '/'). */
void lx_chain_push_file(lx_chain *c, const char *s);
/* Removes and frees the last part. */
void lx_chain_pop(lx_chain *c);
/* Deep copy into dst (dst must be empty or freed). */
void lx_chain_copy(lx_chain *dst, const lx_chain *src);
void lx_chain_free(lx_chain *c);
/* Display form (see above); the caller frees the result. */
char *lx_chain_display(const lx_chain *c);
/* Whether the chain reaches into an archive (or a compressed file): a part
 * after '!'. */
int lx_chain_in_archive(const lx_chain *c);
/* Last element (the member's own name), or "" for an empty chain. */
const char *lx_chain_leaf(const lx_chain *c);
/* Whether a and b name the same member (the same parts and separators). */
int lx_chain_equal(const lx_chain *a, const lx_chain *b);

#endif
