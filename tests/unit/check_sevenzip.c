/* Unit tests: the 7z header walk that runs before libarchive parses one. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "runner.h"
#include "sevenzip.h"

static char why[256];

static void put_le(unsigned char *p, unsigned long long v, int n)
{
	int i;
	for (i = 0; i < n; i++, v >>= 8)
		p[i] = (unsigned char)v;
}

/* A signature header for a next header of size bytes at offset off. */
static void sig(unsigned char *p, unsigned long long off, unsigned long long size,
                const unsigned char *body)
{
	memcpy(p, "7z\xBC\xAF\x27\x1C\0\4", 8);
	put_le(p + 12, off, 8);
	put_le(p + 20, size, 8);
	put_le(p + 28, body ? crc32(0, body, (uInt)size) : 0, 4);
	put_le(p + 8, crc32(0, p + 12, 20), 4);
}

/* lx_7z_check() on an archive whose next header is body[0..n) (claimed
 * to be claim bytes when claim is not 0); the reason goes to why. */
static int check(const void *body, size_t n, unsigned long long claim)
{
	unsigned char head[32];
	FILE *f = tmpfile();
	int rc;
	ck_assert_ptr_nonnull(f);
	sig(head, 0, claim ? claim : n, claim ? NULL : body);
	ck_assert_uint_eq(fwrite(head, 1, 32, f), 32);
	ck_assert_uint_eq(fwrite(body, 1, n, f), n);
	ck_assert_int_eq(fflush(f), 0);
	why[0] = '\0';
	rc = lx_7z_check(fileno(f), 0, why, sizeof why);
	fclose(f);
	return rc;
}

/* A stored header listing the entries in number[0..n) (a 7z NUMBER). */
static int files(const char *number, size_t n)
{
	unsigned char h[32] = {0x01, 0x05};
	memcpy(h + 2, number, n);
	h[2 + n] = 0x00;
	h[3 + n] = 0x00;
	return check(h, n + 4, 0);
}

START_TEST(entry_counts)
{
	ck_assert_int_eq(files("\x05", 1), 0);
	ck_assert_int_eq(files("\x80\x05", 2), 0); /* 5, in two bytes */
	/* 174,000 entries fit, 175,000 do not: 192 bytes each of 32 MiB */
	ck_assert_int_eq(files("\xC2\xB0\xA7", 3), 0);
	ck_assert_int_eq(files("\xC2\x98\xAB", 3), -1);
	ck_assert_str_eq(why, "7z header lists 175000 entries, more than its "
	                      "memory limit (32 MiB) allows");
	ck_assert_int_eq(files("\xFF\0\0\0\0\0\0\0\x80", 9), -1);
	ck_assert_ptr_nonnull(strstr(why, " 9223372036854775808 entries"));
	/* a NUMBER cut by the header's end */
	ck_assert_int_eq(files("\xFF", 1), -1);
	ck_assert_str_eq(why, "damaged 7z header");
}
END_TEST

START_TEST(other_counts)
{
	/* 2^32 pack streams, in a NUMBER of 6 bytes */
	static const unsigned char pack[] = {0x01, 0x04, 0x06, 0x00, 0xFC, 0, 0, 0, 0, 0x01, 0x00};
	/* one stored folder, then 90 million substreams */
	static const unsigned char subs[] = {0x01, 0x04, 0x06, 0x00, 0x01, 0x09, 0x10, 0x00, 0x07,
	                                     0x0B, 0x01, 0x00, 0x01, 0x01, 0x00, 0x0C, 0x10, 0x00,
	                                     0x08, 0x0D, 0xE5, 0x80, 0x4A, 0x5D, 0x00, 0x00, 0x00};
	ck_assert_int_eq(check(pack, sizeof pack, 0), -1);
	ck_assert_str_eq(why, "7z header needs more memory than the limit (32 MiB)");
	ck_assert_int_eq(check(subs, sizeof subs, 0), -1);
	ck_assert_str_eq(why, "7z header needs more memory than the limit (32 MiB)");
}
END_TEST

START_TEST(sizes_and_shapes)
{
	static const unsigned char empty[] = {0x01, 0x00};
	static const unsigned char odd[] = {0x01, 0x42};
	static const unsigned char unknown[] = {0x42};
	ck_assert_int_eq(check(empty, sizeof empty, 0), 0);
	ck_assert_int_eq(check(odd, sizeof odd, 0), -1);
	ck_assert_str_eq(why, "damaged 7z header");
	ck_assert_int_eq(check(unknown, sizeof unknown, 0), 0); /* libarchive's */
	ck_assert_int_eq(check(empty, sizeof empty, (16u << 20) + 1), -1);
	ck_assert_str_eq(why, "7z header of 16777217 bytes exceeds the limit (16 MiB)");
	ck_assert_int_eq(check(empty, sizeof empty, 3), -1);
	ck_assert_str_eq(why, "truncated 7z archive");
}
END_TEST

START_TEST(finding)
{
	size_t n = 0x30000, at = 0, want = 0;
	unsigned char *p = calloc(1, n);
	ck_assert_ptr_nonnull(p);
	/* at the start: only there, and only with its CRC right */
	sig(p, 0, 0, NULL);
	ck_assert_int_eq(lx_7z_maybe(p, n, &want), 1);
	ck_assert_uint_eq(want, 32);
	ck_assert_int_eq(lx_7z_find(p, n, 0, &at), 1);
	ck_assert_uint_eq(at, 0);
	ck_assert_int_eq(lx_7z_find(p, n, 1, &at), 0);
	p[9] ^= 1;
	ck_assert_int_eq(lx_7z_find(p, n, 0, &at), 0);
	/* a self-extractor: every candidate whose CRC is right */
	memset(p, 0, n);
	memcpy(p, "MZ", 2);
	sig(p + 0x27000, 0, 0, NULL);
	p[0x27000 + 9] ^= 1;
	sig(p + 0x28000, 0, 0, NULL);
	sig(p + 0x29000, 0, 0, NULL);
	ck_assert_int_eq(lx_7z_maybe(p, n, &want), 1);
	ck_assert_uint_eq(want, LX_7Z_SCAN);
	ck_assert_int_eq(lx_7z_find(p, n, 0, &at), 1);
	ck_assert_uint_eq(at, 0x28000);
	ck_assert_int_eq(lx_7z_find(p, n, at + 1, &at), 1);
	ck_assert_uint_eq(at, 0x29000);
	ck_assert_int_eq(lx_7z_find(p, n, at + 1, &at), 0);
	ck_assert_int_eq(lx_7z_maybe((const unsigned char *)"7z is not 7-Zip", 15, &want), 0);
	free(p);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("sevenzip");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, entry_counts);
	tcase_add_test(tc, other_counts);
	tcase_add_test(tc, sizes_and_shapes);
	tcase_add_test(tc, finding);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
