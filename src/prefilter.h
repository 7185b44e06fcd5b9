/* prefilter.h - the literal prefilter in front of PCRE2.
 *
 * From each pattern's source, the prefilter derives sets of literals, a
 * member of each of which every match must contain (for
 * `(?i)error\h+(95107|95108)\b`: {"error"} and {"95107", "95108"}).  One
 * pass over a block, case-insensitive on ASCII, looks for one set per
 * pattern (the cheapest in the text sampled so far) and names the lines
 * where it occurs; the other sets are checked on those lines; PCRE2 runs
 * only on the lines that pass, and still decides every match.  A pattern
 * without a usable literal is run on every block.  doc/matcher.md has the
 * details.
 *
 * Sampling and tuning change the prefilter: each matcher owns its own, and
 * none is shared between threads. */
#ifndef LX_PREFILTER_H
#define LX_PREFILTER_H

#include <stddef.h>
#include <stdint.h>

typedef struct lx_prefilter lx_prefilter;

/* Builds the prefilter for patterns src[0..n) (a NULL entry is left out of
 * the scan).  Never fails (a pattern it cannot analyse is simply marked as
 * having no literals).  Free with lx_prefilter_free(). */
lx_prefilter *lx_prefilter_new(const char *const *src, size_t n);
void lx_prefilter_free(lx_prefilter *pf);

/* Leaves out of the scan every pattern i with keep[i] == 0; its literals
 * stay known to lx_prefilter_may_match(). */
void lx_prefilter_keep(lx_prefilter *pf, const unsigned char *keep);

/* Counts the byte pairs of sample (real text being scanned). */
void lx_prefilter_sample(lx_prefilter *pf, const char *sample, size_t len);
/* Re-files each literal under the pair that is rarest in the text sampled
 * so far (and shared with the fewest other literals), so that the scan's
 * table lookups miss more often.  Changes speed only, never what is
 * found. */
void lx_prefilter_tune(lx_prefilter *pf);

/* Whether the scan looks for pattern i's literals (else it must run on
 * every block, if it is to run everywhere). */
int lx_prefilter_has(const lx_prefilter *pf, size_t i);

/* How selective pattern i's literals are (about their length, rare bytes
 * counting double); 0 when it has none. */
int lx_prefilter_quality(const lx_prefilter *pf, size_t i);

/* Whether line[0..len) (one line, without its end) holds a literal of
 * every other literal set pattern i requires: a match needs them all, so
 * a line without one need not be given to PCRE2.  Only for a pattern with
 * literals. */
int lx_prefilter_check(const lx_prefilter *pf, size_t i, const char *line, size_t len);

/* Called for each occurrence of a literal of pattern `pat` ending at byte
 * `end` (exclusive) of the block. */
typedef void (*lx_prefilter_fn)(void *ud, size_t pat, size_t end);

/* 0 when text[0..len) lacks every literal of one of the clauses pattern
 * i requires, so that it cannot match anywhere in it; else 1, also for a
 * pattern whose literals are not known.  For patterns that are not
 * scanned for too (lx_prefilter_keep()): the lines around a hit. */
int lx_prefilter_may_match(const lx_prefilter *pf, size_t i, const char *text, size_t len);

/* Scans buf[0..len) once, reporting occurrences in increasing end order. */
void lx_prefilter_scan(const lx_prefilter *pf, const char *buf, size_t len, lx_prefilter_fn fn,
                       void *ud);

/* The literals chosen for pattern i, for tests: writes up to max pointers
 * into out and returns how many there are.  Literals are lower-case. */
size_t lx_prefilter_literals(const lx_prefilter *pf, size_t i, const char **out, size_t max);

#endif
