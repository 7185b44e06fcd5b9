/* tplsuggest.c - --suggest: a mined template as a draft signature stanza
 * (logdx-signatures(5)) whose FILL-IN parts a person completes. */
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "tplrun.h"
#include "util.h"

/* Appends the PCRE2 form of the template token s[0..n): its text quoted,
 * each "<*>" inside it a run of non-blanks, a control character any
 * character. */
static void token_pattern(lx_buf *b, const char *s, size_t n)
{
	size_t i;
	if (n == 3 && !memcmp(s, "<*>", 3)) {
		lx_buf_adds(b, "\\S+");
		return;
	}
	for (i = 0; i < n; i++) {
		if (i + 3 <= n && !memcmp(s + i, "<*>", 3)) {
			lx_buf_adds(b, "\\S+?");
			i += 2;
		} else if (s[i] && strchr("\\^$.|?*+()[]{}/#", s[i])) {
			lx_buf_addc(b, '\\');
			lx_buf_addc(b, s[i]);
		} else if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f) {
			/* the example shows a control as a space: either will do */
			lx_buf_addc(b, '.');
		} else {
			lx_buf_addc(b, s[i]);
		}
	}
}

/* The pattern of template text t[0..tlen): its tokens in order, blanks between
 * them, the leading and trailing "<*>" tokens left out.  Returns 0, or -1
 * when the template has no constant token. */
static int pattern(const char *t, size_t tlen, lx_buf *b)
{
	const char *tok[256];
	size_t len[256], n = 0, a, z, i;
	const char *p = t, *end = t + tlen;
	while (p < end && n < 256) {
		const char *e = memchr(p, ' ', (size_t)(end - p));
		size_t l = e ? (size_t)(e - p) : (size_t)(end - p);
		tok[n] = p;
		len[n++] = l;
		p += l + (e != NULL);
	}
	for (a = 0; a < n && len[a] == 3 && !memcmp(tok[a], "<*>", 3); a++)
		;
	for (z = n; z > a && len[z - 1] == 3 && !memcmp(tok[z - 1], "<*>", 3); z--)
		;
	if (a == z)
		return -1;
	for (i = a; i < z; i++) {
		if (i > a)
			lx_buf_adds(b, "\\h+");
		token_pattern(b, tok[i], len[i]);
	}
	return 0;
}

int lx_tpl_suggest(const lx_tpl_miner *m, const char *id, FILE *out, FILE *err)
{
	char *end;
	unsigned long v;
	uint32_t fid;
	lx_buf t = {0}, pat = {0}, ex = {0}, esc = {0};
	const char *exs;
	size_t exlen, i;
	int rc = 2;
	const char *num = *id == 'T' || *id == 't' ? id + 1 : id;
	v = strtoul(num, &end, 10);
	if (!*num || *end || *num == '-' || *num == '+' || v == 0 || v >= lx_tpl_ids(m)) {
		lx_buf e = {0};
		lx_esc_term(&e, id, strlen(id));
		fprintf(err, "logdx: no template '%s' in this input (see --templates)\n",
		        e.p ? e.p : "");
		lx_buf_free(&e);
		goto out;
	}
	fid = lx_tpl_final(m, (uint32_t)v);
	lx_tpl_text(m, fid, &t);
	if (pattern(t.p, t.len, &pat)) {
		fprintf(err, "logdx: template T%lu has no constant text to match\n", v);
		goto out;
	}
	exs = lx_tpl_example(m, fid, &exlen);
	/* the example goes on a continuation line: controls but the tab would
	 * not survive the trip */
	for (i = 0; i < exlen; i++)
		lx_buf_addc(&ex, (unsigned char)exs[i] < 0x20 && exs[i] != '\t' ? ' ' : exs[i]);
	lx_esc_term(&esc, t.p, t.len);
	fprintf(out,
	        "# Draft signature from template T%u (%llu lines):\n"
	        "#   %s\n"
	        "# Replace every FILL-IN, give a counter-example (a line that looks\n"
	        "# alike but is not this failure), then: logdx --check-signatures -S FILE\n"
	        "[FILL-IN.id]\n"
	        "title: FILL-IN one line that names the failure\n"
	        "product: FILL-IN\n"
	        "severity: error\n"
	        "doc: https://FILL-IN\n"
	        "remedy: FILL-IN what to do\n"
	        "all: %s\n"
	        "example:\n"
	        "  %s\n"
	        "counter-example:\n"
	        "  FILL-IN\n",
	        (unsigned)fid, (unsigned long long)lx_tpl_count(m, fid), esc.p, pat.p,
	        ex.p ? ex.p : "");
	rc = 0;
out:
	lx_buf_free(&t);
	lx_buf_free(&pat);
	lx_buf_free(&ex);
	lx_buf_free(&esc);
	return rc;
}
