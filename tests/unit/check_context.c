/* Unit tests: the lines around evidence (context.h), whatever the blocks. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "context.h"
#include "match.h"
#include "timestamp.h"
#include "util.h"
#include "runner.h"

static const char sigs[] =
	"[t.pair]\ntitle: t\nproduct: p\nseverity: error\ndoc: https://x.invalid/d\nremedy: r\nwithin: 2\n"
	"all: ERR\\h+42\\b\nall: exit\\h+7\\b\nexample: ERR 42\n  exit 7\n"
	"[t.one]\ntitle: t\nproduct: p\nseverity: error\ndoc: https://x.invalid/d\nremedy: r\n"
	"any: boom\nexample: boom\n";

#include "matchfix.h"

static int want_ctx;

/* Every hit as "sig line: [before] line text [after]" lines, the context
 * lines joined by '|'. */
static void blob(lx_buf *b, const char *p, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		if (p[i] != '\n')
			lx_buf_addc(b, p[i]);
		else if (i + 1 < n)
			lx_buf_addc(b, '|');
}

static void on_hit(void *ud, const lx_hit *h)
{
	lx_buf *b = ud;
	size_t k;
	if (h->limit || h->unrec)
		return;
	lx_buf_addf(b, "%zu %llu:", h->sig, (unsigned long long)h->line);
	for (k = 0; k < h->n_ev; k++) {
		/* context asked for: there, maybe empty; else NULL */
		ck_assert(!h->ev[k].before == !want_ctx);
		ck_assert(!h->ev[k].after == !want_ctx);
		lx_buf_adds(b, " [");
		blob(b, h->ev[k].before, h->ev[k].before_len);
		lx_buf_addf(b, "] %llu %.*s [", (unsigned long long)h->ev[k].line,
		            (int)h->ev[k].len, h->ev[k].text);
		blob(b, h->ev[k].after, h->ev[k].after_len);
		lx_buf_adds(b, "]");
	}
	lx_buf_addc(b, '\n');
}

/* Feeds text in blocks of `every` lines (a line of max_line bytes or more
 * goes in pieces of max_line bytes, each a block of its own numbered as
 * the line, as lx_lines does) and returns the hits. */
static char *run(const char *text, int every, unsigned before, unsigned after, size_t max_line)
{
	lx_buf out = {0}, blk = {0};
	const char *p = text;
	uint64_t line = 1, first = 1;
	int in = 0;
	lx_matcher_context(m, before, after, max_line);
	want_ctx = before || after;
	ck_assert(lx_matcher_begin(m, "a.log", LX_TS_NONE, on_hit, &out));
	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t n = (size_t)(nl - p);
		if (n > max_line) {
			size_t off;
			if (blk.len)
				lx_matcher_feed(m, blk.p, blk.len, first);
			lx_buf_reset(&blk);
			for (off = 0; off < n; off += max_line) {
				lx_buf_reset(&blk);
				lx_buf_add(&blk, p + off, n - off < max_line ? n - off : max_line);
				lx_buf_addc(&blk, '\n');
				lx_matcher_feed(m, blk.p, blk.len, line);
			}
			lx_buf_reset(&blk);
			in = 0;
			first = ++line;
			p = nl + 1;
			continue;
		}
		lx_buf_add(&blk, p, n + 1);
		p = nl + 1;
		line++;
		if (++in == every || !*p) {
			lx_matcher_feed(m, blk.p, blk.len, first);
			lx_buf_reset(&blk);
			first = line;
			in = 0;
		}
	}
	lx_matcher_end(m);
	lx_buf_free(&blk);
	lx_buf_add(&out, "", 0);
	return lx_buf_take(&out);
}

static const char pair_text[] = "x\nERR 42\ny\nexit 7\nz\nz\nz\nERR 42\nq\nq\nq\nexit 7\nboom\n";

START_TEST(around_evidence)
{
	char *h = run(pair_text, 100, 2, 2, 1024);
	ck_assert_str_eq(h, "0 2: [x] 2 ERR 42 [y|exit 7] [ERR 42|y] 4 exit 7 [z|z]\n"
	                    "1 13: [q|exit 7] 13 boom []\n");
	free(h);
	h = run(pair_text, 100, 0, 1, 1024);
	ck_assert_str_eq(h, "0 2: [] 2 ERR 42 [y] [] 4 exit 7 [z]\n1 13: [] 13 boom []\n");
	free(h);
}
END_TEST

START_TEST(same_in_any_blocks)
{
	/* windows pending across blocks, evidence far above its anchor, and
	 * the file's end: the context does not depend on the blocks */
	static const char text[] =
		"boom\nexit 7\na\nb\nERR 42\nc\nd\ne\nboom\nf\ng\nh\ni\nERR 42\nj\nexit 7\nk\nboom\n"
		"l\nm\nn\no\np\nq\nr\ns\nt\nu\nv\nw\nx\ny\nz\n";
	unsigned b, a;
	for (b = 0; b <= 4; b += 2)
		for (a = 0; a <= 5; a++) {
			char *ref = run(text, 1, b, a, 1024);
			int every;
			for (every = 2; every <= 40; every++) {
				char *h = run(text, every, b, a, 1024);
				ck_assert_str_eq(h, ref);
				free(h);
			}
			free(ref);
		}
}
END_TEST

START_TEST(long_lines_end_it)
{
	/* line 3 is 20 bytes, max_line 8: matched in pieces, never context,
	 * and nothing after it is context of what comes before it */
	static const char text[] = "a\nboom\n0123456789abcdefghij\nb\nboom\nc\n";
	char *h = run(text, 100, 3, 3, 8);
	ck_assert_str_eq(h, "1 2: [a] 2 boom []\n1 5: [b] 5 boom [c]\n");
	free(h);
	h = run(text, 1, 3, 3, 8);
	ck_assert_str_eq(h, "1 2: [a] 2 boom []\n1 5: [b] 5 boom [c]\n");
	free(h);
}
END_TEST

START_TEST(cut_at_ctx_text)
{
	lx_buf t = {0};
	char *h;
	size_t i;
	for (i = 0; i < LX_CTX_TEXT + 10; i++)
		lx_buf_addc(&t, 'x');
	lx_buf_adds(&t, "\nboom\n");
	h = run(t.p, 100, 1, 0, 1u << 20);
	ck_assert_uint_eq(strlen(h), strlen("1 2: [] 2 boom []\n") + LX_CTX_TEXT);
	ck_assert(strstr(h, "xxx] 2 boom"));
	free(h);
	lx_buf_free(&t);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("context");
	TCase *tc = tcase_create("core");
	tcase_add_checked_fixture(tc, setup, teardown);
	tcase_add_test(tc, around_evidence);
	tcase_add_test(tc, same_in_any_blocks);
	tcase_add_test(tc, long_lines_end_it);
	tcase_add_test(tc, cut_at_ctx_text);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
