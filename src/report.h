/* report.h - the result model every output format reads.
 *
 * A report describes one bundle: what was scanned, the ranked diagnoses
 * and the problems met on the way.  It owns all its strings, so it can be
 * built by a scan or read back from JSON Lines (--merge) alike. */
#ifndef LX_REPORT_H
#define LX_REPORT_H

#include <stddef.h>
#include <stdint.h>

#include "chain.h"
#include "model.h"

#define LX_REPORT_EVIDENCE 3

typedef struct lx_evidence {
	lx_chain path; /* bundle, then members */
	uint64_t line;
	char *text; /* raw bytes of the line (may be invalid UTF-8) */
	size_t len;
	/* --context: the lines above and below it, raw, each ending in '\n';
	 * NULL when no context was asked for */
	char *before, *after;
	size_t before_len, after_len;
} lx_evidence;

/* A diagnosis folded under the one that explains it (the signature's
 * `explains`), in the same operation on the same host. */
typedef struct lx_conseq {
	char *id;
	uint64_t count;
	lx_evidence ev[LX_REPORT_EVIDENCE];
	size_t n_ev;
} lx_conseq;

typedef struct lx_diag {
	unsigned rank; /* from 1 */
	char *id, *title, *product, *doc, *remedy;
	char *doc_local; /* doc in the report's language (NULL: doc) */
	lx_severity severity;
	int resolved; /* status: 0 active, 1 resolved */
	double score; /* in [0, 1], not increasing with rank */
	uint64_t count;
	int64_t first_seen, last_seen; /* timestamp.h clock, or LX_TS_NONE */
	lx_evidence ev[LX_REPORT_EVIDENCE];
	size_t n_ev;
	char *host;    /* the machine it concerns, or NULL when not named */
	int ts_src;    /* where last_seen came from: an lx_ts_source */
	lx_conseq *cq; /* what it explains */
	size_t n_cq;
} lx_diag;

typedef struct lx_problem {
	lx_chain path;
	char *msg;
	int note; /* 1: a note (binary file skipped), not an error */
} lx_problem;

/* An error-looking line template no signature recognised (unrecset.h). */
typedef struct lx_unrec {
	char *tpl;                     /* the template: variable parts as "<*>" */
	uint64_t count;                /* lines */
	int64_t first_seen, last_seen; /* timestamp.h clock, or LX_TS_NONE */
	char *example;                 /* raw bytes of its first line (may be invalid UTF-8) */
	size_t example_len;
} lx_unrec;

/* A file of the bundle, listed by --files: every text file met (scanned
 * or not), every file skipped as binary, and every path a reading problem
 * named that is no such file (unreadable, encrypted, over a limit...). */
typedef struct lx_file {
	lx_chain path;
	char *type;     /* the product it is a log of (the packs' logs: lines), or NULL */
	char *encoding; /* as detected, or NULL when it was not decoded */
	uint64_t lines; /* lines read (when scanned) */
	int scanned;    /* its lines were matched */
	char *skipped;  /* why it was not, or NULL */
	char *error;    /* the first problem met reading it, or NULL */
} lx_file;

typedef struct lx_report {
	char *bundle; /* the PATH as given */
	uint64_t files, bytes, expanded;
	uint64_t known_files; /* files named as a known product's logs */
	uint64_t hidden;      /* diagnoses below --min-severity, not reported */
	lx_diag *d;
	size_t n_d;
	lx_problem *pr;
	size_t n_pr, cap_pr;
	int errors;       /* number of problems that are errors */
	lx_status status; /* how the bundle came out: LX_WARN with notes,
	                   * LX_FAILED with errors (lx_report_grade) */
	char **hosts;     /* machines named, in order of their best diagnosis */
	size_t n_hosts;
	lx_unrec *un; /* unrecognised errors, most lines first */
	size_t n_un;
	uint64_t un_templates; /* templates found (n_un shows the first ones) */
	int un_on;             /* 1: the bundle was searched for them */
	lx_file *fl;           /* --files: its files, in the order met */
	size_t n_fl, cap_fl;
	int files_on; /* 1: the files were listed */
} lx_report;

/* A new empty report for bundle (copied).  Free with lx_report_free(). */
lx_report *lx_report_new(const char *bundle);
void lx_report_free(lx_report *r);
/* Records a problem; path and msg are copied.  The report's status is
 * graded: at least LX_WARN for a note, LX_FAILED for an error. */
void lx_report_problem(lx_report *r, const lx_chain *path, const char *msg, int note);
/* Grades the report: its status becomes s when s is worse. */
void lx_report_grade(lx_report *r, lx_status s);
void lx_diag_clear(lx_diag *d);
/* Appends an unrecognised error to r (tpl and the example copied). */
void lx_report_unrec(lx_report *r, const char *tpl, uint64_t count, int64_t first, int64_t last,
                     const char *ex, size_t ex_len);
/* Appends a file record (path, type and encoding copied; type and
 * encoding may be NULL) and returns it; valid until the next one. */
lx_file *lx_report_file(lx_report *r, const lx_chain *path, const char *type, const char *encoding);
/* A reading problem about path: the error of the file record of path
 * when there is one (among the latest), else a record of its own,
 * skipped for that reason. */
void lx_report_file_problem(lx_report *r, const lx_chain *path, const char *msg);
/* Frees an evidence list's paths and texts. */
void lx_evidence_clear(lx_evidence *ev, size_t n);
/* Whether d counts for -l, -L, -q, --fail-on and the exit status: active,
 * or any with --include-resolved. */
int lx_diag_counts(const lx_config *cfg, const lx_diag *d);
/* The number of r's diagnoses that count (lx_diag_counts). */
size_t lx_report_counted(const lx_config *cfg, const lx_report *r);

/* Whole-run totals. */
typedef struct lx_summary {
	uint64_t bundles, files, bytes, diagnoses, errors;
	uint64_t bundles_with; /* bundles with at least one diagnosis */
} lx_summary;

void lx_summary_add(lx_summary *s, const lx_report *r);

#endif
