/* check_oqueue - the keyed, ordered results of several threads
 * (src/oqueue.c): taken in key order whatever order they were appended
 * in, a producer waits when the queue is full, and drain delivers
 * everything. */
#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "oqueue.h"
#include "recsink.h"

/* ---- a sink that writes what it receives as text ---------------------- */

typedef struct got {
	lx_buf log;
	size_t hits;
} got;

static void g_begin(void *ud, const lx_chain *path, const char *enc)
{
	got *g = ud;
	(void)enc;
	lx_buf_adds(&g->log, "begin ");
	lx_buf_adds(&g->log, path->part[path->n - 1]);
	lx_buf_addc(&g->log, '\n');
}

static void g_hit(void *ud, const lx_hit *h)
{
	got *g = ud;
	char s[32];
	snprintf(s, sizeof s, "hit %llu\n", (unsigned long long)h->line);
	lx_buf_adds(&g->log, s);
	g->hits++;
}

static void g_end(void *ud, uint64_t lines)
{
	got *g = ud;
	char s[32];
	snprintf(s, sizeof s, "end %llu\n", (unsigned long long)lines);
	lx_buf_adds(&g->log, s);
}

static void g_problem(void *ud, const lx_chain *path, const char *msg, int note)
{
	got *g = ud;
	(void)path;
	lx_buf_adds(&g->log, note ? "note " : "error ");
	lx_buf_adds(&g->log, msg);
	lx_buf_addc(&g->log, '\n');
}

static void g_skip(void *ud, const lx_chain *path, const char *enc, const char *why)
{
	got *g = ud;
	(void)path;
	(void)enc;
	lx_buf_adds(&g->log, "skip ");
	lx_buf_adds(&g->log, why);
	lx_buf_addc(&g->log, '\n');
}

static const char *drain(lx_oqueue *q, got *g)
{
	lx_fanout_sink out = {g_begin, g_hit, g_end, g_problem, g_skip, g};
	lx_oq_drain(q, &out);
	return g->log.p ? g->log.p : "";
}

/* Appends an error msg with key (mu taken here). */
static void put(lx_oqueue *q, uint64_t key, const char *msg, lx_oq_producer *p)
{
	lx_chain c = {0};
	lx_oq_item *it;
	lx_chain_push(&c, "bundle");
	it = lx_oq_problem_new(&c, msg, 0, NULL);
	it->key = key;
	pthread_mutex_lock(&q->mu);
	ck_assert_int_eq(lx_oq_append(q, it, p), 1);
	pthread_mutex_unlock(&q->mu);
	lx_chain_free(&c);
}

/* A file named name at key, to which hits are added. */
static lx_oq_item *file(lx_oqueue *q, uint64_t key, const char *name)
{
	lx_chain c = {0};
	lx_file_info fi = {&c, LX_MTIME_UNKNOWN, "utf-8"};
	lx_oq_item *it;
	lx_chain_push(&c, "bundle");
	lx_chain_push(&c, name);
	it = lx_oq_file_new(&fi);
	it->key = key;
	pthread_mutex_lock(&q->mu);
	ck_assert_int_eq(lx_oq_append(q, it, NULL), 1);
	pthread_mutex_unlock(&q->mu);
	lx_chain_free(&c);
	return it;
}

static void hit(lx_oqueue *q, lx_oq_item *it, uint64_t line)
{
	lx_hit h;
	memset(&h, 0, sizeof h);
	h.line = line;
	lx_oq_hit_add(q, it, &h, NULL);
}

static void done(lx_oqueue *q, lx_oq_item *it, uint64_t lines)
{
	pthread_mutex_lock(&q->mu);
	lx_oq_file_done(q, it, lines);
	pthread_mutex_unlock(&q->mu);
}

static void finish(lx_oqueue *q)
{
	pthread_mutex_lock(&q->mu);
	q->done = 1;
	lx_waiters_wake(&q->caller);
	pthread_mutex_unlock(&q->mu);
}

/* ---- ordering ------------------------------------------------------------ */

/* Keys decide the order, and items with the same key keep the order they
 * came in; nothing is taken beyond the frontier. */
START_TEST(order_by_key)
{
	lx_oqueue q;
	lx_oq_producer pr, *prs[1] = {&pr};
	got g = {{0}, 0};
	lx_oq_init(&q);
	memset(&pr, 0, sizeof pr);
	q.pr = prs;
	q.n_pr = 1;
	put(&q, 5, "e", &pr);
	put(&q, 3, "c", &pr);
	put(&q, 3, "d", &pr);
	put(&q, 1, "a", &pr);
	put(&q, 4, "x", &pr);
	put(&q, 2, "b", &pr);
	pthread_mutex_lock(&q.mu);
	ck_assert_uint_eq(lx_oq_frontier(&q), 0);
	ck_assert_uint_eq(q.n_items, 6);
	pr.pos = LX_OQ_KEY_END;
	ck_assert_uint_eq(lx_oq_frontier(&q), LX_OQ_KEY_END);
	q.end_key = 4; /* a producer stopped at 4: what follows is dropped */
	q.done = 1;
	pthread_mutex_unlock(&q.mu);
	ck_assert_str_eq(drain(&q, &g), "error a\nerror b\nerror c\nerror d\nerror x\n");
	ck_assert_int_eq(q.took.errors, 5);
	ck_assert_uint_eq(q.n_items, 0);
	lx_oq_fini(&q);
	lx_buf_free(&g.log);
}
END_TEST

/* Two producers, each holding the frontier at its position, append their
 * keys at their own pace: odd ones and even ones.  The caller takes them
 * as they come, in key order. */
typedef struct prod {
	lx_oqueue *q;
	lx_oq_producer pr;
	uint64_t first, n;
	unsigned seed;
	int *live; /* producers still producing */
} prod;

static void *producer(void *arg)
{
	prod *p = arg;
	uint64_t k;
	for (k = p->first; k < 2 * p->n; k += 2) {
		char msg[32];
		snprintf(msg, sizeof msg, "%llu", (unsigned long long)k);
		if (rand_r(&p->seed) % 4 == 0)
			usleep(rand_r(&p->seed) % 200);
		put(p->q, k, msg, &p->pr);
		pthread_mutex_lock(&p->q->mu);
		p->pr.pos = k + 1; /* nothing below k + 1 any more */
		lx_waiters_wake(&p->q->caller);
		lx_waiters_wake(&p->q->room);
		pthread_mutex_unlock(&p->q->mu);
	}
	pthread_mutex_lock(&p->q->mu);
	p->pr.pos = LX_OQ_KEY_END;
	if (!--*p->live)
		p->q->done = 1;
	lx_waiters_wake(&p->q->caller);
	lx_waiters_wake(&p->q->room);
	pthread_mutex_unlock(&p->q->mu);
	return NULL;
}

START_TEST(order_whatever_the_producers)
{
	enum { N = 3000 };
	lx_oqueue q;
	prod p[2];
	lx_oq_producer *prs[2] = {&p[0].pr, &p[1].pr};
	pthread_t th[2];
	got g = {{0}, 0};
	lx_buf want = {0};
	uint64_t k;
	int i, live = 2;
	lx_oq_init(&q);
	q.pr = prs;
	q.n_pr = 2;
	for (i = 0; i < 2; i++) {
		memset(&p[i], 0, sizeof p[i]);
		p[i].q = &q;
		p[i].first = (uint64_t)i;
		p[i].pr.pos = (uint64_t)i;
		p[i].n = N;
		p[i].seed = 7u + (unsigned)i;
		p[i].live = &live;
	}
	for (i = 0; i < 2; i++)
		ck_assert_int_eq(pthread_create(&th[i], NULL, producer, &p[i]), 0);
	/* the caller drains while they produce (more than LX_OQ_ITEMS: the
	 * one ahead waits); the last one to finish says so */
	drain(&q, &g);
	for (i = 0; i < 2; i++)
		pthread_join(th[i], NULL);
	for (k = 0; k < 2 * N; k++) {
		char s[40];
		snprintf(s, sizeof s, "error %llu\n", (unsigned long long)k);
		lx_buf_adds(&want, s);
	}
	ck_assert_str_eq(g.log.p, want.p);
	lx_oq_fini(&q);
	lx_buf_free(&g.log);
	lx_buf_free(&want);
}
END_TEST

/* ---- bounded depth ----------------------------------------------------- */

/* Waits (up to 10 s) until a thread sleeps on w. */
static int sleeper(lx_oqueue *q, lx_waiters *w)
{
	int i, n = 0;
	for (i = 0; i < 10000 && !n; i++) {
		pthread_mutex_lock(&q->mu);
		n = w->n > 0;
		pthread_mutex_unlock(&q->mu);
		if (!n)
			usleep(1000);
	}
	return n;
}

/* Starts fn(arg) on *th and waits until it waits for room. */
static void start_until_full(lx_oqueue *q, void *(*fn)(void *), void *arg, pthread_t *th)
{
	ck_assert_int_eq(pthread_create(th, NULL, fn, arg), 0);
	ck_assert_int_eq(sleeper(q, &q->room), 1);
}

typedef struct hitter {
	lx_oqueue *q;
	lx_oq_item *it;
	uint64_t n;
} hitter;

static void *add_hits(void *arg)
{
	hitter *h = arg;
	uint64_t i;
	for (i = 1; i <= h->n; i++)
		hit(h->q, h->it, i);
	done(h->q, h->it, h->n);
	finish(h->q);
	return NULL;
}

/* The file the caller is taking holds LX_OQ_HIT_DEPTH hits: a producer
 * with more waits until the caller takes them, and none is lost. */
START_TEST(depth_makes_producer_wait)
{
	lx_oqueue q;
	hitter h;
	pthread_t th;
	got g = {{0}, 0};
	lx_oq_init(&q);
	h.q = &q;
	h.n = LX_OQ_HIT_DEPTH + 10;
	h.it = file(&q, 0, "a.log");
	start_until_full(&q, add_hits, &h, &th);
	pthread_mutex_lock(&q.mu);
	ck_assert_uint_eq(h.it->n, LX_OQ_HIT_DEPTH);
	ck_assert_int_eq(h.it->done, 0);
	pthread_mutex_unlock(&q.mu);
	drain(&q, &g);
	pthread_join(th, NULL);
	ck_assert_uint_eq(g.hits, LX_OQ_HIT_DEPTH + 10);
	ck_assert(strstr(g.log.p, "begin a.log\nhit 1\nhit 2\n") == g.log.p);
	ck_assert(strstr(g.log.p, "hit 74\nend 74\n") != NULL);
	lx_oq_fini(&q);
	lx_buf_free(&g.log);
}
END_TEST

typedef struct filler {
	lx_oqueue *q;
	size_t n;
} filler;

static void *fill(void *arg)
{
	filler *f = arg;
	size_t i;
	for (i = 0; i < f->n; i++)
		put(f->q, 0, "p", NULL);
	finish(f->q);
	return NULL;
}

/* At most LX_OQ_ITEMS items wait: one more makes the producer wait. */
START_TEST(items_bounded)
{
	lx_oqueue q;
	filler f;
	pthread_t th;
	got g = {{0}, 0};
	lx_oq_init(&q);
	f.q = &q;
	f.n = LX_OQ_ITEMS + 5;
	start_until_full(&q, fill, &f, &th);
	pthread_mutex_lock(&q.mu);
	ck_assert_uint_eq(q.n_items, LX_OQ_ITEMS);
	pthread_mutex_unlock(&q.mu);
	drain(&q, &g);
	pthread_join(th, NULL);
	ck_assert_int_eq(q.took.errors, LX_OQ_ITEMS + 5);
	lx_oq_fini(&q);
	lx_buf_free(&g.log);
}
END_TEST

/* ---- drain delivers everything ----------------------------------------- */

typedef struct filer {
	lx_oqueue *q;
	int files, hits;
} filer;

static void *files(void *arg)
{
	filer *f = arg;
	lx_chain c = {0};
	int i, k;
	lx_chain_push(&c, "bundle");
	for (i = 0; i < f->files; i++) {
		char name[32];
		lx_oq_item *it;
		snprintf(name, sizeof name, "f%d.log", i);
		it = file(f->q, 0, name);
		for (k = 1; k <= f->hits; k++)
			hit(f->q, it, (uint64_t)k);
		done(f->q, it, (uint64_t)(f->hits + i));
		if (i % 10 == 0) {
			lx_oq_item *p = lx_oq_problem_new(&c, "a note", 1, NULL);
			pthread_mutex_lock(&f->q->mu);
			(void)lx_oq_append(f->q, p, NULL);
			pthread_mutex_unlock(&f->q->mu);
		}
	}
	{
		lx_oq_item *m = lx_oq_item_new(LX_OQ_MARK, 0);
		m->counts.files = (uint64_t)f->files;
		m->counts.bytes = 1234;
		m->use[1] = 99;
		pthread_mutex_lock(&f->q->mu);
		(void)lx_oq_append(f->q, m, NULL);
		pthread_mutex_unlock(&f->q->mu);
	}
	lx_chain_free(&c);
	finish(f->q);
	return NULL;
}

START_TEST(drain_delivers_everything)
{
	lx_oqueue q;
	filer f = {NULL, 200, 300}; /* 60,000 hits: past every bound */
	pthread_t th;
	got g = {{0}, 0};
	char *s;
	int i, notes = 0, ends = 0;
	lx_oq_init(&q);
	f.q = &q;
	ck_assert_int_eq(pthread_create(&th, NULL, files, &f), 0);
	drain(&q, &g);
	pthread_join(th, NULL);
	ck_assert_uint_eq(g.hits, 200u * 300u);
	for (s = g.log.p; (s = strstr(s, "note a note\n")); s++)
		notes++;
	ck_assert_int_eq(notes, 20);
	for (i = 0, s = g.log.p; i < 200; i++) {
		char want[64];
		snprintf(want, sizeof want, "hit 300\nend %d\n", 300 + i);
		s = strstr(s, want);
		ck_assert_msg(s != NULL, "file %d", i);
		ends++;
	}
	ck_assert_int_eq(ends, 200);
	ck_assert_uint_eq(q.took.files, 200);
	ck_assert_uint_eq(q.took.bytes, 1234);
	ck_assert_uint_eq(q.folded[1], 99);
	ck_assert_uint_eq(q.hit_bytes, 0);
	ck_assert_uint_eq(q.n_items, 0);
	lx_oq_fini(&q);
	lx_buf_free(&g.log);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("oqueue");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, order_by_key);
	tcase_add_test(tc, order_whatever_the_producers);
	tcase_add_test(tc, depth_makes_producer_wait);
	tcase_add_test(tc, items_bounded);
	tcase_add_test(tc, drain_delivers_everything);
	suite_add_tcase(s, tc);
	return recsink_run(s);
}
