/* sevenzip.c - bounds what libarchive may spend on a 7z header.  See
 * sevenzip.h.
 *
 * The walk follows the layout libarchive reads: a header is a tree of
 * property ids (one byte) and NUMBERs (the high bits of the first byte
 * count the bytes after it, little-endian).  Every count met is charged at
 * what libarchive allocates for it before the count is trusted any
 * further, so a count that the header's bytes could never back (one
 * NUMBER saying a billion) stops the walk at once.  An encoded header is
 * decoded as it is walked, in blocks: never held whole. */
#include "sevenzip.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "i18n.h"
#include "util.h"

#define SIG "7z\xBC\xAF\x27\x1C"
#define SFX_FROM 0x27000u /* where libarchive looks for a self-extractor's */
#define BLOCK (64u * 1024u)
#define MAX_CODERS 64u    /* in a folder (libarchive takes at most 4) */

/* property ids */
enum {
	kEnd = 0x00, kHeader = 0x01, kArchiveProperties = 0x02,
	kAdditionalStreamsInfo = 0x03, kMainStreamsInfo = 0x04, kFilesInfo = 0x05,
	kPackInfo = 0x06, kUnPackInfo = 0x07, kSubStreamsInfo = 0x08, kSize = 0x09,
	kCRC = 0x0A, kFolder = 0x0B, kCodersUnPackSize = 0x0C,
	kNumUnPackStream = 0x0D, kEncodedHeader = 0x17
};

/* what libarchive allocates per item, in bytes (with malloc's overhead) */
#define COST_PACK 32u   /* a pack stream: size, position, digest */
#define COST_FOLDER 256u
#define COST_CODER 64u
#define COST_STREAM 16u /* a coder's stream, a bind pair, a substream */
#define COST_DIGEST 8u
#define COST_BYTE 2u    /* a header byte: the names' copy, a decoder's window */

/* why a walk stopped */
enum { ST_OK, ST_BAD, ST_IO, ST_OVER, ST_FILES, ST_SIZE, ST_METHOD };

typedef struct walk walk;
struct walk {
	unsigned char *buf;     /* BLOCK bytes of the header ... */
	size_t pos, len;        /* ... buf[pos..len) not walked yet */
	uint64_t left;          /* header bytes not yet in buf */
	int (*fill)(walk *);    /* refills buf: bytes, 0 at the end, -1 */
	int fd;                 /* a stored header: read from here */
	off_t off;
	struct archive *a;      /* an encoded one: decoded by this ... */
	z_stream *z;            /* ... or this (deflate) */
	unsigned char *zin;
	uint64_t zleft;
	int status;
	uint64_t cost;          /* libarchive's allocations, estimated */
	uint64_t files, size;   /* for the messages */
	/* the folders of the streams info being walked */
	size_t nfolders;
	uint64_t *outs;         /* out streams of each folder */
	uint64_t *nus;          /* substreams of each folder */
	unsigned char *crc;     /* whether each folder has a digest */
	/* its first pack stream and folder (an encoded header's) */
	int have_pack;
	uint64_t pack_pos, pack_size;
	int simple;             /* one coder, one stream in and one out */
	int aes;                /* a coder encrypts */
	unsigned char id[8], prop[8];
	size_t nid, nprop;
	uint64_t unpack, unpack_max;
};

static uint64_t le64(const unsigned char *p)
{
	uint64_t v = 0;
	int i;
	for (i = 7; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

static uint32_t le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	       (uint32_t)p[3] << 24;
}

static void put_le(unsigned char *p, uint64_t v, int n)
{
	int i;
	for (i = 0; i < n; i++, v >>= 8)
		p[i] = (unsigned char)v;
}

static ssize_t pread_all(int fd, void *p, size_t n, off_t off)
{
	size_t got = 0;
	while (got < n) {
		ssize_t k = pread(fd, (char *)p + got, n - got, off + (off_t)got);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0)
			return -1;
		if (k == 0)
			break;
		got += (size_t)k;
	}
	return (ssize_t)got;
}

/* --- finding the archive ------------------------------------------------ */

/* Whether p (32 bytes) is a signature header libarchive takes: version 0.x
 * and the CRC of its last 20 bytes right. */
static int sig_header(const unsigned char *p)
{
	return !memcmp(p, SIG, 6) && p[6] == 0 &&
	       crc32(0, p + 12, 20) == le32(p + 8);
}

static int sfx(const unsigned char *p, size_t n)
{
	return n >= 4 && ((p[0] == 'M' && p[1] == 'Z') || !memcmp(p, "\x7F" "ELF", 4));
}

int lx_7z_maybe(const unsigned char *p, size_t n, size_t *want)
{
	if (n >= 6 && !memcmp(p, SIG, 6)) {
		*want = 32;
		return 1;
	}
	if (sfx(p, n)) {
		*want = LX_7Z_SCAN;
		return 1;
	}
	return 0;
}

int lx_7z_find(const unsigned char *p, size_t n, size_t from, size_t *at)
{
	size_t i;
	if (n < 32)
		return 0;
	if (!sfx(p, n)) {
		if (from == 0 && sig_header(p)) {
			*at = 0;
			return 1;
		}
		return 0;
	}
	/* every candidate in reach of libarchive's scan, whichever it takes */
	for (i = from; i <= n - 32; i++) {
		const unsigned char *q = memchr(p + i, '7', n - 32 + 1 - i);
		if (!q)
			break;
		i = (size_t)(q - p);
		if (sig_header(q)) {
			*at = i;
			return 1;
		}
	}
	return 0;
}

/* --- reading the header -------------------------------------------------- */

static int stop(walk *w, int status)
{
	if (!w->status)
		w->status = status;
	return -1;
}

static int fill_file(walk *w)
{
	size_t n = w->left < BLOCK ? (size_t)w->left : BLOCK;
	ssize_t k;
	if (!n)
		return 0;
	k = pread_all(w->fd, w->buf, n, w->off);
	if (k < 0)
		return -1;
	w->off += k;
	w->left -= (uint64_t)k;
	return (int)k;
}

static int byte(walk *w, unsigned *c)
{
	if (w->pos == w->len) {
		int n;
		if (w->status)
			return -1;
		n = w->fill(w);
		if (n <= 0)
			return stop(w, n < 0 ? ST_IO : ST_BAD);
		w->pos = 0;
		w->len = (size_t)n;
	}
	*c = w->buf[w->pos++];
	return 0;
}

/* A NUMBER: the first byte's high bits (from the top) say how many bytes
 * follow; its remaining low bits are the value's highest. */
static int number(walk *w, uint64_t *v)
{
	unsigned first, b, mask = 0x80;
	int i;
	if (byte(w, &first))
		return -1;
	*v = 0;
	for (i = 0; i < 8; i++) {
		if (!(first & mask)) {
			*v |= (uint64_t)(first & (mask - 1)) << (8 * i);
			return 0;
		}
		if (byte(w, &b))
			return -1;
		*v |= (uint64_t)b << (8 * i);
		mask >>= 1;
	}
	return 0;
}

static int skip(walk *w, uint64_t n)
{
	unsigned c;
	while (n) {
		size_t k = w->len - w->pos;
		if (!k) {
			if (byte(w, &c))
				return -1;
			n--;
			continue;
		}
		if (k > n)
			k = (size_t)n;
		w->pos += k;
		n -= k;
	}
	return 0;
}

/* Charges count items of unit bytes; -1 past the budget. */
static int spend(walk *w, uint64_t count, uint64_t unit, int status)
{
	if (w->cost > LX_7Z_MEMORY || count > (LX_7Z_MEMORY - w->cost) / unit)
		return stop(w, status);
	w->cost += count * unit;
	return 0;
}

/* --- the structures -------------------------------------------------- */

/* Digests of n items; defined[i] set when not NULL. */
static int digests(walk *w, uint64_t n, unsigned char *defined)
{
	unsigned all, b = 0;
	uint64_t i, ndef = 0;
	if (spend(w, n, COST_DIGEST, ST_OVER) || byte(w, &all))
		return -1;
	for (i = 0; i < n; i++) {
		int d = 1;
		if (!all) {
			if (i % 8 == 0 && byte(w, &b))
				return -1;
			d = (b >> (7 - i % 8)) & 1;
		}
		if (defined)
			defined[i] = (unsigned char)d;
		ndef += (uint64_t)d;
	}
	return skip(w, 4 * ndef);
}

static int pack_info(walk *w)
{
	uint64_t pos, n, i, v;
	unsigned t;
	if (number(w, &pos) || number(w, &n) || spend(w, n, COST_PACK, ST_OVER))
		return -1;
	if (n) {
		w->have_pack = 1;
		w->pack_pos = pos;
	}
	for (;;) {
		if (byte(w, &t))
			return -1;
		if (t == kEnd)
			return 0;
		if (t == kSize) {
			for (i = 0; i < n; i++) {
				if (number(w, &v))
					return -1;
				if (!i)
					w->pack_size = v;
			}
		} else if (t == kCRC) {
			if (digests(w, n, NULL))
				return -1;
		} else {
			return stop(w, ST_BAD);
		}
	}
}

static int folder(walk *w, size_t index)
{
	uint64_t nc, c, in = 0, out = 0, i, v;
	if (number(w, &nc))
		return -1;
	if (!nc || nc > MAX_CODERS)
		return stop(w, ST_BAD);
	if (spend(w, nc, COST_CODER, ST_OVER))
		return -1;
	for (c = 0; c < nc; c++) {
		unsigned flags, b;
		uint64_t ni = 1, no = 1, np = 0, aes = 0;
		size_t k, nid;
		if (byte(w, &flags))
			return -1;
		if (flags & 0x80) /* alternative methods: libarchive refuses them */
			return stop(w, ST_BAD);
		nid = flags & 0x0F;
		for (k = 0; k < nid; k++) {
			if (byte(w, &b))
				return -1;
			if (!index && !c && k < sizeof w->id)
				w->id[k] = (unsigned char)b;
			aes = aes << 8 | b;
		}
		if (!index && nid == 4 && aes == 0x06F10701)
			w->aes = 1;
		if ((flags & 0x10) && (number(w, &ni) || number(w, &no)))
			return -1;
		if (spend(w, ni, COST_STREAM, ST_OVER) || spend(w, no, COST_STREAM, ST_OVER))
			return -1;
		if (flags & 0x20) {
			if (number(w, &np))
				return -1;
			for (i = 0; i < np; i++) {
				if (byte(w, &b))
					return -1;
				if (!index && !c && i < sizeof w->prop)
					w->prop[i] = (unsigned char)b;
			}
		}
		if (!index && !c) {
			w->nid = nid;
			w->nprop = np <= sizeof w->prop ? (size_t)np : sizeof w->prop + 1;
		}
		in += ni;
		out += no;
	}
	if (!out || in < out - 1)
		return stop(w, ST_BAD);
	if (!index)
		w->simple = nc == 1 && in == 1 && out == 1;
	w->outs[index] = out;
	for (i = 0; i < 2 * (out - 1); i++) /* bind pairs */
		if (number(w, &v))
			return -1;
	if (in - (out - 1) != 1) /* the packed streams' indexes */
		for (i = 0; i < in - (out - 1); i++)
			if (number(w, &v))
				return -1;
	return 0;
}

static void drop_folders(walk *w)
{
	free(w->outs);
	free(w->nus);
	free(w->crc);
	w->outs = w->nus = NULL;
	w->crc = NULL;
	w->nfolders = 0;
}

static int unpack_info(walk *w)
{
	uint64_t nf, i, j, v;
	unsigned t, ext;
	if (byte(w, &t))
		return -1;
	if (t != kFolder)
		return stop(w, ST_BAD);
	if (number(w, &nf) || spend(w, nf, COST_FOLDER, ST_OVER) || byte(w, &ext))
		return -1;
	if (ext == 1) {
		if (number(w, &v))
			return -1;
		if (nf)
			return stop(w, ST_BAD);
	} else if (ext) {
		return stop(w, ST_BAD);
	}
	/* nf is within the budget: its arrays are small */
	drop_folders(w);
	w->nfolders = (size_t)nf;
	w->outs = lx_xcalloc(nf ? (size_t)nf : 1, sizeof *w->outs);
	w->nus = lx_xcalloc(nf ? (size_t)nf : 1, sizeof *w->nus);
	w->crc = lx_xcalloc(nf ? (size_t)nf : 1, 1);
	for (i = 0; i < nf; i++)
		if (folder(w, (size_t)i))
			return -1;
	if (byte(w, &t))
		return -1;
	if (t != kCodersUnPackSize)
		return stop(w, ST_BAD);
	for (i = 0; i < nf; i++)
		for (j = 0; j < w->outs[i]; j++) {
			if (number(w, &v))
				return -1;
			if (!i && !j)
				w->unpack = v;
			if (!i && v > w->unpack_max)
				w->unpack_max = v;
		}
	if (byte(w, &t))
		return -1;
	if (t == kCRC && (digests(w, nf, w->crc) || byte(w, &t)))
		return -1;
	return t == kEnd ? 0 : stop(w, ST_BAD);
}

static int substreams(walk *w)
{
	uint64_t ndig = 0, k, v;
	size_t i;
	unsigned t;
	for (i = 0; i < w->nfolders; i++)
		w->nus[i] = 1;
	if (byte(w, &t))
		return -1;
	if (t == kNumUnPackStream) {
		for (i = 0; i < w->nfolders; i++)
			if (number(w, &w->nus[i]) ||
			    spend(w, w->nus[i], COST_STREAM, ST_OVER))
				return -1;
		if (byte(w, &t))
			return -1;
	}
	if (t == kSize) {
		for (i = 0; i < w->nfolders; i++)
			for (k = 1; k < w->nus[i]; k++)
				if (number(w, &v))
					return -1;
		if (byte(w, &t))
			return -1;
	}
	for (i = 0; i < w->nfolders; i++)
		if (w->nus[i] != 1 || !w->crc[i])
			ndig += w->nus[i]; /* each within the budget: no overflow */
	if (t == kCRC && (digests(w, ndig, NULL) || byte(w, &t)))
		return -1;
	return t == kEnd ? 0 : stop(w, ST_BAD);
}

static int streams_info(walk *w)
{
	unsigned t;
	if (byte(w, &t))
		return -1;
	if (t == kPackInfo && (pack_info(w) || byte(w, &t)))
		return -1;
	if (t == kUnPackInfo && (unpack_info(w) || byte(w, &t)))
		return -1;
	if (t == kSubStreamsInfo && (substreams(w) || byte(w, &t)))
		return -1;
	return t == kEnd ? 0 : stop(w, ST_BAD);
}

/* The header after its kHeader byte, up to the entry count. */
static int header(walk *w)
{
	unsigned t;
	uint64_t n;
	if (byte(w, &t))
		return -1;
	if (t == kArchiveProperties) {
		for (;;) {
			if (byte(w, &t))
				return -1;
			if (t == kEnd)
				break;
			if (number(w, &n) || skip(w, n))
				return -1;
		}
		if (byte(w, &t))
			return -1;
	}
	if (t == kAdditionalStreamsInfo && (streams_info(w) || byte(w, &t)))
		return -1;
	if (t == kMainStreamsInfo && (streams_info(w) || byte(w, &t)))
		return -1;
	if (t == kEnd)
		return 0;
	if (t != kFilesInfo)
		return stop(w, ST_BAD);
	if (number(w, &w->files))
		return -1;
	return spend(w, w->files, LX_7Z_ENTRY_COST, ST_FILES);
}

/* --- an encoded header ------------------------------------------------ */

/* The packed header, between a made-up container's head and tail that let
 * libarchive's filters decode it. */
typedef struct packsrc {
	int fd;
	off_t off;
	uint64_t left;
	unsigned char pre[32], post[48];
	size_t npre, ppos, npost, qpos;
	unsigned char *buf;
} packsrc;

static la_ssize_t pack_read(struct archive *a, void *ud, const void **p)
{
	packsrc *ps = ud;
	size_t n;
	ssize_t k;
	if (ps->ppos < ps->npre) {
		*p = ps->pre + ps->ppos;
		n = ps->npre - ps->ppos;
		ps->ppos = ps->npre;
		return (la_ssize_t)n;
	}
	n = ps->left < BLOCK ? (size_t)ps->left : BLOCK;
	if (!n) {
		*p = ps->post + ps->qpos;
		n = ps->npost - ps->qpos;
		ps->qpos = ps->npost;
		return (la_ssize_t)n;
	}
	k = pread_all(ps->fd, ps->buf, n, ps->off);
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
	size_t n = w->left < BLOCK ? (size_t)w->left : BLOCK;
	la_ssize_t k;
	if (!n)
		return 0;
	k = archive_read_data(w->a, w->buf, n);
	if (k < 0)
		return stop(w, ST_BAD);
	w->left -= (uint64_t)k;
	return (int)k;
}

static int fill_inflate(walk *w)
{
	size_t n = w->left < BLOCK ? (size_t)w->left : BLOCK;
	int rc;
	if (!n)
		return 0;
	w->z->next_out = w->buf;
	w->z->avail_out = (uInt)n;
	while (w->z->avail_out) {
		if (!w->z->avail_in && w->zleft) {
			size_t m = w->zleft < BLOCK ? (size_t)w->zleft : BLOCK;
			ssize_t k = pread_all(w->fd, w->zin, m, w->off);
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
			return stop(w, ST_BAD);
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

/* Sets up w to walk the decoded header (size bytes); ps is its source.
 * Returns 0; 1 when libarchive cannot decode it either (it will refuse the
 * archive before it parses the header); -1 when it could, but not here. */
static int decoder(walk *w, packsrc *ps, uint64_t size)
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
		w->fill = fill_file;
		return 0;
	}
	if (is_id(w, "\x04\x01\x08", 3)) { /* deflate */
		w->z = lx_xcalloc(1, sizeof *w->z);
		if (inflateInit2(w->z, -15) != Z_OK) {
			free(w->z);
			w->z = NULL;
			return stop(w, ST_OVER);
		}
		w->zin = lx_xmalloc(BLOCK);
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
		static const unsigned char stream[12] = {
			0xFD, '7', 'z', 'X', 'Z', 0, 0, 0, 0xFF, 0x12, 0xD9, 0x41};
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
		return stop(w, ST_OVER);
	archive_read_support_format_raw(w->a);
	if (archive_read_append_filter(w->a, filter) != ARCHIVE_OK ||
	    archive_read_open(w->a, ps, NULL, pack_read, NULL) != ARCHIVE_OK ||
	    archive_read_next_header(w->a, &e) != ARCHIVE_OK)
		return stop(w, ST_BAD); /* freed by the caller */
	w->left = size;
	w->fill = fill_archive;
	return 0;
}

/* After the encoded header's streams info: charges the decoded header and
 * walks it when it can be decoded here.  off: where the packed streams
 * start in the file; end: where the encoded header starts. */
static int encoded(walk *w, off_t off, uint64_t end)
{
	uint64_t size = w->simple ? w->unpack : w->unpack_max;
	packsrc ps;
	unsigned t;
	int rc = 0;
	if (!w->have_pack || !w->nfolders || w->pack_pos > end ||
	    w->pack_size > end - w->pack_pos)
		return stop(w, ST_BAD); /* libarchive refuses it too */
	w->size = size;
	if (size > LX_7Z_HEADER_MAX)
		return stop(w, ST_SIZE);
	if (spend(w, size, COST_BYTE, ST_OVER))
		return -1;
	memset(&ps, 0, sizeof ps);
	ps.fd = w->fd;
	ps.off = off + (off_t)w->pack_pos;
	ps.left = w->pack_size;
	ps.buf = lx_xmalloc(BLOCK);
	w->pos = w->len = 0;
	switch (w->status ? 1 : decoder(w, &ps, size)) {
	case 0: /* libarchive reads the decoded header from its kHeader byte */
		if (byte(w, &t) || t != kHeader)
			rc = stop(w, ST_BAD);
		else
			rc = header(w);
		break;
	case 1:
		break;
	default:
		/* a chain of coders, PPMd: what it lists is not bounded by its
		 * size (one NUMBER may ask for 100 million substreams) */
		rc = stop(w, ST_METHOD);
		break;
	}
	if (w->a)
		archive_read_free(w->a);
	if (w->z) {
		inflateEnd(w->z);
		free(w->z);
	}
	free(w->zin);
	free(ps.buf);
	return rc;
}

/* --- the check ---------------------------------------------------------- */

static void fmt_mib(char *out, size_t cap, uint64_t v)
{
	snprintf(out, cap, "%llu MiB", (unsigned long long)(v >> 20));
}

int lx_7z_check(int fd, off_t base, char *why, size_t cap)
{
	walk w;
	unsigned char sh[32];
	struct stat sb;
	uint64_t nho, nhs, size;
	char lim[32], coder[2 * sizeof w.id + 1];
	size_t i;
	unsigned t;

	if (pread_all(fd, sh, sizeof sh, base) != (ssize_t)sizeof sh ||
	    !sig_header(sh) || fstat(fd, &sb) < 0 || sb.st_size < base + 32)
		return 0; /* not one that libarchive takes */
	nho = le64(sh + 12);
	nhs = le64(sh + 20);
	if (!nhs)
		return 0; /* empty */
	if (nhs > LX_7Z_HEADER_MAX) {
		fmt_mib(lim, sizeof lim, LX_7Z_HEADER_MAX);
		snprintf(why, cap, _("7z header of %llu bytes exceeds the limit (%s)"),
		         (unsigned long long)nhs, lim);
		return -1;
	}
	size = (uint64_t)(sb.st_size - base) - 32;
	if (nho > size || nhs > size - nho) {
		snprintf(why, cap, "%s", _("truncated 7z archive"));
		return -1;
	}

	memset(&w, 0, sizeof w);
	w.buf = lx_xmalloc(BLOCK);
	w.fd = fd;
	w.off = base + 32 + (off_t)nho;
	w.left = nhs;
	w.fill = fill_file;
	if (spend(&w, nhs, COST_BYTE, ST_OVER) == 0 && byte(&w, &t) == 0) {
		if (t == kHeader)
			(void)header(&w);
		else if (t == kEncodedHeader && streams_info(&w) == 0)
			(void)encoded(&w, base + 32, nho);
		/* anything else: libarchive refuses it at once */
	}
	drop_folders(&w);
	free(w.buf);
	for (i = 0; i < w.nid && i < sizeof w.id; i++)
		snprintf(coder + 2 * i, 3, "%02X", w.id[i]);
	coder[2 * i] = '\0';

	fmt_mib(lim, sizeof lim, LX_7Z_MEMORY);
	switch (w.status) {
	case ST_OK:
		return 0;
	case ST_BAD:
		snprintf(why, cap, "%s", _("damaged 7z header"));
		break;
	case ST_IO:
		snprintf(why, cap, "%s", _("read error"));
		break;
	case ST_FILES:
		snprintf(why, cap, _("7z header lists %llu entries, more than its memory limit (%s) allows"),
		         (unsigned long long)w.files, lim);
		break;
	case ST_SIZE:
		fmt_mib(lim, sizeof lim, LX_7Z_HEADER_MAX);
		snprintf(why, cap, _("7z header of %llu bytes exceeds the limit (%s)"),
		         (unsigned long long)w.size, lim);
		break;
	case ST_METHOD:
		snprintf(why, cap, _("7z header compressed with a method that cannot be checked (coder %s)"),
		         coder);
		break;
	default:
		snprintf(why, cap, _("7z header needs more memory than the limit (%s)"), lim);
		break;
	}
	return -1;
}
