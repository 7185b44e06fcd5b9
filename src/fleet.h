/* fleet.h - the fleet view over many bundles: for each diagnosis id, the
 * machines where it was reported.  A machine is a bundle, or one host of a
 * bundle whose logs cover several.  Root causes first: the ids that are
 * the rank-1 active diagnosis of the most machines; then the others
 * (symptoms, resolved failures), most widespread first. */
#ifndef LX_FLEET_H
#define LX_FLEET_H

#include <stddef.h>

#include "model.h"
#include "report.h"

typedef struct lx_fleet_row {
	char *id, *title;
	lx_severity severity;
	char **bundles;         /* machines: the bundle, or "bundle: host", in the order seen */
	unsigned char *is_root; /* per machine: it is the rank-1 active diagnosis there */
	size_t n, cap;
	size_t active; /* machines where it is active */
	size_t root;   /* machines where it is the rank-1 active diagnosis */
} lx_fleet_row;

/* An unrecognised error template over the machines (bundles) reporting
 * it. */
typedef struct lx_fleet_unrec {
	char *tpl;
	char *example; /* the first machine's example */
	size_t example_len;
	uint64_t hash;  /* of tpl */
	uint64_t count; /* lines, over every machine */
	int64_t first_seen, last_seen;
	char **bundles; /* in the order seen */
	size_t n, cap;
	size_t healthy; /* of them, bundles without an active diagnosis */
} lx_fleet_unrec;

typedef struct lx_fleet {
	lx_fleet_row *row;
	size_t n, cap;
	size_t bundles;
	lx_fleet_unrec *un; /* after lx_fleet_sort: most machines first */
	size_t n_un, cap_un;
	size_t healthy;    /* bundles without an active diagnosis */
	size_t un_dropped; /* templates seen on every healthy bundle */
} lx_fleet;

/* Counts report r in (each diagnosis once per bundle). */
void lx_fleet_add(lx_fleet *f, const lx_report *r);
/* Sorts rows: rank-1 active on most machines first, then on most
 * machines, then higher severity, then id.  Sorts the unrecognised errors:
 * on most machines first, then most lines, then template; when the run has
 * several bundles and some are healthy (no active diagnosis), a template
 * seen on every healthy one is dropped (doc/templates.md). */
void lx_fleet_sort(lx_fleet *f);
void lx_fleet_free(lx_fleet *f);

#endif
