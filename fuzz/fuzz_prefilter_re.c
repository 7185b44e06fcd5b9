/* fuzz_prefilter_re - the reader of required literals (prefilter_re.c) on
 * an arbitrary pattern, checked against PCRE2 itself.
 *
 * The input's first line is the pattern; every further line is a subject.
 * The literal sets the reader derives must keep their form (at most
 * LX_RE_MAX_CLAUSES sets of 1 to LX_RE_MAX_CLAUSE_LITS non-empty
 * literals without an ASCII capital, each set of quality LX_RE_MIN_QUALITY
 * or more), and when PCRE2, compiled as the signature database compiles,
 * matches a subject line, that line must hold a literal of every set,
 * caselessly on ASCII, byte for byte elsewhere and, for a literal marked
 * LX_RE_NO_DIGIT_AFTER, with no digit right after it: else the prefilter
 * would hide the match.  Any breach aborts. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include "prefilter_re.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void fail(const char *what, const char *lit)
{
	fprintf(stderr, "fuzz_prefilter_re: %s: \"%s\"\n", what, lit ? lit : "");
	abort();
}

static unsigned char lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? (unsigned char)(c - 'A' + 'a') : c;
}

/* Whether the literal s (maybe ending in the no-digit mark) occurs in
 * line[0..n) the way the scan would accept it. */
static int occurs(const char *s, const unsigned char *line, size_t n)
{
	size_t len = strlen(s), p, k;
	int nd = len && s[len - 1] == LX_RE_NO_DIGIT_AFTER;
	len -= (size_t)nd;
	for (p = 0; p + len <= n; p++) {
		for (k = 0; k < len && lower(line[p + k]) == (unsigned char)s[k]; k++)
			;
		if (k == len && (!nd || p + len == n || line[p + len] < '0' || line[p + len] > '9'))
			return 1;
	}
	return 0;
}

static void check_form(const lx_re_conj *r)
{
	size_t i, j, k;
	if (r->n > LX_RE_MAX_CLAUSES)
		fail("too many sets", NULL);
	for (i = 0; i < r->n; i++) {
		const lx_re_set *c = &r->c[i];
		if (!c->n || c->n > LX_RE_MAX_CLAUSE_LITS)
			fail("a set of no or too many literals", NULL);
		if (lx_re_quality(c) < LX_RE_MIN_QUALITY)
			fail("a set below the minimum quality", c->lit[0]);
		for (j = 0; j < c->n; j++) {
			const char *s = c->lit[j];
			size_t len = strlen(s);
			if (!len || (len == 1 && s[0] == LX_RE_NO_DIGIT_AFTER))
				fail("an empty literal", s);
			for (k = 0; k < len; k++)
				if (s[k] >= 'A' && s[k] <= 'Z')
					fail("a literal with an ASCII capital", s);
		}
	}
}

/* Every line of text[0..n) that the pattern matches holds a literal of
 * every set of r. */
static void check_lines(const lx_re_conj *r, pcre2_code *code, const unsigned char *text, size_t n)
{
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(code, NULL);
	pcre2_match_context *mc = pcre2_match_context_create(NULL);
	size_t ls = 0;
	if (!md || !mc)
		goto out;
	pcre2_set_match_limit(mc, 100000);
	pcre2_set_depth_limit(mc, 1000);
	pcre2_set_heap_limit(mc, 1024);
	while (ls < n) {
		const unsigned char *nl = memchr(text + ls, '\n', n - ls);
		size_t le = nl ? (size_t)(nl - text) : n, i, j;
		if (pcre2_match(code, text + ls, le - ls, 0, 0, md, mc) >= 0)
			for (i = 0; i < r->n; i++) {
				for (j = 0; j < r->c[i].n; j++)
					if (occurs(r->c[i].lit[j], text + ls, le - ls))
						break;
				if (j == r->c[i].n)
					fail("a matching line without any literal of the set starting",
					     r->c[i].lit[0]);
			}
		ls = le + 1;
	}
out:
	pcre2_match_context_free(mc);
	pcre2_match_data_free(md);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);
	size_t plen = nl ? (size_t)(nl - data) : size;
	char *pat;
	lx_re_conj r;
	pcre2_code *code;
	int ec;
	PCRE2_SIZE off;

	if (memchr(data, '\0', plen))
		return 0; /* a pattern is a C string */
	pat = malloc(plen + 1);
	if (!pat)
		return 0;
	memcpy(pat, data, plen);
	pat[plen] = '\0';
	lx_re_required(pat, &r);
	check_form(&r);
	code = pcre2_compile((PCRE2_SPTR)pat, plen,
	                     PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_MULTILINE, &ec, &off,
	                     NULL);
	if (code && nl)
		check_lines(&r, code, nl + 1, size - plen - 1);
	pcre2_code_free(code);
	lx_re_conj_free(&r);
	free(pat);
	return 0;
}
