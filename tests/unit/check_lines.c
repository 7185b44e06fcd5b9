/* check_lines - the streaming line splitter (src/lines.c). */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lines.h"
#include "recsink.h"

/* Splits text (fed in chunks of step bytes; 0: all at once) with lines of
 * at most max_line bytes and returns the transcript (caller frees). */
static char *split(const char *text, size_t n, size_t step, size_t max_line)
{
	recsink r;
	lx_lines *l = lx_lines_new(max_line);
	size_t i;
	char *out;
	recsink_init(&r);
	r.begun = 1;
	lx_lines_start(l, &r.sink, &r);
	if (!step)
		step = n ? n : 1;
	for (i = 0; i < n; i += step)
		lx_lines_feed(l, text + i, n - i < step ? n - i : step);
	lx_lines_finish(l);
	lx_lines_free(l);
	out = lx_buf_take(&r.log);
	recsink_free(&r);
	return out;
}

/* The same text in every chunking gives the same transcript. */
static void check_split(const char *text, size_t max_line, const char *want)
{
	static const size_t steps[] = {0, 1, 2, 3, 7, 64};
	size_t i, n = strlen(text);
	for (i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		char *got = split(text, n, steps[i], max_line);
		ck_assert_msg(!strcmp(got, want), "step %zu: got\n%s\nwant\n%s", steps[i], got,
		              want);
		free(got);
	}
}

START_TEST(line_ends)
{
	check_split("a\nb\r\nc\r\r\nd", 100, "1:a\n2:b\n3:c\n4:d\n");
	check_split("one\n\n\nfour\n", 100, "1:one\n2:\n3:\n4:four\n");
	check_split("mid\rcr\n", 100, "1:mid\rcr\n");
	check_split("last\r", 100, "1:last\n");
	check_split("", 100, "");
	check_split("\n", 100, "1:\n");
}
END_TEST

START_TEST(long_lines_in_pieces)
{
	char line[300], want[600];
	memset(line, 'x', 200);
	memcpy(line + 200, "\nok\n", 5);
	/* 200 bytes with max 64: pieces of 64 starting 32 apart (each repeats
	 * half of the one before), then the last 40, all line 1 */
	snprintf(want, sizeof want, "1:%.64s\n1:%.64s\n1:%.64s\n1:%.64s\n1:%.64s\n1:%.40s\n2:ok\n",
	         line, line, line, line, line, line);
	check_split(line, 64, want);
}
END_TEST

START_TEST(match_across_cut)
{
	/* a word across each cut of a long line is whole in some piece */
	char line[3000];
	size_t cut;
	for (cut = 50; cut <= 80; cut++) {
		char *got;
		memset(line, 'x', sizeof line);
		memcpy(line + cut - 10, "NEEDLE-IN-THE-HAY", 17);
		line[2000] = '\n';
		got = split(line, 2001, 7, 64);
		ck_assert_msg(strstr(got, "NEEDLE-IN-THE-HAY") != NULL, "cut %zu: %s", cut, got);
		free(got);
	}
	/* at 1 MiB the pieces repeat 4 KiB */
	{
		static char big[(1u << 20) + 100];
		char *got;
		memset(big, 'x', sizeof big);
		memcpy(big + (1u << 20) - 8, "NEEDLE-IN-THE-HAY", 17);
		big[sizeof big - 1] = '\n';
		got = split(big, sizeof big, 65536, 1u << 20);
		ck_assert_ptr_nonnull(strstr(got, "NEEDLE-IN-THE-HAY"));
		free(got);
	}
}
END_TEST

START_TEST(long_line_edges)
{
	char line[200], want[400];
	memset(line, 'y', 65);
	/* exactly max_line: one line; CRs before the LF do not count */
	memcpy(line + 64, "\r\r\nz", 5);
	snprintf(want, sizeof want, "1:%.64s\n2:z\n", line);
	check_split(line, 64, want);
	/* max_line + 1 without a final newline */
	memset(line, 'y', 65);
	line[65] = '\0';
	snprintf(want, sizeof want, "1:%.64s\n1:%.33s\n", line, line);
	check_split(line, 64, want);
}
END_TEST

START_TEST(bounded_memory)
{
	/* 8 MiB without a newline through a splitter for 64-byte lines: the
	 * pieces all carry line 1 and nothing is lost. */
	recsink r;
	lx_lines *l = lx_lines_new(64);
	char chunk[4096];
	int i;
	recsink_init(&r);
	r.begun = 1;
	r.quiet_lines = 1;
	lx_lines_start(l, &r.sink, &r);
	memset(chunk, 'q', sizeof chunk);
	for (i = 0; i < 2048; i++)
		lx_lines_feed(l, chunk, sizeof chunk);
	lx_lines_feed(l, "\nend\n", 5);
	lx_lines_finish(l);
	/* pieces of 64 bytes, 32 apart */
	ck_assert_uint_eq(r.nlines, (8u * 1024 * 1024 - 64) / 32 + 1 + 1);
	ck_assert_uint_eq(lx_lines_count(l), 2);
	ck_assert_uint_eq(r.nbytes, ((8u * 1024 * 1024 - 64) / 32 + 1) * 65 + 4);
	lx_lines_free(l);
	recsink_free(&r);
}
END_TEST

START_TEST(numbers_across_blocks)
{
	/* many short lines through the default window: numbers run on */
	recsink r;
	lx_lines *l = lx_lines_new(1u << 20);
	int i;
	recsink_init(&r);
	r.begun = 1;
	r.quiet_lines = 1;
	lx_lines_start(l, &r.sink, &r);
	for (i = 0; i < 200000; i++)
		lx_lines_feed(l, "0123456789\r\n", 12);
	lx_lines_finish(l);
	ck_assert_uint_eq(r.nlines, 200000);
	ck_assert_uint_eq(r.nbytes, 200000 * 11);
	/* a new file starts at line 1 again */
	r.quiet_lines = 0;
	lx_lines_start(l, &r.sink, &r);
	lx_lines_feed(l, "again", 5);
	lx_lines_finish(l);
	ck_assert_str_eq(recsink_text(&r), "1:again\n");
	lx_lines_free(l);
	recsink_free(&r);
}
END_TEST

/* The splitter's promise, written out plainly: each line, CRs before its
 * LF dropped, in pieces of max_line starting step apart when longer. */
static void model_piece(lx_buf *out, uint64_t no, const char *p, size_t n)
{
	char num[32];
	snprintf(num, sizeof num, "%llu:", (unsigned long long)no);
	lx_buf_adds(out, num);
	lx_buf_add(out, p, n);
	lx_buf_addc(out, '\n');
}

static char *model(const char *text, size_t n, size_t max_line)
{
	size_t step = max_line - (max_line / 2 < 4096 ? max_line / 2 : 4096), s = 0;
	uint64_t no = 1;
	lx_buf out = {0};
	while (s < n) {
		const char *nl = memchr(text + s, '\n', n - s);
		size_t e = nl ? (size_t)(nl - text) : n, t = e;
		while (t > s && text[t - 1] == '\r')
			t--;
		for (; t - s > max_line; s += step)
			model_piece(&out, no, text + s, max_line);
		model_piece(&out, no++, text + s, t - s);
		s = e + 1;
	}
	lx_buf_addc(&out, '\0');
	return lx_buf_take(&out);
}

START_TEST(whole_blocks_as_line_by_line)
{
	/* windows of short LF lines (taken whole), and windows with a CRLF,
	 * a lone CR or a long line (taken line by line), in one stream */
	static const size_t steps[] = {0, 1000, 65536 + 7, 150001};
	const size_t max_line = 300, n = 600000;
	char *text = malloc(n);
	unsigned seed = 11;
	size_t i = 0, k;
	while (i < n) {
		size_t len, j;
		int kind;
		seed = seed * 1103515245u + 12345u;
		/* by turns, 100,000 bytes of plain lines, of lines with CRs, and of
		 * everything, so that some windows hold only the first or second */
		switch (i / 100000 % 3) {
		case 0:
			kind = 100;
			break;
		case 1:
			kind = 3 + (int)(seed >> 16) % 97;
			break;
		default:
			kind = (int)(seed >> 16) % 100;
		}
		len = kind < 3 ? 301 + (seed >> 8) % 700 : (seed >> 8) % 120;
		if (kind == 100 && (seed >> 16) % 500 == 0)
			len = 298 + (seed >> 8) % 5; /* about max_line, either side */
		for (j = 0; j < len && i < n; j++, i++)
			text[i] = (char)('a' + (i + j) % 26);
		if (kind >= 3 && kind < 50 && i < n)
			text[i++] = '\r'; /* CR LF */
		if (kind >= 50 && kind < 52 && i + 1 < n) {
			text[i++] = '\r'; /* CR CR LF */
			text[i++] = '\r';
		}
		if (kind >= 6 && kind < 8 && i + 1 < n) {
			text[i++] = '\r'; /* a lone CR inside a line */
			text[i++] = 'q';
		}
		if (i < n)
			text[i++] = '\n';
	}
	for (k = 0; k < sizeof steps / sizeof steps[0]; k++) {
		recsink r;
		lx_lines *l = lx_lines_new_window(max_line, 4096);
		size_t step = steps[k] ? steps[k] : n;
		char *want = model(text, n, max_line);
		recsink_init(&r);
		r.begun = 1;
		lx_lines_start(l, &r.sink, &r);
		for (i = 0; i < n; i += step)
			lx_lines_feed(l, text + i, n - i < step ? n - i : step);
		lx_lines_finish(l);
		ck_assert_msg(!strcmp(recsink_text(&r), want), "step %zu differs from the model",
		              step);
		free(want);
		lx_lines_free(l);
		recsink_free(&r);
	}
	free(text);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("lines");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 60);
	tcase_add_test(tc, line_ends);
	tcase_add_test(tc, long_lines_in_pieces);
	tcase_add_test(tc, match_across_cut);
	tcase_add_test(tc, long_line_edges);
	tcase_add_test(tc, bounded_memory);
	tcase_add_test(tc, numbers_across_blocks);
	tcase_add_test(tc, whole_blocks_as_line_by_line);
	suite_add_tcase(s, tc);
	return recsink_run(s);
}
