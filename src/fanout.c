/* fanout.c - one bundle, one reader thread, K matcher threads, results
 * in sequential order.  See fanout.h.
 *
 * One mutex and one condition variable guard everything shared; they are
 * touched once per block of lines and once per hit, so they cost nothing
 * next to the matching itself. */
#include "fanout.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "lines.h"
#include "timestamp.h"
#include "util.h"
#include "walk.h"

#define IN_DEPTH 32     /* pieces of text queued per worker (2 MiB) */
#define TEXT_PIECE (64u * 1024u) /* decoded bytes handed over at once */
#define HIT_DEPTH 64    /* hits queued per file */
#define MAX_ITEMS 4096  /* files and problems waiting for the caller */

typedef struct hitrec {
	lx_hit h;
	lx_buf evt[LX_EVIDENCE_MAX];
} hitrec;

typedef struct item {
	int is_file;
	lx_chain path;
	lx_buf msg;  /* problem */
	int note;
	hitrec q[HIT_DEPTH];
	size_t head, n;
	int done;    /* the worker finished the file */
	struct item *next;
} item;

enum { IN_BEGIN, IN_TEXT, IN_END };

typedef struct inblk {
	int kind;
	lx_buf data; /* TEXT: decoded text; BEGIN: the member name */
	item *it;    /* BEGIN: where the file's hits go */
	int64_t mtime;
} inblk;

typedef struct fanout fanout;

typedef struct worker {
	fanout *f;
	lx_matcher *m;
	inblk in[IN_DEPTH];
	size_t head, n;
	inblk *open; /* reader side: the TEXT slot being filled, unpublished */
	size_t nfiles; /* files given to this worker and not yet finished */
	item *hits; /* where this file's hits go (worker side) */
	lx_lines *lines; /* worker side: lines are split here, not by the reader */
	lx_sink lsink;
	pthread_cond_t cv; /* input arrived, or quit */
	pthread_t th;
} worker;

struct fanout {
	const lx_config *cfg;
	const lx_sigdb *db;
	const char *arg;
	void (*member_name)(const lx_chain *, lx_buf *);
	worker *w;
	unsigned nw;
	item *first, *last;
	size_t n_items;
	int reader_done, quit;
	int rc;
	lx_input_stats st;
	pthread_mutex_t mu;
	pthread_cond_t cv;  /* items, hits, files done, the reader done */
	pthread_cond_t rcv; /* room in a worker's queue */
};

static void item_free(item *it)
{
	size_t i, k;
	lx_chain_free(&it->path);
	lx_buf_free(&it->msg);
	for (i = 0; i < HIT_DEPTH; i++)
		for (k = 0; k < LX_EVIDENCE_MAX; k++)
			lx_buf_free(&it->q[i].evt[k]);
	free(it);
}

/* Appends an item (lock held), waiting while too many wait. */
static void append(fanout *f, item *it)
{
	while (f->n_items >= MAX_ITEMS)
		pthread_cond_wait(&f->cv, &f->mu);
	if (f->last)
		f->last->next = it;
	else
		f->first = it;
	f->last = it;
	f->n_items++;
	pthread_cond_broadcast(&f->cv);
}

/* ---- the reader's sink --------------------------------------------- */

static int wanted(const fanout *f, const lx_chain *path, lx_buf *name)
{
	size_t i;
	f->member_name(path, name);
	for (i = 0; i < f->db->n; i++)
		if (lx_signature_wants(&f->db->sig[i], name->p ? name->p : ""))
			return 1;
	return 0;
}

/* Reserves the next input slot of w (waiting while full); lock held. */
static inblk *reserve(fanout *f, worker *w)
{
	while (w->n == IN_DEPTH)
		pthread_cond_wait(&f->rcv, &f->mu);
	return &w->in[(w->head + w->n) % IN_DEPTH];
}

static void *r_begin(void *ud, const lx_file_info *fi)
{
	fanout *f = ud;
	lx_buf name = {0};
	worker *w = NULL;
	item *it;
	inblk *b;
	unsigned i;
	if (!wanted(f, fi->path, &name)) {
		lx_buf_free(&name);
		return NULL;
	}
	it = lx_xcalloc(1, sizeof *it);
	it->is_file = 1;
	lx_chain_copy(&it->path, fi->path);
	pthread_mutex_lock(&f->mu);
	/* the worker with the fewest files queued: a worker still finishing
	 * one file can already be given the next, so the reader never waits
	 * at a file boundary */
	w = &f->w[0];
	for (i = 1; i < f->nw; i++)
		if (f->w[i].nfiles < w->nfiles)
			w = &f->w[i];
	w->nfiles++;
	append(f, it);
	b = reserve(f, w);
	b->kind = IN_BEGIN;
	b->it = it;
	lx_buf_reset(&b->data);
	lx_buf_add(&b->data, name.p ? name.p : "", name.len);
	b->mtime = fi->mtime;
	w->n++;
	pthread_cond_signal(&w->cv);
	pthread_mutex_unlock(&f->mu);
	lx_buf_free(&name);
	return w;
}

/* Publishes w's open TEXT slot, if any. */
static void publish(fanout *f, worker *w)
{
	if (!w->open)
		return;
	w->open = NULL;
	pthread_mutex_lock(&f->mu);
	w->n++;
	pthread_cond_signal(&w->cv);
	pthread_mutex_unlock(&f->mu);
}

/* Decoded text: gathered into pieces of TEXT_PIECE bytes, so that the
 * hand-over costs little; the worker splits the lines. */
static void r_text(void *fh, const char *buf, size_t len)
{
	worker *w = fh;
	fanout *f = w->f;
	while (len) {
		size_t k;
		if (!w->open) {
			pthread_mutex_lock(&f->mu);
			w->open = reserve(f, w);
			pthread_mutex_unlock(&f->mu);
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
			publish(f, w);
	}
}

static void r_end(void *fh)
{
	worker *w = fh;
	fanout *f = w->f;
	inblk *b;
	publish(f, w);
	pthread_mutex_lock(&f->mu);
	b = reserve(f, w);
	b->kind = IN_END;
	w->n++;
	pthread_cond_signal(&w->cv);
	pthread_mutex_unlock(&f->mu);
}

static void r_problem(fanout *f, const lx_chain *path, const char *msg, int note)
{
	item *it = lx_xcalloc(1, sizeof *it);
	lx_chain_copy(&it->path, path);
	lx_buf_adds(&it->msg, msg);
	it->note = note;
	pthread_mutex_lock(&f->mu);
	append(f, it);
	pthread_mutex_unlock(&f->mu);
}

static void r_error(void *ud, const lx_chain *path, const char *msg)
{
	r_problem(ud, path, msg, 0);
}

static void r_note(void *ud, const lx_chain *path, const char *msg)
{
	r_problem(ud, path, msg, 1);
}

static void *reader(void *arg)
{
	fanout *f = arg;
	lx_sink s = {r_begin, NULL, r_end, r_error, r_note, r_text, f};
	int rc = lx_walk_bundle(f->cfg, f->arg, &s, &f->st);
	pthread_mutex_lock(&f->mu);
	f->rc = rc;
	f->reader_done = 1;
	pthread_cond_broadcast(&f->cv);
	pthread_mutex_unlock(&f->mu);
	return NULL;
}

/* ---- the workers ----------------------------------------------------- */

static void w_hit(void *ud, const lx_hit *h)
{
	worker *w = ud;
	fanout *f = w->f;
	item *it = w->hits;
	hitrec *r;
	size_t k;
	pthread_mutex_lock(&f->mu);
	while (it->n == HIT_DEPTH)
		pthread_cond_wait(&f->cv, &f->mu);
	r = &it->q[(it->head + it->n) % HIT_DEPTH];
	pthread_mutex_unlock(&f->mu);
	r->h = *h;
	for (k = 0; k < h->n_ev; k++) {
		lx_buf_reset(&r->evt[k]);
		lx_buf_add(&r->evt[k], h->ev[k].text, h->ev[k].len);
		r->h.ev[k].text = NULL; /* pointed at r->evt[k] when read */
	}
	pthread_mutex_lock(&f->mu);
	it->n++;
	pthread_cond_broadcast(&f->cv);
	pthread_mutex_unlock(&f->mu);
}

/* The worker's line splitter hands its blocks to the matcher. */
static void w_lines(void *fh, const char *buf, size_t len, uint64_t first_line)
{
	worker *w = fh;
	lx_matcher_feed(w->m, buf, len, first_line);
}

static void *work(void *arg)
{
	worker *w = arg;
	fanout *f = w->f;
	int active = 0;
	pthread_mutex_lock(&f->mu);
	for (;;) {
		inblk *b;
		while (!w->n && !f->quit)
			pthread_cond_wait(&w->cv, &f->mu);
		if (!w->n)
			break;
		b = &w->in[w->head];
		pthread_mutex_unlock(&f->mu);
		switch (b->kind) {
		case IN_BEGIN:
			w->hits = b->it;
			active = lx_matcher_begin(w->m, b->data.p ? b->data.p : "",
			                          b->mtime == LX_MTIME_UNKNOWN ? LX_TS_NONE : b->mtime,
			                          w_hit, w);
			if (active)
				lx_lines_start(w->lines, &w->lsink, w);
			break;
		case IN_TEXT:
			if (active)
				lx_lines_feed(w->lines, b->data.p, b->data.len);
			break;
		case IN_END:
			if (active) {
				lx_lines_finish(w->lines);
				lx_matcher_end(w->m);
			}
			active = 0;
			break;
		}
		pthread_mutex_lock(&f->mu);
		w->head = (w->head + 1) % IN_DEPTH;
		w->n--;
		pthread_cond_signal(&f->rcv);
		if (b->kind == IN_END) {
			w->hits->done = 1;
			w->nfiles--;
			pthread_cond_broadcast(&f->cv);
		}
	}
	pthread_mutex_unlock(&f->mu);
	return NULL;
}

/* ---- the caller: everything in order ------------------------------------ */

static void drain(fanout *f, const lx_fanout_sink *out)
{
	int begun = 0;
	pthread_mutex_lock(&f->mu);
	for (;;) {
		item *it = f->first;
		if (!it) {
			if (f->reader_done)
				break;
			pthread_cond_wait(&f->cv, &f->mu);
			continue;
		}
		if (!it->is_file || (it->done && !it->n)) {
			f->first = it->next;
			if (!f->first)
				f->last = NULL;
			f->n_items--;
			pthread_cond_broadcast(&f->cv);
			pthread_mutex_unlock(&f->mu);
			if (!it->is_file) {
				out->problem(out->ud, &it->path, it->msg.p ? it->msg.p : "", it->note);
			} else {
				if (!begun)
					out->file_begin(out->ud, &it->path);
				out->file_end(out->ud);
			}
			begun = 0;
			item_free(it);
			pthread_mutex_lock(&f->mu);
			continue;
		}
		if (!begun) {
			pthread_mutex_unlock(&f->mu);
			out->file_begin(out->ud, &it->path);
			begun = 1;
			pthread_mutex_lock(&f->mu);
			continue;
		}
		if (it->n) {
			hitrec *r = &it->q[it->head];
			size_t k;
			pthread_mutex_unlock(&f->mu);
			for (k = 0; k < r->h.n_ev; k++)
				r->h.ev[k].text = r->evt[k].p ? r->evt[k].p : "";
			out->hit(out->ud, &r->h);
			pthread_mutex_lock(&f->mu);
			it->head = (it->head + 1) % HIT_DEPTH;
			it->n--;
			pthread_cond_broadcast(&f->cv);
			continue;
		}
		pthread_cond_wait(&f->cv, &f->mu);
	}
	pthread_mutex_unlock(&f->mu);
}

int lx_fanout_bundle(const lx_config *cfg, const lx_sigdb *db, const char *arg,
                     unsigned workers, void (*member_name)(const lx_chain *, lx_buf *),
                     const lx_fanout_sink *out, lx_input_stats *st)
{
	fanout *f = lx_xcalloc(1, sizeof *f);
	pthread_t rd;
	unsigned i, total, started = 0;
	int rc = -1;
	f->cfg = cfg;
	f->db = db;
	f->arg = arg;
	f->member_name = member_name;
	f->nw = workers ? workers : 1;
	total = f->nw;
	f->w = lx_xcalloc(total, sizeof *f->w);
	pthread_mutex_init(&f->mu, NULL);
	pthread_cond_init(&f->cv, NULL);
	pthread_cond_init(&f->rcv, NULL);
	for (i = 0; i < total; i++)
		pthread_cond_init(&f->w[i].cv, NULL);
	for (i = 0; i < f->nw; i++) {
		f->w[i].f = f;
		/* small pieces and 512 KiB blocks: text is matched while it is
		 * still in cache, and the reader, 2 MiB ahead, rarely waits */
		f->w[i].lines = lx_lines_new_window(cfg->max_line ? cfg->max_line : 1u << 20, 512u << 10);
		f->w[i].lsink.lines = w_lines;
		f->w[i].m = lx_matcher_new(db);
		if (!f->w[i].m || pthread_create(&f->w[i].th, NULL, work, &f->w[i]) != 0)
			break;
		started++;
	}
	f->nw = started;
	if (started && pthread_create(&rd, NULL, reader, f) == 0) {
		drain(f, out);
		pthread_join(rd, NULL);
		rc = f->rc;
		*st = f->st;
	}
	pthread_mutex_lock(&f->mu);
	f->quit = 1;
	pthread_cond_broadcast(&f->cv);
	pthread_cond_broadcast(&f->rcv);
	for (i = 0; i < total; i++)
		pthread_cond_broadcast(&f->w[i].cv);
	pthread_mutex_unlock(&f->mu);
	for (i = 0; i < started; i++)
		pthread_join(f->w[i].th, NULL);
	for (i = 0; i < total; i++) {
		size_t k;
		lx_matcher_free(f->w[i].m);
		lx_lines_free(f->w[i].lines);
		for (k = 0; k < IN_DEPTH; k++)
			lx_buf_free(&f->w[i].in[k].data);
	}
	while (f->first) {
		item *it = f->first;
		f->first = it->next;
		item_free(it);
	}
	pthread_mutex_destroy(&f->mu);
	pthread_cond_destroy(&f->cv);
	pthread_cond_destroy(&f->rcv);
	for (i = 0; i < total; i++)
		pthread_cond_destroy(&f->w[i].cv);
	free(f->w);
	free(f);
	return rc;
}
