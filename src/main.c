/* main.c - wires the pipeline: options, signatures, the command to run.
 * Every outcome goes to the exit status's one owner (exitstat.c). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "escape.h"
#include "exitstat.h"
#include "i18n.h"
#include "merge.h"
#include "options.h"
#include "out.h"
#include "report.h"
#include "run.h"
#include "sigdb.h"
#include "sigtool.h"
#include "tplrun.h"

#ifndef LX_PKGSIGDIR
#define LX_PKGSIGDIR "/usr/local/share/logdx/signatures"
#endif
#ifndef LX_SRCSIGDIR
#define LX_SRCSIGDIR "signatures"
#endif

static int is_dir(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The default signature location: $LOGDX_SIGNATURES, the signatures/
 * directory next to a binary run from its build tree, the installed packs,
 * the source tree the binary was configured in. */
static const char *default_sigs(char *buf, size_t n)
{
	const char *env = getenv("LOGDX_SIGNATURES");
	if (env && *env)
		return env;
	if (lx_exe_relative(buf, n, "../signatures"))
		return buf;
	if (is_dir(LX_PKGSIGDIR))
		return LX_PKGSIGDIR;
	return LX_SRCSIGDIR;
}

/* Reports that the signature file path (then "/" and name, when name is
 * not NULL) is not a regular file; its name escaped. */
static void not_regular(const char *path, const char *name)
{
	lx_buf raw = {0}, safe = {0};
	lx_buf_adds(&raw, path);
	if (name) {
		if (raw.len && raw.p[raw.len - 1] != '/')
			lx_buf_addc(&raw, '/');
		lx_buf_adds(&raw, name);
	}
	lx_esc_term(&safe, raw.p, raw.len);
	fprintf(stderr, "logdx: %s: %s\n", safe.p, _("not a regular file"));
	lx_buf_free(&raw);
	lx_buf_free(&safe);
}

/* Whether the signature path (a file, or a directory of *.sig files) can
 * be loaded without blocking: a FIFO or a device among them would wait
 * forever when opened.  Reports each one that is not a regular file. */
static int sigs_regular(const char *path)
{
	struct stat st;
	struct dirent *e;
	DIR *d;
	int ok = 1;
	if (stat(path, &st) != 0)
		return 1; /* the loader says why */
	if (!S_ISDIR(st.st_mode)) {
		if (!S_ISREG(st.st_mode))
			not_regular(path, NULL);
		return S_ISREG(st.st_mode);
	}
	d = opendir(path);
	if (!d)
		return 1;
	while ((e = readdir(d)) != NULL) {
		size_t l = strlen(e->d_name);
		if (e->d_name[0] == '.' || l < 5 || strcmp(e->d_name + l - 4, ".sig"))
			continue;
		if (fstatat(dirfd(d), e->d_name, &st, 0) == 0 && !S_ISREG(st.st_mode)) {
			not_regular(path, e->d_name);
			ok = 0;
		}
	}
	closedir(d);
	return ok;
}

static int load(lx_sigdb *db, const char *path)
{
	return sigs_regular(path) ? lx_sigdb_load(db, path, stderr) : 1;
}

static int load_sigs(const lx_config *cfg, lx_sigdb *db)
{
	char buf[PATH_MAX + 32];
	size_t i;
	int problems = 0;
	if (!cfg->no_default_sigs)
		problems += load(db, default_sigs(buf, sizeof buf));
	for (i = 0; i < cfg->n_sig_paths; i++)
		problems += load(db, cfg->sig_paths[i]);
	if (!problems)
		problems += lx_sigdb_compile(db, stderr);
	if (!problems && db->n == 0 && !cfg->check_signatures) {
		fprintf(stderr, "logdx: %s\n",
		        _("no signatures loaded (see -S and LOGDX_SIGNATURES)"));
		problems = 1;
	}
	return problems;
}

/* --explain: the signature's fields come from signature files, so the
 * description is written with its control characters escaped, line by
 * line (an unknown id too, as an option value). */
static int explain(const lx_sigdb *db, const lx_config *cfg)
{
	char *text = NULL;
	size_t len = 0, i = 0;
	lx_buf safe = {0};
	FILE *m;
	int rc;
	if (!lx_sigdb_find(db, cfg->explain)) {
		lx_esc_term(&safe, cfg->explain, strlen(cfg->explain));
		lx_sigtool_no_such(safe.p);
		lx_buf_free(&safe);
		return 2;
	}
	m = open_memstream(&text, &len);
	if (!m)
		return lx_sigtool_explain(db, cfg, cfg->explain, stdout);
	rc = lx_sigtool_explain(db, cfg, cfg->explain, m);
	fclose(m);
	while (i < len) {
		const char *nl = memchr(text + i, '\n', len - i);
		size_t e = nl ? (size_t)(nl - text) : len;
		lx_buf_reset(&safe);
		lx_esc_term(&safe, text + i, e - i);
		if (safe.len)
			fwrite(safe.p, 1, safe.len, stdout);
		putchar('\n');
		i = e + 1;
	}
	lx_buf_free(&safe);
	free(text);
	return rc;
}

int main(int argc, char **argv)
{
	lx_config cfg;
	lx_sigdb *db = NULL;
	lx_exitstat status;
	int rc;
	/* libarchive turns zip members' DOS times into epoch seconds with
	 * mktime(), and glibc, with TZ unset, looks at /etc/localtime again
	 * on every call (two stat() calls per member): name that same zone
	 * once */
	if (!getenv("TZ"))
		(void)setenv("TZ", ":/etc/localtime", 0);
	/* the messages in the locale's language (until --lang says otherwise:
	 * lx_options_parse) */
	lx_i18n_init(lx_lang_from_env());
	lx_exit_init(&status, &cfg);
	rc = lx_options_parse(argc, argv, &cfg);
	if (rc) {
		/* --help and --version (1) are done; anything else is a usage
		 * error */
		if (rc == 1)
			lx_exit_command(&status, 0);
		else
			lx_exit_grade(&status, LX_FATAL);
		goto flush;
	}
	/* --templates reads logs without signatures */
	if (cfg.templates) {
		lx_tpl_run(&cfg, &status);
		goto flush;
	}
	db = lx_sigdb_new();
	/* --merge prints what other runs found: it needs no signatures */
	if (!cfg.merge && load_sigs(&cfg, db)) {
		lx_exit_grade(&status, LX_FATAL);
		goto out;
	}
	if (cfg.check_signatures)
		lx_exit_command(&status, lx_sigtool_check(db, stdout, stderr));
	else if (cfg.list_signatures)
		lx_exit_command(&status, lx_sigtool_list(db, &cfg, stdout));
	else if (cfg.explain)
		lx_exit_command(&status, explain(db, &cfg));
	else if (cfg.merge)
		lx_merge(&cfg, &status);
	else
		lx_run(&cfg, db, &status);
flush: /* --help and --version too: a write error is an error */
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno != EPIPE)
			fprintf(stderr, "logdx: %s: %s\n", _("write error"), strerror(errno));
		lx_exit_grade(&status, LX_FATAL);
	}
out:
	rc = lx_exit_code(&status);
	lx_sigdb_free(db);
	lx_config_free(&cfg);
	return rc;
}
