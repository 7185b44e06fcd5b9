/* fleet.h - the fleet view over many bundles: for each diagnosis id, the
 * machines (bundles) where it was reported, most widespread first. */
#ifndef LX_FLEET_H
#define LX_FLEET_H

#include <stddef.h>

#include "options.h"
#include "report.h"

typedef struct lx_fleet_row {
	char *id, *title;
	lx_severity severity;
	char **bundles; /* in the order seen */
	size_t n, cap;
	size_t active;  /* bundles where it is active */
} lx_fleet_row;

typedef struct lx_fleet {
	lx_fleet_row *row;
	size_t n, cap;
	size_t bundles;
} lx_fleet;

/* Counts report r in (each diagnosis once per bundle). */
void lx_fleet_add(lx_fleet *f, const lx_report *r);
/* Sorts rows: most bundles first, then higher severity, then id. */
void lx_fleet_sort(lx_fleet *f);
void lx_fleet_free(lx_fleet *f);

#endif
