/* out_grep.c - one line per evidence line, FILE:LINE:ID:TEXT, so that
 * sort, uniq, cut and awk pipelines work as they do on grep output.  With
 * --context, as grep -C: context lines are FILE-LINE-ID-TEXT, and "--"
 * stands between two runs of lines that do not touch. */
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "out.h"

typedef struct grep_line {
	lx_out *o;
	const char *id;
	int *runs; /* runs of lines written so far (the output's) */
} grep_line;

static void ev_line(void *ud, lx_evl_kind k, const lx_chain *path, uint64_t line, const char *text,
                    size_t len)
{
	grep_line *g = ud;
	lx_buf *b = &g->o->b;
	char sep = k == LX_EVL_MATCH ? ':' : '-';
	if (k == LX_EVL_GAP) {
		lx_buf_adds(b, "--\n");
		return;
	}
	lx_out_chain_display(b, path, lx_esc_term);
	lx_buf_addf(b, "%c%llu%c", sep, (unsigned long long)line, sep);
	lx_esc_term(b, g->id, strlen(g->id));
	lx_buf_addc(b, sep);
	lx_esc_term(b, text, len);
	lx_buf_addc(b, '\n');
}

static void grep_begin(lx_out *o)
{
	(void)o;
}

static void grep_bundle(lx_out *o, const lx_report *r)
{
	size_t i;
	grep_line g;
	if (!o->priv)
		o->priv = lx_xcalloc(1, sizeof(int));
	g.o = o;
	g.runs = o->priv;
	lx_buf_reset(&o->b);
	for (i = 0; i < r->n_d; i++) {
		const lx_diag *d = &r->d[i];
		if (!d->n_ev)
			continue;
		/* each diagnosis' lines are a run of their own, as grep's files */
		if ((*g.runs)++ && d->ev[0].before)
			lx_buf_adds(&o->b, "--\n");
		g.id = d->id;
		lx_out_evidence_lines(d->ev, d->n_ev, ev_line, &g);
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
	free(o->priv);
	o->priv = NULL;
}

const lx_out_ops lx_out_grep_ops = {grep_begin, grep_bundle, grep_end, grep_free};
