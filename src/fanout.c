/* fanout.c - one bundle on several threads, results in sequential order.
 * See fanout.h.
 *
 * Two shapes.  A pipeline: one reader thread inflates and decodes, K
 * matcher threads split lines and match.  Lanes (a zip or a directory
 * whose members are worth it): every lane walks the zip's directory or the
 * tree, claims the next member or file nobody has claimed, and reads and
 * matches it itself.
 *
 * Every result is an item with a key that orders it as a single thread
 * would have produced it; the caller takes items in key order, and only
 * up to the frontier: the smallest key a lane may still produce.  In a
 * pipeline every key is 0.  A lane's keys: 2k+1 for top-level member (or
 * file) k, 2k for what the first lane reports between members k-1 and k.
 *
 * One mutex guards everything shared; it is taken once per block of text,
 * per member and per hit, which costs nothing next to the matching. */
#include "fanout.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "archive.h"
#include "context.h"
#include "filematch.h"
#include "util.h"
#include "walk.h"

#define IN_DEPTH 32              /* pieces of text queued per worker (2 MiB) */
#define TEXT_PIECE (64u * 1024u) /* decoded bytes handed over at once */
#define HIT_DEPTH 64             /* hits queued for the file the caller is taking */
/* hits that wake the caller (fewer: its file's end, or a producer about
 * to wait, does) */
#define HIT_BATCH 16
#define HIT_BYTES (8u << 20) /* hits queued for the files after it */
#define MAX_ITEMS 4096       /* files and problems waiting for the caller */

typedef struct hitrec {
	lx_hit h;
	lx_evcopy ev[LX_EVIDENCE_MAX]; /* h.ev's texts and context */
	size_t bytes;                  /* counted in fanout.hit_bytes */
	struct hitrec *next;
} hitrec;

enum { IT_FILE, IT_PROBLEM, IT_MARK };

typedef struct item {
	int kind;
	uint64_t key;
	int dead; /* read ahead of a lane that had to stop: dropped */
	lx_chain path;
	lx_buf msg;      /* problem; the reason of a skipped file */
	int note;        /* problem: 0 error, 1 note, 2 a skipped file (--files) */
	const char *enc; /* a file's encoding (static), or NULL */
	uint64_t lines;  /* a file's lines, once done */
	hitrec *qh, *qt; /* queued hits, oldest first */
	size_t n;
	int done; /* the worker finished the file */
	/* MARK: what a lane's member (or the stretch before it) added */
	uint64_t files, bytes, expanded, binary, use[2];
	struct item *next, *prev;
} item;

#define KEY_END UINT64_MAX

enum { IN_BEGIN, IN_TEXT, IN_END };

typedef struct inblk {
	int kind;
	lx_buf data; /* TEXT: decoded text; BEGIN: the member name */
	item *it;    /* BEGIN: where the file's hits go */
	int64_t mtime;
	int member; /* BEGIN: inside an archive (lx_matcher_mtime_fallback) */
} inblk;

/* A condition variable and how many threads sleep on it: waking costs a
 * system call, and is skipped when nobody sleeps (it would be one per
 * member of a zip of many small ones).  Lock held. */
typedef struct waiters {
	pthread_cond_t cv;
	unsigned n;
} waiters;

typedef struct fanout fanout;

typedef struct lane {
	fanout *f;
	unsigned id;
	lx_filematch fm;
	uint64_t pos;      /* the smallest key this lane may still produce */
	int in_member;     /* reading a member it claimed */
	int eof;           /* its walk reached the end of the zip */
	atomic_int abort;  /* another lane reads on alone: stop */
	item *hits;        /* the file being matched */
	lx_input_stats st; /* its walk's own counts */
	uint64_t files0, bytes0, expanded0, binary0, use[2]; /* since its last MARK */
	uint64_t gap_bytes;                                  /* read outside members */
	uint64_t gseq;                                       /* problems met outside members */
	pthread_t th;
} lane;

typedef struct worker {
	fanout *f;
	lx_filematch fm; /* lines are split here, not by the reader */
	inblk in[IN_DEPTH];
	size_t head, n;
	inblk *open;   /* reader side: the TEXT slot being filled, unpublished */
	size_t nfiles; /* files given to this worker and not yet finished */
	item *hits;    /* where this file's hits go (worker side) */
	waiters input; /* input arrived, or quit */
	pthread_t th;
} worker;

struct fanout {
	const lx_config *cfg;
	const lx_sigdb *db;
	const char *arg;
	worker *w;
	unsigned nw;
	item *first, *last;
	size_t n_items;
	size_t hit_bytes; /* of every queued hit */
	int reader_done, quit;
	int rc;
	lx_input_stats st;
	/* lanes */
	lane *ln;
	unsigned nl, live;
	uint64_t next_claim; /* the first top-level member not yet claimed */
	uint64_t end_key;    /* a lane stopped early: nothing after this */
	int serial;          /* a limit is near: one lane reads on alone */
	lane *survivor;
	uint64_t serial_from; /* the first member it claims then */
	uint64_t gap_from;    /* problems between members it reports then */
	uint64_t spent[2];    /* budget taken (LX_TAKE_*) */
	uint64_t folded[2];   /* budget of the MARKs taken by the caller */
	lx_input_stats lst;   /* the counts of the MARKs taken, and problems */
	uint64_t gap_bytes;   /* the most a lane read outside members */
	pthread_mutex_t mu;
	waiters caller; /* the caller: items, hits, files done, readers done */
	waiters room;   /* producers: room for items and hits */
	waiters reader; /* the reader: room in a worker's queue */
};

static void item_free(item *it)
{
	lx_chain_free(&it->path);
	lx_buf_free(&it->msg);
	while (it->qh) {
		hitrec *r = it->qh;
		size_t k;
		it->qh = r->next;
		for (k = 0; k < LX_EVIDENCE_MAX; k++)
			lx_evcopy_free(&r->ev[k]);
		free(r);
	}
	free(it);
}

static void sleep_on(waiters *q, pthread_mutex_t *mu)
{
	q->n++;
	pthread_cond_wait(&q->cv, mu);
	q->n--;
}

static void wake(waiters *q)
{
	if (q->n)
		pthread_cond_broadcast(&q->cv);
}

/* A reader, worker or lane waits on q: the caller first hears of the hits
 * queued without waking it (queue_hit), so that it never waits for hits
 * that are there. */
static void producer_wait(fanout *f, waiters *q)
{
	wake(&f->caller);
	sleep_on(q, &f->mu);
}

/* A lane moved on (the frontier may have moved too). */
static void wake_both(fanout *f)
{
	wake(&f->caller);
	wake(&f->room);
}

/* The smallest key any lane may still produce (lock held). */
static uint64_t frontier(const fanout *f)
{
	uint64_t k = KEY_END;
	unsigned i;
	for (i = 0; i < f->nl; i++)
		if (!atomic_load(&f->ln[i].abort) && f->ln[i].pos < k)
			k = f->ln[i].pos;
	return k;
}

/* Puts an item in key order, after those with the same key (lock held).
 * While too many wait, a producer waits, unless it is a lane holding the
 * frontier: the caller needs its items first.  Returns 0, leaving the item
 * to the caller, when lane l was stopped meanwhile and the item is one of
 * a member's (another lane reads the member again); what the first lane
 * found between members stays, as the survivor takes over after it. */
static int append(fanout *f, item *it, lane *l)
{
	item *at;
	while (f->n_items >= MAX_ITEMS && !(l && (atomic_load(&l->abort) || l->pos <= frontier(f))))
		producer_wait(f, &f->room);
	if (l && atomic_load(&l->abort) && (it->key & 1))
		return 0;
	for (at = f->last; at && at->key > it->key; at = at->prev)
		;
	it->prev = at;
	it->next = at ? at->next : f->first;
	if (it->next)
		it->next->prev = it;
	else
		f->last = it;
	if (at)
		at->next = it;
	else
		f->first = it;
	f->n_items++;
	wake(&f->caller);
	return 1;
}

static item *new_item(int kind, uint64_t key)
{
	item *it = lx_xcalloc(1, sizeof *it);
	it->kind = kind;
	it->key = key;
	return it;
}

/* Queues a copy of hit h on it, waiting for room: the file the caller is
 * taking holds up to HIT_DEPTH, the files after it HIT_BYTES between them
 * (so that a lane or worker ahead of the caller goes on); drops it when
 * *gone is set or the item is dead.  Lock not held. */
static void queue_hit(fanout *f, item *it, const lx_hit *h, const atomic_int *gone)
{
	hitrec *r = lx_xcalloc(1, sizeof *r);
	size_t k;
	r->h = *h;
	r->bytes = sizeof *r;
	for (k = 0; k < h->n_ev; k++) {
		lx_evcopy_set(&r->ev[k], &h->ev[k]); /* r->h.ev[k] points at it when read */
		r->bytes += h->ev[k].len + lx_evcopy_ctx_bytes(&r->ev[k]);
	}
	pthread_mutex_lock(&f->mu);
	while (!(gone && atomic_load(gone)) && !it->dead &&
	       (it == f->first ? it->n >= HIT_DEPTH : f->hit_bytes >= HIT_BYTES))
		producer_wait(f, &f->room);
	if ((gone && atomic_load(gone)) || it->dead) {
		pthread_mutex_unlock(&f->mu);
		for (k = 0; k < LX_EVIDENCE_MAX; k++)
			lx_evcopy_free(&r->ev[k]);
		free(r);
		return;
	}
	if (it->qt)
		it->qt->next = r;
	else
		it->qh = r;
	it->qt = r;
	it->n++;
	f->hit_bytes += r->bytes;
	/* one wake per batch, not per hit: an error-dense log has tens of
	 * thousands of lines to hand over */
	if (it == f->first && it->n >= HIT_BATCH)
		wake(&f->caller);
	pthread_mutex_unlock(&f->mu);
}

/* ---- the reader's sink --------------------------------------------- */

static int wanted(const fanout *f, const lx_chain *path, lx_buf *name)
{
	lx_filematch_member_name(path, name);
	return lx_matcher_wants(f->db, name->p ? name->p : "", NULL);
}

/* Reserves the next input slot of w (waiting while full); lock held. */
static inblk *reserve(fanout *f, worker *w)
{
	while (w->n == IN_DEPTH)
		producer_wait(f, &f->reader);
	return &w->in[(w->head + w->n) % IN_DEPTH];
}

static void problem_enc(fanout *f, lane *l, const lx_chain *path, const char *msg, int note,
                        const char *enc);

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
		if (f->cfg->list_files_detail)
			problem_enc(f, NULL, fi->path,
			            lx_sigdb_why_unread(f->db, lx_chain_leaf(fi->path)), 2,
			            fi->encoding);
		return NULL;
	}
	it = new_item(IT_FILE, 0);
	lx_chain_copy(&it->path, fi->path);
	it->enc = fi->encoding;
	pthread_mutex_lock(&f->mu);
	/* the worker with the fewest files queued: a worker still finishing
	 * one file can already be given the next, so the reader never waits
	 * at a file boundary */
	w = &f->w[0];
	for (i = 1; i < f->nw; i++)
		if (f->w[i].nfiles < w->nfiles)
			w = &f->w[i];
	w->nfiles++;
	(void)append(f, it, NULL);
	b = reserve(f, w);
	b->kind = IN_BEGIN;
	b->it = it;
	lx_buf_reset(&b->data);
	lx_buf_add(&b->data, name.p ? name.p : "", name.len);
	b->mtime = fi->mtime;
	b->member = lx_chain_in_archive(fi->path);
	w->n++;
	wake(&w->input);
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
	wake(&w->input);
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
	wake(&w->input);
	pthread_mutex_unlock(&f->mu);
}

static int lane_reports(fanout *f, lane *l);

/* A problem from the pipeline's reader (l NULL) or from lane l, or with
 * note 2 a file skipped (encoding enc).  The decision and the append are
 * made under one hold of the lock, so that a stop cannot fall between
 * them. */
static void problem_enc(fanout *f, lane *l, const lx_chain *path, const char *msg, int note,
                        const char *enc)
{
	item *it = new_item(IT_PROBLEM, 0);
	lx_chain_copy(&it->path, path);
	lx_buf_adds(&it->msg, msg);
	it->note = note;
	it->enc = enc;
	pthread_mutex_lock(&f->mu);
	if (l && !lane_reports(f, l)) {
		pthread_mutex_unlock(&f->mu);
		item_free(it);
		return;
	}
	if (l)
		it->key = l->pos;
	if (!append(f, it, l))
		item_free(it);
	pthread_mutex_unlock(&f->mu);
}

static void problem(fanout *f, lane *l, const lx_chain *path, const char *msg, int note)
{
	problem_enc(f, l, path, msg, note, NULL);
}

static void r_problem(fanout *f, const lx_chain *path, const char *msg, int note)
{
	problem(f, NULL, path, msg, note);
}

static void r_error(void *ud, const lx_chain *path, const char *msg)
{
	r_problem(ud, path, msg, 0);
}

static void r_note(void *ud, const lx_chain *path, const char *msg)
{
	r_problem(ud, path, msg, 1);
}

static void r_skip(void *ud, const lx_chain *path, const char *why)
{
	r_problem(ud, path, why, 2);
}

static void *reader(void *arg)
{
	fanout *f = arg;
	lx_sink s = {.begin = r_begin,
	             .end = r_end,
	             .error = r_error,
	             .note = r_note,
	             .text = r_text,
	             .skip = f->cfg->list_files_detail ? r_skip : NULL,
	             .ud = f};
	int rc = lx_walk_bundle(f->cfg, f->arg, &s, NULL, &f->st);
	pthread_mutex_lock(&f->mu);
	f->rc = rc;
	f->reader_done = 1;
	wake(&f->caller);
	pthread_mutex_unlock(&f->mu);
	return NULL;
}

/* ---- the workers ----------------------------------------------------- */

static void w_hit(void *ud, const lx_hit *h)
{
	worker *w = ud;
	queue_hit(w->f, w->hits, h, NULL);
}

static void *work(void *arg)
{
	worker *w = arg;
	fanout *f = w->f;
	uint64_t lines = 0;
	pthread_mutex_lock(&f->mu);
	for (;;) {
		inblk *b;
		while (!w->n && !f->quit)
			producer_wait(f, &w->input);
		if (!w->n)
			break;
		b = &w->in[w->head];
		pthread_mutex_unlock(&f->mu);
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
		pthread_mutex_lock(&f->mu);
		if (b->kind == IN_END)
			w->hits->lines = lines;
		w->head = (w->head + 1) % IN_DEPTH;
		w->n--;
		wake(&f->reader);
		if (b->kind == IN_END) {
			w->hits->done = 1;
			w->nfiles--;
			wake(&f->caller);
		}
	}
	pthread_mutex_unlock(&f->mu);
	return NULL;
}

/* ---- the lanes ------------------------------------------------------- */

/* Whether lane l reports what lies between members (lock held). */
static int primary(const fanout *f, const lane *l)
{
	return f->serial ? l == f->survivor : l->id == 0;
}

/* Whether lane l reports a problem it met now (lock held).  Every lane
 * meets the same problems between members, in the same order; the first
 * lane reports them, and a survivor those after the first lane's last. */
static int lane_reports(fanout *f, lane *l)
{
	int keep = 1;
	if (!l->in_member) {
		uint64_t seq = l->gseq++;
		keep = primary(f, l) && seq >= f->gap_from;
	}
	return keep && !atomic_load(&l->abort);
}

/* The key after member k for lane l: its next gap if it reports gaps,
 * else the next member's. */
static uint64_t after(const fanout *f, const lane *l, uint64_t k)
{
	return 2 * (k + 1) + !primary(f, l);
}

/* Files the counts l gathered since its last MARK under its position,
 * when they count: a member's, or the stretch before one when l is the
 * primary lane (lock held). */
static void mark(fanout *f, lane *l)
{
	uint64_t files = l->st.files - l->files0, expanded = l->st.expanded - l->expanded0;
	uint64_t bytes = l->st.bytes - l->bytes0, binary = l->st.binary - l->binary0;
	/* bytes read outside members are the zip's own directory, which
	 * every lane reads: they count once, as the most any lane read */
	if (!l->in_member) {
		l->gap_bytes += bytes;
		bytes = 0;
	}
	if ((files || bytes || expanded || binary || l->use[0] || l->use[1]) &&
	    (l->in_member || primary(f, l)) && !atomic_load(&l->abort)) {
		item *it = new_item(IT_MARK, l->pos);
		it->files = files;
		it->bytes = bytes;
		it->expanded = expanded;
		it->binary = binary;
		it->use[0] = l->use[0];
		it->use[1] = l->use[1];
		if (!append(f, it, l))
			item_free(it);
	}
	l->files0 = l->st.files;
	l->bytes0 = l->st.bytes;
	l->expanded0 = l->st.expanded;
	l->binary0 = l->st.binary;
	l->use[0] = l->use[1] = 0;
}

static int l_claim(void *ud, uint64_t k)
{
	lane *l = ud;
	fanout *f = l->f;
	int mine;
	pthread_mutex_lock(&f->mu);
	if (f->serial) {
		mine = l == f->survivor && k >= f->serial_from;
	} else {
		mine = k == f->next_claim;
		if (mine)
			f->next_claim++;
	}
	if (mine) {
		mark(f, l);
		l->pos = 2 * k + 1;
		l->in_member = 1;
	} else {
		l->pos = after(f, l, k);
	}
	wake_both(f);
	pthread_mutex_unlock(&f->mu);
	return mine;
}

static void l_done(void *ud)
{
	lane *l = ud;
	fanout *f = l->f;
	pthread_mutex_lock(&f->mu);
	mark(f, l);
	l->in_member = 0;
	l->pos = after(f, l, (l->pos - 1) / 2);
	wake_both(f);
	pthread_mutex_unlock(&f->mu);
}

static void l_eof(void *ud)
{
	lane *l = ud;
	l->eof = 1;
}

static int l_stopped(void *ud)
{
	lane *l = ud;
	return atomic_load(&l->abort);
}

/* A limit is near: from now on one lane reads on alone, exactly as a single
 * reader would.  It is the lane holding the frontier; the others stop, and
 * whatever they read ahead is dropped.  Its budget so far is that of the
 * members before its own, plus its own (lock held). */
static void go_serial(fanout *f)
{
	lane *s = NULL;
	item *it;
	unsigned i;
	for (i = 0; i < f->nl; i++) {
		lane *l = &f->ln[i];
		if (atomic_load(&l->abort) || l->pos == KEY_END)
			continue;
		if (!s || l->pos < s->pos || (l->pos == s->pos && l->in_member && !s->in_member))
			s = l;
	}
	f->serial = 1;
	f->survivor = s;
	/* the first lane reported the problems between members it met; the
	 * survivor, meeting the same ones, reports only those after them */
	f->gap_from = f->ln[0].gseq;
	/* the members whose keys it has passed stay as they were read */
	f->serial_from = s ? (s->pos + 1) / 2 : 0;
	if (f->serial_from > f->next_claim)
		f->serial_from = f->next_claim;
	for (i = 0; i < f->nl; i++)
		if (&f->ln[i] != s)
			atomic_store(&f->ln[i].abort, 1);
	f->spent[0] = f->folded[0];
	f->spent[1] = f->folded[1];
	for (it = f->first; it; it = it->next) {
		if (s && it->key > s->pos && (it->key & 1))
			it->dead = 1; /* a member read ahead: read again, in order */
		else if (it->kind == IT_MARK && !it->dead) {
			f->spent[0] += it->use[0];
			f->spent[1] += it->use[1];
		}
	}
	if (s) {
		f->spent[0] += s->use[0];
		f->spent[1] += s->use[1];
	}
	wake_both(f);
}

static uint64_t l_take(void *ud, int kind, uint64_t want, int force)
{
	lane *l = ud;
	fanout *f = l->f;
	uint64_t limit = kind == LX_TAKE_MEMBERS ? f->cfg->max_members : f->cfg->max_expand;
	uint64_t *spent = &f->spent[kind];
	pthread_mutex_lock(&f->mu);
	/* while everything read so far, by every lane, stays within the
	 * limit, no order of reading could have reached it */
	if (!f->serial && !force && (*spent > limit || want > limit - *spent))
		go_serial(f);
	if (f->serial && l != f->survivor) {
		pthread_mutex_unlock(&f->mu);
		return want; /* stopped: it no longer matters */
	}
	if (f->serial && !force && (*spent > limit || want > limit - *spent))
		want = *spent > limit ? 0 : limit - *spent;
	*spent += want;
	l->use[kind] += want;
	pthread_mutex_unlock(&f->mu);
	return want;
}

static void l_hit(void *ud, const lx_hit *h)
{
	lane *l = ud;
	if (l->hits)
		queue_hit(l->f, l->hits, h, &l->abort);
}

static void *l_begin(void *ud, const lx_file_info *fi)
{
	lane *l = ud;
	fanout *f = l->f;
	item *it;
	pthread_mutex_lock(&f->mu);
	if (atomic_load(&l->abort) || !(l->in_member || primary(f, l))) {
		pthread_mutex_unlock(&f->mu);
		return NULL;
	}
	pthread_mutex_unlock(&f->mu);
	if (!lx_filematch_begin_file(&l->fm, fi, l_hit, l)) {
		/* (files are members; a lane reports what it finds outside
		 * them in the order every lane meets it, so it reports no such
		 * file) */
		if (f->cfg->list_files_detail && l->in_member)
			problem_enc(f, l, fi->path,
			            lx_sigdb_why_unread(f->db, lx_chain_leaf(fi->path)), 2,
			            fi->encoding);
		return NULL;
	}
	it = new_item(IT_FILE, 0);
	lx_chain_copy(&it->path, fi->path);
	it->enc = fi->encoding;
	pthread_mutex_lock(&f->mu);
	it->key = l->pos;
	if (atomic_load(&l->abort) || !append(f, it, l)) {
		pthread_mutex_unlock(&f->mu);
		item_free(it);
		l->hits = NULL;
		(void)lx_filematch_end(&l->fm);
		return NULL;
	}
	pthread_mutex_unlock(&f->mu);
	l->hits = it;
	return &l->fm;
}

static void l_end(void *fh)
{
	lx_filematch *fm = fh;
	lane *l = fm->ud;
	fanout *f = l->f;
	uint64_t lines = lx_filematch_end(fm);
	pthread_mutex_lock(&f->mu);
	l->hits->lines = lines;
	l->hits->done = 1;
	l->hits = NULL; /* the caller frees it once done */
	wake(&f->caller);
	pthread_mutex_unlock(&f->mu);
}

static void l_error(void *ud, const lx_chain *path, const char *msg)
{
	lane *l = ud;
	problem(l->f, l, path, msg, 0);
}

static void l_note(void *ud, const lx_chain *path, const char *msg)
{
	lane *l = ud;
	problem(l->f, l, path, msg, 1);
}

static void l_skip(void *ud, const lx_chain *path, const char *why)
{
	lane *l = ud;
	if (l->in_member) /* as l_begin's */
		problem(l->f, l, path, why, 2);
}

static void *lane_main(void *arg)
{
	lane *l = arg;
	fanout *f = l->f;
	lx_sink s = {.begin = l_begin,
	             .lines = lx_filematch_lines,
	             .end = l_end,
	             .error = l_error,
	             .note = l_note,
	             .skip = f->cfg->list_files_detail ? l_skip : NULL,
	             .ud = l};
	lx_split sp = {l_claim, l_done, l_eof, l_take, l_stopped, l};
	unsigned i;
	(void)lx_walk_bundle(f->cfg, f->arg, &s, &sp, &l->st);
	pthread_mutex_lock(&f->mu);
	mark(f, l);
	if (!atomic_load(&l->abort) && !l->eof && l->pos < f->end_key) {
		/* it stopped early (a fatal error, a limit): a single reader
		 * would have read nothing after this point */
		f->end_key = l->pos;
		for (i = 0; i < f->nl; i++)
			if (f->ln[i].pos > f->end_key)
				atomic_store(&f->ln[i].abort, 1);
	}
	l->pos = KEY_END;
	if (l->gap_bytes > f->gap_bytes)
		f->gap_bytes = l->gap_bytes;
	if (!--f->live)
		f->reader_done = 1;
	wake_both(f);
	pthread_mutex_unlock(&f->mu);
	return NULL;
}

/* ---- the caller: everything in order ------------------------------------ */

/* Takes the first item off the list (lock held). */
static void pop(fanout *f, item *it)
{
	f->first = it->next;
	if (f->first)
		f->first->prev = NULL;
	else
		f->last = NULL;
	f->n_items--;
	wake(&f->room);
}

/* Hands every item to out in key order.  An item a lane read ahead of a
 * stop (dead, or after end_key) is dropped; a dropped file's hits are
 * taken and thrown away until it is done. */
static void drain(fanout *f, const lx_fanout_sink *out)
{
	int begun = 0;
	pthread_mutex_lock(&f->mu);
	for (;;) {
		item *it = f->first;
		int drop;
		if (!it) {
			if (f->reader_done)
				break;
			sleep_on(&f->caller, &f->mu);
			continue;
		}
		if (it->key > frontier(f)) {
			sleep_on(&f->caller, &f->mu);
			continue;
		}
		drop = it->dead || it->key > f->end_key;
		if (it->kind == IT_MARK) {
			pop(f, it);
			if (!drop) {
				f->folded[0] += it->use[0];
				f->folded[1] += it->use[1];
				f->lst.files += it->files;
				f->lst.bytes += it->bytes;
				f->lst.expanded += it->expanded;
				f->lst.binary += it->binary;
			}
			item_free(it);
			continue;
		}
		if (it->kind == IT_PROBLEM || (it->done && !it->n)) {
			pop(f, it);
			if (!drop && !it->note && it->kind == IT_PROBLEM)
				f->lst.errors++;
			pthread_mutex_unlock(&f->mu);
			if (drop) {
				/* nothing */
			} else if (it->kind == IT_PROBLEM && it->note == 2) {
				out->skip(out->ud, &it->path, it->enc, it->msg.p ? it->msg.p : "");
			} else if (it->kind == IT_PROBLEM) {
				out->problem(out->ud, &it->path, it->msg.p ? it->msg.p : "",
				             it->note);
			} else {
				if (!begun)
					out->file_begin(out->ud, &it->path, it->enc);
				out->file_end(out->ud, it->lines);
			}
			begun = 0;
			item_free(it);
			pthread_mutex_lock(&f->mu);
			continue;
		}
		if (!begun && !drop) {
			pthread_mutex_unlock(&f->mu);
			out->file_begin(out->ud, &it->path, it->enc);
			begun = 1;
			pthread_mutex_lock(&f->mu);
			continue;
		}
		if (it->n) {
			hitrec *r = it->qh;
			size_t k;
			it->qh = r->next;
			if (!it->qh)
				it->qt = NULL;
			it->n--;
			f->hit_bytes -= r->bytes;
			wake(&f->room);
			pthread_mutex_unlock(&f->mu);
			for (k = 0; k < r->h.n_ev; k++)
				lx_evcopy_view(&r->ev[k], &r->h.ev[k]);
			if (!drop)
				out->hit(out->ud, &r->h);
			for (k = 0; k < LX_EVIDENCE_MAX; k++)
				lx_evcopy_free(&r->ev[k]);
			free(r);
			pthread_mutex_lock(&f->mu);
			continue;
		}
		sleep_on(&f->caller, &f->mu);
	}
	pthread_mutex_unlock(&f->mu);
}

/* Reads the zip on f->nl lanes and drains them.  Returns 0 or 2, or -1
 * when no lane could start. */
static int run_lanes(fanout *f, const lx_fanout_sink *out, lx_input_stats *st)
{
	unsigned i, started = 0;
	f->ln = lx_xcalloc(f->nl, sizeof *f->ln);
	for (i = 0; i < f->nl; i++) {
		lane *l = &f->ln[i];
		l->f = f;
		l->id = i;
		l->pos = i ? 1 : 0;
		(void)lx_filematch_init(&l->fm, f->db, f->cfg, 0);
	}
	pthread_mutex_lock(&f->mu);
	for (i = 0; i < f->nl; i++) {
		if (!f->ln[i].fm.m || pthread_create(&f->ln[i].th, NULL, lane_main, &f->ln[i]) != 0)
			break;
		started++;
	}
	/* lanes that did not start hold no frontier */
	for (i = started; i < f->nl; i++)
		f->ln[i].pos = KEY_END;
	f->live = started;
	f->reader_done = !started;
	pthread_mutex_unlock(&f->mu);
	if (started)
		drain(f, out);
	for (i = 0; i < started; i++)
		pthread_join(f->ln[i].th, NULL);
	for (i = 0; i < f->nl; i++)
		lx_filematch_fini(&f->ln[i].fm);
	free(f->ln);
	*st = f->lst;
	st->bytes += f->gap_bytes;
	return started ? (f->lst.errors ? 2 : 0) : -1;
}

int lx_fanout_bundle(const lx_config *cfg, const lx_sigdb *db, const char *arg, unsigned workers,
                     const lx_fanout_sink *out, lx_input_stats *st)
{
	fanout *f;
	pthread_t rd;
	struct stat sb;
	unsigned i, total, started = 0;
	int rc = -1, is_dir = 0, how = lx_walk_plan(arg);
	/* threads would not pay: the caller reads it itself */
	if (how == LX_PLAN_ONE)
		return -1;
	is_dir = strcmp(arg, "-") != 0 && stat(arg, &sb) == 0 && S_ISDIR(sb.st_mode);
	f = lx_xcalloc(1, sizeof *f);
	f->cfg = cfg;
	f->db = db;
	f->arg = arg;
	f->nw = workers ? workers : 1;
	/* a directory's files are mostly read, not inflated: the reader
	 * idles, and one matcher more takes the core it leaves */
	if (is_dir)
		f->nw++;
	f->end_key = KEY_END;
	total = f->nw;
	f->w = lx_xcalloc(total, sizeof *f->w);
	pthread_mutex_init(&f->mu, NULL);
	pthread_cond_init(&f->caller.cv, NULL);
	pthread_cond_init(&f->room.cv, NULL);
	pthread_cond_init(&f->reader.cv, NULL);
	for (i = 0; i < total; i++)
		pthread_cond_init(&f->w[i].input.cv, NULL);
	if (how == LX_PLAN_LANES) {
		/* the reader would be the bottleneck: every thread reads */
		f->nl = f->nw + 1;
		rc = run_lanes(f, out, st);
		started = 0;
		goto out;
	}
	for (i = 0; i < f->nw; i++) {
		f->w[i].f = f;
		/* the worker splits lines in small blocks: text is matched
		 * while it is still in cache, and the reader, 2 MiB ahead,
		 * rarely waits */
		if (lx_filematch_init(&f->w[i].fm, db, cfg, 1) < 0 ||
		    pthread_create(&f->w[i].th, NULL, work, &f->w[i]) != 0)
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
out:
	pthread_mutex_lock(&f->mu);
	f->quit = 1;
	pthread_cond_broadcast(&f->caller.cv);
	pthread_cond_broadcast(&f->room.cv);
	pthread_cond_broadcast(&f->reader.cv);
	for (i = 0; i < total; i++)
		pthread_cond_broadcast(&f->w[i].input.cv);
	pthread_mutex_unlock(&f->mu);
	for (i = 0; i < started; i++)
		pthread_join(f->w[i].th, NULL);
	for (i = 0; i < total; i++) {
		size_t k;
		lx_filematch_fini(&f->w[i].fm);
		for (k = 0; k < IN_DEPTH; k++)
			lx_buf_free(&f->w[i].in[k].data);
	}
	while (f->first) {
		item *it = f->first;
		f->first = it->next;
		item_free(it);
	}
	pthread_mutex_destroy(&f->mu);
	pthread_cond_destroy(&f->caller.cv);
	pthread_cond_destroy(&f->room.cv);
	pthread_cond_destroy(&f->reader.cv);
	for (i = 0; i < total; i++)
		pthread_cond_destroy(&f->w[i].input.cv);
	free(f->w);
	free(f);
	return rc;
}
