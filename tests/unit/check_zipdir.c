/* Unit tests: a zip file's central directory (zipdir.c), on zips built
 * here byte by byte: plain, with data descriptors, zip64, damaged,
 * disagreeing with the local headers, and with hostile sizes. */
#include <check.h>
#include <stdint.h>
#include <string.h>
#include <sys/types.h>

#include "runner.h"
#include "zipdir.h"

#define MAX32 0xFFFFFFFFull

typedef struct zb {
	unsigned char p[1 << 16];
	size_t n;
} zb;

static zb z;

static void put(const void *p, size_t n)
{
	ck_assert_uint_le(z.n + n, sizeof z.p);
	memcpy(z.p + z.n, p, n);
	z.n += n;
}

static void le(uint64_t v, int n)
{
	unsigned char b[8];
	int i;
	for (i = 0; i < n; i++, v >>= 8)
		b[i] = (unsigned char)v;
	put(b, (size_t)n);
}

/* A local header for name with data bytes of data (filled with 'x'),
 * flags, and (zip64) the sizes in a zip64 field.  Returns its offset. */
static uint64_t local(const char *name, size_t data, unsigned flags, int zip64)
{
	uint64_t at = z.n;
	size_t i;
	put("PK\3\4", 4);
	le(20, 2);
	le(flags, 2);
	le(8, 2);                                      /* deflate */
	le(0, 4);                                      /* time, date */
	le(0, 4);                                      /* crc */
	le(zip64 ? MAX32 : (flags & 8 ? 0 : data), 4); /* compressed */
	le(zip64 ? MAX32 : (flags & 8 ? 0 : data), 4); /* uncompressed */
	le(strlen(name), 2);
	le(zip64 ? 20 : 0, 2);
	put(name, strlen(name));
	if (zip64) {
		le(1, 2);
		le(16, 2);
		le(data, 8);
		le(data, 8);
	}
	for (i = 0; i < data; i++)
		put("x", 1);
	return at;
}

/* A data descriptor: with its signature or not, sizes of 8 bytes or 4. */
static void descriptor(size_t data, int sig, int wide)
{
	if (sig)
		put("PK\7\10", 4);
	le(0, 4);
	le(data, wide ? 8 : 4);
	le(data, wide ? 8 : 4);
}

/* A central directory header.  Fields of MAX32 or more, and those whose
 * bit is set in wide (1 uncompressed, 2 compressed, 4 offset), go to a
 * zip64 field in that order, MAX32 standing in their place. */
static void central_w(const char *name, uint64_t usize, uint64_t csize, uint64_t lho, unsigned wide)
{
	unsigned xl = 0;
	uint64_t v[3];
	int i;
	v[0] = usize;
	v[1] = csize;
	v[2] = lho;
	for (i = 0; i < 3; i++)
		if (v[i] >= MAX32)
			wide |= 1u << i;
	for (i = 0; i < 3; i++)
		xl += wide >> i & 1 ? 8 : 0;
	put("PK\1\2", 4);
	le(20, 2);
	le(20, 2);
	le(0, 2);
	le(8, 2);
	le(0, 4);
	le(0, 4);
	le(wide & 2 ? MAX32 : csize, 4);
	le(wide & 1 ? MAX32 : usize, 4);
	le(strlen(name), 2);
	le(xl ? xl + 4 : 0, 2);
	le(0, 2); /* comment */
	le(0, 2); /* disk */
	le(0, 2);
	le(0, 4);
	le(wide & 4 ? MAX32 : lho, 4);
	put(name, strlen(name));
	if (xl) {
		le(1, 2);
		le(xl, 2);
		for (i = 0; i < 3; i++)
			if (wide >> i & 1)
				le(v[i], 8);
	}
}

static void central(const char *name, uint64_t usize, uint64_t csize, uint64_t lho)
{
	central_w(name, usize, csize, lho, 0);
}

/* The end of central directory (the counts as given). */
static void end(uint64_t entries, uint64_t cd_size, uint64_t cd_off, const char *comment)
{
	put("PK\5\6", 4);
	le(0, 4);
	le(entries, 2);
	le(entries, 2);
	le(cd_size, 4);
	le(cd_off, 4);
	le(strlen(comment), 2);
	put(comment, strlen(comment));
}

/* The zip64 record and locator, then an end record marked zip64. */
static void end64(uint64_t entries, uint64_t cd_size, uint64_t cd_off)
{
	uint64_t at = z.n;
	put("PK\6\6", 4);
	le(44, 8);
	le(45, 2);
	le(45, 2);
	le(0, 4);
	le(0, 4);
	le(entries, 8);
	le(entries, 8);
	le(cd_size, 8);
	le(cd_off, 8);
	put("PK\6\7", 4);
	le(0, 4);
	le(at, 8);
	le(1, 4);
	end(0xFFFF, MAX32, MAX32, "");
}

/* A new zip holding a.log's local header and 10 bytes: its offset, and in
 * *cd where the directory will start. */
static uint64_t one_local(uint64_t *cd)
{
	uint64_t a;
	z.n = 0;
	a = local("a.log", 10, 0, 0);
	*cd = z.n;
	return a;
}

/* The same with a.log's directory header after it. */
static uint64_t one_entry(uint64_t *cd)
{
	uint64_t a = one_local(cd);
	central("a.log", 10, 10, a);
	return a;
}

static ssize_t mem_read(void *ud, uint64_t off, void *buf, size_t n)
{
	const zb *b = ud;
	if (off >= b->n)
		return 0;
	if (n > b->n - off)
		n = (size_t)(b->n - off);
	memcpy(buf, b->p + off, n);
	return (ssize_t)n;
}

static lx_zipdir d;

/* Reads z's directory and checks its local headers: the first reason. */
static const char *verdict(void)
{
	const char *why;
	lx_zipdir_free(&d);
	why = lx_zipdir_read(&d, z.n, mem_read, &z);
	if (!why)
		why = lx_zipdir_locals(&d, mem_read, &z);
	return why;
}

/* The verdict on z once the directory, listing a.log (10 bytes at a)
 * alone, and its end record are written after what z holds. */
static const char *verdict_listing_a(uint64_t a)
{
	uint64_t cd = z.n;
	central("a.log", 10, 10, a);
	end(1, z.n - cd, cd, "");
	return verdict();
}

static uint64_t csize_at(uint64_t off)
{
	const lx_zipent *e = lx_zipdir_find(&d, off);
	ck_assert_ptr_nonnull(e);
	return e->csize;
}

START_TEST(plain_and_descriptors)
{
	uint64_t a, b, c, cd;
	z.n = 0;
	a = local("a.log", 100, 0, 0);
	b = local("b.log", 7, 8, 0);
	descriptor(7, 1, 0);
	c = local("c.log", 3000, 8, 0);
	descriptor(3000, 0, 0);
	cd = z.n;
	central("b.log", 7, 7, b); /* the directory's order need not be the file's */
	central("a.log", 250, 100, a);
	central("c.log", 3000, 3000, c);
	end(3, z.n - cd, cd, "a comment");
	ck_assert_ptr_null(verdict());
	ck_assert_uint_eq(d.n, 3);
	ck_assert_uint_eq(d.cd_off, cd);
	/* where libarchive's data of each entry starts: after its header */
	ck_assert_uint_eq(csize_at(a + 30 + 5), 100);
	ck_assert_uint_eq(lx_zipdir_find(&d, a + 30 + 5)->usize, 250);
	ck_assert_uint_eq(csize_at(b + 30 + 5), 7);
	ck_assert_uint_eq(csize_at(c), 3000);
	ck_assert_uint_eq(csize_at(cd + 100), 3000);
	lx_zipdir_free(&d);
	ck_assert_uint_eq(d.n, 0);
	ck_assert_ptr_null(d.ent);

	/* the empty zip */
	z.n = 0;
	end(0, 0, 0, "");
	ck_assert_ptr_null(verdict());
	ck_assert_uint_eq(d.n, 0);
	ck_assert_ptr_null(lx_zipdir_find(&d, 0));
}
END_TEST

START_TEST(zip64)
{
	uint64_t a, b, cd;
	z.n = 0;
	a = local("a.log", 40, 0, 1);
	b = local("b.log", 9, 8, 1);
	descriptor(9, 1, 1); /* a zip64 entry's descriptor: sizes of 8 bytes */
	cd = z.n;
	central_w("a.log", 40, 40, a, 1);                       /* only the size held */
	central_w("b.log", 9, (uint64_t)5 << 32, MAX32 + 7, 0); /* both in the field */
	end64(2, z.n - cd, cd);
	ck_assert_ptr_null(lx_zipdir_read(&d, z.n, mem_read, &z));
	ck_assert_uint_eq(d.n, 2);
	ck_assert_uint_eq(d.ent[0].lho, a);
	ck_assert_uint_eq(d.ent[0].csize, 40);
	ck_assert_uint_eq(d.ent[0].usize, 40); /* from the zip64 field */
	ck_assert_uint_eq(d.ent[1].lho, MAX32 + 7);
	ck_assert_uint_eq(d.ent[1].csize, (uint64_t)5 << 32);
	ck_assert_uint_eq(d.ent[1].usize, 9);
	/* its local headers do not lead to an entry there */
	ck_assert_str_eq(lx_zipdir_locals(&d, mem_read, &z), lx_zip_disagrees);
	lx_zipdir_free(&d);

	/* the same with b's real offset: every field followed, it agrees */
	z.n = 0;
	a = local("a.log", 40, 0, 1);
	b = local("b.log", 9, 8, 1);
	descriptor(9, 1, 1);
	cd = z.n;
	central_w("a.log", 40, 40, a, 7);
	central("b.log", 9, 9, b);
	end64(2, z.n - cd, cd);
	ck_assert_ptr_null(verdict());
	{
		uint64_t n = 0;
		ck_assert_ptr_null(lx_zipdir_entries(z.n, mem_read, &z, &n));
		ck_assert_uint_eq(n, 2); /* the zip64 record's, not the 0xFFFF */
	}
	ck_assert_uint_eq(csize_at(b + 50), 9);
	ck_assert_uint_eq(csize_at(a + 50), 40);
	/* a descriptor of 8-byte sizes without a zip64 field, or of 4-byte
	 * sizes after one (some writers): the directory says which */
	z.p[b + 30 + 5] = 9; /* b's zip64 field renamed */
	ck_assert_ptr_null(verdict());
	/* ... but no other length */
	z.n = 0;
	a = local("a.log", 40, 0, 1);
	b = local("b.log", 9, 8, 1);
	descriptor(9, 1, 1);
	put("junk", 4);
	cd = z.n;
	central_w("a.log", 40, 40, a, 7);
	central("b.log", 9, 9, b);
	end64(2, z.n - cd, cd);
	ck_assert_str_eq(verdict(), lx_zip_disagrees);
}
END_TEST

START_TEST(padded)
{
	uint64_t a, cd;
	size_t at;
	/* zeros after the end record (a zip written to a pipe, padded to a
	 * block), the comment's or the record's own */
	a = one_entry(&cd);
	end(1, z.n - cd, cd, "note");
	at = z.n - 22 - 4;
	memset(z.p + z.n, 0, 5000);
	z.n += 5000;
	ck_assert_uint_eq(lx_zip_find_end(z.p, z.n), at);
	ck_assert_ptr_null(verdict());
	ck_assert_uint_eq(csize_at(a + 35), 10);
	/* anything else after it is not padding */
	z.p[z.n - 1] = 1;
	ck_assert_uint_eq(lx_zip_find_end(z.p, z.n), SIZE_MAX);
	ck_assert_str_eq(verdict(), lx_zip_no_end);
	/* a comment that ends in zeros, without padding */
	a = one_entry(&cd);
	end(1, z.n - cd, cd, "");
	z.p[z.n - 2] = 3; /* its length */
	put("x\0\0", 3);
	ck_assert_uint_eq(lx_zip_find_end(z.p, z.n), z.n - 25);
	/* a record cut short of its comment */
	z.n--;
	ck_assert_uint_eq(lx_zip_find_end(z.p, z.n), SIZE_MAX);
}
END_TEST

START_TEST(damaged)
{
	uint64_t a, cd;
	z.n = 0;
	ck_assert_str_eq(verdict(), lx_zip_no_end);
	put("PK\3\4 not a zip at all, far too short", 36);
	ck_assert_str_eq(verdict(), lx_zip_no_end);

	a = one_entry(&cd);
	end(1, z.n - cd, cd, "tail");
	ck_assert_ptr_null(verdict());
	z.n -= 2; /* the comment cut: the end record no longer ends the file */
	ck_assert_str_eq(verdict(), lx_zip_no_end);
	ck_assert_ptr_null(d.ent);

	/* more entries than the directory's size can hold */
	a = one_entry(&cd);
	end(2, z.n - cd, cd, "");
	ck_assert_str_eq(verdict(), lx_zip_damaged);
	/* a directory that runs past its end record */
	a = one_entry(&cd);
	end(1, z.n - cd + 1, cd, "");
	ck_assert_str_eq(verdict(), lx_zip_damaged);
	/* a header without its signature */
	a = one_entry(&cd);
	z.p[cd + 2] = 9;
	end(1, z.n - cd, cd, "");
	ck_assert_str_eq(verdict(), lx_zip_damaged);
	/* marked zip64 without the locator */
	a = one_entry(&cd);
	end(0xFFFF, z.n - cd, cd, "");
	ck_assert_str_eq(verdict(), lx_zip_damaged);
	/* a locator naming no zip64 record */
	a = one_entry(&cd);
	end64(1, z.n - cd, cd);
	z.p[z.n - 22 - 20 - 56] = 'X';
	ck_assert_str_eq(verdict(), lx_zip_damaged);
	/* a field marked zip64 with no zip64 field: the name takes its room */
	a = one_local(&cd);
	central("a.log", 10, MAX32, a);
	z.p[cd + 46 + 5] = 9; /* not id 1 */
	end(1, z.n - cd, cd, "");
	ck_assert_str_eq(verdict(), lx_zip_damaged);
	ck_assert_ptr_null(d.ent);
	/* a zip64 field that claims more bytes than the extra field holds */
	a = one_local(&cd);
	central_w("a.log", 10, 10, a, 2);
	z.p[cd + 46 + 5 + 2] = 16;
	end(1, z.n - cd, cd, "");
	ck_assert_str_eq(verdict(), lx_zip_damaged);
	z.p[cd + 46 + 5 + 2] = 8; /* as written: it is read */
	ck_assert_ptr_null(verdict());
	ck_assert_uint_eq(csize_at(a), 10);
}
END_TEST

START_TEST(disagreeing)
{
	uint64_t a, cd;
	/* two entries of the directory at one local header (overlapping
	 * members, as in a bomb that reuses its data) */
	a = one_entry(&cd);
	central("b.log", 10, 10, a);
	end(2, z.n - cd, cd, "");
	ck_assert_str_eq(verdict(), lx_zip_disagrees);
	/* a member the directory does not list, with its size at its end */
	a = one_local(&cd);
	local("hidden.log", 10, 8, 0);
	descriptor(10, 1, 0);
	ck_assert_str_eq(verdict_listing_a(a), lx_zip_disagrees);
	/* ... or with its size in its header: still one more than listed */
	a = one_local(&cd);
	local("hidden.log", 10, 0, 0);
	ck_assert_str_eq(verdict_listing_a(a), lx_zip_disagrees);
	/* a gap before the directory */
	a = one_local(&cd);
	put("junk", 4);
	ck_assert_str_eq(verdict_listing_a(a), lx_zip_disagrees);
	/* a compressed size that carries the walk past the directory without
	 * wrapping: libarchive reads the member by that size (and the ratio
	 * guard would take its cap from it) */
	z.n = 0;
	a = local("a.log", 10, 8, 0);
	descriptor(10, 1, 0);
	cd = z.n;
	central("a.log", 10, MAX32 - 1, a);
	end(1, z.n - cd, cd, "");
	ck_assert_str_eq(verdict(), lx_zip_disagrees);
	/* an entry the walk never meets (inside a's data) and a local header
	 * the directory does not list: as many, but not the same members */
	z.n = 0;
	a = local("a.log", 60, 0, 0);
	local("c.log", 10, 0, 0);
	cd = z.n;
	central("a.log", 60, 60, a);
	central("b.log", 10, 10, a + 30 + 5 + 4);
	end(2, z.n - cd, cd, "");
	ck_assert_str_eq(verdict(), lx_zip_disagrees);
}
END_TEST

START_TEST(hostile_sizes)
{
	uint64_t a, cd;
	/* a compressed size that would carry the walk round past 2^64 */
	a = one_local(&cd);
	central("a.log", 10, UINT64_MAX - 20, a);
	end64(1, z.n - cd, cd);
	ck_assert_str_eq(verdict(), lx_zip_disagrees);
	ck_assert_uint_eq(csize_at(a + 35), UINT64_MAX - 20);
	/* an entry at the largest offset: looked up, never read */
	a = one_entry(&cd);
	central("b.log", 10, 10, UINT64_MAX);
	end64(2, z.n - cd, cd);
	ck_assert_str_eq(verdict(), lx_zip_disagrees);
	ck_assert_uint_eq(csize_at(UINT64_MAX), 10);
	ck_assert_uint_eq(csize_at(a), 10);
	/* a zip64 record that claims more entries than its directory holds */
	a = one_entry(&cd);
	end64(UINT64_MAX, z.n - cd, cd);
	ck_assert_str_eq(verdict(), lx_zip_damaged);
	/* ... and a directory offset past the end */
	z.n = 0;
	end64(0, 0, UINT64_MAX);
	ck_assert_str_eq(verdict(), lx_zip_damaged);
	lx_zipdir_free(&d);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("zipdir");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, plain_and_descriptors);
	tcase_add_test(tc, zip64);
	tcase_add_test(tc, padded);
	tcase_add_test(tc, damaged);
	tcase_add_test(tc, disagreeing);
	tcase_add_test(tc, hostile_sizes);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
