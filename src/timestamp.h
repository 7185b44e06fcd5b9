/* timestamp.h - when a log line was written.
 *
 * Recognises the line prefixes of the logs logdx reads, and turns partial
 * stamps (a time without a date, a date without a year, a 12-hour clock
 * without AM/PM) into full ones with a per-file context: the last full date
 * seen in the file (a session header) and the file's modification time.
 *
 * Times are seconds since 0001-01-01T00:00:00 in the log's own clock (no
 * time zone conversion); LX_TS_NONE means unknown. */
#ifndef LX_TIMESTAMP_H
#define LX_TIMESTAMP_H

#include <stddef.h>
#include <stdint.h>

#define LX_TS_NONE INT64_MIN

typedef enum lx_ts_kind {
	LX_TSK_NONE,
	LX_TSK_FULL,   /* date and time */
	LX_TSK_NOYEAR, /* month, day and time (MARS errlogs) */
	LX_TSK_TIME12, /* time on a 12-hour clock without AM/PM (installer Trc log) */
	LX_TSK_TIME24  /* time of day (msiexec lines) */
} lx_ts_kind;

typedef struct lx_tm {
	int year, mon, day; /* 0 when not present */
	int hour, min, sec;
} lx_tm;

/* Parses the timestamp at the start of line[0..n) (n may include the
 * newline).  Returns its kind; *tm is filled when not LX_TSK_NONE. */
lx_ts_kind lx_ts_parse(const char *line, size_t n, lx_tm *tm);

/* Where the time of an evidence line came from, best first: the line's own
 * stamp (or the nearest stamped line above it), the record it belongs to
 * ("Start time:", "First Seen At :"), the file's session header, a date in
 * the file's name, the archive member's modification time. */
typedef enum lx_ts_source {
	LX_TSS_NONE,
	LX_TSS_LINE,
	LX_TSS_RECORD,
	LX_TSS_FILE_HEADER,
	LX_TSS_FILE_NAME,
	LX_TSS_MTIME
} lx_ts_source;

/* "line", "record", "file-header", "file-name", "member-mtime", or NULL
 * for LX_TSS_NONE. */
const char *lx_ts_source_name(lx_ts_source s);
/* The inverse; LX_TSS_NONE for NULL or an unknown name. */
lx_ts_source lx_ts_source_parse(const char *name);

/* The per-file context that completes partial stamps. */
typedef struct lx_tsctx {
	int64_t date_base; /* last full stamp seen (LX_TS_NONE if none) */
	int year_hint;     /* year of the file's name date, else of its mtime, or 0 */
	int64_t mtime;     /* the file's mtime as a log-clock time, or LX_TS_NONE */
	int64_t name_ts;   /* the date in the file's name, or LX_TS_NONE */
} lx_tsctx;

/* mtime_epoch: seconds since 1970 (UTC), or LX_TS_NONE. */
void lx_tsctx_init(lx_tsctx *c, int64_t mtime_epoch);
/* Takes the date in a file's name (its last path component) into the
 * context: installer logs are named 250202-053643ASRUnifiedAgentInstaller.log
 * (YYMMDD-HHMMSS), transcripts ...20240603010002.txt (YYYYMMDDHHMMSS),
 * others YYYYMMDD[-_]HHMMSS or YYYY-MM-DD[_ T]HH-MM-SS. */
void lx_tsctx_name(lx_tsctx *c, const char *name);
/* The date in a file name as above, or LX_TS_NONE. */
int64_t lx_ts_from_name(const char *name);
/* Completes tm (of kind k) against the context's last full date base
 * (a date without a year takes the year of that base, else of the file's
 * name, else of its mtime).  Returns the time, or LX_TS_NONE. */
int64_t lx_ts_resolve(const lx_tsctx *c, int64_t date_base, lx_ts_kind k, const lx_tm *tm);
/* Whether s[0..n) is a record's time line ("Start time: 2/2/2025 5:36:43 AM",
 * "First Seen At : 2025-02-02T05:36:43Z"); *out gets the time. */
int lx_ts_record(const char *s, size_t n, int64_t *out);
/* Seconds since 0001-01-01 for a full civil date and time. */
int64_t lx_ts_make(int y, int mo, int d, int h, int mi, int s);
/* Writes YYYY-MM-DDTHH:MM:SS (20 bytes with the NUL) into out. */
void lx_ts_format(int64_t t, char out[20]);

/* Whether the line s[0..n) starts with a stamp that has its own date (what
 * lx_ts_parse() calls LX_TSK_FULL), filling *tm when it does: the cheaper
 * question when only full stamps matter. */
int lx_ts_full(const char *s, size_t n, lx_tm *t);

#endif
