/* archive.h - reading one input stream whatever it holds: an archive (zip,
 * tar, 7z, cpio), a compressed single file (gzip, bzip2, xz, zstd, lz4), or
 * plain text.  The kind is detected from the content, never from the name.
 * Archive members are read in place through nested libarchive handles fed
 * from the parent's data: nothing is extracted or spooled.
 *
 * lx_reader is the state of one bundle, shared by walk.c and archive.c. */
#ifndef LX_ARCHIVE_H
#define LX_ARCHIVE_H

#include <stddef.h>
#include <stdint.h>

#include "decode.h"
#include "input.h"
#include "model.h"
#include "options.h"
#include "walk.h"

typedef struct lx_reader {
	const lx_config *cfg;     /* borrowed */
	const lx_sink *sink;      /* borrowed */
	lx_input_stats *st;       /* borrowed; updated as the bundle is read */
	lx_chain chain;           /* owned: the path of what is being read */
	lx_decoder *dec;          /* owned: decodes every text file in turn */
	uint64_t members;         /* archive members entered in this bundle */
	uint64_t unpacked;        /* bytes taken out of archives (max_expand) */
	int stop;                 /* a limit ended the current top-level file */
	int spent;                /* ... and the bundle: nothing more is read */
	const lx_read_hook *hook; /* borrowed; NULL: this reader reads all */
} lx_reader;

/* Prepares r for the bundle named arg (copied as chain part 0).  The
 * borrowed pointers must outlive r.  Release with lx_reader_fini(). */
void lx_reader_init(lx_reader *r, const lx_config *cfg, const lx_sink *sink, lx_input_stats *st,
                    const char *arg);
void lx_reader_fini(lx_reader *r);

/* Reports msg about the first depth parts of r->chain through sink->error
 * (depth 0 means the whole chain) and counts it in st->errors. */
void lx_reader_error(lx_reader *r, size_t depth, const char *msg);
/* Reports the system error err ("permission denied"), after "what: " when
 * what is not NULL, as lx_reader_error() does. */
void lx_reader_syserr(lx_reader *r, size_t depth, const char *what, int err);
/* The same through sink->note; not counted as an error. */
void lx_reader_note(lx_reader *r, size_t depth, const char *msg);

/* Reads the open file fd, named by r->chain, and delivers its text.
 * seekable: fd is a regular file positioned where the input starts, so it
 * may be rewound and seeked (needed for 7z archives).  mtime is the
 * file's modification time or LX_MTIME_UNKNOWN.  Every problem goes to
 * sink->error or sink->note; fd is left open for the caller to close.
 * Returns the grade of what this input reported (lx_input_status()):
 * LX_FAILED after an error, even when the text before it was delivered
 * (a member cut short, a member refused by a limit), LX_WARN after notes
 * only, else LX_OK. */
lx_status lx_archive_read_fd(lx_reader *r, int fd, int seekable, int64_t mtime);

/* Takes one member or file of --max-members.  Returns 1, or 0 after
 * reporting the limit (r->chain names what was not read) and ending the
 * bundle (r->spent). */
int lx_reader_take_member(lx_reader *r);

/* Nonzero when r's hook says to stop reading at once. */
int lx_reader_stopped(const lx_reader *r);

#endif
