/* main.c - wires the pipeline and owns the exit status. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

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
	ssize_t l;
	if (env && *env)
		return env;
	l = readlink("/proc/self/exe", buf, n - 1);
	if (l > 0 && (size_t)l < n - 20) {
		char *slash;
		buf[l] = '\0';
		slash = strrchr(buf, '/');
		if (slash) {
			memcpy(slash + 1, "../signatures", sizeof "../signatures");
			if (is_dir(buf))
				return buf;
		}
	}
	if (is_dir(LX_PKGSIGDIR))
		return LX_PKGSIGDIR;
	return LX_SRCSIGDIR;
}

static int load_sigs(const lx_config *cfg, lx_sigdb *db)
{
	char buf[PATH_MAX + 32];
	size_t i;
	int problems = 0;
	if (!cfg->no_default_sigs)
		problems += lx_sigdb_load(db, default_sigs(buf, sizeof buf), stderr);
	for (i = 0; i < cfg->n_sig_paths; i++)
		problems += lx_sigdb_load(db, cfg->sig_paths[i], stderr);
	if (!problems)
		problems += lx_sigdb_compile(db, stderr);
	if (!problems && db->n == 0 && !cfg->check_signatures) {
		fputs("logdx: no signatures loaded (see -S and LOGDX_SIGNATURES)\n", stderr);
		problems = 1;
	}
	return problems;
}

int main(int argc, char **argv)
{
	lx_config cfg;
	lx_sigdb *db = NULL;
	int rc;
	/* libarchive turns zip members' DOS times into epoch seconds with
	 * mktime(), and glibc, with TZ unset, looks at /etc/localtime again
	 * on every call (two stat() calls per member): name that same zone
	 * once */
	if (!getenv("TZ"))
		(void)setenv("TZ", ":/etc/localtime", 0);
	rc = lx_options_parse(argc, argv, &cfg);
	if (rc) {
		rc = rc == 1 ? 0 : 2;
		goto flush;
	}
	/* --templates reads logs without signatures */
	if (cfg.templates) {
		rc = lx_tpl_run(&cfg);
		goto flush;
	}
	db = lx_sigdb_new();
	/* --merge prints what other runs found: it needs no signatures */
	if (!cfg.merge && load_sigs(&cfg, db)) {
		rc = 2;
		goto out;
	}
	if (cfg.check_signatures)
		rc = lx_sigtool_check(db, stdout, stderr);
	else if (cfg.list_signatures)
		rc = lx_sigtool_list(db, &cfg, stdout);
	else if (cfg.explain)
		rc = lx_sigtool_explain(db, &cfg, cfg.explain, stdout);
	else
		rc = lx_run(&cfg, db);
flush: /* --help and --version too: a write error is an error */
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno != EPIPE)
			fprintf(stderr, "logdx: write error: %s\n", strerror(errno));
		rc = 2;
	}
out:
	lx_sigdb_free(db);
	lx_config_free(&cfg);
	return rc;
}
