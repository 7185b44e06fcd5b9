/* out_text.c - the human report: per bundle, ranked diagnoses with their
 * evidence, remedy and documentation link.  Colour only when asked for
 * (cfg->color, resolved from --color, NO_COLOR and the terminal). */
#include <string.h>

#include "escape.h"
#include "i18n.h"
#include "msg.h"
#include "out.h"
#include "unrecset.h"

#define FLEET_NAMES 3       /* example machines per row of the fleet table */
#define FLEET_UNREC_NAMES 5 /* machine names per unrecognised error */
#define FAIL_W 36           /* the fleet table's failure column: titles wrap within it */
#define TEXT_UNREC 5        /* unrecognised errors shown per bundle */
#define FLEET_UNREC 10      /* and in the fleet summary */

#define C_RESET "\033[0m"
#define C_BOLD "\033[1m"
#define C_DIM "\033[2m"
#define C_FILE "\033[35m"
#define C_LINE "\033[32m"

static const char *sev_color(lx_severity s)
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

static void col(lx_out *o, const char *c)
{
	if (o->cfg->color)
		lx_buf_adds(&o->b, c);
}

static void esc(lx_out *o, const char *s)
{
	lx_esc_term(&o->b, s, strlen(s));
}

static void spaces(lx_buf *b, size_t n)
{
	while (n--)
		lx_buf_addc(b, ' ');
}

/* The width the report's own text (titles, remedies) is wrapped to. */
#define WRAP 78

/* Characters that never start a line (closing punctuation), and ones that
 * never end one (opening punctuation), where lines may break between two
 * characters without a space (next to CJK text). */
static int closing(uint32_t c)
{
	static const uint32_t cl[] = {
		')',    ']',    '}',    ',',    '.',    ';',    ':',    '!',    '?',
		'%',    0x3001, 0x3002, 0x3009, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015,
		0x3017, 0x301E, 0x30FC, 0xFF01, 0xFF09, 0xFF0C, 0xFF0E, 0xFF1A, 0xFF1B,
		0xFF1F, 0xFF3D, 0xFF5D, 0x2019, 0x201D, 0x2026, 0x00BB,
	};
	size_t i;
	for (i = 0; i < sizeof cl / sizeof cl[0]; i++)
		if (cl[i] == c)
			return 1;
	return 0;
}

static int opening(uint32_t c)
{
	static const uint32_t op[] = {
		'(',    '[',    '{',    0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014,
		0x3016, 0x301D, 0xFF08, 0xFF3B, 0xFF5B, 0x2018, 0x201C, 0x00AB,
	};
	size_t i;
	for (i = 0; i < sizeof op / sizeof op[0]; i++)
		if (op[i] == c)
			return 1;
	return 0;
}

/* The end of the unit that starts at p: a run of characters up to a space,
 * or up to a place next to a wide (CJK) character where a line may break. */
static const char *unit_end(const char *p)
{
	uint32_t prev, c;
	size_t n = strlen(p);
	const char *e = p + lx_utf8_next(p, n, &prev);
	while (*e && *e != ' ' && *e != '\n') {
		size_t l = lx_utf8_next(e, n - (size_t)(e - p), &c);
		if ((lx_cp_width(prev) == 2 || lx_cp_width(c) == 2) && !closing(c) &&
		    !opening(prev))
			break;
		prev = c;
		e += l;
	}
	return e;
}

/* The bytes of s[0..n) that fit in max columns, their width in *w: all of
 * them, or, for a word wider than any line (a long registry path), a piece
 * that ends after a separator when one is in its second half, else where
 * the columns end.  At least one character. */
static size_t fit(const char *s, size_t n, size_t max, size_t *w)
{
	size_t i = 0, cols = 0, cut = 0, cut_w = 0;
	*w = lx_text_width(s, n);
	if (*w <= max)
		return n;
	while (i < n) {
		uint32_t c;
		size_t k = lx_utf8_next(s + i, n - i, &c);
		int cw = lx_cp_width(c);
		size_t add = cw > 0 ? (size_t)cw : 0;
		if (!k || (i && cols + add > max))
			break;
		i += k;
		cols += add;
		if (c < 128 && c && strchr("\\/-_.,", (int)c) && cols * 2 >= max) {
			cut = i;
			cut_w = cols;
		}
	}
	if (cut && i < n) {
		*w = cut_w;
		return cut;
	}
	*w = cols;
	return i;
}

/* Appends text to b from column colno on, wrapped at `width` columns by
 * display width (a CJK character takes two), each break a line end and
 * indent spaces.  Spaces between words become one; CJK text, which has
 * none, breaks between characters; a word wider than a line is cut.
 * Returns the column it ends at. */
static size_t wrap_into(lx_buf *b, size_t colno, size_t width, size_t indent, const char *text)
{
	const char *p = text;
	size_t start = colno, off, n, w;
	int space = 0;
	lx_buf u = {0};
	while (*p) {
		const char *e;
		if (*p == ' ' || *p == '\n') {
			space = 1;
			p++;
			continue;
		}
		e = unit_end(p);
		lx_buf_reset(&u);
		lx_esc_term(&u, p, (size_t)(e - p));
		for (off = 0; off < u.len; off += n) {
			n = fit(u.p + off, u.len - off, width > indent + 10 ? width - indent : 10,
			        &w);
			if (colno > start && colno + (size_t)space + w > width) {
				lx_buf_addc(b, '\n');
				for (colno = 0; colno < indent; colno++)
					lx_buf_addc(b, ' ');
				start = colno;
			} else if (colno > start && space) {
				lx_buf_addc(b, ' ');
				colno++;
			}
			lx_buf_add(b, u.p + off, n);
			colno += w;
			space = 0;
		}
		p = e;
	}
	lx_buf_free(&u);
	return colno;
}

/* Writes text from column colno on, wrapped at WRAP columns,
 * continuation lines indented by indent columns. */
static void wrap_text(lx_out *o, size_t colno, size_t indent, const char *text)
{
	(void)wrap_into(&o->b, colno, WRAP, indent, text);
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
	col(o, C_FILE);
	lx_out_chain_display(&o->b, path, lx_esc_term);
	col(o, C_RESET);
	lx_buf_addc(&o->b, sep);
	col(o, C_LINE);
	lx_buf_addf(&o->b, "%llu", (unsigned long long)line);
	col(o, C_RESET);
	lx_buf_addc(&o->b, sep);
	if (len) /* an empty line ends with its separator, as in grep */
		lx_buf_addc(&o->b, ' ');
	if (k == LX_EVL_CONTEXT)
		col(o, C_DIM);
	lx_esc_term(&o->b, text, len);
	if (k == LX_EVL_CONTEXT)
		col(o, C_RESET);
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
		col(o, sev_color(d->severity));
		lx_buf_addf(&o->b, "[%s]", lx_msg_severity(d->severity));
		col(o, C_RESET);
		lx_buf_addc(&o->b, ' ');
		if (d->resolved)
			lx_buf_addf(&o->b, "(%s) ", lx_msg(LX_M_RESOLVED));
	}
	col(o, C_BOLD);
	wrap_text(o, colno, 5, d->title);
	col(o, C_RESET);
	lx_buf_adds(&o->b, "\n");
	at = o->b.len;
	lx_buf_adds(&o->b, "     id: ");
	esc(o, d->id);
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
		col(o, C_DIM);
		esc(o, d->doc_local ? d->doc_local : d->doc);
		col(o, C_RESET);
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
		col(o, C_BOLD);
		if (h) {
			lx_buf_addf(&o->b, "%s ", _("host"));
			esc(o, h);
		} else {
			lx_buf_adds(&o->b, lx_msg(LX_M_NO_HOST));
		}
		col(o, C_RESET);
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
static void unrec_item(lx_out *o, uint64_t count, const char *machines, int64_t first, int64_t last,
                       const char *tpl, const char *ex, size_t ex_len)
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
	col(o, C_BOLD);
	cut(o, tpl, strlen(tpl), WRAP - 10);
	col(o, C_RESET);
	lx_buf_addf(&o->b, "\n          %s ", _("e.g."));
	col(o, C_DIM);
	cut(o, ex, ex_len, WRAP - 11 - lx_text_width(_("e.g."), strlen(_("e.g."))));
	col(o, C_RESET);
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
		unrec_item(o, u->count, NULL, u->first_seen, u->last_seen, u->tpl, u->example,
		           u->example_len);
	}
	if (r->un_templates > TEXT_UNREC) {
		lx_buf_adds(&o->b, "        ");
		lx_buf_addf(&o->b, _("... %llu more (--format=json lists %d)"),
		            (unsigned long long)(r->un_templates - TEXT_UNREC), LX_UNREC_REPORT);
		lx_buf_addc(&o->b, '\n');
	}
}

/* The display width of s. */
static size_t width_of(const char *s)
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
	size_t i, tw = width_of(ht), ew = width_of(he), lw = width_of(hl), n_skip = 0;
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
	col(o, C_BOLD);
	lx_buf_adds(&o->b, ht);
	spaces(&o->b, tw - width_of(ht) + 2);
	lx_buf_adds(&o->b, he);
	spaces(&o->b, ew - width_of(he) + 2 + lw - width_of(hl));
	lx_buf_adds(&o->b, hl);
	lx_buf_adds(&o->b, "  ");
	lx_buf_adds(&o->b, hf);
	col(o, C_RESET);
	lx_buf_addc(&o->b, '\n');
	for (i = 0; i < r->n_fl; i++) {
		const lx_file *f = &r->fl[i];
		const char *t = f->type ? f->type : "-";
		lx_buf_adds(&o->b, "    ");
		esc(o, t);
		spaces(&o->b, tw - lx_text_width(t, strlen(t)) + 2);
		lx_buf_addf(&o->b, "%-*s  ", (int)ew, f->encoding ? f->encoding : "-");
		if (f->scanned)
			lx_buf_addf(&o->b, "%*llu  ", (int)lw, (unsigned long long)f->lines);
		else
			lx_buf_addf(&o->b, "%*s  ", (int)lw, "-");
		col(o, C_FILE);
		lx_out_chain_display(&o->b, &f->path, lx_esc_term);
		col(o, C_RESET);
		if (f->skipped) {
			lx_buf_addf(&o->b, " (%s ", _("skipped:"));
			/* the reasons logdx gives are messages of the catalogue */
			esc(o, _(f->skipped));
			lx_buf_addc(&o->b, ')');
		}
		if (f->error) {
			lx_buf_addf(&o->b, " (%s ", _("error:"));
			esc(o, f->error);
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
	col(o, C_BOLD);
	esc(o, r->bundle);
	col(o, C_RESET);
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

/* The unrecognised errors shared by the most machines. */
static void fleet_unrec(lx_out *o)
{
	size_t i, k;
	lx_buf m = {0};
	if (!o->fleet.n_un)
		return;
	lx_buf_addf(
		&o->b, "\n%s\n",
		_("Unrecognised errors (no signature knows them), on the most machines first:"));
	for (i = 0; i < o->fleet.n_un && i < FLEET_UNREC; i++) {
		const lx_fleet_unrec *u = &o->fleet.un[i];
		lx_buf_reset(&m);
		lx_buf_addc(&m, ' ');
		lx_buf_addf(&m, P_("on %zu machine", "on %zu machines", u->n), u->n);
		lx_buf_addc(&o->b, '\n');
		unrec_item(o, u->count, m.p, u->first_seen, u->last_seen, u->tpl, u->example,
		           u->example_len);
		/* the machines as in the rows above */
		lx_buf_adds(&o->b, "       ");
		for (k = 0; k < u->n && k < FLEET_UNREC_NAMES; k++) {
			if (k)
				lx_buf_adds(&o->b, ", ");
			esc(o, u->bundles[k]);
		}
		if (u->n > FLEET_UNREC_NAMES) {
			lx_buf_addc(&o->b, ' ');
			lx_buf_addf(&o->b, _("+%zu more"), u->n - FLEET_UNREC_NAMES);
		}
		lx_buf_addc(&o->b, '\n');
	}
	if (o->fleet.n_un > FLEET_UNREC) {
		lx_buf_adds(&o->b, "\n        ");
		lx_buf_addf(&o->b, _("... %zu more"), o->fleet.n_un - FLEET_UNREC);
		lx_buf_addc(&o->b, '\n');
	}
	lx_buf_free(&m);
}

/* The fleet table's failure cell: the title wrapped at width, the id,
 * and where else the failure was reported or resolved; each line ends in
 * '\n' and is escaped for a terminal.  Returns the number of the id's
 * line (from 0). */
static size_t failure_cell(lx_buf *c, const lx_fleet_row *r, size_t width)
{
	size_t id_line = 0, i;
	int paren = 0;
	lx_buf_reset(c);
	if (*r->title) {
		(void)wrap_into(c, 0, width, 0, r->title);
		lx_buf_addc(c, '\n');
	}
	for (i = 0; i < c->len; i++)
		id_line += c->p[i] == '\n';
	lx_esc_term(c, r->id, strlen(r->id));
	lx_buf_addc(c, '\n');
	if (r->root && r->root != r->n) {
		/* TRANSLATORS: %zu machines */
		lx_buf_addf(c, P_("(reported on %zu)", "(reported on %zu)", r->n), r->n);
		paren = 1;
	}
	if (r->active != r->n) {
		if (paren)
			lx_buf_addc(c, ' ');
		/* TRANSLATORS: %zu machines */
		lx_buf_addf(c, P_("(resolved on %zu)", "(resolved on %zu)", r->n - r->active),
		            r->n - r->active);
		paren = 1;
	}
	if (paren)
		lx_buf_addc(c, '\n');
	return id_line;
}

/* The display width of the widest line of a cell but line `skip`. */
static size_t cell_width(const lx_buf *c, size_t skip)
{
	size_t w = 0, at = 0, line;
	for (line = 0; at < c->len; line++) {
		const char *nl = memchr(c->p + at, '\n', c->len - at);
		size_t n = (size_t)(nl - (c->p + at)), lw = lx_text_width(c->p + at, n);
		if (lw > w && line != skip)
			w = lw;
		at += n + 1;
	}
	return w;
}

/* The example machines of a row, one a line: where it is the root cause
 * first, then the others; at most FLEET_NAMES, then "+N more". */
static void example_cell(lx_buf *c, const lx_fleet_row *r)
{
	size_t k, shown = 0;
	int pass;
	lx_buf_reset(c);
	for (pass = 0; pass < 2; pass++)
		for (k = 0; k < r->n && shown < FLEET_NAMES; k++) {
			if ((!r->is_root[k]) != pass)
				continue;
			lx_esc_term(c, r->bundles[k], strlen(r->bundles[k]));
			lx_buf_addc(c, '\n');
			shown++;
		}
	if (r->n > shown) {
		lx_buf_addf(c, _("+%zu more"), r->n - shown);
		lx_buf_addc(c, '\n');
	}
}

/* The fleet table's column headings, in the report's language. */
static const char *h_failure(void)
{
	/* TRANSLATORS: a column heading of the fleet table, in capitals
	 * where the language has them */
	return _("FAILURE");
}

static const char *h_severity(void)
{
	/* TRANSLATORS: a column heading of the fleet table */
	return _("SEVERITY");
}

static const char *h_machines(void)
{
	/* TRANSLATORS: a column heading of the fleet table: how many machines */
	return _("MACHINES");
}

/* The width of the severity and machines columns: their heading, or the
 * widest severity name, or 8. */
static size_t sev_width(void)
{
	size_t w = width_of(h_severity()), k;
	for (k = LX_SEV_INFO; k <= LX_SEV_CRITICAL; k++)
		if (width_of(lx_msg_severity((int)k)) > w)
			w = width_of(lx_msg_severity((int)k));
	return w > 8 ? w : 8;
}

static size_t num_width(void)
{
	return width_of(h_machines()) > 8 ? width_of(h_machines()) : 8;
}

/* Writes one row of the fleet table, the failure column fw wide.  Below
 * its first line the severity and machine columns are empty, and a long
 * id may run into them. */
static void fleet_row(lx_out *o, const lx_fleet_row *r, size_t fw, lx_buf *fc, lx_buf *ec)
{
	size_t fa = 0, ea = 0, line, sw = sev_width(), nw = num_width();
	const char *sev = lx_msg_severity(r->severity);
	failure_cell(fc, r, fw);
	example_cell(ec, r);
	for (line = 0; fa < fc->len || ea < ec->len; line++) {
		const char *fn = fa < fc->len ? memchr(fc->p + fa, '\n', fc->len - fa) : NULL;
		const char *en = ea < ec->len ? memchr(ec->p + ea, '\n', ec->len - ea) : NULL;
		size_t fl = fn ? (size_t)(fn - (fc->p + fa)) : 0, w = lx_text_width(fc->p + fa, fl);
		lx_buf_adds(&o->b, "  ");
		lx_buf_add(&o->b, fc->p + fa, fl);
		if (!line) {
			spaces(&o->b, fw - w + 2);
			col(o, sev_color(r->severity));
			lx_buf_adds(&o->b, sev);
			col(o, C_RESET);
			spaces(&o->b, sw - width_of(sev));
			lx_buf_addf(&o->b, "  %*zu  ", (int)nw, r->root ? r->root : r->n);
		} else if (en) {
			size_t to = fw + sw + nw + 6; /* where the examples start */
			spaces(&o->b, w + 2 <= to ? to - w : 2);
		}
		if (en)
			lx_buf_add(&o->b, ec->p + ea, (size_t)(en - (ec->p + ea)));
		lx_buf_addc(&o->b, '\n');
		fa = fn ? (size_t)(fn - fc->p) + 1 : fc->len;
		ea = en ? (size_t)(en - ec->p) + 1 : ec->len;
	}
}

/* With more than one bundle: a table of the failures shared by the
 * machines, root causes first. */
static void text_end(lx_out *o, const lx_summary *s)
{
	size_t i, fw = width_of(h_failure());
	lx_buf fc = {0}, ec = {0};
	if (s->bundles < 2)
		return;
	lx_buf_reset(&o->b);
	lx_buf_addf(&o->b, "\n");
	col(o, C_BOLD);
	lx_buf_addf(&o->b,
	            P_("Fleet summary: %llu bundle, %llu with a diagnosis",
	               "Fleet summary: %llu bundles, %llu with a diagnosis", s->bundles),
	            (unsigned long long)s->bundles, (unsigned long long)s->bundles_with);
	col(o, C_RESET);
	lx_buf_addc(&o->b, '\n');
	/* one width for both tables, so that they line up: the titles wrapped
	 * at FAIL_W (an id, which never wraps, may run into the next columns) */
	for (i = 0; i < o->fleet.n; i++) {
		size_t w, id_line = failure_cell(&fc, &o->fleet.row[i], FAIL_W);
		w = cell_width(&fc, id_line ? id_line : SIZE_MAX);
		if (w > fw)
			fw = w;
	}
	for (i = 0; i < o->fleet.n; i++) {
		const lx_fleet_row *r = &o->fleet.row[i];
		if (i && (r->root || !o->fleet.row[i - 1].root))
			lx_buf_addc(&o->b, '\n'); /* between two rows of a table */
		if (!i || (!r->root && o->fleet.row[i - 1].root)) {
			lx_buf_adds(&o->b, "\n");
			lx_buf_adds(
				&o->b,
				r->root ? _("Root causes (the active rank 1 of a machine):")
					: _("Also reported (symptoms, causes ranked lower, resolved):"));
			lx_buf_adds(&o->b, "\n\n  ");
			col(o, C_BOLD);
			lx_buf_adds(&o->b, h_failure());
			spaces(&o->b, fw - width_of(h_failure()) + 2);
			lx_buf_adds(&o->b, h_severity());
			spaces(&o->b, sev_width() - width_of(h_severity()) + 2);
			spaces(&o->b, num_width() - width_of(h_machines()));
			lx_buf_adds(&o->b, h_machines());
			lx_buf_adds(&o->b, "  ");
			/* TRANSLATORS: a column heading of the fleet table: the names
			 * of a few machines */
			lx_buf_adds(&o->b, _("EXAMPLE MACHINES"));
			col(o, C_RESET);
			lx_buf_addc(&o->b, '\n');
		}
		fleet_row(o, r, fw, &fc, &ec);
	}
	lx_buf_free(&fc);
	lx_buf_free(&ec);
	fleet_unrec(o);
	fwrite(o->b.p, 1, o->b.len, o->f);
}

static void text_free(lx_out *o)
{
	(void)o;
}

const lx_out_ops lx_out_text_ops = {text_begin, text_bundle, text_end, text_free};
