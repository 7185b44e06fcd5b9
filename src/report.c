/* report.c - the result model: construction and release. */
#include "report.h"

#include <stdlib.h>
#include <string.h>

#include "options.h"
#include "util.h"

lx_report *lx_report_new(const char *bundle)
{
	lx_report *r = lx_xcalloc(1, sizeof *r);
	r->bundle = lx_xstrdup(bundle);
	return r;
}

void lx_evidence_clear(lx_evidence *ev, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		lx_chain_free(&ev[i].path);
		free(ev[i].text);
		free(ev[i].before);
		free(ev[i].after);
	}
}

void lx_diag_clear(lx_diag *d)
{
	size_t i;
	free(d->id);
	free(d->title);
	free(d->product);
	free(d->doc);
	free(d->doc_local);
	free(d->remedy);
	free(d->host);
	lx_evidence_clear(d->ev, d->n_ev);
	for (i = 0; i < d->n_cq; i++) {
		free(d->cq[i].id);
		lx_evidence_clear(d->cq[i].ev, d->cq[i].n_ev);
	}
	free(d->cq);
	memset(d, 0, sizeof *d);
}

int lx_diag_counts(const lx_config *cfg, const lx_diag *d)
{
	return !d->resolved || cfg->include_resolved;
}

size_t lx_report_counted(const lx_config *cfg, const lx_report *r)
{
	size_t i, n = 0;
	for (i = 0; i < r->n_d; i++)
		n += (size_t)lx_diag_counts(cfg, &r->d[i]);
	return n;
}

void lx_report_free(lx_report *r)
{
	size_t i;
	if (!r)
		return;
	for (i = 0; i < r->n_d; i++)
		lx_diag_clear(&r->d[i]);
	free(r->d);
	for (i = 0; i < r->n_pr; i++) {
		lx_chain_free(&r->pr[i].path);
		free(r->pr[i].msg);
	}
	free(r->pr);
	for (i = 0; i < r->n_hosts; i++)
		free(r->hosts[i]);
	free(r->hosts);
	for (i = 0; i < r->n_un; i++) {
		free(r->un[i].tpl);
		free(r->un[i].example);
	}
	free(r->un);
	for (i = 0; i < r->n_fl; i++) {
		lx_chain_free(&r->fl[i].path);
		free(r->fl[i].type);
		free(r->fl[i].encoding);
		free(r->fl[i].skipped);
		free(r->fl[i].error);
	}
	free(r->fl);
	free(r->bundle);
	free(r);
}

lx_file *lx_report_file(lx_report *r, const lx_chain *path, const char *type, const char *encoding)
{
	lx_file *f;
	lx_xgrow(&r->fl, &r->cap_fl, r->n_fl + 1, sizeof *r->fl);
	f = &r->fl[r->n_fl++];
	memset(f, 0, sizeof *f);
	lx_chain_copy(&f->path, path);
	f->type = type ? lx_xstrdup(type) : NULL;
	f->encoding = encoding ? lx_xstrdup(encoding) : NULL;
	return f;
}

#define FILE_LOOKBACK 16 /* records searched for the file a problem names */

void lx_report_file_problem(lx_report *r, const lx_chain *path, const char *msg)
{
	size_t i;
	for (i = r->n_fl; i > 0 && i + FILE_LOOKBACK > r->n_fl; i--) {
		lx_file *f = &r->fl[i - 1];
		if (lx_chain_equal(&f->path, path)) {
			if (!f->error && !f->skipped)
				f->error = lx_xstrdup(msg);
			return;
		}
	}
	lx_report_file(r, path, NULL, NULL)->skipped = lx_xstrdup(msg);
}

void lx_report_unrec(lx_report *r, const char *tpl, uint64_t count, int64_t first, int64_t last,
                     const char *ex, size_t ex_len)
{
	lx_unrec *u;
	r->un = lx_xrealloc(r->un, (r->n_un + 1) * sizeof *r->un);
	u = &r->un[r->n_un++];
	u->tpl = lx_xstrdup(tpl);
	u->count = count;
	u->first_seen = first;
	u->last_seen = last;
	u->example = lx_xmalloc(ex_len + 1);
	memcpy(u->example, ex, ex_len);
	u->example[ex_len] = '\0';
	u->example_len = ex_len;
}

void lx_report_problem(lx_report *r, const lx_chain *path, const char *msg, int note)
{
	lx_problem *p;
	lx_xgrow(&r->pr, &r->cap_pr, r->n_pr + 1, sizeof *r->pr);
	p = &r->pr[r->n_pr++];
	memset(p, 0, sizeof *p);
	lx_chain_copy(&p->path, path);
	p->msg = lx_xstrdup(msg);
	p->note = note;
	if (!note)
		r->errors++;
	lx_report_grade(r, note ? LX_WARN : LX_FAILED);
}

void lx_report_grade(lx_report *r, lx_status s)
{
	if (s > r->status)
		r->status = s;
}

void lx_summary_add(lx_summary *s, const lx_report *r)
{
	s->bundles++;
	s->files += r->files;
	s->bytes += r->bytes;
	s->diagnoses += r->n_d;
	s->bundles_with += r->n_d > 0;
	s->errors += (uint64_t)r->errors;
}
