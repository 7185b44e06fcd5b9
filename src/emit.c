/* emit.c - finished reports to the output.  See emit.h. */
#include "emit.h"

#include <stdio.h>
#include <string.h>

/* Whether report r counts as "a diagnosis was reported" for the exit
 * status (--fail-on raises the bar). */
static int found_in(const lx_config *cfg, const lx_report *r)
{
	size_t i;
	for (i = 0; i < r->n_d; i++)
		if (lx_diag_counts(cfg, &r->d[i]) &&
		    (cfg->fail_on < 0 || (int)r->d[i].severity >= cfg->fail_on))
			return 1;
	return 0;
}

void lx_emit_init(lx_emitter *e, const lx_config *cfg, size_t bundles)
{
	memset(e, 0, sizeof *e);
	e->cfg = cfg;
	e->prog = lx_progress_new(cfg, bundles);
	if (cfg->line_buffered)
		setvbuf(stdout, NULL, _IOLBF, BUFSIZ);
	/* output that other programs read as it comes: each bundle's lines
	 * leave as soon as they are written, even into a pipe */
	e->flush = cfg->list_files || cfg->list_clean || cfg->count ||
	           cfg->format == LX_FMT_JSONL || cfg->format == LX_FMT_CSV ||
	           cfg->format == LX_FMT_GREP;
	e->out = lx_out_new(cfg, stdout);
	lx_out_begin(e->out);
}

void lx_emit_report(lx_emitter *e, const lx_report *r)
{
	lx_progress_clear(e->prog);
	lx_out_problems(r, stderr);
	lx_out_bundle(e->out, r);
	if (e->flush)
		fflush(stdout);
	lx_summary_add(&e->sum, r);
	e->errors |= r->errors > 0;
	e->found |= found_in(e->cfg, r);
	e->listed |= lx_report_counted(e->cfg, r) == 0;
	lx_progress_bundle(e->prog, r);
}

int lx_emit_finish(lx_emitter *e)
{
	const lx_config *cfg = e->cfg;
	lx_out_end(e->out, &e->sum);
	lx_progress_free(e->prog);
	lx_out_free(e->out);
	/* GNU grep's rule */
	if (cfg->quiet && e->found)
		return 0;
	if (e->errors)
		return 2;
	if (cfg->list_clean)
		return e->listed ? 0 : 1;
	return e->found ? 0 : 1;
}
