/* fuzz_archive - the archive reader on arbitrary bytes held in memory (a
 * memfd), with every limit small: nesting 4, 1 MiB expanded, 64 members,
 * ratio 100.  Odd-sized inputs are read as a pipe would be (no seeking),
 * even-sized ones as a regular file. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "archive.h"
#include "fuzz_sink.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	lx_config cfg;
	lx_input_stats stats;
	lx_reader r;
	lx_sink sink;
	fuzz_state st;
	size_t off = 0;
	int fd = memfd_create("fuzz", MFD_CLOEXEC);

	if (fd < 0)
		abort();
	while (off < size) {
		ssize_t n = write(fd, data + off, size - off);
		if (n <= 0)
			abort();
		off += (size_t)n;
	}
	if (lseek(fd, 0, SEEK_SET) != 0)
		abort();
	memset(&cfg, 0, sizeof cfg);
	cfg.max_depth = 4;
	cfg.max_expand = 1u << 20;
	cfg.max_line = 4096;
	cfg.max_members = 64;
	cfg.max_ratio = 100;
	memset(&stats, 0, sizeof stats);
	fuzz_sink_init(&sink, &st, cfg.max_line);
	lx_reader_init(&r, &cfg, &sink, &stats, "fuzz.bin");
	lx_archive_read_fd(&r, fd, !(size & 1), LX_MTIME_UNKNOWN);
	if (st.in_file || r.chain.n != 1)
		abort();
	lx_reader_fini(&r);
	close(fd);
	return 0;
}
