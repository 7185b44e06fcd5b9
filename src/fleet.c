/* fleet.c - diagnoses counted across bundles.  See fleet.h. */
#include "fleet.h"

#include <stdlib.h>
#include <string.h>

#include "timestamp.h"
#include "util.h"

static int same_host(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* The machine of diagnosis i: the bundle, or the bundle and the host when
 * its diagnoses concern several. */
static char *machine(const lx_report *r, size_t i)
{
	size_t k;
	lx_buf b = {0};
	for (k = 0; k < r->n_d && same_host(r->d[k].host, r->d[0].host); k++)
		;
	lx_buf_adds(&b, r->bundle);
	if (k < r->n_d) {
		lx_buf_adds(&b, ": ");
		lx_buf_adds(&b, r->d[i].host ? r->d[i].host : "(host not named)");
	}
	return lx_buf_take(&b);
}

/* Counts the unrecognised errors of r; healthy: r has no active
 * diagnosis. */
static void add_unrec(lx_fleet *f, const lx_report *r, int healthy)
{
	size_t i, k;
	for (i = 0; i < r->n_un; i++) {
		const lx_unrec *u = &r->un[i];
		uint64_t h = lx_str_hash(u->tpl);
		lx_fleet_unrec *row = NULL;
		for (k = 0; k < f->n_un; k++)
			if (f->un[k].hash == h && !strcmp(f->un[k].tpl, u->tpl)) {
				row = &f->un[k];
				break;
			}
		if (!row) {
			lx_xgrow(&f->un, &f->cap_un, f->n_un + 1, sizeof *f->un);
			row = &f->un[f->n_un++];
			memset(row, 0, sizeof *row);
			row->tpl = lx_xstrdup(u->tpl);
			row->hash = h;
			row->example = lx_xstrndup(u->example, u->example_len);
			row->example_len = u->example_len;
			row->first_seen = u->first_seen;
			row->last_seen = u->last_seen;
		}
		if (u->first_seen != LX_TS_NONE &&
		    (row->first_seen == LX_TS_NONE || u->first_seen < row->first_seen))
			row->first_seen = u->first_seen;
		if (u->last_seen != LX_TS_NONE &&
		    (row->last_seen == LX_TS_NONE || u->last_seen > row->last_seen))
			row->last_seen = u->last_seen;
		row->count += u->count;
		row->healthy += (size_t)healthy;
		lx_xgrow(&row->bundles, &row->cap, row->n + 1, sizeof *row->bundles);
		row->bundles[row->n++] = lx_xstrdup(r->bundle);
	}
}

void lx_fleet_add(lx_fleet *f, const lx_report *r)
{
	size_t i, k;
	int healthy = 1;
	f->bundles++;
	for (i = 0; i < r->n_d; i++)
		healthy &= r->d[i].resolved;
	f->healthy += (size_t)healthy;
	add_unrec(f, r, healthy);
	for (i = 0; i < r->n_d; i++) {
		const lx_diag *d = &r->d[i];
		lx_fleet_row *row = NULL;
		int root = !d->resolved;
		for (k = 0; k < i && root; k++)
			if (!r->d[k].resolved && same_host(r->d[k].host, d->host))
				root = 0; /* its machine has a better active one */
		for (k = 0; k < f->n; k++)
			if (!strcmp(f->row[k].id, d->id)) {
				row = &f->row[k];
				break;
			}
		if (!row) {
			lx_xgrow(&f->row, &f->cap, f->n + 1, sizeof *f->row);
			row = &f->row[f->n++];
			memset(row, 0, sizeof *row);
			row->id = lx_xstrdup(d->id);
			row->title = lx_xstrdup(d->title);
			row->severity = d->severity;
		}
		if (row->n == row->cap) {
			lx_xgrow(&row->bundles, &row->cap, row->n + 1, sizeof *row->bundles);
			row->is_root = lx_xrealloc(row->is_root, row->cap);
		}
		row->is_root[row->n] = (unsigned char)root;
		row->bundles[row->n++] = machine(r, i);
		row->active += !d->resolved;
		row->root += (size_t)root;
	}
}

static int row_cmp(const void *a, const void *b)
{
	const lx_fleet_row *x = a, *y = b;
	if (x->root != y->root)
		return x->root > y->root ? -1 : 1;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	if (x->severity != y->severity)
		return x->severity > y->severity ? -1 : 1;
	return strcmp(x->id, y->id);
}

static int unrec_cmp(const void *a, const void *b)
{
	const lx_fleet_unrec *x = a, *y = b;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return strcmp(x->tpl, y->tpl);
}

static void unrec_free(lx_fleet_unrec *u)
{
	size_t k;
	for (k = 0; k < u->n; k++)
		free(u->bundles[k]);
	free(u->bundles);
	free(u->tpl);
	free(u->example);
}

void lx_fleet_sort(lx_fleet *f)
{
	size_t i, n = 0;
	if (f->n > 1)
		qsort(f->row, f->n, sizeof *f->row, row_cmp);
	/* seen on every healthy machine: the noise of a working one */
	for (i = 0; i < f->n_un; i++) {
		if (f->bundles > 1 && f->healthy && f->un[i].healthy == f->healthy) {
			unrec_free(&f->un[i]);
			f->un_dropped++;
		} else {
			f->un[n++] = f->un[i];
		}
	}
	f->n_un = n;
	if (f->n_un > 1)
		qsort(f->un, f->n_un, sizeof *f->un, unrec_cmp);
}

void lx_fleet_free(lx_fleet *f)
{
	size_t i, k;
	for (i = 0; i < f->n; i++) {
		for (k = 0; k < f->row[i].n; k++)
			free(f->row[i].bundles[k]);
		free(f->row[i].bundles);
		free(f->row[i].is_root);
		free(f->row[i].id);
		free(f->row[i].title);
	}
	free(f->row);
	for (i = 0; i < f->n_un; i++)
		unrec_free(&f->un[i]);
	free(f->un);
	memset(f, 0, sizeof *f);
}
