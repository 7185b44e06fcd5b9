/* options.c - the command line.  One table drives getopt_long, --help and
 * the check that the man page documents every option. */
#include "options.h"

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "context.h"
#include "escape.h"
#include "i18n.h"
#include "out.h"
#include "util.h"

#ifndef PACKAGE_VERSION
#define PACKAGE_VERSION "0.1.0"
#endif

enum {
	OPT_FORMAT = 256,
	OPT_JSON,
	OPT_NO_DEFAULT_SIGS,
	OPT_MIN_SEVERITY,
	OPT_FAIL_ON,
	OPT_COLOR,
	OPT_PROGRESS,
	OPT_LANG,
	OPT_LIST_SIGS,
	OPT_EXPLAIN,
	OPT_CHECK_SIGS,
	OPT_MAX_DEPTH,
	OPT_MAX_EXPAND,
	OPT_MAX_LINE,
	OPT_MAX_MEMBERS,
	OPT_MAX_RATIO,
	OPT_MERGE,
	OPT_FOLLOW,
	OPT_TEMPLATES,
	OPT_SUGGEST,
	OPT_INCLUDE_RESOLVED,
	OPT_LINE_BUFFERED,
	OPT_PER_BUNDLE,
	OPT_NO_UNREC,
	OPT_FILES
};

typedef struct opt_doc {
	const char *name; /* long name */
	int has_arg;      /* no_argument, required_argument, optional_argument */
	int val;          /* short letter or OPT_* */
	const char *arg;  /* argument name for --help, or NULL */
	const char *help; /* one line */
} opt_doc;

static const opt_doc opts[] = {
	{"format", required_argument, OPT_FORMAT, "FMT",
         /* TRANSLATORS: the names of the formats (from their table,
          * lx_out_formats), then the default one */
         N_("output format: %s (default %s)")},
	{"json", no_argument, OPT_JSON, NULL, N_("same as --format=json")},
	{"per-bundle", no_argument, OPT_PER_BUNDLE, NULL,
         N_("with --format=csv: one row per bundle (its rank-1 diagnosis, state, counts)")},
	{"quiet", no_argument, 'q', NULL, N_("print nothing; exit 0 if a diagnosis was found")},
	{"silent", no_argument, 'q', NULL, NULL},
	{"files-with-diagnoses", no_argument, 'l', NULL,
         N_("print only the bundles that have a diagnosis")},
	{"files-without-diagnosis", no_argument, 'L', NULL,
         N_("print only the bundles that have no diagnosis")},
	{"count", no_argument, 'c', NULL, N_("print BUNDLE:N, the number of diagnoses")},
	{"signatures", required_argument, 'S', "PATH",
         N_("load a signature file or directory (repeatable)")},
	{"no-default-signatures", no_argument, OPT_NO_DEFAULT_SIGS, NULL,
         N_("do not load the installed signature packs")},
	{"min-severity", required_argument, OPT_MIN_SEVERITY, "LEVEL",
         N_("report diagnoses at or above LEVEL (info, warning, error, critical; default warning)")},
	{"fail-on", required_argument, OPT_FAIL_ON, "LEVEL",
         N_("exit 0 only if a diagnosis at or above LEVEL was reported")},
	{"include-resolved", no_argument, OPT_INCLUDE_RESOLVED, NULL,
         N_("-l, -L, -q, --fail-on and the exit status count resolved diagnoses too")},
	{"line-buffered", no_argument, OPT_LINE_BUFFERED, NULL,
         N_("flush the output at every line (piped jsonl, csv, grep and -l: at every bundle anyway)")},
	{"no-unrecognised", no_argument, OPT_NO_UNREC, NULL,
         N_("do not report unrecognised errors (error-looking lines no signature knows)")},
	{"files", no_argument, OPT_FILES, NULL,
         N_("list each bundle's files: log type, encoding, lines, why one was skipped")},
	{"context", required_argument, 'C', "N",
         N_("show N lines before and after each evidence line")},
	{"after-context", required_argument, 'A', "N", N_("show N lines after each evidence line")},
	{"before-context", required_argument, 'B', "N",
         N_("show N lines before each evidence line")},
	{"jobs", required_argument, 'j', "N", N_("worker threads (default: online CPUs)")},
	{"color", required_argument, OPT_COLOR, "WHEN", N_("colour: auto, always, never")},
	{"colour", required_argument, OPT_COLOR, "WHEN", NULL},
	{"progress", required_argument, OPT_PROGRESS, "WHEN",
         N_("live progress on stderr: auto, always, never")},
	{"lang", required_argument, OPT_LANG, "LANG",
         N_("report language (default from the locale)")},
	{"list-signatures", no_argument, OPT_LIST_SIGS, NULL,
         N_("list the loaded signatures (--format=patterns: their patterns; jsonl: every field)")},
	{"explain", required_argument, OPT_EXPLAIN, "ID", N_("describe one signature")},
	{"check-signatures", no_argument, OPT_CHECK_SIGS, NULL,
         N_("lint and compile the signatures and run their examples")},
	{"max-depth", required_argument, OPT_MAX_DEPTH, "N",
         N_("archive nesting limit (default 16)")},
	{"max-expand", required_argument, OPT_MAX_EXPAND, "SIZE",
         N_("bytes decompressed per bundle (default 16G)")},
	{"max-line", required_argument, OPT_MAX_LINE, "SIZE",
         N_("longer lines are matched in pieces (default 1M)")},
	{"max-members", required_argument, OPT_MAX_MEMBERS, "N",
         N_("archive members per bundle (default 1000000)")},
	{"max-ratio", required_argument, OPT_MAX_RATIO, "N",
         N_("compression ratio treated as a bomb (default 200)")},
	{"follow-symlinks", no_argument, OPT_FOLLOW, NULL,
         N_("follow symbolic links below a directory, never out of it")},
	{"merge", no_argument, OPT_MERGE, NULL,
         N_("PATHs are JSON Lines outputs of other runs: merge them")},
	{"templates", no_argument, OPT_TEMPLATES, NULL,
         N_("mine line templates (--format=tsv: one line per input line; json, jsonl, text)")},
	{"suggest", required_argument, OPT_SUGGEST, "ID",
         N_("with --templates: print a draft signature for template ID")},
	{"help", no_argument, 'h', NULL, N_("show this help and exit")},
	{"version", no_argument, 'V', NULL, N_("show the version and exit")},
};
#define N_OPTS (sizeof opts / sizeof opts[0])

static void usage_line(FILE *f)
{
	fputs(_("Usage: logdx [OPTION]... [PATH]...\n"), f);
}

/* --format's line of --help: the report formats' names and the default
 * one, from lx_out_formats (the same words as its row in opts). */
static void format_help(const char *left)
{
	lx_buf names = {0}, line = {0};
	lx_out_format_names(&names);
	lx_buf_addf(&line, _("output format: %s (default %s)"), names.p, lx_out_formats[0].name);
	printf("  %-30s %s\n", left, line.p);
	lx_buf_free(&names);
	lx_buf_free(&line);
}

static void help(void)
{
	size_t i;
	usage_line(stdout);
	fputs(_("Diagnose failed Azure Backup (MARS) and Site Recovery Mobility service\n"
	        "installs from their log bundles: files, directories, archives, '-' for stdin.\n\n"),
	      stdout);
	for (i = 0; i < N_OPTS; i++) {
		char left[64];
		const opt_doc *o = &opts[i];
		if (!o->help)
			continue;
		if (o->val < 256)
			snprintf(left, sizeof left, "-%c, --%s%s%s", o->val, o->name,
			         o->arg ? "=" : "", o->arg ? o->arg : "");
		else
			snprintf(left, sizeof left, "    --%s%s%s", o->name, o->arg ? "=" : "",
			         o->arg ? o->arg : "");
		if (o->val == OPT_FORMAT)
			format_help(left);
		else
			printf("  %-30s %s\n", left, _(o->help));
	}
	fputs(_("\nExit status: 0 a diagnosis was reported, 1 none, 2 an error occurred.\n"
	        "See logdx(1) and logdx-signatures(5).\n"),
	      stdout);
}

static int bad(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static int bad(const char *fmt, ...)
{
	va_list ap;
	lx_buf raw = {0}, safe = {0};
	va_start(ap, fmt);
	lx_buf_vaddf(&raw, fmt, ap);
	va_end(ap);
	/* option values are the user's bytes: never raw to a terminal */
	lx_esc_term(&safe, raw.p ? raw.p : "", raw.len);
	fprintf(stderr, "logdx: %s\n", safe.p ? safe.p : "");
	lx_buf_free(&raw);
	lx_buf_free(&safe);
	usage_line(stderr);
	fputs(_("Try 'logdx --help' for more information.\n"), stderr);
	return 2;
}

/* --format=arg names no format: the message names the report formats
 * (lx_out_formats). */
static int unknown_format(const char *arg)
{
	lx_buf names = {0};
	int rc;
	lx_out_format_names(&names);
	rc = bad(_("unknown format '%s' (%s)"), arg, names.p);
	lx_buf_free(&names);
	return rc;
}

static int when_parse(const char *s)
{
	if (!strcmp(s, "auto"))
		return 0;
	if (!strcmp(s, "always") || !strcmp(s, "yes") || !strcmp(s, "force"))
		return 1;
	if (!strcmp(s, "never") || !strcmp(s, "no") || !strcmp(s, "none"))
		return 2;
	return -1;
}

/* Range-checked unsigned number for option name. */
static int number(const char *name, const char *s, unsigned long long lo, unsigned long long hi,
                  unsigned long long *out)
{
	char *end;
	unsigned long long v;
	errno = 0;
	if (!*s || *s == '-' || *s == '+')
		return bad(_("invalid number '%s' for --%s"), s, name);
	v = strtoull(s, &end, 10);
	if (errno || *end || v < lo || v > hi)
		return bad(_("invalid number '%s' for --%s"), s, name);
	*out = v;
	return 0;
}

static int size(const char *name, const char *s, uint64_t *out)
{
	if (lx_parse_size(s, out) != 0 || *out == 0)
		return bad(_("invalid size '%s' for --%s (a number with an optional K, M, G or T)"),
		           s, name);
	return 0;
}

const char *const lx_langs[] = {"en", "ru", "zh-CN", "zh-TW", "es", "fr", NULL};

/* The language of a tag or locale name: "fr", "fr_FR.UTF-8", "zh-Hant",
 * "zh_HK", "es_MX@euro"...  C and POSIX are English; Chinese is
 * Traditional for Taiwan, Hong Kong and Macao (or the Hant script) and
 * Simplified otherwise. */
const char *lx_lang_canon(const char *s)
{
	char base[16], rest[16];
	size_t n = 0, k = 0, i;
	if (!s)
		return NULL;
	if (!strcmp(s, "C") || !strncmp(s, "C.", 2) || !strcmp(s, "POSIX"))
		return "en";
	while (s[n] && s[n] != '_' && s[n] != '-' && s[n] != '.' && s[n] != '@') {
		if (n + 1 >= sizeof base)
			return NULL;
		base[n] = s[n];
		n++;
	}
	base[n] = '\0';
	if (s[n] == '_' || s[n] == '-') {
		const char *r = s + n + 1;
		while (r[k] && r[k] != '.' && r[k] != '@' && r[k] != '_' && r[k] != '-') {
			if (k + 1 >= sizeof rest)
				return NULL;
			rest[k] = r[k];
			k++;
		}
		if (!k)
			return NULL;
	}
	rest[k] = '\0';
	if (!strcasecmp(base, "zh")) {
		if (!strcasecmp(rest, "TW") || !strcasecmp(rest, "HK") || !strcasecmp(rest, "MO") ||
		    !strcasecmp(rest, "Hant"))
			return "zh-TW";
		return "zh-CN";
	}
	for (i = 0; lx_langs[i]; i++)
		if (!strcasecmp(base, lx_langs[i]))
			return lx_langs[i];
	return NULL;
}

const char *lx_lang_from_env(void)
{
	static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
	size_t i;
	for (i = 0; i < 3; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v) {
			const char *c = lx_lang_canon(v);
			return c ? c : "en";
		}
	}
	return "en";
}

static unsigned online_cpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	if (n < 1)
		return 1;
	return n > 256 ? 256 : (unsigned)n;
}

static void add_sig_path(lx_config *cfg, const char *p)
{
	cfg->sig_paths = lx_xrealloc(cfg->sig_paths,
	                             (cfg->n_sig_paths + 1) * sizeof *cfg->sig_paths);
	cfg->sig_paths[cfg->n_sig_paths++] = lx_xstrdup(p);
}

/* -A, -B and -C (as in grep, -A and -B win over -C whatever the order):
 * ctx[0] and ctx[1] are the lines before and after given by -B and -A,
 * ctx[2] those of -C (-1: not given). */
static int context_lines(int c, const char *arg, long ctx[3])
{
	char *end;
	unsigned long v;
	const char *opt = c == 'A' ? "after-context" : c == 'B' ? "before-context" : "context";
	errno = 0;
	v = strtoul(arg, &end, 10);
	if (!*arg || *arg == '-' || *arg == '+' || errno || *end)
		return bad(_("invalid number '%s' for --%s"), arg, opt);
	if (v > LX_CTX_MAX)
		return bad(_("--%s: at most %d lines of context, not %s"), opt, LX_CTX_MAX, arg);
	ctx[c == 'A' ? 1 : c == 'B' ? 0 : 2] = (long)v;
	return 0;
}

static int one(lx_config *cfg, int c, const char *name, const char *arg, long ctx[3])
{
	unsigned long long v;
	int w;
	size_t i;
	switch (c) {
	case OPT_FORMAT:
		for (i = 0; lx_out_formats[i].name; i++)
			if (!strcmp(arg, lx_out_formats[i].name)) {
				cfg->format = lx_out_formats[i].format;
				return 0;
			}
		return unknown_format(arg);
	case OPT_JSON:
		cfg->format = LX_FMT_JSON;
		return 0;
	case 'q':
		cfg->quiet = 1;
		return 0;
	case 'l':
		cfg->list_files = 1;
		return 0;
	case 'L':
		cfg->list_clean = 1;
		return 0;
	case 'c':
		cfg->count = 1;
		return 0;
	case 'S':
		add_sig_path(cfg, arg);
		return 0;
	case OPT_NO_DEFAULT_SIGS:
		cfg->no_default_sigs = 1;
		return 0;
	case OPT_MIN_SEVERITY:
	case OPT_FAIL_ON:
		w = lx_severity_parse(arg);
		if (w < 0)
			return bad(
				_("unknown severity '%s' for --%s (info, warning, error, critical)"),
				arg, name);
		if (c == OPT_FAIL_ON)
			cfg->fail_on = w;
		else
			cfg->min_severity = (lx_severity)w;
		return 0;
	case 'j':
		if (number("jobs", arg, 1, 1024, &v))
			return 2;
		cfg->jobs = (unsigned)v;
		return 0;
	case OPT_COLOR:
	case OPT_PROGRESS:
		w = when_parse(arg);
		if (w < 0)
			return bad(_("invalid argument '%s' for --%s (auto, always, never)"), arg,
			           name);
		if (c == OPT_COLOR)
			cfg->color_opt = w;
		else
			cfg->progress_opt = w;
		return 0;
	case OPT_LANG:
		cfg->lang = lx_lang_canon(arg);
		if (!cfg->lang)
			return bad(_("unknown language '%s' for --%s (available: %s)"), arg, name,
			           "en, ru, zh-CN, zh-TW, es, fr");
		/* what follows, --help and errors included, in that language */
		lx_i18n_init(cfg->lang);
		return 0;
	case OPT_LIST_SIGS:
		cfg->list_signatures = 1;
		return 0;
	case OPT_EXPLAIN:
		cfg->explain = arg;
		return 0;
	case OPT_CHECK_SIGS:
		cfg->check_signatures = 1;
		return 0;
	case OPT_MAX_DEPTH:
		if (number("max-depth", arg, 0, 1000, &v))
			return 2;
		cfg->max_depth = (unsigned)v;
		return 0;
	case OPT_MAX_EXPAND:
		return size("max-expand", arg, &cfg->max_expand);
	case OPT_MAX_LINE: {
		uint64_t s;
		if (size("max-line", arg, &s))
			return 2;
		if (s < 64 || s > (64u << 20))
			return bad(_("--max-line must be between 64 and 64M, not '%s'"), arg);
		cfg->max_line = (size_t)s;
		return 0;
	}
	case OPT_MAX_MEMBERS:
		if (number("max-members", arg, 1, UINT64_MAX, &v))
			return 2;
		cfg->max_members = v;
		return 0;
	case OPT_MAX_RATIO:
		if (number("max-ratio", arg, 2, UINT64_MAX, &v))
			return 2;
		cfg->max_ratio = v;
		return 0;
	case OPT_MERGE:
		cfg->merge = 1;
		return 0;
	case OPT_FOLLOW:
		cfg->follow_symlinks = 1;
		return 0;
	case OPT_TEMPLATES:
		cfg->templates = 1;
		return 0;
	case OPT_SUGGEST:
		cfg->templates = 1;
		cfg->suggest = arg;
		return 0;
	case OPT_PER_BUNDLE:
		cfg->per_bundle = 1;
		return 0;
	case OPT_LINE_BUFFERED:
		cfg->line_buffered = 1;
		return 0;
	case OPT_INCLUDE_RESOLVED:
		cfg->include_resolved = 1;
		return 0;
	case OPT_NO_UNREC:
		cfg->no_unrec = 1;
		return 0;
	case OPT_FILES:
		cfg->list_files_detail = 1;
		return 0;
	case 'A':
	case 'B':
	case 'C':
		return context_lines(c, arg, ctx);
	}
	return 2;
}

int lx_options_parse(int argc, char **argv, lx_config *cfg)
{
	struct option lopts[N_OPTS + 1];
	char shorts[64];
	size_t i, ns = 0;
	int c, idx, rc = 0, want_help = 0;
	long ctx[3] = {-1, -1, -1};

	memset(cfg, 0, sizeof *cfg);
	cfg->format = LX_FMT_TEXT;
	cfg->min_severity = LX_SEV_WARNING;
	cfg->fail_on = -1;
	cfg->jobs = online_cpus();
	cfg->max_depth = 16;
	cfg->max_expand = (uint64_t)16 << 30;
	cfg->max_line = 1u << 20;
	cfg->max_members = 1000000;
	cfg->max_ratio = 200;

	for (i = 0; i < N_OPTS; i++) {
		lopts[i].name = opts[i].name;
		lopts[i].has_arg = opts[i].has_arg;
		lopts[i].flag = NULL;
		lopts[i].val = opts[i].val;
		if (opts[i].val < 256 && !memchr(shorts, opts[i].val, ns)) {
			shorts[ns++] = (char)opts[i].val;
			if (opts[i].has_arg == required_argument)
				shorts[ns++] = ':';
		}
	}
	memset(&lopts[N_OPTS], 0, sizeof lopts[N_OPTS]);
	shorts[ns] = '\0';

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, shorts, lopts, &idx)) != -1) {
		if (c == 'h') {
			/* after the other options: --help --lang=fr is French */
			want_help = 1;
			continue;
		}
		if (c == 'V') {
			printf("logdx %s\n", PACKAGE_VERSION);
			return 1;
		}
		if (c == '?' || c == ':') {
			/* the option as given: "--format" (without "=..."), or
			 * "-C"; a long option's optopt is its value (256 up), no
			 * character */
			const char *arg = optind > 0 && optind <= argc ? argv[optind - 1] : "";
			char what[64];
			if (!strncmp(arg, "--", 2))
				snprintf(what, sizeof what, "%.*s", (int)strcspn(arg, "="), arg);
			else if (optopt > 0 && optopt < 256)
				snprintf(what, sizeof what, "-%c", optopt);
			else
				snprintf(what, sizeof what, "%s", arg);
			if (c == ':' || (optopt > 0 && optopt < 256 && strchr(shorts, optopt)) ||
			    (optopt >= 256 && !strncmp(arg, "--", 2)))
				return bad(_("option '%s' requires an argument"), what);
			return bad(_("unknown option '%s'"), what);
		}
		rc = one(cfg, c, c >= 256 ? lopts[idx].name : "", optarg, ctx);
		if (rc)
			return rc;
	}
	for (; optind < argc; optind++) {
		cfg->paths = lx_xrealloc(cfg->paths, (cfg->n_paths + 1) * sizeof *cfg->paths);
		cfg->paths[cfg->n_paths++] = lx_xstrdup(argv[optind]);
	}
	if (want_help) {
		help();
		return 1;
	}
	if (!cfg->lang)
		cfg->lang = lx_lang_from_env();
	cfg->ctx_before = (unsigned)(ctx[0] >= 0 ? ctx[0] : ctx[2] >= 0 ? ctx[2] : 0);
	cfg->ctx_after = (unsigned)(ctx[1] >= 0 ? ctx[1] : ctx[2] >= 0 ? ctx[2] : 0);
	if (cfg->format == LX_FMT_PATTERNS && !cfg->list_signatures)
		return bad(_("--format=patterns only works with --list-signatures"));
	if (cfg->format == LX_FMT_TSV && !cfg->templates)
		return bad(_("--format=tsv only works with --templates"));
	{
		const char *nc = getenv("NO_COLOR");
		const char *term = getenv("TERM");
		if (cfg->color_opt == 1)
			cfg->color = 1;
		else if (cfg->color_opt == 0)
			cfg->color = isatty(STDOUT_FILENO) && !(nc && *nc) &&
			             !(term && !strcmp(term, "dumb"));
	}
	if (cfg->progress_opt == 1)
		cfg->progress = 1;
	else if (cfg->progress_opt == 0)
		cfg->progress = isatty(STDERR_FILENO);
	return 0;
}

void lx_config_free(lx_config *cfg)
{
	size_t i;
	if (!cfg)
		return;
	for (i = 0; i < cfg->n_sig_paths; i++)
		free(cfg->sig_paths[i]);
	free(cfg->sig_paths);
	for (i = 0; i < cfg->n_paths; i++)
		free(cfg->paths[i]);
	free(cfg->paths);
	memset(cfg, 0, sizeof *cfg);
}

void lx_options_names(void (*fn)(const char *name, void *ud), void *ud)
{
	size_t i;
	for (i = 0; i < N_OPTS; i++)
		if (opts[i].help)
			fn(opts[i].name, ud);
}
