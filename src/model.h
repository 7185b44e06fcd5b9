/* model.h - the words the diagnosis model is made of, apart from the
 * command line: how severe a diagnosis is, what role a signature plays
 * in a chain and how a reading came out.  The model headers (sigdb.h,
 * report.h, rank.h, fleet.h) include this one, not options.h. */
#ifndef LX_MODEL_H
#define LX_MODEL_H

typedef enum lx_severity { LX_SEV_INFO, LX_SEV_WARNING, LX_SEV_ERROR, LX_SEV_CRITICAL } lx_severity;

/* How an input, a bundle or the run itself came out, from best to worst
 * (libarchive's ARCHIVE_OK / WARN / FAILED / FATAL).  LX_WARN: read, with
 * notes; LX_FAILED: an error, but the run goes on (GNU grep: exit status
 * 2, unless -q found what it looked for); LX_FATAL: the run as a whole
 * failed (no usable options or signatures, a write error): status 2.
 * The readers grade what they read the same way (walk.h,
 * lx_input_status()), and the grade travels with the bundle's report to
 * the exit status (exitstat.h). */
typedef enum lx_status { LX_OK, LX_WARN, LX_FAILED, LX_FATAL } lx_status;

typedef enum lx_role { LX_ROLE_CAUSE, LX_ROLE_OUTCOME, LX_ROLE_FALLBACK, LX_ROLE_SUCCESS } lx_role;

/* The run's settings (options.h), for the model functions that take them
 * without needing to see inside. */
typedef struct lx_config lx_config;

const char *lx_severity_name(lx_severity s);
/* Returns the severity for name, or -1. */
int lx_severity_parse(const char *name);
const char *lx_role_name(lx_role r);

#endif
