/* out_grep.c - one line per evidence line, FILE:LINE:ID:TEXT, so that
 * sort, uniq, cut and awk pipelines work as they do on grep output. */
#include <string.h>

#include "escape.h"
#include "out.h"

static void grep_begin(lx_out *o)
{
	(void)o;
}

static void grep_bundle(lx_out *o, const lx_report *r)
{
	size_t i, k;
	lx_buf_reset(&o->b);
	for (i = 0; i < r->n_d; i++) {
		const lx_diag *d = &r->d[i];
		for (k = 0; k < d->n_ev; k++) {
			lx_out_chain_display(&o->b, &d->ev[k].path, lx_esc_term);
			lx_buf_addf(&o->b, ":%llu:", (unsigned long long)d->ev[k].line);
			lx_esc_term(&o->b, d->id, strlen(d->id));
			lx_buf_addc(&o->b, ':');
			lx_esc_term(&o->b, d->ev[k].text, d->ev[k].len);
			lx_buf_addc(&o->b, '\n');
		}
	}
	if (o->b.len)
		fwrite(o->b.p, 1, o->b.len, o->f);
}

static void grep_end(lx_out *o, const lx_summary *s)
{
	(void)o;
	(void)s;
}

static void grep_free(lx_out *o)
{
	(void)o;
}

const lx_out_ops lx_out_grep_ops = {grep_begin, grep_bundle, grep_end, grep_free};
