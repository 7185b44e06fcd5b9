/* sevenzip.c - bounds what libarchive may spend on a 7z header.  See
 * sevenzip.h.
 *
 * The walk follows the layout libarchive reads: a header is a tree of
 * property ids (one byte) and NUMBERs (the high bits of the first byte
 * count the bytes after it, little-endian).  Every count met is charged at
 * what libarchive allocates for it before the count is trusted any
 * further, so a count that the header's bytes could never back (one
 * NUMBER saying a billion) stops the walk at once.  An encoded header is
 * decoded as it is walked, in blocks: never held whole (the decoders are in
 * sevenzip_dec.c). */
#include "sevenzip.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "i18n.h"
#include "sevenzip_int.h"
#include "util.h"

/* The header's names, short. */
typedef lx_7z_walk walk;

#define SIG "7z\xBC\xAF\x27\x1C"
#define SFX_FROM 0x27000u /* where libarchive looks for a self-extractor's */
#define MAX_CODERS 64u    /* in a folder (libarchive takes at most 4) */

/* property ids */
enum {
	kEnd = 0x00,
	kHeader = 0x01,
	kArchiveProperties = 0x02,
	kAdditionalStreamsInfo = 0x03,
	kMainStreamsInfo = 0x04,
	kFilesInfo = 0x05,
	kPackInfo = 0x06,
	kUnPackInfo = 0x07,
	kSubStreamsInfo = 0x08,
	kSize = 0x09,
	kCRC = 0x0A,
	kFolder = 0x0B,
	kCodersUnPackSize = 0x0C,
	kNumUnPackStream = 0x0D,
	kEncodedHeader = 0x17
};

/* what libarchive allocates per item, in bytes (with malloc's overhead) */
#define COST_PACK 32u /* a pack stream: size, position, digest */
#define COST_FOLDER 256u
#define COST_CODER 64u
#define COST_STREAM 16u /* a coder's stream, a bind pair, a substream */
#define COST_DIGEST 8u
#define COST_BYTE 2u /* a header byte: the names' copy, a decoder's window */

ssize_t lx_7z_pread(int fd, void *p, size_t n, off_t off)
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
	return !memcmp(p, SIG, 6) && p[6] == 0 && crc32(0, p + 12, 20) == le32(p + 8);
}

static int sfx(const unsigned char *p, size_t n)
{
	return n >= 4 && ((p[0] == 'M' && p[1] == 'Z') || !memcmp(p,
	                                                          "\x7F"
	                                                          "ELF",
	                                                          4));
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

int lx_7z_stop(walk *w, int status)
{
	if (!w->status)
		w->status = status;
	return -1;
}

int lx_7z_fill_file(walk *w)
{
	size_t n = w->left < LX_7Z_BLOCK ? (size_t)w->left : LX_7Z_BLOCK;
	ssize_t k;
	if (!n)
		return 0;
	k = lx_7z_pread(w->fd, w->buf, n, w->off);
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
			return lx_7z_stop(w, n < 0 ? LX_7Z_IO : LX_7Z_BAD);
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
		return lx_7z_stop(w, status);
	w->cost += count * unit;
	return 0;
}

/* --- the structures -------------------------------------------------- */

/* Digests of n items; defined[i] set when not NULL. */
static int digests(walk *w, uint64_t n, unsigned char *defined)
{
	unsigned all, b = 0;
	uint64_t i, ndef = 0;
	if (spend(w, n, COST_DIGEST, LX_7Z_OVER) || byte(w, &all))
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
	if (number(w, &pos) || number(w, &n) || spend(w, n, COST_PACK, LX_7Z_OVER))
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
			return lx_7z_stop(w, LX_7Z_BAD);
		}
	}
}

static int folder(walk *w, size_t index)
{
	uint64_t nc, c, in = 0, out = 0, i, v;
	if (number(w, &nc))
		return -1;
	if (!nc || nc > MAX_CODERS)
		return lx_7z_stop(w, LX_7Z_BAD);
	if (spend(w, nc, COST_CODER, LX_7Z_OVER))
		return -1;
	for (c = 0; c < nc; c++) {
		unsigned flags, b;
		uint64_t ni = 1, no = 1, np = 0, aes = 0;
		size_t k, nid;
		if (byte(w, &flags))
			return -1;
		if (flags & 0x80) /* alternative methods: libarchive refuses them */
			return lx_7z_stop(w, LX_7Z_BAD);
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
		if (spend(w, ni, COST_STREAM, LX_7Z_OVER) || spend(w, no, COST_STREAM, LX_7Z_OVER))
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
		return lx_7z_stop(w, LX_7Z_BAD);
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
		return lx_7z_stop(w, LX_7Z_BAD);
	if (number(w, &nf) || spend(w, nf, COST_FOLDER, LX_7Z_OVER) || byte(w, &ext))
		return -1;
	if (ext == 1) {
		if (number(w, &v))
			return -1;
		if (nf)
			return lx_7z_stop(w, LX_7Z_BAD);
	} else if (ext) {
		return lx_7z_stop(w, LX_7Z_BAD);
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
		return lx_7z_stop(w, LX_7Z_BAD);
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
	return t == kEnd ? 0 : lx_7z_stop(w, LX_7Z_BAD);
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
			if (number(w, &w->nus[i]) || spend(w, w->nus[i], COST_STREAM, LX_7Z_OVER))
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
	return t == kEnd ? 0 : lx_7z_stop(w, LX_7Z_BAD);
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
	return t == kEnd ? 0 : lx_7z_stop(w, LX_7Z_BAD);
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
		return lx_7z_stop(w, LX_7Z_BAD);
	if (number(w, &w->files))
		return -1;
	return spend(w, w->files, LX_7Z_ENTRY_COST, LX_7Z_FILES);
}

/* After the encoded header's streams info: charges the decoded header and
 * walks it when it can be decoded here.  off: where the packed streams
 * start in the file; end: where the encoded header starts. */
static int encoded(walk *w, off_t off, uint64_t end)
{
	uint64_t size = w->simple ? w->unpack : w->unpack_max;
	lx_7z_src ps;
	unsigned t;
	int rc = 0;
	if (!w->have_pack || !w->nfolders || w->pack_pos > end || w->pack_size > end - w->pack_pos)
		return lx_7z_stop(w, LX_7Z_BAD); /* libarchive refuses it too */
	w->size = size;
	if (size > LX_7Z_HEADER_MAX)
		return lx_7z_stop(w, LX_7Z_SIZE);
	if (spend(w, size, COST_BYTE, LX_7Z_OVER))
		return -1;
	memset(&ps, 0, sizeof ps);
	ps.fd = w->fd;
	ps.off = off + (off_t)w->pack_pos;
	ps.left = w->pack_size;
	ps.buf = lx_xmalloc(LX_7Z_BLOCK);
	w->pos = w->len = 0;
	switch (w->status ? 1 : lx_7z_decoder(w, &ps, size)) {
	case 0: /* libarchive reads the decoded header from its kHeader byte */
		if (byte(w, &t) || t != kHeader)
			rc = lx_7z_stop(w, LX_7Z_BAD);
		else
			rc = header(w);
		break;
	case 1:
		break;
	default:
		/* a chain of coders, PPMd: what it lists is not bounded by its
		 * size (one NUMBER may ask for 100 million substreams) */
		rc = lx_7z_stop(w, LX_7Z_METHOD);
		break;
	}
	lx_7z_decoder_end(w);
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

	if (lx_7z_pread(fd, sh, sizeof sh, base) != (ssize_t)sizeof sh || !sig_header(sh) ||
	    fstat(fd, &sb) < 0 || sb.st_size < base + 32)
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
	w.buf = lx_xmalloc(LX_7Z_BLOCK);
	w.fd = fd;
	w.off = base + 32 + (off_t)nho;
	w.left = nhs;
	w.fill = lx_7z_fill_file;
	if (spend(&w, nhs, COST_BYTE, LX_7Z_OVER) == 0 && byte(&w, &t) == 0) {
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
	case LX_7Z_OK:
		return 0;
	case LX_7Z_BAD:
		snprintf(why, cap, "%s", _("damaged 7z header"));
		break;
	case LX_7Z_IO:
		snprintf(why, cap, "%s", _("read error"));
		break;
	case LX_7Z_FILES:
		snprintf(why, cap,
		         _("7z header lists %llu entries, more than its memory limit (%s) allows"),
		         (unsigned long long)w.files, lim);
		break;
	case LX_7Z_SIZE:
		fmt_mib(lim, sizeof lim, LX_7Z_HEADER_MAX);
		snprintf(why, cap, _("7z header of %llu bytes exceeds the limit (%s)"),
		         (unsigned long long)w.size, lim);
		break;
	case LX_7Z_METHOD:
		snprintf(why, cap,
		         _("7z header compressed with a method that cannot be checked (coder %s)"),
		         coder);
		break;
	default:
		snprintf(why, cap, _("7z header needs more memory than the limit (%s)"), lim);
		break;
	}
	return -1;
}
