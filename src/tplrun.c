/* tplrun.c - the --templates mode (tplrun.h): walks the inputs with the
 * readers of the scan, mines every line, prints per line (tsv) or per
 * template (text, json, jsonl). */
#include "tplrun.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "util.h"
#include "walk.h"

/* tsv: the ids of a file's lines are held until the file ends (so that
 * each line is printed with its template as the file left it), at most
 * this many at a time */
#define TSV_HOLD ((size_t)1 << 20)

typedef struct tplrun {
	const lx_config *cfg;
	lx_tpl_miner *m;
	int tsv;
	uint32_t *ids; /* tsv: ids of the lines not yet printed */
	size_t nids, capids;
	uint64_t first; /* tsv: line number of ids[0] */
	uint64_t next;  /* the next line number not yet mined in this file */
	uint64_t lines;
	lx_buf out;
} tplrun;

static void emit(tplrun *t)
{
	if (t->out.len)
		fwrite(t->out.p, 1, t->out.len, stdout);
	lx_buf_reset(&t->out);
}

static void flush_ids(tplrun *t)
{
	size_t i, n = lx_tpl_ids(t->m);
	/* each template's escaped text, made once per flush */
	lx_buf *text = lx_xcalloc(n, sizeof *text);
	for (i = 0; i < t->nids; i++) {
		uint32_t id = lx_tpl_final(t->m, t->ids[i]);
		if (!text[id].len) {
			lx_buf tb = {0};
			lx_tpl_text(t->m, id, &tb);
			lx_esc_term(&text[id], tb.p, tb.len);
			lx_buf_addc(&text[id], '\n');
			lx_buf_free(&tb);
		}
		lx_buf_addf(&t->out, "%llu\tT%u\t", (unsigned long long)(t->first + i),
		            (unsigned)id);
		lx_buf_add(&t->out, text[id].p, text[id].len);
		if (t->out.len >= 1 << 16)
			emit(t);
	}
	emit(t);
	for (i = 0; i < n; i++)
		lx_buf_free(&text[i]);
	free(text);
	t->first += t->nids;
	t->nids = 0;
}

static void *on_begin(void *ud, const lx_file_info *fi)
{
	tplrun *t = ud;
	(void)fi;
	t->next = 1;
	t->first = 1;
	t->nids = 0;
	return t;
}

static void on_lines(void *fh, const char *buf, size_t len, uint64_t first_line)
{
	tplrun *t = fh;
	const char *p = buf, *end = buf + len;
	uint64_t no = first_line;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		/* the later pieces of a long line carry its number again */
		if (no >= t->next) {
			uint32_t id = lx_tpl_add(t->m, p, n);
			t->next = no + 1;
			t->lines++;
			if (t->tsv) {
				if (t->nids == TSV_HOLD)
					flush_ids(t);
				lx_xgrow(&t->ids, &t->capids, t->nids + 1, sizeof *t->ids);
				t->ids[t->nids++] = id;
			}
		}
		no++;
		p += n + 1;
	}
}

static void on_end(void *fh)
{
	tplrun *t = fh;
	if (t->tsv)
		flush_ids(t);
}

/* An input error, on stderr; it grades the walk (lx_tpl_run). */
static void on_error(void *ud, const lx_chain *path, const char *msg)
{
	lx_buf e = {0};
	char *d = lx_chain_display(path);
	(void)ud;
	lx_buf_addf(&e, "%s: %s", d, msg);
	free(d);
	{
		lx_buf s = {0};
		lx_esc_term(&s, e.p, e.len);
		fprintf(stderr, "logdx: %s\n", s.p ? s.p : "");
		lx_buf_free(&s);
	}
	lx_buf_free(&e);
}

static void on_note(void *ud, const lx_chain *path, const char *msg)
{
	(void)ud;
	(void)path;
	(void)msg;
}

/* Final ids ordered by count (descending), then id. */
static const lx_tpl_miner *sort_m;

static int by_count(const void *a, const void *b)
{
	uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
	uint64_t cx = lx_tpl_count(sort_m, x), cy = lx_tpl_count(sort_m, y);
	if (cx != cy)
		return cx > cy ? -1 : 1;
	return x < y ? -1 : x > y;
}

static void template_json(const tplrun *t, uint32_t id, lx_buf *b)
{
	lx_buf tb = {0};
	size_t exlen;
	const char *ex = lx_tpl_example(t->m, id, &exlen);
	lx_tpl_text(t->m, id, &tb);
	lx_buf_addf(b, "{\"id\":\"T%u\",\"count\":%llu,\"template\":\"", (unsigned)id,
	            (unsigned long long)lx_tpl_count(t->m, id));
	lx_esc_json(b, tb.p, tb.len);
	lx_buf_adds(b, "\",\"example\":\"");
	lx_esc_json(b, ex, exlen);
	lx_buf_adds(b, "\"}");
	lx_buf_free(&tb);
}

static void listing(tplrun *t)
{
	size_t i, n = 0, all = lx_tpl_ids(t->m);
	uint32_t *ids = lx_xmalloc(all * sizeof *ids);
	lx_format f = t->cfg->format;
	for (i = 0; i < all; i++)
		if (lx_tpl_final(t->m, (uint32_t)i) == i && lx_tpl_count(t->m, (uint32_t)i))
			ids[n++] = (uint32_t)i;
	sort_m = t->m;
	qsort(ids, n, sizeof *ids, by_count);
	if (f == LX_FMT_JSON)
		lx_buf_addf(&t->out, "{\"lines\":%llu,\"templates\":[",
		            (unsigned long long)t->lines);
	for (i = 0; i < n; i++) {
		if (f == LX_FMT_JSON) {
			if (i)
				lx_buf_addc(&t->out, ',');
			template_json(t, ids[i], &t->out);
		} else if (f == LX_FMT_JSONL) {
			lx_buf_adds(&t->out, "{\"type\":\"template\",\"data\":");
			template_json(t, ids[i], &t->out);
			lx_buf_adds(&t->out, "}\n");
		} else {
			lx_buf tb = {0};
			lx_tpl_text(t->m, ids[i], &tb);
			lx_buf_addf(&t->out, "%8llu  T%-6u ",
			            (unsigned long long)lx_tpl_count(t->m, ids[i]),
			            (unsigned)ids[i]);
			lx_esc_term(&t->out, tb.p, tb.len);
			lx_buf_addc(&t->out, '\n');
			lx_buf_free(&tb);
		}
		if (t->out.len >= 1 << 16)
			emit(t);
	}
	if (f == LX_FMT_JSON)
		lx_buf_adds(&t->out, "]}\n");
	else if (f == LX_FMT_JSONL)
		lx_buf_addf(&t->out,
		            "{\"type\":\"summary\",\"data\":{\"lines\":%llu,\"templates\":%zu}}\n",
		            (unsigned long long)t->lines, n);
	else
		lx_buf_addf(&t->out, "%llu lines, %zu templates\n", (unsigned long long)t->lines,
		            n);
	emit(t);
	free(ids);
}

void lx_tpl_run(const lx_config *cfg, lx_exitstat *status)
{
	tplrun t;
	lx_sink sink = {.begin = on_begin,
	                .lines = on_lines,
	                .end = on_end,
	                .error = on_error,
	                .note = on_note};
	size_t i;
	static char *const dash[] = {"-"};
	char *const *paths = cfg->n_paths ? cfg->paths : dash;
	size_t np = cfg->n_paths ? cfg->n_paths : 1;
	memset(&t, 0, sizeof t);
	t.cfg = cfg;
	t.m = lx_tpl_new(NULL);
	t.tsv = cfg->format == LX_FMT_TSV && !cfg->suggest;
	sink.ud = &t;
	lx_exit_command(status, 0);
	for (i = 0; i < np; i++) {
		lx_input_stats st;
		lx_exit_grade(status, lx_walk_bundle(cfg, paths[i], &sink, NULL, &st));
	}
	if (cfg->suggest) {
		if (lx_tpl_suggest(t.m, cfg->suggest, stdout, stderr))
			lx_exit_grade(status, LX_FAILED);
	} else if (!t.tsv) {
		listing(&t);
	}
	free(t.ids);
	lx_buf_free(&t.out);
	lx_tpl_free(t.m);
}
