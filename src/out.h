/* out.h - output formats behind one small interface.
 *
 * main.c hands every finished bundle report to the output in command-line
 * order; each format lives in its own out_*.c file and never matches
 * anything.  Streaming formats write each bundle as it arrives. */
#ifndef LX_OUT_H
#define LX_OUT_H

#include <stdio.h>

#include "fleet.h"
#include "options.h"
#include "report.h"
#include "util.h"

typedef struct lx_out lx_out;

typedef struct lx_out_ops {
	void (*begin)(lx_out *o);
	void (*bundle)(lx_out *o, const lx_report *r);
	void (*end)(lx_out *o, const lx_summary *s);
	void (*free)(lx_out *o);
} lx_out_ops;

struct lx_out {
	const lx_config *cfg;
	FILE *f;
	const lx_out_ops *ops;
	lx_buf b;       /* scratch */
	size_t n;       /* bundles written so far */
	lx_fleet fleet; /* every bundle's diagnoses, for the fleet view */
	void *priv;     /* the format's own state (freed by its free) */
};

/* The output for cfg (its format, or the -l / -L / -c list modes) on f. */
lx_out *lx_out_new(const lx_config *cfg, FILE *f);
void lx_out_begin(lx_out *o);
void lx_out_bundle(lx_out *o, const lx_report *r);
void lx_out_end(lx_out *o, const lx_summary *s);
void lx_out_free(lx_out *o);

/* Writes a report's problems to f as "logdx: <input>: <member>: <msg>"
 * lines, escaped for a terminal. */
void lx_out_problems(const lx_report *r, FILE *f);

/* Helpers shared by the formats. */
void lx_out_chain_display(lx_buf *b, const lx_chain *c,
                          void (*esc)(lx_buf *, const char *, size_t));
const char *lx_out_status(const lx_diag *d);
/* A size for people: "1509 bytes" below 1 KiB, else "1.5 KiB", "3.2 MiB"... */
void lx_out_size(lx_buf *b, uint64_t n);
/* ISO 8601 or "" when unknown; out must hold 20 bytes. */
const char *lx_out_time(int64_t t, char out[20]);

/* A line of evidence as grep prints it with context: a match (an evidence
 * line), a context line, or the gap ("--") between two runs of lines that
 * do not touch (then path is NULL). */
typedef enum { LX_EVL_MATCH, LX_EVL_CONTEXT, LX_EVL_GAP } lx_evl_kind;
typedef void (*lx_evl_fn)(void *ud, lx_evl_kind k, const lx_chain *path, uint64_t line,
                          const char *text, size_t len);
/* Calls fn for the evidence lines ev[0..n) and their context lines (when
 * they have any), in line order, each line once (a match wins over the
 * same line as context); the entries of one file merge as grep merges
 * overlapping context.  Gaps only when there is context. */
void lx_out_evidence_lines(const lx_evidence *ev, size_t n, lx_evl_fn fn, void *ud);

extern const lx_out_ops lx_out_text_ops, lx_out_json_ops, lx_out_jsonl_ops, lx_out_grep_ops,
	lx_out_csv_ops, lx_out_html_ops;

/* The output formats, one row each: the name --format takes, the format
 * it stands for, its writer, whether it is a list rather than a report,
 * and its one-line description.  options.c parses --format from it and
 * names its reports in --help and in the unknown-format error,
 * lx_out_new() picks the writer from it, and the docs checks
 * (check_options, tests/docs.sh) hold it to --help and logdx(1).  A new
 * format is a row here, its out_*.c file, and its words in the man page.
 * The first row is the default.  Ends with a row whose name is NULL. */
typedef struct lx_out_format {
	const char *name;
	lx_format format;
	const lx_out_ops *ops;
	int list;         /* 1: a list that --list-signatures or --templates
	                   * writes itself, not a report */
	const char *help; /* N_(): what it is, one line (translate with _()) */
} lx_out_format;
extern const lx_out_format lx_out_formats[];

/* The names of the report formats (the rows that are not lists) into b,
 * in table order, joined by the language's list separator. */
void lx_out_format_names(lx_buf *b);

#endif
