/* out_html_int.h - what the HTML report's two files share: out_html.c
 * (the page: its head, each machine's section, the spool, the end) and
 * out_html_fleet.c (the row kept per machine, the header and the fleet and
 * failures tables).  Private to the two; out_html.h holds the assets. */
#ifndef LX_OUT_HTML_INT_H
#define LX_OUT_HTML_INT_H

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "escape.h"
#include "msg.h"
#include "out.h"

/* A machine's row in the fleet table, kept after its section is written. */
typedef struct html_row {
	char *bundle, *hosts, *id, *title; /* id, title: rank 1, or NULL */
	int sev;                           /* rank 1's severity, -1 without */
	int resolved;
	int64_t last; /* latest last seen, or LX_TS_NONE */
	size_t n_d;
	int errors;
} html_row;

/* The machines (indexes into rows) of one diagnosis id, in the order the
 * fleet view (fleet.c) lists them. */
typedef struct html_fail {
	char *id;
	size_t *m, n, cap;
} html_fail;

/* The writer's state (lx_out's priv). */
typedef struct html_state {
	FILE *spool; /* the sections until the end, or NULL: written directly */
	html_row *row;
	size_t n, cap;
	html_fail *fail;
	size_t n_fail, cap_fail;
} html_state;

/* A message of the report's language (msg.c). */
static inline const char *L(const lx_out *o, lx_msg_id id)
{
	(void)o;
	return lx_msg(id);
}

/* s escaped for HTML text or an attribute value; NULL as empty. */
static inline void h(lx_buf *b, const char *s)
{
	lx_esc_html(b, s ? s : "", s ? strlen(s) : 0);
}

/* The style sheet's class for severity s; "" for none (-1). */
static inline const char *sev_class(int s)
{
	static const char *const c[] = {"si", "sw", "se", "sc"};
	return s >= 0 && s <= LX_SEV_CRITICAL ? c[s] : "";
}

static inline const char *sev_label(const lx_out *o, int s)
{
	(void)o;
	return lx_msg_severity(s);
}

/* out_html_fleet.c: keeps the machine's fleet table row and its diagnoses'
 * ids (after its section is written). */
void lx_html_remember(html_state *st, const lx_report *r);
/* The top of the page, after the head: the header with the run's totals
 * and the severity legend, the fleet table, the failures table; into o->b. */
void lx_html_fleet(lx_out *o, const lx_summary *s);
/* Frees the rows and diagnosis ids kept (not st itself). */
void lx_html_rows_free(html_state *st);

#endif
