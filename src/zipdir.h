/* zipdir.h - a zip file's central directory, read from the end of the file
 * with bounded reads: where each entry's local header is and how many
 * compressed bytes it holds (zip64 records and extra fields followed),
 * and whether the local headers, walked from the first byte, agree.
 *
 * The ratio guard (archive.c) holds a member of a zip file to the sizes
 * its entry gives here: figures of the file alone, so the guard decides at
 * the same byte however the file was read (which members were skipped,
 * where the reads ended).
 *
 * The bytes come through a read callback, so a hostile directory can be
 * tried without a file (fuzz/fuzz_zipdir.c). */
#ifndef LX_ZIPDIR_H
#define LX_ZIPDIR_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/* Reads up to n bytes at offset off into buf, as pread() does: returns
 * the count (0 past the end) or -1. */
typedef ssize_t (*lx_zip_read_fn)(void *ud, uint64_t off, void *buf, size_t n);

typedef struct lx_zipent {
	uint64_t lho;   /* offset of its local header */
	uint64_t csize; /* compressed bytes of its data */
	uint64_t usize; /* the bytes they expand to, as the directory says */
} lx_zipent;

typedef struct lx_zipdir {
	lx_zipent *ent; /* sorted by lho */
	size_t n;
	uint64_t cd_off; /* where the directory starts */
} lx_zipdir;

/* Reads the central directory of the zip of size bytes.  Returns NULL
 * with d filled in (release it with lx_zipdir_free()), or, with d empty,
 * the reason the directory cannot be used: a message not yet translated
 * (N_): pass them through _()). */
const char *lx_zipdir_read(lx_zipdir *d, uint64_t size, lx_zip_read_fn rd, void *ud);

/* The offset in t[0..n), the last bytes of a zip, of its end of central
 * directory record: the last one whose comment ends where t does, or
 * where the zeros that end t begin (a zip written to a pipe by some tools
 * is padded to a block with zeros).  SIZE_MAX when there is none. */
size_t lx_zip_find_end(const unsigned char *t, size_t n);

/* The most entries a directory may list to be read here (and by
 * libarchive, which keeps a few hundred bytes for each): a longer one is
 * left alone, and its zip read from its local headers, one member at a
 * time, as from a pipe. */
#define LX_ZIP_DIR_MAX 65535u

/* Reads only the end records of the zip of size bytes: sets *entries to
 * the count the directory claims.  Returns NULL, or the reason as
 * lx_zipdir_read() does. */
const char *lx_zipdir_entries(uint64_t size, lx_zip_read_fn rd, void *ud, uint64_t *entries);

/* lx_zipdir_read() and lx_zipdir_locals() in turn, for a file: except
 * that a directory of more than LX_ZIP_DIR_MAX entries is not read (*big
 * set, NULL returned, d empty).  Returns NULL with d filled in, or the
 * first reason with d empty. */
const char *lx_zipdir_load(lx_zipdir *d, uint64_t size, lx_zip_read_fn rd, void *ud, int *big);

/* Walks the local headers of the zip whose directory is d, one after the
 * other from its first byte.  Returns NULL when they are the entries of
 * the directory, each at its offset, its data (and data descriptor) ending
 * where the next begins, the last where the directory starts; else the reason
 * (N_): libarchive reads a file from its directory and a pipe from its
 * local headers, and the same bytes must give the same members. */
const char *lx_zipdir_locals(const lx_zipdir *d, lx_zip_read_fn rd, void *ud);

/* The entry whose data starts at off: the one with the greatest local
 * header offset not after off, or NULL when none starts before off. */
const lx_zipent *lx_zipdir_find(const lx_zipdir *d, uint64_t off);

void lx_zipdir_free(lx_zipdir *d);

/* Checks t[0..n), the last bytes of a zip read from its local headers
 * (end: the offset just after them), against the entries local headers
 * were found for: a missing or damaged end record or directory, or one
 * that lists another count, gives the reason (N_); NULL when they agree
 * (a zip64 end record is not checked). */
const char *lx_zip_tail_check(const unsigned char *t, size_t n, uint64_t end, uint64_t entries);

/* A file as the read callback sees it (ud): its descriptor, and the
 * offset in it where the zip starts. */
typedef struct lx_zipfile {
	int fd;
	off_t base;
} lx_zipfile;

/* pread() on an lx_zipfile (ud), retried after EINTR. */
ssize_t lx_zipfile_pread(void *ud, uint64_t off, void *buf, size_t n);

/* The messages lx_zipdir_read() and lx_zipdir_locals() return (not yet
 * translated: pass them through _()). */
extern const char lx_zip_no_end[];
extern const char lx_zip_damaged[];
extern const char lx_zip_disagrees[];

#endif
