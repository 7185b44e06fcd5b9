/* tplmask.h - the masking step of the template miner (templates.c): which
 * parts of a token vary (numbers, hex, GUIDs, IPs, paths, URLs, times), and
 * which tokens are words.  See doc/templates.md. */
#ifndef LX_TPLMASK_H
#define LX_TPLMASK_H

#include <stddef.h>

#include "util.h"

/* Appends the token s[0..n) to out with its variable parts as "<*>": the
 * whole token (brackets and punctuation around it kept) when it is a
 * number, address, time, path or URL; else each run of letters and digits
 * that holds a digit. */
void lx_tplmask_token(const char *s, size_t n, lx_buf *out);
/* The same for a caller that masks many tokens: writes the masked token
 * at w, which has room for 3 * n + 3 bytes, and returns its length.
 * lx_tplmask_init() must have run. */
size_t lx_tplmask_into(const char *s, size_t n, char *w);
void lx_tplmask_init(void);
/* Whether s[0..n) is an English day or month name (Mon, Monday, Jan.). */
int lx_tplmask_calendar(const char *s, size_t n);
/* Whether s[0..n) is a word: letters, with inner ' = _ - and punctuation
 * around; no digit, no inner dot (host and class names are not words). */
int lx_tplmask_word(const char *s, size_t n);

#endif
