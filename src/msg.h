/* msg.h - the report's own words (headings, labels), in the language of
 * the program's messages (i18n.h), which is the report's.  Titles and
 * remedies come from the signatures; these are the words around them. */
#ifndef LX_MSG_H
#define LX_MSG_H

typedef enum lx_msg_id {
	LX_M_REPORT,   /* the page title */
	LX_M_MACHINES, /* heading of the fleet table */
	LX_M_MACHINE,  /* column: machine */
	LX_M_TOP,      /* column: the rank-1 diagnosis */
	LX_M_SEVERITY,
	LX_M_STATUS,
	LX_M_LAST_SEEN,
	LX_M_FIRST_SEEN,
	LX_M_DIAGNOSES,
	LX_M_ERRORS,
	LX_M_FAILURES, /* heading of the table of diagnoses across machines */
	LX_M_DIAGNOSIS,
	LX_M_ROOT, /* root causes (the active rank 1 of a machine) */
	LX_M_ALSO, /* also reported */
	LX_M_ACTIVE,
	LX_M_RESOLVED,
	LX_M_CRITICAL,
	LX_M_ERROR,
	LX_M_WARNING,
	LX_M_INFO,
	LX_M_FILES,
	LX_M_SIZE,
	LX_M_FILTER,
	LX_M_ALL,   /* all severities */
	LX_M_SHOWN, /* "shown": after "3 / 10" */
	LX_M_REMEDY,
	LX_M_DOC,
	LX_M_EVIDENCE,
	LX_M_EXPLAINS,
	LX_M_COUNT,
	LX_M_TIMELINE,
	LX_M_PROBLEMS, /* errors and notes */
	LX_M_NOTE,
	LX_M_NONE, /* no known failure found */
	LX_M_HOST,
	LX_M_NO_HOST,      /* host not named in the logs */
	LX_M_BACK,         /* link back to the fleet table */
	LX_M_WITH,         /* machines with a diagnosis */
	LX_M_NO_TEXT,      /* no text file found */
	LX_M_NO_KNOWN_LOG, /* no log of a known product found */
	LX_M_HIDDEN,       /* diagnoses below --min-severity: after a number */
	LX_M_N
} lx_msg_id;

/* The text of id, translated; "" for an unknown id.  Static storage. */
const char *lx_msg(lx_msg_id id);
/* The name of a severity (an lx_severity), translated; "" for none. */
const char *lx_msg_severity(int sev);

#endif
