/* archive.c - archives, compressed files and plain text from one stream.
 * See archive.h.
 *
 * Every stream (a file, stdin, or the data of an archive member) is a
 * struct src.  It is first probed with a libarchive handle that knows only
 * the archive formats; what that handle reads is recorded (or, for a
 * regular file, re-read after a seek) so that a stream that turns out not
 * to be an archive can be replayed from its first byte: as plain text when
 * no compression filter was recognised, or through a second handle with
 * the "raw" format when one was.  An archive's members become child
 * streams whose reads call archive_read_data() on the parent handle, so
 * nested archives are read in place, one block at a time.  A stream that
 * starts with a compression's magic number is decompressed by a handle of
 * its own, and what comes out is probed again as a stream.
 *
 * Why the rest is one file: every part below works on struct src and
 * its replay state (the record of a pipe, the rewind of a file, the tail
 * of a zip kept for its directory check, the budget of a cpio header),
 * and the libarchive callbacks, the probing, the member reading and the
 * zip checks each change that state in turn; apart, they would share the
 * struct through a header and its rules through comments.  What needs no
 * stream, the format checks on a stream's first bytes and the probes
 * before a bundle is read, is archive_sniff.c. */
#include "archive.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "archive_sniff.h"
#include "i18n.h"
#include "sevenzip.h"
#include "util.h"
#include "zipdir.h"

#define LX_BLOCK (64u * 1024u)              /* read size */
#define LX_EMPTY_TAR 10240u                 /* an empty tar: one record of zero blocks */
#define LX_REC_MAX (8u * 1024u * 1024u)     /* replay record of a pipe */
#define LX_RATIO_FLOOR ((uint64_t)16 << 20) /* no bomb below this size */
#define LX_HEADER_MAX (1u << 20)            /* bytes a cpio header may read ahead */
#define LX_ZIP_TAIL (128u * 1024u)          /* end of a zip kept to check its directory */
#define LX_7Z_PIPE N_("7z archive cannot be read from a pipe or from inside another archive")
#define LX_7Z_CANDIDATES 8u /* 7z signatures checked in a self-extractor */

typedef struct src {
	lx_reader *r;
	size_t level; /* chain parts naming this stream */
	/* a file ... */
	int fd; /* -1 for a member */
	int seekable;
	off_t base;    /* file offset of the stream's byte 0 */
	uint64_t fpos; /* current offset from base */
	uint64_t high; /* bytes counted in st->bytes so far */
	/* ... or the data of a member of parent */
	struct archive *parent;
	struct src *up;     /* the parent handle's own stream */
	int64_t in0;        /* parent's raw bytes when the member began */
	uint64_t out;       /* bytes read from the member */
	uint64_t sum;       /* outermost member: bytes read at every level
	                            inside it, its own included (ratio guard) */
	uint64_t cap;       /* outermost member of a zip file: the most sum may
	                            reach (ratio guard), or 0 */
	uint64_t own_cap;   /* ... the most out may reach (its size) */
	uint64_t declared;  /* ... its size as its directory gives it */
	int over;           /* ... a cap reached with bytes left: refused (1:
	                            sum, a bomb; 2: out, larger than declared) */
	int prc;            /* archive_read_data_block() failure, or 0 */
	const void *pend_p; /* a block of the member not yet delivered */
	size_t pend_n;
	uint64_t pend_off; /* its offset in the member */
	/* replay of what the probe read (streams that cannot seek) */
	unsigned char *rec;
	size_t nrec, caprec, rpos;
	int recording, replaying, overflow;
	int eof;
	int failed;        /* a read failed; it has been reported */
	int inflated;      /* the decompressed data of its parent */
	char *why;         /* its failure, not reported yet; owned */
	int hdr_armed;     /* a cpio header is being read: ... */
	size_t hdr_left;   /* ... it may read this much more */
	const char *zname; /* compression seen in the first bytes */
	/* a zip (read from its local headers): the last bytes libarchive
	 * took, to check the central directory against them at the end */
	unsigned char *ztail; /* 2 * LX_ZIP_TAIL bytes, or NULL */
	int zstream;          /* a zip file read from its local headers */
	size_t nztail;
	uint64_t zpos;       /* stream offset just after ztail's bytes */
	lx_zipdir zdir;      /* a zip file read from its directory: that */
	unsigned char *blk;  /* LX_BLOCK bytes */
	unsigned char *head; /* LX_PEEK bytes: the first of the stream */
} src;

/* --- reporting -------------------------------------------------------- */

static void report(lx_reader *r, size_t depth, const char *msg, int err)
{
	lx_chain view = r->chain;
	if (depth && depth < view.n)
		view.n = depth;
	if (err) {
		r->st->errors++;
		if (r->sink->error)
			r->sink->error(r->sink->ud, &view, msg);
	} else {
		r->st->notes++;
		if (r->sink->note)
			r->sink->note(r->sink->ud, &view, msg);
	}
}

void lx_reader_error(lx_reader *r, size_t depth, const char *msg)
{
	report(r, depth, msg, 1);
}

void lx_reader_note(lx_reader *r, size_t depth, const char *msg)
{
	report(r, depth, msg, 0);
}

void lx_reader_syserr(lx_reader *r, size_t depth, const char *what, int err)
{
	char e[256], msg[384];
	snprintf(e, sizeof e, "%s", strerror(err));
	if (e[0] >= 'A' && e[0] <= 'Z')
		e[0] = (char)(e[0] + 32);
	if (what)
		snprintf(msg, sizeof msg, "%s: %s", what, e);
	else
		snprintf(msg, sizeof msg, "%s", e);
	report(r, depth, msg, 1);
}

void lx_reader_init(lx_reader *r, const lx_config *cfg, const lx_sink *sink, lx_input_stats *st,
                    const char *arg)
{
	memset(r, 0, sizeof *r);
	r->cfg = cfg;
	r->sink = sink;
	r->st = st;
	r->dec = lx_decoder_new(cfg->max_line ? cfg->max_line : 1u << 20);
	lx_chain_push(&r->chain, arg);
}

/* Takes up to want units of budget kind for r: the bundle's own
 * counters, or the hook's (walk.h). */
static uint64_t take(lx_reader *r, int kind, uint64_t want, int force)
{
	uint64_t *used = kind == LX_TAKE_MEMBERS ? &r->members : &r->unpacked;
	uint64_t limit = kind == LX_TAKE_MEMBERS ? r->cfg->max_members : r->cfg->max_expand;
	if (r->hook)
		return r->hook->take(r->hook->ud, kind, want, force);
	if (!force && want > (limit > *used ? limit - *used : 0))
		want = limit > *used ? limit - *used : 0;
	*used += want;
	return want;
}

int lx_reader_take_member(lx_reader *r)
{
	char msg[256];
	unsigned long long max = (unsigned long long)r->cfg->max_members;
	if (take(r, LX_TAKE_MEMBERS, 1, 0))
		return 1;
	if (r->chain.sep[r->chain.n - 1] == '!')
		snprintf(msg, sizeof msg,
		         P_("more than %llu archive member, rest skipped",
		            "more than %llu archive members, rest skipped", max),
		         max);
	else
		snprintf(msg, sizeof msg,
		         P_("more than %llu file, rest skipped",
		            "more than %llu files, rest skipped", max),
		         max);
	report(r, 0, msg, 1);
	r->stop = r->spent = 1;
	return 0;
}

int lx_reader_stopped(const lx_reader *r)
{
	return r->hook && r->hook->stopped(r->hook->ud);
}

void lx_reader_fini(lx_reader *r)
{
	lx_decoder_free(r->dec);
	lx_chain_free(&r->chain);
	r->dec = NULL;
}

/* Writes a size as "16 GiB", "512 KiB" or "1000 bytes". */
static void fmt_size(char *out, size_t cap, uint64_t v)
{
	static const char *const unit[] = {"bytes", "KiB", "MiB", "GiB", "TiB"};
	unsigned u = 0;
	while (u < 4 && v >= 1024 && v % 1024 == 0) {
		v /= 1024;
		u++;
	}
	if (!u)
		snprintf(out, cap, P_("%llu byte", "%llu bytes", v), (unsigned long long)v);
	else
		snprintf(out, cap, "%llu %s", (unsigned long long)v, unit[u]);
}

static const char *format_name(struct archive *a)
{
	switch (archive_format(a) & ARCHIVE_FORMAT_BASE_MASK) {
	case ARCHIVE_FORMAT_ZIP:
		return "zip";
	case ARCHIVE_FORMAT_TAR:
		return "tar";
	case ARCHIVE_FORMAT_7ZIP:
		return "7z";
	case ARCHIVE_FORMAT_CPIO:
		return "cpio";
	default:
		return NULL;
	}
}

static const char *filter_name(struct archive *a)
{
	switch (archive_filter_count(a) > 1 ? archive_filter_code(a, 0) : 0) {
	case ARCHIVE_FILTER_GZIP:
		return "gzip";
	case ARCHIVE_FILTER_BZIP2:
		return "bzip2";
	case ARCHIVE_FILTER_XZ:
		return "xz";
	case ARCHIVE_FILTER_LZMA:
		return "lzma";
	case ARCHIVE_FILTER_ZSTD:
		return "zstd";
	case ARCHIVE_FILTER_LZ4:
		return "lz4";
	default:
		return NULL;
	}
}

static int has(const char *hay, const char *needle)
{
	return strstr(hay, needle) != NULL;
}

/* Turns libarchive's error on a into a short lower-case reason.  zname
 * names the compression when libarchive forgot it; at_eof: the input of a
 * had ended, so a failure to decode is a truncation. */
static void reason(struct archive *a, const char *zname, int at_eof, char *out, size_t cap)
{
	const char *msg = archive_error_string(a);
	const char *fmt = format_name(a), *filt = filter_name(a);
	char low[256];
	size_t i, n;

	if ((!msg || !*msg) && fmt && !archive_errno(a)) {
		/* libarchive gave up on the archive without a word */
		snprintf(out, cap, _("damaged %s archive"), fmt);
		return;
	}
	if (!msg || !*msg)
		msg = "read error"; /* said below in the report's language */
	n = strlen(msg);
	if (n >= sizeof low)
		n = sizeof low - 1;
	for (i = 0; i < n; i++)
		low[i] = (char)(msg[i] >= 'A' && msg[i] <= 'Z' ? msg[i] + 32 : msg[i]);
	/* some of libarchive's messages end in a period or a newline */
	while (n && (low[n - 1] == '.' || low[n - 1] == ' ' || low[n - 1] == '\n' ||
	             low[n - 1] == '\r' || low[n - 1] == '\t'))
		n--;
	low[n] = '\0';
	if (!filt)
		filt = zname;

	if (has(low, "encrypt") || has(low, "passphrase") || has(low, "decrypt"))
		snprintf(out, cap, "%s", _("encrypted member skipped"));
	else if (has(low, "seek") && fmt && !strcmp(fmt, "7z"))
		snprintf(out, cap, "%s", _(LX_7Z_PIPE));
	else if ((has(low, "crc") || has(low, "checksum")) && fmt)
		snprintf(out, cap, _("bad crc, %s data corrupt"), fmt);
	else if (has(low, "crc") || has(low, "checksum"))
		snprintf(out, cap, "%s", _("bad crc, compressed data corrupt"));
	else if (at_eof || has(low, "truncated") || has(low, "premature") ||
	         has(low, "unexpected end") || has(low, "unexpected eof")) {
		if (filt && (!fmt || has(low, filt)))
			snprintf(out, cap, _("truncated %s stream"), filt);
		else if (fmt)
			snprintf(out, cap, _("truncated %s archive"), fmt);
		else
			snprintf(out, cap, "%s", _("truncated input"));
	} else if (!strcmp(low, "read error")) {
		snprintf(out, cap, "%s", _("read error"));
	} else {
		snprintf(out, cap, "%s", low); /* libarchive's own words */
	}
}

/* Reports the error of handle a (which reads from the stream in) about
 * the stream s. */
static void report_archive(src *s, struct archive *a, const src *in)
{
	char msg[320];
	reason(a, s->zname, in && in->eof, msg, sizeof msg);
	report(s->r, s->level, msg, 1);
}

/* --- streams ---------------------------------------------------------- */

static void src_init(src *s, lx_reader *r, size_t level)
{
	memset(s, 0, sizeof *s);
	s->r = r;
	s->level = level;
	s->fd = -1;
	s->blk = lx_xmalloc(LX_BLOCK);
	s->head = lx_xmalloc(LX_PEEK);
}

static void src_fini(src *s)
{
	if (s->why)
		report(s->r, s->level, s->why, 1);
	free(s->why);
	free(s->ztail);
	lx_zipdir_free(&s->zdir);
	free(s->rec);
	free(s->blk);
	free(s->head);
	s->rec = s->blk = s->head = s->ztail = NULL;
	s->why = NULL;
}

static void fail(src *s, const char *msg)
{
	s->failed = 1;
	report(s->r, s->level, msg, 1);
}

/* The next block of a member, from libarchive's own buffer (no copy).  A
 * hole of a sparse member comes as zeros, as archive_read_data() gives. */
static ssize_t member_block(src *s, const void **p)
{
	for (;;) {
		const void *buf;
		size_t size;
		la_int64_t off;
		int rc;
		if (s->pend_n) {
			if (s->pend_off > s->out) { /* a hole first */
				uint64_t gap = s->pend_off - s->out;
				size_t k = gap < LX_BLOCK ? (size_t)gap : LX_BLOCK;
				memset(s->blk, 0, k);
				*p = s->blk;
				return (ssize_t)k;
			}
			*p = s->pend_p;
			size = s->pend_n;
			s->pend_n = 0;
			return (ssize_t)size;
		}
		rc = archive_read_data_block(s->parent, &buf, &size, &off);
		if (rc == ARCHIVE_EOF)
			return 0;
		if (rc < ARCHIVE_OK)
			return rc;
		if (!size)
			continue;
		if (off >= 0 && (uint64_t)off < s->out) { /* overlap: drop it */
			uint64_t skip = s->out - (uint64_t)off;
			if (skip >= size)
				continue;
			buf = (const char *)buf + skip;
			size -= (size_t)skip;
			off = (la_int64_t)s->out;
		}
		s->pend_p = buf;
		s->pend_n = size;
		s->pend_off = off >= 0 ? (uint64_t)off : s->out;
	}
}

/* Reports the member top (or what is being read inside it, s) as a bomb,
 * or as larger than its zip directory says: nothing more of it is read. */
static void refuse_bomb(src *s, src *top)
{
	char msg[256], sz[48];
	if (top->over == 2) {
		fmt_size(sz, sizeof sz, top->declared);
		snprintf(msg, sizeof msg,
		         _("larger than the %s its zip directory gives, rest skipped"), sz);
	} else {
		snprintf(msg, sizeof msg, _("compression ratio above %llu:1, looks like a bomb"),
		         (unsigned long long)s->r->cfg->max_ratio);
	}
	fail(s, msg);
	top->failed = 1;
}

/* The caps of c, the outermost member of a zip file, whose directory
 * entry is e (none when --max-ratio is 0).  What is read at every level
 * inside it may reach --max-ratio times its compressed size; a member whose
 * entry claims more than that is a bomb by its own word, and that reach is
 * the floor.  Its own bytes may reach the size its entry gives: it cannot
 * expand more than that honestly, and one that does is refused there.
 * Neither cap is below the floor, so small members never trip them. */
static void zip_caps(src *c, uint64_t ratio, const lx_zipent *e)
{
	uint64_t csize = e->csize ? e->csize : 1;
	if (!ratio)
		return;
	c->declared = e->usize;
	c->own_cap = e->usize < LX_RATIO_FLOOR ? LX_RATIO_FLOOR : e->usize;
	if (e->usize / csize >= ratio && e->usize > ratio * csize)
		c->cap = LX_RATIO_FLOOR;
	else if (csize > UINT64_MAX / ratio)
		c->cap = UINT64_MAX;
	else
		c->cap = csize * ratio < LX_RATIO_FLOOR ? LX_RATIO_FLOOR : csize * ratio;
}

/* Reads the next bytes of the stream itself; *p points at them until the
 * next call.  Returns the count, 0 at the end, -1 after a failure
 * (reported here, once per chain of streams). */
static ssize_t raw_read(src *s, const void **p)
{
	lx_reader *r = s->r;
	void *buf = s->blk;
	size_t cap = LX_BLOCK;
	ssize_t n;
	src *top;
	*p = s->blk;

	if (s->failed)
		return -1;
	if (s->fd >= 0) {
		/* reads of a seekable file end on block boundaries whatever was
		 * read or skipped before, so that libarchive sees the same pieces
		 * of a member however it got there: when a member is corrupt,
		 * libarchive drops the piece it was decompressing, and what was
		 * read of the member must not depend on which members were
		 * skipped before it (a walk with a hook skips units) */
		if (s->seekable)
			cap = LX_BLOCK - (size_t)((s->base + s->fpos) % LX_BLOCK);
		do
			n = read(s->fd, buf, cap);
		while (n < 0 && errno == EINTR);
		if (n < 0) {
			s->failed = 1;
			lx_reader_syserr(r, s->level, _("read error"), errno);
			return -1;
		}
		s->fpos += (uint64_t)n;
		if (s->fpos > s->high) {
			r->st->bytes += s->fpos - s->high;
			s->high = s->fpos;
		}
		return n;
	}
	for (top = s; top->up && top->up->fd < 0; top = top->up)
		;
	if (top->failed) { /* the guard below ended it: nothing more */
		s->failed = 1;
		return -1;
	}
	if (top->over) {
		refuse_bomb(s, top);
		return -1;
	}
	n = member_block(s, p);
	if (n < 0) {
		s->prc = (int)n;
		if (s->up && s->up->failed) {
			/* reported, or the decompression below failed: then named
			 * after this member */
			if (s->up->why)
				report(r, s->level, s->up->why, 1);
			free(s->up->why);
			s->up->why = NULL;
		} else if (s->inflated) {
			/* named after the member being read from it, if any */
			char msg[320];
			reason(s->parent, s->zname, s->up && s->up->eof, msg, sizeof msg);
			s->why = lx_xstrdup(msg);
		} else {
			report_archive(s, s->parent, s->up);
		}
		s->failed = 1;
		return -1;
	}
	/* the ratio guard sees nesting: the bytes read at every level inside
	 * a member of the outermost container (top), against what that
	 * member takes of the container */
	if (top->cap) {
		/* its sizes are known: exactly up to a cap is read, and it is
		 * refused at the next read if there was more */
		uint64_t room = top->cap - top->sum;
		int why = 1;
		if (s == top && top->own_cap - s->out < room) {
			room = top->own_cap - s->out;
			why = 2;
		}
		if ((uint64_t)n > room) {
			n = (ssize_t)room;
			top->over = why;
			if (!n) {
				refuse_bomb(s, top);
				return -1;
			}
		}
		top->sum += (uint64_t)n;
	} else {
		/* a stream: against the compressed bytes taken so far */
		top->sum += (uint64_t)n;
		if (top->sum > LX_RATIO_FLOOR) {
			int64_t in = archive_filter_bytes(top->parent, -1) - top->in0;
			if (in < 1)
				in = 1;
			if (r->cfg->max_ratio && top->sum / (uint64_t)in > r->cfg->max_ratio) {
				refuse_bomb(s, top);
				return -1;
			}
		}
	}
	s->out += (uint64_t)n;
	return n;
}

/* Next block of the stream: replayed bytes first, then fresh ones (kept
 * while recording).  *p stays valid until the next call. */
static ssize_t src_next(src *s, const void **p)
{
	ssize_t n;
	if (s->replaying) {
		if (s->rpos < s->nrec) {
			*p = s->rec + s->rpos;
			n = (ssize_t)(s->nrec - s->rpos);
			s->rpos = s->nrec;
			return n;
		}
		s->replaying = 0;
		if (!s->recording) {
			free(s->rec);
			s->rec = NULL;
			s->nrec = s->caprec = s->rpos = 0;
		}
	}
	if (s->eof)
		return 0;
	n = raw_read(s, p);
	if (n == 0)
		s->eof = 1;
	if (n > 0 && s->recording) {
		if (s->nrec + (size_t)n > LX_REC_MAX) {
			s->overflow = 1;
			s->recording = 0;
		} else {
			lx_xgrow(&s->rec, &s->caprec, s->nrec + (size_t)n, 1);
			memcpy(s->rec + s->nrec, *p, (size_t)n);
			s->nrec += (size_t)n;
			s->rpos = s->nrec;
		}
	}
	return n;
}

/* Copies up to want first bytes of the stream into out without using them
 * up.  Returns the count. */
static size_t peek(src *s, unsigned char *out, size_t want)
{
	size_t got = 0;
	if (s->seekable) {
		while (got < want) {
			ssize_t n = pread(s->fd, out + got, want - got, s->base + (off_t)got);
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0)
				break;
			got += (size_t)n;
		}
		return got;
	}
	s->recording = 1;
	while (s->nrec < want && !s->eof && !s->failed) {
		const void *p;
		if (src_next(s, &p) < 0)
			break;
	}
	s->replaying = 1;
	s->rpos = 0;
	got = s->nrec < want ? s->nrec : want;
	if (got)
		memcpy(out, s->rec, got);
	return got;
}

/* Starts the stream over from its first byte.  Returns 0, or -1 (reported)
 * when that is impossible. */
static int rewind_src(src *s)
{
	if (s->failed)
		return -1;
	if (s->seekable) {
		if (lseek(s->fd, s->base, SEEK_SET) < 0) {
			fail(s, _("cannot rewind input"));
			return -1;
		}
		s->fpos = 0;
		s->eof = 0;
		return 0;
	}
	if (s->overflow) {
		fail(s, _("format detection needed more than 8 MiB of input"));
		return -1;
	}
	s->recording = 0;
	s->replaying = 1;
	s->rpos = 0;
	return 0;
}

/* Whether s ends within limit bytes.  s is rewound before and after. */
static int short_stream(src *s, size_t limit)
{
	const void *p;
	ssize_t n = 0;
	size_t total = 0;
	int shrt;
	if (rewind_src(s))
		return 0;
	s->recording = !s->seekable; /* keep what is read, to rewind again */
	while (total <= limit && (n = src_next(s, &p)) > 0)
		total += (size_t)n;
	shrt = n == 0 && total <= limit;
	if (rewind_src(s))
		return 0;
	s->recording = !s->seekable;
	s->replaying = 0;
	return shrt;
}

/* Keeps p[0..n), the next bytes of the zip s, in its tail. */
static void ztail_add(src *s, const void *p, size_t n)
{
	s->zpos += n;
	if (n >= LX_ZIP_TAIL) {
		memcpy(s->ztail, (const unsigned char *)p + n - LX_ZIP_TAIL, LX_ZIP_TAIL);
		s->nztail = LX_ZIP_TAIL;
		return;
	}
	if (s->nztail + n > 2 * LX_ZIP_TAIL) {
		memmove(s->ztail, s->ztail + s->nztail - LX_ZIP_TAIL, LX_ZIP_TAIL);
		s->nztail = LX_ZIP_TAIL;
	}
	memcpy(s->ztail + s->nztail, p, n);
	s->nztail += n;
}

/* The zip s was read from its local headers (from a pipe, or a file whose
 * central directory disagrees with them) and n entries were found.  Reads
 * what is left of it and checks its central directory against them, as
 * zip_local_check() does for a file: a damaged or missing directory, or
 * one that lists other entries, is an error. */
static void zip_check(src *s, uint64_t n)
{
	const void *p;
	const char *why;
	ssize_t k;
	while ((k = src_next(s, &p)) > 0)
		ztail_add(s, p, (size_t)k);
	if (k < 0)
		return; /* reported */
	why = lx_zip_tail_check(s->ztail, s->nztail, s->zpos, n);
	if (why)
		fail(s, _(why));
}

static la_ssize_t cb_read(struct archive *a, void *ud, const void **buf)
{
	src *s = ud;
	ssize_t n = src_next(s, buf);
	if (n > 0 && s->hdr_armed) {
		/* libarchive reads a cpio name or link target ahead in one
		 * piece of the size the header claims */
		if ((size_t)n > s->hdr_left) {
			char sz[48], msg[256];
			fmt_size(sz, sizeof sz, LX_HEADER_MAX);
			snprintf(msg, sizeof msg, _("cpio header larger than %s, rest skipped"),
			         sz);
			fail(s, msg);
			n = -1;
		} else {
			s->hdr_left -= (size_t)n;
		}
	}
	if (n > 0 && s->ztail)
		ztail_add(s, *buf, (size_t)n);
	if (n < 0)
		archive_set_error(a, EIO, "read error");
	return n;
}

static la_int64_t cb_seek(struct archive *a, void *ud, la_int64_t off, int whence)
{
	src *s = ud;
	off_t o;
	(void)a;
	if (whence == SEEK_SET)
		off += s->base;
	o = lseek(s->fd, (off_t)off, whence);
	if (o < 0 || o < s->base)
		return ARCHIVE_FATAL;
	s->replaying = 0;
	s->eof = 0;
	s->fpos = (uint64_t)(o - s->base);
	return (la_int64_t)s->fpos;
}

static la_int64_t cb_skip(struct archive *a, void *ud, la_int64_t request)
{
	src *s = ud;
	off_t o;
	(void)a;
	if (request <= 0 || s->replaying)
		return 0;
	o = lseek(s->fd, (off_t)request, SEEK_CUR);
	if (o < 0)
		return 0;
	s->fpos = (uint64_t)(o - s->base);
	if (s->ztail) { /* member data: the directory comes after it */
		s->zpos += (uint64_t)request;
		s->nztail = 0;
	}
	return request;
}

/* --- handles (the format checks are archive_sniff.c) ------------------- */

/* A new handle on s: the archive formats (raw == 0) or the raw format
 * (raw == 1), plus every compression filter built into libarchive.  Never
 * a filter that runs an external program.  The handle is opened (which
 * detects filters and format); *rc is archive_read_open1()'s result.
 * Returns NULL (reported) only when no handle can be made. */
static struct archive *open_handle(src *s, int raw, int cpio, int *rc)
{
	struct archive *a = archive_read_new();
	if (!a) {
		fail(s, _("out of memory"));
		return NULL;
	}
	if (raw) {
		archive_read_support_format_raw(a);
	} else {
		if (s->zstream)
			archive_read_support_format_zip_streamable(a);
		else
			archive_read_support_format_zip(a);
		archive_read_support_format_tar(a);
		archive_read_support_format_7zip(a);
		if (cpio)
			archive_read_support_format_cpio(a);
	}
	if (archive_zlib_version())
		archive_read_support_filter_gzip(a);
	if (archive_bzlib_version())
		archive_read_support_filter_bzip2(a);
	if (archive_liblzma_version()) {
		archive_read_support_filter_xz(a);
		archive_read_support_filter_lzma(a);
	}
	if (archive_libzstd_version())
		archive_read_support_filter_zstd(a);
	if (archive_liblz4_version())
		archive_read_support_filter_lz4(a);
	archive_read_set_callback_data(a, s);
	archive_read_set_read_callback(a, cb_read);
	if (s->seekable) {
		archive_read_set_seek_callback(a, cb_seek);
		archive_read_set_skip_callback(a, cb_skip);
	}
	*rc = archive_read_open1(a);
	return a;
}

/* --- delivery --------------------------------------------------------- */

/* Decodes the rest of s as one text file named by r->chain.  Its bytes
 * count against --max-expand, whatever the bundle's shape. */
static void deliver(lx_reader *r, src *s, int64_t mtime)
{
	const void *p;
	ssize_t n;
	int declined = 0;

	lx_decoder_begin(r->dec, r->sink, &r->chain, mtime);
	while (!lx_reader_stopped(r) && (n = src_next(s, &p)) > 0) {
		size_t k = (size_t)take(r, LX_TAKE_BYTES, (uint64_t)n, 0);
		int full = k < (size_t)n;
		r->st->expanded += k;
		if (k && lx_decoder_feed(r->dec, p, k)) {
			declined = 1;
			break;
		}
		if (full) {
			char sz[48], msg[256];
			fmt_size(sz, sizeof sz, r->cfg->max_expand);
			snprintf(msg, sizeof msg, _("expansion limit reached (%s)"), sz);
			report(r, s->level, msg, 1);
			r->stop = r->spent = 1;
			break;
		}
	}
	/* A declined (binary) member from an archive is read on up to the
	 * ratio guard's floor, so that a bomb of zeros is named as one. */
	while (declined && s->parent && !r->stop && !s->failed && s->out <= LX_RATIO_FLOOR &&
	       !lx_reader_stopped(r) && (n = src_next(s, &p)) > 0) {
		(void)take(r, LX_TAKE_BYTES, (uint64_t)n, 1);
		r->st->expanded += (uint64_t)n;
	}
	if (lx_decoder_end(r->dec)) {
		r->st->files++;
	} else if (lx_decoder_binary(r->dec)) {
		r->st->binary++;
		if (r->sink->skip)
			r->sink->skip(r->sink->ud, &r->chain, N_("binary"));
	}
}

static void read_stream(lx_reader *r, src *s, unsigned depth, int64_t mtime);

static int too_deep(lx_reader *r, src *s, unsigned depth)
{
	char msg[256];
	if (depth < r->cfg->max_depth)
		return 0;
	snprintf(msg, sizeof msg, _("archive nested too deep (--max-depth %u)"), r->cfg->max_depth);
	fail(s, msg);
	return 1;
}

/* The next header of the archive a read from s.  A cpio header is read
 * with a budget (see cb_read): what is left of the member before it is
 * skipped first, so that only the header itself counts. */
static int next_header(src *s, struct archive *a, struct archive_entry **e)
{
	int rc;
	if ((archive_format(a) & ARCHIVE_FORMAT_BASE_MASK) != ARCHIVE_FORMAT_CPIO)
		return archive_read_next_header(a, e);
	rc = archive_read_data_skip(a);
	if (rc < ARCHIVE_WARN)
		return rc;
	s->hdr_armed = 1;
	s->hdr_left = LX_HEADER_MAX;
	rc = archive_read_next_header(a, e);
	s->hdr_armed = 0;
	return rc;
}

/* Reads every member of the archive a (whose first header is e). */
static void read_members(lx_reader *r, src *s, struct archive *a, struct archive_entry *e,
                         unsigned depth, int64_t mtime)
{
	int rc = ARCHIVE_OK;
	uint64_t entries = 0;
	const lx_zipent *ze;
	/* the bundle itself: its members are the units of a hook */
	const lx_read_hook *hook = !depth && s->level == 1 ? r->hook : NULL;
	for (;;) {
		mode_t type = archive_entry_filetype(e);
		entries++;
		int mine = 0;
		if (type == AE_IFREG && !(archive_entry_hardlink(e) && archive_entry_size(e) == 0))
			mine = !hook || hook->unit(hook->ud);
		if (mine) {
			const char *name = archive_entry_pathname(e);
			int64_t mt = archive_entry_mtime_is_set(e) ? (int64_t)archive_entry_mtime(e)
			                                           : mtime;
			lx_chain_push(&r->chain, name ? name : "?");
			if (!lx_reader_take_member(r)) {
				/* reported */
			} else if (archive_entry_is_encrypted(e)) {
				report(r, 0, _("encrypted member skipped"), 1);
			} else {
				src c;
				src_init(&c, r, r->chain.n);
				c.parent = a;
				c.up = s;
				c.in0 = archive_filter_bytes(a, -1);
				ze = s->zdir.ent ? lx_zipdir_find(&s->zdir, (uint64_t)c.in0) : NULL;
				if (ze)
					zip_caps(&c, r->cfg->max_ratio, ze);
				read_stream(r, &c, depth + 1, mt);
				rc = c.prc;
				src_fini(&c);
			}
			lx_chain_pop(&r->chain);
		}
		if (r->stop || s->failed || rc == ARCHIVE_FATAL)
			break;
		if (mine && hook)
			hook->unit_done(hook->ud);
		if (lx_reader_stopped(r))
			break;
		rc = next_header(s, a, &e);
		if (rc == ARCHIVE_EOF && s->ztail)
			zip_check(s, entries);
		if (rc == ARCHIVE_EOF) {
			if (hook)
				hook->eof(hook->ud);
			break;
		}
		if (rc < ARCHIVE_WARN) {
			if (!s->failed)
				report_archive(s, a, s);
			break;
		}
	}
}

/* Reads the compressed stream s through a handle that only decompresses,
 * and probes what comes out as a stream of its own (at the same level of
 * the chain): so the archive inside is read from bytes that can be looked
 * at and counted (cpio headers), like any other. */
static void inflate_stream(lx_reader *r, src *s, unsigned depth, int64_t mtime)
{
	struct archive *b;
	struct archive_entry *e;
	int rc;
	if (too_deep(r, s, depth))
		return;
	s->recording = 0; /* never rewound */
	b = open_handle(s, 1, 0, &rc);
	if (!b)
		return;
	if (rc == ARCHIVE_OK)
		rc = archive_read_next_header(b, &e);
	if (rc == ARCHIVE_OK || rc == ARCHIVE_WARN) {
		src c;
		src_init(&c, r, s->level);
		c.zname = s->zname;
		c.inflated = 1;
		c.parent = b;
		c.up = s;
		c.in0 = archive_filter_bytes(b, -1);
		read_stream(r, &c, depth, mtime);
		src_fini(&c);
	} else if (rc != ARCHIVE_EOF && !s->failed) {
		report_archive(s, b, s);
	}
	archive_read_free(b);
}

/* The zip file s: reads its central directory into s->zdir, for the ratio
 * guard, and checks it against the local headers (libarchive reads a file
 * from the directory, a pipe from the local headers; the same bytes must
 * give the same answer).  Returns NULL when they agree, else the reason
 * (s->zdir is then empty).  A directory of more than LX_ZIP_DIR_MAX
 * entries is not read: *big is set, and NULL returned. */
static const char *zip_local_check(src *s, int *big)
{
	struct stat sb;
	lx_zipfile f;
	const char *why;
	*big = 0;
	if (fstat(s->fd, &sb) < 0 || (uint64_t)sb.st_size < (uint64_t)s->base + 22)
		return NULL;
	f.fd = s->fd;
	f.base = s->base;
	why = lx_zipdir_load(&s->zdir, (uint64_t)sb.st_size - (uint64_t)s->base, lx_zipfile_pread,
	                     &f, big);
	return why ? _(why) : NULL;
}

/* Whether s holds a 7z archive that libarchive must not open: one that
 * cannot seek (libarchive would parse its header, then fail on every
 * member), or one whose header would cost too much (sevenzip.c).  Such an
 * archive is reported here.  head: the first nhead bytes of s. */
static int refuse_7z(src *s, const unsigned char *head, size_t nhead)
{
	unsigned char *buf = NULL;
	const unsigned char *p = head;
	size_t want, n = nhead, at, from = 0;
	char why[384];
	unsigned seen = 0;
	int bad = 0;
	if (!lx_7z_maybe(head, nhead, &want))
		return 0;
	if (want > nhead) { /* a self-extractor: its archive comes later */
		buf = lx_xmalloc(want);
		n = peek(s, buf, want);
		p = buf;
	}
	while (!bad && lx_7z_find(p, n, from, &at)) {
		if (!s->seekable) {
			snprintf(why, sizeof why, "%s", _(LX_7Z_PIPE));
			bad = 1;
		} else if (++seen > LX_7Z_CANDIDATES) {
			/* each could make us read 16 MiB of header */
			snprintf(why, sizeof why,
			         _("more than %u 7z signatures in a self-extractor"),
			         LX_7Z_CANDIDATES);
			bad = 1;
		} else if (lx_7z_check(s->fd, s->base + (off_t)at, why, sizeof why)) {
			bad = 1;
		}
		from = at + 1;
	}
	free(buf);
	if (bad)
		fail(s, why);
	return bad;
}

/* Probes s and reads it as an archive, a compressed file or plain text.
 * depth counts the archive levels s is inside. */
static void read_stream(lx_reader *r, src *s, unsigned depth, int64_t mtime)
{
	const unsigned char *head = s->head;
	struct archive *a;
	struct archive_entry *e = NULL;
	const char *z;
	size_t nhead;
	int rc, fmt, compressed = 0;

	nhead = peek(s, s->head, LX_PEEK);
	if (s->failed)
		return;
	if (lx_sniff_text(head, nhead)) {
		s->recording = 0;
		deliver(r, s, mtime);
		return;
	}
	z = lx_sniff_compression(head, nhead);
	if (z)
		s->zname = z;
	if (z && !s->inflated) {
		inflate_stream(r, s, depth, mtime);
		return;
	}
	if (!s->seekable)
		s->recording = 1;
	if (nhead >= 4 && !memcmp(head, "PK\3\4", 4)) {
		int big = 0;
		const char *why = s->seekable ? zip_local_check(s, &big) : NULL;
		if (why) {
			/* read from its local headers, as from a pipe */
			report(r, s->level, why, 1);
			s->zstream = 1;
		} else if (!s->seekable || big) {
			/* a pipe, or a directory too long to be held: read from
			 * the local headers, the directory checked at the end */
			s->zstream = big;
			s->ztail = lx_xmalloc(2 * LX_ZIP_TAIL);
		}
	}
	if (refuse_7z(s, head, nhead))
		return;
	a = open_handle(s, 0, lx_sniff_cpio(head, nhead), &rc);
	if (!a)
		return;
	if (rc == ARCHIVE_OK)
		rc = archive_read_next_header(a, &e);
	fmt = archive_format(a) & ARCHIVE_FORMAT_BASE_MASK;
	compressed = archive_filter_count(a) > 1 || z;
	if (s->failed) {
		/* reported by the stream */
	} else if (rc == ARCHIVE_OK || rc == ARCHIVE_WARN) {
		/* an archive: it is never replayed, so the record can go (or
		 * goes as soon as libarchive has read what is left of it) */
		s->recording = 0;
		if (!s->replaying) {
			free(s->rec);
			s->rec = NULL;
			s->nrec = s->caprec = s->rpos = 0;
		}
		if (!too_deep(r, s, depth))
			read_members(r, s, a, e, depth, mtime);
	} else if (rc == ARCHIVE_EOF && fmt &&
	           (fmt != ARCHIVE_FORMAT_TAR || short_stream(s, LX_EMPTY_TAR))) {
		/* an empty archive.  (A "tar" that ends at once is zero blocks;
		 * longer than an empty tar's one record, it is what a zero-filled
		 * bomb looks like and is read as data below, so that the binary
		 * check and the ratio guard see it.) */
	} else if (fmt && fmt != ARCHIVE_FORMAT_CPIO && rc != ARCHIVE_EOF) {
		report_archive(s, a, s);
	} else {
		/* not an archive: replay it as a compressed file or as text */
		archive_read_free(a);
		a = NULL;
		if (rewind_src(s) == 0) {
			if (!compressed || s->inflated)
				deliver(r, s, mtime);
			else
				inflate_stream(r, s, depth, mtime);
		}
	}
	if (a)
		archive_read_free(a);
}

lx_status lx_archive_read_fd(lx_reader *r, int fd, int seekable, int64_t mtime)
{
	src s;
	lx_input_stats was = *r->st;
	src_init(&s, r, r->chain.n);
	s.fd = fd;
	if (seekable) {
		off_t o = lseek(fd, 0, SEEK_CUR);
		if (o >= 0) {
			s.seekable = 1;
			s.base = o;
		}
	}
	read_stream(r, &s, 0, mtime);
	src_fini(&s);
	r->stop = 0;
	/* graded by what this input alone reported */
	was.errors = r->st->errors - was.errors;
	was.notes = r->st->notes - was.notes;
	return lx_input_status(&was);
}
