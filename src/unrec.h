/* unrec.h - which lines look like errors, for the "unrecognised errors"
 * of a report (doc/templates.md).
 *
 * A line looks like an error when it holds a level word or a failure word
 * in one of the report languages (en, ru, zh-CN, zh-TW, es, fr: "error",
 * "failed", "unable", "cannot", "exception", "fatal", "ошибка",
 * "не удалось", "失败", "錯誤", "falló", "échec"...), an HRESULT
 * (0x8XXXXXXX) or a non-zero exit code, and no negation cancels it ("no
 * error", "errors: 0", "exit code 0").  The block scan is one pass of the
 * literal prefilter (prefilter.h) for the keywords; only the lines it
 * names are examined further. */
#ifndef LX_UNREC_H
#define LX_UNREC_H

#include <stddef.h>

typedef struct lx_unrec_det lx_unrec_det;

/* A detector; it learns from the text it scans, so each thread owns its
 * own.  Never returns NULL.  Free with lx_unrec_det_free(). */
lx_unrec_det *lx_unrec_det_new(void);
void lx_unrec_det_free(lx_unrec_det *d);

/* Called for each line of the block that looks like an error, in order:
 * the line is buf[ls..le) (without its '\n'). */
typedef void (*lx_unrec_fn)(void *ud, size_t ls, size_t le);

/* Scans buf[0..len) (complete lines, each ending in '\n'). */
void lx_unrec_det_scan(lx_unrec_det *d, const char *buf, size_t len, lx_unrec_fn fn, void *ud);

/* Whether one line (without its end) looks like an error. */
int lx_unrec_is_error(const char *line, size_t len);

/* The keywords, as prefilter sources (for a scan shared with other
 * patterns): up to max of them in out; returns how many there are. */
size_t lx_unrec_keywords(const char **out, size_t max);
/* A scan done elsewhere (one literal prefilter for the keywords and other
 * patterns): one call per keyword occurrence found in the block (its
 * index and end offset, in any order), then lx_unrec_det_run() on the
 * block, which adds the keywords the literal scan cannot find (those that
 * start with a non-ASCII letter) and decides the lines. */
void lx_unrec_det_add(lx_unrec_det *d, size_t kw, size_t end);
void lx_unrec_det_run(lx_unrec_det *d, const char *buf, size_t len, lx_unrec_fn fn, void *ud);

#endif
