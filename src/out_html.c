/* out_html.c - the fleet report as one self-contained HTML page: no
 * network (inline style sheet and script, out_html_assets.c), readable and
 * printable with scripts off, in the report's language (msg.c, po/).
 *
 * The page: a header with the run's totals and a severity legend; the
 * fleet table, one row per machine (bundle), each linking to its section;
 * the failures table, each diagnosis with its machines, root causes first;
 * then one section per machine: ranked diagnoses with remedy, doc link and
 * evidence, a timeline (inline SVG), errors and notes in full.
 *
 * Streaming with the tables on top: bundles arrive one by one, and the
 * tables need them all.  Each machine's section is written as its bundle
 * arrives, to a spool file (tmpfile()); the writer keeps only one short row
 * per machine (bundle, hosts, rank-1 id and title, severity, status, last
 * seen, counts) and, per diagnosis id, the indexes of its machines.  At the
 * end it writes the head, header and tables, then copies the spool after
 * them.  Without a spool file (no writable temporary directory) sections
 * go straight to the output and the tables follow them at the end, linked
 * from the top.  The rows kept, the header and the two tables are
 * out_html_fleet.c's; this file writes the head, each machine's section
 * and the end (out_html_int.h). */
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "i18n.h"
#include "msg.h"
#include "out.h"
#include "out_html.h"
#include "out_html_int.h"
#include "timestamp.h"

/* A link only to a web page: a doc URL read from a shard could be
 * anything. */
static void doc_link(lx_out *o, const lx_diag *d)
{
	const char *u = d->doc_local ? d->doc_local : d->doc;
	if (!u || !*u)
		return;
	lx_buf_adds(&o->b, "<p>");
	if (!strncmp(u, "https://", 8) || !strncmp(u, "http://", 7)) {
		lx_buf_adds(&o->b, "<a href=\"");
		h(&o->b, u);
		lx_buf_adds(&o->b, "\">");
		h(&o->b, L(o, LX_M_DOC));
		lx_buf_adds(&o->b, "</a>");
	} else {
		h(&o->b, L(o, LX_M_DOC));
		lx_buf_adds(&o->b, ": ");
		h(&o->b, u);
	}
	lx_buf_adds(&o->b, "</p>\n");
}

/* An evidence line in bold "FILE:LINE:", a context line around it
 * (--context) dimmed as "FILE-LINE-", or "--" between two runs. */
static void ev_line(void *ud, lx_evl_kind k, const lx_chain *path, uint64_t line, const char *text,
                    size_t len)
{
	lx_out *o = ud;
	if (k == LX_EVL_GAP) {
		lx_buf_adds(&o->b, "<span class=\"cx\">--</span>\n");
		return;
	}
	lx_buf_adds(&o->b, k == LX_EVL_MATCH ? "<b>" : "<span class=\"cx\">");
	lx_out_chain_display(&o->b, path, lx_esc_html);
	if (k == LX_EVL_MATCH)
		lx_buf_addf(&o->b, ":%llu:</b> ", (unsigned long long)line);
	else
		lx_buf_addf(&o->b, "-%llu- ", (unsigned long long)line);
	lx_esc_html(&o->b, text, len);
	if (k == LX_EVL_CONTEXT)
		lx_buf_adds(&o->b, "</span>");
	lx_buf_addc(&o->b, '\n');
}

static void evidence(lx_out *o, const lx_evidence *ev, size_t n)
{
	if (!n)
		return;
	lx_buf_adds(&o->b, "<pre>");
	lx_out_evidence_lines(ev, n, ev_line, o);
	lx_buf_adds(&o->b, "</pre>\n");
}

static void diag(lx_out *o, const lx_diag *d)
{
	char t1[20], t2[20];
	size_t k;
	lx_buf_addf(&o->b, "<li value=\"%u\"><h3><span class=\"%s\">", d->rank,
	            sev_class((int)d->severity));
	h(&o->b, sev_label(o, (int)d->severity));
	lx_buf_adds(&o->b, "</span> ");
	h(&o->b, d->title);
	if (d->resolved) {
		lx_buf_adds(&o->b, " <span class=\"ok\">(");
		h(&o->b, L(o, LX_M_RESOLVED));
		lx_buf_adds(&o->b, ")</span>");
	}
	lx_buf_adds(&o->b, "</h3>\n<p class=\"meta\"><code>");
	h(&o->b, d->id);
	lx_buf_addf(&o->b, "</code> · %s: %llu", L(o, LX_M_COUNT), (unsigned long long)d->count);
	lx_out_time(d->first_seen, t1);
	lx_out_time(d->last_seen, t2);
	if (t1[0])
		lx_buf_addf(&o->b, " · %s: %s", L(o, LX_M_FIRST_SEEN), t1);
	if (t2[0])
		lx_buf_addf(&o->b, " · %s: %s", L(o, LX_M_LAST_SEEN), t2);
	if (d->host) {
		lx_buf_addf(&o->b, " · %s: ", L(o, LX_M_HOST));
		h(&o->b, d->host);
	}
	lx_buf_adds(&o->b, "</p>\n");
	if (d->remedy && *d->remedy) {
		lx_buf_addf(&o->b, "<p><b>%s:</b> ", L(o, LX_M_REMEDY));
		h(&o->b, d->remedy);
		lx_buf_adds(&o->b, "</p>\n");
	}
	doc_link(o, d);
	evidence(o, d->ev, d->n_ev);
	if (d->n_cq) {
		lx_buf_addf(&o->b, "<p><b>%s:</b> ", L(o, LX_M_EXPLAINS));
		for (k = 0; k < d->n_cq; k++) {
			lx_buf_adds(&o->b, k ? ", <code>" : "<code>");
			h(&o->b, d->cq[k].id);
			lx_buf_adds(&o->b, "</code>");
			if (d->cq[k].count > 1)
				lx_buf_addf(&o->b, " (×%llu)", (unsigned long long)d->cq[k].count);
		}
		lx_buf_adds(&o->b, "</p>\n");
		for (k = 0; k < d->n_cq; k++)
			evidence(o, d->cq[k].ev, d->cq[k].n_ev);
	}
	lx_buf_adds(&o->b, "</li>\n");
}

/* The diagnoses on a time axis: one bar per diagnosis from its first to
 * its last time seen, in rank order; nothing when none has a time. */
static void timeline(lx_out *o, const lx_report *r)
{
	enum { X0 = 24, W = 560, ROW = 14 };
	int64_t t0 = LX_TS_NONE, t1 = LX_TS_NONE;
	char a[20], z[20];
	size_t i, y;
	double span;
	for (i = 0; i < r->n_d; i++) {
		int64_t f = r->d[i].first_seen, l = r->d[i].last_seen;
		if (f == LX_TS_NONE)
			f = l;
		if (l == LX_TS_NONE)
			l = f;
		if (f == LX_TS_NONE)
			continue;
		if (t0 == LX_TS_NONE || f < t0)
			t0 = f;
		if (t1 == LX_TS_NONE || l > t1)
			t1 = l;
	}
	if (t0 == LX_TS_NONE)
		return;
	span = t1 > t0 ? (double)(t1 - t0) : 1;
	lx_buf_addf(&o->b,
	            "<h3>%s</h3>\n<svg viewBox=\"0 0 %d %zu\" role=\"img\" aria-label=\"%s\">",
	            L(o, LX_M_TIMELINE), X0 + W + 6, r->n_d * ROW + 16, L(o, LX_M_TIMELINE));
	for (i = 0, y = 0; i < r->n_d; i++, y += ROW) {
		const lx_diag *d = &r->d[i];
		int64_t f = d->first_seen != LX_TS_NONE ? d->first_seen : d->last_seen;
		int64_t l = d->last_seen != LX_TS_NONE ? d->last_seen : d->first_seen;
		double x, w;
		lx_buf_addf(&o->b, "<text x=\"0\" y=\"%zu\">%u</text>", y + 10, d->rank);
		if (f == LX_TS_NONE)
			continue;
		x = X0 + (double)(f - t0) * W / span;
		w = (double)(l - f) * W / span;
		lx_buf_addf(
			&o->b,
			"<rect class=\"%s%s\" x=\"%.0f\" y=\"%zu\" width=\"%.0f\" height=\"10\">"
			"<title>%u. ",
			sev_class((int)d->severity), d->resolved ? " rs" : "", x, y + 1,
			w < 3 ? 3 : w, d->rank);
		h(&o->b, d->id);
		lx_buf_addf(&o->b, " %s – %s</title></rect>", lx_out_time(f, a), lx_out_time(l, z));
	}
	lx_buf_addf(&o->b, "<text x=\"%d\" y=\"%zu\">%s</text>", X0, y + 12, lx_out_time(t0, a));
	lx_buf_addf(&o->b, "<text x=\"%d\" y=\"%zu\" text-anchor=\"end\">%s</text></svg>\n", X0 + W,
	            y + 12, lx_out_time(t1, z));
}

static void problems(lx_out *o, const lx_report *r)
{
	size_t i;
	if (!r->n_pr)
		return;
	lx_buf_addf(&o->b, "<h3>%s</h3>\n<ul>\n", L(o, LX_M_PROBLEMS));
	for (i = 0; i < r->n_pr; i++) {
		const lx_problem *p = &r->pr[i];
		lx_buf_addf(&o->b, "<li><b class=\"%s\">%s</b> <code>", p->note ? "si" : "se",
		            L(o, p->note ? LX_M_NOTE : LX_M_ERROR));
		if (p->path.n)
			lx_out_chain_display(&o->b, &p->path, lx_esc_html);
		else
			h(&o->b, r->bundle);
		lx_buf_adds(&o->b, "</code>: ");
		h(&o->b, p->msg);
		lx_buf_adds(&o->b, "</li>\n");
	}
	lx_buf_adds(&o->b, "</ul>\n");
}

static void html_head(lx_out *o)
{
	fprintf(o->f,
	        "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">\n"
	        "<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n"
	        "<title>%s</title>\n<style>%s</style></head><body>\n",
	        o->cfg->lang ? o->cfg->lang : "en", L(o, LX_M_REPORT), lx_html_css);
}

static void html_begin(lx_out *o)
{
	html_state *st = lx_xcalloc(1, sizeof *st);
	o->priv = st;
	st->spool = tmpfile();
	if (!st->spool) {
		html_head(o);
		fprintf(o->f, "<p><a href=\"#fleet\">%s</a></p>\n", L(o, LX_M_MACHINES));
	}
}

/* A bundle's unrecognised errors (unrecset.h): a table after its
 * diagnoses. */
static void html_unrec(lx_out *o, const lx_report *r)
{
	size_t i;
	char t1[20], t2[20];
	if (!r->un_on || !r->n_un)
		return;
	lx_buf_addf(&o->b,
	            "<h3>Unrecognised errors: %llu templates</h3>\n"
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

/* --files: the bundle's files, folded (a <details> opens without a
 * script). */
static void html_files(lx_out *o, const lx_report *r)
{
	size_t i;
	if (!r->files_on || !r->n_fl)
		return;
	lx_buf_addf(&o->b,
	            "<details><summary>%s: %zu</summary>\n<table><tr><th>%s</th>"
	            "<th>%s</th><th>%s</th><th>%s</th></tr>\n",
	            L(o, LX_M_FILES), r->n_fl, C_("file list", "type"), C_("file list", "encoding"),
	            C_("file list", "lines"), C_("file list", "file"));
	for (i = 0; i < r->n_fl; i++) {
		const lx_file *f = &r->fl[i];
		lx_buf_adds(&o->b, "<tr><td>");
		h(&o->b, f->type ? f->type : "-");
		lx_buf_adds(&o->b, "</td><td>");
		h(&o->b, f->encoding ? f->encoding : "-");
		if (f->scanned)
			lx_buf_addf(&o->b, "</td><td>%llu</td><td>", (unsigned long long)f->lines);
		else
			lx_buf_adds(&o->b, "</td><td>-</td><td>");
		lx_out_chain_display(&o->b, &f->path, lx_esc_html);
		if (f->skipped) {
			lx_buf_addf(&o->b, " <span class=\"cx\">(%s ", _("skipped:"));
			h(&o->b, _(f->skipped));
			lx_buf_adds(&o->b, ")</span>");
		}
		if (f->error) {
			lx_buf_addf(&o->b, " <span class=\"se\">(%s ", _("error:"));
			h(&o->b, f->error);
			lx_buf_adds(&o->b, ")</span>");
		}
		lx_buf_adds(&o->b, "</td></tr>\n");
	}
	lx_buf_adds(&o->b, "</table></details>\n");
}

static void html_bundle(lx_out *o, const lx_report *r)
{
	html_state *st = o->priv;
	size_t i;
	lx_buf_reset(&o->b);
	lx_buf_addf(&o->b, "<section class=\"m\" id=\"m%zu\"><h2>", st->n + 1);
	h(&o->b, r->bundle);
	lx_buf_adds(&o->b, "</h2>\n<p class=\"meta\">");
	if (r->n_hosts) {
		lx_buf_addf(&o->b, "%s: ", L(o, LX_M_HOST));
		for (i = 0; i < r->n_hosts; i++) {
			if (i)
				lx_buf_adds(&o->b, ", ");
			h(&o->b, r->hosts[i]);
		}
		lx_buf_adds(&o->b, " · ");
	}
	lx_buf_addf(&o->b, "%s: %llu · %s: ", L(o, LX_M_FILES), (unsigned long long)r->files,
	            L(o, LX_M_SIZE));
	lx_out_size(&o->b, r->bytes);
	lx_buf_addf(&o->b, " · %s: %zu · %s: %d · <a class=\"bk\" href=\"#fleet\">%s</a></p>\n",
	            L(o, LX_M_DIAGNOSES), r->n_d, L(o, LX_M_ERRORS), r->errors, L(o, LX_M_BACK));
	if (r->n_d) {
		timeline(o, r);
		lx_buf_adds(&o->b, "<ol class=\"d\">\n");
		for (i = 0; i < r->n_d; i++)
			diag(o, &r->d[i]);
		lx_buf_adds(&o->b, "</ol>\n");
	} else {
		/* which "nothing": see lx_report's known_files */
		lx_buf_addf(&o->b, "<p class=\"ok\">%s</p>\n",
		            L(o, !r->files         ? LX_M_NO_TEXT
		                 : !r->known_files ? LX_M_NO_KNOWN_LOG
		                                   : LX_M_NONE));
	}
	if (r->hidden)
		lx_buf_addf(&o->b, "<p class=\"meta\">%llu %s</p>\n", (unsigned long long)r->hidden,
		            L(o, LX_M_HIDDEN));
	/* Per-bundle extra sections go here: after the diagnoses, before the
	 * errors and notes, each rendered by its own function into o->b. */
	html_unrec(o, r);
	html_files(o, r);
	problems(o, r);
	lx_buf_adds(&o->b, "</section>\n");
	fwrite(o->b.p, 1, o->b.len, st->spool ? st->spool : o->f);
	lx_html_remember(st, r);
}

static void html_end(lx_out *o, const lx_summary *s)
{
	html_state *st = o->priv;
	lx_buf_reset(&o->b);
	if (st->spool)
		html_head(o);
	lx_html_fleet(o, s);
	fwrite(o->b.p, 1, o->b.len, o->f);
	if (st->spool) {
		char buf[65536];
		size_t n;
		rewind(st->spool);
		while ((n = fread(buf, 1, sizeof buf, st->spool)) > 0)
			fwrite(buf, 1, n, o->f);
	}
	fprintf(o->f, "<script>%s</script>\n</body></html>\n", lx_html_js);
}

static void html_free(lx_out *o)
{
	html_state *st = o->priv;
	if (!st)
		return;
	lx_html_rows_free(st);
	if (st->spool)
		fclose(st->spool);
	free(st);
	o->priv = NULL;
}

const lx_out_ops lx_out_html_ops = {html_begin, html_bundle, html_end, html_free};