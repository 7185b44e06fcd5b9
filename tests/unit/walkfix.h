/* walkfix.h - the fixture of the suites that walk bundles written at test
 * time: a fresh directory, made the working directory and removed after,
 * and a configuration with the limits of the command line's defaults.
 * WALKFIX_NAME (defined before this header is included) names the
 * directory: $TMPDIR/<name>.XXXXXX. */
#ifndef LX_TEST_WALKFIX_H
#define LX_TEST_WALKFIX_H

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "options.h"

static char tmpdir[4096];
static lx_config cfg;

static void setup(void)
{
	const char *t = getenv("TMPDIR");
	snprintf(tmpdir, sizeof tmpdir, "%s/" WALKFIX_NAME ".XXXXXX", t && *t ? t : "/tmp");
	ck_assert_ptr_nonnull(mkdtemp(tmpdir));
	ck_assert_int_eq(chdir(tmpdir), 0);
	memset(&cfg, 0, sizeof cfg);
	cfg.max_depth = 16;
	cfg.max_expand = (uint64_t)16 << 30;
	cfg.max_line = 1u << 20;
	cfg.max_members = 1000000;
	cfg.max_ratio = 1000;
}

static void teardown(void)
{
	char cmd[4200];
	int rc;
	if (chdir("/") == 0) {
		snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
		rc = system(cmd);
		(void)rc;
	}
}

static void write_file(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");
	ck_assert_ptr_nonnull(f);
	ck_assert_uint_eq(fwrite(data, 1, len, f), len);
	ck_assert_int_eq(fclose(f), 0);
}

#endif
