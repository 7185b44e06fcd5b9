/* readahead.c - a bundle read on its own thread.  See readahead.h. */
#include "readahead.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "walk.h"

#define RING 8 /* blocks in flight */

typedef enum ev_kind { EV_BEGIN, EV_LINES, EV_END, EV_ERROR, EV_NOTE, EV_DONE } ev_kind;

typedef struct ev {
	ev_kind kind;
	lx_chain path;     /* BEGIN, ERROR, NOTE */
	int64_t mtime;     /* BEGIN */
	const char *enc;   /* BEGIN: a static string from the decoder */
	lx_buf data;       /* LINES: the block; ERROR/NOTE: the message */
	uint64_t first_line;
} ev;

typedef struct ra {
	const lx_config *cfg;
	const char *arg;
	int (*wants)(void *, const lx_file_info *);
	void *wants_ud;
	lx_input_stats st;
	int rc;
	ev ring[RING];
	size_t head, n;
	pthread_mutex_t mu;
	pthread_cond_t not_full, not_empty;
} ra;

/* Reserves the next slot (waiting while the ring is full). */
static ev *slot(ra *r)
{
	ev *e;
	pthread_mutex_lock(&r->mu);
	while (r->n == RING)
		pthread_cond_wait(&r->not_full, &r->mu);
	e = &r->ring[(r->head + r->n) % RING];
	pthread_mutex_unlock(&r->mu);
	lx_chain_free(&e->path);
	lx_buf_reset(&e->data);
	return e;
}

static void publish(ra *r)
{
	pthread_mutex_lock(&r->mu);
	r->n++;
	pthread_cond_signal(&r->not_empty);
	pthread_mutex_unlock(&r->mu);
}

static void *p_begin(void *ud, const lx_file_info *fi)
{
	ra *r = ud;
	ev *e;
	if (!r->wants(r->wants_ud, fi))
		return NULL;
	e = slot(r);
	e->kind = EV_BEGIN;
	lx_chain_copy(&e->path, fi->path);
	e->mtime = fi->mtime;
	e->enc = fi->encoding;
	publish(r);
	return r;
}

static void p_lines(void *fh, const char *buf, size_t len, uint64_t first_line)
{
	ra *r = fh;
	ev *e = slot(r);
	e->kind = EV_LINES;
	lx_buf_add(&e->data, buf, len);
	e->first_line = first_line;
	publish(r);
}

static void p_end(void *fh)
{
	ra *r = fh;
	ev *e = slot(r);
	e->kind = EV_END;
	publish(r);
}

static void p_problem(ra *r, ev_kind k, const lx_chain *path, const char *msg)
{
	ev *e = slot(r);
	e->kind = k;
	lx_chain_copy(&e->path, path);
	lx_buf_adds(&e->data, msg);
	publish(r);
}

static void p_error(void *ud, const lx_chain *path, const char *msg)
{
	p_problem(ud, EV_ERROR, path, msg);
}

static void p_note(void *ud, const lx_chain *path, const char *msg)
{
	p_problem(ud, EV_NOTE, path, msg);
}

static void *reader(void *arg)
{
	ra *r = arg;
	lx_sink s = {p_begin, p_lines, p_end, p_error, p_note, r};
	ev *e;
	r->rc = lx_walk_bundle(r->cfg, r->arg, &s, &r->st);
	e = slot(r);
	e->kind = EV_DONE;
	publish(r);
	return NULL;
}

int lx_readahead_bundle(const lx_config *cfg, const char *arg, const lx_sink *consumer,
                        int (*wants)(void *ud, const lx_file_info *fi), void *wants_ud,
                        lx_input_stats *st)
{
	ra *r = lx_xcalloc(1, sizeof *r);
	pthread_t th;
	void *fh = NULL;
	int rc, done = 0;
	size_t i;
	r->cfg = cfg;
	r->arg = arg;
	r->wants = wants;
	r->wants_ud = wants_ud;
	pthread_mutex_init(&r->mu, NULL);
	pthread_cond_init(&r->not_full, NULL);
	pthread_cond_init(&r->not_empty, NULL);
	if (pthread_create(&th, NULL, reader, r) != 0) {
		rc = lx_walk_bundle(cfg, arg, consumer, st);
		goto out;
	}
	while (!done) {
		ev *e;
		pthread_mutex_lock(&r->mu);
		while (!r->n)
			pthread_cond_wait(&r->not_empty, &r->mu);
		e = &r->ring[r->head];
		pthread_mutex_unlock(&r->mu);
		switch (e->kind) {
		case EV_BEGIN: {
			lx_file_info fi;
			fi.path = &e->path;
			fi.mtime = e->mtime;
			fi.encoding = e->enc;
			fh = consumer->begin(consumer->ud, &fi);
			break;
		}
		case EV_LINES:
			if (fh)
				consumer->lines(fh, e->data.p, e->data.len, e->first_line);
			break;
		case EV_END:
			if (fh)
				consumer->end(fh);
			fh = NULL;
			break;
		case EV_ERROR:
			consumer->error(consumer->ud, &e->path, e->data.p ? e->data.p : "");
			break;
		case EV_NOTE:
			consumer->note(consumer->ud, &e->path, e->data.p ? e->data.p : "");
			break;
		case EV_DONE:
			done = 1;
			break;
		}
		pthread_mutex_lock(&r->mu);
		r->head = (r->head + 1) % RING;
		r->n--;
		pthread_cond_signal(&r->not_full);
		pthread_mutex_unlock(&r->mu);
	}
	pthread_join(th, NULL);
	rc = r->rc;
	*st = r->st;
out:
	for (i = 0; i < RING; i++) {
		lx_chain_free(&r->ring[i].path);
		lx_buf_free(&r->ring[i].data);
	}
	pthread_mutex_destroy(&r->mu);
	pthread_cond_destroy(&r->not_full);
	pthread_cond_destroy(&r->not_empty);
	free(r);
	return rc;
}
