/* host.h - which machine a log line is about.
 *
 * A configuration server's push-install log covers many source machines;
 * its lines name them by address or host name ("... to 10.20.4.17 failed",
 * "\\10.1.2.30\C$", "for host APP-SQL-04", "<Host>10.20.4.17</Host>").
 * Called per hit, never per line. */
#ifndef LX_HOST_H
#define LX_HOST_H

#include <stddef.h>

/* Finds the first machine named in s[0..n).  Returns its length and sets
 * *at to its start, or returns 0. */
size_t lx_host_find(const char *s, size_t n, const char **at);

#endif
