/* out_html.c - a self-contained HTML page: one section per bundle with a
 * table of its ranked diagnoses (for attaching to a ticket). */
#include <string.h>

#include "escape.h"
#include "out.h"

static void h(lx_buf *b, const char *s)
{
	lx_esc_html(b, s ? s : "", s ? strlen(s) : 0);
}

static void html_begin(lx_out *o)
{
	fprintf(o->f, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">"
	        "<title>logdx report</title>\n"
	        "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
	        "td,th{border:1px solid #ccc;padding:4px;vertical-align:top}"
	        "pre{margin:0;white-space:pre-wrap}</style></head><body>\n",
	        o->cfg->lang ? o->cfg->lang : "en");
}

/* A bundle's unrecognised errors (unrecset.h): a table after its
 * diagnoses. */
static void html_unrec(lx_out *o, const lx_report *r)
{
	size_t i;
	char t1[20], t2[20];
	if (!r->un_on || !r->n_un)
		return;
	lx_buf_addf(&o->b, "<h3>Unrecognised errors: %llu templates</h3>\n"
	                   "<table><tr><th>count</th><th>first seen</th><th>last seen</th>"
	                   "<th>template and example</th></tr>\n",
	            (unsigned long long)r->un_templates);
	for (i = 0; i < r->n_un; i++) {
		const lx_unrec *u = &r->un[i];
		lx_buf_addf(&o->b, "<tr><td>%llu</td><td>", (unsigned long long)u->count);
		h(&o->b, lx_out_time(u->first_seen, t1));
		lx_buf_adds(&o->b, "</td><td>");
		h(&o->b, lx_out_time(u->last_seen, t2));
		lx_buf_adds(&o->b, "</td><td><code>");
		h(&o->b, u->tpl);
		lx_buf_adds(&o->b, "</code><pre>");
		lx_esc_html(&o->b, u->example, u->example_len);
		lx_buf_adds(&o->b, "</pre></td></tr>\n");
	}
	lx_buf_adds(&o->b, "</table>\n");
}

static void html_bundle(lx_out *o, const lx_report *r)
{
	size_t i, k;
	char t[20];
	lx_buf_reset(&o->b);
	lx_buf_adds(&o->b, "<h2>");
	h(&o->b, r->bundle);
	lx_buf_addf(&o->b, "</h2>\n<p>%llu files, %llu bytes, %zu diagnoses, %d errors</p>\n",
	            (unsigned long long)r->files, (unsigned long long)r->bytes, r->n_d,
	            r->errors);
	if (r->n_d)
		lx_buf_adds(&o->b, "<table><tr><th>rank</th><th>severity</th><th>diagnosis</th>"
		                   "<th>count</th><th>last seen</th><th>evidence</th></tr>\n");
	for (i = 0; i < r->n_d; i++) {
		const lx_diag *d = &r->d[i];
		lx_buf_addf(&o->b, "<tr><td>%u</td><td>%s%s</td><td><b>", d->rank,
		            lx_severity_name(d->severity), d->resolved ? " (resolved)" : "");
		h(&o->b, d->title);
		lx_buf_adds(&o->b, "</b><br><code>");
		h(&o->b, d->id);
		lx_buf_adds(&o->b, "</code><br>");
		h(&o->b, d->remedy);
		if (d->doc && *d->doc) {
			lx_buf_adds(&o->b, "<br><a href=\"");
			h(&o->b, d->doc_local ? d->doc_local : d->doc);
			lx_buf_adds(&o->b, "\">documentation</a>");
		}
		lx_buf_addf(&o->b, "</td><td>%llu</td><td>", (unsigned long long)d->count);
		h(&o->b, lx_out_time(d->last_seen, t));
		lx_buf_adds(&o->b, "</td><td><pre>");
		for (k = 0; k < d->n_ev; k++) {
			lx_out_chain_display(&o->b, &d->ev[k].path, lx_esc_html);
			lx_buf_addf(&o->b, ":%llu: ", (unsigned long long)d->ev[k].line);
			lx_esc_html(&o->b, d->ev[k].text, d->ev[k].len);
			lx_buf_addc(&o->b, '\n');
		}
		lx_buf_adds(&o->b, "</pre></td></tr>\n");
	}
	if (r->n_d)
		lx_buf_adds(&o->b, "</table>\n");
	html_unrec(o, r);
	fwrite(o->b.p, 1, o->b.len, o->f);
}

static void html_end(lx_out *o, const lx_summary *s)
{
	fprintf(o->f, "<p>%llu bundles, %llu diagnoses, %llu errors</p>\n</body></html>\n",
	        (unsigned long long)s->bundles, (unsigned long long)s->diagnoses,
	        (unsigned long long)s->errors);
}

static void html_free(lx_out *o)
{
	(void)o;
}

const lx_out_ops lx_out_html_ops = {html_begin, html_bundle, html_end, html_free};
