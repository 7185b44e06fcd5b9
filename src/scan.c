/* scan.c - one bundle through the pipeline.  See scan.h. */
#include "scan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "filematch.h"
#include "i18n.h"
#include "input.h"
#include "match.h"
#include "rank.h"
#include "fanout.h"
#include "unrecset.h"
#include "util.h"
#include "walk.h"

struct lx_scanner {
	const lx_sigdb *db;
	const lx_config *cfg;
	lx_filematch fm;
	lx_collector *col;
	lx_unrecset *un; /* NULL with --no-unrecognised */
	lx_report *r;
	unsigned threads; /* threads per bundle; 0: match inline */
	size_t cur_fl;    /* --files: the record of the file being matched + 1 */
};

void lx_scanner_threads(lx_scanner *s, unsigned n)
{
	s->threads = n;
}

lx_scanner *lx_scanner_new(const lx_sigdb *db, const lx_config *cfg)
{
	lx_scanner *s = lx_xcalloc(1, sizeof *s);
	s->db = db;
	s->cfg = cfg;
	if (lx_filematch_init(&s->fm, db, cfg, 0) < 0) {
		free(s);
		return NULL;
	}
	s->col = lx_collector_new(db, cfg);
	if (!cfg->no_unrec)
		s->un = lx_unrecset_new();
	return s;
}

void lx_scanner_free(lx_scanner *s)
{
	if (!s)
		return;
	lx_filematch_fini(&s->fm);
	lx_collector_free(s->col);
	lx_unrecset_free(s->un);
	free(s);
}

/* A hit, or a template of a file's unrecognised errors (lx_hit.unrec), in
 * reading order. */
static void on_hit(void *ud, const lx_hit *h)
{
	lx_scanner *s = ud;
	size_t k;
	if (h->unrec) {
		if (s->un)
			lx_unrecset_add(s->un, h->ev[1].text, h->ev[1].len, h->count, h->ts,
			                h->ts_last, h->ev[0].text, h->ev[0].len);
		return;
	}
	for (k = 0; s->un && k < h->n_ev; k++)
		lx_unrecset_evidence(s->un, h->ev[k].text, h->ev[k].len);
	lx_collector_hit(s->col, h);
}

/* --files: a record for the file at path (its type from its name). */
static lx_file *file_rec(lx_scanner *s, const lx_chain *path, const char *enc)
{
	return lx_report_file(s->r, path, lx_sigdb_log_product(s->db, lx_chain_leaf(path)), enc);
}

/* --files: a file is matched; its record is completed at its end. */
static void file_matched(lx_scanner *s, const lx_chain *path, const char *enc)
{
	if (!s->cfg->list_files_detail)
		return;
	file_rec(s, path, enc)->scanned = 1;
	s->cur_fl = s->r->n_fl;
}

static void file_done(lx_scanner *s, uint64_t lines)
{
	if (s->cur_fl)
		s->r->fl[s->cur_fl - 1].lines = lines;
	s->cur_fl = 0;
}

/* --files: a file that is not matched, and why. */
static void file_skipped(lx_scanner *s, const lx_chain *path, const char *enc, const char *why)
{
	if (s->cfg->list_files_detail)
		file_rec(s, path, enc)->skipped = lx_xstrdup(why);
}

static void *on_begin(void *ud, const lx_file_info *fi)
{
	lx_scanner *s = ud;
	if (!lx_filematch_begin_file(&s->fm, fi, on_hit, s)) {
		file_skipped(s, fi->path, fi->encoding,
		             lx_sigdb_why_unread(s->db, lx_chain_leaf(fi->path)));
		return NULL;
	}
	lx_collector_file_begin(s->col, fi->path);
	file_matched(s, fi->path, fi->encoding);
	return &s->fm;
}

static void on_end(void *fh)
{
	lx_filematch *fm = fh;
	lx_scanner *s = fm->ud;
	uint64_t lines = lx_filematch_end(fm);
	if (s->un)
		lx_unrecset_file_end(s->un);
	lx_collector_file_end(s->col);
	file_done(s, lines);
}

/* A reading problem: the report's, and with --files its file's. */
static void problem(lx_scanner *s, const lx_chain *path, const char *msg, int note)
{
	lx_report_problem(s->r, path, msg, note);
	if (s->cfg->list_files_detail)
		lx_report_file_problem(s->r, path, msg);
}

static void on_error(void *ud, const lx_chain *path, const char *msg)
{
	problem(ud, path, msg, 0);
}

static void on_note(void *ud, const lx_chain *path, const char *msg)
{
	problem(ud, path, msg, 1);
}

static void on_skip(void *ud, const lx_chain *path, const char *why)
{
	file_skipped(ud, path, NULL, why);
}

/* The fan-out's ordered results, to the collector and the report. */
static void f_begin(void *ud, const lx_chain *path, const char *enc)
{
	lx_scanner *s = ud;
	lx_collector_file_begin(s->col, path);
	file_matched(s, path, enc);
}

static void f_hit(void *ud, const lx_hit *h)
{
	on_hit(ud, h);
}

static void f_end(void *ud, uint64_t lines)
{
	lx_scanner *s = ud;
	if (s->un)
		lx_unrecset_file_end(s->un);
	lx_collector_file_end(s->col);
	file_done(s, lines);
}

static void f_problem(void *ud, const lx_chain *path, const char *msg, int note)
{
	problem(ud, path, msg, note);
}

static void f_skip(void *ud, const lx_chain *path, const char *enc, const char *why)
{
	file_skipped(ud, path, enc, why);
}

/* The bundle on threads of its own (fanout.h); *scanned 0: nothing was
 * delivered, the caller reads it. */
static lx_status fan(lx_scanner *s, const char *arg, lx_input_stats *st, int *scanned)
{
	lx_fanout_sink out = {f_begin, f_hit, f_end, f_problem, f_skip, s};
	return lx_fanout_bundle(s->cfg, s->db, arg, s->threads, &out, st, scanned);
}

lx_report *lx_scan_bundle(lx_scanner *s, const char *arg)
{
	lx_sink sink;
	lx_input_stats st;
	lx_status status = LX_OK;
	int scanned = 0;
	lx_report *r = lx_report_new(arg);
	memset(&st, 0, sizeof st);
	sink.begin = on_begin;
	sink.lines = lx_filematch_lines;
	sink.end = on_end;
	sink.error = on_error;
	sink.note = on_note;
	sink.text = NULL;
	sink.skip = s->cfg->list_files_detail ? on_skip : NULL;
	sink.ud = s;
	s->r = r;
	r->files_on = s->cfg->list_files_detail;
	s->cur_fl = 0;
	if (s->threads)
		status = fan(s, arg, &st, &scanned);
	if (!scanned)
		status = lx_walk_bundle(s->cfg, arg, &sink, NULL, &st);
	/* the reader's grade (walk.h); the callbacks grade the report too,
	 * problem by problem (lx_report_problem(): a note LX_WARN, an error
	 * LX_FAILED), and a file skipped (on_skip) is no problem */
	lx_report_grade(r, status);
	r->files = st.files;
	r->bytes = st.bytes;
	r->expanded = st.expanded;
	if (st.binary) {
		/* one note for them all: bundles hold many .etl and .dll files */
		lx_chain c = {NULL, NULL, 0, 0};
		char msg[128];
		unsigned long long nb = (unsigned long long)st.binary;
		lx_chain_push(&c, arg);
		snprintf(msg, sizeof msg,
		         P_("%llu binary file skipped", "%llu binary files skipped", nb), nb);
		lx_report_problem(r, &c, msg, 1);
		lx_chain_free(&c);
	}
	lx_collector_finish(s->col, r);
	if (s->un)
		lx_unrecset_finish(s->un, r);
	s->r = NULL;
	return r;
}
