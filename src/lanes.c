/* lanes.c - a zip or directory on several lanes.  See lanes.h.
 *
 * Keys (oqueue.h): 2k+1 for top-level member (or file) k, 2k for what the
 * first lane reports between members k-1 and k.  A lane's position, the
 * smallest key it may still produce, holds the frontier.
 *
 * While everything read so far, by every lane, stays within --max-members
 * and --max-expand, no order of reading could have reached them.  When a
 * take would pass one, the lanes go serial: the lane holding the frontier
 * reads on alone, exactly as a single reader would, and what the others
 * read ahead is dropped. */
#include "lanes.h"

#include <stdlib.h>

#include "filematch.h"
#include "oqueue.h"
#include "walk.h"

typedef struct lanes lanes;

typedef struct lane {
	lx_oq_producer pr; /* its position, and whether it was stopped */
	lanes *f;
	unsigned id;
	lx_filematch fm;
	int in_member;      /* reading a member it claimed */
	int eof;            /* its walk reached the end of the zip */
	uint64_t units;     /* the units its walk met (walk.h's hook) */
	lx_oq_item *hits;   /* the file being matched */
	lx_input_stats st;  /* its walk's own counts */
	lx_input_stats st0; /* ... at its last MARK */
	uint64_t use[2];    /* budget taken since its last MARK */
	uint64_t gap_bytes; /* read outside members */
	uint64_t gseq;      /* problems met outside members */
	pthread_t th;
} lane;

struct lanes {
	lx_oqueue q; /* its mu guards everything here */
	const lx_config *cfg;
	const lx_sigdb *db;
	const char *arg;
	lane *ln;
	unsigned nl, live;
	uint64_t next_claim; /* the first top-level member not yet claimed */
	int serial;          /* a limit is near: one lane reads on alone */
	lane *survivor;
	uint64_t serial_from; /* the first member it claims then */
	uint64_t gap_from;    /* problems between members it reports then */
	uint64_t spent[2];    /* budget taken (LX_TAKE_*) */
	uint64_t gap_bytes;   /* the most a lane read outside members */
};

/* A lane moved on (the frontier may have moved too). */
static void wake_both(lanes *f)
{
	lx_waiters_wake(&f->q.caller);
	lx_waiters_wake(&f->q.room);
}

/* Whether lane l reports what lies between members (lock held). */
static int primary(const lanes *f, const lane *l)
{
	return f->serial ? l == f->survivor : l->id == 0;
}

/* Whether lane l reports a problem it met now (lock held).  Every lane
 * meets the same problems between members, in the same order; the first
 * lane reports them, and a survivor those after the first lane's last. */
static int lane_reports(lanes *f, lane *l)
{
	int keep = 1;
	if (!l->in_member) {
		uint64_t seq = l->gseq++;
		keep = primary(f, l) && seq >= f->gap_from;
	}
	return keep && !atomic_load(&l->pr.abort);
}

/* Appends a problem lane l met (or a file skipped) at its position, if
 * it reports it.  The decision and the append are made under one hold of
 * the lock, so that a stop cannot fall between them. */
static void put(lanes *f, lane *l, lx_oq_item *it)
{
	pthread_mutex_lock(&f->q.mu);
	it->key = l->pr.pos;
	if (!lane_reports(f, l) || !lx_oq_append(&f->q, it, &l->pr)) {
		pthread_mutex_unlock(&f->q.mu);
		lx_oq_item_free(it);
		return;
	}
	pthread_mutex_unlock(&f->q.mu);
}

static void problem(lanes *f, lane *l, const lx_chain *path, const char *msg, int note)
{
	put(f, l, lx_oq_problem_new(path, msg, note, NULL));
}

/* The key after member k for lane l: its next gap if it reports gaps,
 * else the next member's. */
static uint64_t after(const lanes *f, const lane *l, uint64_t k)
{
	return 2 * (k + 1) + !primary(f, l);
}

/* Files the counts l gathered since its last MARK under its position,
 * when they count: a member's, or the stretch before one when l is the
 * primary lane (lock held). */
static void mark(lanes *f, lane *l)
{
	lx_input_stats d;
	d.files = l->st.files - l->st0.files;
	d.bytes = l->st.bytes - l->st0.bytes;
	d.expanded = l->st.expanded - l->st0.expanded;
	d.binary = l->st.binary - l->st0.binary;
	d.errors = d.notes = 0;
	/* bytes read outside members are the zip's own directory, which
	 * every lane reads: they count once, as the most any lane read */
	if (!l->in_member) {
		l->gap_bytes += d.bytes;
		d.bytes = 0;
	}
	if ((d.files || d.bytes || d.expanded || d.binary || l->use[0] || l->use[1]) &&
	    (l->in_member || primary(f, l)) && !atomic_load(&l->pr.abort)) {
		lx_oq_item *it = lx_oq_item_new(LX_OQ_MARK, l->pr.pos);
		it->counts = d;
		it->use[0] = l->use[0];
		it->use[1] = l->use[1];
		if (!lx_oq_append(&f->q, it, &l->pr))
			lx_oq_item_free(it);
	}
	l->st0 = l->st;
	l->use[0] = l->use[1] = 0;
}

/* The walk's next unit is top-level member (or file) k: the lane's if
 * nobody claimed it before. */
static int l_claim(void *ud)
{
	lane *l = ud;
	lanes *f = l->f;
	uint64_t k = l->units++;
	int mine;
	pthread_mutex_lock(&f->q.mu);
	if (f->serial) {
		mine = l == f->survivor && k >= f->serial_from;
	} else {
		mine = k == f->next_claim;
		if (mine)
			f->next_claim++;
	}
	if (mine) {
		mark(f, l);
		l->pr.pos = 2 * k + 1;
		l->in_member = 1;
	} else {
		l->pr.pos = after(f, l, k);
	}
	wake_both(f);
	pthread_mutex_unlock(&f->q.mu);
	return mine;
}

static void l_done(void *ud)
{
	lane *l = ud;
	lanes *f = l->f;
	pthread_mutex_lock(&f->q.mu);
	mark(f, l);
	l->in_member = 0;
	l->pr.pos = after(f, l, (l->pr.pos - 1) / 2);
	wake_both(f);
	pthread_mutex_unlock(&f->q.mu);
}

static void l_eof(void *ud)
{
	lane *l = ud;
	l->eof = 1;
}

static int l_stopped(void *ud)
{
	lane *l = ud;
	return atomic_load(&l->pr.abort);
}

/* A limit is near: from now on one lane reads on alone, exactly as a single
 * reader would.  It is the lane holding the frontier; the others stop, and
 * whatever they read ahead is dropped.  Its budget so far is that of the
 * members before its own, plus its own (lock held). */
static void go_serial(lanes *f)
{
	lane *s = NULL;
	unsigned i;
	for (i = 0; i < f->nl; i++) {
		lane *l = &f->ln[i];
		if (atomic_load(&l->pr.abort) || l->pr.pos == LX_OQ_KEY_END)
			continue;
		if (!s || l->pr.pos < s->pr.pos ||
		    (l->pr.pos == s->pr.pos && l->in_member && !s->in_member))
			s = l;
	}
	f->serial = 1;
	f->survivor = s;
	/* the first lane reported the problems between members it met; the
	 * survivor, meeting the same ones, reports only those after them */
	f->gap_from = f->ln[0].gseq;
	/* the members whose keys it has passed stay as they were read */
	f->serial_from = s ? (s->pr.pos + 1) / 2 : 0;
	if (f->serial_from > f->next_claim)
		f->serial_from = f->next_claim;
	for (i = 0; i < f->nl; i++)
		if (&f->ln[i] != s)
			atomic_store(&f->ln[i].pr.abort, 1);
	f->spent[0] = f->q.folded[0];
	f->spent[1] = f->q.folded[1];
	lx_oq_cut(&f->q, s ? s->pr.pos : LX_OQ_KEY_END, f->spent);
	if (s) {
		f->spent[0] += s->use[0];
		f->spent[1] += s->use[1];
	}
	wake_both(f);
}

static uint64_t l_take(void *ud, int kind, uint64_t want, int force)
{
	lane *l = ud;
	lanes *f = l->f;
	uint64_t limit = kind == LX_TAKE_MEMBERS ? f->cfg->max_members : f->cfg->max_expand;
	uint64_t *spent = &f->spent[kind];
	pthread_mutex_lock(&f->q.mu);
	/* while everything read so far, by every lane, stays within the
	 * limit, no order of reading could have reached it */
	if (!f->serial && !force && (*spent > limit || want > limit - *spent))
		go_serial(f);
	if (f->serial && l != f->survivor) {
		pthread_mutex_unlock(&f->q.mu);
		return want; /* stopped: it no longer matters */
	}
	if (f->serial && !force && (*spent > limit || want > limit - *spent))
		want = *spent > limit ? 0 : limit - *spent;
	*spent += want;
	l->use[kind] += want;
	pthread_mutex_unlock(&f->q.mu);
	return want;
}

static void l_hit(void *ud, const lx_hit *h)
{
	lane *l = ud;
	if (l->hits)
		lx_oq_hit_add(&l->f->q, l->hits, h, &l->pr.abort);
}

static void *l_begin(void *ud, const lx_file_info *fi)
{
	lane *l = ud;
	lanes *f = l->f;
	lx_oq_item *it;
	pthread_mutex_lock(&f->q.mu);
	if (atomic_load(&l->pr.abort) || !(l->in_member || primary(f, l))) {
		pthread_mutex_unlock(&f->q.mu);
		return NULL;
	}
	pthread_mutex_unlock(&f->q.mu);
	if (!lx_filematch_begin_file(&l->fm, fi, l_hit, l)) {
		/* (files are members; a lane reports what it finds outside
		 * them in the order every lane meets it, so it reports no such
		 * file) */
		if (f->cfg->list_files_detail && l->in_member)
			put(f, l, lx_oq_unread_new(f->db, fi));
		return NULL;
	}
	it = lx_oq_file_new(fi);
	pthread_mutex_lock(&f->q.mu);
	it->key = l->pr.pos;
	if (atomic_load(&l->pr.abort) || !lx_oq_append(&f->q, it, &l->pr)) {
		pthread_mutex_unlock(&f->q.mu);
		lx_oq_item_free(it);
		l->hits = NULL;
		(void)lx_filematch_end(&l->fm);
		return NULL;
	}
	pthread_mutex_unlock(&f->q.mu);
	l->hits = it;
	return &l->fm;
}

static void l_end(void *fh)
{
	lx_filematch *fm = fh;
	lane *l = fm->ud;
	lanes *f = l->f;
	uint64_t lines = lx_filematch_end(fm);
	pthread_mutex_lock(&f->q.mu);
	lx_oq_file_done(&f->q, l->hits, lines);
	l->hits = NULL; /* the caller frees it once done */
	pthread_mutex_unlock(&f->q.mu);
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
	lanes *f = l->f;
	lx_sink s = {.begin = l_begin,
	             .lines = lx_filematch_lines,
	             .end = l_end,
	             .error = l_error,
	             .note = l_note,
	             .skip = f->cfg->list_files_detail ? l_skip : NULL,
	             .ud = l};
	lx_read_hook sp = {l_claim, l_done, l_eof, l_take, l_stopped, l};
	unsigned i;
	/* its walk's grade is not the bundle's: it counts the lane's
	 * problems, delivered or not (what a lane read ahead is dropped),
	 * and the bundle is graded by those delivered (lx_lanes_run) */
	(void)lx_walk_bundle(f->cfg, f->arg, &s, &sp, &l->st);
	pthread_mutex_lock(&f->q.mu);
	mark(f, l);
	if (!atomic_load(&l->pr.abort) && !l->eof && l->pr.pos < f->q.end_key) {
		/* it stopped early (a fatal error, a limit): a single reader
		 * would have read nothing after this point */
		f->q.end_key = l->pr.pos;
		for (i = 0; i < f->nl; i++)
			if (f->ln[i].pr.pos > f->q.end_key)
				atomic_store(&f->ln[i].pr.abort, 1);
	}
	l->pr.pos = LX_OQ_KEY_END;
	if (l->gap_bytes > f->gap_bytes)
		f->gap_bytes = l->gap_bytes;
	if (!--f->live)
		f->q.done = 1;
	wake_both(f);
	pthread_mutex_unlock(&f->q.mu);
	return NULL;
}

lx_status lx_lanes_run(const lx_config *cfg, const lx_sigdb *db, const char *arg, unsigned nl,
                       const lx_fanout_sink *out, lx_input_stats *st, int *scanned)
{
	lanes *f = lx_xcalloc(1, sizeof *f);
	unsigned i, started = 0;
	lx_status status;
	lx_oq_init(&f->q);
	f->cfg = cfg;
	f->db = db;
	f->arg = arg;
	f->nl = nl ? nl : 1;
	f->ln = lx_xcalloc(f->nl, sizeof *f->ln);
	f->q.pr = lx_xcalloc(f->nl, sizeof *f->q.pr);
	f->q.n_pr = f->nl;
	for (i = 0; i < f->nl; i++) {
		lane *l = &f->ln[i];
		l->f = f;
		l->id = i;
		l->pr.pos = i ? 1 : 0;
		f->q.pr[i] = &l->pr;
		(void)lx_filematch_init(&l->fm, db, cfg, 0);
	}
	pthread_mutex_lock(&f->q.mu);
	for (i = 0; i < f->nl; i++) {
		if (!f->ln[i].fm.m || pthread_create(&f->ln[i].th, NULL, lane_main, &f->ln[i]) != 0)
			break;
		started++;
	}
	/* lanes that did not start hold no frontier */
	for (i = started; i < f->nl; i++)
		f->ln[i].pr.pos = LX_OQ_KEY_END;
	f->live = started;
	f->q.done = !started;
	pthread_mutex_unlock(&f->q.mu);
	if (started)
		lx_oq_drain(&f->q, out);
	for (i = 0; i < started; i++)
		pthread_join(f->ln[i].th, NULL);
	for (i = 0; i < f->nl; i++)
		lx_filematch_fini(&f->ln[i].fm);
	*st = f->q.took;
	st->bytes += f->gap_bytes;
	/* what a single reader would have reported, and so graded (a walk
	 * never grades a bundle LX_FATAL: lx_input_status()) */
	status = started ? lx_input_status(st) : LX_OK;
	*scanned = started > 0;
	free(f->q.pr);
	lx_oq_fini(&f->q);
	free(f->ln);
	free(f);
	return status;
}
