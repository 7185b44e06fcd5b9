/* fuzz_sigparse - the signature file parser and compiler on arbitrary
 * text; whatever loads and compiles is then run over the text itself. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "lines.h"
#include "match.h"
#include "sigdb.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void on_hit(void *ud, const lx_hit *h)
{
	(void)ud;
	(void)h;
}

static void feed(void *fh, const char *buf, size_t len, uint64_t first)
{
	lx_matcher_feed(fh, buf, len, first);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *sink_err;
	lx_sigdb *db = lx_sigdb_new();

	if (!sink_err)
		sink_err = fopen("/dev/null", "w");
	lx_sigdb_load_text(db, "fuzz.sig", (const char *)data, size, sink_err);
	if (lx_sigdb_compile(db, sink_err) == 0) {
		lx_matcher *m = lx_matcher_new(db);
		if (m && lx_matcher_begin(m, "ASRUnifiedAgentInstaller.log", 0, on_hit, NULL)) {
			lx_sink k = {0};
			lx_lines *l = lx_lines_new(1024);
			k.lines = feed;
			lx_lines_start(l, &k, m);
			lx_lines_feed(l, data, size);
			lx_lines_finish(l);
			lx_lines_free(l);
			lx_matcher_end(m);
		}
		lx_matcher_free(m);
	}
	lx_sigdb_free(db);
	return 0;
}
