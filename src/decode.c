/* decode.c - BOM / UTF-16 to UTF-8 and binary detection.  See decode.h. */
#include "decode.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "escape.h"
#include "lines.h"
#include "util.h"

#define LX_DEC_OUT 65536

enum mode {
	M_IDLE,  /* between files */
	M_SNIFF, /* collecting the first bytes */
	M_UTF8,
	M_U16LE,
	M_U16BE,
	M_SKIP /* binary or declined: bytes are ignored */
};

struct lx_decoder {
	lx_lines *lines;
	const lx_sink *sink;
	const lx_chain *path;
	int64_t mtime;
	enum mode mode;
	const char *encoding;
	void *fh;
	int begun;
	int binary;
	unsigned char sniff[LX_SNIFF_BYTES];
	size_t nsniff;
	/* UTF-8: bytes at the end of a chunk that may start a BOM */
	unsigned char pend[3];
	size_t npend;
	/* UTF-16: a held odd byte and a held high surrogate (0: none) */
	int have_byte;
	unsigned char byte;
	unsigned hi;
	unsigned char out[LX_DEC_OUT + 8];
	size_t nout;
};

static const unsigned char bom8[3] = {0xEF, 0xBB, 0xBF};

lx_decoder *lx_decoder_new(size_t max_line)
{
	lx_decoder *d = lx_xcalloc(1, sizeof *d);
	d->lines = lx_lines_new(max_line);
	return d;
}

void lx_decoder_free(lx_decoder *d)
{
	if (!d)
		return;
	lx_lines_free(d->lines);
	free(d);
}

void lx_decoder_begin(lx_decoder *d, const lx_sink *sink, const lx_chain *path, int64_t mtime)
{
	d->sink = sink;
	d->path = path;
	d->mtime = mtime;
	d->mode = M_SNIFF;
	d->encoding = NULL;
	d->fh = NULL;
	d->begun = 0;
	d->binary = 0;
	d->nsniff = 0;
	d->npend = 0;
	d->have_byte = 0;
	d->hi = 0;
	d->nout = 0;
}

int lx_decoder_binary(const lx_decoder *d)
{
	return d->binary;
}

const char *lx_decoder_encoding(const lx_decoder *d)
{
	return d->encoding;
}

/* Decoded text goes to the line splitter, or as it is to a consumer that
 * splits lines itself. */
static void emit(lx_decoder *d, const void *p, size_t n)
{
	if (d->sink->text)
		d->sink->text(d->fh, p, n);
	else
		lx_lines_feed(d->lines, p, n);
}

/* --- UTF-8 with BOMs removed anywhere -------------------------------- */

static void feed_utf8(lx_decoder *d, const unsigned char *p, size_t n)
{
	size_t start = 0, i = 0;

	/* Finish a BOM prefix held from the previous chunk. */
	while (d->npend && i < n) {
		if (p[i] == bom8[d->npend]) {
			d->pend[d->npend++] = p[i++];
			if (d->npend == 3)
				d->npend = 0; /* a whole BOM: dropped */
		} else {
			emit(d, d->pend, d->npend);
			d->npend = 0;
		}
	}
	start = i;
	while (i < n) {
		const unsigned char *q = memchr(p + i, 0xEF, n - i);
		size_t k, avail;
		if (!q)
			break;
		i = (size_t)(q - p);
		avail = n - i < 3 ? n - i : 3;
		for (k = 1; k < avail && p[i + k] == bom8[k]; k++)
			;
		if (k == 3) {
			emit(d, p + start, i - start);
			i += 3;
			start = i;
		} else if (k == avail) { /* a BOM prefix ends the chunk */
			emit(d, p + start, i - start);
			memcpy(d->pend, p + i, avail);
			d->npend = avail;
			i = start = n;
		} else {
			i++;
		}
	}
	if (start < n)
		emit(d, p + start, n - start);
}

/* --- UTF-16 ---------------------------------------------------------- */

/* Hands the decoded text to the line splitter once the buffer is full. */
static void flush_full(lx_decoder *d)
{
	if (d->nout >= LX_DEC_OUT) {
		emit(d, d->out, d->nout);
		d->nout = 0;
	}
}

static void put_cp(lx_decoder *d, unsigned cp)
{
	d->nout += lx_utf8_put(cp, d->out + d->nout);
	flush_full(d);
}

static void put_unit(lx_decoder *d, unsigned u)
{
	if (d->hi) {
		if (u >= 0xDC00 && u <= 0xDFFF) {
			put_cp(d, 0x10000 + ((d->hi - 0xD800) << 10) + (u - 0xDC00));
			d->hi = 0;
			return;
		}
		put_cp(d, 0xFFFD);
		d->hi = 0;
	}
	if (u >= 0xD800 && u <= 0xDBFF)
		d->hi = u;
	else if (u >= 0xDC00 && u <= 0xDFFF)
		put_cp(d, 0xFFFD);
	else if (u != 0xFEFF)
		put_cp(d, u);
}

static void feed_utf16(lx_decoder *d, const unsigned char *p, size_t n)
{
	int le = d->mode == M_U16LE;
	size_t i = 0;
	if (d->have_byte && n) {
		unsigned a = d->byte, b = p[0];
		put_unit(d, le ? (a | b << 8) : (a << 8 | b));
		d->have_byte = 0;
		i = 1;
	}
	while (i + 1 < n) {
#ifdef __SSE2__
		/* ASCII fast path: sixteen code units at a time */
		if (le && !d->hi && i + 32 <= n && d->nout + 16 <= LX_DEC_OUT) {
			const __m128i hi = _mm_set1_epi16((short)0xFF80);
			__m128i a = _mm_loadu_si128((const __m128i *)(const void *)(p + i));
			__m128i b = _mm_loadu_si128((const __m128i *)(const void *)(p + i + 16));
			__m128i t = _mm_and_si128(_mm_or_si128(a, b), hi);
			if (_mm_movemask_epi8(_mm_cmpeq_epi8(t, _mm_setzero_si128())) == 0xFFFF) {
				_mm_storeu_si128((__m128i *)(void *)(d->out + d->nout),
				                 _mm_packus_epi16(a, b));
				d->nout += 16;
				i += 32;
				flush_full(d);
				continue;
			}
		}
#endif
		/* ASCII fast path: four code units at a time */
		if (!d->hi && i + 8 <= n) {
			uint64_t w;
			unsigned off = le ? 0 : 1;
			memcpy(&w, p + i, 8);
			if (!(w & (le ? 0xFF80FF80FF80FF80ULL : 0x80FF80FF80FF80FFULL))) {
				unsigned char *o = d->out + d->nout;
				o[0] = p[i + off];
				o[1] = p[i + 2 + off];
				o[2] = p[i + 4 + off];
				o[3] = p[i + 6 + off];
				d->nout += 4;
				i += 8;
				flush_full(d);
				continue;
			}
		}
		put_unit(d,
		         le ? (unsigned)(p[i] | p[i + 1] << 8) : (unsigned)(p[i] << 8 | p[i + 1]));
		i += 2;
	}
	if (i < n) {
		d->byte = p[i];
		d->have_byte = 1;
	}
	if (d->nout) {
		emit(d, d->out, d->nout);
		d->nout = 0;
	}
}

/* --- detection ------------------------------------------------------- */

/* UTF-16LE without BOM: most odd-offset bytes are NUL (ASCII text), hardly
 * any even-offset byte is. */
static int looks_utf16le(const unsigned char *p, size_t n)
{
	size_t pairs = n / 2, i, oz = 0, ez = 0;
	if (pairs == 0)
		return 0;
	for (i = 0; i + 1 < n; i += 2) {
		ez += p[i] == 0;
		oz += p[i + 1] == 0;
	}
	return oz * 4 >= pairs * 3 && ez * 10 <= pairs;
}

/* Whether the file named path is called like a log: a .log, .txt, .out,
 * .err or .trace file, or "log" in its name. */
static int log_name(const lx_chain *path)
{
	static const char *const ext[] = {".txt", ".out", ".err", ".trace"};
	const char *name = path && path->n ? lx_chain_leaf(path) : "", *p;
	size_t n = strlen(name), i, k;
	for (p = name; *p; p++)
		if ((p[0] | 0x20) == 'l' && (p[1] | 0x20) == 'o' && (p[2] | 0x20) == 'g')
			return 1;
	for (i = 0; i < sizeof ext / sizeof ext[0]; i++) {
		k = strlen(ext[i]);
		if (n >= k && !strncasecmp(name + n - k, ext[i], k))
			return 1;
	}
	return 0;
}

/* Whether the first bytes p[0..n) of the file named path are binary: more
 * than a few control bytes (NUL, BEL... but not tab, line ends, form feed
 * or the ESC of colour sequences), where a file named like a log may hold
 * more of them than another (a stray NUL or BEL must not hide a log). */
static int binary(const unsigned char *p, size_t n, const lx_chain *path)
{
	size_t i, ctl = 0;
	for (i = 0; i < n; i++)
		ctl += (p[i] < 0x20 && !(p[i] >= 0x09 && p[i] <= 0x0D) && p[i] != 0x1B) ||
		       p[i] == 0x7F;
	if (!ctl)
		return 0;
	return ctl * 100 > n * (log_name(path) ? 25u : 2u);
}

/* Decides the encoding from the sniffed bytes, begins the file and decodes
 * the sniffed bytes. */
static void start(lx_decoder *d)
{
	const unsigned char *p = d->sniff;
	size_t n = d->nsniff, skip = 0;
	lx_file_info fi;

	if (n >= 3 && memcmp(p, bom8, 3) == 0) {
		d->mode = M_UTF8;
		d->encoding = "utf-8-bom";
		skip = 3;
	} else if (n >= 2 && p[0] == 0xFF && p[1] == 0xFE) {
		d->mode = M_U16LE;
		d->encoding = "utf-16le";
		skip = 2;
	} else if (n >= 2 && p[0] == 0xFE && p[1] == 0xFF) {
		d->mode = M_U16BE;
		d->encoding = "utf-16be";
		skip = 2;
	} else if (looks_utf16le(p, n)) {
		d->mode = M_U16LE;
		d->encoding = "utf-16le-nobom";
	} else if (binary(p, n, d->path)) {
		d->mode = M_SKIP;
		d->binary = 1;
		return;
	} else {
		d->mode = M_UTF8;
		d->encoding = "utf-8";
	}
	fi.path = d->path;
	fi.mtime = d->mtime;
	fi.encoding = d->encoding;
	d->begun = 1;
	d->fh = d->sink->begin ? d->sink->begin(d->sink->ud, &fi) : NULL;
	if (!d->fh) {
		d->mode = M_SKIP;
		return;
	}
	lx_lines_start(d->lines, d->sink, d->fh);
	if (d->mode == M_UTF8)
		feed_utf8(d, p + skip, n - skip);
	else
		feed_utf16(d, p + skip, n - skip);
}

int lx_decoder_feed(lx_decoder *d, const void *buf, size_t n)
{
	const unsigned char *p = buf;
	if (d->mode == M_SNIFF) {
		size_t k = sizeof d->sniff - d->nsniff;
		if (k > n)
			k = n;
		memcpy(d->sniff + d->nsniff, p, k);
		d->nsniff += k;
		p += k;
		n -= k;
		if (d->nsniff < sizeof d->sniff)
			return 0;
		start(d);
	}
	switch (d->mode) {
	case M_UTF8:
		feed_utf8(d, p, n);
		break;
	case M_U16LE:
	case M_U16BE:
		feed_utf16(d, p, n);
		break;
	default:
		break;
	}
	return d->mode == M_SKIP;
}

int lx_decoder_end(lx_decoder *d)
{
	if (d->mode == M_SNIFF)
		start(d);
	if (d->mode == M_UTF8 && d->npend) {
		emit(d, d->pend, d->npend);
		d->npend = 0;
	} else if (d->mode == M_U16LE || d->mode == M_U16BE) {
		if (d->hi)
			put_cp(d, 0xFFFD);
		if (d->have_byte)
			put_cp(d, 0xFFFD);
		d->hi = 0;
		d->have_byte = 0;
		if (d->nout)
			emit(d, d->out, d->nout);
		d->nout = 0;
	}
	if (d->fh) {
		if (!d->sink->text)
			lx_lines_finish(d->lines);
		if (d->sink->end)
			d->sink->end(d->fh);
	}
	d->fh = NULL;
	d->mode = M_IDLE;
	return d->begun;
}
