/* fuzz_json - the JSON reader and --merge on an arbitrary shard: every
 * line parsed, every event checked, the merged report printed (to
 * /dev/null) in the format the first byte picks. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "merge.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int ready;
	lx_config cfg;
	lx_emitter em;
	lx_exitstat st;
	FILE *f;
	if (!ready) {
		if (!freopen("/dev/null", "w", stdout))
			return 0;
		ready = 1;
	}
	if (size < 1)
		return 0;
	memset(&cfg, 0, sizeof cfg);
	cfg.format = (lx_format)(data[0] % LX_FMT_PATTERNS);
	cfg.min_severity = (lx_severity)((data[0] >> 4) & 3);
	cfg.fail_on = -1;
	cfg.jobs = 1;
	cfg.lang = "en";
	cfg.merge = 1;
	f = fmemopen((void *)(uintptr_t)(data + 1), size - 1 ? size - 1 : 1, "r");
	if (!f)
		return 0;
	lx_exit_init(&st, &cfg);
	lx_emit_init(&em, &cfg, 0, &st);
	if (size > 1)
		lx_merge_shard(&em, "fuzz.jsonl", f);
	lx_emit_finish(&em);
	(void)lx_exit_code(&st);
	fclose(f);
	fflush(stdout);
	return 0;
}
