/* util.c - allocation helpers and the growable byte buffer. */
#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void oom(void)
{
	fputs("logdx: out of memory\n", stderr);
	abort();
}

void *lx_xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		oom();
	return p;
}

void *lx_xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		oom();
	return p;
}

void *lx_xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		oom();
	return q;
}

void lx_xgrow(void *arr, size_t *cap, size_t need, size_t elt)
{
	void **pp = arr;
	size_t c = *cap;
	if (need <= c)
		return;
	if (c < 8)
		c = 8;
	while (c < need) {
		if (c > SIZE_MAX / 2 / elt)
			oom();
		c *= 2;
	}
	*pp = lx_xrealloc(*pp, c * elt);
	*cap = c;
}

char *lx_xstrdup(const char *s)
{
	return lx_xstrndup(s, strlen(s));
}

char *lx_xstrndup(const char *s, size_t n)
{
	char *p = lx_xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

static void buf_reserve(lx_buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;
	if (need < extra)
		oom();
	if (need > b->cap) {
		size_t c = b->cap ? b->cap : 64;
		while (c < need)
			c *= 2;
		b->p = lx_xrealloc(b->p, c);
		b->cap = c;
	}
}

char *lx_buf_room(lx_buf *b, size_t extra)
{
	buf_reserve(b, extra);
	return b->p + b->len;
}

void lx_buf_add(lx_buf *b, const void *data, size_t n)
{
	buf_reserve(b, n);
	if (n)
		memcpy(b->p + b->len, data, n);
	b->len += n;
	b->p[b->len] = '\0';
}

void lx_buf_addc(lx_buf *b, char c)
{
	lx_buf_add(b, &c, 1);
}

void lx_buf_adds(lx_buf *b, const char *s)
{
	lx_buf_add(b, s, strlen(s));
}

void lx_buf_vaddf(lx_buf *b, const char *fmt, va_list ap)
{
	va_list ap2;
	int n;
	va_copy(ap2, ap);
	n = vsnprintf(NULL, 0, fmt, ap2);
	va_end(ap2);
	if (n < 0)
		return;
	buf_reserve(b, (size_t)n);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	b->len += (size_t)n;
}

void lx_buf_addf(lx_buf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	lx_buf_vaddf(b, fmt, ap);
	va_end(ap);
}

void lx_buf_reset(lx_buf *b)
{
	b->len = 0;
	if (b->p)
		b->p[0] = '\0';
}

char *lx_buf_take(lx_buf *b)
{
	char *p = b->p ? b->p : lx_xstrdup("");
	b->p = NULL;
	b->len = b->cap = 0;
	return p;
}

void lx_buf_free(lx_buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

int lx_parse_size(const char *s, uint64_t *out)
{
	char *end;
	unsigned long long v;
	unsigned shift = 0;
	if (!s || *s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno)
		return -1;
	switch (*end) {
	case '\0':
		break;
	case 'k':
	case 'K':
		shift = 10;
		end++;
		break;
	case 'm':
	case 'M':
		shift = 20;
		end++;
		break;
	case 'g':
	case 'G':
		shift = 30;
		end++;
		break;
	case 't':
	case 'T':
		shift = 40;
		end++;
		break;
	default:
		return -1;
	}
	if (*end == 'i' || *end == 'B')
		end += (*end == 'i' && end[1] == 'B') ? 2 : 1;
	if (*end != '\0')
		return -1;
	if (shift && v > (UINT64_MAX >> shift))
		return -1;
	*out = (uint64_t)v << shift;
	return 0;
}

int lx_ascii_caseeq(const char *a, const char *b)
{
	for (; *a && *b; a++, b++) {
		unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
		if ((x >= 'A' && x <= 'Z' ? x + 32 : x) != (y >= 'A' && y <= 'Z' ? y + 32 : y))
			return 0;
	}
	return *a == *b;
}

uint64_t lx_str_hash(const char *s)
{
	return lx_hash_bytes(s, strlen(s));
}

uint64_t lx_hash_bytes(const void *p, size_t n)
{
	const unsigned char *s = p;
	uint64_t h = 1469598103934665603ULL;
	size_t i;
	for (i = 0; i < n; i++)
		h = (h ^ s[i]) * 1099511628211ULL;
	return h;
}

int lx_env_flag(const char *name)
{
	const char *v = getenv(name);
	return v && *v && strcmp(v, "0") != 0;
}

const char *lx_exe_relative(char *buf, size_t n, const char *rel)
{
	struct stat st;
	char *slash;
	ssize_t l;
	if (n < 2)
		return NULL;
	l = readlink("/proc/self/exe", buf, n - 1);
	if (l <= 0 || (size_t)l >= n - 1)
		return NULL;
	buf[l] = '\0';
	slash = strrchr(buf, '/');
	if (!slash || (size_t)(slash + 1 - buf) + strlen(rel) + 1 > n)
		return NULL;
	memcpy(slash + 1, rel, strlen(rel) + 1);
	return stat(buf, &st) == 0 && S_ISDIR(st.st_mode) ? buf : NULL;
}
