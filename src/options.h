/* options.h - the command line, parsed once into an lx_config that nothing
 * changes afterwards. */
#ifndef LX_OPTIONS_H
#define LX_OPTIONS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "model.h"

typedef enum lx_format {
	LX_FMT_TEXT,
	LX_FMT_JSON,
	LX_FMT_JSONL,
	LX_FMT_GREP,
	LX_FMT_CSV,
	LX_FMT_HTML,
	LX_FMT_PATTERNS, /* only with --list-signatures */
	LX_FMT_TSV       /* only with --templates */
} lx_format;

typedef struct lx_config {
	lx_format format;
	int quiet;        /* -q */
	int list_files;   /* -l */
	int list_clean;   /* -L */
	int count;        /* -c */
	char **sig_paths; /* -S, in order given */
	size_t n_sig_paths;
	int no_default_sigs;
	lx_severity min_severity;
	int fail_on; /* -1 when not given, else an lx_severity */
	unsigned jobs;
	int color;        /* resolved: 1 = emit colour on stdout */
	int color_opt;    /* 0 auto, 1 always, 2 never (as given) */
	int progress;     /* resolved: 1 = live progress line on stderr */
	int progress_opt; /* 0 auto, 1 always, 2 never (as given) */
	const char *lang; /* report language: one of lx_langs */
	int list_signatures;
	int check_signatures;
	const char *explain;
	unsigned max_depth;    /* archive nesting */
	uint64_t max_expand;   /* bytes decompressed per bundle */
	size_t max_line;       /* longer lines are matched in pieces */
	uint64_t max_members;  /* members per bundle */
	uint64_t max_ratio;    /* expansion ratio that marks a bomb */
	int merge;             /* --merge: PATHs are JSON Lines shards */
	int follow_symlinks;   /* follow links below a directory (inside it) */
	int templates;         /* --templates: mine and print line templates */
	const char *suggest;   /* --suggest=ID: a draft signature for template ID */
	int include_resolved;  /* --include-resolved: resolved diagnoses count too */
	int line_buffered;     /* --line-buffered: stdout flushed at every line */
	int per_bundle;        /* --per-bundle: csv rows are bundles, not diagnoses */
	int no_unrec;          /* --no-unrecognised: no unrecognised errors */
	unsigned ctx_before;   /* -B, -C: context lines above each evidence line */
	unsigned ctx_after;    /* -A, -C: and below it */
	int list_files_detail; /* --files: list every file of each bundle */
	char **paths;          /* PATH operands; "-" is stdin */
	size_t n_paths;
} lx_config;

/* Parses argv into cfg.  Returns 0 to go on, 1 when --help or --version was
 * printed (exit 0), 2 after printing a usage error to stderr (exit 2).
 * --lang makes its language that of the program's messages
 * (lx_i18n_init) from where it is given, so that --help (printed after
 * all the options) and the errors after it are in that language.
 * cfg is filled with defaults first; free it with lx_config_free(). */
int lx_options_parse(int argc, char **argv, lx_config *cfg);
void lx_config_free(lx_config *cfg);

/* Calls fn with the long name of every documented option (for the check
 * that logdx(1) describes each of them). */
void lx_options_names(void (*fn)(const char *name, void *ud), void *ud);

/* The report languages, NULL-terminated; and the one a tag or locale
 * name stands for (NULL: none of them). */
extern const char *const lx_langs[];
const char *lx_lang_canon(const char *s);
/* The locale's language: LC_ALL, LC_MESSAGES, LANG (the first one set,
 * read by lx_lang_canon); English when it names a language logdx has no
 * text for. */
const char *lx_lang_from_env(void);

#endif
