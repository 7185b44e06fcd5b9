/* sigvariant.c - a signature's record variants: the copies of a
 * signature with error-id fields in which some of them take their record
 * form (the id alone on a line, next to a line holding the label alone),
 * added after every signature by the expansion of the typed fields
 * (sigexpand.c, lx_sigdb_expand()).  The matcher reports a variant's hits
 * as its parent's (sigdb.h).  See sigexpand_int.h. */
#include <string.h>

#include "sigexpand_int.h"
#include "util.h"

static char **strv_dup(char **v, size_t n)
{
	char **r = n ? lx_xcalloc(n, sizeof *r) : NULL;
	size_t i;
	for (i = 0; i < n; i++)
		r[i] = lx_xstrdup(v[i]);
	return r;
}

void lx_sigdb_add_variant(lx_sigdb *db, size_t si, char **record, unsigned bits, const char *label)
{
	lx_signature v, *s;
	size_t j, k = 0, n_label = 0;
	int any_met = 0;
	memset(&v, 0, sizeof v);
	s = &db->sig[si];
	v.id = lx_xstrdup(s->id);
	v.title.text = lx_xstrdup(s->title.text ? s->title.text : "");
	v.remedy.text = lx_xstrdup(s->remedy.text ? s->remedy.text : "");
	v.product = s->product ? lx_xstrdup(s->product) : NULL;
	v.severity = s->severity;
	v.doc = s->doc ? lx_xstrdup(s->doc) : NULL;
	v.ops = strv_dup(s->ops, s->n_ops);
	v.n_ops = s->n_ops;
	v.role = s->role;
	v.files = strv_dup(s->files, s->n_files);
	v.n_files = s->n_files;
	v.within = s->within ? s->within : 1;
	v.src_file = lx_xstrdup(s->src_file);
	v.src_line = s->src_line;
	v.parent = si;
	for (j = 0; j < s->n_pat; j++)
		if (record[j] && (bits >> k++ & 1)) {
			n_label++;
			any_met |= s->pat[j].cond == LX_COND_ANY;
		}
	v.pat = lx_xcalloc(s->n_pat + n_label, sizeof *v.pat);
	for (j = 0, k = 0; j < s->n_pat; j++) {
		lx_pattern *d;
		int rec = record[j] && (bits >> k++ & 1);
		if (!rec && any_met && s->pat[j].cond == LX_COND_ANY)
			continue;
		d = &v.pat[v.n_pat++];
		*d = s->pat[j];
		d->code = NULL;
		d->written = lx_xstrdup(s->pat[j].written);
		d->src = lx_xstrdup(rec ? record[j] : s->pat[j].src);
		if (rec)
			d->cond = LX_COND_ALL;
	}
	for (j = 0; j < n_label; j++) {
		lx_pattern *d = &v.pat[v.n_pat++];
		d->kind = LX_PK_REGEX;
		d->cond = LX_COND_ALL;
		d->line = s->src_line;
		d->written = lx_xstrdup("{@error-id-label}");
		d->src = lx_xstrdup(label);
	}
	for (j = 0; j < v.n_pat; j++) {
		v.n_all += v.pat[j].cond == LX_COND_ALL;
		v.n_any += v.pat[j].cond == LX_COND_ANY;
	}
	if (v.within > db->max_within)
		db->max_within = v.within;
	lx_xgrow(&db->sig, &db->cap, db->n + 1, sizeof *db->sig);
	db->sig[db->n++] = v;
	db->sig[si].n_variants++;
}
