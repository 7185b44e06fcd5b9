/* out.c - choosing an output, the list modes (-l, -L, -c) and helpers
 * shared by the formats. */
#include "out.h"

#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "i18n.h"
#include "timestamp.h"

void lx_out_chain_display(lx_buf *b, const lx_chain *c, void (*esc)(lx_buf *, const char *, size_t))
{
	size_t i;
	for (i = 0; i < c->n; i++) {
		if (i > 0) {
			const char *prev = c->part[i - 1];
			size_t l = strlen(prev);
			if (!(c->sep[i] == '/' && l && prev[l - 1] == '/'))
				lx_buf_addc(b, c->sep[i]);
		}
		esc(b, c->part[i], strlen(c->part[i]));
	}
}

const char *lx_out_status(const lx_diag *d)
{
	return d->resolved ? "resolved" : "active";
}

const char *lx_out_time(int64_t t, char out[20])
{
	if (t == LX_TS_NONE) {
		out[0] = '\0';
		return out;
	}
	lx_ts_format(t, out);
	return out;
}

void lx_out_size(lx_buf *b, uint64_t n)
{
	static const char *const u[] = {"bytes", "KiB", "MiB", "GiB", "TiB"};
	double v = (double)n;
	int i = 0;
	if (n < 1024) {
		lx_buf_addf(b, P_("%llu byte", "%llu bytes", n), (unsigned long long)n);
		return;
	}
	while (v >= 1024 && i < 4) {
		v /= 1024;
		i++;
	}
	lx_buf_addf(b, "%.1f %s", v, u[i]);
}

typedef struct evl {
	size_t grp; /* entries of one file in a row share a group */
	uint64_t line;
	int match;
	const char *text;
	size_t len;
	const lx_chain *path;
} evl;

static int evl_cmp(const void *a, const void *b)
{
	const evl *x = a, *y = b;
	if (x->grp != y->grp)
		return x->grp < y->grp ? -1 : 1;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return y->match - x->match;
}

/* Appends the lines of blob p[0..n) (each ending in '\n') to v, numbered
 * from first. */
static void add_lines(evl **v, size_t *nv, size_t *cap, const evl *proto, uint64_t first,
                      const char *p, size_t n)
{
	size_t at = 0;
	while (at < n) {
		const char *nl = memchr(p + at, '\n', n - at);
		size_t len = nl ? (size_t)(nl - (p + at)) : n - at;
		lx_xgrow(v, cap, *nv + 1, sizeof **v);
		(*v)[*nv] = *proto;
		(*v)[*nv].line = first++;
		(*v)[*nv].text = p + at;
		(*v)[(*nv)++].len = len;
		at += len + 1;
	}
}

static size_t count_lines(const char *p, size_t n)
{
	size_t k = 0, i;
	for (i = 0; i < n; i++)
		k += p[i] == '\n';
	return k;
}

void lx_out_evidence_lines(const lx_evidence *ev, size_t n, lx_evl_fn fn, void *ud)
{
	evl *v = NULL, proto;
	size_t nv = 0, cap = 0, i, grp = 0;
	int ctx = 0;
	for (i = 0; i < n; i++) {
		const lx_evidence *e = &ev[i];
		if (i && !lx_chain_equal(&e->path, &ev[i - 1].path))
			grp++;
		proto.grp = grp;
		proto.path = &e->path;
		proto.match = 0;
		if (e->before) {
			ctx = 1;
			add_lines(&v, &nv, &cap, &proto,
			          e->line - count_lines(e->before, e->before_len), e->before,
			          e->before_len);
			add_lines(&v, &nv, &cap, &proto, e->line + 1, e->after, e->after_len);
		}
		lx_xgrow(&v, &cap, nv + 1, sizeof *v);
		v[nv] = proto;
		v[nv].line = e->line;
		v[nv].match = 1;
		v[nv].text = e->text;
		v[nv++].len = e->len;
	}
	if (nv > 1)
		qsort(v, nv, sizeof *v, evl_cmp);
	for (i = 0; i < nv; i++) {
		if (i && v[i].grp == v[i - 1].grp && v[i].line == v[i - 1].line)
			continue; /* the same line again: the match came first */
		if (i && ctx && (v[i].grp != v[i - 1].grp || v[i].line != v[i - 1].line + 1))
			fn(ud, LX_EVL_GAP, NULL, 0, NULL, 0);
		fn(ud, v[i].match ? LX_EVL_MATCH : LX_EVL_CONTEXT, v[i].path, v[i].line, v[i].text,
		   v[i].len);
	}
	free(v);
}

void lx_out_problems(const lx_report *r, FILE *f)
{
	lx_buf b = {0};
	size_t i, k;
	for (i = 0; i < r->n_pr; i++) {
		const lx_problem *p = &r->pr[i];
		lx_buf_reset(&b);
		lx_buf_adds(&b, "logdx: ");
		/* archive members after ": ", files below a directory after '/' */
		for (k = 0; k < p->path.n; k++) {
			if (k > 0 && p->path.sep[k] == '!') {
				lx_buf_adds(&b, ": ");
			} else if (k > 0) {
				const char *prev = p->path.part[k - 1];
				size_t l = strlen(prev);
				if (!l || prev[l - 1] != '/')
					lx_buf_addc(&b, '/');
			}
			lx_esc_term(&b, p->path.part[k], strlen(p->path.part[k]));
		}
		if (!p->path.n)
			lx_esc_term(&b, r->bundle, strlen(r->bundle));
		lx_buf_adds(&b, ": ");
		lx_esc_term(&b, p->msg, strlen(p->msg));
		lx_buf_addc(&b, '\n');
		fwrite(b.p, 1, b.len, f);
	}
	lx_buf_free(&b);
}

/* ---- -l, -L, -c ---------------------------------------------------- */

static void list_bundle(lx_out *o, const lx_report *r)
{
	lx_buf_reset(&o->b);
	if (o->cfg->count) {
		lx_esc_term(&o->b, r->bundle, strlen(r->bundle));
		lx_buf_addf(&o->b, ":%zu\n", r->n_d);
	} else if ((o->cfg->list_files && lx_report_counted(o->cfg, r)) ||
	           (o->cfg->list_clean && !lx_report_counted(o->cfg, r))) {
		lx_esc_term(&o->b, r->bundle, strlen(r->bundle));
		lx_buf_addc(&o->b, '\n');
	}
	if (o->b.len)
		fwrite(o->b.p, 1, o->b.len, o->f);
}

static void nothing_begin(lx_out *o)
{
	(void)o;
}

static void nothing_bundle(lx_out *o, const lx_report *r)
{
	(void)o;
	(void)r;
}

static void nothing_end(lx_out *o, const lx_summary *s)
{
	(void)o;
	(void)s;
}

static void nothing_free(lx_out *o)
{
	(void)o;
}

static const lx_out_ops list_ops = {nothing_begin, list_bundle, nothing_end, nothing_free};
static const lx_out_ops quiet_ops = {nothing_begin, nothing_bundle, nothing_end, nothing_free};

const lx_out_format lx_out_formats[] = {
	{"text", LX_FMT_TEXT, &lx_out_text_ops, 0, N_("a report for people to read")},
	{"json", LX_FMT_JSON, &lx_out_json_ops, 0, N_("one JSON document (logdx.report/1)")},
	{"jsonl", LX_FMT_JSONL, &lx_out_jsonl_ops, 0, N_("JSON Lines: one event per line")},
	{"grep", LX_FMT_GREP, &lx_out_grep_ops, 0,
         N_("one FILE:LINE:ID:TEXT line per evidence line")},
	{"csv", LX_FMT_CSV, &lx_out_csv_ops, 0, N_("CSV (RFC 4180): one row per diagnosis")},
	{"html", LX_FMT_HTML, &lx_out_html_ops, 0, N_("one self-contained web page")},
	/* not reports: lists that --list-signatures and --templates write
	 * themselves (options.c refuses them elsewhere) */
	{"patterns", LX_FMT_PATTERNS, &lx_out_text_ops, 1,
         N_("with --list-signatures: the signatures' patterns")},
	{"tsv", LX_FMT_TSV, &lx_out_text_ops, 1, N_("with --templates: one line per input line")},
	{NULL, LX_FMT_TEXT, NULL, 0, NULL},
};

void lx_out_format_names(lx_buf *b)
{
	size_t i;
	int first = 1;
	for (i = 0; lx_out_formats[i].name; i++) {
		if (lx_out_formats[i].list)
			continue;
		if (!first)
			/* TRANSLATORS: between the items of a list of names */
			lx_buf_adds(b, C_("list", ", "));
		lx_buf_adds(b, lx_out_formats[i].name);
		first = 0;
	}
}

lx_out *lx_out_new(const lx_config *cfg, FILE *f)
{
	lx_out *o = lx_xcalloc(1, sizeof *o);
	o->cfg = cfg;
	o->f = f;
	if (cfg->quiet)
		o->ops = &quiet_ops;
	else if (cfg->list_files || cfg->list_clean || cfg->count)
		o->ops = &list_ops;
	else {
		size_t i;
		o->ops = &lx_out_text_ops;
		for (i = 0; lx_out_formats[i].name; i++)
			if (lx_out_formats[i].format == cfg->format)
				o->ops = lx_out_formats[i].ops;
	}
	return o;
}

void lx_out_begin(lx_out *o)
{
	o->ops->begin(o);
}

void lx_out_bundle(lx_out *o, const lx_report *r)
{
	o->ops->bundle(o, r);
	lx_fleet_add(&o->fleet, r);
	o->n++;
}

void lx_out_end(lx_out *o, const lx_summary *s)
{
	lx_fleet_sort(&o->fleet);
	o->ops->end(o, s);
}

void lx_out_free(lx_out *o)
{
	if (!o)
		return;
	o->ops->free(o);
	lx_fleet_free(&o->fleet);
	lx_buf_free(&o->b);
	free(o);
}
