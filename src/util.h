/* util.h - allocation helpers and a growable byte buffer.
 *
 * Every lx_x* allocator aborts the program with a message on out of memory,
 * so callers never check for NULL.  lx_buf owns its storage; lx_buf_free()
 * releases it and accepts a zeroed buffer. */
#ifndef LX_UTIL_H
#define LX_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

void *lx_xmalloc(size_t n);
void *lx_xcalloc(size_t n, size_t size);
void *lx_xrealloc(void *p, size_t n);
/* Grows *arr (of *cap elements of size elt) so that it holds at least need
 * elements.  Doubles the capacity. */
void lx_xgrow(void *arr, size_t *cap, size_t need, size_t elt);
char *lx_xstrdup(const char *s);
char *lx_xstrndup(const char *s, size_t n);

/* FNV-1a hash of a string, for the hash tables of the matcher. */
uint64_t lx_str_hash(const char *s);
/* The same of n bytes. */
uint64_t lx_hash_bytes(const void *p, size_t n);
/* Whether a and b are the same string but for the case of ASCII letters
 * (strcasecmp follows the locale on other bytes). */
int lx_ascii_caseeq(const char *a, const char *b);

/* Whether the environment variable name is set, not empty and not "0" (the
 * switches such as LOGDX_NO_JIT). */
int lx_env_flag(const char *name);

/* Writes into buf (n bytes) the path rel taken from the directory of the
 * running binary (/proc/self/exe) and returns buf when that is a
 * directory; NULL otherwise.  Finds the data of a build tree. */
const char *lx_exe_relative(char *buf, size_t n, const char *rel);

typedef struct lx_buf {
	char *p;    /* always NUL-terminated when len > 0 or after lx_buf_add* */
	size_t len; /* bytes used, excluding the terminating NUL */
	size_t cap; /* bytes allocated */
} lx_buf;

void lx_buf_add(lx_buf *b, const void *data, size_t n);
/* Room for extra more bytes (and the NUL) at the end of b: where to write
 * them.  lx_buf_grew() then counts the n bytes written there. */
char *lx_buf_room(lx_buf *b, size_t extra);
static inline void lx_buf_grew(lx_buf *b, size_t n)
{
	b->len += n;
	b->p[b->len] = '\0';
}
void lx_buf_addc(lx_buf *b, char c);
void lx_buf_adds(lx_buf *b, const char *s);
void lx_buf_addf(lx_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void lx_buf_vaddf(lx_buf *b, const char *fmt, va_list ap);
void lx_buf_reset(lx_buf *b);
/* Hands the string to the caller (who frees it) and empties b. */
char *lx_buf_take(lx_buf *b);
void lx_buf_free(lx_buf *b);

/* Parses an unsigned decimal number with an optional K/M/G/T suffix (powers
 * of 1024).  Returns 0 and sets *out, or -1 when s is not such a number or
 * it overflows. */
int lx_parse_size(const char *s, uint64_t *out);

#endif
