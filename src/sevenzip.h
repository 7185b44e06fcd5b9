/* sevenzip.h - bounds what libarchive may spend on a 7z archive's header.
 *
 * libarchive parses a 7z header whole when the first entry is asked for:
 * every entry, folder and stream it lists is allocated then, before any
 * limit of logdx can apply.  lx_7z_check() walks the header first, with
 * bounded reads, far enough to count what libarchive would allocate (the
 * entry count included, decoding an encoded header), and refuses an
 * archive whose header would cost too much, or whose counts it cannot
 * check (a header encoded with a method not decoded here). */
#ifndef LX_SEVENZIP_H
#define LX_SEVENZIP_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* The largest header (as stored, and once decoded) libarchive may read. */
#define LX_7Z_HEADER_MAX ((uint64_t)16 << 20)
/* What libarchive may allocate for the header, as estimated here. */
#define LX_7Z_MEMORY ((uint64_t)32 << 20)
/* The estimate for one entry: libarchive 3.6.2 takes 90 to 170 bytes,
 * names and header buffers included (doc/limits.md); the names count
 * again with the header's bytes. */
#define LX_7Z_ENTRY_COST 192u
/* The bytes at the start of a stream that lx_7z_find() looks at: a
 * self-extracting 7z (a program first) has its archive within them. */
#define LX_7Z_SCAN (0x60000u + 0x1000u + 32u)

/* Whether the stream starting with p[0..n) may hold a 7z archive that
 * libarchive would open: then *want is how many of its first bytes
 * lx_7z_find() needs (32, or LX_7Z_SCAN for a self-extractor). */
int lx_7z_maybe(const unsigned char *p, size_t n, size_t *want);

/* The offset (at least from) in p[0..n), the first bytes of a stream, of
 * the next 7z signature header libarchive could take: at 0, or in a
 * self-extractor anywhere its scan reaches.  Returns 1 and sets *at, or 0
 * when there is none. */
int lx_7z_find(const unsigned char *p, size_t n, size_t from, size_t *at);

/* Checks the 7z archive whose signature header is at offset base of the
 * regular file fd (read with pread only).  Returns 0 when libarchive may
 * open it (or will refuse it by itself at no cost), else -1 with a one-line
 * reason in why ("7z header of N bytes exceeds the limit (16 MiB)"). */
int lx_7z_check(int fd, off_t base, char *why, size_t cap);

#endif
