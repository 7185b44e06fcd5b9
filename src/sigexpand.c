/* sigexpand.c - the signature language's shorthands, expanded into plain
 * PCRE2 patterns (logdx-signatures(5), "Fragments, typed fields and
 * articles"):
 *
 *   {@name} {@name:ARG}   a named fragment ([@name] stanza), wrapped in
 *                         (?:...), with ARG in place of its {}
 *   error-id: 95107       the fragment @error-id around the id, or, as a
 *                         second variant of the signature, a line holding
 *                         the id alone (@error-id-value) next to a line
 *                         holding the label alone (@error-id-label): the
 *                         two-line records of portal error pages
 *                         (sigvariant.c makes the variants)
 *   hresult: 0x800706BE   hex with or without 0x, signed and unsigned
 *                         decimal, and any names given, inside @hresult
 *   ep-code: EP0854       inside @ep-code
 *   doc: asr#anchor       the url of [article asr] + #anchor
 *
 * Everything is resolved after every file is loaded, so definitions may
 * come from any file in any order. */
#include "sigdb.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "sigexpand_int.h"
#include "util.h"

#define MAX_NEST 8          /* fragments naming fragments */
#define MAX_RECORD_FIELDS 3 /* error-id fields with a record form: 2^3 variants */

typedef struct xctx {
	lx_sigdb *db;
	FILE *err;
	int problems;
} xctx;

static void xproblem(xctx *x, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void xproblem(xctx *x, const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	lx_buf m = {0};
	x->problems++;
	if (!x->err)
		return;
	lx_buf_addf(&m, "%s:%d: ", file, line);
	va_start(ap, fmt);
	lx_esc_vmsg(x->err, m.p, fmt, ap);
	va_end(ap);
	lx_buf_free(&m);
}

static size_t frag_index(const lx_sigdb *db, const char *name, size_t n)
{
	size_t i;
	for (i = 0; i < db->n_frag; i++)
		if (strlen(db->frag[i].name) == n && !memcmp(db->frag[i].name, name, n))
			return i;
	return SIZE_MAX;
}

static void add_use(lx_signature *s, size_t frag, const char *arg, const char *sample)
{
	size_t i;
	for (i = 0; i < s->n_uses; i++) {
		const lx_use *u = &s->uses[i];
		if (u->frag == frag && !strcmp(u->arg ? u->arg : "", arg ? arg : "") &&
		    !strcmp(u->sample ? u->sample : "", sample ? sample : ""))
			return;
	}
	s->uses = lx_xrealloc(s->uses, (s->n_uses + 1) * sizeof *s->uses);
	s->uses[s->n_uses].frag = frag;
	s->uses[s->n_uses].arg = arg ? lx_xstrdup(arg) : NULL;
	s->uses[s->n_uses].sample = sample ? lx_xstrdup(sample) : NULL;
	s->n_uses++;
}

/* Appends text with every {@name} / {@name:ARG} replaced.  Returns 0, or
 * -1 after a message.  Uses are recorded on s when s is not NULL. */
static int expand_refs(xctx *x, lx_buf *out, const char *text, int depth, lx_signature *s,
                       const char *file, int line);

/* Appends fragment f with arg in place of {} (wrapped in (?:...)). */
static int put_fragment(xctx *x, lx_buf *out, size_t fi, const char *arg, int depth,
                        lx_signature *s, const char *file, int line)
{
	const lx_fragment *f = &x->db->frag[fi];
	lx_buf inst = {0};
	const char *p;
	int rc;
	if (depth >= MAX_NEST) {
		xproblem(x, file, line, "fragments nested more than %d deep (at '@%s')", MAX_NEST,
		         f->name);
		return -1;
	}
	if (f->takes_arg && !arg) {
		xproblem(x, file, line, "fragment '@%s' needs an argument: {@%s:...}", f->name,
		         f->name);
		return -1;
	}
	if (!f->takes_arg && arg) {
		xproblem(x, file, line, "fragment '@%s' takes no argument (its pattern has no {})",
		         f->name);
		return -1;
	}
	for (p = f->pattern; *p; p++) {
		if (p[0] == '\\' && p[1]) {
			lx_buf_addc(&inst, *p++);
			lx_buf_addc(&inst, *p);
		} else if (p[0] == '{' && p[1] == '}') {
			lx_buf_adds(&inst, "(?:");
			lx_buf_adds(&inst, arg);
			lx_buf_addc(&inst, ')');
			p++;
		} else {
			lx_buf_addc(&inst, *p);
		}
	}
	lx_buf_adds(out, "(?:");
	rc = expand_refs(x, out, inst.p ? inst.p : "", depth + 1, NULL, file, line);
	lx_buf_addc(out, ')');
	lx_buf_free(&inst);
	if (s && rc == 0)
		add_use(s, fi, arg, NULL);
	return rc;
}

static int expand_refs(xctx *x, lx_buf *out, const char *text, int depth, lx_signature *s,
                       const char *file, int line)
{
	const char *p = text;
	while (*p) {
		const char *name, *colon = NULL, *end;
		int nest = 0;
		size_t fi;
		char *arg = NULL;
		int rc;
		if (p[0] == '\\' && p[1]) {
			lx_buf_add(out, p, 2);
			p += 2;
			continue;
		}
		if (p[0] != '{' || p[1] != '@') {
			lx_buf_addc(out, *p++);
			continue;
		}
		name = p + 2;
		/* the reference ends at the matching brace: ARG may hold {n,m} */
		for (end = name; *end; end++) {
			if (*end == '\\' && end[1]) {
				end++;
				continue;
			}
			if (*end == ':' && !colon && !nest)
				colon = end;
			else if (*end == '{')
				nest++;
			else if (*end == '}' && nest-- == 0)
				break;
		}
		if (!*end) {
			xproblem(x, file, line, "unclosed fragment reference '{@'");
			return -1;
		}
		fi = frag_index(x->db, name, (size_t)((colon ? colon : end) - name));
		if (fi == SIZE_MAX) {
			char *n = lx_xstrndup(name, (size_t)((colon ? colon : end) - name));
			xproblem(x, file, line, "unknown fragment '@%s'", n);
			free(n);
			return -1;
		}
		if (colon)
			arg = lx_xstrndup(colon + 1, (size_t)(end - colon - 1));
		rc = put_fragment(x, out, fi, arg, depth, s, file, line);
		free(arg);
		if (rc)
			return rc;
		p = end + 1;
	}
	return 0;
}

char *lx_fragment_instance(const lx_sigdb *db, const lx_fragment *f, const char *arg, FILE *err)
{
	xctx x = {(lx_sigdb *)db, err, 0};
	lx_buf b = {0};
	if (put_fragment(&x, &b, (size_t)(f - db->frag), arg, 0, NULL, f->src_file, f->src_line)) {
		lx_buf_free(&b);
		return NULL;
	}
	return lx_buf_take(&b);
}

/* ---- typed fields ------------------------------------------------------ */

/* Splits a typed field's value into words. */
static size_t words(const char *v, char ***out)
{
	size_t n = 0;
	*out = NULL;
	while (*v) {
		const char *e;
		while (*v == ' ' || *v == '\t' || *v == ',')
			v++;
		if (!*v)
			break;
		for (e = v; *e && *e != ' ' && *e != '\t' && *e != ','; e++)
			;
		*out = lx_xrealloc(*out, (n + 1) * sizeof **out);
		(*out)[n++] = lx_xstrndup(v, (size_t)(e - v));
		v = e;
	}
	return n;
}

static void free_words(char **w, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		free(w[i]);
	free(w);
}

static int all_of(const char *s, const char *set)
{
	return *s && strspn(s, set) == strlen(s);
}

static const char hexdigits[] = "0123456789abcdefABCDEF";
static const char upper_name[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";

/* Needs fragment name for a typed field: its index, or SIZE_MAX after a
 * message. */
static size_t need_frag(xctx *x, const lx_signature *s, const lx_pattern *pt, const char *field,
                        const char *name)
{
	size_t fi = frag_index(x->db, name, strlen(name));
	if (fi == SIZE_MAX)
		xproblem(x, s->src_file, pt->line,
		         "signature '%s': '%s' needs the fragment '@%s' (see logdx-signatures(5))",
		         s->id, field, name);
	return fi;
}

/* Appends digits d, each x as any digit (\d): an error id or an EP code's
 * number. */
static void add_digits(lx_buf *b, const char *d)
{
	for (; *d; d++) {
		if (*d == 'x')
			lx_buf_adds(b, "\\d");
		else
			lx_buf_addc(b, *d);
	}
}

/* error-id: ID...  -> the alternation of the ids, each a sample. */
static char *error_id_arg(xctx *x, lx_signature *s, const lx_pattern *pt, char **w, size_t n)
{
	lx_buf b = {0};
	size_t i;
	if (!n) {
		xproblem(x, s->src_file, pt->line, "signature '%s': error-id needs an id", s->id);
		return NULL;
	}
	for (i = 0; i < n; i++) {
		/* digits, and x for any digit after the first (95xxx: every id
		 * of that range) */
		if (!all_of(w[i], "0123456789x") || w[i][0] == 'x' || strlen(w[i]) > 9) {
			xproblem(
				x, s->src_file, pt->line,
				"signature '%s': error-id '%s' is not a number of at most 9 digits "
				"(x for any digit after the first)",
				s->id, w[i]);
			lx_buf_free(&b);
			return NULL;
		}
		lx_buf_adds(&b, i ? "|" : "");
		add_digits(&b, w[i]);
	}
	return lx_buf_take(&b);
}

/* The literal an error id stands for in the fragments' examples: x -> 0. */
static char *id_sample(const char *w)
{
	char *r = lx_xstrdup(w), *c;
	for (c = r; *c; c++)
		if (*c == 'x')
			*c = '0';
	return r;
}

/* hresult: 0x8007xxxx [NAME]... -> hex (0x optional), signed and unsigned
 * decimal, names. */
static char *hresult_arg(xctx *x, lx_signature *s, const lx_pattern *pt, char **w, size_t n,
                         char **sample)
{
	lx_buf b = {0};
	size_t i, nhex = 0;
	*sample = NULL;
	for (i = 0; i < n; i++) {
		const char *h = w[i];
		if (!strncmp(h, "0x", 2) || !strncmp(h, "0X", 2))
			h += 2;
		if (all_of(h, hexdigits) && strlen(h) == 8) {
			unsigned long u = strtoul(h, NULL, 16);
			char up[9];
			size_t k;
			for (k = 0; k < 8; k++)
				up[k] = (char)toupper((unsigned char)h[k]);
			up[8] = '\0';
			if (b.len)
				lx_buf_addc(&b, '|');
			/* eight bare digits read as a number: 0x required then */
			lx_buf_addf(&b, "%s%s|%lu", strpbrk(up, "ABCDEF") ? "(?:0x)?" : "0x", up,
			            u);
			if (u >= 0x80000000UL)
				lx_buf_addf(&b, "|-%lu", 0x100000000UL - u);
			if (!*sample)
				*sample = lx_xstrdup(up);
			nhex++;
		} else if (all_of(w[i], upper_name) && !isdigit((unsigned char)w[i][0])) {
			if (b.len)
				lx_buf_addc(&b, '|');
			lx_buf_adds(&b, w[i]);
		} else {
			xproblem(
				x, s->src_file, pt->line,
				"signature '%s': hresult '%s' is neither 0x and 8 hex digits nor a "
				"NAME_IN_CAPITALS",
				s->id, w[i]);
			free(*sample);
			*sample = NULL;
			lx_buf_free(&b);
			return NULL;
		}
	}
	if (!nhex) {
		xproblem(x, s->src_file, pt->line,
		         "signature '%s': hresult needs a 0x........ value", s->id);
		free(*sample);
		*sample = NULL;
		lx_buf_free(&b);
		return NULL;
	}
	return lx_buf_take(&b);
}

/* ep-code: EP0854... */
static char *ep_arg(xctx *x, lx_signature *s, const lx_pattern *pt, char **w, size_t n)
{
	lx_buf b = {0};
	size_t i;
	for (i = 0; i < n; i++) {
		if ((w[i][0] != 'E' && w[i][0] != 'e') || (w[i][1] != 'P' && w[i][1] != 'p') ||
		    !all_of(w[i] + 2, "0123456789x") || w[i][2] == 'x' || strlen(w[i]) != 6) {
			xproblem(
				x, s->src_file, pt->line,
				"signature '%s': ep-code '%s' is not EP and four digits (x for any "
				"digit after the first)",
				s->id, w[i]);
			lx_buf_free(&b);
			return NULL;
		}
		lx_buf_adds(&b, i ? "|EP" : "EP");
		add_digits(&b, w[i] + 2);
	}
	if (!n) {
		xproblem(x, s->src_file, pt->line, "signature '%s': ep-code needs a code", s->id);
		return NULL;
	}
	return lx_buf_take(&b);
}

/* A typed field: its same-line pattern into pt->src; for error-id, the
 * record form's value pattern into *record (the label pattern is the
 * fragment @error-id-label).  Returns 0 or -1. */
static int expand_typed(xctx *x, lx_signature *s, lx_pattern *pt, char **record)
{
	static const char *const field[] = {"", "error-id", "hresult", "ep-code"};
	char **w;
	size_t n = words(pt->written, &w), fi, i;
	char *arg = NULL, *sample = NULL;
	lx_buf b = {0};
	int rc = -1;
	*record = NULL;
	switch (pt->kind) {
	case LX_PK_ERROR_ID:
		arg = error_id_arg(x, s, pt, w, n);
		break;
	case LX_PK_HRESULT:
		arg = hresult_arg(x, s, pt, w, n, &sample);
		break;
	case LX_PK_EP_CODE:
		arg = ep_arg(x, s, pt, w, n);
		break;
	case LX_PK_REGEX:
		break;
	}
	if (!arg)
		goto out;
	fi = need_frag(x, s, pt, field[pt->kind], field[pt->kind]);
	if (fi == SIZE_MAX || put_fragment(x, &b, fi, arg, 0, NULL, s->src_file, pt->line))
		goto out;
	/* every literal value is checked against the fragment's examples */
	if (pt->kind == LX_PK_HRESULT)
		add_use(s, fi, arg, sample);
	else
		for (i = 0; i < n; i++) {
			char *sm = id_sample(w[i]);
			add_use(s, fi, arg, sm);
			free(sm);
		}
	pt->src = lx_buf_take(&b);
	if (pt->kind == LX_PK_ERROR_ID && pt->cond != LX_COND_UNLESS) {
		size_t fv = need_frag(x, s, pt, "error-id", "error-id-value");
		size_t fl = need_frag(x, s, pt, "error-id", "error-id-label");
		if (fv == SIZE_MAX || fl == SIZE_MAX ||
		    put_fragment(x, &b, fv, arg, 0, NULL, s->src_file, pt->line))
			goto out;
		for (i = 0; i < n; i++) {
			char *sm = id_sample(w[i]);
			add_use(s, fv, arg, sm);
			free(sm);
		}
		add_use(s, fl, NULL, NULL);
		*record = lx_buf_take(&b);
	}
	rc = 0;
out:
	lx_buf_free(&b);
	free(arg);
	free(sample);
	free_words(w, n);
	return rc;
}

/* ---- the whole database ------------------------------------------------- */

static void expand_doc(xctx *x, lx_signature *s)
{
	const char *w = s->doc_written, *h;
	size_t i;
	if (!w)
		return;
	if (!strncmp(w, "https://", 8) || !strncmp(w, "http://", 7)) {
		s->doc = lx_xstrdup(w);
		s->doc_l10n.text = lx_xstrdup(w);
		return;
	}
	h = strchr(w, '#');
	for (i = 0; i < x->db->n_art; i++) {
		const lx_article *a = &x->db->art[i];
		if (strlen(a->key) == (size_t)(h - w) && !memcmp(a->key, w, (size_t)(h - w))) {
			lx_buf b = {0};
			size_t k;
			lx_buf_addf(&b, "%s%s", a->url, h);
			s->doc = lx_buf_take(&b);
			/* the same section of the article in each of its languages */
			s->doc_l10n.text = lx_xstrdup(s->doc);
			s->doc_l10n.n = a->url_tr.n;
			s->doc_l10n.lang = lx_xcalloc(a->url_tr.n + 1, sizeof *s->doc_l10n.lang);
			s->doc_l10n.tr = lx_xcalloc(a->url_tr.n + 1, sizeof *s->doc_l10n.tr);
			for (k = 0; k < a->url_tr.n; k++) {
				s->doc_l10n.lang[k] = lx_xstrdup(a->url_tr.lang[k]);
				lx_buf_addf(&b, "%s%s", a->url_tr.tr[k], h);
				s->doc_l10n.tr[k] = lx_buf_take(&b);
			}
			return;
		}
	}
	xproblem(x, s->src_file, s->src_line, "signature '%s': doc '%s': no [article %.*s] stanza",
	         s->id, w, (int)(h - w), w);
}

int lx_sigdb_expand(lx_sigdb *db, FILE *err)
{
	xctx x = {db, err, 0};
	size_t i, j, n = db->n_sig;
	char *label = NULL;
	if (db->expanded)
		return 0;
	db->expanded = 1;
	for (i = 0; i < n; i++) {
		lx_signature *s = &db->sig[i];
		char **record = lx_xcalloc(s->n_pat + 1, sizeof *record);
		size_t n_rec = 0;
		int bad = 0;
		expand_doc(&x, s);
		for (j = 0; j < s->n_pat; j++) {
			lx_pattern *pt = &s->pat[j];
			if (pt->kind == LX_PK_REGEX) {
				lx_buf b = {0};
				if (expand_refs(&x, &b, pt->written, 0, s, s->src_file, pt->line) ==
				    0)
					pt->src = lx_buf_take(&b);
				else
					bad = 1;
				lx_buf_free(&b);
			} else if (expand_typed(&x, s, pt, &record[j])) {
				bad = 1;
			} else if (record[j]) {
				n_rec++;
			}
			if (!pt->src)
				pt->src = lx_xstrdup(""); /* never compiled: the load failed */
		}
		if (!bad && n_rec > MAX_RECORD_FIELDS) {
			xproblem(&x, s->src_file, s->src_line,
			         "signature '%s': more than %d error-id fields", s->id,
			         MAX_RECORD_FIELDS);
			bad = 1;
		}
		if (!bad && n_rec) {
			unsigned bits;
			if (!label) {
				size_t fl = frag_index(db, "error-id-label",
				                       strlen("error-id-label"));
				label = lx_fragment_instance(db, &db->frag[fl], NULL, err);
			}
			for (bits = 1; label && bits < 1u << n_rec; bits++)
				lx_sigdb_add_variant(db, i, record, bits, label);
		}
		for (j = 0; j < db->sig[i].n_pat; j++)
			free(record[j]);
		free(record);
	}
	free(label);
	return x.problems;
}
