/* filematch.h - one file through one matcher: the name its signatures'
 * `files` globs see, the choice of the signatures that read it, its lines
 * fed in, its end.  The single-thread scan, the pipeline's workers and
 * the lanes all match a file through this unit, so that a file is matched
 * the same way whichever of them reads it.
 *
 * An lx_filematch is used by one thread at a time. */
#ifndef LX_FILEMATCH_H
#define LX_FILEMATCH_H

#include <stddef.h>
#include <stdint.h>

#include "input.h"
#include "lines.h"
#include "match.h"
#include "options.h"
#include "sigdb.h"
#include "util.h"

typedef struct lx_filematch {
	lx_matcher *m;   /* owned */
	lx_lines *lines; /* owned; NULL: text arrives split into lines */
	lx_sink lsink;   /* the splitter's: its lines go to the matcher */
	lx_buf name;     /* the member name of the file being begun */
	void *ud;        /* the hit callback's, for the file being matched */
	int active;      /* a file is begun and not yet ended */
} lx_filematch;

/* Prepares fm with a matcher for db set up as cfg says (context,
 * unrecognised errors).  split: text will come through
 * lx_filematch_text() and is split into lines here.  db and cfg must
 * outlive fm.  Returns 0, or -1 when PCRE2 cannot allocate (fm is then
 * fini'ed already).  Release with lx_filematch_fini() (also after -1). */
int lx_filematch_init(lx_filematch *fm, const lx_sigdb *db, const lx_config *cfg, int split);
void lx_filematch_fini(lx_filematch *fm);

/* The member path that `files` globs see for a chain: the path inside the
 * innermost archive, or below the directory bundle, or the bundle itself
 * for a single file.  Written into b. */
void lx_filematch_member_name(const lx_chain *path, lx_buf *b);

/* Starts the file named member (its mtime as input.h gives it; in_archive:
 * it is an archive member, so that its mtime may date its lines).  Hits go
 * to fn(ud, ...).  Returns 1, or 0 when no signature reads it (nothing is
 * begun). */
int lx_filematch_begin(lx_filematch *fm, const char *member, int64_t mtime, int in_archive,
                       lx_hit_fn fn, void *ud);
/* The same for the file fi, its member name taken from its path. */
int lx_filematch_begin_file(lx_filematch *fm, const lx_file_info *fi, lx_hit_fn fn, void *ud);

/* Complete lines of the file begun (input.h's lines(); fh is fm). */
void lx_filematch_lines(void *fh, const char *buf, size_t len, uint64_t first_line);
/* Decoded text of the file begun, in pieces of any size (fm made with
 * split). */
void lx_filematch_text(lx_filematch *fm, const char *buf, size_t len);

/* Ends the file begun: pending windows are decided and their hits
 * reported.  Returns its number of lines (0 when nothing was begun). */
uint64_t lx_filematch_end(lx_filematch *fm);

#endif
