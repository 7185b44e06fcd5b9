/* out_json.c - JSON (one document, logdx.report/1) and JSON Lines (one
 * {"type", "data"} event per line).  Both write the same objects; JSON
 * indents them, JSON Lines keeps each on one line.  Text from logs is
 * always turned into valid UTF-8 (lx_esc_json). */
#include <string.h>

#include "escape.h"
#include "out.h"
#include "timestamp.h"

#define SCHEMA "logdx.report/1"

typedef struct jw {
	lx_buf *b;
	int pretty;
	int depth;
} jw;

static void nl(jw *w)
{
	int i;
	if (!w->pretty)
		return;
	lx_buf_addc(w->b, '\n');
	for (i = 0; i < w->depth; i++)
		lx_buf_adds(w->b, "  ");
}

static void key(jw *w, const char *k, int first)
{
	if (!first)
		lx_buf_addc(w->b, ',');
	nl(w);
	lx_esc_json_str(w->b, k);
	lx_buf_adds(w->b, w->pretty ? ": " : ":");
}

static void str_field(jw *w, const char *k, const char *v, int first)
{
	key(w, k, first);
	lx_esc_json_str(w->b, v ? v : "");
}

static void num_field(jw *w, const char *k, unsigned long long v, int first)
{
	key(w, k, first);
	lx_buf_addf(w->b, "%llu", v);
}

static void time_field(jw *w, const char *k, int64_t t)
{
	char s[20];
	key(w, k, 0);
	if (*lx_out_time(t, s))
		lx_buf_addf(w->b, "\"%s\"", s);
	else
		lx_buf_adds(w->b, "null");
}

static void open_(jw *w, char c)
{
	lx_buf_addc(w->b, c);
	w->depth++;
}

static void close_(jw *w, char c, int empty)
{
	w->depth--;
	if (!empty)
		nl(w);
	lx_buf_addc(w->b, c);
}

static void path_array(jw *w, const lx_chain *c)
{
	size_t i;
	lx_buf_addc(w->b, '[');
	for (i = 0; i < c->n; i++) {
		if (i)
			lx_buf_adds(w->b, w->pretty ? ", " : ",");
		lx_esc_json_str(w->b, c->part[i]);
	}
	lx_buf_addc(w->b, ']');
}

static void file_field(jw *w, const lx_chain *c)
{
	key(w, "file", 1);
	lx_buf_addc(w->b, '"');
	lx_out_chain_display(w->b, c, lx_esc_json);
	lx_buf_addc(w->b, '"');
}

/* The lines of p[0..n) (each ending in '\n') as an array of strings. */
static void lines_array(jw *w, const char *p, size_t n)
{
	size_t at = 0;
	lx_buf_addc(w->b, '[');
	while (at < n) {
		const char *nl = memchr(p + at, '\n', n - at);
		size_t len = nl ? (size_t)(nl - (p + at)) : n - at;
		if (at)
			lx_buf_adds(w->b, w->pretty ? ", " : ",");
		lx_buf_addc(w->b, '"');
		lx_esc_json(w->b, p + at, len);
		lx_buf_addc(w->b, '"');
		at += len + 1;
	}
	lx_buf_addc(w->b, ']');
}

static void evidence_array(jw *w, const lx_evidence *ev, size_t n)
{
	size_t k;
	open_(w, '[');
	for (k = 0; k < n; k++) {
		const lx_evidence *e = &ev[k];
		if (k)
			lx_buf_addc(w->b, ',');
		nl(w);
		open_(w, '{');
		file_field(w, &e->path);
		key(w, "path", 0);
		path_array(w, &e->path);
		num_field(w, "line", e->line, 0);
		key(w, "text", 0);
		lx_buf_addc(w->b, '"');
		lx_esc_json(w->b, e->text, e->len);
		lx_buf_addc(w->b, '"');
		if (e->before) {
			/* --context: on one line, whatever the indentation */
			key(w, "context", 0);
			lx_buf_adds(w->b, w->pretty ? "{\"before\": " : "{\"before\":");
			lines_array(w, e->before, e->before_len);
			lx_buf_adds(w->b, w->pretty ? ", \"after\": " : ",\"after\":");
			lines_array(w, e->after, e->after_len);
			lx_buf_addc(w->b, '}');
		}
		close_(w, '}', 0);
	}
	close_(w, ']', n == 0);
}

static void string_array(jw *w, char *const *v, size_t n)
{
	size_t k;
	lx_buf_addc(w->b, '[');
	for (k = 0; k < n; k++) {
		if (k)
			lx_buf_adds(w->b, w->pretty ? ", " : ",");
		lx_esc_json_str(w->b, v[k]);
	}
	lx_buf_addc(w->b, ']');
}

#define FLEET_UNREC 50 /* templates in the fleet view */

static void raw_field(jw *w, const char *k, const char *v, size_t len)
{
	key(w, k, 0);
	lx_buf_addc(w->b, '"');
	lx_esc_json(w->b, v, len);
	lx_buf_addc(w->b, '"');
}

/* A bundle's unrecognised errors (unrecset.h). */
static void unrec_array(jw *w, const lx_report *r)
{
	size_t i;
	num_field(w, "unrecognised_templates", r->un_templates, 0);
	key(w, "unrecognised", 0);
	open_(w, '[');
	for (i = 0; i < r->n_un; i++) {
		const lx_unrec *u = &r->un[i];
		if (i)
			lx_buf_addc(w->b, ',');
		nl(w);
		open_(w, '{');
		str_field(w, "template", u->tpl, 1);
		num_field(w, "count", u->count, 0);
		time_field(w, "first_seen", u->first_seen);
		time_field(w, "last_seen", u->last_seen);
		raw_field(w, "example", u->example, u->example_len);
		close_(w, '}', 0);
	}
	close_(w, ']', r->n_un == 0);
}

static void str_or_null(jw *w, const char *k, const char *v)
{
	key(w, k, 0);
	if (v)
		lx_esc_json_str(w->b, v);
	else
		lx_buf_adds(w->b, "null");
}

/* --files: a bundle's files, each on one line. */
static void files_array(jw *w, const lx_report *r)
{
	size_t i;
	int pretty = w->pretty;
	key(w, "files", 0);
	open_(w, '[');
	for (i = 0; i < r->n_fl; i++) {
		const lx_file *f = &r->fl[i];
		if (i)
			lx_buf_addc(w->b, ',');
		nl(w);
		w->pretty = 0;
		open_(w, '{');
		file_field(w, &f->path);
		key(w, "path", 0);
		path_array(w, &f->path);
		str_or_null(w, "type", f->type);
		str_or_null(w, "encoding", f->encoding);
		key(w, "lines", 0);
		if (f->scanned)
			lx_buf_addf(w->b, "%llu", (unsigned long long)f->lines);
		else
			lx_buf_adds(w->b, "null");
		str_or_null(w, "skipped", f->skipped);
		str_or_null(w, "error", f->error);
		close_(w, '}', 0);
		w->pretty = pretty;
	}
	close_(w, ']', r->n_fl == 0);
}

static void diag_obj(jw *w, const lx_diag *d, const char *bundle)
{
	size_t k;
	const char *src = lx_ts_source_name((lx_ts_source)d->ts_src);
	open_(w, '{');
	if (bundle)
		str_field(w, "bundle", bundle, 1);
	key(w, "rank", !bundle);
	lx_buf_addf(w->b, "%u", d->rank);
	str_field(w, "id", d->id, 0);
	str_field(w, "title", d->title, 0);
	str_field(w, "product", d->product, 0);
	str_field(w, "severity", lx_severity_name(d->severity), 0);
	str_field(w, "status", lx_out_status(d), 0);
	key(w, "score", 0);
	lx_buf_addf(w->b, "%.2f", d->score);
	if (d->doc && *d->doc)
		str_field(w, "doc", d->doc, 0);
	else {
		key(w, "doc", 0);
		lx_buf_adds(w->b, "null");
	}
	num_field(w, "count", d->count, 0);
	time_field(w, "first_seen", d->first_seen);
	time_field(w, "last_seen", d->last_seen);
	key(w, "time_source", 0);
	if (src)
		lx_esc_json_str(w->b, src);
	else
		lx_buf_adds(w->b, "null");
	str_or_null(w, "host", d->host);
	key(w, "evidence", 0);
	evidence_array(w, d->ev, d->n_ev);
	key(w, "consequences", 0);
	open_(w, '[');
	for (k = 0; k < d->n_cq; k++) {
		if (k)
			lx_buf_addc(w->b, ',');
		nl(w);
		open_(w, '{');
		str_field(w, "id", d->cq[k].id, 1);
		num_field(w, "count", d->cq[k].count, 0);
		key(w, "evidence", 0);
		evidence_array(w, d->cq[k].ev, d->cq[k].n_ev);
		close_(w, '}', 0);
	}
	close_(w, ']', d->n_cq == 0);
	str_field(w, "remedy", d->remedy, 0);
	close_(w, '}', 0);
}

static void problem_obj(jw *w, const lx_problem *p, const char *bundle)
{
	open_(w, '{');
	if (bundle)
		str_field(w, "bundle", bundle, 1);
	key(w, "path", !bundle);
	path_array(w, &p->path);
	key(w, "file", 0);
	lx_buf_addc(w->b, '"');
	lx_out_chain_display(w->b, &p->path, lx_esc_json);
	lx_buf_addc(w->b, '"');
	str_field(w, "message", p->msg, 0);
	close_(w, '}', 0);
}

static size_t count_problems(const lx_report *r, int note)
{
	size_t i, n = 0;
	for (i = 0; i < r->n_pr; i++)
		n += r->pr[i].note == note;
	return n;
}

static void problems_array(jw *w, const lx_report *r, const char *name, int note)
{
	size_t i, n = 0;
	key(w, name, 0);
	open_(w, '[');
	for (i = 0; i < r->n_pr; i++) {
		if (r->pr[i].note != note)
			continue;
		if (n++)
			lx_buf_addc(w->b, ',');
		nl(w);
		problem_obj(w, &r->pr[i], NULL);
	}
	close_(w, ']', n == 0);
}

static void totals(jw *w, const lx_report *r, int first)
{
	num_field(w, "files_scanned", r->files, first);
	num_field(w, "bytes_scanned", r->bytes, 0);
	num_field(w, "files_known", r->known_files, 0);
	num_field(w, "diagnoses_hidden", r->hidden, 0);
}

static void summary_fields(jw *w, const lx_summary *s)
{
	num_field(w, "bundles", s->bundles, 1);
	num_field(w, "files", s->files, 0);
	num_field(w, "bytes", s->bytes, 0);
	num_field(w, "diagnoses", s->diagnoses, 0);
	num_field(w, "errors", s->errors, 0);
}

/* The fleet view (an extension of logdx.report/1): each diagnosis id with
 * the bundles (machines) where it was reported, most widespread first. */
static void fleet_obj(jw *w, const lx_out *o, const lx_summary *s)
{
	size_t i, k;
	key(w, "fleet", 0);
	open_(w, '{');
	num_field(w, "bundles", s->bundles, 1);
	num_field(w, "bundles_with_diagnoses", s->bundles_with, 0);
	key(w, "diagnoses", 0);
	open_(w, '[');
	for (i = 0; i < o->fleet.n; i++) {
		const lx_fleet_row *r = &o->fleet.row[i];
		if (i)
			lx_buf_addc(w->b, ',');
		nl(w);
		open_(w, '{');
		str_field(w, "id", r->id, 1);
		str_field(w, "title", r->title, 0);
		str_field(w, "severity", lx_severity_name(r->severity), 0);
		num_field(w, "machines", r->n, 0);
		num_field(w, "active", r->active, 0);
		num_field(w, "root_cause", r->root, 0);
		key(w, "bundles", 0);
		lx_buf_addc(w->b, '[');
		for (k = 0; k < r->n; k++) {
			if (k)
				lx_buf_adds(w->b, ", ");
			lx_esc_json_str(w->b, r->bundles[k]);
		}
		lx_buf_addc(w->b, ']');
		close_(w, '}', 0);
	}
	close_(w, ']', o->fleet.n == 0);
	if (!o->cfg->no_unrec) {
		num_field(w, "unrecognised_dropped", o->fleet.un_dropped, 0);
		key(w, "unrecognised", 0);
		open_(w, '[');
		for (i = 0; i < o->fleet.n_un && i < FLEET_UNREC; i++) {
			const lx_fleet_unrec *u = &o->fleet.un[i];
			if (i)
				lx_buf_addc(w->b, ',');
			nl(w);
			open_(w, '{');
			str_field(w, "template", u->tpl, 1);
			num_field(w, "machines", u->n, 0);
			num_field(w, "count", u->count, 0);
			time_field(w, "first_seen", u->first_seen);
			time_field(w, "last_seen", u->last_seen);
			raw_field(w, "example", u->example, u->example_len);
			key(w, "bundles", 0);
			string_array(w, u->bundles, u->n);
			close_(w, '}', 0);
		}
		close_(w, ']', o->fleet.n_un == 0);
	}
	close_(w, '}', 0);
}

/* ---- JSON ---------------------------------------------------------- */

static void json_begin(lx_out *o)
{
	/* lang is one of lx_langs: nothing to escape */
	fprintf(o->f,
	        "{\n  \"schema\": \"" SCHEMA "\",\n  \"logdx_version\": \"" PACKAGE_VERSION
	        "\",\n  \"lang\": \"%s\",\n  \"bundles\": [",
	        o->cfg->lang ? o->cfg->lang : "en");
}

static void json_bundle(lx_out *o, const lx_report *r)
{
	jw w = {&o->b, 1, 2};
	size_t i;
	lx_buf_reset(&o->b);
	if (o->n)
		lx_buf_addc(&o->b, ',');
	nl(&w);
	open_(&w, '{');
	str_field(&w, "bundle", r->bundle, 1);
	totals(&w, r, 0);
	key(&w, "hosts", 0);
	string_array(&w, r->hosts, r->n_hosts);
	key(&w, "diagnoses", 0);
	open_(&w, '[');
	for (i = 0; i < r->n_d; i++) {
		if (i)
			lx_buf_addc(&o->b, ',');
		nl(&w);
		diag_obj(&w, &r->d[i], NULL);
	}
	close_(&w, ']', r->n_d == 0);
	problems_array(&w, r, "errors", 0);
	if (count_problems(r, 1))
		problems_array(&w, r, "notes", 1);
	if (r->un_on)
		unrec_array(&w, r);
	if (r->files_on)
		files_array(&w, r);
	close_(&w, '}', 0);
	fwrite(o->b.p, 1, o->b.len, o->f);
}

static void json_end(lx_out *o, const lx_summary *s)
{
	jw w = {&o->b, 1, 1};
	lx_buf_reset(&o->b);
	if (o->n)
		lx_buf_adds(&o->b, "\n  ");
	lx_buf_addc(&o->b, ']');
	fleet_obj(&w, o, s);
	key(&w, "summary", 0);
	w.pretty = 0;
	open_(&w, '{');
	summary_fields(&w, s);
	close_(&w, '}', 0);
	lx_buf_adds(&o->b, "\n}\n");
	fwrite(o->b.p, 1, o->b.len, o->f);
}

static void json_free(lx_out *o)
{
	(void)o;
}

const lx_out_ops lx_out_json_ops = {json_begin, json_bundle, json_end, json_free};

/* ---- JSON Lines ---------------------------------------------------- */

static void event_open(jw *w, const char *type)
{
	lx_buf_adds(w->b, "{\"type\":");
	lx_esc_json_str(w->b, type);
	lx_buf_adds(w->b, ",\"data\":");
}

static void jsonl_begin(lx_out *o)
{
	(void)o;
}

static void jsonl_bundle(lx_out *o, const lx_report *r)
{
	jw w = {&o->b, 0, 0};
	size_t i;
	lx_buf_reset(&o->b);
	event_open(&w, "begin");
	open_(&w, '{');
	str_field(&w, "bundle", r->bundle, 1);
	close_(&w, '}', 0);
	lx_buf_adds(&o->b, "}\n");
	for (i = 0; i < r->n_d; i++) {
		event_open(&w, "diagnosis");
		diag_obj(&w, &r->d[i], r->bundle);
		lx_buf_adds(&o->b, "}\n");
	}
	for (i = 0; i < r->n_pr; i++) {
		event_open(&w, r->pr[i].note ? "note" : "error");
		problem_obj(&w, &r->pr[i], r->bundle);
		lx_buf_adds(&o->b, "}\n");
	}
	event_open(&w, "end");
	open_(&w, '{');
	str_field(&w, "bundle", r->bundle, 1);
	totals(&w, r, 0);
	num_field(&w, "bytes_expanded", r->expanded, 0);
	num_field(&w, "diagnoses", r->n_d, 0);
	num_field(&w, "errors", (unsigned long long)r->errors, 0);
	key(&w, "hosts", 0);
	string_array(&w, r->hosts, r->n_hosts);
	if (r->un_on)
		unrec_array(&w, r);
	if (r->files_on)
		files_array(&w, r);
	close_(&w, '}', 0);
	lx_buf_adds(&o->b, "}\n");
	fwrite(o->b.p, 1, o->b.len, o->f);
}

static void jsonl_end(lx_out *o, const lx_summary *s)
{
	jw w = {&o->b, 0, 0};
	lx_buf_reset(&o->b);
	event_open(&w, "summary");
	open_(&w, '{');
	summary_fields(&w, s);
	str_field(&w, "lang", o->cfg->lang ? o->cfg->lang : "en", 0);
	close_(&w, '}', 0);
	lx_buf_adds(&o->b, "}\n");
	fwrite(o->b.p, 1, o->b.len, o->f);
}

const lx_out_ops lx_out_jsonl_ops = {jsonl_begin, jsonl_bundle, jsonl_end, json_free};
