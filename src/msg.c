/* msg.c - the report's own words, shared by the HTML and text reports:
 * English here, translated through the catalogues (po/).  See msg.h. */
#include "msg.h"

#include "i18n.h"

static const char *const msgs[LX_M_N] = {
	[LX_M_REPORT] = N_("logdx report"),
	[LX_M_MACHINES] = N_("Machines"),
	[LX_M_MACHINE] = N_("Machine"),
	[LX_M_TOP] = N_("Top diagnosis"),
	[LX_M_SEVERITY] = N_("Severity"),
	[LX_M_STATUS] = N_("Status"),
	[LX_M_LAST_SEEN] = N_("Last seen"),
	[LX_M_FIRST_SEEN] = N_("First seen"),
	[LX_M_DIAGNOSES] = N_("Diagnoses"),
	[LX_M_ERRORS] = N_("Errors"),
	[LX_M_FAILURES] = N_("Failures"),
	[LX_M_DIAGNOSIS] = N_("Diagnosis"),
	[LX_M_ROOT] = N_("Root causes"),
	[LX_M_ALSO] = N_("Also reported"),
	[LX_M_ACTIVE] = N_("active"),
	[LX_M_RESOLVED] = N_("resolved"),
	[LX_M_CRITICAL] = N_("critical"),
	[LX_M_ERROR] = N_("error"),
	[LX_M_WARNING] = N_("warning"),
	[LX_M_INFO] = N_("info"),
	[LX_M_FILES] = N_("Files"),
	[LX_M_SIZE] = N_("Size"),
	[LX_M_FILTER] = N_("Filter"),
	[LX_M_ALL] = N_("all severities"),
	[LX_M_SHOWN] = N_("shown"),
	[LX_M_REMEDY] = N_("Fix"),
	[LX_M_DOC] = N_("Documentation"),
	[LX_M_EVIDENCE] = N_("Evidence"),
	[LX_M_EXPLAINS] = N_("Explains"),
	[LX_M_COUNT] = N_("Count"),
	[LX_M_TIMELINE] = N_("Timeline"),
	[LX_M_PROBLEMS] = N_("Errors and notes"),
	[LX_M_NOTE] = N_("note"),
	[LX_M_NONE] = N_("No known failure found"),
	[LX_M_HOST] = N_("Host"),
	[LX_M_NO_HOST] = N_("host not named in the logs"),
	[LX_M_NO_TEXT] = N_("No text file found"),
	[LX_M_NO_KNOWN_LOG] = N_("No log of a known product found"),
	[LX_M_HIDDEN] = N_("below --min-severity"),
	[LX_M_BACK] = N_("Back to the machines"),
	[LX_M_WITH] = N_("with a diagnosis"),
};

const char *lx_msg(lx_msg_id id)
{
	if ((unsigned)id >= LX_M_N || !msgs[id])
		return "";
	return _(msgs[id]);
}

const char *lx_msg_severity(int sev)
{
	static const lx_msg_id m[] = {LX_M_INFO, LX_M_WARNING, LX_M_ERROR, LX_M_CRITICAL};
	return sev >= 0 && sev < 4 ? lx_msg(m[sev]) : "";
}
