/* check_newlines - counting and finding line ends (src/newlines.c), and
 * the ranges a signature's windows cover in a block (src/match_win.c). */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "match_win.h"
#include "newlines.h"
#include "runner.h"

static size_t naive(const char *b, size_t n)
{
	size_t i, c = 0;
	for (i = 0; i < n; i++)
		c += b[i] == '\n';
	return c;
}

START_TEST(counts)
{
	static char buf[20000];
	size_t i, off, len;
	unsigned seed = 7;
	ck_assert_uint_eq(lx_count_newlines("", 0), 0);
	ck_assert_uint_eq(lx_count_newlines("\n", 1), 1);
	ck_assert_uint_eq(lx_count_newlines("a\nb\n\n", 5), 3);
	/* bytes that differ from '\n' in one bit, and high bytes */
	ck_assert_uint_eq(lx_count_newlines("\x0b\x08\x8a\x0a\xff\x0a\x00\x0e\x2a", 9), 2);
	/* every byte a '\n': the byte counters must not wrap (127 rounds of 64 bytes) */
	memset(buf, '\n', sizeof buf);
	ck_assert_uint_eq(lx_count_newlines(buf, sizeof buf), sizeof buf);
	ck_assert_uint_eq(lx_count_newlines(buf + 1, 16 * 255 + 3), 16 * 255 + 3);
	for (i = 0; i < sizeof buf; i++) {
		seed = seed * 1103515245u + 12345u;
		buf[i] = (seed >> 16) % 5 ? (char)(seed >> 8) : '\n';
	}
	/* every alignment and tail length */
	for (off = 0; off < 17; off++)
		for (len = 0; len < 300; len++)
			ck_assert_uint_eq(lx_count_newlines(buf + off, len), naive(buf + off, len));
	ck_assert_uint_eq(lx_count_newlines(buf + 3, sizeof buf - 3),
	                  naive(buf + 3, sizeof buf - 3));
}
END_TEST

START_TEST(line_starts)
{
	const char *b = "ab\ncd\n\nef\n";
	ck_assert_uint_eq(lx_line_start(b, 0), 0);
	ck_assert_uint_eq(lx_line_start(b, 2), 0);
	ck_assert_uint_eq(lx_line_start(b, 3), 3);
	ck_assert_uint_eq(lx_line_start(b, 5), 3);
	ck_assert_uint_eq(lx_line_start(b, 6), 6);
	ck_assert_uint_eq(lx_line_start(b, 7), 7);
	ck_assert_uint_eq(lx_line_start(b, 9), 7);
}
END_TEST

/* The search back goes 256 bytes at a time: lines of every length around
 * that, newlines at the chunks' edges, none at all. */
START_TEST(line_starts_long)
{
	static char b[2000];
	size_t i, off;
	unsigned x = 7;
	for (i = 0; i < sizeof b; i++) {
		x = x * 1103515245u + 12345u;
		b[i] = (x >> 16) % 300 ? 'x' : '\n';
	}
	b[255] = b[256] = b[1024] = '\n';
	for (off = 0; off <= sizeof b; off++) {
		size_t want = off, nl = SIZE_MAX;
		while (want > 0 && b[want - 1] != '\n')
			want--;
		for (i = off; i > 0; i--)
			if (b[i - 1] == '\n') {
				nl = i - 1;
				break;
			}
		ck_assert_uint_eq(lx_line_start(b, off), want);
		ck_assert_uint_eq(lx_last_newline(b, off), nl);
	}
	memset(b, 'y', sizeof b);
	ck_assert_uint_eq(lx_line_start(b, sizeof b), 0);
	ck_assert_uint_eq(lx_last_newline(b, sizeof b), SIZE_MAX);
}
END_TEST

/* eight one-letter lines, numbered 1..8, starting at 0, 2, ... 14 */
static const char eight[] = "a\nb\nc\nd\ne\nf\ng\nh\n";

static void check_win(const lx_win *w, size_t from, size_t to, uint64_t first)
{
	ck_assert_uint_eq(w->from, from);
	ck_assert_uint_eq(w->to, to);
	ck_assert_uint_eq(w->first_line, first);
}

START_TEST(windows)
{
	lx_win w[LX_WIN_MAX];
	lx_anchor a[2] = {{0, 4, 6}, {0, 7, 12}};
	size_t n;
	/* an anchor's lines 3..5, and the last line */
	n = lx_win_ranges(eight, 16, 1, 8, 1, 0, a, 1, w);
	ck_assert_uint_eq(n, 2);
	check_win(&w[0], 4, 10, 3);
	check_win(&w[1], 14, 16, 8);
	/* what earlier blocks still see (lines 1..2) joins the anchor's */
	n = lx_win_ranges(eight, 16, 1, 8, 1, 2, a, 1, w);
	ck_assert_uint_eq(n, 2);
	check_win(&w[0], 0, 10, 1);
	/* an anchor near the end joins the last lines */
	n = lx_win_ranges(eight, 16, 1, 8, 1, 0, a + 1, 1, w);
	ck_assert_uint_eq(n, 1);
	check_win(&w[0], 10, 16, 6);
	/* no reach: only the anchors' own lines */
	n = lx_win_ranges(eight, 16, 1, 8, 0, 0, a, 2, w);
	ck_assert_uint_eq(n, 2);
	check_win(&w[0], 6, 8, 4);
	check_win(&w[1], 12, 14, 7);
}
END_TEST

START_TEST(anchor_order)
{
	lx_anchor a[4] = {{2, 5, 0}, {1, 9, 0}, {2, 1, 0}, {1, 3, 0}};
	qsort(a, 4, sizeof *a, lx_anchor_cmp);
	ck_assert_uint_eq(a[0].sig, 1);
	ck_assert_uint_eq(a[0].line, 3);
	ck_assert_uint_eq(a[1].line, 9);
	ck_assert_uint_eq(a[2].sig, 2);
	ck_assert_uint_eq(a[2].line, 1);
	ck_assert_uint_eq(a[3].line, 5);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("newlines");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, counts);
	tcase_add_test(tc, line_starts);
	tcase_add_test(tc, line_starts_long);
	tcase_add_test(tc, windows);
	tcase_add_test(tc, anchor_order);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
