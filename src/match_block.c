/* match_block.c - matching a block of lines: the triggers over the lines
 * the prefilter names, the other patterns within their windows
 * (match_win.h), the windows decided in line order, and the unrecognised
 * errors.  See match.h and doc/matcher.md. */
#include <stdlib.h>
#include <string.h>

#include "match_int.h"
#include "newlines.h"

#define TUNE_EVERY 16          /* blocks between re-tunings of the prefilter */
#define TUNE_SAMPLE (64 << 10) /* bytes of a block sampled for it */
#define TUNE_MIN (1u << 20)    /* and bytes seen before re-tuning */
/* candidate lines of one pattern in a block (and one per CAND_PER_BYTES
 * of it) before it is simply run over the rest of the block */
#define CAND_MAX 512
#define CAND_PER_BYTES 256
/* lines where a pattern hits a PCRE2 limit before it is no longer run on
 * the rest of the file */
#define LIMIT_MAX 16

static void emit(lx_matcher *m, size_t si, pend *a)
{
	const lx_signature *s = &m->db->sig[si];
	sigstate *st = &m->ss[si];
	lx_hit h;
	size_t j, i, first = m->first_pt[si];
	memset(&h, 0, sizeof h);
	h.sig = s->parent; /* a variant's hit is its signature's */
	h.line = a->line;
	h.ts = a->ts;
	h.ts_src = a->ts_src;
	h.ev[0].line = a->line;
	h.ev[0].text = a->text.p ? a->text.p : "";
	h.ev[0].len = a->text.len;
	h.n_ev = 1;
	for (j = 0; j < s->n_pat && h.n_ev < LX_EVIDENCE_MAX; j++) {
		uint64_t l = st->last[j];
		int dup = 0;
		if (!m->pt[first + j].keep_text || !l || l + s->within < a->line)
			continue;
		for (i = 0; i < h.n_ev; i++)
			dup |= h.ev[i].line == l;
		if (dup)
			continue;
		h.ev[h.n_ev].line = l;
		h.ev[h.n_ev].text = st->text[j].p ? st->text[j].p : "";
		h.ev[h.n_ev].len = st->text[j].len;
		h.n_ev++;
	}
	/* insertion sort by line */
	for (i = 1; i < h.n_ev; i++)
		for (j = i; j > 0 && h.ev[j - 1].line > h.ev[j].line; j--) {
			lx_evline t = h.ev[j];
			h.ev[j] = h.ev[j - 1];
			h.ev[j - 1] = t;
		}
	for (i = 0; m->cx && i < h.n_ev; i++) {
		lx_ctx_around(m->cx, h.ev[i].line, &m->cxb[i], &m->cxa[i]);
		h.ev[i].before = m->cxb[i].p;
		h.ev[i].before_len = m->cxb[i].len;
		h.ev[i].after = m->cxa[i].p;
		h.ev[i].after_len = m->cxa[i].len;
	}
	m->fn(m->ud, &h);
}

/* Decides the oldest pending anchor of signature si. */
static void decide(lx_matcher *m, size_t si)
{
	const lx_signature *s = &m->db->sig[si];
	sigstate *st = &m->ss[si];
	pend *a = &st->ring[st->head];
	uint64_t lo = a->line > s->within ? a->line - s->within : 1;
	int ok = 1, any = 0;
	size_t j;
	for (j = 0; j < s->n_pat; j++) {
		int in = st->last[j] >= lo;
		switch (s->pat[j].cond) {
		case LX_COND_ALL:
			ok &= in;
			break;
		case LX_COND_ANY:
			any |= in;
			break;
		case LX_COND_UNLESS:
			ok &= !in;
			break;
		}
	}
	if (s->n_any && !any)
		ok = 0;
	if (ok)
		emit(m, si, a);
	st->head = (st->head + 1) % PENDING_MAX;
	st->n--;
	m->n_pending--;
}

/* Decides every pending anchor whose window ends before line `upto`
 * (UINT64_MAX: all of them). */
static void decide_due(lx_matcher *m, uint64_t upto)
{
	size_t i;
	uint64_t due = UINT64_MAX;
	if (!m->n_pending || m->next_due >= upto)
		return;
	for (i = 0; i < m->db->n; i++) {
		sigstate *st = &m->ss[i];
		unsigned w = m->db->sig[i].within;
		while (st->n && (upto == UINT64_MAX || st->ring[st->head].line + w < upto))
			decide(m, i);
		if (st->n && st->ring[st->head].line + w < due)
			due = st->ring[st->head].line + w;
	}
	m->next_due = due;
}

static void keep(lx_buf *b, const char *s, size_t n)
{
	lx_buf_reset(b);
	lx_buf_add(b, s, n < LX_EVIDENCE_TEXT ? n : LX_EVIDENCE_TEXT);
}

static void apply(lx_matcher *m, const event *e)
{
	const flatpat *f = &m->pt[e->pat];
	sigstate *st = &m->ss[f->sig];
	unsigned w = m->db->sig[f->sig].within;
	st->last[f->idx] = e->line;
	if (f->keep_text)
		keep(&st->text[f->idx], m->blk + e->off, e->len);
	if (!f->anchor || st->last_anchor == e->line)
		return;
	st->last_anchor = e->line;
	if (st->n == PENDING_MAX)
		return; /* hostile input: a window this crowded adds nothing */
	if (!st->ring)
		st->ring = lx_xcalloc(PENDING_MAX, sizeof *st->ring);
	{
		pend *a = &st->ring[(st->head + st->n) % PENDING_MAX];
		a->line = e->line;
		a->ts = lx_tscur_at(&m->tc, e->off, &a->ts_src);
		keep(&a->text, m->blk + e->off, e->len);
		st->n++;
		m->n_pending++;
		if (e->line + w < m->next_due)
			m->next_due = e->line + w;
	}
}

static int ev_cmp(const void *a, const void *b)
{
	const event *x = a, *y = b;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->pat < y->pat ? -1 : x->pat > y->pat;
}

static void push_event(lx_matcher *m, uint64_t line, size_t pat, size_t off, size_t len)
{
	if (m->n_ev == m->cap_ev)
		lx_xgrow(&m->ev, &m->cap_ev, m->n_ev + 1, sizeof *m->ev);
	m->ev[m->n_ev].line = line;
	m->ev[m->n_ev].pat = pat;
	m->ev[m->n_ev].off = off;
	m->ev[m->n_ev].len = len;
	m->n_ev++;
}

/* An event for every active member of leader g's group. */
static void push_group(lx_matcher *m, uint64_t line, size_t g, size_t off, size_t len)
{
	size_t f;
	for (f = g; f != SIZE_MAX; f = m->next_mem[f])
		if (m->is_act[f])
			push_event(m, line, f, off, len);
}

/* Pattern fp hit a PCRE2 limit on line: the line is skipped for it, and
 * the hit reported (a lx_hit with limit set) the first time in the file
 * and when the pattern is given up for the rest of it. */
static void limit_hit(lx_matcher *m, size_t fp, uint64_t line)
{
	lx_hit h;
	if (m->lim[fp] >= LIMIT_MAX)
		return;
	m->lim[fp]++;
	if (m->lim[fp] != 1 && m->lim[fp] != LIMIT_MAX)
		return;
	memset(&h, 0, sizeof h);
	h.sig = m->pt[fp].sig;
	h.line = line;
	h.ts = LX_TS_NONE;
	h.limit = m->lim[fp] == LIMIT_MAX ? LIMIT_MAX : 1;
	if (m->fn)
		m->fn(m->ud, &h);
}

/* Flat pattern fp's code, to match with (JIT-compiled on first use). */
static const pcre2_code *code_of(lx_matcher *m, size_t fp)
{
	flatpat *f = &m->pt[fp];
	if (!f->ready) {
		lx_pattern_ready(f->src);
		f->ready = 1;
	}
	return f->code;
}

/* Pattern fp on each line of buf[ls..len) alone (the first numbered line),
 * after a limit hit over the block. */
static void run_by_line(lx_matcher *m, size_t fp, const char *buf, size_t len, size_t ls,
                        uint64_t line, int grp)
{
	for (; ls < len && m->lim[fp] < LIMIT_MAX; line++) {
		const char *nl = memchr(buf + ls, '\n', len - ls);
		size_t le = nl ? (size_t)(nl - buf) : len;
		int rc = pcre2_match(code_of(m, fp), (PCRE2_SPTR)buf + ls, le - ls, 0, 0, m->md,
		                     m->mctx);
		if (rc >= 0 && grp)
			push_group(m, line, fp, ls, le - ls);
		else if (rc >= 0)
			push_event(m, line, fp, ls, le - ls);
		else if (rc != PCRE2_ERROR_NOMATCH)
			limit_hit(m, fp, line);
		ls = le + 1;
	}
}

/* One pattern over the block from offset start (a line start, whose
 * number is first_line): one event per matching line. */
static void run_pattern(lx_matcher *m, size_t fp, const char *buf, size_t len, size_t start,
                        uint64_t first_line, int grp)
{
	const pcre2_code *code = code_of(m, fp);
	size_t counted = start;
	uint64_t line = first_line;
	while (start < len && m->lim[fp] < LIMIT_MAX) {
		int rc = pcre2_match(code, (PCRE2_SPTR)buf, len, start, 0, m->md, m->mctx);
		PCRE2_SIZE *ov;
		size_t ls, le;
		const char *nl;
		if (rc < 0) {
			/* a limit hit somewhere after start: line by line from there */
			if (rc != PCRE2_ERROR_NOMATCH && m->lim[fp] < LIMIT_MAX)
				run_by_line(m, fp, buf, len, start,
				            line + lx_count_newlines(buf + counted,
				                                     start - counted),
				            grp);
			break;
		}
		ov = pcre2_get_ovector_pointer(m->md);
		ls = lx_line_start(buf, ov[0]);
		nl = memchr(buf + ov[0], '\n', len - ov[0]);
		le = nl ? (size_t)(nl - buf) : len;
		if (ov[1] > le) {
			/* The match ran across a line end (\s, [^x]...): patterns are
			 * defined on single lines, so try this line alone. */
			rc = pcre2_match(code, (PCRE2_SPTR)buf + ls, le - ls, 0, 0, m->md, m->mctx);
		}
		while (counted < ls) {
			const char *q = memchr(buf + counted, '\n', ls - counted);
			if (!q)
				break;
			line++;
			counted = (size_t)(q - buf) + 1;
		}
		if (rc < 0) {
			if (rc != PCRE2_ERROR_NOMATCH)
				limit_hit(m, fp, line);
			start = le + 1;
			continue;
		}
		if (grp)
			push_group(m, line, fp, ls, le - ls);
		else
			push_event(m, line, fp, ls, le - ls);
		start = le + 1;
	}
}

/* A prefilter occurrence: queue its line for its pattern. */
static void on_literal(void *ud, size_t fp, size_t end)
{
	lx_matcher *m = ud;
	const char *buf = m->scan_buf;
	size_t ls;
	if (fp >= m->n_pt) {
		if (m->det)
			lx_unrec_det_add(m->det, fp - m->n_pt, end);
		return;
	}
	if (!m->gact[fp] || m->from[fp] != SIZE_MAX)
		return;
	ls = lx_line_start(buf, end - 1);
	if (m->last_ls[fp] == ls + 1)
		return; /* this line is already queued */
	m->last_ls[fp] = ls + 1;
	if (m->cnt_off < ls) {
		m->cnt_line += lx_count_newlines(buf + m->cnt_off, ls - m->cnt_off);
		m->cnt_off = ls;
	}
	if (++m->n_cand[fp] > CAND_MAX && m->n_cand[fp] > m->blk_len / CAND_PER_BYTES) {
		/* a common literal: let PCRE2 scan the rest of the block */
		m->from[fp] = ls;
		m->from_line[fp] = m->cnt_line;
		return;
	}
	if (m->n_cd == m->cap_cd)
		lx_xgrow(&m->cd, &m->cap_cd, m->n_cd + 1, sizeof *m->cd);
	m->cd[m->n_cd].pat = fp;
	m->cd[m->n_cd].ls = ls;
	m->cd[m->n_cd].line = m->cnt_line;
	m->n_cd++;
}

static int u64_cmp(const void *a, const void *b)
{
	const uint64_t *x = a, *y = b;
	return *x < *y ? -1 : *x > *y;
}

/* An error-looking line of the block: reported unless a trigger matched
 * it. */
static void on_unrec(void *ud, size_t ls, size_t le)
{
	lx_matcher *m = ud;
	int src;
	/* lines are told apart by where they start: no line counting here */
	while (m->trig_at < m->n_trig && m->trig[m->trig_at] < ls)
		m->trig_at++;
	if (m->trig_at < m->n_trig && m->trig[m->trig_at] == ls)
		return;
	lx_unrecfile_line(m->uf, m->blk + ls, le - ls, lx_tscur_at(&m->tc, ls, &src));
}

/* A template of the file's unrecognised errors, handed on as a hit. */
static void on_template(void *ud, const char *tpl, size_t tpl_len, uint64_t count, int64_t first,
                        int64_t last, const char *ex, size_t ex_len)
{
	lx_matcher *m = ud;
	lx_hit h;
	memset(&h, 0, sizeof h);
	h.unrec = 1;
	h.count = count;
	h.ts = first;
	h.ts_last = last;
	h.ts_src = LX_TSS_LINE;
	h.ev[0].text = ex;
	h.ev[0].len = ex_len < LX_EVIDENCE_TEXT ? ex_len : LX_EVIDENCE_TEXT;
	h.ev[1].text = tpl;
	h.ev[1].len = tpl_len < LX_EVIDENCE_TEXT ? tpl_len : LX_EVIDENCE_TEXT;
	h.n_ev = 2;
	if (m->fn)
		m->fn(m->ud, &h);
}

/* The unrecognised-error pass over the block, once the triggers ran (the
 * first n events are theirs).  The lines a trigger matches do not depend
 * on where blocks end, so neither does what this reports. */
static void unrec_pass(lx_matcher *m, size_t n)
{
	size_t i;
	if (m->cap_trig < n)
		lx_xgrow(&m->trig, &m->cap_trig, n, sizeof *m->trig);
	for (i = 0; i < n; i++)
		m->trig[i] = m->ev[i].off; /* the start of its line */
	if (n > 1)
		qsort(m->trig, n, sizeof *m->trig, u64_cmp);
	m->n_trig = n;
	m->trig_at = 0;
	if (m->kw_in_pf && m->pf)
		lx_unrec_det_run(m->det, m->blk, m->blk_len, on_unrec, m);
	else
		lx_unrec_det_scan(m->det, m->blk, m->blk_len, on_unrec, m);
	/* lx_tscur_at moved the block's date cursor: back to its start */
	lx_tscur_rewind(&m->tc);
}

/* Whether the prefilter should learn again which byte pairs are rare in
 * this kind of text: at once, then after 2, 4 and 8 blocks and every
 * TUNE_EVERY (a first sample can be unlike the rest), and after twice
 * TUNE_MIN bytes, then 4, 8 and 16 times (thousands of small files would
 * otherwise re-tune every few milliseconds). */
static int tune_due(const lx_matcher *m)
{
	unsigned k = m->tunes < 4 ? m->tunes : 4;
	if (!m->blocks)
		return 1;
	return m->blocks >= (k < 4 ? (uint64_t)1 << k : TUNE_EVERY) &&
	       m->tune_bytes >= (uint64_t)TUNE_MIN << k;
}

/* PCRE2 on one candidate line. */
static void run_line(lx_matcher *m, const cand *c, const char *buf, size_t len)
{
	const char *nl = memchr(buf + c->ls, '\n', len - c->ls);
	size_t le = nl ? (size_t)(nl - buf) : len;
	int rc;
	if (m->lim[c->pat] >= LIMIT_MAX ||
	    !lx_prefilter_check(m->pf, c->pat, buf + c->ls, le - c->ls))
		return; /* given up, or a literal the pattern needs is missing */
	rc = pcre2_match(code_of(m, c->pat), (PCRE2_SPTR)buf + c->ls, le - c->ls, 0, 0, m->md,
	                 m->mctx);
	if (rc >= 0)
		push_group(m, c->line, c->pat, c->ls, le - c->ls);
	else if (rc != PCRE2_ERROR_NOMATCH)
		limit_hit(m, c->pat, c->line);
}

/* Non-trigger pattern fp over buf[from..to): when an identical pattern
 * already ran over the same lines of this block, its events are copied. */
static void run_window(lx_matcher *m, size_t fp, const char *buf, size_t from, size_t to,
                       uint64_t first_line)
{
	size_t e;
	struct wcache *c = &m->wc[m->lead[fp]];
	if (m->lead[fp] != fp && c->feed == m->feeds && c->from == from && c->to == to) {
		for (e = c->e0; e < c->e1; e++) {
			event v = m->ev[e];
			push_event(m, v.line, fp, v.off, v.len);
		}
		return;
	}
	c->feed = m->feeds;
	c->from = from;
	c->to = to;
	c->e0 = m->n_ev;
	/* its literals are looked for in the window first: most windows lack
	 * one (a look-around's text is never one, so the window holds all a
	 * match needs) */
	if (!m->pf || lx_prefilter_may_match(m->pf, fp, buf + from, to - from))
		run_pattern(m, fp, buf, to, from, first_line, 0);
	c->e1 = m->n_ev;
}

/* Runs the non-trigger patterns of signature si over the lines within
 * reach of a trigger (match_win.h). */
static void run_windows(lx_matcher *m, size_t si, const char *buf, size_t len, uint64_t first_line,
                        uint64_t last_line)
{
	const lx_signature *s = &m->db->sig[si];
	lx_win w[LX_WIN_MAX];
	size_t nw, j, k;
	nw = lx_win_ranges(buf, len, first_line, last_line, m->reach[si], m->pend_upto[si],
	                   m->an ? m->an + m->an_first[si] : NULL, m->an_n[si], w);
	for (j = 0; j < nw; j++)
		for (k = 0; k < s->n_pat; k++) {
			size_t fp = m->first_pt[si] + k;
			if (!m->pt[fp].trigger && m->pt[fp].code)
				run_window(m, fp, buf, w[j].from, w[j].to, w[j].first_line);
		}
}

/* Matches a region of complete lines (a block, or with context a part of
 * one: context.h). */
static void match_region(lx_matcher *m, const char *buf, size_t len, uint64_t first_line)
{
	size_t i, k, n_anchor_ev;
	uint64_t last_line = first_line - 1;
	int any_lit = 0;
	if (!len)
		return;
	decide_due(m, first_line);
	m->blk = buf;
	m->blk_len = len;
	lx_tscur_block(&m->tc, buf, len);
	m->n_ev = 0;
	m->n_cd = 0;
	m->feeds++;
	for (i = 0; i < m->n_glist; i++) {
		size_t fp = m->glist[i];
		if (m->pf && lx_prefilter_has(m->pf, fp)) {
			any_lit = 1;
			m->last_ls[fp] = 0;
			m->n_cand[fp] = 0;
			m->from[fp] = SIZE_MAX;
		} else if (m->pt[fp].trigger) {
			run_pattern(m, fp, buf, len, 0, first_line, 1);
		}
	}
	if (m->det && m->kw_in_pf && m->pf)
		any_lit = 1; /* the unrecognised errors' keywords */
	if (any_lit && tune_due(m)) {
		lx_prefilter_sample(m->pf, buf, len < TUNE_SAMPLE ? len : TUNE_SAMPLE);
		lx_prefilter_tune(m->pf);
		m->blocks = 0;
		m->tune_bytes = 0;
		m->tunes++;
	}
	if (any_lit) {
		m->blocks++;
		m->tune_bytes += len;
		m->cnt_off = 0;
		m->cnt_line = first_line;
		m->scan_buf = buf;
		lx_prefilter_scan(m->pf, buf, len, on_literal, m);
		/* the scan counted lines up to its last candidate: the rest */
		last_line = m->cnt_line - 1 + lx_count_newlines(buf + m->cnt_off, len - m->cnt_off);
	} else {
		last_line += lx_count_newlines(buf, len);
	}
	/* 1. triggers: they decide where the other patterns are needed */
	for (i = 0; i < m->n_cd; i++) {
		const cand *c = &m->cd[i];
		if (m->pt[c->pat].trigger &&
		    (m->from[c->pat] == SIZE_MAX || c->ls < m->from[c->pat]))
			run_line(m, c, buf, len);
	}
	for (i = 0; any_lit && i < m->n_glist; i++) {
		size_t fp = m->glist[i];
		if (m->pt[fp].trigger && lx_prefilter_has(m->pf, fp) && m->from[fp] != SIZE_MAX)
			run_pattern(m, fp, buf, len, m->from[fp], m->from_line[fp], 1);
	}
	n_anchor_ev = m->n_ev;
	if (m->det)
		unrec_pass(m, n_anchor_ev);
	/* anchor lines per signature, sorted */
	if (m->cap_an < n_anchor_ev)
		lx_xgrow(&m->an, &m->cap_an, n_anchor_ev, sizeof *m->an);
	for (i = 0; i < n_anchor_ev; i++) {
		m->an[i].sig = m->pt[m->ev[i].pat].sig;
		m->an[i].line = m->ev[i].line;
		m->an[i].off = m->ev[i].off;
	}
	if (n_anchor_ev > 1)
		qsort(m->an, n_anchor_ev, sizeof *m->an, lx_anchor_cmp);
	for (i = 0; i < m->db->n; i++) {
		sigstate *st = &m->ss[i];
		unsigned w = m->db->sig[i].within;
		m->an_n[i] = 0;
		m->pend_upto[i] = m->trig_upto[i];
		if (st->n &&
		    st->ring[(st->head + st->n - 1) % PENDING_MAX].line + w > m->pend_upto[i])
			m->pend_upto[i] = st->ring[(st->head + st->n - 1) % PENDING_MAX].line + w;
	}
	for (i = 0; i < n_anchor_ev; i = k) {
		size_t si = m->an[i].sig;
		for (k = i; k < n_anchor_ev && m->an[k].sig == si; k++)
			;
		m->an_first[si] = i;
		m->an_n[si] = k - i;
		m->trig_upto[si] = m->an[k - 1].line + m->reach[si];
	}
	/* 2. the other patterns, only where a window can see them */
	for (i = 0; i < m->db->n; i++)
		if (m->active[i] && m->db->sig[i].n_pat > 1)
			run_windows(m, i, buf, len, first_line, last_line);
	if (m->n_ev > 1)
		qsort(m->ev, m->n_ev, sizeof *m->ev, ev_cmp);
	for (i = 0; i < m->n_ev; i++) {
		decide_due(m, m->ev[i].line);
		apply(m, &m->ev[i]);
	}
	/* with context, every window that ends before the region's last line
	 * is decided now, as the next region would (no event of it can fall
	 * in such a window): what is still pending then starts at most
	 * `within` lines back, which bounds the lines the context keeps */
	if (m->cx)
		decide_due(m, last_line);
	if (last_line > m->lines)
		m->lines = last_line;
	lx_tscur_end(&m->tc);
	m->blk = NULL;
}

static void region(void *ud, const char *buf, size_t len, uint64_t first_line)
{
	match_region(ud, buf, len, first_line);
}

void lx_matcher_feed(lx_matcher *m, const char *buf, size_t len, uint64_t first_line)
{
	if (m->cx)
		lx_ctx_feed(m->cx, buf, len, first_line, region, m);
	else
		match_region(m, buf, len, first_line);
}

uint64_t lx_matcher_lines(const lx_matcher *m)
{
	return m->lines;
}

void lx_matcher_end(lx_matcher *m)
{
	if (m->cx)
		lx_ctx_finish(m->cx, region, m);
	decide_due(m, UINT64_MAX);
	if (m->uf)
		lx_unrecfile_flush(m->uf, on_template, m);
}
