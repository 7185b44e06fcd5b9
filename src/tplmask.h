/* tplmask.h - the masking step of the template miner (templates.c): a
 * line split into tokens, which parts of a token vary (numbers, hex,
 * GUIDs, IPs, paths, URLs, times), and which tokens are words.  See
 * doc/templates.md. */
#ifndef LX_TPLMASK_H
#define LX_TPLMASK_H

#include <stddef.h>
#include <stdint.h>

#include "util.h"

#define LX_TPL_MAX_TOKENS 128  /* further tokens are folded into a last "<*>" */
#define LX_TPL_MAX_MINED 4096  /* bytes of a line that are mined and kept */
#define LX_TPL_WILD UINT32_MAX /* lx_tpl_tok.off of a "<*>" token */

/* A masked token: its text is at off in the text it belongs to. */
typedef struct lx_tpl_tok {
	uint64_t h;   /* hash of the token text */
	uint32_t off; /* into the owner's text, or LX_TPL_WILD */
	uint32_t len;
} lx_tpl_tok;

/* A line split at blanks into masked tokens.  Zero it before first use;
 * lx_buf_free(&line->masked) frees it. */
typedef struct lx_tpl_line {
	lx_buf masked; /* the masked tokens' text, one after another */
	lx_tpl_tok t[LX_TPL_MAX_TOKENS];
	size_t n;
} lx_tpl_line;

/* Splits line[0..len) (at most LX_TPL_MAX_MINED bytes of it) at blanks
 * and masks each token into out: a token that masks to "<*>" as a whole,
 * and a day or month name next to one, is LX_TPL_WILD; the token that
 * reaches LX_TPL_MAX_TOKENS stands for the rest of the line. */
void lx_tplmask_line(lx_tpl_line *out, const char *line, size_t len);

/* Appends the token s[0..n) to out with its variable parts as "<*>": the
 * whole token (brackets and punctuation around it kept) when it is a
 * number, address, time, path or URL; else each run of letters and digits
 * that holds a digit. */
void lx_tplmask_token(const char *s, size_t n, lx_buf *out);
/* Whether s[0..n) is an English day or month name (Mon, Monday, Jan.). */
int lx_tplmask_calendar(const char *s, size_t n);
/* Whether s[0..n) is a word: letters, with inner ' = _ - and punctuation
 * around; no digit, no inner dot (host and class names are not words). */
int lx_tplmask_word(const char *s, size_t n);

#endif
