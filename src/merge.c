/* merge.c - reduce JSON Lines shards into one report.  See merge.h. */
#include "merge.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "run.h"
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

/* Evidence objects of a JSON array into ev (at most LX_REPORT_EVIDENCE). */
static size_t evidence_from(lx_evidence *ev, const lx_json *arr)
{
	size_t k;
	for (k = 0; arr && arr->type == LX_J_ARR && k < arr->n && k < LX_REPORT_EVIDENCE; k++) {
		const lx_json *e = arr->kids[k];
		const lx_json *t = lx_json_get(e, "text");
		chain_from(&ev[k].path, lx_json_get(e, "path"), lx_json_str(e, "file"));
		ev[k].line = (uint64_t)lx_json_num(e, "line", 0);
		if (t && t->type == LX_J_STR) {
			ev[k].text = lx_xmalloc(t->len + 1);
			memcpy(ev[k].text, t->str, t->len + 1);
			ev[k].len = t->len;
		} else {
			ev[k].text = lx_xstrdup("");
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
	int s = sev ? lx_severity_parse(sev) : -1;
	size_t k;
	r->d = lx_xrealloc(r->d, (r->n_d + 1) * sizeof *r->d);
	x = &r->d[r->n_d++];
	memset(x, 0, sizeof *x);
	x->rank = (unsigned)lx_json_num(d, "rank", (double)r->n_d);
	x->id = dup_or_empty(lx_json_str(d, "id"));
	x->title = dup_or_empty(lx_json_str(d, "title"));
	x->product = dup_or_empty(lx_json_str(d, "product"));
	x->doc = dup_or_empty(lx_json_str(d, "doc"));
	x->remedy = dup_or_empty(lx_json_str(d, "remedy"));
	x->severity = s < 0 ? LX_SEV_INFO : (lx_severity)s;
	x->resolved = st && !strcmp(st, "resolved");
	x->score = lx_json_num(d, "score", 0);
	x->count = (uint64_t)lx_json_num(d, "count", 0);
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
		c->count = (uint64_t)lx_json_num(q, "count", 0);
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

static void shard_error(lx_emitter *em, const char *shard, unsigned long line, const char *msg)
{
	lx_report *r = lx_report_new(shard);
	lx_chain c = {0};
	lx_buf b = {0};
	lx_chain_push(&c, shard);
	lx_buf_addf(&b, "line %lu: %s", line, msg);
	lx_report_problem(r, &c, b.p, 0);
	lx_out_problems(r, stderr);
	em->errors = 1;
	lx_chain_free(&c);
	lx_buf_free(&b);
	lx_report_free(r);
}

/* Reads one shard; the current report carries over between events. */
static void read_shard(lx_emitter *em, const char *name, FILE *f)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	unsigned long ln = 0;
	lx_report *cur = NULL;
	while ((n = getline(&line, &cap, f)) > 0) {
		const char *err = NULL, *type, *bundle;
		lx_json *j;
		const lx_json *data;
		ln++;
		if ((size_t)n > MAX_EVENT) {
			shard_error(em, name, ln, "event too long");
			continue;
		}
		while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
			n--;
		if (!n)
			continue;
		j = lx_json_parse(line, (size_t)n, &err);
		if (!j) {
			shard_error(em, name, ln, err);
			continue;
		}
		type = lx_json_str(j, "type");
		data = lx_json_get(j, "data");
		bundle = lx_json_str(data, "bundle");
		if (!type || !data || data->type != LX_J_OBJ) {
			shard_error(em, name, ln, "not a logdx JSON Lines event");
		} else if (!strcmp(type, "begin") && bundle) {
			if (cur) {
				shard_error(em, name, ln, "bundle without an end event");
				lx_report_free(cur);
			}
			cur = lx_report_new(bundle);
		} else if (!strcmp(type, "diagnosis") || !strcmp(type, "error") ||
		           !strcmp(type, "note") || !strcmp(type, "end")) {
			if (!cur || !bundle || strcmp(bundle, cur->bundle)) {
				shard_error(em, name, ln, "event outside its bundle");
			} else if (type[0] == 'd') {
				add_diag(cur, data);
			} else if (type[0] == 'e' && type[1] == 'r') {
				lx_chain c;
				chain_from(&c, lx_json_get(data, "path"), lx_json_str(data, "file"));
				lx_report_problem(cur, &c, lx_json_str(data, "message") ? lx_json_str(data, "message") : "", 0);
				lx_chain_free(&c);
			} else if (type[0] == 'n') {
				lx_chain c;
				chain_from(&c, lx_json_get(data, "path"), lx_json_str(data, "file"));
				lx_report_problem(cur, &c, lx_json_str(data, "message") ? lx_json_str(data, "message") : "", 1);
				lx_chain_free(&c);
			} else {
				cur->files = (uint64_t)lx_json_num(data, "files_scanned", 0);
				cur->bytes = (uint64_t)lx_json_num(data, "bytes_scanned", 0);
				cur->expanded = (uint64_t)lx_json_num(data, "bytes_expanded", 0);
				hosts_from(cur, lx_json_get(data, "hosts"));
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
		shard_error(em, name, ln, "truncated shard: a bundle has no end event");
		lx_report_free(cur);
	}
	free(line);
}

int lx_merge(const lx_config *cfg)
{
	lx_emitter em;
	size_t i, n = cfg->n_paths ? cfg->n_paths : 1;
	lx_emit_init(&em, cfg, 0);
	for (i = 0; i < n; i++) {
		const char *p = cfg->n_paths ? cfg->paths[i] : "-";
		FILE *f = strcmp(p, "-") ? fopen(p, "r") : stdin;
		if (!f) {
			fprintf(stderr, "logdx: %s: %s\n", p, strerror(errno));
			em.errors = 1;
			continue;
		}
		read_shard(&em, p, f);
		if (f != stdin)
			fclose(f);
	}
	return lx_emit_finish(&em);
}
