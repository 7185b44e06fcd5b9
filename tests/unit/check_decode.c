/* check_decode - BOMs, UTF-16 with and without BOM, binary detection
 * (src/decode.c), fed in every chunking. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "recsink.h"

/* Decodes in[0..n) fed in chunks of step bytes (0: at once); returns the
 * transcript (caller frees).  *begun gets lx_decoder_end()'s result. */
static char *decode_as(const char *name, const void *in, size_t n, size_t step, int *begun)
{
	const char *p = in;
	recsink r;
	lx_chain c = {0};
	lx_decoder *d = lx_decoder_new(1u << 20);
	size_t i;
	int b;
	char *out;

	recsink_init(&r);
	lx_chain_push(&c, name);
	lx_decoder_begin(d, &r.sink, &c, LX_MTIME_UNKNOWN);
	if (!step)
		step = n ? n : 1;
	for (i = 0; i < n; i += step)
		if (lx_decoder_feed(d, p + i, n - i < step ? n - i : step))
			break;
	b = lx_decoder_end(d);
	if (begun)
		*begun = b ? 1 : lx_decoder_binary(d) ? -1 : 0;
	lx_decoder_free(d);
	lx_chain_free(&c);
	out = lx_buf_take(&r.log);
	recsink_free(&r);
	return out;
}

static char *decode(const void *in, size_t n, size_t step, int *begun)
{
	return decode_as("f.log", in, n, step, begun);
}

static void check_decode(const void *in, size_t n, const char *want)
{
	static const size_t steps[] = {0, 1, 2, 3, 5, 1000, 1023, 1024, 1025};
	size_t i;
	for (i = 0; i < sizeof steps / sizeof steps[0]; i++) {
		char *got = decode(in, n, steps[i], NULL);
		ck_assert_msg(!strcmp(got, want), "step %zu: got\n%s\nwant\n%s", steps[i], got,
		              want);
		free(got);
	}
}

#define CHECK(lit, want) check_decode(lit, sizeof lit - 1, want)

START_TEST(utf8)
{
	CHECK("plain\r\ntext", "B f.log utf-8\n1:plain\n2:text\nE\n");
	CHECK("\xEF\xBB\xBFwith bom\n", "B f.log utf-8-bom\n1:with bom\nE\n");
	/* invalid UTF-8 and BOM lookalikes pass through */
	CHECK("\xEF\xBB"
	      "x\xFF\xC3\n\xEF",
	      "B f.log utf-8\n1:\xEF\xBB"
	      "x\xFF\xC3\n2:\xEF\nE\n");
	CHECK("", "B f.log utf-8\nE\n");
}
END_TEST

START_TEST(utf8_bom_middle_end)
{
	CHECK("a\n\xEF\xBB\xBF"
	      "b\n\xEF\xBB\xBF\xEF\xBB\xBF"
	      "c\n",
	      "B f.log utf-8\n1:a\n2:b\n3:c\nE\n");
}
END_TEST

START_TEST(utf16_bom)
{
	CHECK("\xFF\xFEh\0i\0\r\0\n\0\xE9\0\xAC\x20",
	      "B f.log utf-16le\n1:hi\n2:\xC3\xA9\xE2\x82\xAC\nE\n");
	CHECK("\xFE\xFF\0h\0i\0\n", "B f.log utf-16be\n1:hi\nE\n");
	/* surrogate pair (U+1F600), a lone high and a lone low surrogate */
	CHECK("\xFF\xFE=\xD8\x00\xDE\n\0\x3D\xD8x\0\n\0\x00\xDEy\0",
	      "B f.log utf-16le\n1:\xF0\x9F\x98\x80\n2:\xEF\xBF\xBDx\n3:\xEF\xBF\xBDy\nE\n");
	/* an odd byte or a high surrogate at the end */
	CHECK("\xFF\xFEo\0k\0\n\0z", "B f.log utf-16le\n1:ok\n2:\xEF\xBF\xBD\nE\n");
	CHECK("\xFF\xFEo\0\x3D\xD8", "B f.log utf-16le\n1:o\xEF\xBF\xBD\nE\n");
	/* a BOM again in the middle is dropped */
	CHECK("\xFF\xFE"
	      "a\0\n\0\xFF\xFE"
	      "b\0",
	      "B f.log utf-16le\n1:a\n2:b\nE\n");
}
END_TEST

START_TEST(utf16le_nobom)
{
	const char *text = "2024-03-05 10:43:40 Error code: -2147164145 [0x8004E00F]\r\n"
			   "second line \xC3\xA9t\xC3\xA9\r\n";
	char in[512], want[512];
	size_t n = 0, i;
	for (i = 0; text[i]; i++) {
		unsigned c = (unsigned char)text[i];
		if (c == 0xC3) {
			c = 0xC0 | ((unsigned char)text[++i] & 0x3F);
		}
		in[n++] = (char)c;
		in[n++] = 0;
	}
	snprintf(want, sizeof want, "B f.log utf-16le-nobom\n1:%.56s\n2:%s\nE\n", text,
	         "second line \xC3\xA9t\xC3\xA9");
	check_decode(in, n, want);
}
END_TEST

/* Long ASCII runs (decoded sixteen units at a time) broken by a euro sign,
 * a surrogate pair split across sixteen-unit groups, and CRLF. */
START_TEST(utf16_long_runs)
{
	static const char *const part[] = {"0123456789abcdefghijklmnopqrstuvwxyzABCD",
	                                   "\xE2\x82\xAC",
	                                   "0123456789abcdefghijklmnopqrstu",
	                                   "\xF0\x9F\x98\x80",
	                                   "tail of the line\r\n",
	                                   "next line, also ASCII only, long"};
	char in[1024], want[1024];
	size_t n = 0, i, k;
	in[n++] = (char)0xFF;
	in[n++] = (char)0xFE;
	for (k = 0; k < sizeof part / sizeof part[0]; k++) {
		const unsigned char *t = (const unsigned char *)part[k];
		for (i = 0; t[i]; i++) {
			unsigned cp = t[i];
			if (cp == 0xE2) { /* U+20AC */
				cp = 0x20AC;
				i += 2;
			} else if (cp == 0xF0) { /* U+1F600 as D83D DE00 */
				in[n++] = 0x3D;
				in[n++] = (char)0xD8;
				cp = 0xDE00;
				i += 3;
			}
			in[n++] = (char)(cp & 0xFF);
			in[n++] = (char)(cp >> 8);
		}
	}
	snprintf(want, sizeof want, "B f.log utf-16le\n1:%s%s%s%stail of the line\n2:%s\nE\n",
	         part[0], part[1], part[2], part[3], part[5]);
	check_decode(in, n, want);
}
END_TEST

START_TEST(not_utf16)
{
	/* digits, spaces, tabs: text, never UTF-16 */
	CHECK("0707010000 12 34\n1\t2\n", "B f.log utf-8\n1:0707010000 12 34\n2:1\t2\nE\n");
	CHECK("a", "B f.log utf-8\n1:a\nE\n");
}
END_TEST

START_TEST(binary)
{
	int begun = 1;
	/* not delivered, no note: the caller counts it */
	char *got = decode("MZ\x90\0\3\0\0\0\4\0", 10, 0, &begun);
	ck_assert_str_eq(got, "");
	ck_assert_int_eq(begun, -1);
	free(got);
	/* NUL pairs at both offsets: not UTF-16 either */
	got = decode("\0\0\0\0ab\0\0", 8, 3, &begun);
	ck_assert_str_eq(got, "");
	ck_assert_int_eq(begun, -1);
	free(got);
}
END_TEST

START_TEST(log_with_controls)
{
	/* a log with colour sequences, a few NUL and BEL bytes and invalid
	 * UTF-8 is text, whatever its name; more control bytes than that are
	 * text only in a file named like a log */
	char in[1200];
	int begun, i;
	char *got;
	memset(in, 'x', sizeof in);
	for (i = 0; i < 12; i++)
		memcpy(in + 80 * i, "\033[31mERR\033[0m\n", 13);
	in[300] = '\0';
	in[500] = '\a';
	in[700] = '\xff';
	in[sizeof in - 1] = '\n';
	got = decode_as("agent.dat", in, sizeof in, 0, &begun);
	ck_assert_int_eq(begun, 1);
	ck_assert_ptr_nonnull(strstr(got, "B agent.dat utf-8\n1:\033[31mERR"));
	free(got);
	for (i = 0; i < 100; i++)
		in[200 + 5 * i] = '\0'; /* about 8% */
	got = decode_as("agent.dat", in, sizeof in, 0, &begun);
	ck_assert_int_eq(begun, -1);
	free(got);
	got = decode_as("Agent.LOG.1", in, sizeof in, 0, &begun);
	ck_assert_int_eq(begun, 1);
	free(got);
	got = decode_as("trace.out", in, sizeof in, 0, &begun);
	ck_assert_int_eq(begun, 1);
	free(got);
}
END_TEST

START_TEST(declined)
{
	/* begin() returning NULL: feed says stop, end() is not called */
	recsink r;
	lx_chain c = {0};
	lx_decoder *d = lx_decoder_new(64);
	char big[4096];
	recsink_init(&r);
	r.decline = 1;
	lx_chain_push(&c, "x");
	memset(big, 'a', sizeof big);
	lx_decoder_begin(d, &r.sink, &c, 0);
	ck_assert_int_eq(lx_decoder_feed(d, big, sizeof big), 1);
	ck_assert_int_eq(lx_decoder_end(d), 1);
	ck_assert_str_eq(recsink_text(&r), "B x utf-8\n");
	lx_decoder_free(d);
	lx_chain_free(&c);
	recsink_free(&r);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("decode");
	TCase *tc = tcase_create("core");
	tcase_add_test(tc, utf8);
	tcase_add_test(tc, utf8_bom_middle_end);
	tcase_add_test(tc, utf16_bom);
	tcase_add_test(tc, utf16le_nobom);
	tcase_add_test(tc, utf16_long_runs);
	tcase_add_test(tc, not_utf16);
	tcase_add_test(tc, binary);
	tcase_add_test(tc, log_with_controls);
	tcase_add_test(tc, declined);
	suite_add_tcase(s, tc);
	return recsink_run(s);
}
