/* merge.c - reduce JSON Lines shards into one report.  See merge.h. */
#include "merge.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "context.h"
#include "emit.h"
#include "i18n.h"
#include "json.h"
#include "timestamp.h"
#include "util.h"

#define MAX_EVENT (64u << 20) /* longest JSON Lines event accepted */

static char *dup_or_empty(const char *s)
{
	return lx_xstrdup(s ? s : "");
}

static int64_t iso_time(const lx_json *o, const char *key)
{
	const char *s = lx_json_str(o, key);
	lx_tm tm;
	if (!s || lx_ts_parse(s, strlen(s), &tm) != LX_TSK_FULL)
		return LX_TS_NONE;
	return lx_ts_make(tm.year, tm.mon, tm.day, tm.hour, tm.min, tm.sec);
}

/* A chain from a JSON "path" array; separators taken from the display
 * form `file` when given ('!' between archive levels, '/' below a
 * directory). */
static void chain_from(lx_chain *c, const lx_json *path, const char *file)
{
	size_t i, pos = 0;
	memset(c, 0, sizeof *c);
	if (!path || path->type != LX_J_ARR)
		return;
	for (i = 0; i < path->n; i++) {
		const char *part = path->kids[i]->type == LX_J_STR ? path->kids[i]->str : "";
		char sep = '!';
		if (i > 0 && file) {
			size_t fl = strlen(file);
			if (pos < fl && (file[pos] == '/' || file[pos] == '!'))
				sep = file[pos++];
			else
				sep = '/'; /* the previous part ended in '/' */
		}
		if (i == 0 || sep == '!')
			lx_chain_push(c, part);
		else
			lx_chain_push_file(c, part);
		pos += strlen(part);
	}
}

#define MAX_COUNT 9007199254740992.0 /* 2^53: every integer below is exact */

/* The whole number under key in o, in [lo, MAX_COUNT]; dflt when the key
 * is absent.  Sets *bad when it is there but not such a number. */
static uint64_t whole(const lx_json *o, const char *key, double lo, uint64_t dflt, int *bad)
{
	const lx_json *v = lx_json_get(o, key);
	if (!v)
		return dflt;
	if (v->type != LX_J_NUM || !(v->num >= lo && v->num <= MAX_COUNT) ||
	    v->num != (double)(uint64_t)v->num) {
		*bad = 1;
		return dflt;
	}
	return (uint64_t)v->num;
}

/* Whether s is a link fit for a report: empty, or http(s):// with no
 * space, quote, angle bracket or control character. */
static int doc_ok(const char *s)
{
	const unsigned char *p;
	if (!*s)
		return 1;
	if (strncmp(s, "https://", 8) && strncmp(s, "http://", 7))
		return 0;
	for (p = (const unsigned char *)s; *p; p++)
		if (*p <= 0x20 || *p == 0x7F || *p == '"' || *p == '<' || *p == '>' || *p == '\'' ||
		    *p == '\\')
			return 0;
	return 1;
}

/* Whether arr is an array of at most LX_CTX_MAX strings of one line each
 * (and of fewer than max of them). */
static int ctx_lines_ok(const lx_json *arr, uint64_t max)
{
	size_t i;
	if (!arr || arr->type != LX_J_ARR || arr->n > LX_CTX_MAX || arr->n >= max)
		return 0;
	for (i = 0; i < arr->n; i++)
		if (arr->kids[i]->type != LX_J_STR ||
		    memchr(arr->kids[i]->str, '\n', arr->kids[i]->len))
			return 0;
	return 1;
}

/* Whether evidence e's context (--context), if it has one, is
 * {"before": [...], "after": [...]} with no more lines above it than
 * there are. */
static int ctx_ok(const lx_json *e)
{
	const lx_json *c = lx_json_get(e, "context");
	double line = lx_json_num(e, "line", 0);
	if (!c)
		return 1;
	return c->type == LX_J_OBJ && line >= 1 &&
	       ctx_lines_ok(lx_json_get(c, "before"), (uint64_t)line) &&
	       ctx_lines_ok(lx_json_get(c, "after"), UINT64_MAX);
}

/* What is wrong with the diagnosis d of a shard, or NULL: the shard is
 * another run's output, but a file all the same, trusted no more than a
 * log. */
static const char *bad_diag(const lx_json *d)
{
	const char *sev = lx_json_str(d, "severity"), *st = lx_json_str(d, "status");
	const lx_json *ev = lx_json_get(d, "evidence"), *cq = lx_json_get(d, "consequences");
	double score = lx_json_num(d, "score", 0);
	size_t k;
	int bad = 0;
	if (!lx_json_str(d, "id") || !*lx_json_str(d, "id"))
		return N_("diagnosis without an id");
	if (!sev || lx_severity_parse(sev) < 0)
		return N_("diagnosis with an unknown severity");
	if (st && strcmp(st, "active") && strcmp(st, "resolved"))
		return N_("diagnosis with an unknown status");
	if (!doc_ok(lx_json_str(d, "doc") ? lx_json_str(d, "doc") : ""))
		return N_("diagnosis with a doc that is not an http(s) link");
	if (!(score >= 0 && score <= 1))
		return N_("diagnosis with a score outside [0, 1]");
	(void)whole(d, "rank", 1, 0, &bad);
	(void)whole(d, "count", 1, 0, &bad);
	for (k = 0; ev && ev->type == LX_J_ARR && k < ev->n; k++) {
		(void)whole(ev->kids[k], "line", 1, 0, &bad);
		if (!bad && !ctx_ok(ev->kids[k]))
			return N_("diagnosis with malformed evidence context");
	}
	for (k = 0; cq && cq->type == LX_J_ARR && k < cq->n; k++) {
		const lx_json *qe = lx_json_get(cq->kids[k], "evidence");
		size_t j;
		for (j = 0; qe && qe->type == LX_J_ARR && j < qe->n; j++)
			if (!ctx_ok(qe->kids[j]))
				return N_("diagnosis with malformed evidence context");
	}
	return bad ? N_("diagnosis with a rank, count or line number out of range") : NULL;
}

/* The strings of a context array (ctx_ok) as lines, each ending in '\n'. */
static char *ctx_from(const lx_json *arr, size_t *len)
{
	lx_buf b = {0};
	size_t i;
	lx_buf_add(&b, "", 0);
	for (i = 0; i < arr->n; i++) {
		lx_buf_add(&b, arr->kids[i]->str, arr->kids[i]->len);
		lx_buf_addc(&b, '\n');
	}
	*len = b.len;
	return lx_buf_take(&b);
}

/* Evidence objects of a JSON array into ev (at most LX_REPORT_EVIDENCE). */
static size_t evidence_from(lx_evidence *ev, const lx_json *arr)
{
	size_t k;
	for (k = 0; arr && arr->type == LX_J_ARR && k < arr->n && k < LX_REPORT_EVIDENCE; k++) {
		const lx_json *e = arr->kids[k];
		const lx_json *t = lx_json_get(e, "text");
		chain_from(&ev[k].path, lx_json_get(e, "path"), lx_json_str(e, "file"));
		int bad = 0; /* a shard's line numbers were checked (bad_diag) */
		ev[k].line = whole(e, "line", 1, 0, &bad);
		if (t && t->type == LX_J_STR) {
			ev[k].text = lx_xmalloc(t->len + 1);
			memcpy(ev[k].text, t->str, t->len + 1);
			ev[k].len = t->len;
		} else {
			ev[k].text = lx_xstrdup("");
		}
		if (lx_json_get(e, "context") && ctx_ok(e)) {
			const lx_json *c = lx_json_get(e, "context");
			ev[k].before = ctx_from(lx_json_get(c, "before"), &ev[k].before_len);
			ev[k].after = ctx_from(lx_json_get(c, "after"), &ev[k].after_len);
		}
	}
	return k;
}

static void add_diag(lx_report *r, const lx_json *d)
{
	lx_diag *x;
	const lx_json *ev = lx_json_get(d, "evidence");
	const lx_json *cq = lx_json_get(d, "consequences");
	const char *sev = lx_json_str(d, "severity");
	const char *st = lx_json_str(d, "status");
	int s = sev ? lx_severity_parse(sev) : -1, bad = 0;
	size_t k;
	r->d = lx_xrealloc(r->d, (r->n_d + 1) * sizeof *r->d);
	x = &r->d[r->n_d++];
	memset(x, 0, sizeof *x);
	x->rank = (unsigned)whole(d, "rank", 1, r->n_d, &bad);
	x->id = dup_or_empty(lx_json_str(d, "id"));
	x->title = dup_or_empty(lx_json_str(d, "title"));
	x->product = dup_or_empty(lx_json_str(d, "product"));
	x->doc = dup_or_empty(lx_json_str(d, "doc"));
	x->remedy = dup_or_empty(lx_json_str(d, "remedy"));
	x->severity = s < 0 ? LX_SEV_INFO : (lx_severity)s;
	x->resolved = st && !strcmp(st, "resolved");
	x->score = lx_json_num(d, "score", 0);
	x->count = whole(d, "count", 1, 1, &bad);
	x->first_seen = iso_time(d, "first_seen");
	x->last_seen = iso_time(d, "last_seen");
	x->ts_src = (int)lx_ts_source_parse(lx_json_str(d, "time_source"));
	x->host = lx_json_str(d, "host") ? lx_xstrdup(lx_json_str(d, "host")) : NULL;
	x->n_ev = evidence_from(x->ev, ev);
	for (k = 0; cq && cq->type == LX_J_ARR && k < cq->n; k++) {
		const lx_json *q = cq->kids[k];
		lx_conseq *c;
		x->cq = lx_xrealloc(x->cq, (x->n_cq + 1) * sizeof *x->cq);
		c = &x->cq[x->n_cq++];
		memset(c, 0, sizeof *c);
		c->id = dup_or_empty(lx_json_str(q, "id"));
		c->count = whole(q, "count", 1, 0, &bad);
		c->n_ev = evidence_from(c->ev, lx_json_get(q, "evidence"));
	}
}

/* The bundle's hosts from its end event. */
static void hosts_from(lx_report *r, const lx_json *arr)
{
	size_t k;
	for (k = 0; arr && arr->type == LX_J_ARR && k < arr->n; k++) {
		if (arr->kids[k]->type != LX_J_STR)
			continue;
		r->hosts = lx_xrealloc(r->hosts, (r->n_hosts + 1) * sizeof *r->hosts);
		r->hosts[r->n_hosts++] = lx_xstrdup(arr->kids[k]->str);
	}
}

/* The bundle's unrecognised errors from its end event (absent: the shard
 * was made with --no-unrecognised, or by an older logdx).  Returns 1 when
 * one is malformed (it is left out). */
static int unrec_from(lx_report *r, const lx_json *end)
{
	const lx_json *arr = lx_json_get(end, "unrecognised");
	size_t k;
	int bad = 0, any = 0;
	if (!arr || arr->type != LX_J_ARR)
		return 0;
	r->un_on = 1;
	r->un_templates = whole(end, "unrecognised_templates", 0, arr->n, &bad);
	for (k = 0; k < arr->n; k++) {
		const lx_json *u = arr->kids[k];
		const lx_json *ex = lx_json_get(u, "example");
		const char *tpl = lx_json_str(u, "template");
		int b = 0;
		uint64_t count = whole(u, "count", 1, 0, &b);
		if (!tpl || b || !count || !ex || ex->type != LX_J_STR) {
			any = 1;
			continue;
		}
		lx_report_unrec(r, tpl, count, iso_time(u, "first_seen"), iso_time(u, "last_seen"),
		                ex->str, ex->len);
	}
	return bad || any;
}

/* A string member, or NULL when it is null or absent; *bad when it is
 * something else. */
static const char *str_or_null(const lx_json *o, const char *key, int *bad)
{
	const lx_json *v = lx_json_get(o, key);
	if (!v || v->type == LX_J_NULL)
		return NULL;
	if (v->type != LX_J_STR) {
		*bad = 1;
		return NULL;
	}
	return v->str;
}

/* The bundle's files (--files) from its end event, when it has them.
 * Returns 1 when one is malformed (it is left out). */
static int files_from(lx_report *r, const lx_json *end)
{
	const lx_json *arr = lx_json_get(end, "files");
	size_t k;
	int any = 0;
	if (!arr || arr->type != LX_J_ARR)
		return arr != NULL;
	r->files_on = 1;
	for (k = 0; k < arr->n; k++) {
		const lx_json *f = arr->kids[k], *lines = lx_json_get(f, "lines"), *path;
		const char *type, *enc, *skipped, *error;
		int bad = 0;
		lx_file *x;
		lx_chain c;
		type = str_or_null(f, "type", &bad);
		enc = str_or_null(f, "encoding", &bad);
		skipped = str_or_null(f, "skipped", &bad);
		error = str_or_null(f, "error", &bad);
		path = lx_json_get(f, "path");
		if (lines && lines->type != LX_J_NULL)
			(void)whole(f, "lines", 0, 0, &bad);
		if (bad || !path || path->type != LX_J_ARR || !path->n) {
			any = 1;
			continue;
		}
		chain_from(&c, path, lx_json_str(f, "file"));
		x = lx_report_file(r, &c, type, enc);
		lx_chain_free(&c);
		if (lines && lines->type != LX_J_NULL) {
			x->scanned = 1;
			x->lines = whole(f, "lines", 0, 0, &bad);
		}
		x->skipped = skipped ? lx_xstrdup(skipped) : NULL;
		x->error = error ? lx_xstrdup(error) : NULL;
	}
	return any;
}

/* Ranks from 1 in the order the shard gave (the shard's own order among
 * equal ranks), once the diagnoses below --min-severity are dropped. */
typedef struct rankkey {
	uint64_t rank, i;
} rankkey;

static int cmp_rank(const void *a, const void *b)
{
	const rankkey *x = a, *y = b;
	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

static void renumber(lx_report *r, lx_severity min)
{
	rankkey *k = lx_xcalloc(r->n_d ? r->n_d : 1, sizeof *k);
	lx_diag *d = lx_xcalloc(r->n_d ? r->n_d : 1, sizeof *d);
	size_t i, n = 0;
	for (i = 0; i < r->n_d; i++) {
		if (r->d[i].severity < min) {
			lx_diag_clear(&r->d[i]);
			r->hidden++; /* as a single run at this level counts it */
			continue;
		}
		k[n].rank = r->d[i].rank;
		k[n++].i = i;
	}
	qsort(k, n, sizeof *k, cmp_rank);
	for (i = 0; i < n; i++) {
		d[i] = r->d[k[i].i];
		d[i].rank = (unsigned)i + 1;
	}
	free(r->d);
	free(k);
	r->d = d;
	r->n_d = n;
}

static void shard_error(lx_emitter *em, const char *shard, unsigned long line, const char *msg)
{
	lx_report *r = lx_report_new(shard);
	lx_chain c = {0};
	lx_buf b = {0};
	lx_chain_push(&c, shard);
	if (line)
		lx_buf_addf(&b, _("line %lu: %s"), line, msg);
	else
		lx_buf_adds(&b, msg);
	lx_report_problem(r, &c, b.p, 0);
	lx_out_problems(r, stderr);
	lx_exit_grade(em->status, LX_FAILED);
	lx_chain_free(&c);
	lx_buf_free(&b);
	lx_report_free(r);
}

/* Reads the next line of f into b, '\n' included, keeping at most
 * MAX_EVENT bytes of it.  Returns its length (0 at the end), or
 * MAX_EVENT + 1 when it was longer (the rest is read and dropped). */
static size_t read_line(FILE *f, lx_buf *b)
{
	size_t n = 0;
	int c;
	lx_buf_reset(b);
	while ((c = getc(f)) != EOF) {
		if (n < MAX_EVENT)
			lx_buf_addc(b, (char)c);
		n++;
		if (c == '\n')
			break;
	}
	return n > MAX_EVENT ? MAX_EVENT + 1 : n;
}

/* One shard; the current report carries over between events. */
void lx_merge_shard(lx_emitter *em, const char *name, FILE *f)
{
	lx_buf lb = {0};
	char *line;
	size_t n;
	unsigned long ln = 0;
	lx_report *cur = NULL;
	while ((n = read_line(f, &lb)) > 0) {
		const char *err = NULL, *type, *bundle;
		lx_json *j;
		const lx_json *data;
		ln++;
		if (n > MAX_EVENT) {
			shard_error(em, name, ln, _("event too long"));
			continue;
		}
		line = lb.p;
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			n--;
		if (!n)
			continue;
		j = lx_json_parse(line, n, &err);
		if (!j) {
			shard_error(em, name, ln, err);
			continue;
		}
		type = lx_json_str(j, "type");
		data = lx_json_get(j, "data");
		bundle = lx_json_str(data, "bundle");
		if (!type || !data || data->type != LX_J_OBJ) {
			shard_error(em, name, ln, _("not a logdx JSON Lines event"));
		} else if (!strcmp(type, "begin") && bundle) {
			if (cur) {
				shard_error(em, name, ln, _("bundle without an end event"));
				lx_report_free(cur);
			}
			cur = lx_report_new(bundle);
		} else if (!strcmp(type, "diagnosis") || !strcmp(type, "error") ||
		           !strcmp(type, "note") || !strcmp(type, "end")) {
			if (!cur || !bundle || strcmp(bundle, cur->bundle)) {
				shard_error(em, name, ln, _("event outside its bundle"));
			} else if (type[0] == 'd') {
				const char *why = bad_diag(data);
				if (why)
					shard_error(em, name, ln, _(why));
				else
					add_diag(cur, data);
			} else if ((type[0] == 'e' && type[1] == 'r') || type[0] == 'n') {
				/* an error, or a note (type[0] == 'n') */
				const char *msg = lx_json_str(data, "message");
				lx_chain c;
				chain_from(&c, lx_json_get(data, "path"),
				           lx_json_str(data, "file"));
				lx_report_problem(cur, &c, msg ? msg : "", type[0] == 'n');
				lx_chain_free(&c);
			} else {
				int bad = 0;
				cur->files = whole(data, "files_scanned", 0, 0, &bad);
				cur->bytes = whole(data, "bytes_scanned", 0, 0, &bad);
				cur->expanded = whole(data, "bytes_expanded", 0, 0, &bad);
				/* shards from before these counts: every file known */
				cur->known_files = whole(data, "files_known", 0, cur->files, &bad);
				cur->hidden = whole(data, "diagnoses_hidden", 0, 0, &bad);
				if (bad)
					shard_error(em, name, ln,
					            _("end event with a count out of range"));
				hosts_from(cur, lx_json_get(data, "hosts"));
				if (!em->cfg->no_unrec && unrec_from(cur, data))
					shard_error(em, name, ln,
					            _("malformed unrecognised error"));
				if (files_from(cur, data))
					shard_error(em, name, ln, _("malformed file entry"));
				renumber(cur, em->cfg->min_severity);
				lx_emit_report(em, cur);
				lx_report_free(cur);
				cur = NULL;
			}
		}
		/* summary and unknown types: recomputed or ignored */
		lx_json_free(j);
	}
	if (ferror(f))
		shard_error(em, name, ln, strerror(errno));
	if (cur) {
		shard_error(em, name, ln, _("truncated shard: a bundle has no end event"));
		lx_report_free(cur);
	}
	lx_buf_free(&lb);
}

void lx_merge(const lx_config *cfg, lx_exitstat *status)
{
	lx_emitter em;
	size_t i, n = cfg->n_paths ? cfg->n_paths : 1;
	lx_emit_init(&em, cfg, 0, status);
	for (i = 0; i < n; i++) {
		const char *p = cfg->n_paths ? cfg->paths[i] : "-";
		FILE *f = strcmp(p, "-") ? fopen(p, "r") : stdin;
		if (!f) {
			shard_error(&em, p, 0, strerror(errno));
			continue;
		}
		lx_merge_shard(&em, p, f);
		if (f != stdin)
			fclose(f);
	}
	lx_emit_finish(&em);
}
