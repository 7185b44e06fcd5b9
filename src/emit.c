/* emit.c - finished reports to the output.  See emit.h. */
#include "emit.h"

#include <stdio.h>
#include <string.h>

void lx_emit_init(lx_emitter *e, const lx_config *cfg, size_t bundles, lx_exitstat *status)
{
	memset(e, 0, sizeof *e);
	e->cfg = cfg;
	e->status = status;
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
	lx_exit_report(e->status, r);
	lx_progress_bundle(e->prog, r);
}

void lx_emit_finish(lx_emitter *e)
{
	lx_out_end(e->out, &e->sum);
	lx_progress_free(e->prog);
	lx_out_free(e->out);
}
