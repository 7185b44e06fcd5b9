/* prefilter_re.h - the required literals of a PCRE2 pattern, read from its
 * source (private to the prefilter: prefilter.c is its one user).
 *
 * The reader knows PCRE2's syntax well enough to say which literals every
 * match must contain: a conjunction of literal sets, a member of each of
 * which is in every match (for `(?i)error\h+(95107|95108)\b`: {"error"}
 * and {"95107", "95108"}).  It compiles nothing and scans nothing; it
 * holds no state between calls.  A construct it does not analyse (\Q..\E,
 * back references, (?x), an unbalanced group, ...) makes it give up on the
 * whole pattern: fewer literals cost only speed, a literal that some match
 * lacks would lose that match.  Literals have no ASCII capital (the scan
 * is caseless on ASCII) and hold non-ASCII text only where its spellings
 * are known: characters without case as they are, Latin-1 and basic
 * Cyrillic letters in every spelling; any other ends a literal.
 * doc/matcher.md has the details and fuzz/fuzz_prefilter_re.c checks the
 * promise against PCRE2 itself. */
#ifndef LX_PREFILTER_RE_H
#define LX_PREFILTER_RE_H

#include <stddef.h>

#define LX_RE_MIN_QUALITY 3      /* a literal set weaker than this is not kept */
#define LX_RE_MAX_CLAUSES 6      /* literal sets kept per pattern */
#define LX_RE_MAX_CLAUSE_LITS 64 /* literals in one set */
/* Ends a literal that no ASCII digit may follow in a match: the pattern has
 * a look-ahead such as (?!\d) or (?![0-9a-f]) right after it.  The scan
 * then passes over "95107" inside "2951070" without waking PCRE2. */
#define LX_RE_NO_DIGIT_AFTER '\x01'

/* A literal set: a match contains at least one of lit[0..n). */
typedef struct lx_re_set {
	char **lit; /* no ASCII capital, NUL-terminated, owned */
	size_t n;
	int weak; /* its weakest literal's value (see lx_re_lit_value), once n > 0 */
} lx_re_set;

/* A conjunction of literal sets: a match contains a literal of each. */
typedef struct lx_re_conj {
	lx_re_set c[LX_RE_MAX_CLAUSES];
	size_t n;
	/* every literal of every clause ends where the text it stands for
	 * ends (a sequence of plain characters, or alternatives of them) */
	int tails;
} lx_re_conj;

/* Derives the literal sets that every match of the pattern src (as
 * compiled with PCRE2_UTF | PCRE2_MULTILINE, and run on one line) must
 * contain, into *out, and returns how many there are (out->n).  Returns 0,
 * with *out empty, when the pattern has no usable literal or the reader
 * gives up on it.  Each set holds at most LX_RE_MAX_CLAUSE_LITS literals
 * and has a quality of at least LX_RE_MIN_QUALITY.  Release *out with
 * lx_re_conj_free() either way. */
size_t lx_re_required(const char *src, lx_re_conj *out);
void lx_re_conj_free(lx_re_conj *k);

/* How selective one literal s[0..n) is: its length, digits and punctuation
 * counting extra (they are rarer in logs than letters); 0 below three
 * bytes, since the scan reads pairs at every other byte. */
int lx_re_lit_value(const char *s, size_t n);

/* How selective a literal set is: its weakest member's value, halved. */
int lx_re_quality(const lx_re_set *r);

#endif
