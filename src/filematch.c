/* filematch.c - one file through one matcher.  See filematch.h. */
#include "filematch.h"

#include <string.h>

#include "chain.h"
#include "timestamp.h"

int lx_filematch_init(lx_filematch *fm, const lx_sigdb *db, const lx_config *cfg, int split)
{
	size_t max_line = cfg->max_line ? cfg->max_line : 1u << 20;
	memset(fm, 0, sizeof *fm);
	fm->m = lx_matcher_new(db);
	if (!fm->m)
		return -1;
	lx_matcher_unrec(fm->m, !cfg->no_unrec);
	lx_matcher_context(fm->m, cfg->ctx_before, cfg->ctx_after, max_line);
	/* small pieces and 512 KiB blocks: text is matched while it is still
	 * in cache */
	if (split)
		fm->lines = lx_lines_new_window(max_line, 512u << 10);
	return 0;
}

void lx_filematch_fini(lx_filematch *fm)
{
	lx_matcher_free(fm->m);
	lx_lines_free(fm->lines);
	lx_buf_free(&fm->name);
	memset(fm, 0, sizeof *fm);
}

void lx_filematch_member_name(const lx_chain *path, lx_buf *b)
{
	size_t i, from = 0;
	lx_buf_reset(b);
	if (path->n == 0) {
		lx_buf_adds(b, "");
		return;
	}
	for (i = path->n - 1; i > 0; i--)
		if (path->sep[i] == '!') {
			from = i;
			break;
		}
	if (from == 0)
		from = path->n > 1 ? 1 : 0;
	for (i = from; i < path->n; i++) {
		if (i > from)
			lx_buf_addc(b, '/');
		lx_buf_adds(b, path->part[i]);
	}
}

int lx_filematch_begin(lx_filematch *fm, const char *member, int64_t mtime, int in_archive,
                       lx_hit_fn fn, void *ud)
{
	if (!lx_matcher_begin(fm->m, member, mtime == LX_MTIME_UNKNOWN ? LX_TS_NONE : mtime, fn,
	                      ud))
		return 0;
	lx_matcher_mtime_fallback(fm->m, in_archive);
	if (fm->lines) {
		fm->lsink.lines = lx_filematch_lines;
		lx_lines_start(fm->lines, &fm->lsink, fm);
	}
	fm->ud = ud;
	fm->active = 1;
	return 1;
}

int lx_filematch_begin_file(lx_filematch *fm, const lx_file_info *fi, lx_hit_fn fn, void *ud)
{
	lx_filematch_member_name(fi->path, &fm->name);
	return lx_filematch_begin(fm, fm->name.p ? fm->name.p : "", fi->mtime,
	                          lx_chain_in_archive(fi->path), fn, ud);
}

void lx_filematch_lines(void *fh, const char *buf, size_t len, uint64_t first_line)
{
	lx_filematch *fm = fh;
	lx_matcher_feed(fm->m, buf, len, first_line);
}

void lx_filematch_text(lx_filematch *fm, const char *buf, size_t len)
{
	lx_lines_feed(fm->lines, buf, len);
}

uint64_t lx_filematch_end(lx_filematch *fm)
{
	if (!fm->active)
		return 0;
	if (fm->lines)
		lx_lines_finish(fm->lines);
	lx_matcher_end(fm->m);
	fm->active = 0;
	return lx_matcher_lines(fm->m);
}
