/* utf8case.h - the spellings of a non-ASCII character under PCRE2's
 * caseless matching (UTF mode, Unicode case folding), for the readers of
 * patterns that want literals (prefilter_re.c).  Only what is simple to
 * know is known: anything else is "unknown", which costs a literal, never
 * a match. */
#ifndef LX_UTF8CASE_H
#define LX_UTF8CASE_H

#include <stddef.h>

/* The character at p (UTF-8; *len set to its length when it is a valid
 * two- or three-byte one).  Returns 1 when it has no other case (CJK, kana,
 * Hangul, their punctuation and full-width signs, general punctuation); 2
 * when it is a letter with exactly one other spelling, also two bytes,
 * written to alt (Latin-1 and basic Cyrillic letters, but for those that
 * Unicode folds together with a third character: å, ß, ÿ, and в д о с т ъ
 * with their old forms at U+1C80); else 0. */
int lx_utf8_case(const char *p, size_t *len, char alt[2]);

#endif
