/* out_html_fleet.c - the HTML report's fleet part (out_html.c writes the
 * rest of the page): one short row kept per machine as its section is
 * written, and at the end, above the sections, the header with the run's
 * totals and a severity legend, the fleet table (one row per machine,
 * linking to its section) and the failures table (each diagnosis with its
 * machines, root causes first).  See out_html_int.h. */
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "msg.h"
#include "out.h"
#include "out_html_int.h"
#include "timestamp.h"

#define ROW_HOSTS 3 /* hosts named in a fleet table row */

static void hosts_list(lx_buf *b, const lx_report *r)
{
	size_t i;
	for (i = 0; i < r->n_hosts && i < ROW_HOSTS; i++) {
		if (i)
			lx_buf_adds(b, ", ");
		lx_buf_adds(b, r->hosts[i]);
	}
	if (r->n_hosts > ROW_HOSTS)
		lx_buf_addf(b, " +%zu", r->n_hosts - ROW_HOSTS);
}

/* Keeps the machine's fleet table row and its diagnoses' ids. */
void lx_html_remember(html_state *st, const lx_report *r)
{
	html_row *w;
	lx_buf hb = {0};
	size_t i, k;
	lx_xgrow(&st->row, &st->cap, st->n + 1, sizeof *st->row);
	w = &st->row[st->n];
	memset(w, 0, sizeof *w);
	w->bundle = lx_xstrdup(r->bundle);
	hosts_list(&hb, r);
	w->hosts = hb.len ? lx_buf_take(&hb) : NULL;
	lx_buf_free(&hb);
	w->sev = -1;
	w->last = LX_TS_NONE;
	if (r->n_d) {
		w->id = lx_xstrdup(r->d[0].id);
		w->title = lx_xstrdup(r->d[0].title ? r->d[0].title : "");
		w->sev = (int)r->d[0].severity;
		w->resolved = r->d[0].resolved;
	}
	for (i = 0; i < r->n_d; i++) {
		html_fail *f = NULL;
		if (r->d[i].last_seen != LX_TS_NONE &&
		    (w->last == LX_TS_NONE || r->d[i].last_seen > w->last))
			w->last = r->d[i].last_seen;
		for (k = 0; k < st->n_fail && !f; k++)
			if (!strcmp(st->fail[k].id, r->d[i].id))
				f = &st->fail[k];
		if (!f) {
			lx_xgrow(&st->fail, &st->cap_fail, st->n_fail + 1, sizeof *st->fail);
			f = &st->fail[st->n_fail++];
			memset(f, 0, sizeof *f);
			f->id = lx_xstrdup(r->d[i].id);
		}
		lx_xgrow(&f->m, &f->cap, f->n + 1, sizeof *f->m);
		f->m[f->n++] = st->n;
	}
	w->n_d = r->n_d;
	w->errors = r->errors;
	st->n++;
}

static void legend(lx_out *o, const html_state *st)
{
	size_t n[LX_SEV_CRITICAL + 1] = {0}, i;
	int s;
	for (i = 0; i < st->n; i++)
		if (st->row[i].sev >= 0)
			n[st->row[i].sev]++;
	lx_buf_adds(&o->b, "<ul class=\"lg\">");
	for (s = LX_SEV_CRITICAL; s >= 0; s--)
		lx_buf_addf(&o->b, "<li><i class=\"%s\"></i>%s: <b id=\"n-%s\">%zu</b></li>",
		            sev_class(s), sev_label(o, s), lx_severity_name((lx_severity)s), n[s]);
	lx_buf_adds(&o->b, "</ul>\n");
}

static void header(lx_out *o, const lx_summary *s)
{
	html_state *st = o->priv;
	lx_buf_addf(&o->b,
	            "<header id=\"top\"><h1>%s</h1>\n<p>%s: %llu (%s: %llu) · %s: %llu · %s: ",
	            L(o, LX_M_REPORT), L(o, LX_M_MACHINES), (unsigned long long)s->bundles,
	            L(o, LX_M_WITH), (unsigned long long)s->bundles_with, L(o, LX_M_FILES),
	            (unsigned long long)s->files, L(o, LX_M_SIZE));
	lx_out_size(&o->b, s->bytes);
	lx_buf_addf(&o->b, " · %s: %llu · %s: %llu</p>\n", L(o, LX_M_DIAGNOSES),
	            (unsigned long long)s->diagnoses, L(o, LX_M_ERRORS),
	            (unsigned long long)s->errors);
	legend(o, st);
	lx_buf_adds(&o->b, "</header>\n");
}

/* The fleet table: data-k names the column in a shared link's sort=,
 * data-n sorts it as a number, data-d sorts it descending first; a cell's
 * data-v is its sort key when its first node's text is not. */
static void fleet_table(lx_out *o)
{
	html_state *st = o->priv;
	char t[20];
	size_t i;
	lx_buf_addf(&o->b, "<section id=\"fleet\"><h2>%s</h2>\n", L(o, LX_M_MACHINES));
	lx_buf_addf(&o->b,
	            "<p class=\"ctl\" id=\"ctl\" hidden><input id=\"q\" type=\"search\" "
	            "placeholder=\"%s\" aria-label=\"%s\"> <select id=\"sv\" aria-label=\"%s\">"
	            "<option value=\"\">%s</option>",
	            L(o, LX_M_FILTER), L(o, LX_M_FILTER), L(o, LX_M_SEVERITY), L(o, LX_M_ALL));
	for (i = LX_SEV_CRITICAL + 1; i-- > 0;)
		lx_buf_addf(&o->b, "<option value=\"%s\">%s</option>",
		            lx_severity_name((lx_severity)i), sev_label(o, (int)i));
	lx_buf_addf(&o->b, "</select> <output id=\"shown\">%zu</output> / %zu %s</p>\n", st->n,
	            st->n, L(o, LX_M_SHOWN));
	lx_buf_addf(
		&o->b,
		"<table id=\"ft\"><thead><tr><th data-k=\"machine\">%s</th><th data-k=\"top\">%s</th>"
		"<th data-k=\"severity\" data-n data-d>%s</th><th data-k=\"status\">%s</th>"
		"<th data-k=\"last\" data-d>%s</th><th data-k=\"diagnoses\" data-n data-d>%s</th>"
		"<th data-k=\"errors\" data-n data-d>%s</th></tr></thead>\n<tbody>\n",
		L(o, LX_M_MACHINE), L(o, LX_M_TOP), L(o, LX_M_SEVERITY), L(o, LX_M_STATUS),
		L(o, LX_M_LAST_SEEN), L(o, LX_M_DIAGNOSES), L(o, LX_M_ERRORS));
	for (i = 0; i < st->n; i++) {
		const html_row *w = &st->row[i];
		lx_buf_addf(&o->b, "<tr data-s=\"%s\"><td><a href=\"#m%zu\">",
		            w->sev >= 0 ? lx_severity_name((lx_severity)w->sev) : "", i + 1);
		h(&o->b, w->bundle);
		lx_buf_adds(&o->b, "</a>");
		if (w->hosts) {
			lx_buf_adds(&o->b, "<br><small>");
			h(&o->b, w->hosts);
			lx_buf_adds(&o->b, "</small>");
		}
		lx_buf_adds(&o->b, "</td><td>");
		if (w->id) {
			h(&o->b, w->title);
			lx_buf_adds(&o->b, "<br><code>");
			h(&o->b, w->id);
			lx_buf_adds(&o->b, "</code>");
		} else {
			lx_buf_addf(&o->b, "<span class=\"ok\">%s</span>", L(o, LX_M_NONE));
		}
		lx_buf_addf(&o->b,
		            "</td><td class=\"%s\" data-v=\"%d\">%s</td><td>%s</td><td>%s</td>"
		            "<td>%zu</td><td>%d</td></tr>\n",
		            sev_class(w->sev), w->sev, sev_label(o, w->sev),
		            w->id ? L(o, w->resolved ? LX_M_RESOLVED : LX_M_ACTIVE) : "",
		            lx_out_time(w->last, t), w->n_d, w->errors);
	}
	lx_buf_adds(&o->b, "</tbody></table></section>\n");
}

static const html_fail *find_fail(const html_state *st, const char *id)
{
	size_t i;
	for (i = 0; i < st->n_fail; i++)
		if (!strcmp(st->fail[i].id, id))
			return &st->fail[i];
	return NULL;
}

/* Each diagnosis id with its machines, in the fleet view's order. */
static void failures_table(lx_out *o)
{
	html_state *st = o->priv;
	size_t i, k;
	if (!o->fleet.n)
		return;
	lx_buf_addf(&o->b,
	            "<section id=\"failures\"><h2>%s</h2>\n<table><thead><tr><th>%s</th><th>%s</th>"
	            "<th>%s</th></tr></thead>\n<tbody>\n",
	            L(o, LX_M_FAILURES), L(o, LX_M_DIAGNOSIS), L(o, LX_M_SEVERITY),
	            L(o, LX_M_MACHINES));
	for (i = 0; i < o->fleet.n; i++) {
		const lx_fleet_row *r = &o->fleet.row[i];
		const html_fail *f = find_fail(st, r->id);
		if (!i || (!r->root && o->fleet.row[i - 1].root))
			lx_buf_addf(&o->b, "<tr><th colspan=\"3\">%s</th></tr>\n",
			            L(o, r->root ? LX_M_ROOT : LX_M_ALSO));
		lx_buf_adds(&o->b, "<tr><td>");
		h(&o->b, r->title);
		lx_buf_adds(&o->b, "<br><code>");
		h(&o->b, r->id);
		lx_buf_addf(&o->b, "</code></td><td class=\"%s\">%s</td><td>%zu: ",
		            sev_class((int)r->severity), sev_label(o, (int)r->severity), r->n);
		for (k = 0; k < r->n; k++) {
			if (k)
				lx_buf_adds(&o->b, ", ");
			if (f && f->n == r->n)
				lx_buf_addf(&o->b, "<a href=\"#m%zu\">", f->m[k] + 1);
			h(&o->b, r->bundles[k]);
			if (f && f->n == r->n)
				lx_buf_adds(&o->b, "</a>");
		}
		lx_buf_adds(&o->b, "</td></tr>\n");
	}
	lx_buf_adds(&o->b, "</tbody></table></section>\n");
}

void lx_html_fleet(lx_out *o, const lx_summary *s)
{
	header(o, s);
	fleet_table(o);
	failures_table(o);
}

void lx_html_rows_free(html_state *st)
{
	size_t i;
	for (i = 0; i < st->n; i++) {
		free(st->row[i].bundle);
		free(st->row[i].hosts);
		free(st->row[i].id);
		free(st->row[i].title);
	}
	for (i = 0; i < st->n_fail; i++) {
		free(st->fail[i].id);
		free(st->fail[i].m);
	}
	free(st->row);
	free(st->fail);
}
