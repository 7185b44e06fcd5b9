/* out_csv.c - RFC 4180 CSV: a header row, then one row per diagnosis, or
 * with --per-bundle one row per bundle (healthy and unreadable ones
 * included).  Columns are only ever added at the end of a row, so that
 * scripts reading the first ones by position keep working. */
#include <string.h>

#include "escape.h"
#include "out.h"

static void field(lx_buf *b, const char *s, int last)
{
	lx_esc_csv(b, s ? s : "", s ? strlen(s) : 0);
	lx_buf_adds(b, last ? "\r\n" : ",");
}

static void number(lx_buf *b, unsigned long long n)
{
	lx_buf_addf(b, "%llu,", n);
}

/* Path names as they are: lx_esc_csv() escapes the whole field. */
static void raw(lx_buf *b, const char *s, size_t n)
{
	lx_buf_add(b, s, n);
}

/* The first evidence line as "member:line: text", one field. */
static void evidence(lx_out *o, const lx_diag *d, int last)
{
	lx_buf t = {0};
	if (d && d->n_ev) {
		lx_out_chain_display(&t, &d->ev[0].path, raw);
		lx_buf_addf(&t, ":%llu: ", (unsigned long long)d->ev[0].line);
		lx_buf_add(&t, d->ev[0].text, d->ev[0].len);
	}
	lx_esc_csv(&o->b, t.p ? t.p : "", t.len);
	lx_buf_adds(&o->b, last ? "\r\n" : ",");
	lx_buf_free(&t);
}

static void csv_begin(lx_out *o)
{
	if (o->cfg->per_bundle)
		fputs("bundle,state,diagnoses,active,resolved,hidden,errors,files,files_known,bytes,"
		      "id,severity,status,count,first_seen,last_seen,doc,title,"
		      "host,product,remedy,evidence,first_error\r\n",
		      o->f);
	else
		fputs("bundle,rank,id,severity,status,count,first_seen,last_seen,doc,title,"
		      "host,product,remedy,evidence\r\n",
		      o->f);
}

/* The rank-1 diagnosis's columns, from id to remedy (empty without one). */
static void diag_cols(lx_out *o, const lx_diag *d)
{
	char t[20];
	field(&o->b, d ? d->id : NULL, 0);
	field(&o->b, d ? lx_severity_name(d->severity) : NULL, 0);
	field(&o->b, d ? lx_out_status(d) : NULL, 0);
	if (d)
		number(&o->b, (unsigned long long)d->count);
	else
		lx_buf_addc(&o->b, ',');
	field(&o->b, d ? lx_out_time(d->first_seen, t) : NULL, 0);
	field(&o->b, d ? lx_out_time(d->last_seen, t) : NULL, 0);
	field(&o->b, d ? d->doc : NULL, 0);
	field(&o->b, d ? d->title : NULL, 0);
	field(&o->b, d ? d->host : NULL, 0);
	field(&o->b, d ? d->product : NULL, 0);
	field(&o->b, d ? d->remedy : NULL, 0);
}

/* What a bundle's row says of it as a whole. */
static const char *state(const lx_report *r, size_t active)
{
	if (active)
		return "failing";
	if (r->n_d)
		return "resolved";
	if (r->errors && !r->files)
		return "unreadable";
	if (!r->files)
		return "no-text-file";
	if (!r->known_files)
		return "no-known-log";
	return "no-known-failure";
}

static void bundle_row(lx_out *o, const lx_report *r)
{
	size_t i, active = 0;
	lx_buf e = {0};
	for (i = 0; i < r->n_d; i++)
		active += !r->d[i].resolved;
	field(&o->b, r->bundle, 0);
	field(&o->b, state(r, active), 0);
	number(&o->b, (unsigned long long)r->n_d);
	number(&o->b, (unsigned long long)active);
	number(&o->b, (unsigned long long)(r->n_d - active));
	number(&o->b, (unsigned long long)r->hidden);
	number(&o->b, (unsigned long long)r->errors);
	number(&o->b, (unsigned long long)r->files);
	number(&o->b, (unsigned long long)r->known_files);
	number(&o->b, (unsigned long long)r->bytes);
	diag_cols(o, r->n_d ? &r->d[0] : NULL);
	evidence(o, r->n_d ? &r->d[0] : NULL, 0);
	for (i = 0; i < r->n_pr; i++)
		if (!r->pr[i].note) {
			lx_out_chain_display(&e, &r->pr[i].path, raw);
			lx_buf_adds(&e, ": ");
			lx_buf_adds(&e, r->pr[i].msg);
			break;
		}
	lx_esc_csv(&o->b, e.p ? e.p : "", e.len);
	lx_buf_adds(&o->b, "\r\n");
	lx_buf_free(&e);
}

static void csv_bundle(lx_out *o, const lx_report *r)
{
	size_t i;
	lx_buf_reset(&o->b);
	if (o->cfg->per_bundle) {
		bundle_row(o, r);
	} else {
		for (i = 0; i < r->n_d; i++) {
			field(&o->b, r->bundle, 0);
			lx_buf_addf(&o->b, "%u,", r->d[i].rank);
			diag_cols(o, &r->d[i]);
			evidence(o, &r->d[i], 1);
		}
	}
	if (o->b.len)
		fwrite(o->b.p, 1, o->b.len, o->f);
}

static void csv_end(lx_out *o, const lx_summary *s)
{
	(void)o;
	(void)s;
}

static void csv_free(lx_out *o)
{
	(void)o;
}

const lx_out_ops lx_out_csv_ops = {csv_begin, csv_bundle, csv_end, csv_free};
