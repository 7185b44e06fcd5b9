/* out_text_fleet.c - the text report's fleet summary, written after the
 * last bundle when there are two or more: the failures shared by the
 * machines in two tables (root causes, then the rest), each row the
 * failure's title wrapped in its column, its severity, how many machines
 * and a few of their names, then the unrecognised errors on the most
 * machines.  See out_text.h. */
#include <string.h>

#include "escape.h"
#include "i18n.h"
#include "msg.h"
#include "out.h"
#include "out_text.h"

#define FLEET_NAMES 3       /* example machines per row of the fleet table */
#define FLEET_UNREC_NAMES 5 /* machine names per unrecognised error */
#define FAIL_W 36           /* the fleet table's failure column: titles wrap within it */
#define FLEET_UNREC 10      /* unrecognised errors in the fleet summary */

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
		lx_text_unrec_item(o, u->count, m.p, u->first_seen, u->last_seen, u->tpl,
		                   u->example, u->example_len);
		/* the machines as in the rows above */
		lx_buf_adds(&o->b, "       ");
		for (k = 0; k < u->n && k < FLEET_UNREC_NAMES; k++) {
			if (k)
				lx_buf_adds(&o->b, ", ");
			lx_text_esc(o, u->bundles[k]);
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
		(void)lx_text_wrap_into(c, 0, width, 0, r->title);
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
	size_t w = lx_text_strwidth(h_severity()), k;
	for (k = LX_SEV_INFO; k <= LX_SEV_CRITICAL; k++)
		if (lx_text_strwidth(lx_msg_severity((int)k)) > w)
			w = lx_text_strwidth(lx_msg_severity((int)k));
	return w > 8 ? w : 8;
}

static size_t num_width(void)
{
	return lx_text_strwidth(h_machines()) > 8 ? lx_text_strwidth(h_machines()) : 8;
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
			lx_text_spaces(&o->b, fw - w + 2);
			lx_text_col(o, lx_text_sev_color(r->severity));
			lx_buf_adds(&o->b, sev);
			lx_text_col(o, C_RESET);
			lx_text_spaces(&o->b, sw - lx_text_strwidth(sev));
			lx_buf_addf(&o->b, "  %*zu  ", (int)nw, r->root ? r->root : r->n);
		} else if (en) {
			size_t to = fw + sw + nw + 6; /* where the examples start */
			lx_text_spaces(&o->b, w + 2 <= to ? to - w : 2);
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
void lx_text_fleet(lx_out *o, const lx_summary *s)
{
	size_t i, fw = lx_text_strwidth(h_failure());
	lx_buf fc = {0}, ec = {0};
	if (s->bundles < 2)
		return;
	lx_buf_reset(&o->b);
	lx_buf_addf(&o->b, "\n");
	lx_text_col(o, C_BOLD);
	lx_buf_addf(&o->b,
	            P_("Fleet summary: %llu bundle, %llu with a diagnosis",
	               "Fleet summary: %llu bundles, %llu with a diagnosis", s->bundles),
	            (unsigned long long)s->bundles, (unsigned long long)s->bundles_with);
	lx_text_col(o, C_RESET);
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
			lx_text_col(o, C_BOLD);
			lx_buf_adds(&o->b, h_failure());
			lx_text_spaces(&o->b, fw - lx_text_strwidth(h_failure()) + 2);
			lx_buf_adds(&o->b, h_severity());
			lx_text_spaces(&o->b, sev_width() - lx_text_strwidth(h_severity()) + 2);
			lx_text_spaces(&o->b, num_width() - lx_text_strwidth(h_machines()));
			lx_buf_adds(&o->b, h_machines());
			lx_buf_adds(&o->b, "  ");
			/* TRANSLATORS: a column heading of the fleet table: the names
			 * of a few machines */
			lx_buf_adds(&o->b, _("EXAMPLE MACHINES"));
			lx_text_col(o, C_RESET);
			lx_buf_addc(&o->b, '\n');
		}
		fleet_row(o, r, fw, &fc, &ec);
	}
	lx_buf_free(&fc);
	lx_buf_free(&ec);
	fleet_unrec(o);
	fwrite(o->b.p, 1, o->b.len, o->f);
}
