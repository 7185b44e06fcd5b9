/* timestamp.c - line timestamps of installer, agent, msiexec and MARS logs. */
#include "timestamp.h"

#include <string.h>
#include <time.h>

/* Reads exactly w digits at s (within n).  Returns the value or -1. */
static int digits(const char *s, size_t n, size_t w)
{
	int v = 0;
	size_t i;
	if (n < w)
		return -1;
	for (i = 0; i < w; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* One or two digits; *used gets the count. */
static int digits12(const char *s, size_t n, size_t *used)
{
	int a = digits(s, n, 1);
	if (a < 0)
		return -1;
	if (n > 1 && s[1] >= '0' && s[1] <= '9') {
		*used = 2;
		return a * 10 + (s[1] - '0');
	}
	*used = 1;
	return a;
}

/* Days in month mon of year (0: a year not known, February has 29). */
static int month_days(int year, int mon)
{
	static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	if (mon == 2 && (year <= 0 || (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))))
		return 29;
	return days[mon - 1];
}

static int valid(const lx_tm *t)
{
	return t->mon >= 1 && t->mon <= 12 && t->day >= 1 &&
	       t->day <= month_days(t->year, t->mon) && t->hour >= 0 && t->hour <= 23 &&
	       t->min >= 0 && t->min <= 59 && t->sec >= 0 && t->sec <= 60;
}

/* HH:MM:SS at s; returns bytes used or 0.  h1 allows a one-digit hour. */
static size_t hms(const char *s, size_t n, lx_tm *t, int h1)
{
	size_t u = 2;
	t->hour = h1 ? digits12(s, n, &u) : digits(s, n, 2);
	if (t->hour < 0 || n < u + 6 || s[u] != ':' || s[u + 3] != ':')
		return 0;
	t->min = digits(s + u + 1, n - u - 1, 2);
	t->sec = digits(s + u + 4, n - u - 4, 2);
	if (t->min < 0 || t->sec < 0)
		return 0;
	return u + 6;
}

/* YYYY-MM-DD[T ]HH:MM:SS or YYYY/MM/DD HH:MM:SS */
static int iso(const char *s, size_t n, lx_tm *t)
{
	char sep;
	if (n < 19)
		return 0;
	sep = s[4];
	if ((sep != '-' && sep != '/') || s[7] != sep || (s[10] != 'T' && s[10] != ' '))
		return 0;
	t->year = digits(s, n, 4);
	t->mon = digits(s + 5, n - 5, 2);
	t->day = digits(s + 8, n - 8, 2);
	return t->year > 0 && t->mon > 0 && t->day > 0 && hms(s + 11, n - 11, t, 0);
}

/* MM-DD-YYYY HH:MM:SS or MM/DD/YYYY HH:MM:SS (also one-digit month, day and
 * hour, and several spaces, as msiexec writes them). */
static int us_date(const char *s, size_t n, lx_tm *t)
{
	size_t u, p = 0;
	char sep;
	t->mon = digits12(s, n, &u);
	if (t->mon < 0 || n < u + 1)
		return 0;
	sep = s[u];
	if (sep != '-' && sep != '/')
		return 0;
	p = u + 1;
	t->day = digits12(s + p, n - p, &u);
	if (t->day < 0 || n < p + u + 1 || s[p + u] != sep)
		return 0;
	p += u + 1;
	t->year = digits(s + p, n - p, 4);
	if (t->year < 0)
		return 0;
	p += 4;
	if (p >= n || (s[p] != ' ' && s[p] != '\t'))
		return 0;
	while (p < n && (s[p] == ' ' || s[p] == '\t'))
		p++;
	return hms(s + p, n - p, t, 1) != 0;
}

/* dd.mm.yyyy HH:MM:SS */
static int dotted(const char *s, size_t n, lx_tm *t)
{
	if (n < 19 || s[2] != '.' || s[5] != '.' || s[10] != ' ')
		return 0;
	t->day = digits(s, n, 2);
	t->mon = digits(s + 3, n - 3, 2);
	t->year = digits(s + 6, n - 6, 4);
	return t->day > 0 && t->mon > 0 && t->year > 0 && hms(s + 11, n - 11, t, 0);
}

static int prefix(const char *s, size_t n, const char *p, size_t *len)
{
	size_t l = strlen(p);
	*len = l;
	return n >= l && !memcmp(s, p, l);
}

/* hex PID \t hex TID \t MM/DD \t HH:MM:SS.mmm  (MARS errlog) */
static int errlog(const char *s, size_t n, lx_tm *t)
{
	size_t p = 0;
	int f;
	for (f = 0; f < 2; f++) {
		size_t st = p;
		while (p < n && ((s[p] >= '0' && s[p] <= '9') || (s[p] >= 'a' && s[p] <= 'f') ||
		                 (s[p] >= 'A' && s[p] <= 'F')))
			p++;
		if (p == st || p - st > 16 || p >= n || s[p] != '\t')
			return 0;
		p++;
	}
	if (n < p + 6 || s[p + 2] != '/' || s[p + 5] != '\t')
		return 0;
	t->mon = digits(s + p, n - p, 2);
	t->day = digits(s + p + 3, n - p - 3, 2);
	t->year = 0;
	return t->mon > 0 && t->day > 0 && hms(s + p + 6, n - p - 6, t, 0);
}

/* The stamps with a date of their own, at the start of a line.  Each
 * of the three has its first separator at s[1], s[2] or s[4]: a line
 * without one there (most lines of a log whose stamps lack the year) is
 * turned away before any of them is tried. */
static int full_digits(const char *s, size_t n, lx_tm *t)
{
	if (!(n > 1 && (s[1] == '-' || s[1] == '/')) &&
	    !(n > 2 && (s[2] == '-' || s[2] == '/' || s[2] == '.')) &&
	    !(n > 4 && (s[4] == '-' || s[4] == '/')))
		return 0;
	return (iso(s, n, t) && valid(t)) || (us_date(s, n, t) && valid(t)) ||
	       (dotted(s, n, t) && valid(t));
}

/* The stamps after a known prefix: "#~> (", "=== Verbose ...", and
 * "Installation Starts here " after blanks or stars. */
static int full_prefixed(const char *s, size_t n, lx_tm *t)
{
	size_t l;
	const char *b;
	switch (s[0]) {
	case '#':
	case '=':
	case ' ':
	case '\t':
	case '*':
	case 'I':
		break;
	default:
		return 0;
	}
	if (prefix(s, n, "#~> (", &l) && us_date(s + l, n - l, t) && valid(t))
		return 1;
	if (prefix(s, n, "=== Verbose logging started: ", &l) && us_date(s + l, n - l, t) &&
	    valid(t))
		return 1;
	b = s;
	while (b < s + n && (*b == ' ' || *b == '\t' || *b == '*'))
		b++;
	return prefix(b, n - (size_t)(b - s), "Installation Starts here ", &l) &&
	       dotted(b + l, n - (size_t)(b - s) - l, t) && valid(t);
}

int lx_ts_full(const char *s, size_t n, lx_tm *t)
{
	memset(t, 0, sizeof *t);
	if (n == 0)
		return 0;
	if ((s[0] >= '0' && s[0] <= '9') ? full_digits(s, n, t) : full_prefixed(s, n, t))
		return 1;
	memset(t, 0, sizeof *t);
	return 0;
}

lx_ts_kind lx_ts_parse(const char *s, size_t n, lx_tm *t)
{
	size_t l;
	memset(t, 0, sizeof *t);
	if (n == 0)
		return LX_TSK_NONE;
	if (s[0] >= '0' && s[0] <= '9') {
		if (full_digits(s, n, t))
			return LX_TSK_FULL;
		memset(t, 0, sizeof *t);
		if (n > 8 && s[2] == ':' && s[5] == ':' && s[8] == ':' && hms(s, n, t, 0) &&
		    t->hour <= 12) {
			t->mon = t->day = 1;
			if (valid(t))
				return LX_TSK_TIME12;
		}
		if (errlog(s, n, t) && valid(t))
			return LX_TSK_NOYEAR;
		memset(t, 0, sizeof *t);
	} else if (s[0] >= 'a' && s[0] <= 'f') {
		if (errlog(s, n, t) && valid(t))
			return LX_TSK_NOYEAR;
		memset(t, 0, sizeof *t);
	}
	if (full_prefixed(s, n, t))
		return LX_TSK_FULL;
	memset(t, 0, sizeof *t);
	if (prefix(s, n, "MSI (", &l)) {
		const char *br = memchr(s, '[', n < 40 ? n : 40);
		if (br && hms(br + 1, n - (size_t)(br + 1 - s), t, 0)) {
			t->mon = t->day = 1;
			if (valid(t))
				return LX_TSK_TIME24;
		}
	}
	memset(t, 0, sizeof *t);
	return LX_TSK_NONE;
}

static int64_t days_from_civil(int64_t y, int m, int d)
{
	/* Howard Hinnant's algorithm, days since 1970-01-01. */
	int64_t era, yoe, doy, doe;
	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

#define EPOCH_DAYS 719162 /* days from 0001-01-01 to 1970-01-01 */

int64_t lx_ts_make(int y, int mo, int d, int h, int mi, int s)
{
	return (days_from_civil(y, mo, d) + EPOCH_DAYS) * 86400 + h * 3600 + mi * 60 + s;
}

void lx_tsctx_init(lx_tsctx *c, int64_t mtime_epoch)
{
	c->date_base = LX_TS_NONE;
	c->year_hint = 0;
	c->mtime = LX_TS_NONE;
	c->name_ts = LX_TS_NONE;
	if (mtime_epoch != LX_TS_NONE && mtime_epoch > 0 && mtime_epoch < 253402300799LL) {
		time_t tt = (time_t)mtime_epoch;
		struct tm tm;
		if (gmtime_r(&tt, &tm)) {
			c->year_hint = tm.tm_year + 1900;
			c->mtime = (int64_t)mtime_epoch + (int64_t)EPOCH_DAYS * 86400;
		}
	}
}

/* The civil year of a time. */
static int ts_year(int64_t t)
{
	char s[20];
	lx_ts_format(t, s);
	return (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
}

int64_t lx_ts_resolve(const lx_tsctx *c, int64_t base, lx_ts_kind k, const lx_tm *t)
{
	int64_t day, tod, b_tod, v;
	switch (k) {
	case LX_TSK_FULL:
		return lx_ts_make(t->year, t->mon, t->day, t->hour, t->min, t->sec);
	case LX_TSK_NOYEAR:
		if (base == LX_TS_NONE)
			base = c->name_ts;
		if (base != LX_TS_NONE) {
			/* the year of the nearest dated context: the one that puts
			 * the line closest to it */
			int y = ts_year(base);
			v = lx_ts_make(y, t->mon, t->day, t->hour, t->min, t->sec);
			if (v < base - 183 * 86400)
				v = lx_ts_make(y + 1, t->mon, t->day, t->hour, t->min, t->sec);
			else if (v > base + 183 * 86400)
				v = lx_ts_make(y - 1, t->mon, t->day, t->hour, t->min, t->sec);
			return v;
		}
		if (!c->year_hint)
			return LX_TS_NONE;
		v = lx_ts_make(c->year_hint, t->mon, t->day, t->hour, t->min, t->sec);
		/* a December line in a file last written in January */
		if (c->mtime != LX_TS_NONE && v > c->mtime + 2 * 86400)
			v = lx_ts_make(c->year_hint - 1, t->mon, t->day, t->hour, t->min, t->sec);
		return v;
	case LX_TSK_TIME12:
	case LX_TSK_TIME24:
		if (base == LX_TS_NONE)
			base = c->name_ts;
		if (base == LX_TS_NONE)
			return LX_TS_NONE;
		day = base / 86400 * 86400;
		b_tod = base % 86400;
		tod = (int64_t)(t->hour % (k == LX_TSK_TIME12 ? 12 : 24)) * 3600 + t->min * 60 +
		      t->sec;
		if (tod + 60 >= b_tod)
			return day + tod;
		if (k == LX_TSK_TIME12 && tod + 12 * 3600 + 60 >= b_tod)
			return day + tod + 12 * 3600;
		return day + 86400 + tod;
	case LX_TSK_NONE:
		break;
	}
	return LX_TS_NONE;
}

void lx_ts_format(int64_t t, char out[20])
{
	int64_t days = t / 86400 - EPOCH_DAYS, sod = t % 86400;
	/* civil_from_days */
	int64_t z = days + 719468, era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t y = yoe + era * 400, doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153, d = doy - (153 * mp + 2) / 5 + 1;
	int64_t m = mp + (mp < 10 ? 3 : -9);
	y += m <= 2;
	if (y < 0 || y > 9999)
		y = 0;
	unsigned v[6];
	int i, k, w;
	if (sod < 0)
		sod = 0;
	v[0] = (unsigned)y, v[1] = (unsigned)m, v[2] = (unsigned)d;
	v[3] = (unsigned)(sod / 3600), v[4] = (unsigned)(sod / 60 % 60),
	v[5] = (unsigned)(sod % 60);
	/* fixed width, written by hand so no compiler doubts its length */
	for (i = 0, k = 0; i < 6; i++) {
		for (w = i ? 1 : 3; w >= 0; w--, v[i] /= 10)
			out[k + w] = (char)('0' + v[i] % 10);
		k += i ? 2 : 4;
		if (i < 5)
			out[k++] = "--T::"[i];
	}
	out[k] = '\0';
}

const char *lx_ts_source_name(lx_ts_source s)
{
	switch (s) {
	case LX_TSS_LINE:
		return "line";
	case LX_TSS_RECORD:
		return "record";
	case LX_TSS_FILE_HEADER:
		return "file-header";
	case LX_TSS_FILE_NAME:
		return "file-name";
	case LX_TSS_MTIME:
		return "member-mtime";
	case LX_TSS_NONE:
		break;
	}
	return NULL;
}

lx_ts_source lx_ts_source_parse(const char *name)
{
	int s;
	for (s = LX_TSS_LINE; name && s <= LX_TSS_MTIME; s++)
		if (!strcmp(name, lx_ts_source_name((lx_ts_source)s)))
			return (lx_ts_source)s;
	return LX_TSS_NONE;
}

/* A date and time in a name at s (n bytes): YYMMDD-HHMMSS, YYYYMMDDHHMMSS,
 * YYYYMMDD[-_]HHMMSS or YYYY-MM-DD[_ T]HH[-.]MM[-.]SS.  0 when none. */
static int name_stamp(const char *s, size_t n, lx_tm *t)
{
	size_t run = 0;
	while (run < n && s[run] >= '0' && s[run] <= '9')
		run++;
	memset(t, 0, sizeof *t);
	if (run == 6 && n >= 13 && (s[6] == '-' || s[6] == '_') && digits(s + 7, n - 7, 6) >= 0 &&
	    (n == 13 || s[13] < '0' || s[13] > '9')) {
		t->year = 2000 + digits(s, n, 2);
		t->mon = digits(s + 2, n - 2, 2);
		t->day = digits(s + 4, n - 4, 2);
		s += 7;
	} else if (run == 14) {
		t->year = digits(s, n, 4);
		t->mon = digits(s + 4, n - 4, 2);
		t->day = digits(s + 6, n - 6, 2);
		s += 8;
	} else if (run == 8 && n >= 15 && (s[8] == '-' || s[8] == '_') &&
	           digits(s + 9, n - 9, 6) >= 0 && (n == 15 || s[15] < '0' || s[15] > '9')) {
		t->year = digits(s, n, 4);
		t->mon = digits(s + 4, n - 4, 2);
		t->day = digits(s + 6, n - 6, 2);
		s += 9;
	} else if (run == 4 && n >= 19 && s[4] == '-' && s[7] == '-' &&
	           (s[10] == '_' || s[10] == ' ' || s[10] == 'T') &&
	           (s[13] == '-' || s[13] == '.') && s[16] == s[13]) {
		t->year = digits(s, n, 4);
		t->mon = digits(s + 5, n - 5, 2);
		t->day = digits(s + 8, n - 8, 2);
		t->hour = digits(s + 11, n - 11, 2);
		t->min = digits(s + 14, n - 14, 2);
		t->sec = digits(s + 17, n - 17, 2);
		return t->year >= 2000 && t->year < 2100 && valid(t);
	} else {
		return 0;
	}
	t->hour = digits(s, 2, 2);
	t->min = digits(s + 2, 2, 2);
	t->sec = digits(s + 4, 2, 2);
	return t->year >= 2000 && t->year < 2100 && valid(t);
}

int64_t lx_ts_from_name(const char *name)
{
	const char *leaf = strrchr(name, '/'), *p;
	size_t n;
	lx_tm t;
	leaf = leaf ? leaf + 1 : name;
	n = strlen(leaf);
	for (p = leaf; *p; p++) {
		if (*p < '0' || *p > '9' || (p > leaf && p[-1] >= '0' && p[-1] <= '9'))
			continue;
		if (name_stamp(p, n - (size_t)(p - leaf), &t))
			return lx_ts_make(t.year, t.mon, t.day, t.hour, t.min, t.sec);
	}
	return LX_TS_NONE;
}

void lx_tsctx_name(lx_tsctx *c, const char *name)
{
	c->name_ts = name ? lx_ts_from_name(name) : LX_TS_NONE;
	if (c->name_ts != LX_TS_NONE)
		c->year_hint = ts_year(c->name_ts);
}

/* Case-insensitive prefix. */
static int iprefix(const char *s, size_t n, const char *p)
{
	size_t i;
	for (i = 0; p[i]; i++) {
		char c = i < n ? s[i] : '\0';
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != p[i])
			return 0;
	}
	return 1;
}

int lx_ts_record(const char *s, size_t n, int64_t *out)
{
	static const char *const label[] = {"start time",  "starttime",  "started", "first seen at",
	                                    "firstseenat", "first seen", NULL};
	size_t i, l = 0, p;
	lx_tm t;
	while (l < n && (s[l] == ' ' || s[l] == '\t' || s[l] == '"'))
		l++;
	for (i = 0; label[i]; i++)
		if (iprefix(s + l, n - l, label[i]))
			break;
	if (!label[i])
		return 0;
	p = l + strlen(label[i]);
	while (p < n && (s[p] == ' ' || s[p] == '\t' || s[p] == '"'))
		p++;
	if (p >= n || (s[p] != ':' && s[p] != '='))
		return 0;
	p++;
	while (p < n && (s[p] == ' ' || s[p] == '\t' || s[p] == '"'))
		p++;
	memset(&t, 0, sizeof t);
	if (!(iso(s + p, n - p, &t) && valid(&t)) && !(us_date(s + p, n - p, &t) && valid(&t)) &&
	    !(dotted(s + p, n - p, &t) && valid(&t)))
		return 0;
	/* a 12-hour clock: " AM" / " PM" after the seconds */
	{
		const char *q = memchr(s + p, ':', n - p);
		q = q ? memchr(q + 1, ':', n - (size_t)(q + 1 - s)) : NULL;
		if (q && (size_t)(q - s) + 3 < n) {
			size_t k = (size_t)(q - s) + 3;
			while (k < n && (s[k] == '.' || (s[k] >= '0' && s[k] <= '9')))
				k++;
			while (k < n && s[k] == ' ')
				k++;
			if (iprefix(s + k, n - k, "pm") && t.hour < 12)
				t.hour += 12;
			else if (iprefix(s + k, n - k, "am") && t.hour == 12)
				t.hour = 0;
		}
	}
	*out = lx_ts_make(t.year, t.mon, t.day, t.hour, t.min, t.sec);
	return 1;
}
