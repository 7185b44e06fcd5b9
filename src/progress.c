/* progress.c - the live progress line.  See progress.h. */
#include "progress.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "i18n.h"
#include "util.h"

struct lx_progress {
	size_t total, done;
	uint64_t bytes, expanded;
	struct timespec start;
	int shown;
};

static double since(const struct timespec *t0)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

lx_progress *lx_progress_new(const lx_config *cfg, size_t bundles)
{
	lx_progress *p;
	if (!cfg->progress || cfg->quiet)
		return NULL;
	p = lx_xcalloc(1, sizeof *p);
	p->total = bundles;
	clock_gettime(CLOCK_MONOTONIC, &p->start);
	return p;
}

void lx_progress_clear(lx_progress *p)
{
	if (!p || !p->shown)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	p->shown = 0;
}

static void human(char *out, size_t n, double v)
{
	static const char *const u[] = {"B", "KiB", "MiB", "GiB", "TiB"};
	int i = 0;
	while (v >= 1024 && i < 4) {
		v /= 1024;
		i++;
	}
	snprintf(out, n, "%.1f %s", v, u[i]);
}

void lx_progress_bundle(lx_progress *p, const lx_report *r)
{
	double secs, rate;
	char rd[32], ex[32], rt[32];
	if (!p)
		return;
	p->done++;
	p->bytes += r->bytes;
	p->expanded += r->expanded;
	secs = since(&p->start);
	rate = secs > 0 ? (double)p->expanded / secs : 0;
	human(rd, sizeof rd, (double)p->bytes);
	human(ex, sizeof ex, (double)p->expanded);
	human(rt, sizeof rt, rate);
	fputs("\r\033[Klogdx: ", stderr);
	fprintf(stderr, _("%zu/%zu bundles, %s read, %s expanded, %s/s"), p->done, p->total, rd, ex,
	        rt);
	if (p->done && p->done < p->total)
		fprintf(stderr, _(", ETA %.0fs"),
		        secs / (double)p->done * (double)(p->total - p->done));
	fflush(stderr);
	p->shown = 1;
}

void lx_progress_free(lx_progress *p)
{
	lx_progress_clear(p);
	free(p);
}
