/* fleet.c - diagnoses counted across bundles.  See fleet.h. */
#include "fleet.h"

#include <stdlib.h>
#include <string.h>

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

void lx_fleet_add(lx_fleet *f, const lx_report *r)
{
	size_t i, k;
	f->bundles++;
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
		lx_xgrow(&row->bundles, &row->cap, row->n + 1, sizeof *row->bundles);
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

void lx_fleet_sort(lx_fleet *f)
{
	if (f->n > 1)
		qsort(f->row, f->n, sizeof *f->row, row_cmp);
}

void lx_fleet_free(lx_fleet *f)
{
	size_t i, k;
	for (i = 0; i < f->n; i++) {
		for (k = 0; k < f->row[i].n; k++)
			free(f->row[i].bundles[k]);
		free(f->row[i].bundles);
		free(f->row[i].id);
		free(f->row[i].title);
	}
	free(f->row);
	memset(f, 0, sizeof *f);
}
