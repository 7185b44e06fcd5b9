/* exitstat.c - the exit status, decided in one place.  See exitstat.h. */
#include "exitstat.h"

#include <string.h>

#include "options.h"

void lx_exit_init(lx_exitstat *x, const lx_config *cfg)
{
	memset(x, 0, sizeof *x);
	x->cfg = cfg;
	x->worst = LX_OK;
	x->command = -1;
}

/* Whether report r counts as "a diagnosis was reported" (--fail-on raises
 * the bar). */
static int found_in(const lx_config *cfg, const lx_report *r)
{
	size_t i;
	for (i = 0; i < r->n_d; i++)
		if (lx_diag_counts(cfg, &r->d[i]) &&
		    (cfg->fail_on < 0 || (int)r->d[i].severity >= cfg->fail_on))
			return 1;
	return 0;
}

void lx_exit_report(lx_exitstat *x, const lx_report *r)
{
	lx_exit_grade(x, r->status);
	x->found |= found_in(x->cfg, r);
	x->listed |= lx_report_counted(x->cfg, r) == 0;
}

void lx_exit_grade(lx_exitstat *x, lx_status s)
{
	if (s > x->worst)
		x->worst = s;
}

void lx_exit_command(lx_exitstat *x, int status)
{
	x->command = status;
}

int lx_exit_settled(const lx_exitstat *x)
{
	return x->found && x->cfg->quiet;
}

int lx_exit_code(const lx_exitstat *x)
{
	/* GNU grep's rule */
	if (x->worst == LX_FATAL)
		return 2;
	if (lx_exit_settled(x))
		return 0;
	if (x->worst == LX_FAILED)
		return 2;
	if (x->command >= 0)
		return x->command;
	if (x->cfg->list_clean)
		return x->listed ? 0 : 1;
	return x->found ? 0 : 1;
}
