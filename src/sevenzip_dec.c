/* sevenzip_dec.c - decodes a 7z archive's encoded header in blocks, for
 * the walk of sevenzip.c: stored, deflate (zlib), and LZMA, LZMA2 and
 * bzip2 through libarchive's own filters, each fed the packed bytes
 * between a made-up container's head and tail (an .lzma header; an .xz
 * stream of one block).  See sevenzip_int.h. */
#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "sevenzip.h"
#include "sevenzip_int.h"
#include "util.h"

/* The header's names, short. */
typedef lx_7z_walk walk;

static la_ssize_t pack_read(struct archive *a, void *ud, const void **p)
{
	lx_7z_src *ps = ud;
	size_t n;
	ssize_t k;
	if (ps->ppos < ps->npre) {
		*p = ps->pre + ps->ppos;
		n = ps->npre - ps->ppos;
		ps->ppos = ps->npre;
		return (la_ssize_t)n;
	}
	n = ps->left < LX_7Z_BLOCK ? (size_t)ps->left : LX_7Z_BLOCK;
	if (!n) {
		*p = ps->post + ps->qpos;
		n = ps->npost - ps->qpos;
		ps->qpos = ps->npost;
		return (la_ssize_t)n;
	}
	k = lx_7z_pread(ps->fd, ps->buf, n, ps->off);
	if (k <= 0) {
		archive_set_error(a, EIO, "read error");
		return -1;
	}
	ps->off += k;
	ps->left -= (uint64_t)k;
	*p = ps->buf;
	return k;
}

static int fill_archive(walk *w)
{
	size_t n = w->left < LX_7Z_BLOCK ? (size_t)w->left : LX_7Z_BLOCK;
	la_ssize_t k;
	if (!n)
		return 0;
	k = archive_read_data(w->a, w->buf, n);
	if (k < 0)
		return lx_7z_stop(w, LX_7Z_BAD);
	w->left -= (uint64_t)k;
	return (int)k;
}

static int fill_inflate(walk *w)
{
	size_t n = w->left < LX_7Z_BLOCK ? (size_t)w->left : LX_7Z_BLOCK;
	int rc;
	if (!n)
		return 0;
	w->z->next_out = w->buf;
	w->z->avail_out = (uInt)n;
	while (w->z->avail_out) {
		if (!w->z->avail_in && w->zleft) {
			size_t m = w->zleft < LX_7Z_BLOCK ? (size_t)w->zleft : LX_7Z_BLOCK;
			ssize_t k = lx_7z_pread(w->fd, w->zin, m, w->off);
			if (k <= 0)
				return -1;
			w->off += k;
			w->zleft -= (uint64_t)k;
			w->z->next_in = w->zin;
			w->z->avail_in = (uInt)k;
		}
		rc = inflate(w->z, Z_NO_FLUSH);
		if (rc == Z_STREAM_END || (rc == Z_BUF_ERROR && !w->z->avail_in && !w->zleft))
			break;
		if (rc != Z_OK)
			return lx_7z_stop(w, LX_7Z_BAD);
	}
	n -= w->z->avail_out;
	w->left -= n;
	return (int)n;
}

/* Writes v as an .xz variable-length integer; returns its length. */
static size_t vli(unsigned char *p, uint64_t v)
{
	size_t n = 0;
	while (v >= 0x80) {
		p[n++] = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	p[n++] = (unsigned char)v;
	return n;
}

/* The end of an .xz stream of one block (a 12-byte header, packed bytes of
 * LZMA2, no check) that decodes to size bytes: the block's padding, the
 * index, the footer.  libarchive's xz filter drops what it decoded last
 * unless the stream ends well.  Returns its length (at most 48). */
static size_t xz_tail(unsigned char *t, uint64_t packed, uint64_t size)
{
	uint64_t unpadded = 12 + packed;
	size_t k = (size_t)((4 - unpadded % 4) % 4), n;
	unsigned char *idx, *foot;
	memset(t, 0, k);
	idx = t + k;
	idx[0] = 0; /* the index: one record */
	idx[1] = 1;
	n = 2 + vli(idx + 2, unpadded);
	n += vli(idx + n, size);
	while (n % 4)
		idx[n++] = 0;
	put_le(idx + n, crc32(0, idx, (uInt)n), 4);
	n += 4;
	foot = idx + n;
	put_le(foot + 4, n / 4 - 1, 4);
	foot[8] = foot[9] = 0;
	put_le(foot, crc32(0, foot + 4, 6), 4);
	foot[10] = 'Y';
	foot[11] = 'Z';
	return k + n + 12;
}

/* The smallest LZMA2 dictionary byte whose size holds n bytes. */
static unsigned lzma2_dict(uint64_t n)
{
	unsigned p;
	for (p = 0; p < 40; p++)
		if (((uint64_t)(2 | (p & 1)) << (p / 2 + 11)) >= n)
			return p;
	return 40;
}

static int is_id(const walk *w, const char *id, size_t n)
{
	return w->nid == n && !memcmp(w->id, id, n);
}

int lx_7z_decoder(walk *w, lx_7z_src *ps, uint64_t size)
{
	int filter;
	struct archive_entry *e;
	if (w->aes) /* libarchive reads no encrypted header */
		return 1;
	if (!w->simple)
		return -1;
	if (is_id(w, "\0", 1)) { /* stored */
		w->fd = ps->fd;
		w->off = ps->off;
		w->left = ps->left < size ? ps->left : size;
		w->fill = lx_7z_fill_file;
		return 0;
	}
	if (is_id(w, "\x04\x01\x08", 3)) { /* deflate */
		w->z = lx_xcalloc(1, sizeof *w->z);
		if (inflateInit2(w->z, -15) != Z_OK) {
			free(w->z);
			w->z = NULL;
			return lx_7z_stop(w, LX_7Z_OVER);
		}
		w->zin = lx_xmalloc(LX_7Z_BLOCK);
		w->fd = ps->fd;
		w->off = ps->off;
		w->zleft = ps->left;
		w->left = size;
		w->fill = fill_inflate;
		return 0;
	}
	if ((is_id(w, "\x03\x01\x01", 3) || is_id(w, "\x21", 1)) && !archive_liblzma_version())
		return 1;
	if (is_id(w, "\x04\x02\x02", 3) && !archive_bzlib_version())
		return 1;
	if (is_id(w, "\x03\x01\x01", 3) && w->nprop == 5) {
		/* an .lzma file's header: properties, dictionary, size */
		uint64_t dict = le32(w->prop + 1), d = 4096;
		while (d < size && d < dict)
			d <<= 1;
		if (d < dict) /* a window larger than the data is never used */
			dict = d;
		ps->pre[0] = w->prop[0];
		put_le(ps->pre + 1, dict, 4);
		put_le(ps->pre + 5, size, 8);
		ps->npre = 13;
		filter = ARCHIVE_FILTER_LZMA;
	} else if (is_id(w, "\x21", 1) && w->nprop == 1 && w->prop[0] <= 40) {
		/* an .xz stream header (no check) and a block header: LZMA2 */
		static const unsigned char stream[12] = {0xFD, '7', 'z',  'X',  'Z',  0,
		                                         0,    0,   0xFF, 0x12, 0xD9, 0x41};
		unsigned p = lzma2_dict(size);
		unsigned char *b = ps->pre + 12;
		memcpy(ps->pre, stream, sizeof stream);
		memset(b, 0, 12);
		b[0] = 2; /* (12 / 4) - 1 */
		b[2] = 0x21;
		b[3] = 1;
		b[4] = (unsigned char)(p < w->prop[0] ? p : w->prop[0]);
		put_le(b + 8, crc32(0, b, 8), 4);
		ps->npre = 24;
		ps->npost = xz_tail(ps->post, ps->left, size);
		filter = ARCHIVE_FILTER_XZ;
	} else if (is_id(w, "\x04\x02\x02", 3)) {
		filter = ARCHIVE_FILTER_BZIP2;
	} else {
		return -1;
	}
	w->a = archive_read_new();
	if (!w->a)
		return lx_7z_stop(w, LX_7Z_OVER);
	archive_read_support_format_raw(w->a);
	if (archive_read_append_filter(w->a, filter) != ARCHIVE_OK ||
	    archive_read_open(w->a, ps, NULL, pack_read, NULL) != ARCHIVE_OK ||
	    archive_read_next_header(w->a, &e) != ARCHIVE_OK)
		return lx_7z_stop(w, LX_7Z_BAD); /* freed by the caller */
	w->left = size;
	w->fill = fill_archive;
	return 0;
}

void lx_7z_decoder_end(walk *w)
{
	if (w->a)
		archive_read_free(w->a);
	if (w->z) {
		inflateEnd(w->z);
		free(w->z);
	}
	free(w->zin);
	w->a = NULL;
	w->z = NULL;
	w->zin = NULL;
}
