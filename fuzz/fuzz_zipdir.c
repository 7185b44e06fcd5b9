/* fuzz_zipdir - a zip file's central directory (src/zipdir.c) on arbitrary
 * bytes held in memory.  Odd-sized inputs are handed over at most 3 bytes
 * a read, so that every read loop meets short reads.  When a directory is
 * read, its entries must be in order and each must be found again by
 * lx_zipdir_find() at its own offset; the local headers are then walked. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "zipdir.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

typedef struct mem {
	const uint8_t *p;
	size_t n;
	size_t most; /* bytes a read may return */
} mem;

static ssize_t mem_read(void *ud, uint64_t off, void *buf, size_t n)
{
	const mem *m = ud;
	if (off >= m->n)
		return 0;
	if (n > m->n - off)
		n = (size_t)(m->n - off);
	if (n > m->most)
		n = m->most;
	memcpy(buf, m->p + off, n);
	return (ssize_t)n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	mem m;
	lx_zipdir d;
	size_t i;
	m.p = data;
	m.n = size;
	m.most = size & 1 ? 3 : SIZE_MAX;
	if (lx_zipdir_read(&d, size, mem_read, &m)) {
		if (d.ent || d.n)
			abort(); /* a reason leaves the directory empty */
		return 0;
	}
	for (i = 0; i < d.n; i++) {
		const lx_zipent *e = lx_zipdir_find(&d, d.ent[i].lho);
		if (i && d.ent[i - 1].lho > d.ent[i].lho)
			abort();
		if (!e || e->lho != d.ent[i].lho)
			abort();
		/* the last entry at that offset answers */
		if (i + 1 == d.n || d.ent[i + 1].lho != d.ent[i].lho)
			if (e != &d.ent[i])
				abort();
	}
	(void)lx_zipdir_locals(&d, mem_read, &m);
	lx_zipdir_free(&d);
	return 0;
}
