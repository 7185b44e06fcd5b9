/* fleet.h - the fleet view over many bundles: for each diagnosis id, the
 * machines where it was reported.  A machine is a bundle, or one host of a
 * bundle whose logs cover several.  Root causes first: the ids that are
 * the rank-1 active diagnosis of the most machines; then the others
 * (symptoms, resolved failures), most widespread first. */
#ifndef LX_FLEET_H
#define LX_FLEET_H

#include <stddef.h>

#include "options.h"
#include "report.h"

typedef struct lx_fleet_row {
	char *id, *title;
	lx_severity severity;
	char **bundles; /* machines: the bundle, or "bundle: host", in the order seen */
	size_t n, cap;
	size_t active;  /* machines where it is active */
	size_t root;    /* machines where it is the rank-1 active diagnosis */
} lx_fleet_row;

typedef struct lx_fleet {
	lx_fleet_row *row;
	size_t n, cap;
	size_t bundles;
} lx_fleet;

/* Counts report r in (each diagnosis once per bundle). */
void lx_fleet_add(lx_fleet *f, const lx_report *r);
/* Sorts rows: rank-1 active on most machines first, then on most
 * machines, then higher severity, then id. */
void lx_fleet_sort(lx_fleet *f);
void lx_fleet_free(lx_fleet *f);

#endif
