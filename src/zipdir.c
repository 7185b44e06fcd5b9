/* zipdir.c - a zip file's central directory.  See zipdir.h.
 *
 * The records read (APPNOTE.TXT, 4.3): the end of central directory (22
 * bytes and a comment of up to 65535, the last thing in the file), the
 * zip64 end of central directory locator (20 bytes just before it) and
 * record (56 bytes or more), the central directory headers (46 bytes,
 * then name, extra field and comment), the local file headers (30 bytes,
 * then name and extra field) and the data descriptors (12 or 16 bytes, 20
 * or 24 for a zip64 entry).  Every read is bounded by the file's size and
 * every offset is checked before it is added to. */
#include "zipdir.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "i18n.h"
#include "util.h"

#define ZIP_BUF (64u * 1024u)      /* a forwards read: a record and its names */
#define ZIP_END_MAX (22u + 65535u) /* the end record with the longest comment */
#define ZIP_CD_MIN 46u             /* a central directory header */
#define ZIP_LOCAL 30u              /* a local file header */
#define ZIP_MAX32 0xFFFFFFFFu      /* a 32-bit field held in the zip64 extra */
#define ZIP_MAX16 0xFFFFu          /* a 16-bit count held in the zip64 record */

const char lx_zip_no_end[] = N_("zip end of central directory missing (truncated?)");
const char lx_zip_damaged[] = N_("zip central directory damaged");
const char lx_zip_disagrees[] = N_("zip central directory disagrees with the local headers");

static unsigned le16(const unsigned char *p)
{
	return (unsigned)p[0] | (unsigned)p[1] << 8;
}

static uint64_t le32(const unsigned char *p)
{
	return (uint64_t)le16(p) | (uint64_t)le16(p + 2) << 16;
}

static uint64_t le64(const unsigned char *p)
{
	return le32(p) | le32(p + 4) << 32;
}

/* Buffered forwards reads. */
typedef struct zbuf {
	lx_zip_read_fn rd;
	void *ud;
	uint64_t at; /* file offset of b[0] */
	size_t n;
	unsigned char b[ZIP_BUF];
} zbuf;

static zbuf *zbuf_new(lx_zip_read_fn rd, void *ud)
{
	zbuf *z = lx_xmalloc(sizeof *z);
	z->rd = rd;
	z->ud = ud;
	z->at = z->n = 0;
	return z;
}

/* Fills buf with the n bytes at off.  Returns 0, or -1 when they are not
 * all there. */
static int read_all(lx_zip_read_fn rd, void *ud, uint64_t off, unsigned char *buf, size_t n)
{
	size_t got = 0;
	while (got < n) {
		ssize_t k = rd(ud, off + got, buf + got, n - got);
		if (k <= 0)
			return -1;
		got += (size_t)k;
	}
	return 0;
}

/* The k <= ZIP_BUF bytes at off, or NULL when they are not all there. */
static const unsigned char *zget(zbuf *z, uint64_t off, size_t k)
{
	if (off < z->at || off - z->at > z->n || k > z->n - (size_t)(off - z->at)) {
		size_t got = 0;
		z->at = off;
		while (got < sizeof z->b) {
			ssize_t r = z->rd(z->ud, off + got, z->b + got, sizeof z->b - got);
			if (r <= 0)
				break;
			got += (size_t)r;
		}
		z->n = got;
		if (k > z->n)
			return NULL;
	}
	return z->b + (off - z->at);
}

/* The zip64 extended information field (id 1) of the extra field x[0..n):
 * its data and length, or NULL. */
static const unsigned char *zip64_field(const unsigned char *x, size_t n, size_t *len)
{
	size_t i = 0;
	while (n - i >= 4) {
		unsigned id = le16(x + i), k = le16(x + i + 2);
		if (k > n - i - 4)
			return NULL;
		if (id == 1) {
			*len = k;
			return x + i + 4;
		}
		i += 4 + k;
	}
	return NULL;
}

/* The 64-bit values that replace the 32-bit fields marked full, in the
 * order the field holds them (uncompressed size, compressed size, local
 * header offset).  Returns 0, or -1 when one is missing. */
static int zip64_values(const unsigned char *x, size_t n, uint64_t *v[], size_t nv)
{
	size_t len = 0, at = 0, i;
	const unsigned char *f = NULL;
	for (i = 0; i < nv; i++) {
		if (*v[i] != ZIP_MAX32)
			continue;
		if (!f && !(f = zip64_field(x, n, &len)))
			return -1;
		if (len - at < 8)
			return -1;
		*v[i] = le64(f + at);
		at += 8;
	}
	return 0;
}

static int cmp_ent(const void *a, const void *b)
{
	const lx_zipent *x = a, *y = b;
	if (x->lho != y->lho)
		return x->lho < y->lho ? -1 : 1;
	return 0;
}

size_t lx_zip_find_end(const unsigned char *t, size_t n)
{
	size_t z = n, k;
	while (z && !t[z - 1])
		z--;
	for (k = n >= 22 ? n - 22 + 1 : 0; k-- > 0;) {
		size_t e;
		if (memcmp(t + k, "PK\5\6", 4))
			continue;
		e = k + 22 + le16(t + k + 20);
		if (e <= n && e >= z)
			return k;
	}
	return SIZE_MAX;
}

/* Finds the end record in the last bytes of the file and reads where the
 * directory is: *cd_off, *cd_size, *entries, and *end, the offset of the
 * first record after the directory.  Returns NULL or the reason. */
static const char *find_end(uint64_t size, lx_zip_read_fn rd, void *ud, uint64_t *cd_off,
                            uint64_t *cd_size, uint64_t *entries, uint64_t *end)
{
	size_t n = size < ZIP_END_MAX ? (size_t)size : ZIP_END_MAX, found;
	unsigned char *t, loc[20], rec[56];
	uint64_t eocd, r64;
	const char *why = NULL;

	if (n < 22)
		return lx_zip_no_end;
	t = lx_xmalloc(n);
	if (read_all(rd, ud, size - n, t, n)) {
		free(t);
		return lx_zip_no_end;
	}
	found = lx_zip_find_end(t, n);
	if (found == SIZE_MAX) {
		free(t);
		return lx_zip_no_end;
	}
	eocd = size - n + found;
	*entries = le16(t + found + 10);
	*cd_size = le32(t + found + 12);
	*cd_off = le32(t + found + 16);
	*end = eocd;
	free(t);
	/* zip64: the locator just before the end record names the record
	 * that holds the full counts */
	if (eocd >= 20 && !read_all(rd, ud, eocd - 20, loc, 20) && !memcmp(loc, "PK\6\7", 4)) {
		r64 = le64(loc + 8);
		if (r64 > eocd - 20 || eocd - 20 - r64 < 56 || read_all(rd, ud, r64, rec, 56) ||
		    memcmp(rec, "PK\6\6", 4))
			return lx_zip_damaged;
		*entries = le64(rec + 32);
		*cd_size = le64(rec + 40);
		*cd_off = le64(rec + 48);
		*end = r64;
	} else if (*entries == ZIP_MAX16 || *cd_size == ZIP_MAX32 || *cd_off == ZIP_MAX32) {
		why = lx_zip_damaged; /* marked zip64, without its record */
	}
	return why;
}

const char *lx_zipdir_entries(uint64_t size, lx_zip_read_fn rd, void *ud, uint64_t *entries)
{
	uint64_t cd_off, cd_size, end;
	return find_end(size, rd, ud, &cd_off, &cd_size, entries, &end);
}

const char *lx_zipdir_read(lx_zipdir *d, uint64_t size, lx_zip_read_fn rd, void *ud)
{
	uint64_t cd_off, cd_size, entries, end, off, i;
	const char *why = NULL;
	zbuf *z;

	memset(d, 0, sizeof *d);
	why = find_end(size, rd, ud, &cd_off, &cd_size, &entries, &end);
	if (why)
		return why;
	if (cd_off > end || cd_size > end - cd_off || entries > cd_size / ZIP_CD_MIN)
		return lx_zip_damaged;
	z = zbuf_new(rd, ud);
	d->ent = lx_xcalloc(entries ? (size_t)entries : 1, sizeof *d->ent);
	d->cd_off = cd_off;
	for (i = 0, off = cd_off; i < entries; i++) {
		const unsigned char *h = zget(z, off, ZIP_CD_MIN), *x;
		uint64_t usize, csize, lho, skip;
		unsigned nl, xl;
		if (!h || memcmp(h, "PK\1\2", 4)) {
			why = lx_zip_damaged;
			break;
		}
		csize = le32(h + 20);
		usize = le32(h + 24);
		lho = le32(h + 42);
		nl = le16(h + 28);
		xl = le16(h + 30);
		skip = ZIP_CD_MIN + nl + xl + le16(h + 32);
		if (csize == ZIP_MAX32 || usize == ZIP_MAX32 || lho == ZIP_MAX32) {
			uint64_t *v[] = {&usize, &csize, &lho};
			x = zget(z, off + ZIP_CD_MIN + nl, xl);
			if (!x || zip64_values(x, xl, v, 3)) {
				why = lx_zip_damaged;
				break;
			}
		}
		d->ent[i].lho = lho;
		d->ent[i].csize = csize;
		d->ent[i].usize = usize;
		/* no overflow: a header is read below the file's size before
		 * its length is added */
		off += skip;
	}
	free(z);
	if (why) {
		lx_zipdir_free(d);
		return why;
	}
	d->n = (size_t)entries;
	qsort(d->ent, d->n, sizeof *d->ent, cmp_ent);
	return NULL;
}

const char *lx_zipdir_locals(const lx_zipdir *d, lx_zip_read_fn rd, void *ud)
{
	const unsigned char *h;
	uint64_t off = 0;
	size_t i;
	const char *why = NULL;
	zbuf *z = zbuf_new(rd, ud);

	/* the directory's entries in the file's order, each local header
	 * right after the one before (or its data descriptor), the last one
	 * ending where the directory starts: a stream reads the same members */
	for (i = 0; i < d->n; i++) {
		const lx_zipent *e = &d->ent[i];
		uint64_t next = i + 1 < d->n ? d->ent[i + 1].lho : d->cd_off, step, dd;
		unsigned flags, nl, xl;
		h = zget(z, off, ZIP_LOCAL);
		if (e->lho != off || next < off || !h || memcmp(h, "PK\3\4", 4))
			break;
		flags = le16(h + 6);
		nl = le16(h + 26);
		xl = le16(h + 28);
		step = ZIP_LOCAL + nl + xl;
		if (e->csize > next - off || step > next - off - e->csize)
			break;
		off += step + e->csize;
		if (flags & 8) {
			/* a data descriptor, with or without its signature; its
			 * sizes take 8 bytes each after a zip64 field, but some
			 * writers give 4 there: either is taken, the directory
			 * saying where the next header is */
			h = zget(z, off, 4);
			dd = h && !memcmp(h, "PK\7\10", 4) ? 16 : 12;
			if (next - off != dd && next - off != dd + 8)
				break;
			off = next;
		}
		if (off != next)
			break;
	}
	if (i != d->n || off != d->cd_off)
		why = lx_zip_disagrees;
	free(z);
	return why;
}

const char *lx_zipdir_load(lx_zipdir *d, uint64_t size, lx_zip_read_fn rd, void *ud, int *big)
{
	uint64_t entries;
	const char *why = lx_zipdir_entries(size, rd, ud, &entries);
	memset(d, 0, sizeof *d);
	*big = !why && entries > LX_ZIP_DIR_MAX;
	if (why || *big)
		return why;
	why = lx_zipdir_read(d, size, rd, ud);
	if (!why)
		why = lx_zipdir_locals(d, rd, ud);
	if (why)
		lx_zipdir_free(d);
	return why;
}

const char *lx_zip_tail_check(const unsigned char *t, size_t n, uint64_t end, uint64_t entries)
{
	size_t found = lx_zip_find_end(t, n);
	uint64_t listed, cd_size, cd_off, eocd;
	if (found == SIZE_MAX)
		return lx_zip_no_end;
	listed = le16(t + found + 10);
	cd_size = le32(t + found + 12);
	cd_off = le32(t + found + 16);
	if (listed == ZIP_MAX16 || cd_off == ZIP_MAX32 || cd_size == ZIP_MAX32)
		return NULL; /* zip64: not checked */
	eocd = end - (n - found);
	if (listed != entries)
		return lx_zip_disagrees;
	if (cd_size > eocd || (listed && cd_size < ZIP_CD_MIN) ||
	    (listed && cd_size <= found && memcmp(t + found - cd_size, "PK\1\2", 4)))
		return lx_zip_damaged;
	return NULL;
}

ssize_t lx_zipfile_pread(void *ud, uint64_t off, void *buf, size_t n)
{
	const lx_zipfile *f = ud;
	ssize_t k;
	if (off > (uint64_t)INT64_MAX - (uint64_t)f->base)
		return 0;
	do
		k = pread(f->fd, buf, n, f->base + (off_t)off);
	while (k < 0 && errno == EINTR);
	return k;
}

const lx_zipent *lx_zipdir_find(const lx_zipdir *d, uint64_t off)
{
	size_t lo = 0, hi = d->n;
	while (lo < hi) { /* the first entry whose local header is after off */
		size_t mid = lo + (hi - lo) / 2;
		if (d->ent[mid].lho <= off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo ? &d->ent[lo - 1] : NULL;
}

void lx_zipdir_free(lx_zipdir *d)
{
	free(d->ent);
	memset(d, 0, sizeof *d);
}
