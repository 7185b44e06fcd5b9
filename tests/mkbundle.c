/* mkbundle - writes test archives, so that the tests need no binary files.
 *
 * Usage: mkbundle [OPTION]... OUT MEMBER...
 *
 * The format comes from the name OUT: .zip .tar .tar.gz .tgz .tar.bz2
 * .tar.xz .tar.zst .7z .cpio .cpio.gz, or a single compressed file: .gz
 * .bz2 .xz .zst .lz4 (one MEMBER).  Each MEMBER is NAME=SOURCE, or just
 * SOURCE (named after it).  NAME may hold C escapes (\n \t \r \e \\ \xHH)
 * and '/'.  SOURCE is a file (possibly an archive just made: nesting),
 * "@text:STRING" (STRING with C escapes) or "@repeat:N:STRING" (STRING,
 * with C escapes, N times, written without holding it all in memory), or
 * "@empty:N" (N empty members, named NAME followed by 0 to N-1).
 *
 * Options, before OUT:
 *   --store              zip members without compression
 *   --encrypt PASS       zip members encrypted (traditional PKWARE)
 *   --truncate N         then keep the first N bytes (-N: drop the last N)
 *   --flip OFFSET        then invert the byte at OFFSET (-N: from the end)
 *   --7z-entries N       OUT is a 7z of N empty entries named "a" (no
 *                        MEMBER), its header stored
 *   --7z-method M        ... its header encoded with M: lzma (as 7-Zip
 *                        does), lzma2, deflate, bzip2, copy, or ppmd (the
 *                        header's bytes as they are, under PPMd's id)
 *   --7z-substreams N    ... its one folder of 16 bytes split in N streams
 *   --7z-header-size N   ... its signature header claiming a header of N
 *                        bytes (the header written is left as it is)
 * and before OUT or between members (for the members after them):
 *   --utf16le-nobom, --utf16le, --utf16be, --utf8   store text as that
 * Exit status 0, or 1 with a message. */
#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#define MTIME 1709635420 /* 2024-03-05T10:43:40Z: archives are reproducible */

enum enc { ENC_UTF8, ENC_U16LE_NOBOM, ENC_U16LE, ENC_U16BE };

typedef struct buf {
	unsigned char *p;
	size_t len, cap;
} buf;

static int die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static int die(const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "mkbundle: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return 1;
}

static void add(buf *b, const void *p, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t c = b->cap ? b->cap : 256;
		while (c < b->len + n + 1)
			c *= 2;
		b->p = realloc(b->p, c);
		if (!b->p) {
			fputs("mkbundle: out of memory\n", stderr);
			exit(1);
		}
		b->cap = c;
	}
	if (n)
		memcpy(b->p + b->len, p, n);
	b->len += n;
	b->p[b->len] = '\0';
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* C escapes of s into b. */
static void unescape(buf *b, const char *s, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\\' && i + 1 < n) {
			c = (unsigned char)s[++i];
			switch (c) {
			case 'n':
				c = '\n';
				break;
			case 't':
				c = '\t';
				break;
			case 'r':
				c = '\r';
				break;
			case 'e':
				c = 27;
				break;
			case '0':
				c = 0;
				break;
			case 'x':
				if (i + 2 < n && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
					c = (unsigned char)(hexval(s[i + 1]) * 16 +
					                    hexval(s[i + 2]));
					i += 2;
				}
				break;
			default:
				break;
			}
		}
		add(b, &c, 1);
	}
}

static int ends(const char *s, const char *suf)
{
	size_t a = strlen(s), b = strlen(suf);
	return a >= b && !strcmp(s + a - b, suf);
}

/* Sets up the format and filters for out; *single is set for one
 * compressed file.  Returns 0 or -1. */
static int setup(struct archive *a, const char *out, int *single)
{
	static const struct {
		const char *suffix;
		int (*filter)(struct archive *);
	} comp[] = {
		{".gz", archive_write_add_filter_gzip},   {".tgz", archive_write_add_filter_gzip},
		{".bz2", archive_write_add_filter_bzip2}, {".xz", archive_write_add_filter_xz},
		{".zst", archive_write_add_filter_zstd},  {".lz4", archive_write_add_filter_lz4},
	};
	char base[4096];
	size_t i, n = strlen(out);
	if (n >= sizeof base)
		return -1;
	memcpy(base, out, n + 1);
	*single = 0;
	for (i = 0; i < sizeof comp / sizeof comp[0]; i++)
		if (ends(base, comp[i].suffix)) {
			if (comp[i].filter(a) != ARCHIVE_OK)
				return -1;
			if (!strcmp(comp[i].suffix, ".tgz"))
				memcpy(base + strlen(base) - 4, ".tar", 5);
			else
				base[strlen(base) - strlen(comp[i].suffix)] = '\0';
			break;
		}
	if (ends(base, ".zip"))
		return archive_write_set_format_zip(a) == ARCHIVE_OK ? 0 : -1;
	if (ends(base, ".tar"))
		return archive_write_set_format_pax_restricted(a) == ARCHIVE_OK ? 0 : -1;
	if (ends(base, ".7z"))
		return archive_write_set_format_7zip(a) == ARCHIVE_OK ? 0 : -1;
	if (ends(base, ".cpio"))
		return archive_write_set_format_cpio_newc(a) == ARCHIVE_OK ? 0 : -1;
	if (i == sizeof comp / sizeof comp[0])
		return -1;
	*single = 1;
	return archive_write_set_format_raw(a) == ARCHIVE_OK ? 0 : -1;
}

/* Reads a whole source into b (test sources are small), except @repeat. */
static int load(const char *src, buf *b)
{
	FILE *f;
	char tmp[65536];
	size_t n;
	if (!strncmp(src, "@text:", 6)) {
		unescape(b, src + 6, strlen(src + 6));
		return 0;
	}
	f = fopen(src, "rb");
	if (!f)
		return -1;
	while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
		add(b, tmp, n);
	fclose(f);
	return 0;
}

/* UTF-8 to UTF-16 (tests: BMP and astral characters). */
static void to_utf16(const buf *in, buf *out, enum enc e)
{
	size_t i = 0;
	if (e == ENC_U16LE)
		add(out, "\xFF\xFE", 2);
	else if (e == ENC_U16BE)
		add(out, "\xFE\xFF", 2);
	while (i < in->len) {
		unsigned c = in->p[i], cp = c, k = 0, u[2], nu = 1, j;
		if (c >= 0xF0) {
			cp = c & 7;
			k = 3;
		} else if (c >= 0xE0) {
			cp = c & 15;
			k = 2;
		} else if (c >= 0xC0) {
			cp = c & 31;
			k = 1;
		}
		for (j = 1; j <= k && i + j < in->len; j++)
			cp = cp << 6 | (in->p[i + j] & 63);
		i += k + 1;
		u[0] = cp;
		if (cp >= 0x10000) {
			u[0] = 0xD800 + ((cp - 0x10000) >> 10);
			u[1] = 0xDC00 + ((cp - 0x10000) & 0x3FF);
			nu = 2;
		}
		for (j = 0; j < nu; j++) {
			unsigned char b2[2];
			if (e == ENC_U16BE) {
				b2[0] = (unsigned char)(u[j] >> 8);
				b2[1] = (unsigned char)u[j];
			} else {
				b2[0] = (unsigned char)u[j];
				b2[1] = (unsigned char)(u[j] >> 8);
			}
			add(out, b2, 2);
		}
	}
}

/* n empty members named prefix0 to prefix(n-1). */
static int add_empty(struct archive *a, const char *prefix, unsigned long long n, int *count)
{
	struct archive_entry *ent = archive_entry_new();
	unsigned long long k;
	char name[4096];
	int rc = 0;
	for (k = 0; k < n && !rc; k++) {
		snprintf(name, sizeof name, "%s%llu", prefix, k);
		archive_entry_clear(ent);
		archive_entry_set_pathname(ent, name);
		archive_entry_set_filetype(ent, AE_IFREG);
		archive_entry_set_perm(ent, 0644);
		archive_entry_set_mtime(ent, MTIME, 0);
		archive_entry_set_size(ent, 0);
		if (archive_write_header(a, ent) < ARCHIVE_WARN)
			rc = die("%s", archive_error_string(a));
		else
			(*count)++;
	}
	archive_entry_free(ent);
	return rc;
}

static int add_member(struct archive *a, const char *arg, enum enc e, int *count)
{
	const char *eq = strchr(arg, '='), *src = eq ? eq + 1 : arg;
	struct archive_entry *ent = archive_entry_new();
	buf name = {0}, data = {0}, conv = {0};
	unsigned long long reps = 0;
	const char *unit = NULL;
	size_t ulen = 0;
	int rc = 1;

	if (eq && eq != arg && !(arg[0] == '@'))
		unescape(&name, arg, (size_t)(eq - arg));
	else {
		src = arg;
		unescape(&name, arg, strlen(arg));
	}
	if (!strncmp(src, "@empty:", 7)) {
		rc = add_empty(a, (const char *)name.p, strtoull(src + 7, NULL, 10), count);
		goto out;
	}
	if (!strncmp(src, "@repeat:", 8)) {
		char *end;
		reps = strtoull(src + 8, &end, 10);
		if (*end != ':') {
			die("bad @repeat source: %s", src);
			goto out;
		}
		unescape(&data, end + 1, strlen(end + 1));
		unit = (const char *)data.p;
		ulen = data.len;
	} else if (load(src, &data) < 0) {
		die("cannot read %s", src);
		goto out;
	}
	if (!unit && e != ENC_UTF8) {
		to_utf16(&data, &conv, e);
		free(data.p);
		data = conv;
	}
	archive_entry_set_pathname(ent, (const char *)name.p);
	archive_entry_set_filetype(ent, AE_IFREG);
	archive_entry_set_perm(ent, 0644);
	archive_entry_set_mtime(ent, MTIME, 0);
	archive_entry_set_size(ent, unit ? (la_int64_t)(reps * ulen) : (la_int64_t)data.len);
	if (archive_write_header(a, ent) < ARCHIVE_WARN) {
		die("%s", archive_error_string(a));
		goto out;
	}
	if (unit) {
		char blk[65536];
		size_t fill = 0;
		unsigned long long i;
		for (i = 0; i < reps; i++) {
			if (fill + ulen > sizeof blk) {
				archive_write_data(a, blk, fill);
				fill = 0;
			}
			if (ulen > sizeof blk) {
				archive_write_data(a, unit, ulen);
				continue;
			}
			memcpy(blk + fill, unit, ulen);
			fill += ulen;
		}
		if (fill)
			archive_write_data(a, blk, fill);
	} else if (data.len && archive_write_data(a, data.p, data.len) < 0) {
		die("%s", archive_error_string(a));
		goto out;
	}
	(*count)++;
	rc = 0;
out:
	archive_entry_free(ent);
	free(name.p);
	free(data.p);
	return rc;
}

/* --- hostile 7z headers --------------------------------------------- */

static void put_le(unsigned char *p, unsigned long long v, int n)
{
	int i;
	for (i = 0; i < n; i++, v >>= 8)
		p[i] = (unsigned char)v;
}

/* A 7z NUMBER: the first byte's high bits count the bytes after it. */
static void number7(buf *b, unsigned long long v)
{
	unsigned char p[9];
	int n, i;
	for (n = 0; n < 8; n++)
		if (v < 1ULL << (7 * (n + 1)))
			break;
	if (n == 8) {
		p[0] = 0xFF;
		put_le(p + 1, v, 8);
	} else {
		p[0] = (unsigned char)((0xFF00 >> n) | (v >> (8 * n)));
		for (i = 0; i < n; i++)
			p[1 + i] = (unsigned char)(v >> (8 * i));
	}
	add(b, p, (size_t)n + 1);
}

static void byte7(buf *b, int c)
{
	unsigned char u = (unsigned char)c;
	add(b, &u, 1);
}

/* Compresses in with a libarchive filter (at its fastest) into out. */
static int squeeze(const buf *in, buf *out, int (*filter)(struct archive *))
{
	struct archive *a = archive_write_new();
	struct archive_entry *e = archive_entry_new();
	size_t cap = in->len + in->len / 2 + 65536, used = 0;
	int rc = -1;
	out->p = malloc(cap);
	if (!out->p || archive_write_set_format_raw(a) != ARCHIVE_OK || filter(a) != ARCHIVE_OK ||
	    archive_write_set_filter_option(a, NULL, "compression-level", "1") != ARCHIVE_OK ||
	    archive_write_open_memory(a, out->p, cap, &used) != ARCHIVE_OK)
		goto out;
	archive_entry_set_pathname(e, "h");
	archive_entry_set_filetype(e, AE_IFREG);
	archive_entry_set_size(e, (la_int64_t)in->len);
	if (archive_write_header(a, e) != ARCHIVE_OK ||
	    archive_write_data(a, in->p, in->len) != (la_ssize_t)in->len ||
	    archive_write_close(a) != ARCHIVE_OK)
		goto out;
	out->len = out->cap = used;
	rc = 0;
out:
	if (rc)
		die("cannot compress a 7z header: %s", archive_error_string(a));
	archive_entry_free(e);
	archive_write_free(a);
	return rc;
}

/* The length of the LZMA2 stream at p[0..n), its end chunk included. */
static size_t lzma2_length(const unsigned char *p, size_t n)
{
	size_t i = 0;
	while (i < n && p[i]) {
		if (p[i] < 0x80) /* stored: size - 1 in 2 bytes */
			i += 3 + ((size_t)p[i + 1] << 8 | p[i + 2]) + 1;
		else /* LZMA: unpacked and packed sizes, maybe properties */
			i += (p[i] >= 0xC0 ? 6 : 5) + ((size_t)p[i + 3] << 8 | p[i + 4]) + 1;
	}
	return i + 1;
}

/* Encodes the header h with method (copy, lzma, lzma2, deflate, bzip2)
 * as 7-Zip would: the packed stream into packed, the coder's id and
 * properties into coder (a 7z coder record). */
static int encode7(const buf *h, const char *method, buf *packed, buf *coder)
{
	buf z = {0};
	int rc = -1;
	const unsigned char *p;
	size_t k;
	if (!strcmp(method, "copy")) {
		add(packed, h->p, h->len);
		add(coder, "\x01\x00", 2);
		return 0;
	}
	if (!strcmp(method, "lzma")) { /* .lzma: properties, size, stream */
		if (squeeze(h, &z, archive_write_add_filter_lzma) || z.len < 13)
			goto out;
		add(packed, z.p + 13, z.len - 13);
		add(coder, "\x23\x03\x01\x01\x05", 5);
		add(coder, z.p, 5);
	} else if (!strcmp(method, "lzma2")) { /* .xz: its block's stream */
		if (squeeze(h, &z, archive_write_add_filter_xz) || z.len < 24)
			goto out;
		p = z.p + 12;
		k = 14; /* the filter flags, after the block flags (no sizes) */
		if ((p[1] & 0xC0) || p[2] != 0x21 || p[3] != 1)
			goto out;
		add(coder, "\x21\x21\x01", 3);
		add(coder, p + 4, 1);
		k = 12 + ((size_t)p[0] + 1) * 4;
		add(packed, z.p + k, lzma2_length(z.p + k, z.len - k));
	} else if (!strcmp(method, "deflate")) { /* gzip: no name, no extra */
		if (squeeze(h, &z, archive_write_add_filter_gzip) || z.len < 18 || z.p[3])
			goto out;
		add(packed, z.p + 10, z.len - 18);
		add(coder, "\x03\x04\x01\x08", 4);
	} else if (!strcmp(method, "ppmd")) {
		add(packed, h->p, h->len);
		add(coder, "\x23\x03\x04\x01\x05\x06\x00\x00\x00\x01", 10);
		return 0;
	} else if (!strcmp(method, "bzip2")) {
		if (squeeze(h, &z, archive_write_add_filter_bzip2))
			goto out;
		add(packed, z.p, z.len);
		add(coder, "\x03\x04\x02\x02", 4);
	} else {
		die("unknown 7z header method: %s", method);
		goto out;
	}
	rc = 0;
out:
	if (rc && z.p)
		die("cannot encode a 7z header with %s", method);
	free(z.p);
	return rc;
}

/* Writes out: a 7z whose header lists n empty entries named "a" (each a
 * directory) and, when subs is not 0, one folder of 16 stored bytes in
 * subs streams; the header stored, or encoded with method when it is not
 * NULL; its signature header claiming size bytes of header when size is
 * not 0. */
static int hostile_7z(const char *out, unsigned long long n, unsigned long long subs,
                      const char *method, unsigned long long size)
{
	buf h = {0}, body = {0}, coder = {0}, file = {0};
	unsigned char sig[32] = {'7', 'z', 0xBC, 0xAF, 0x27, 0x1C, 0, 4};
	unsigned long long i;
	FILE *f;
	int rc = 1;

	byte7(&h, 0x01); /* kHeader */
	if (subs) {
		add(&file, "0123456789abcdef", 16); /* the folder's packed stream */
		byte7(&h, 0x04);                    /* kMainStreamsInfo */
		byte7(&h, 0x06);                    /* kPackInfo: at 0, one stream of 16 bytes */
		number7(&h, 0);
		number7(&h, 1);
		byte7(&h, 0x09);
		number7(&h, 16);
		byte7(&h, 0x00);
		byte7(&h, 0x07); /* kUnPackInfo: one folder, stored */
		byte7(&h, 0x0B);
		number7(&h, 1);
		byte7(&h, 0);
		number7(&h, 1);
		add(&h, "\x01\x00", 2);
		byte7(&h, 0x0C);
		number7(&h, 16);
		byte7(&h, 0x00);
		byte7(&h, 0x08); /* kSubStreamsInfo: the streams, no sizes */
		byte7(&h, 0x0D);
		number7(&h, subs);
		byte7(&h, 0x00);
		byte7(&h, 0x00); /* end of kMainStreamsInfo */
	}
	byte7(&h, 0x05); /* kFilesInfo */
	number7(&h, n);
	byte7(&h, 0x0E); /* kEmptyStream: every one */
	number7(&h, (n + 7) / 8);
	for (i = 0; i < (n + 7) / 8; i++)
		byte7(&h, 0xFF);
	byte7(&h, 0x11); /* kName, not external */
	number7(&h, 1 + 4 * n);
	byte7(&h, 0);
	for (i = 0; i < n; i++)
		add(&h, "a\0\0\0", 4);
	byte7(&h, 0x00); /* end of kFilesInfo */
	byte7(&h, 0x00); /* end of kHeader */
	if (!method) {
		body = h;
		h.p = NULL;
	} else {
		size_t at = file.len;
		if (encode7(&h, method, &file, &coder))
			goto out;
		byte7(&body, 0x17); /* kEncodedHeader */
		byte7(&body, 0x06); /* kPackInfo: one stream */
		number7(&body, at);
		number7(&body, 1);
		byte7(&body, 0x09);
		number7(&body, file.len - at);
		byte7(&body, 0x00);
		byte7(&body, 0x07); /* kUnPackInfo: one folder, one coder */
		byte7(&body, 0x0B);
		number7(&body, 1);
		byte7(&body, 0);
		number7(&body, 1);
		add(&body, coder.p, coder.len);
		byte7(&body, 0x0C);
		number7(&body, h.len);
		byte7(&body, 0x00);
		byte7(&body, 0x00); /* end of the streams info */
	}
	put_le(sig + 12, file.len, 8);
	put_le(sig + 20, size ? size : body.len, 8);
	put_le(sig + 28, crc32(0, body.p, (uInt)body.len), 4);
	put_le(sig + 8, crc32(0, sig + 12, 20), 4);
	f = fopen(out, "wb");
	if (!f || fwrite(sig, 1, 32, f) != 32 ||
	    (file.len && fwrite(file.p, 1, file.len, f) != file.len) ||
	    fwrite(body.p, 1, body.len, f) != body.len) {
		die("cannot write %s", out);
		if (f)
			fclose(f);
		goto out;
	}
	rc = fclose(f) ? die("cannot write %s", out) : 0;
out:
	free(h.p);
	free(body.p);
	free(coder.p);
	free(file.p);
	return rc;
}

/* Applies --truncate and --flip to the finished file. */
static int flip_byte(const char *out, off_t size, long long flip)
{
	unsigned char c;
	off_t off = flip < 0 ? size + flip : flip;
	int fd = open(out, O_RDWR), rc = 1;
	if (fd < 0 || off < 0 || off >= size || pread(fd, &c, 1, off) != 1) {
		die("cannot flip a byte of %s", out);
		goto out;
	}
	c ^= 0xFF;
	if (pwrite(fd, &c, 1, off) != 1) {
		die("cannot write %s", out);
		goto out;
	}
	rc = 0;
out:
	if (fd >= 0)
		close(fd);
	return rc;
}

static int post(const char *out, long long trunc, int have_trunc, long long flip, int have_flip)
{
	struct stat sb;
	if (stat(out, &sb) < 0)
		return die("cannot stat %s", out);
	if (have_flip && flip_byte(out, sb.st_size, flip))
		return 1;
	if (have_trunc) {
		off_t len = trunc < 0 ? sb.st_size + trunc : trunc;
		if (len < 0)
			len = 0;
		if (truncate(out, len) < 0)
			return die("cannot truncate %s", out);
	}
	return 0;
}

static int number(const char *s, long long *v)
{
	char *end;
	errno = 0;
	*v = strtoll(s, &end, 10);
	return errno || end == s || *end;
}

static int encoding(const char *opt, enum enc *e)
{
	if (!strcmp(opt, "--utf16le-nobom"))
		*e = ENC_U16LE_NOBOM;
	else if (!strcmp(opt, "--utf16le"))
		*e = ENC_U16LE;
	else if (!strcmp(opt, "--utf16be"))
		*e = ENC_U16BE;
	else if (!strcmp(opt, "--utf8"))
		*e = ENC_UTF8;
	else
		return -1;
	return 0;
}

int main(int argc, char **argv)
{
	struct archive *a = archive_write_new();
	const char *out, *pass = NULL;
	long long trunc = 0, flip = 0;
	int have_trunc = 0, have_flip = 0, store = 0, single = 0, count = 0;
	int have7 = 0;
	const char *method7 = NULL;
	long long entries7 = 0, size7 = 0, subs7 = 0, *v7;
	int rc = 1, i;
	enum enc e = ENC_UTF8;

	for (i = 1; i < argc && !strncmp(argv[i], "--", 2); i++) {
		if (!strcmp(argv[i], "--truncate") && i + 1 < argc) {
			if (number(argv[++i], &trunc)) {
				die("bad number: %s", argv[i]);
				goto done;
			}
			have_trunc = 1;
		} else if (!strcmp(argv[i], "--flip") && i + 1 < argc) {
			if (number(argv[++i], &flip)) {
				die("bad number: %s", argv[i]);
				goto done;
			}
			have_flip = 1;
		} else if (!strcmp(argv[i], "--encrypt") && i + 1 < argc) {
			pass = argv[++i];
		} else if (!strcmp(argv[i], "--store")) {
			store = 1;
		} else if ((v7 = !strcmp(argv[i], "--7z-entries")       ? &entries7
		                 : !strcmp(argv[i], "--7z-substreams")  ? &subs7
		                 : !strcmp(argv[i], "--7z-header-size") ? &size7
		                                                        : NULL) &&
		           i + 1 < argc) {
			if (number(argv[++i], v7) || *v7 < 0) {
				die("bad number: %s", argv[i]);
				goto done;
			}
			have7 |= v7 != &size7;
		} else if (!strcmp(argv[i], "--7z-method") && i + 1 < argc) {
			method7 = argv[++i];
		} else if (encoding(argv[i], &e) < 0) {
			die("unknown option %s", argv[i]);
			goto done;
		}
	}
	if (i >= argc) {
		fputs("usage: mkbundle [OPTION]... OUT MEMBER...\n", stderr);
		goto done;
	}
	out = argv[i++];
	if (have7) {
		rc = hostile_7z(out, (unsigned long long)entries7, (unsigned long long)subs7,
		                method7, (unsigned long long)size7);
		if (!rc)
			rc = post(out, trunc, have_trunc, flip, have_flip);
		goto done;
	}
	if (setup(a, out, &single) < 0) {
		die("unsupported output type: %s", out);
		goto done;
	}
	if (store)
		archive_write_set_format_option(a, "zip", "compression", "store");
	if (pass &&
	    (archive_write_set_format_option(a, "zip", "encryption", "zipcrypt") != ARCHIVE_OK ||
	     archive_write_set_passphrase(a, pass) != ARCHIVE_OK)) {
		die("%s", archive_error_string(a));
		goto done;
	}
	if (archive_write_open_filename(a, out) != ARCHIVE_OK) {
		die("%s", archive_error_string(a));
		goto done;
	}
	for (; i < argc; i++)
		if (encoding(argv[i], &e) < 0 && add_member(a, argv[i], e, &count))
			goto done;
	if (single && count != 1) {
		die("%s: a compressed file holds exactly one member", out);
		goto done;
	}
	if (archive_write_close(a) != ARCHIVE_OK) {
		die("%s", archive_error_string(a));
		goto done;
	}
	rc = post(out, trunc, have_trunc, flip, have_flip);
done:
	archive_write_free(a);
	return rc;
}
