/* model.c - the names of severities and roles (model.h). */
#include "model.h"

#include <strings.h>

static const char *const sev_names[] = {"info", "warning", "error", "critical"};

const char *lx_severity_name(lx_severity s)
{
	return (unsigned)s < 4 ? sev_names[s] : "?";
}

int lx_severity_parse(const char *name)
{
	int i;
	for (i = 0; i < 4; i++)
		if (!strcasecmp(name, sev_names[i]))
			return i;
	return -1;
}

const char *lx_role_name(lx_role r)
{
	static const char *const names[] = {"cause", "outcome", "fallback", "success"};
	return names[r];
}
