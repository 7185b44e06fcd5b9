/* sigtool.c - checking, listing and explaining signatures. */
#include "sigtool.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "escape.h"
#include "i18n.h"
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
		const char *var = LX_SIG_IS_VARIANT(db, s) ? " (its record variant)" : "";
		for (j = 0; j < s->n_pat; j++) {
			lx_cond want = s->n_all ? LX_COND_ALL : LX_COND_ANY;
			if (s->pat[j].cond != want)
				continue;
			if (lx_prefilter_has(pf, k + j))
				any_lit = 1;
			else if (!s->n_all)
				fprintf(err,
				        "logdx: %s:%d: signature '%s'%s: warning: no literal of 3 or more "
				        "characters, so this pattern runs on every line\n",
				        s->src_file, s->pat[j].line, s->id, var);
		}
		if (s->n_all && !any_lit)
			fprintf(err,
			        "logdx: %s:%d: signature '%s'%s: warning: no 'all' pattern has a literal of 3 "
			        "or more characters, so the signature runs on every line\n",
			        s->src_file, s->src_line, s->id, var);
	}
	lx_prefilter_free(pf);
	free(src);
}

/* An example of a fragment with {} replaced by sample. */
static char *instantiate(const char *ex, const char *sample)
{
	lx_buf b = {0};
	const char *p;
	for (p = ex; *p; p++) {
		if (p[0] == '{' && p[1] == '}' && sample) {
			lx_buf_adds(&b, sample);
			p++;
		} else {
			lx_buf_addc(&b, *p);
		}
	}
	return lx_buf_take(&b);
}

/* Whether pattern code matches some line of text. */
static int matches_text(const pcre2_code *code, pcre2_match_data *md, const char *text)
{
	const char *p = text;
	while (*p) {
		size_t n = strcspn(p, "\n");
		if (pcre2_match(code, (PCRE2_SPTR)p, n, 0, 0, md, NULL) >= 0)
			return 1;
		p += n;
		if (*p)
			p++;
	}
	return 0;
}

/* The fragments' examples and counter-examples, once for every distinct
 * use (fragment, argument, sample) by a signature: the instance the
 * signature compiled must match each example and no counter-example. */
static size_t check_uses(const lx_sigdb *db, const lx_signature *s, size_t *runs, FILE *err)
{
	pcre2_match_data *md = pcre2_match_data_create(4, NULL);
	size_t u, j, bad = 0;
	for (u = 0; md && u < s->n_uses; u++) {
		const lx_use *use = &s->uses[u];
		const lx_fragment *f = &db->frag[use->frag];
		/* {} in an example stands for a literal value: the typed field's
		 * sample, or an argument that is plain text; an example with {}
		 * is skipped for an argument that is a pattern */
		const char *sample =
			use->sample ? use->sample
			: use->arg && use->arg[strspn(
					      use->arg,
					      "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_ -")] ==
						'\0'
				? use->arg
				: NULL;
		char *src = lx_fragment_instance(db, f, use->arg, err);
		pcre2_code *code;
		int ec;
		PCRE2_SIZE off;
		if (!src) {
			bad++;
			continue;
		}
		code = pcre2_compile((PCRE2_SPTR)src, PCRE2_ZERO_TERMINATED,
		                     PCRE2_UTF | PCRE2_MATCH_INVALID_UTF, &ec, &off, NULL);
		free(src);
		if (!code) {
			fprintf(err,
			        "logdx: %s:%d: fragment '@%s' as used by '%s': pattern error at "
			        "offset %zu\n",
			        f->src_file, f->src_line, f->name, s->id, (size_t)off);
			bad++;
			continue;
		}
		for (j = 0; j < f->n_examples + f->n_counters; j++, (*runs)++) {
			int counter = j >= f->n_examples;
			const char *ex = counter ? f->counters[j - f->n_examples] : f->examples[j];
			char *t;
			if (!sample && strstr(ex, "{}")) {
				(*runs)--;
				continue;
			}
			t = instantiate(ex, sample);
			if (matches_text(code, md, t) == counter) {
				fprintf(err,
				        "logdx: %s:%d: fragment '@%s'%s%s%s, as used by '%s': %s %zu %s\n",
				        f->src_file, f->src_line, f->name,
				        use->arg ? " with '" : "",
				        use->arg ? (sample ? sample : use->arg) : "",
				        use->arg ? "'" : "", s->id,
				        counter ? "counter-example" : "example",
				        (counter ? j - f->n_examples : j) + 1,
				        counter ? "matches" : "does not match");
				bad++;
			}
			free(t);
		}
		pcre2_code_free(code);
	}
	pcre2_match_data_free(md);
	return bad;
}

/* Whether lang is one of v[0..n) (tags compare without case). */
static int has_lang(char *const *v, size_t n, const char *lang)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (!strcasecmp(v[i], lang))
			return 1;
	return 0;
}

/* With a languages: declaration, every signature gives its title and
 * remedy in each declared language, and in no other. */
static size_t check_langs(const lx_sigdb *db, const lx_signature *s, FILE *err)
{
	static const char *const what[] = {"title", "remedy"};
	const lx_l10n *t[2];
	size_t i, k, bad = 0;
	if (!db->n_langs)
		return 0;
	t[0] = &s->title;
	t[1] = &s->remedy;
	for (k = 0; k < 2; k++) {
		for (i = 0; i < db->n_langs; i++)
			if (strcasecmp(db->langs[i], "en") &&
			    !has_lang(t[k]->lang, t[k]->n, db->langs[i])) {
				fprintf(err,
				        "logdx: %s:%d: signature '%s': no %s[%s] (the pack declares "
				        "that language)\n",
				        s->src_file, s->src_line, s->id, what[k], db->langs[i]);
				bad++;
			}
		for (i = 0; i < t[k]->n; i++)
			if (!has_lang(db->langs, db->n_langs, t[k]->lang[i])) {
				fprintf(err,
				        "logdx: %s:%d: signature '%s': %s[%s]: a language the pack "
				        "does not declare (languages:)\n",
				        s->src_file, s->src_line, s->id, what[k], t[k]->lang[i]);
				bad++;
			}
	}
	return bad;
}

/* The items of a signature's `explains` that name no loaded signature (a
 * typo would fold nothing, silently).  Returns how many. */
static size_t explains_nothing(const lx_sigdb *db, FILE *err)
{
	size_t i, k, bad = 0;
	for (i = 0; i < db->n_sig; i++) {
		const char *p = db->sig[i].explains;
		while (p && *p) {
			size_t n = strcspn(p, ", \t");
			char item[256];
			int found = 0;
			if (n && n < sizeof item) {
				memcpy(item, p, n);
				item[n] = '\0';
				for (k = 0; k < db->n_sig && !found; k++)
					found = k != i && lx_rank_glob(item, db->sig[k].id);
				if (!found) {
					fprintf(err,
					        "logdx: %s:%d: signature '%s': explains '%s', which names no other signature\n",
					        db->sig[i].src_file, db->sig[i].src_line,
					        db->sig[i].id, item);
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
	for (i = 0; i < db->n_sig; i++) {
		const lx_signature *s = &db->sig[i];
		bad += check_uses(db, s, &runs, err);
		bad += check_langs(db, s, err);
		for (j = 0; j < s->n_examples; j++, runs++)
			if (!lx_matcher_probe(m, i, s->examples[j], strlen(s->examples[j]))) {
				fprintf(err,
				        "logdx: %s:%d: signature '%s': example %zu does not match\n",
				        s->src_file, s->src_line, s->id, j + 1);
				bad++;
			}
		for (j = 0; j < s->n_counters; j++, runs++)
			if (lx_matcher_probe(m, i, s->counters[j], strlen(s->counters[j]))) {
				fprintf(err,
				        "logdx: %s:%d: signature '%s': counter-example %zu matches\n",
				        s->src_file, s->src_line, s->id, j + 1);
				bad++;
			}
	}
	lx_matcher_free(m);
	bad += explains_nothing(db, err);
	slow_patterns(db, err);
	fprintf(out, "%zu signature%s, %zu example%s, %zu failed\n", db->n_sig,
	        db->n_sig == 1 ? "" : "s", runs, runs == 1 ? "" : "s", bad);
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

static const char *cond_name(lx_cond c)
{
	return c == LX_COND_ALL ? "all" : c == LX_COND_ANY ? "any" : "unless";
}

static const char *kind_name(lx_pkind k)
{
	static const char *const names[] = {"regex", "error-id", "hresult", "ep-code"};
	return names[k];
}

static void j_key(lx_buf *b, const char *key, const char *val)
{
	lx_buf_addf(b, ",\"%s\":", key);
	if (val)
		lx_esc_json_str(b, val);
	else
		lx_buf_adds(b, "null");
}

static void j_strv(lx_buf *b, const char *key, char *const *v, size_t n)
{
	size_t i;
	lx_buf_addf(b, ",\"%s\":[", key);
	for (i = 0; i < n; i++) {
		if (i)
			lx_buf_addc(b, ',');
		lx_esc_json_str(b, v[i]);
	}
	lx_buf_addc(b, ']');
}

static void j_l10n(lx_buf *b, const char *key, const lx_l10n *t)
{
	size_t i;
	j_key(b, key, t->text);
	lx_buf_addf(b, ",\"%s_l10n\":{", key);
	for (i = 0; i < t->n; i++) {
		if (i)
			lx_buf_addc(b, ',');
		lx_esc_json_str(b, t->lang[i]);
		lx_buf_addc(b, ':');
		lx_esc_json_str(b, t->tr[i]);
	}
	lx_buf_addc(b, '}');
}

/* The conditions of a signature or variant, expanded. */
static void j_patterns(lx_buf *b, const lx_signature *s, int written)
{
	size_t j;
	lx_buf_adds(b, ",\"patterns\":[");
	for (j = 0; j < s->n_pat; j++) {
		const lx_pattern *pt = &s->pat[j];
		lx_buf_addf(b, "%s{\"cond\":\"%s\"", j ? "," : "", cond_name(pt->cond));
		if (written) {
			lx_buf_addf(b, ",\"kind\":\"%s\",\"line\":%d", kind_name(pt->kind),
			            pt->line);
			j_key(b, "written", pt->written);
		}
		j_key(b, "expanded", pt->src);
		lx_buf_addc(b, '}');
	}
	lx_buf_addc(b, ']');
}

/* --list-signatures --format=jsonl: articles, fragments, then every
 * signature with every field, patterns as written and expanded. */
static void list_jsonl(const lx_sigdb *db, FILE *out)
{
	lx_buf b = {0};
	size_t i, j;
	for (i = 0; i < db->n_art; i++) {
		lx_buf_reset(&b);
		lx_buf_adds(&b, "{\"type\":\"article\",\"data\":{\"key\":");
		lx_esc_json_str(&b, db->art[i].key);
		j_key(&b, "url", db->art[i].url);
		lx_buf_adds(&b, "}}");
		fprintf(out, "%s\n", b.p);
	}
	for (i = 0; i < db->n_frag; i++) {
		const lx_fragment *f = &db->frag[i];
		lx_buf_reset(&b);
		lx_buf_adds(&b, "{\"type\":\"fragment\",\"data\":{\"name\":");
		lx_esc_json_str(&b, f->name);
		j_key(&b, "pattern", f->pattern);
		j_key(&b, "about", f->about);
		lx_buf_addf(&b, ",\"takes_arg\":%s", f->takes_arg ? "true" : "false");
		j_strv(&b, "examples", f->examples, f->n_examples);
		j_strv(&b, "counter_examples", f->counters, f->n_counters);
		lx_buf_addf(&b, ",\"defined\":\"");
		lx_esc_json(&b, f->src_file, strlen(f->src_file));
		lx_buf_addf(&b, ":%d\"}}", f->src_line);
		fprintf(out, "%s\n", b.p);
	}
	for (i = 0; i < db->n_sig; i++) {
		const lx_signature *s = &db->sig[i];
		lx_buf_reset(&b);
		lx_buf_adds(&b, "{\"type\":\"signature\",\"data\":{\"id\":");
		lx_esc_json_str(&b, s->id);
		j_l10n(&b, "title", &s->title);
		j_key(&b, "product", s->product);
		j_key(&b, "severity", lx_severity_name(s->severity));
		j_key(&b, "role", lx_role_name(s->role));
		j_strv(&b, "operation", s->ops, s->n_ops);
		j_strv(&b, "files", s->files, s->n_files);
		lx_buf_addf(&b, ",\"within\":%u", s->within);
		j_key(&b, "doc", s->doc);
		j_key(&b, "doc_written", s->doc_written);
		j_l10n(&b, "remedy", &s->remedy);
		j_patterns(&b, s, 1);
		lx_buf_adds(&b, ",\"variants\":[");
		for (j = 0; j < s->n_variants; j++) {
			const lx_signature *v = j ? &db->sig[db->n_sig] : s;
			size_t k, seen = 0;
			if (j) { /* the j-th variant of s among those that follow */
				for (k = db->n_sig; k < db->n; k++)
					if (db->sig[k].parent == i && ++seen == j) {
						v = &db->sig[k];
						break;
					}
			}
			lx_buf_addf(&b, "%s{\"within\":%u", j ? "," : "", v->within);
			j_patterns(&b, v, 0);
			lx_buf_addc(&b, '}');
		}
		lx_buf_addc(&b, ']');
		lx_buf_adds(&b, ",\"fragments_used\":[");
		for (j = 0; j < s->n_uses; j++) {
			lx_buf_addf(&b, "%s{\"fragment\":", j ? "," : "");
			lx_esc_json_str(&b, db->frag[s->uses[j].frag].name);
			j_key(&b, "arg", s->uses[j].arg);
			j_key(&b, "sample", s->uses[j].sample);
			lx_buf_addc(&b, '}');
		}
		lx_buf_addc(&b, ']');
		j_strv(&b, "examples", s->examples, s->n_examples);
		j_strv(&b, "counter_examples", s->counters, s->n_counters);
		lx_buf_addf(&b, ",\"defined\":\"");
		lx_esc_json(&b, s->src_file, strlen(s->src_file));
		lx_buf_addf(&b, ":%d\"}}", s->src_line);
		fprintf(out, "%s\n", b.p);
	}
	lx_buf_free(&b);
}

int lx_sigtool_list(const lx_sigdb *db, const lx_config *cfg, FILE *out)
{
	size_t i, j;
	lx_buf b = {0};
	if (cfg->format == LX_FMT_JSONL) {
		list_jsonl(db, out);
		return 0;
	}
	for (i = 0; i < db->n; i++) {
		const lx_signature *s = &db->sig[i];
		if (LX_SIG_IS_VARIANT(db, s))
			continue;
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

void lx_sigtool_no_such(const char *id)
{
	fputs("logdx: ", stderr);
	fprintf(stderr, _("no signature with id '%s' (see --list-signatures)"), id);
	fputc('\n', stderr);
}

int lx_sigtool_explain(const lx_sigdb *db, const lx_config *cfg, const char *id, FILE *out)
{
	const lx_signature *s = lx_sigdb_find(db, id);
	size_t j, v, k;
	if (!s) {
		lx_sigtool_no_such(id);
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
	for (j = 0; j < s->n_pat; j++) {
		const lx_pattern *pt = &s->pat[j];
		const char *label = pt->kind == LX_PK_REGEX ? cond_name(pt->cond)
		                                            : kind_name(pt->kind);
		if (pt->kind != LX_PK_REGEX && pt->cond != LX_COND_ALL)
			fprintf(out, "  %s-%s %s\n", cond_name(pt->cond), label, pt->written);
		else
			fprintf(out, "  %-9s %s\n", label, pt->written);
		if (strcmp(pt->written, pt->src))
			fprintf(out, "    = %s\n", pt->src);
	}
	for (v = s->n_variants > 1 ? db->n_sig : db->n, k = 1; v < db->n; v++) {
		const lx_signature *x = &db->sig[v];
		if (x->parent != (size_t)(s - db->sig))
			continue;
		fprintf(out,
		        "  variant %zu (a record: the value on a line of its own, next to its "
		        "label), within %u lines:\n",
		        ++k, x->within);
		for (j = 0; j < x->n_pat; j++)
			fprintf(out, "    %-7s %s\n", cond_name(x->pat[j].cond), x->pat[j].src);
	}
	if (s->doc_written && s->doc && strcmp(s->doc_written, s->doc))
		fprintf(out, "  doc:      %s\n    = %s\n", s->doc_written, s->doc);
	else
		fprintf(out, "  doc:      %s\n", s->doc ? s->doc : "");
	fprintf(out, "  remedy:   %s\n  defined:  %s:%d\n", lx_l10n_get(&s->remedy, cfg->lang),
	        s->src_file, s->src_line);
	for (j = 0; j < s->n_examples; j++) {
		const char *e = s->examples[j], *nl;
		fputs("  example:", out);
		if (!*e)
			fputc('\n', out);
		for (; *e; e = nl + 1) { /* one line each, under the first */
			nl = strchr(e, '\n');
			if (!nl)
				nl = e + strlen(e) - 1;
			fprintf(out, "%s%.*s\n", e == s->examples[j] ? "  " : "            ",
			        (int)(nl - e), e);
		}
	}
	return 0;
}
