/* pipeline.c - one reader thread, K matcher threads.  See pipeline.h.
 *
 * Each matcher thread has a ring of IN_DEPTH input slots: a file's start
 * (its member name, where its hits go), pieces of its text, its end.  The
 * reader fills a TEXT slot before publishing it, so that the queue's
 * mutex is taken once per piece, not per line. */
#include "pipeline.h"

#include <stdlib.h>
#include <string.h>

#include "filematch.h"
#include "oqueue.h"
#include "walk.h"

#define IN_DEPTH 32              /* pieces of text queued per matcher (2 MiB) */
#define TEXT_PIECE (64u * 1024u) /* decoded bytes handed over at once */

enum { IN_BEGIN, IN_TEXT, IN_END };

typedef struct inblk {
	int kind;
	lx_buf data;    /* TEXT: decoded text; BEGIN: the member name */
	lx_oq_item *it; /* BEGIN: where the file's hits go */
	int64_t mtime;
	int member; /* BEGIN: inside an archive (lx_matcher_mtime_fallback) */
} inblk;

typedef struct pipeline pipeline;

typedef struct worker {
	pipeline *p;
	lx_filematch fm; /* lines are split here, not by the reader */
	inblk in[IN_DEPTH];
	size_t head, n;
	inblk *open;      /* reader side: the TEXT slot being filled, unpublished */
	size_t nfiles;    /* files given to this worker and not yet finished */
	lx_oq_item *hits; /* where this file's hits go (worker side) */
	lx_waiters input; /* input arrived, or quit */
	pthread_t th;
} worker;

struct pipeline {
	lx_oqueue q; /* its mu guards the workers' rings too */
	const lx_config *cfg;
	const lx_sigdb *db;
	const char *arg;
	worker *w;
	unsigned nw;
	int quit;
	lx_status status; /* the reader's walk */
	lx_input_stats st;
	lx_waiters reader; /* the reader: room in a worker's queue */
};

/* ---- the reader's sink --------------------------------------------- */

/* Reserves the next input slot of w (waiting while full); mu held. */
static inblk *reserve(pipeline *p, worker *w)
{
	while (w->n == IN_DEPTH)
		lx_oq_wait(&p->q, &p->reader);
	return &w->in[(w->head + w->n) % IN_DEPTH];
}

/* Publishes the slot reserved last in w; mu held. */
static void push(worker *w)
{
	w->n++;
	lx_waiters_wake(&w->input);
}

/* Appends a problem (or a file skipped) in reading order. */
static void put(pipeline *p, lx_oq_item *it)
{
	pthread_mutex_lock(&p->q.mu);
	(void)lx_oq_append(&p->q, it, NULL);
	pthread_mutex_unlock(&p->q.mu);
}

static void *r_begin(void *ud, const lx_file_info *fi)
{
	pipeline *p = ud;
	lx_buf name = {0};
	worker *w = NULL;
	lx_oq_item *it;
	inblk *b;
	unsigned i;
	lx_filematch_member_name(fi->path, &name);
	if (!lx_matcher_wants(p->db, name.p ? name.p : "", NULL)) {
		lx_buf_free(&name);
		if (p->cfg->list_files_detail)
			put(p, lx_oq_unread_new(p->db, fi));
		return NULL;
	}
	it = lx_oq_file_new(fi);
	pthread_mutex_lock(&p->q.mu);
	/* the worker with the fewest files queued: a worker still finishing
	 * one file can already be given the next, so the reader never waits
	 * at a file boundary */
	w = &p->w[0];
	for (i = 1; i < p->nw; i++)
		if (p->w[i].nfiles < w->nfiles)
			w = &p->w[i];
	w->nfiles++;
	(void)lx_oq_append(&p->q, it, NULL);
	b = reserve(p, w);
	b->kind = IN_BEGIN;
	b->it = it;
	lx_buf_reset(&b->data);
	lx_buf_add(&b->data, name.p ? name.p : "", name.len);
	b->mtime = fi->mtime;
	b->member = lx_chain_in_archive(fi->path);
	push(w);
	pthread_mutex_unlock(&p->q.mu);
	lx_buf_free(&name);
	return w;
}

/* Publishes w's open TEXT slot, if any. */
static void publish(pipeline *p, worker *w)
{
	if (!w->open)
		return;
	w->open = NULL;
	pthread_mutex_lock(&p->q.mu);
	push(w);
	pthread_mutex_unlock(&p->q.mu);
}

/* Decoded text: gathered into pieces of TEXT_PIECE bytes, so that the
 * hand-over costs little; the worker splits the lines. */
static void r_text(void *fh, const char *buf, size_t len)
{
	worker *w = fh;
	pipeline *p = w->p;
	while (len) {
		size_t k;
		if (!w->open) {
			pthread_mutex_lock(&p->q.mu);
			w->open = reserve(p, w);
			pthread_mutex_unlock(&p->q.mu);
			/* the slot is ours until published */
			w->open->kind = IN_TEXT;
			lx_buf_reset(&w->open->data);
		}
		k = TEXT_PIECE - w->open->data.len;
		if (k > len)
			k = len;
		lx_buf_add(&w->open->data, buf, k);
		buf += k;
		len -= k;
		if (w->open->data.len >= TEXT_PIECE)
			publish(p, w);
	}
}

static void r_end(void *fh)
{
	worker *w = fh;
	pipeline *p = w->p;
	publish(p, w);
	pthread_mutex_lock(&p->q.mu);
	reserve(p, w)->kind = IN_END;
	push(w);
	pthread_mutex_unlock(&p->q.mu);
}

static void r_error(void *ud, const lx_chain *path, const char *msg)
{
	put(ud, lx_oq_problem_new(path, msg, 0, NULL));
}

static void r_note(void *ud, const lx_chain *path, const char *msg)
{
	put(ud, lx_oq_problem_new(path, msg, 1, NULL));
}

static void r_skip(void *ud, const lx_chain *path, const char *why)
{
	put(ud, lx_oq_problem_new(path, why, 2, NULL));
}

static void *reader(void *arg)
{
	pipeline *p = arg;
	lx_sink s = {.begin = r_begin,
	             .end = r_end,
	             .error = r_error,
	             .note = r_note,
	             .text = r_text,
	             .skip = p->cfg->list_files_detail ? r_skip : NULL,
	             .ud = p};
	lx_status status = lx_walk_bundle(p->cfg, p->arg, &s, NULL, &p->st);
	pthread_mutex_lock(&p->q.mu);
	p->status = status;
	p->q.done = 1;
	lx_waiters_wake(&p->q.caller);
	pthread_mutex_unlock(&p->q.mu);
	return NULL;
}

/* ---- the workers ----------------------------------------------------- */

static void w_hit(void *ud, const lx_hit *h)
{
	worker *w = ud;
	lx_oq_hit_add(&w->p->q, w->hits, h, NULL);
}

static void *work(void *arg)
{
	worker *w = arg;
	pipeline *p = w->p;
	uint64_t lines = 0;
	pthread_mutex_lock(&p->q.mu);
	for (;;) {
		inblk *b;
		while (!w->n && !p->quit)
			lx_oq_wait(&p->q, &w->input);
		if (!w->n)
			break;
		b = &w->in[w->head];
		pthread_mutex_unlock(&p->q.mu);
		switch (b->kind) {
		case IN_BEGIN:
			w->hits = b->it;
			(void)lx_filematch_begin(&w->fm, b->data.p ? b->data.p : "", b->mtime,
			                         b->member, w_hit, w);
			break;
		case IN_TEXT:
			if (w->fm.active)
				lx_filematch_text(&w->fm, b->data.p, b->data.len);
			break;
		case IN_END:
			lines = lx_filematch_end(&w->fm);
			break;
		}
		pthread_mutex_lock(&p->q.mu);
		w->head = (w->head + 1) % IN_DEPTH;
		w->n--;
		lx_waiters_wake(&p->reader);
		if (b->kind == IN_END) {
			w->nfiles--;
			lx_oq_file_done(&p->q, w->hits, lines);
		}
	}
	pthread_mutex_unlock(&p->q.mu);
	return NULL;
}

lx_status lx_pipeline_run(const lx_config *cfg, const lx_sigdb *db, const char *arg,
                          unsigned matchers, const lx_fanout_sink *out, lx_input_stats *st,
                          int *scanned)
{
	pipeline *p = lx_xcalloc(1, sizeof *p);
	pthread_t rd;
	unsigned i, total = matchers ? matchers : 1, started = 0;
	lx_status status = LX_OK;
	*scanned = 0;
	lx_oq_init(&p->q);
	p->cfg = cfg;
	p->db = db;
	p->arg = arg;
	p->w = lx_xcalloc(total, sizeof *p->w);
	lx_waiters_init(&p->reader);
	for (i = 0; i < total; i++)
		lx_waiters_init(&p->w[i].input);
	for (i = 0; i < total; i++) {
		p->w[i].p = p;
		/* the worker splits lines in small blocks: text is matched
		 * while it is still in cache, and the reader, 2 MiB ahead,
		 * rarely waits */
		if (lx_filematch_init(&p->w[i].fm, db, cfg, 1) < 0 ||
		    pthread_create(&p->w[i].th, NULL, work, &p->w[i]) != 0)
			break;
		started++;
	}
	p->nw = started;
	if (started && pthread_create(&rd, NULL, reader, p) == 0) {
		lx_oq_drain(&p->q, out);
		pthread_join(rd, NULL);
		status = p->status;
		*st = p->st;
		*scanned = 1;
	}
	pthread_mutex_lock(&p->q.mu);
	p->quit = 1;
	for (i = 0; i < total; i++)
		lx_waiters_wake_all(&p->w[i].input);
	pthread_mutex_unlock(&p->q.mu);
	for (i = 0; i < started; i++)
		pthread_join(p->w[i].th, NULL);
	for (i = 0; i < total; i++) {
		size_t k;
		lx_filematch_fini(&p->w[i].fm);
		for (k = 0; k < IN_DEPTH; k++)
			lx_buf_free(&p->w[i].in[k].data);
		lx_waiters_fini(&p->w[i].input);
	}
	lx_waiters_fini(&p->reader);
	lx_oq_fini(&p->q);
	free(p->w);
	free(p);
	return status;
}
