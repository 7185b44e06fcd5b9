/* out_text.c - the human report: per bundle, ranked diagnoses with their
 * evidence, remedy and documentation link, its unrecognised errors and
 * (--files) its files.  Colour only when asked for (cfg->color, resolved
 * from --color, NO_COLOR and the terminal).  The fleet summary at the end
 * is out_text_fleet.c's; line breaking is out_text_wrap.c's. */
#include <string.h>

#include "escape.h"
#include "i18n.h"
#include "msg.h"
#include "out.h"
#include "out_text.h"
#include "unrecset.h"

#define TEXT_UNREC 5 /* unrecognised errors shown per bundle */

const char *lx_text_sev_color(lx_severity s)
{
	switch (s) {
	case LX_SEV_CRITICAL:
		return "\033[1;31m";
	case LX_SEV_ERROR:
		return "\033[31m";
	case LX_SEV_WARNING:
		return "\033[33m";
	case LX_SEV_INFO:
		break;
	}
	return "\033[36m";
}

void lx_text_col(lx_out *o, const char *c)
{
	if (o->cfg->color)
		lx_buf_adds(&o->b, c);
}

void lx_text_esc(lx_out *o, const char *s)
{
	lx_esc_term(&o->b, s, strlen(s));
}

void lx_text_spaces(lx_buf *b, size_t n)
{
	while (n--)
		lx_buf_addc(b, ' ');
}

/* Writes text from column colno on, wrapped at WRAP columns,
 * continuation lines indented by indent columns. */
static void wrap_text(lx_out *o, size_t colno, size_t indent, const char *text)
{
	(void)lx_text_wrap_into(&o->b, colno, WRAP, indent, text);
}

/* Writes text as an indented paragraph after "     label ", wrapped at
 * WRAP. */
static void wrapped(lx_out *o, const char *label, const char *text)
{
	size_t indent = 6 + lx_text_width(label, strlen(label));
	lx_buf_addf(&o->b, "     %s ", label);
	wrap_text(o, indent, indent, text);
	lx_buf_addc(&o->b, '\n');
}

/* "first: T1  last: T2", the labels in the report's language. */
static void first_last(lx_buf *b, const char *t1, const char *t2)
{
	lx_buf_addf(b, "%s %s  %s %s", _("first:"), t1, _("last:"), t2);
}

/* An evidence line, "FILE:LINE: TEXT", or a context line around it,
 * "FILE-LINE- TEXT" (grep's separators), or "--" between two runs. */
static void ev_line(void *ud, lx_evl_kind k, const lx_chain *path, uint64_t line, const char *text,
                    size_t len)
{
	lx_out *o = ud;
	char sep = k == LX_EVL_MATCH ? ':' : '-';
	lx_buf_adds(&o->b, "     ");
	if (k == LX_EVL_GAP) {
		lx_buf_adds(&o->b, "--\n");
		return;
	}
	lx_text_col(o, C_FILE);
	lx_out_chain_display(&o->b, path, lx_esc_term);
	lx_text_col(o, C_RESET);
	lx_buf_addc(&o->b, sep);
	lx_text_col(o, C_LINE);
	lx_buf_addf(&o->b, "%llu", (unsigned long long)line);
	lx_text_col(o, C_RESET);
	lx_buf_addc(&o->b, sep);
	if (len) /* an empty line ends with its separator, as in grep */
		lx_buf_addc(&o->b, ' ');
	if (k == LX_EVL_CONTEXT)
		lx_text_col(o, C_DIM);
	lx_esc_term(&o->b, text, len);
	if (k == LX_EVL_CONTEXT)
		lx_text_col(o, C_RESET);
	lx_buf_addc(&o->b, '\n');
}

static void diag(lx_out *o, const lx_diag *d)
{
	char t1[20], t2[20];
	size_t k;
	size_t at = o->b.len, colno;
	lx_buf_addf(&o->b, "%3u. [%s] ", d->rank, lx_msg_severity(d->severity));
	if (d->resolved)
		lx_buf_addf(&o->b, "(%s) ", lx_msg(LX_M_RESOLVED));
	colno = lx_text_width(o->b.p + at, o->b.len - at);
	if (o->cfg->color) {
		/* the same line with the severity in colour */
		o->b.len = at;
		lx_buf_addf(&o->b, "%3u. ", d->rank);
		lx_text_col(o, lx_text_sev_color(d->severity));
		lx_buf_addf(&o->b, "[%s]", lx_msg_severity(d->severity));
		lx_text_col(o, C_RESET);
		lx_buf_addc(&o->b, ' ');
		if (d->resolved)
			lx_buf_addf(&o->b, "(%s) ", lx_msg(LX_M_RESOLVED));
	}
	lx_text_col(o, C_BOLD);
	wrap_text(o, colno, 5, d->title);
	lx_text_col(o, C_RESET);
	lx_buf_adds(&o->b, "\n");
	at = o->b.len;
	lx_buf_adds(&o->b, "     id: ");
	lx_text_esc(o, d->id);
	lx_buf_addf(&o->b, "  %s %llu", _("count:"), (unsigned long long)d->count);
	lx_out_time(d->first_seen, t1);
	lx_out_time(d->last_seen, t2);
	if (t1[0]) {
		/* the times on a line of their own when they would overflow */
		lx_buf tl = {0};
		first_last(&tl, t1, t2);
		if (lx_text_width(o->b.p + at, o->b.len - at) + 2 + lx_text_width(tl.p, tl.len) >
		    WRAP)
			lx_buf_adds(&o->b, "\n     ");
		else
			lx_buf_adds(&o->b, "  ");
		lx_buf_add(&o->b, tl.p, tl.len);
		lx_buf_free(&tl);
	}
	lx_buf_addc(&o->b, '\n');
	lx_out_evidence_lines(d->ev, d->n_ev, ev_line, o);
	if (d->n_cq) {
		lx_buf list = {0};
		for (k = 0; k < d->n_cq; k++) {
			lx_buf_adds(&list, k ? ", " : "");
			lx_buf_adds(&list, d->cq[k].id);
			if (d->cq[k].count > 1)
				lx_buf_addf(&list, " (x%llu)", (unsigned long long)d->cq[k].count);
		}
		wrapped(o, _("explains:"), list.p);
		lx_buf_free(&list);
	}
	if (d->remedy && *d->remedy) {
		wrapped(o, _("fix:"), d->remedy);
	}
	if (d->doc && *d->doc) {
		lx_buf_addf(&o->b, "     %s ", _("doc:"));
		lx_text_col(o, C_DIM);
		lx_text_esc(o, d->doc_local ? d->doc_local : d->doc);
		lx_text_col(o, C_RESET);
		lx_buf_addc(&o->b, '\n');
	}
}

static int same_host(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* Whether the diagnoses name their machine: more than one, or one the
 * logs name. */
static int named_hosts(const lx_report *r)
{
	size_t i;
	for (i = 0; i < r->n_d; i++)
		if (r->d[i].host || !same_host(r->d[i].host, r->d[0].host))
			return 1;
	return 0;
}

/* The diagnoses grouped by machine, machines in the order of their best
 * diagnosis, each diagnosis keeping its rank in the bundle. */
static void by_host(lx_out *o, const lx_report *r)
{
	size_t i, j;
	for (i = 0; i < r->n_d; i++) {
		const char *h = r->d[i].host;
		for (j = 0; j < i && !same_host(r->d[j].host, h); j++)
			;
		if (j < i)
			continue; /* its machine was written already */
		lx_buf_adds(&o->b, "\n  ");
		lx_text_col(o, C_BOLD);
		if (h) {
			lx_buf_addf(&o->b, "%s ", _("host"));
			lx_text_esc(o, h);
		} else {
			lx_buf_adds(&o->b, lx_msg(LX_M_NO_HOST));
		}
		lx_text_col(o, C_RESET);
		lx_buf_addc(&o->b, '\n');
		for (j = i; j < r->n_d; j++) {
			if (!same_host(r->d[j].host, h))
				continue;
			lx_buf_addc(&o->b, '\n');
			diag(o, &r->d[j]);
		}
	}
}

/* s[0..n) escaped, cut to at most `width` columns ("..." ends a cut). */
static void cut(lx_out *o, const char *s, size_t n, size_t width)
{
	lx_buf e = {0};
	size_t i = 0, w = 0, end = 0;
	lx_esc_term(&e, s, n);
	if (lx_text_width(e.p, e.len) <= width) {
		lx_buf_add(&o->b, e.p, e.len);
		lx_buf_free(&e);
		return;
	}
	while (i < e.len) {
		uint32_t cp;
		size_t k = lx_utf8_next(e.p + i, e.len - i, &cp);
		int cw = lx_cp_width(cp);
		if (!k)
			break;
		if (w + (size_t)(cw > 0 ? cw : 0) > width - 3)
			break;
		w += (size_t)(cw > 0 ? cw : 0);
		i += k;
		end = i;
	}
	lx_buf_add(&o->b, e.p, end);
	lx_buf_adds(&o->b, "...");
	lx_buf_free(&e);
}

/* Count, times, template and example of an unrecognised error, each cut to
 * the report's width (JSON has them whole). */
void lx_text_unrec_item(lx_out *o, uint64_t count, const char *machines, int64_t first,
                        int64_t last, const char *tpl, const char *ex, size_t ex_len)
{
	char t1[20], t2[20];
	size_t at = o->b.len;
	lx_buf_addf(&o->b, "%7llux", (unsigned long long)count);
	if (machines)
		lx_buf_adds(&o->b, machines);
	if (*lx_out_time(first, t1) && *lx_out_time(last, t2)) {
		lx_buf tl = {0};
		first_last(&tl, t1, t2);
		if (lx_text_width(o->b.p + at, o->b.len - at) + 2 + lx_text_width(tl.p, tl.len) >
		    WRAP)
			lx_buf_adds(&o->b, "\n         ");
		lx_buf_adds(&o->b, "  ");
		lx_buf_add(&o->b, tl.p, tl.len);
		lx_buf_free(&tl);
	}
	lx_buf_adds(&o->b, "\n          ");
	lx_text_col(o, C_BOLD);
	cut(o, tpl, strlen(tpl), WRAP - 10);
	lx_text_col(o, C_RESET);
	lx_buf_addf(&o->b, "\n          %s ", _("e.g."));
	lx_text_col(o, C_DIM);
	cut(o, ex, ex_len, WRAP - 11 - lx_text_width(_("e.g."), strlen(_("e.g."))));
	lx_text_col(o, C_RESET);
	lx_buf_addc(&o->b, '\n');
}

/* After the diagnoses: the error-looking lines no signature knows. */
static void unrec_section(lx_out *o, const lx_report *r)
{
	size_t i;
	if (!r->un_on || !r->un_templates)
		return;
	lx_buf_adds(&o->b, "\n  ");
	lx_buf_addf(&o->b,
	            P_("unrecognised errors: %llu template (no signature knows them)",
	               "unrecognised errors: %llu templates (no signature knows them)",
	               r->un_templates),
	            (unsigned long long)r->un_templates);
	lx_buf_addc(&o->b, '\n');
	for (i = 0; i < r->n_un && i < TEXT_UNREC; i++) {
		const lx_unrec *u = &r->un[i];
		lx_text_unrec_item(o, u->count, NULL, u->first_seen, u->last_seen, u->tpl,
		                   u->example, u->example_len);
	}
	if (r->un_templates > TEXT_UNREC) {
		lx_buf_adds(&o->b, "        ");
		lx_buf_addf(&o->b, _("... %llu more (--format=json lists %d)"),
		            (unsigned long long)(r->un_templates - TEXT_UNREC), LX_UNREC_REPORT);
		lx_buf_addc(&o->b, '\n');
	}
}

/* The display width of s. */
size_t lx_text_strwidth(const char *s)
{
	return lx_text_width(s, strlen(s));
}

/* --files: a table of the bundle's files, as ls -l puts the name last:
 * type, encoding, lines ("-" when unknown), then the file, and why it was
 * skipped or what went wrong reading it. */
static void files_section(lx_out *o, const lx_report *r)
{
	/* TRANSLATORS: column headings of the list of a bundle's files */
	const char *ht = _("TYPE"), *he = _("ENCODING"), *hl = _("LINES"), *hf = _("FILE");
	size_t i, tw = lx_text_strwidth(ht), ew = lx_text_strwidth(he), lw = lx_text_strwidth(hl),
		  n_skip = 0;
	char num[24];
	if (!r->files_on)
		return;
	for (i = 0; i < r->n_fl; i++) {
		const lx_file *f = &r->fl[i];
		size_t w = f->type ? lx_text_width(f->type, strlen(f->type)) : 1;
		tw = w > tw ? w : tw;
		w = f->encoding ? strlen(f->encoding) : 1;
		ew = w > ew ? w : ew;
		w = (size_t)snprintf(num, sizeof num, "%llu", (unsigned long long)f->lines);
		lw = w > lw ? w : lw;
		n_skip += f->skipped != NULL;
	}
	lx_buf_addf(&o->b, "\n  %s %zu ", _("files:"), r->n_fl);
	lx_buf_addf(&o->b, P_("(%zu skipped)", "(%zu skipped)", n_skip), n_skip);
	lx_buf_addc(&o->b, '\n');
	if (!r->n_fl)
		return;
	lx_buf_adds(&o->b, "    ");
	lx_text_col(o, C_BOLD);
	lx_buf_adds(&o->b, ht);
	lx_text_spaces(&o->b, tw - lx_text_strwidth(ht) + 2);
	lx_buf_adds(&o->b, he);
	lx_text_spaces(&o->b, ew - lx_text_strwidth(he) + 2 + lw - lx_text_strwidth(hl));
	lx_buf_adds(&o->b, hl);
	lx_buf_adds(&o->b, "  ");
	lx_buf_adds(&o->b, hf);
	lx_text_col(o, C_RESET);
	lx_buf_addc(&o->b, '\n');
	for (i = 0; i < r->n_fl; i++) {
		const lx_file *f = &r->fl[i];
		const char *t = f->type ? f->type : "-";
		lx_buf_adds(&o->b, "    ");
		lx_text_esc(o, t);
		lx_text_spaces(&o->b, tw - lx_text_width(t, strlen(t)) + 2);
		lx_buf_addf(&o->b, "%-*s  ", (int)ew, f->encoding ? f->encoding : "-");
		if (f->scanned)
			lx_buf_addf(&o->b, "%*llu  ", (int)lw, (unsigned long long)f->lines);
		else
			lx_buf_addf(&o->b, "%*s  ", (int)lw, "-");
		lx_text_col(o, C_FILE);
		lx_out_chain_display(&o->b, &f->path, lx_esc_term);
		lx_text_col(o, C_RESET);
		if (f->skipped) {
			lx_buf_addf(&o->b, " (%s ", _("skipped:"));
			/* the reasons logdx gives are messages of the catalogue */
			lx_text_esc(o, _(f->skipped));
			lx_buf_addc(&o->b, ')');
		}
		if (f->error) {
			lx_buf_addf(&o->b, " (%s ", _("error:"));
			lx_text_esc(o, f->error);
			lx_buf_addc(&o->b, ')');
		}
		lx_buf_addc(&o->b, '\n');
	}
}

static void text_begin(lx_out *o)
{
	(void)o;
}

static void text_bundle(lx_out *o, const lx_report *r)
{
	size_t i;
	lx_buf_reset(&o->b);
	if (o->n)
		lx_buf_addc(&o->b, '\n');
	lx_text_col(o, C_BOLD);
	lx_text_esc(o, r->bundle);
	lx_text_col(o, C_RESET);
	/* "nothing found" in its three kinds: no text to read, no log of a
	 * product the packs know, and known logs without a known failure */
	lx_buf_adds(&o->b, ": ");
	if (r->n_d)
		lx_buf_addf(&o->b, P_("%zu diagnosis", "%zu diagnoses", r->n_d), r->n_d);
	else if (!r->files)
		lx_buf_adds(&o->b, _("no text file found"));
	else if (!r->known_files)
		lx_buf_adds(&o->b, _("no log of a known product found"));
	else
		lx_buf_adds(&o->b, _("no known failure found"));
	lx_buf_adds(&o->b, " (");
	lx_buf_addf(&o->b, P_("%llu file", "%llu files", r->files), (unsigned long long)r->files);
	lx_buf_adds(&o->b, ", ");
	lx_out_size(&o->b, r->bytes);
	if (r->hidden) {
		lx_buf_adds(&o->b, ", ");
		lx_buf_addf(&o->b, _("%llu below --min-severity"), (unsigned long long)r->hidden);
	}
	if (r->errors) {
		lx_buf_adds(&o->b, ", ");
		lx_buf_addf(&o->b, P_("%d error", "%d errors", r->errors), r->errors);
	}
	lx_buf_adds(&o->b, ")\n");
	if (named_hosts(r)) {
		by_host(o, r);
	} else {
		for (i = 0; i < r->n_d; i++) {
			lx_buf_addc(&o->b, '\n');
			diag(o, &r->d[i]);
		}
	}
	unrec_section(o, r);
	files_section(o, r);
	fwrite(o->b.p, 1, o->b.len, o->f);
}

static void text_free(lx_out *o)
{
	(void)o;
}

const lx_out_ops lx_out_text_ops = {text_begin, text_bundle, lx_text_fleet, text_free};
