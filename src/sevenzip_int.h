/* sevenzip_int.h - the walk over a 7z header, shared by the walk itself
 * (sevenzip.c) and the decoders of an encoded header (sevenzip_dec.c).
 * Private to those two files; sevenzip.h is the module's contract. */
#ifndef LX_SEVENZIP_INT_H
#define LX_SEVENZIP_INT_H

#include <archive.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>
#include <zlib.h>

#define LX_7Z_BLOCK (64u * 1024u) /* what one read or decoding step takes */

/* why a walk stopped */
enum { LX_7Z_OK, LX_7Z_BAD, LX_7Z_IO, LX_7Z_OVER, LX_7Z_FILES, LX_7Z_SIZE, LX_7Z_METHOD };

typedef struct lx_7z_walk lx_7z_walk;
struct lx_7z_walk {
	unsigned char *buf;        /* LX_7Z_BLOCK bytes of the header ... */
	size_t pos, len;           /* ... buf[pos..len) not walked yet */
	uint64_t left;             /* header bytes not yet in buf */
	int (*fill)(lx_7z_walk *); /* refills buf: bytes, 0 at the end, -1 */
	int fd;                    /* a stored header: read from here */
	off_t off;
	struct archive *a; /* an encoded one: decoded by this ... */
	z_stream *z;       /* ... or this (deflate) */
	unsigned char *zin;
	uint64_t zleft;
	int status;
	uint64_t cost;        /* libarchive's allocations, estimated */
	uint64_t files, size; /* for the messages */
	/* the folders of the streams info being walked */
	size_t nfolders;
	uint64_t *outs;     /* out streams of each folder */
	uint64_t *nus;      /* substreams of each folder */
	unsigned char *crc; /* whether each folder has a digest */
	/* its first pack stream and folder (an encoded header's) */
	int have_pack;
	uint64_t pack_pos, pack_size;
	int simple; /* one coder, one stream in and one out */
	int aes;    /* a coder encrypts */
	unsigned char id[8], prop[8];
	size_t nid, nprop;
	uint64_t unpack, unpack_max;
};

static inline uint64_t le64(const unsigned char *p)
{
	uint64_t v = 0;
	int i;
	for (i = 7; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

static inline uint32_t le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static inline void put_le(unsigned char *p, uint64_t v, int n)
{
	int i;
	for (i = 0; i < n; i++, v >>= 8)
		p[i] = (unsigned char)v;
}

/* Reads n bytes at off, retrying short reads: how many it got (fewer at
 * the end of the file), or -1. */
ssize_t lx_7z_pread(int fd, void *p, size_t n, off_t off);
/* Stops the walk with status (the first one given stays); returns -1. */
int lx_7z_stop(lx_7z_walk *w, int status);
/* The fill of a header stored as it is: reads w->fd at w->off. */
int lx_7z_fill_file(lx_7z_walk *w);

/* The packed header, between a made-up container's head and tail that let
 * libarchive's filters decode it. */
typedef struct lx_7z_src {
	int fd;
	off_t off;
	uint64_t left;
	unsigned char pre[32], post[48];
	size_t npre, ppos, npost, qpos;
	unsigned char *buf;
} lx_7z_src;

/* Sets up w to walk the decoded header (size bytes) of the packed stream
 * ps, by the single coder w->id names.  Returns 0; 1 when libarchive
 * cannot decode it either (it will refuse the archive before it parses
 * the header); -1 when it could, but not here (w->status says why when
 * set).  lx_7z_decoder_end() releases what it set up, in every case. */
int lx_7z_decoder(lx_7z_walk *w, lx_7z_src *ps, uint64_t size);
void lx_7z_decoder_end(lx_7z_walk *w);

#endif
