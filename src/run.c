/* run.c - scans every bundle with a pool of worker threads and hands the
 * reports to the output strictly in command-line order, so the output is
 * the same for every -j (emit.c prints them). */
#include "run.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "emit.h"
#include "i18n.h"
#include "scan.h"
#include "util.h"

typedef struct pool {
	const lx_config *cfg;
	const lx_sigdb *db;
	char **paths;
	size_t n;
	lx_report **done; /* done[i]: finished report of bundle i, until printed */
	size_t next;      /* next bundle to hand out */
	size_t printed;   /* bundles already printed */
	size_t ahead;     /* how far workers may run ahead of the printer */
	int stop;
	pthread_mutex_t mu;
	pthread_cond_t cv;
} pool;

static void *worker(void *arg)
{
	pool *p = arg;
	lx_scanner *sc = lx_scanner_new(p->db, p->cfg);
	/* spare cores (fewer bundles than -j): each bundle gets its share
	 * of them (fanout.h spends it) */
	if (sc && p->cfg->jobs >= 2 && p->n < p->cfg->jobs)
		lx_scanner_threads(sc, p->cfg->jobs / (unsigned)p->n);
	pthread_mutex_lock(&p->mu);
	for (;;) {
		size_t i;
		lx_report *r;
		while (!p->stop && p->next < p->n && p->next >= p->printed + p->ahead)
			pthread_cond_wait(&p->cv, &p->mu);
		if (p->stop || p->next >= p->n)
			break;
		i = p->next++;
		pthread_mutex_unlock(&p->mu);
		if (sc) {
			r = lx_scan_bundle(sc, p->paths[i]);
		} else {
			lx_chain c = {0};
			r = lx_report_new(p->paths[i]);
			lx_chain_push(&c, p->paths[i]);
			lx_report_problem(r, &c, _("out of memory for the matcher"), 0);
			lx_chain_free(&c);
		}
		pthread_mutex_lock(&p->mu);
		p->done[i] = r;
		pthread_cond_broadcast(&p->cv);
	}
	pthread_mutex_unlock(&p->mu);
	lx_scanner_free(sc);
	return NULL;
}

void lx_run(const lx_config *cfg, const lx_sigdb *db, lx_exitstat *status)
{
	pool p;
	pthread_t *th;
	unsigned nth, i;
	size_t k;
	char *stdin_path[] = {(char *)"-"};
	lx_emitter em;

	memset(&p, 0, sizeof p);
	p.cfg = cfg;
	p.db = db;
	p.paths = cfg->paths;
	p.n = cfg->n_paths;
	if (!p.n) {
		if (isatty(STDIN_FILENO)) {
			fputs("Usage: logdx [OPTION]... [PATH]...\n"
			      "Try 'logdx --help' for more information.\n",
			      stderr);
			lx_exit_grade(status, LX_FATAL);
			return;
		}
		p.paths = stdin_path;
		p.n = 1;
	}
	nth = cfg->jobs ? cfg->jobs : 1;
	if (nth > p.n)
		nth = (unsigned)p.n;
	p.ahead = (size_t)nth * 4;
	p.done = lx_xcalloc(p.n, sizeof *p.done);
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.cv, NULL);
	th = lx_xcalloc(nth, sizeof *th);
	for (i = 0; i < nth; i++)
		if (pthread_create(&th[i], NULL, worker, &p) != 0) {
			fprintf(stderr, "logdx: %s\n", _("cannot start a worker thread"));
			break;
		}
	nth = i;
	lx_emit_init(&em, cfg, p.n, status);
	if (!nth)
		lx_exit_grade(status, LX_FAILED); /* nothing could be scanned */
	pthread_mutex_lock(&p.mu);
	while (nth && p.printed < p.n && !p.stop) {
		lx_report *r = p.done[p.printed];
		if (!r) {
			pthread_cond_wait(&p.cv, &p.mu);
			continue;
		}
		p.done[p.printed] = NULL;
		p.printed++;
		pthread_cond_broadcast(&p.cv);
		pthread_mutex_unlock(&p.mu);

		lx_emit_report(&em, r);
		lx_report_free(r);
		if (lx_exit_settled(status)) {
			pthread_mutex_lock(&p.mu);
			p.stop = 1;
			pthread_cond_broadcast(&p.cv);
			break;
		}
		pthread_mutex_lock(&p.mu);
	}
	p.stop = 1;
	pthread_cond_broadcast(&p.cv);
	pthread_mutex_unlock(&p.mu);
	for (i = 0; i < nth; i++)
		pthread_join(th[i], NULL);
	for (k = 0; k < p.n; k++)
		lx_report_free(p.done[k]);
	free(p.done);
	free(th);
	pthread_mutex_destroy(&p.mu);
	pthread_cond_destroy(&p.cv);
	lx_emit_finish(&em);
}
