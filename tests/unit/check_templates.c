/* check_templates - the template miner (src/templates.c): masking, merging,
 * splitting by words, determinism and bounded memory. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runner.h"
#include "templates.h"

static void check_mask(const char *line, const char *want)
{
	lx_buf b = {0};
	lx_tpl_mask(line, strlen(line), &b);
	ck_assert_msg(!strcmp(b.p, want), "mask(%s): got '%s', want '%s'", line, b.p, want);
	lx_buf_free(&b);
}

START_TEST(masking)
{
	check_mask("Connection to 10.0.0.7:8080 failed after 3 retries",
	           "Connection to <*> failed after <*> retries");
	check_mask("took 35ms, wrote 12KB", "took <*>, wrote <*>");
	check_mask("job 7A3F2C1B-0D4E-4F5A-9B8C-1D2E3F4A5B6C ended [0x8004E00F]",
	           "job <*> ended [<*>]");
	check_mask("open /var/log/syslog or C:\\Windows\\Temp\\x.tmp or \\\\srv\\share",
	           "open <*> or <*> or <*>");
	check_mask("fetch https://example.invalid/a?b=1 now", "fetch <*> now");
	check_mask("at 2026-11-05T10:22:33.123Z and fe80::1", "at <*> and <*>");
	check_mask("connection at Sun Jun 19 04:08:34 2005", "connection at <*> <*> <*> <*> <*>");
	check_mask("the March report", "the March report");
	check_mask("block blk_-6952295868487656571 on node-25", "block blk_<*> on node-<*>");
	check_mask("opened (uid=0) rdd_42_3 core.1234", "opened (uid=<*>) rdd_<*>_<*> core.<*>");
	check_mask("  blanks\tand\t\ttabs  ", "blanks and tabs");
	check_mask("", "");
}
END_TEST

static uint32_t add(lx_tpl_miner *m, const char *line)
{
	return lx_tpl_add(m, line, strlen(line));
}

static void check_text(lx_tpl_miner *m, uint32_t id, const char *want)
{
	lx_buf b = {0};
	lx_tpl_text(m, lx_tpl_final(m, id), &b);
	ck_assert_msg(!strcmp(b.p, want), "template: got '%s', want '%s'", b.p, want);
	lx_buf_free(&b);
}

START_TEST(merging)
{
	lx_tpl_miner *m = lx_tpl_new(NULL);
	uint32_t a = add(m, "Backup of volume 3 failed for host alpha.example.com");
	uint32_t b = add(m, "Backup of volume 4 failed for host beta.example.com");
	uint32_t c = add(m, "Backup of volume 12 failed for host gamma.example.com");
	size_t len;
	ck_assert_uint_ne(a, 0);
	ck_assert_uint_eq(lx_tpl_final(m, a), lx_tpl_final(m, b));
	ck_assert_uint_eq(lx_tpl_final(m, a), lx_tpl_final(m, c));
	check_text(m, a, "Backup of volume <*> failed for host <*>");
	ck_assert_uint_eq(lx_tpl_count(m, lx_tpl_final(m, a)), 3);
	ck_assert_str_eq(lx_tpl_example(m, lx_tpl_final(m, a), &len),
	                 "Backup of volume 3 failed for host alpha.example.com");
	/* another length is another template */
	ck_assert_uint_ne(lx_tpl_final(m, add(m, "Backup of volume 3 failed")), lx_tpl_final(m, a));
	lx_tpl_free(m);
}
END_TEST

START_TEST(words_split_or_vary)
{
	lx_tpl_miner *m = lx_tpl_new(NULL);
	static const char *const users[] = {"alice", "bob", "carol", "dave", "erin"};
	uint32_t begin, end, u[5];
	size_t i;
	/* two words at one place: two events */
	begin = add(m, "Starting TrustedInstaller initialization.");
	end = add(m, "Starting TrustedInstaller finalization.");
	ck_assert_uint_ne(lx_tpl_final(m, begin), lx_tpl_final(m, end));
	check_text(m, begin, "Starting TrustedInstaller initialization.");
	/* many words at one place: a variable */
	for (i = 0; i < 5; i++) {
		char line[80];
		snprintf(line, sizeof line, "session opened for user %s by (uid=0)", users[i]);
		u[i] = add(m, line);
	}
	for (i = 1; i < 5; i++)
		ck_assert_uint_eq(lx_tpl_final(m, u[i]), lx_tpl_final(m, u[0]));
	check_text(m, u[0], "session opened for user <*> by (uid=<*>)");
	ck_assert_uint_eq(lx_tpl_count(m, lx_tpl_final(m, u[0])), 5);
	lx_tpl_free(m);
}
END_TEST

/* Checks that m1 and m2 hold the same templates (ids, merges, counts,
 * texts), and frees both. */
static void same_and_free(lx_tpl_miner *m1, lx_tpl_miner *m2)
{
	size_t i;
	ck_assert_uint_eq(lx_tpl_ids(m1), lx_tpl_ids(m2));
	for (i = 0; i < lx_tpl_ids(m1); i++) {
		lx_buf a = {0}, b = {0};
		ck_assert_uint_eq(lx_tpl_final(m1, (uint32_t)i), lx_tpl_final(m2, (uint32_t)i));
		ck_assert_uint_eq(lx_tpl_count(m1, (uint32_t)i), lx_tpl_count(m2, (uint32_t)i));
		lx_tpl_text(m1, (uint32_t)i, &a);
		lx_tpl_text(m2, (uint32_t)i, &b);
		ck_assert_str_eq(a.p, b.p);
		lx_buf_free(&a);
		lx_buf_free(&b);
	}
	lx_tpl_free(m1);
	lx_tpl_free(m2);
}

/* Two miners of parameters p, the first with the memo, the second
 * without it. */
static void memo_pair(lx_tpl_params p, lx_tpl_miner **with, lx_tpl_miner **without)
{
	p.no_memo = 0;
	*with = lx_tpl_new(&p);
	p.no_memo = 1;
	*without = lx_tpl_new(&p);
}

/* The same lines give the same ids and templates, run after run. */
START_TEST(determinism)
{
	lx_tpl_miner *m1 = lx_tpl_new(NULL), *m2 = lx_tpl_new(NULL);
	size_t i;
	for (i = 0; i < 5000; i++) {
		char line[128];
		uint32_t x, y;
		snprintf(line, sizeof line, "%s %zu %s step%zu", i % 3 ? "worker" : "reader", i * 7,
		         i % 5 ? "done" : "failed with", i % 11);
		x = add(m1, line);
		y = add(m2, line);
		ck_assert_uint_eq(x, y);
	}
	same_and_free(m1, m2);
}
END_TEST

/* The memo of masked token sequences changes no result: lines of a few
 * events whose
 * words and numbers vary (so groups, templates and variable places keep
 * changing between repeats) give the same ids, counts and texts with and
 * without it. */
START_TEST(memo_exact)
{
	static const char *const w[] = {"alpha", "beta", "gamma", "delta", "eps", "zeta"};
	lx_tpl_params p;
	lx_tpl_miner *m1, *m2;
	unsigned long r = 12345;
	size_t i;
	lx_tpl_defaults(&p);
	memo_pair(p, &m1, &m2);
	for (i = 0; i < 20000; i++) {
		char line[160];
		unsigned long a, b, c;
		r = r * 6364136223846793005UL + 1442695040888963407UL;
		a = (r >> 33) % 6;
		b = (r >> 41) % (i < 10000 ? 2 : 6); /* more words later: places vary */
		c = (r >> 49) % 4;
		switch ((r >> 20) % 4) {
		case 0:
			snprintf(line, sizeof line, "job %lu %s on %s: code %lu", c, w[a], w[b],
			         c * 7);
			break;
		case 1:
			snprintf(line, sizeof line, "[%lu] disk %s is %s", a, w[b],
			         c ? "full" : "gone");
			break;
		case 2:
			snprintf(line, sizeof line, "%s %s %s failed after %lu tries", w[a], w[b],
			         w[c], a);
			break;
		default:
			snprintf(line, sizeof line, "retry %s %lu", w[b], c);
		}
		ck_assert_uint_eq(add(m1, line), add(m2, line));
	}
	same_and_free(m1, m2);
}
END_TEST

/* Lines that differ only where masking puts "<*>" (paths, GUIDs, hex,
 * URLs, numbers inside words) share one memo entry: with words that vary
 * between them too, the result is the same with and without the memo. */
START_TEST(memo_masked_parts)
{
	static const char *const w[] = {"open", "read", "lock", "scan"};
	lx_tpl_params p;
	lx_tpl_miner *m1, *m2;
	unsigned long r = 99;
	size_t i;
	lx_tpl_defaults(&p);
	memo_pair(p, &m1, &m2);
	for (i = 0; i < 20000; i++) {
		char line[200];
		unsigned long a, b;
		r = r * 6364136223846793005UL + 1442695040888963407UL;
		a = (r >> 33) % 4;
		b = (r >> 41) % (i < 10000 ? 1 : 4);
		switch ((r >> 20) % 4) {
		case 3: /* the same words with the number elsewhere */
			if (a % 2)
				snprintf(line, sizeof line, "retry %lu %s now", r % 90, w[b]);
			else
				snprintf(line, sizeof line, "retry %s %lu now", w[b], r % 90);
			break;
		case 0:
			snprintf(
				line, sizeof line,
				"NORMAL Failed to %s file D:\\Data\\f%lu\\x%lu.doc, hr=0x%08lX, will retry",
				w[b], r % 977, a, (r >> 8) & 0xffffffffUL);
			break;
		case 1:
			snprintf(line, sizeof line, "job {%08lX-1A2B-4C5D-8E9F-%012lX} %s node-%lu",
			         (r >> 12) & 0xffffffffUL, r & 0xffffffffffffUL, w[a], r % 50);
			break;
		default:
			snprintf(line, sizeof line, "GET https://h%lu.example/p/%lu %s", r % 7,
			         r % 1000, w[b]);
		}
		ck_assert_uint_eq(add(m1, line), add(m2, line));
	}
	same_and_free(m1, m2);
}
END_TEST

/* The memo again, where its validity is per leaf of the tree: many
 * leaves (first words of 40 kinds), a tree that keeps growing under a small
 * max_children (so a line's route can change when a node is created for
 * its words after it went the "<*>" way), small groups per leaf, numbers at
 * the routed places, hex numbers and words with hex letters, and the same
 * masked tokens repeated in between. */
START_TEST(memo_exact_leaves)
{
	static const char *const w[] = {"open", "close", "read", "write",
	                                "sync", "stat",  "seek", "lock"};
	unsigned depth;
	for (depth = 1; depth <= 3; depth++) {
		lx_tpl_params p;
		lx_tpl_miner *m1, *m2;
		unsigned long r = 777 + depth;
		size_t i;
		lx_tpl_defaults(&p);
		p.depth = depth;
		p.max_children = 6;
		p.max_leaf = 4;
		p.max_templates = 300;
		memo_pair(p, &m1, &m2);
		for (i = 0; i < 30000; i++) {
			char line[160];
			unsigned long a, b, c, k;
			r = r * 6364136223846793005UL + 1442695040888963407UL;
			a = (r >> 33) % 8;
			b = (r >> 37) % (i < 15000 ? 3 : 8);
			c = (r >> 45) % 1000;
			k = (r >> 55) % 40;
			switch ((r >> 20) % 6) {
			case 5: /* hex letters in runs with digits, and beside them */
				snprintf(line, sizeof line,
				         "(%lX:%lx) %s 0x%lx %s%lu_%lx z%lxq %lukb", c, k * 977,
				         w[a], c * 40503, w[b] + a % 3, k, c * 7, k * 11, c);
				break;
			case 0:
				snprintf(line, sizeof line, "k%c%c %s %s of %lu failed",
				         (char)('a' + k % 7), (char)('a' + k / 7), w[a], w[b], c);
				break;
			case 1:
				snprintf(line, sizeof line, "%lu %s %s done", c, w[a], w[b]);
				break;
			case 2:
				snprintf(line, sizeof line, "k%c%c %lu %s", (char)('a' + k % 7),
				         (char)('a' + k / 7), c, w[b]);
				break;
			case 3:
				snprintf(line, sizeof line, "%s k%c%c %s %s %s", w[b],
				         (char)('a' + k % 7), (char)('a' + k / 7), w[a],
				         w[(a + b) % 8], c % 2 ? "x" : "y");
				break;
			default:
				snprintf(line, sizeof line, "%s %s", w[a], w[b]);
			}
			ck_assert_uint_eq(add(m1, line), add(m2, line));
		}
		same_and_free(m1, m2);
	}
}
END_TEST

/* A remembered token sequence whose route changes: "A foo bar" first goes the
 * "<*>" way (no node for "A" yet) and joins the group of "5 foo bar"; then
 * "A baz qux" creates the node for "A", so the same tokens are now routed
 * there and starts a group of its own. */
START_TEST(memo_rerouted)
{
	static const char *const lines[] = {"5 foo bar", "A foo bar", "A baz qux", "A foo bar",
	                                    "A foo bar"};
	lx_tpl_params p;
	lx_tpl_miner *m1, *m2;
	size_t i;
	uint32_t first = 0, last = 0;
	lx_tpl_defaults(&p);
	p.depth = 1;
	memo_pair(p, &m1, &m2);
	for (i = 0; i < sizeof lines / sizeof lines[0]; i++) {
		uint32_t x = add(m1, lines[i]);
		ck_assert_uint_eq(x, add(m2, lines[i]));
		if (i == 1)
			first = x;
		last = x;
	}
	ck_assert_uint_ne(first, last);
	same_and_free(m1, m2);
}
END_TEST

/* A word made of letters only (no digit, so nothing is masked). */
static void letters(char *out, unsigned long v)
{
	size_t n = 0;
	do {
		out[n++] = (char)('a' + v % 26);
		v /= 26;
	} while (v);
	out[n] = '\0';
}

/* A million distinct lines (generated here): the miner stays within its
 * limits, and lines of a known template still find it once it is full. */
START_TEST(bounded_memory)
{
	lx_tpl_params p;
	lx_tpl_miner *m;
	unsigned long i;
	uint32_t known, over = 0;
	lx_tpl_defaults(&p);
	m = lx_tpl_new(&p);
	known = add(m, "service started normally");
	for (i = 0; i < 1000000; i++) {
		char a[16], b[16], c[16], line[64];
		letters(a, i * 7919 % 1000003);
		letters(b, i);
		letters(c, i * 104729 % 1000033);
		snprintf(line, sizeof line, "%s %s %s %s", a, b, c, a);
		if (add(m, line) == 0)
			over++;
	}
	ck_assert_uint_le(lx_tpl_ids(m), p.max_templates + 1);
	ck_assert_uint_le(lx_tpl_memory(m), p.max_bytes);
	ck_assert_uint_gt(over, 0);
	ck_assert_uint_eq(lx_tpl_count(m, 0), over);
	ck_assert_uint_eq(add(m, "service started normally"), known);
	lx_tpl_free(m);
}
END_TEST

int main(void)
{
	Suite *s = suite_create("templates");
	TCase *tc = tcase_create("core");
	tcase_set_timeout(tc, 120);
	tcase_add_test(tc, masking);
	tcase_add_test(tc, merging);
	tcase_add_test(tc, words_split_or_vary);
	tcase_add_test(tc, determinism);
	tcase_add_test(tc, memo_exact);
	tcase_add_test(tc, memo_masked_parts);
	tcase_add_test(tc, memo_exact_leaves);
	tcase_add_test(tc, memo_rerouted);
	tcase_add_test(tc, bounded_memory);
	suite_add_tcase(s, tc);
	return run_suite(s);
}
