/* out.c - choosing an output, the list modes (-l, -L, -c) and helpers
 * shared by the formats. */
#include "out.h"

#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "i18n.h"
#include "timestamp.h"

void lx_out_chain_display(lx_buf *b, const lx_chain *c,
                          void (*esc)(lx_buf *, const char *, size_t))
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

lx_out *lx_out_new(const lx_config *cfg, FILE *f)
{
	lx_out *o = lx_xcalloc(1, sizeof *o);
	o->cfg = cfg;
	o->f = f;
	if (cfg->quiet)
		o->ops = &quiet_ops;
	else if (cfg->list_files || cfg->list_clean || cfg->count)
		o->ops = &list_ops;
	else
		switch (cfg->format) {
		case LX_FMT_JSON:
			o->ops = &lx_out_json_ops;
			break;
		case LX_FMT_JSONL:
			o->ops = &lx_out_jsonl_ops;
			break;
		case LX_FMT_GREP:
			o->ops = &lx_out_grep_ops;
			break;
		case LX_FMT_CSV:
			o->ops = &lx_out_csv_ops;
			break;
		case LX_FMT_HTML:
			o->ops = &lx_out_html_ops;
			break;
		case LX_FMT_TEXT:
		case LX_FMT_PATTERNS:
		case LX_FMT_TSV:
			o->ops = &lx_out_text_ops;
			break;
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
