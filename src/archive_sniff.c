/* archive_sniff.c - what the first bytes of a stream say, and a look at a
 * bundle before it is read.  See archive_sniff.h. */
#include "archive_sniff.h"

#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "zipdir.h"

#define ZIP_PROBE 512u          /* zip members looked at by lx_archive_zip_sizes */
#define ZIP_BLOCK (64u * 1024u) /* its reads */

/* The compression whose magic number starts p, or NULL.  libarchive drops
 * its filters when the first read fails (a short truncated stream), so the
 * caller needs to know without it. */
const char *lx_sniff_compression(const unsigned char *p, size_t n)
{
	if (n >= 3 && p[0] == 0x1F && p[1] == 0x8B && p[2] == 8)
		return "gzip";
	if (n >= 10 && !memcmp(p, "BZh", 3) && p[3] >= '1' && p[3] <= '9' &&
	    (!memcmp(p + 4, "1AY&SY", 6) || !memcmp(p + 4, "\x17rE8P\x90", 6)))
		return "bzip2";
	if (n >= 6 && !memcmp(p,
	                      "\xFD"
	                      "7zXZ\0",
	                      6))
		return "xz";
	if (n >= 4 && !memcmp(p, "\x28\xB5\x2F\xFD", 4))
		return "zstd";
	if (n >= 4 && (!memcmp(p, "\x04\x22\x4D\x18", 4) || !memcmp(p, "\x02\x21\x4C\x18", 4)))
		return "lz4";
	return NULL;
}

static int all_of(const unsigned char *p, size_t n, const char *set)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (!p[i] || !strchr(set, p[i]))
			return 0;
	return 1;
}

/* Whether p[0..n) is plain UTF-8 text: printable characters, white space
 * and well-formed multibyte sequences (one may be cut at the end).  No
 * archive or compressed stream starts like that (their headers hold NUL
 * or control bytes, or bytes that are not UTF-8), so such a stream is read
 * as text without asking libarchive, whose bidders can be lenient. */
int lx_sniff_text(const unsigned char *p, size_t n)
{
	size_t i = 0;
	while (i < n) {
		unsigned c = p[i], k, j;
		if (c < 0x80) {
			if (c < 0x20 && !(c >= 0x09 && c <= 0x0D))
				return 0;
			if (c == 0x7F)
				return 0;
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			k = 1;
		else if (c >= 0xE0 && c <= 0xEF)
			k = 2;
		else if (c >= 0xF0 && c <= 0xF4)
			k = 3;
		else
			return 0;
		for (j = 1; j <= k && i + j < n; j++)
			if ((p[i + j] & 0xC0) != 0x80)
				return 0;
		i += k + 1;
	}
	return 1;
}

/* libarchive takes anything starting "0707" for cpio and then scans the
 * whole stream for a header; so cpio is only enabled when the first bytes
 * are a well-formed header (or compressed, where they cannot be seen).
 * libarchive 3.6.2 also reads a newc name ahead in one piece of the size
 * the header claims (up to 4 GiB), so a first header claiming more than
 * LX_CPIO_NAME_MAX is refused.  A compressed stream is decompressed by a
 * handle of its own (archive.c's inflate_stream), so this check sees its
 * first header too; every later header is read with a budget of
 * LX_HEADER_MAX bytes (archive.c's next_header and cb_read). */
int lx_sniff_cpio(const unsigned char *p, size_t n)
{
	if (n >= 6 && !memcmp(p, "070707", 6))
		return n >= 76 && all_of(p, 76, "01234567");
	if (n >= 6 && (!memcmp(p, "070701", 6) || !memcmp(p, "070702", 6))) {
		/* libarchive reads the whole name ahead: a name size of 4 GiB
		 * in a 100-byte file would reserve that much memory */
		unsigned long namesize = 0;
		size_t i;
		if (n < 110 || !all_of(p + 6, 104, "0123456789abcdefABCDEF"))
			return 0;
		for (i = 94; i < 102; i++)
			namesize = namesize * 16 +
			           (unsigned long)(p[i] <= '9' ? p[i] - '0'
			                                       : (p[i] | 0x20) - 'a' + 10);
		return namesize <= LX_CPIO_NAME_MAX;
	}
	if (n >= 2 && ((p[0] == 0x71 && p[1] == 0xC7) || (p[0] == 0xC7 && p[1] == 0x71))) {
		unsigned ns;
		if (n < 26)
			return 0;
		ns = p[0] == 0x71 ? (unsigned)(p[20] << 8 | p[21]) : (unsigned)(p[21] << 8 | p[20]);
		return ns >= 2 && 26 + ns <= n && p[26 + ns - 1] == 0;
	}
	return 1; /* no cpio magic: the bidder declines by itself */
}

/* Whether the zip file fd is read from its directory (zipdir.h): one whose
 * local headers disagree, or whose directory is too long to be held, is
 * read from its local headers, in one pass, so it is not split (a lane
 * would skip members by seeking, and a stream's ratio guard counts
 * compressed bytes as they are read). */
static int zip_agrees(int fd)
{
	struct stat sb;
	lx_zipdir d;
	lx_zipfile f;
	const char *why;
	int big;
	if (fstat(fd, &sb) < 0 || sb.st_size < 22)
		return 1; /* as archive.c: not checked */
	f.fd = fd;
	f.base = 0;
	why = lx_zipdir_load(&d, (uint64_t)sb.st_size, lx_zipfile_pread, &f, &big);
	lx_zipdir_free(&d);
	return !why && !big;
}

int lx_archive_zip_sizes(const char *path, uint64_t *n, uint64_t *total, uint64_t *most)
{
	unsigned char magic[4];
	struct archive *a;
	struct archive_entry *e;
	int fd = open(path, O_RDONLY), rc;
	ssize_t got;

	*n = *total = *most = 0;
	if (fd < 0)
		return 0;
	got = read(fd, magic, sizeof magic);
	if (got != (ssize_t)sizeof magic || memcmp(magic, "PK\3\4", 4) || !zip_agrees(fd)) {
		close(fd);
		return 0;
	}
	close(fd);
	a = archive_read_new();
	if (!a)
		return 0;
	archive_read_support_format_zip(a);
	rc = archive_read_open_filename(a, path, ZIP_BLOCK);
	/* the directory of a zip is cheap to walk; for a very long one, its
	 * first members tell enough */
	while (rc == ARCHIVE_OK && *n < ZIP_PROBE &&
	       (rc = archive_read_next_header(a, &e)) >= ARCHIVE_WARN) {
		rc = ARCHIVE_OK;
		if (archive_entry_filetype(e) != AE_IFREG)
			continue;
		++*n;
		if (archive_entry_size_is_set(e) && archive_entry_size(e) > 0) {
			uint64_t z = (uint64_t)archive_entry_size(e);
			*total += z;
			if (z > *most)
				*most = z;
		}
	}
	archive_read_free(a);
	return 1;
}

int lx_archive_plain_text(const char *path)
{
	unsigned char head[LX_PEEK];
	ssize_t n;
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return 0;
	do
		n = read(fd, head, sizeof head);
	while (n < 0 && errno == EINTR);
	close(fd);
	return n > 0 && lx_sniff_text(head, (size_t)n);
}
