/* oqueue.c - keyed, ordered results.  See oqueue.h. */
#include "oqueue.h"

#include <stdlib.h>
#include <string.h>

/* one wake of the caller per batch of hits, not per hit: an error-dense
 * log has tens of thousands of lines to hand over (fewer: its file's end,
 * or a producer about to wait, wakes it) */
#define HIT_BATCH 16

struct lx_oq_hit {
	lx_hit h;
	lx_evcopy ev[LX_EVIDENCE_MAX]; /* h.ev's texts and context */
	size_t bytes;                  /* counted in hit_bytes */
	struct lx_oq_hit *next;
};

void lx_waiters_init(lx_waiters *q)
{
	pthread_cond_init(&q->cv, NULL);
	q->n = 0;
}

void lx_waiters_fini(lx_waiters *q)
{
	pthread_cond_destroy(&q->cv);
}

void lx_waiters_sleep(lx_waiters *q, pthread_mutex_t *mu)
{
	q->n++;
	pthread_cond_wait(&q->cv, mu);
	q->n--;
}

void lx_waiters_wake(lx_waiters *q)
{
	if (q->n)
		pthread_cond_broadcast(&q->cv);
}

void lx_waiters_wake_all(lx_waiters *q)
{
	pthread_cond_broadcast(&q->cv);
}

static void hit_free(lx_oq_hit *r)
{
	size_t k;
	for (k = 0; k < LX_EVIDENCE_MAX; k++)
		lx_evcopy_free(&r->ev[k]);
	free(r);
}

void lx_oq_init(lx_oqueue *q)
{
	memset(q, 0, sizeof *q);
	q->end_key = LX_OQ_KEY_END;
	pthread_mutex_init(&q->mu, NULL);
	lx_waiters_init(&q->caller);
	lx_waiters_init(&q->room);
}

void lx_oq_fini(lx_oqueue *q)
{
	while (q->first) {
		lx_oq_item *it = q->first;
		q->first = it->next;
		lx_oq_item_free(it);
	}
	pthread_mutex_destroy(&q->mu);
	lx_waiters_fini(&q->caller);
	lx_waiters_fini(&q->room);
}

lx_oq_item *lx_oq_item_new(int kind, uint64_t key)
{
	lx_oq_item *it = lx_xcalloc(1, sizeof *it);
	it->kind = kind;
	it->key = key;
	return it;
}

lx_oq_item *lx_oq_problem_new(const lx_chain *path, const char *msg, int note, const char *enc)
{
	lx_oq_item *it = lx_oq_item_new(LX_OQ_PROBLEM, 0);
	lx_chain_copy(&it->path, path);
	lx_buf_adds(&it->msg, msg);
	it->note = note;
	it->enc = enc;
	return it;
}

lx_oq_item *lx_oq_file_new(const lx_file_info *fi)
{
	lx_oq_item *it = lx_oq_item_new(LX_OQ_FILE, 0);
	lx_chain_copy(&it->path, fi->path);
	it->enc = fi->encoding;
	return it;
}

lx_oq_item *lx_oq_unread_new(const lx_sigdb *db, const lx_file_info *fi)
{
	return lx_oq_problem_new(fi->path, lx_sigdb_why_unread(db, lx_chain_leaf(fi->path)), 2,
	                         fi->encoding);
}

void lx_oq_item_free(lx_oq_item *it)
{
	if (!it)
		return;
	lx_chain_free(&it->path);
	lx_buf_free(&it->msg);
	while (it->qh) {
		lx_oq_hit *r = it->qh;
		it->qh = r->next;
		hit_free(r);
	}
	free(it);
}

uint64_t lx_oq_frontier(const lx_oqueue *q)
{
	uint64_t k = LX_OQ_KEY_END;
	unsigned i;
	for (i = 0; i < q->n_pr; i++)
		if (!atomic_load(&q->pr[i]->abort) && q->pr[i]->pos < k)
			k = q->pr[i]->pos;
	return k;
}

void lx_oq_wait(lx_oqueue *q, lx_waiters *w)
{
	lx_waiters_wake(&q->caller);
	lx_waiters_sleep(w, &q->mu);
}

int lx_oq_append(lx_oqueue *q, lx_oq_item *it, lx_oq_producer *p)
{
	lx_oq_item *at;
	while (q->n_items >= LX_OQ_ITEMS &&
	       !(p && (atomic_load(&p->abort) || p->pos <= lx_oq_frontier(q))))
		lx_oq_wait(q, &q->room);
	if (p && atomic_load(&p->abort) && (it->key & 1))
		return 0;
	for (at = q->last; at && at->key > it->key; at = at->prev)
		;
	it->prev = at;
	it->next = at ? at->next : q->first;
	if (it->next)
		it->next->prev = it;
	else
		q->last = it;
	if (at)
		at->next = it;
	else
		q->first = it;
	q->n_items++;
	lx_waiters_wake(&q->caller);
	return 1;
}

void lx_oq_hit_add(lx_oqueue *q, lx_oq_item *it, const lx_hit *h, const atomic_int *gone)
{
	lx_oq_hit *r = lx_xcalloc(1, sizeof *r);
	size_t k;
	r->h = *h;
	r->bytes = sizeof *r;
	for (k = 0; k < h->n_ev; k++) {
		lx_evcopy_set(&r->ev[k], &h->ev[k]); /* r->h.ev[k] points at it when read */
		r->bytes += h->ev[k].len + lx_evcopy_ctx_bytes(&r->ev[k]);
	}
	pthread_mutex_lock(&q->mu);
	/* the file the caller is taking holds up to HIT_DEPTH, the files
	 * after it HIT_BYTES between them, so that a producer ahead of the
	 * caller goes on */
	while (!(gone && atomic_load(gone)) && !it->dead &&
	       (it == q->first ? it->n >= LX_OQ_HIT_DEPTH : q->hit_bytes >= LX_OQ_HIT_BYTES))
		lx_oq_wait(q, &q->room);
	if ((gone && atomic_load(gone)) || it->dead) {
		pthread_mutex_unlock(&q->mu);
		hit_free(r);
		return;
	}
	if (it->qt)
		it->qt->next = r;
	else
		it->qh = r;
	it->qt = r;
	it->n++;
	q->hit_bytes += r->bytes;
	if (it == q->first && it->n >= HIT_BATCH)
		lx_waiters_wake(&q->caller);
	pthread_mutex_unlock(&q->mu);
}

void lx_oq_file_done(lx_oqueue *q, lx_oq_item *it, uint64_t lines)
{
	it->lines = lines;
	it->done = 1;
	lx_waiters_wake(&q->caller);
}

void lx_oq_cut(lx_oqueue *q, uint64_t key, uint64_t use[2])
{
	lx_oq_item *it;
	for (it = q->first; it; it = it->next) {
		if (it->key > key && (it->key & 1))
			it->dead = 1; /* a member read ahead: read again, in order */
		else if (it->kind == LX_OQ_MARK && !it->dead) {
			use[0] += it->use[0];
			use[1] += it->use[1];
		}
	}
}

/* Takes the first item off the list. */
static void pop(lx_oqueue *q, lx_oq_item *it)
{
	q->first = it->next;
	if (q->first)
		q->first->prev = NULL;
	else
		q->last = NULL;
	q->n_items--;
	lx_waiters_wake(&q->room);
}

/* A MARK taken: its counts, unless dropped. */
static void fold(lx_oqueue *q, const lx_oq_item *it)
{
	q->folded[0] += it->use[0];
	q->folded[1] += it->use[1];
	q->took.files += it->counts.files;
	q->took.bytes += it->counts.bytes;
	q->took.expanded += it->counts.expanded;
	q->took.binary += it->counts.binary;
}

/* Hands a problem, or a file with no hits left, to out (mu not held). */
static void deliver(const lx_fanout_sink *out, const lx_oq_item *it, int begun)
{
	const char *msg = it->msg.p ? it->msg.p : "";
	if (it->kind == LX_OQ_PROBLEM && it->note == 2) {
		out->skip(out->ud, &it->path, it->enc, msg);
	} else if (it->kind == LX_OQ_PROBLEM) {
		out->problem(out->ud, &it->path, msg, it->note);
	} else {
		if (!begun)
			out->file_begin(out->ud, &it->path, it->enc);
		out->file_end(out->ud, it->lines);
	}
}

/* Takes the oldest hit of the first item and hands it to out unless drop
 * (mu held; dropped while it is handed over). */
static void take_hit(lx_oqueue *q, lx_oq_item *it, const lx_fanout_sink *out, int drop)
{
	lx_oq_hit *r = it->qh;
	size_t k;
	it->qh = r->next;
	if (!it->qh)
		it->qt = NULL;
	it->n--;
	q->hit_bytes -= r->bytes;
	lx_waiters_wake(&q->room);
	pthread_mutex_unlock(&q->mu);
	for (k = 0; k < r->h.n_ev; k++)
		lx_evcopy_view(&r->ev[k], &r->h.ev[k]);
	if (!drop)
		out->hit(out->ud, &r->h);
	hit_free(r);
	pthread_mutex_lock(&q->mu);
}

void lx_oq_drain(lx_oqueue *q, const lx_fanout_sink *out)
{
	int begun = 0;
	pthread_mutex_lock(&q->mu);
	for (;;) {
		lx_oq_item *it = q->first;
		int drop;
		if (!it && q->done)
			break;
		if (!it || it->key > lx_oq_frontier(q)) {
			lx_waiters_sleep(&q->caller, &q->mu);
			continue;
		}
		drop = it->dead || it->key > q->end_key;
		if (it->kind == LX_OQ_MARK) {
			pop(q, it);
			if (!drop)
				fold(q, it);
			lx_oq_item_free(it);
		} else if (it->kind == LX_OQ_PROBLEM || (it->done && !it->n)) {
			pop(q, it);
			/* an error or a note (note 2, a file skipped, is neither) */
			if (!drop && it->kind == LX_OQ_PROBLEM) {
				if (it->note == 0)
					q->took.errors++;
				else if (it->note == 1)
					q->took.notes++;
			}
			pthread_mutex_unlock(&q->mu);
			if (!drop)
				deliver(out, it, begun);
			begun = 0;
			lx_oq_item_free(it);
			pthread_mutex_lock(&q->mu);
		} else if (!begun && !drop) {
			pthread_mutex_unlock(&q->mu);
			out->file_begin(out->ud, &it->path, it->enc);
			begun = 1;
			pthread_mutex_lock(&q->mu);
		} else if (it->n) {
			take_hit(q, it, out, drop);
		} else {
			lx_waiters_sleep(&q->caller, &q->mu);
		}
	}
	pthread_mutex_unlock(&q->mu);
}
