/* archive_sniff.h - format detection from a stream's first bytes (what
 * archive.c asks before it gives a stream to libarchive), and the probes
 * that look at a bundle before it is read (walk.c's plan). */
#ifndef LX_ARCHIVE_SNIFF_H
#define LX_ARCHIVE_SNIFF_H

#include <stddef.h>
#include <stdint.h>

#define LX_PEEK 8192u           /* bytes looked at before probing (a cpio name fits) */
#define LX_CPIO_NAME_MAX 65536u /* longest believable cpio name */

/* The compression whose magic number starts p[0..n) ("gzip", "bzip2",
 * "xz", "zstd", "lz4"), or NULL.  libarchive drops its filters when the
 * first read fails (a short truncated stream), so the caller needs to know
 * without it. */
const char *lx_sniff_compression(const unsigned char *p, size_t n);

/* Whether p[0..n) is plain UTF-8 text: printable characters, white space
 * and well-formed multibyte sequences (one may be cut at the end).  No
 * archive or compressed stream starts like that, so such a stream is read
 * as text without asking libarchive, whose bidders can be lenient. */
int lx_sniff_text(const unsigned char *p, size_t n);

/* Whether libarchive's cpio reader may be offered p[0..n): 0 when it
 * starts with a cpio magic number but not with a well-formed header (or
 * one whose name is longer than LX_CPIO_NAME_MAX), else 1. */
int lx_sniff_cpio(const unsigned char *p, size_t n);

/* Whether the file path starts as plain UTF-8 text (read_stream() would
 * take it as such, with no decompression or decoding to speak of). */
int lx_archive_plain_text(const char *path);

/* When path is a zip archive (by its first bytes), sets *n to the number
 * of its regular members (the first few thousand of them), *total to
 * their uncompressed bytes and *most to the largest, as its directory says
 * (a lie only costs speed), and returns 1; else returns 0. */
int lx_archive_zip_sizes(const char *path, uint64_t *n, uint64_t *total, uint64_t *most);

#endif
