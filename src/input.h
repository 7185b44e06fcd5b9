/* input.h - the contract between the readers (walk, archive, decode, lines)
 * and whatever consumes decoded text (the scanner).
 *
 * The readers walk one bundle: a file, a directory or stdin, opening every
 * archive level with libarchive and decoding each text member to UTF-8.  They
 * never print: every problem goes to sink->error, and every text file is
 * delivered as begin / lines... / end.  What they report grades their
 * result (lx_status, model.h): see lx_input_status() (walk.h). */
#ifndef LX_INPUT_H
#define LX_INPUT_H

#include <stddef.h>
#include <stdint.h>

#include "chain.h"

#define LX_MTIME_UNKNOWN INT64_MIN

typedef struct lx_file_info {
	const lx_chain *path; /* bundle argument, then members; valid during begin() */
	int64_t mtime;        /* seconds since the epoch, or LX_MTIME_UNKNOWN */
	const char *encoding; /* "utf-8", "utf-8-bom", "utf-16le", "utf-16be",
	                         "utf-16le-nobom" (as detected) */
} lx_file_info;

typedef struct lx_sink {
	/* A text file starts.  Returns a per-file handle passed to lines() and
	 * end(), or NULL when the consumer does not want this file (its bytes
	 * are then not decoded at all). */
	void *(*begin)(void *ud, const lx_file_info *fi);
	/* buf[0..len) holds one or more complete lines, each ending in '\n';
	 * a CR before the LF has been removed (CRLF and CR CR LF both end a
	 * line).  The text is UTF-8 but may be invalid UTF-8.  first_line is
	 * the 1-based number of the first line in buf.  The bytes are only
	 * valid during the call.  buf[len] is readable and is a NUL byte. */
	void (*lines)(void *fh, const char *buf, size_t len, uint64_t first_line);
	/* The file ended (normally or after an error reported via error()). */
	void (*end)(void *fh);
	/* An input problem.  path names the input and member(s); msg is a short
	 * lower-case reason such as "truncated gzip stream". */
	void (*error)(void *ud, const lx_chain *path, const char *msg);
	/* A non-error note (binary file skipped and similar): same form. */
	void (*note)(void *ud, const lx_chain *path, const char *msg);
	/* Optional.  When set, a file's decoded text is delivered here as it
	 * comes, in pieces that need not end on a line boundary, and lines() is
	 * not called: the consumer splits lines itself (lx_lines), for example
	 * on another thread. */
	void (*text)(void *fh, const char *buf, size_t len);
	/* Optional.  A file that is not delivered, and why ("binary"). */
	void (*skip)(void *ud, const lx_chain *path, const char *why);
	void *ud;
} lx_sink;

typedef struct lx_input_stats {
	uint64_t files;    /* text files delivered */
	uint64_t bytes;    /* bytes read from the bundle's own files */
	uint64_t expanded; /* bytes after decompression (what was decoded) */
	uint64_t binary;   /* files skipped as binary (counted, not noted) */
	int errors;        /* number of error() calls */
	int notes;         /* number of note() calls */
} lx_input_stats;

#endif
