/* out_csv.c - RFC 4180 CSV: a header row, then one row per diagnosis. */
#include <string.h>

#include "escape.h"
#include "out.h"

static void field(lx_buf *b, const char *s, int last)
{
	lx_esc_csv(b, s ? s : "", s ? strlen(s) : 0);
	lx_buf_adds(b, last ? "\r\n" : ",");
}

static void csv_begin(lx_out *o)
{
	fputs("bundle,rank,id,severity,status,count,first_seen,last_seen,doc,title\r\n", o->f);
}

static void csv_bundle(lx_out *o, const lx_report *r)
{
	size_t i;
	char t[20];
	lx_buf_reset(&o->b);
	for (i = 0; i < r->n_d; i++) {
		const lx_diag *d = &r->d[i];
		field(&o->b, r->bundle, 0);
		lx_buf_addf(&o->b, "%u,", d->rank);
		field(&o->b, d->id, 0);
		field(&o->b, lx_severity_name(d->severity), 0);
		field(&o->b, lx_out_status(d), 0);
		lx_buf_addf(&o->b, "%llu,", (unsigned long long)d->count);
		field(&o->b, lx_out_time(d->first_seen, t), 0);
		field(&o->b, lx_out_time(d->last_seen, t), 0);
		field(&o->b, d->doc, 0);
		field(&o->b, d->title, 1);
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
