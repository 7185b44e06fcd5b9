/* sigtool.c - checking, listing and explaining signatures. */
#include "sigtool.h"

#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "match.h"
#include "prefilter.h"
#include "rank.h"
#include "util.h"

/* Warns about signatures the literal prefilter cannot help: those whose
 * `all` patterns all lack literals (or, without `all`, each `any` pattern
 * without one).  Such a pattern runs over every line; the other patterns
 * only run near a hit, so they need no literal.  Not a failure. */
static void slow_patterns(const lx_sigdb *db, FILE *err)
{
	size_t i, j, k = 0, n = 0;
	const char **src;
	lx_prefilter *pf;
	for (i = 0; i < db->n; i++)
		n += db->sig[i].n_pat;
	src = lx_xcalloc(n + 1, sizeof *src);
	for (i = 0; i < db->n; i++)
		for (j = 0; j < db->sig[i].n_pat; j++)
			src[k++] = db->sig[i].pat[j].src;
	pf = lx_prefilter_new(src, n);
	for (i = 0, k = 0; i < db->n; k += db->sig[i].n_pat, i++) {
		const lx_signature *s = &db->sig[i];
		int any_lit = 0;
		for (j = 0; j < s->n_pat; j++) {
			lx_cond want = s->n_all ? LX_COND_ALL : LX_COND_ANY;
			if (s->pat[j].cond != want)
				continue;
			if (lx_prefilter_has(pf, k + j))
				any_lit = 1;
			else if (!s->n_all)
				fprintf(err,
				        "%s:%d: signature '%s': warning: no literal of 3 or more "
				        "characters, so this pattern runs on every line\n",
				        s->src_file, s->pat[j].line, s->id);
		}
		if (s->n_all && !any_lit)
			fprintf(err,
			        "%s:%d: signature '%s': warning: no 'all' pattern has a literal of 3 "
			        "or more characters, so the signature runs on every line\n",
			        s->src_file, s->src_line, s->id);
	}
	lx_prefilter_free(pf);
	free(src);
}

/* The items of a signature's `explains` that name no loaded signature (a
 * typo would fold nothing, silently).  Returns how many. */
static size_t explains_nothing(const lx_sigdb *db, FILE *err)
{
	size_t i, k, bad = 0;
	for (i = 0; i < db->n; i++) {
		const char *p = db->sig[i].explains;
		while (p && *p) {
			size_t n = strcspn(p, ", \t");
			char item[256];
			int found = 0;
			if (n && n < sizeof item) {
				memcpy(item, p, n);
				item[n] = '\0';
				for (k = 0; k < db->n && !found; k++)
					found = k != i && lx_rank_glob(item, db->sig[k].id);
				if (!found) {
					fprintf(err, "%s:%d: signature '%s': explains '%s', which names no other signature\n",
					        db->sig[i].src_file, db->sig[i].src_line, db->sig[i].id, item);
					bad++;
				}
			}
			p += n;
			p += strspn(p, ", \t");
		}
	}
	return bad;
}

int lx_sigtool_check(const lx_sigdb *db, FILE *out, FILE *err)
{
	lx_matcher *m = lx_matcher_new(db);
	size_t i, j, bad = 0, runs = 0;
	if (!m) {
		fputs("logdx: out of memory\n", err);
		return 2;
	}
	for (i = 0; i < db->n; i++) {
		const lx_signature *s = &db->sig[i];
		for (j = 0; j < s->n_examples; j++, runs++)
			if (!lx_matcher_probe(m, i, s->examples[j], strlen(s->examples[j]))) {
				fprintf(err, "%s:%d: signature '%s': example %zu does not match\n",
				        s->src_file, s->src_line, s->id, j + 1);
				bad++;
			}
		for (j = 0; j < s->n_counters; j++, runs++)
			if (lx_matcher_probe(m, i, s->counters[j], strlen(s->counters[j]))) {
				fprintf(err, "%s:%d: signature '%s': counter-example %zu matches\n",
				        s->src_file, s->src_line, s->id, j + 1);
				bad++;
			}
	}
	lx_matcher_free(m);
	bad += explains_nothing(db, err);
	slow_patterns(db, err);
	fprintf(out, "%zu signature%s, %zu example%s, %zu failed\n", db->n, db->n == 1 ? "" : "s",
	        runs, runs == 1 ? "" : "s", bad);
	return bad ? 2 : 0;
}

/* A PCRE2 pattern rewritten for engines without \h (ripgrep, GNU grep):
 * \h outside a class becomes [ \t], inside a class " \t". */
static void portable(lx_buf *b, const char *p)
{
	int in_class = 0;
	for (; *p; p++) {
		if (p[0] == '\\' && p[1]) {
			if (p[1] == 'h') {
				lx_buf_adds(b, in_class ? " \\t" : "[ \\t]");
			} else {
				lx_buf_addc(b, p[0]);
				lx_buf_addc(b, p[1]);
			}
			p++;
			continue;
		}
		if (*p == '[' && !in_class) {
			in_class = 1;
			lx_buf_addc(b, *p);
			if (p[1] == '^')
				lx_buf_addc(b, *++p);
			if (p[1] == ']')
				lx_buf_addc(b, *++p);
			continue;
		}
		if (*p == ']' && in_class)
			in_class = 0;
		lx_buf_addc(b, *p);
	}
}

int lx_sigtool_list(const lx_sigdb *db, const lx_config *cfg, FILE *out)
{
	size_t i, j;
	lx_buf b = {0};
	for (i = 0; i < db->n; i++) {
		const lx_signature *s = &db->sig[i];
		if (cfg->format == LX_FMT_PATTERNS) {
			int have_all = s->n_all > 0;
			for (j = 0; j < s->n_pat; j++) {
				const lx_pattern *pt = &s->pat[j];
				if (have_all ? pt->cond != LX_COND_ALL : pt->cond != LX_COND_ANY)
					continue;
				lx_buf_reset(&b);
				portable(&b, pt->src);
				fprintf(out, "%s\n", b.p);
				if (have_all)
					break;
			}
			continue;
		}
		lx_buf_reset(&b);
		lx_esc_term(&b, s->id, strlen(s->id));
		lx_buf_addf(&b, "\t%s\t%s\t%s\t", lx_severity_name(s->severity),
		            s->product ? s->product : "", lx_role_name(s->role));
		lx_esc_term(&b, lx_l10n_get(&s->title, cfg->lang),
		            strlen(lx_l10n_get(&s->title, cfg->lang)));
		fprintf(out, "%s\n", b.p);
	}
	lx_buf_free(&b);
	return 0;
}

static const char *cond_name(lx_cond c)
{
	return c == LX_COND_ALL ? "all" : c == LX_COND_ANY ? "any" : "unless";
}

int lx_sigtool_explain(const lx_sigdb *db, const lx_config *cfg, const char *id, FILE *out)
{
	const lx_signature *s = lx_sigdb_find(db, id);
	size_t j;
	if (!s) {
		fprintf(stderr, "logdx: no signature with id '%s' (see --list-signatures)\n", id);
		return 2;
	}
	fprintf(out, "%s\n  title:    %s\n  product:  %s\n  severity: %s\n  role:     %s\n", s->id,
	        lx_l10n_get(&s->title, cfg->lang), s->product ? s->product : "",
	        lx_severity_name(s->severity), lx_role_name(s->role));
	if (s->n_ops) {
		fputs("  operation:", out);
		for (j = 0; j < s->n_ops; j++)
			fprintf(out, " %s", s->ops[j]);
		fputc('\n', out);
	}
	if (s->explains)
		fprintf(out, "  explains: %s\n", s->explains);
	if (s->n_files) {
		fputs("  files:   ", out);
		for (j = 0; j < s->n_files; j++)
			fprintf(out, " %s", s->files[j]);
		fputc('\n', out);
	}
	fprintf(out, "  within:   %u lines\n", s->within);
	for (j = 0; j < s->n_pat; j++)
		fprintf(out, "  %-9s %s\n", cond_name(s->pat[j].cond), s->pat[j].src);
	fprintf(out, "  doc:      %s\n  remedy:   %s\n  defined:  %s:%d\n", s->doc ? s->doc : "",
	        lx_l10n_get(&s->remedy, cfg->lang), s->src_file, s->src_line);
	return 0;
}
