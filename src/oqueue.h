/* oqueue.h - the keyed, ordered results of one bundle read by several
 * threads (fanout.h): producers (the pipeline's reader and workers, or the
 * lanes) append items with a key, and the calling thread takes them in
 * key order, exactly as a single thread would have produced them.
 *
 * An item is a file (its hits queued on it as they are found), a problem,
 * or a MARK (the counts a lane's member added).  Items with the same key
 * keep the order they were appended in.  The caller takes an item only
 * once no producer may still append a smaller key: the frontier, the
 * smallest position of the producers registered (LX_OQ_KEY_END when there are
 * none, as in the pipeline, whose keys are all 0).  The lanes' keys: 2k+1
 * for top-level member (or file) k, 2k for what lies between members k-1
 * and k; an item with an odd key is a member's.
 *
 * Memory stays bounded: at most LX_OQ_ITEMS items wait, the file being
 * taken holds at most LX_OQ_HIT_DEPTH hits and the files after it
 * LX_OQ_HIT_BYTES between them; a producer ahead of the caller waits when
 * they are full (for items, unless it holds the frontier: the caller
 * needs its items first).
 *
 * One mutex (mu) guards the queue and whatever its users share with it.
 * The functions below are called with it held, but for those that say
 * otherwise and those that make and free items. */
#ifndef LX_OQUEUE_H
#define LX_OQUEUE_H

#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>

#include "chain.h"
#include "context.h"
#include "fanout.h"
#include "input.h"
#include "match.h"
#include "sigdb.h"
#include "util.h"

#define LX_OQ_KEY_END UINT64_MAX
#define LX_OQ_ITEMS 4096           /* files and problems waiting for the caller */
#define LX_OQ_HIT_DEPTH 64         /* hits queued for the file the caller is taking */
#define LX_OQ_HIT_BYTES (8u << 20) /* hits queued for the files after it */

/* A condition variable and how many threads sleep on it: waking costs a
 * system call, and is skipped when nobody sleeps (it would be one per
 * member of a zip of many small ones). */
typedef struct lx_waiters {
	pthread_cond_t cv;
	unsigned n;
} lx_waiters;

void lx_waiters_init(lx_waiters *q);
void lx_waiters_fini(lx_waiters *q);
/* Sleeps on q until woken (mu held). */
void lx_waiters_sleep(lx_waiters *q, pthread_mutex_t *mu);
/* Wakes every thread sleeping on q, if any (mu held). */
void lx_waiters_wake(lx_waiters *q);
/* Wakes every thread, sleeping or not (for quitting). */
void lx_waiters_wake_all(lx_waiters *q);

enum { LX_OQ_FILE, LX_OQ_PROBLEM, LX_OQ_MARK };

typedef struct lx_oq_hit lx_oq_hit;

typedef struct lx_oq_item {
	int kind;
	uint64_t key;
	int dead; /* read ahead of a lane that had to stop: dropped */
	lx_chain path;
	lx_buf msg;         /* problem; the reason of a skipped file */
	int note;           /* problem: 0 error, 1 note, 2 a skipped file (--files) */
	const char *enc;    /* a file's encoding (static), or NULL */
	uint64_t lines;     /* a file's lines, once done */
	lx_oq_hit *qh, *qt; /* queued hits, oldest first */
	size_t n;
	int done; /* the file is matched to its end */
	/* MARK: what a lane's member (or the stretch before it) added, and
	 * the budget (LX_TAKE_*) it took */
	lx_input_stats counts;
	uint64_t use[2];
	struct lx_oq_item *next, *prev;
} lx_oq_item;

/* A producer whose position holds the frontier (a lane). */
typedef struct lx_oq_producer {
	uint64_t pos;     /* the smallest key it may still append */
	atomic_int abort; /* it was stopped: what it appends is dropped */
} lx_oq_producer;

typedef struct lx_oqueue {
	pthread_mutex_t mu;
	lx_oq_item *first, *last;
	size_t n_items;
	size_t hit_bytes;    /* of every queued hit */
	lx_oq_producer **pr; /* borrowed; registered by the lanes */
	unsigned n_pr;
	int done;         /* every producer is finished */
	uint64_t end_key; /* nothing after this key is taken (a lane stopped) */
	/* what the caller took of the MARKs, and the problems it took
	 * (errors and notes, which grade the bundle: lx_input_status()) */
	lx_input_stats took;
	uint64_t folded[2];
	lx_waiters caller; /* the caller: items, hits, files done, producers done */
	lx_waiters room;   /* producers: room for items and hits */
} lx_oqueue;

/* Prepares an empty queue (no producers, end_key LX_OQ_KEY_END).  Release
 * with lx_oq_fini(), which frees the items left (mu not held). */
void lx_oq_init(lx_oqueue *q);
void lx_oq_fini(lx_oqueue *q);

/* A new item, to be appended or freed (lx_oq_item_free accepts NULL).
 * lx_oq_problem_new(): a problem, or with note 2 a file skipped (encoding
 * enc), about path. */
lx_oq_item *lx_oq_item_new(int kind, uint64_t key);
lx_oq_item *lx_oq_problem_new(const lx_chain *path, const char *msg, int note, const char *enc);
/* lx_oq_file_new(): the file fi, to be matched.  lx_oq_unread_new(): the
 * file fi skipped as no signature of db reads it (--files). */
lx_oq_item *lx_oq_file_new(const lx_file_info *fi);
lx_oq_item *lx_oq_unread_new(const lx_sigdb *db, const lx_file_info *fi);
void lx_oq_item_free(lx_oq_item *it);

/* The smallest key a registered producer (not stopped) may still append. */
uint64_t lx_oq_frontier(const lx_oqueue *q);

/* Wakes the caller and sleeps on w: a producer waits for room or input,
 * the caller first hearing of the hits queued without waking it, so that
 * it never waits for hits that are there. */
void lx_oq_wait(lx_oqueue *q, lx_waiters *w);

/* Puts it in key order, after those with the same key, waiting while too
 * many wait unless p (the producer appending, or NULL) holds the frontier
 * or is stopped.  Returns 1, or 0 leaving it to the caller when p was
 * stopped meanwhile and it is a member's (odd key): another producer reads
 * the member again. */
int lx_oq_append(lx_oqueue *q, lx_oq_item *it, lx_oq_producer *p);

/* Queues a copy of hit h on the file it, waiting for room; drops it when
 * *gone is set (gone may be NULL) or the item is dead.  mu not held. */
void lx_oq_hit_add(lx_oqueue *q, lx_oq_item *it, const lx_hit *h, const atomic_int *gone);

/* The file it is matched to its end after lines lines. */
void lx_oq_file_done(lx_oqueue *q, lx_oq_item *it, uint64_t lines);

/* Marks dead the members' items after key (they are read again), and
 * adds the budget of the MARKs that stay to use[]. */
void lx_oq_cut(lx_oqueue *q, uint64_t key, uint64_t use[2]);

/* Hands every item to out in key order until the queue is empty and done
 * (mu not held).  A MARK's counts go to took and folded; an item dead or
 * after end_key is dropped, a dropped file's hits taken and thrown away
 * until it is done. */
void lx_oq_drain(lx_oqueue *q, const lx_fanout_sink *out);

#endif
