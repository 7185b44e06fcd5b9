/* match.c - signature matching over blocks of lines.  See match.h. */
#include "match.h"

#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "context.h"
#include "pattern_int.h"
#include "prefilter.h"
#include "timestamp.h"
#include "unrec.h"
#include "util.h"

#define PENDING_MAX 256 /* anchors waiting for their look-ahead, per signature */
#define TS_BACK_LINES 256
#define RECORD_LINES 64        /* lines of a record searched for its time */
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

typedef struct flatpat {
	size_t sig;    /* signature index */
	size_t idx;    /* pattern index within the signature */
	int anchor;    /* whether a match here starts a window */
	int trigger;   /* whether it is looked for everywhere (see below) */
	int keep_text; /* whether its last line is kept as evidence */
	int ready;     /* lx_pattern_ready() done for it (by this matcher) */
	const pcre2_code *code;
	const lx_pattern *src;
} flatpat;

typedef struct pend {
	uint64_t line;
	int64_t ts;
	int ts_src;
	lx_buf text;
} pend;

typedef struct sigstate {
	uint64_t *last; /* per pattern: last line matched, 0 = never */
	lx_buf *text;   /* per pattern: that line's text, when kept */
	pend *ring;     /* PENDING_MAX, allocated at the first anchor */
	size_t head, n; /* pending anchors, oldest at head */
	uint64_t last_anchor;
} sigstate;

typedef struct cand {
	size_t pat, ls;
	uint64_t line;
} cand;

typedef struct event {
	uint64_t line;
	size_t pat; /* flat pattern index */
	size_t off, len;
} event;

struct lx_matcher {
	const lx_sigdb *db;
	pcre2_match_data *md;
	pcre2_match_context *mctx;
	pcre2_jit_stack *js;
	flatpat *pt;
	size_t n_pt;
	size_t *first_pt; /* per signature: its first flat pattern */
	sigstate *ss;
	unsigned char *active;
	size_t *act; /* active flat patterns */
	size_t n_act;
	size_t n_pending;  /* anchors pending over all signatures */
	uint64_t next_due; /* smallest line + within of a pending anchor */
	event *ev;
	size_t n_ev, cap_ev;
	/* prefilter */
	lx_prefilter *pf;
	uint64_t blocks;       /* blocks since pf was tuned (0: never tuned) */
	uint64_t tune_bytes;   /* bytes since pf was tuned */
	unsigned char *is_act; /* per flat pattern: active in this file */
	size_t *last_ls;       /* per flat pattern: last candidate line start + 1 */
	size_t *n_cand;        /* per flat pattern: candidates in this block */
	size_t *from;          /* per flat pattern: run from here (SIZE_MAX: no) */
	uint64_t *from_line;
	cand *cd;
	size_t n_cd, cap_cd;
	size_t cnt_off; /* newline counting cursor of the scan */
	uint64_t cnt_line;
	const char *scan_buf;
	/* identical patterns (the same source and role) run once: the group
	 * leader runs, and its events go to every active member */
	size_t *lead;        /* per flat pattern: its group's leader */
	size_t *next_mem;    /* per flat pattern: next member, SIZE_MAX: none */
	unsigned char *gact; /* per leader: some member is active */
	size_t *glist;       /* leaders with an active member */
	size_t n_glist;
	uint64_t feeds; /* blocks fed, for the window cache */
	struct wcache {
		uint64_t feed;   /* block of the leader's last window run */
		size_t from, to; /* its range */
		size_t e0, e1;   /* its events */
	} * wc;                  /* per leader */
	uint64_t scan_first;
	/* where the non-anchor patterns are needed, per block */
	uint64_t *an; /* (signature, anchor line, offset), sorted */
	size_t cap_an;
	size_t *an_first, *an_n; /* per signature: its run in an[] */
	uint64_t *pend_upto;     /* per signature: end of its pending windows */
	uint64_t *trig_upto;     /* per signature: last trigger line + reach */
	unsigned *reach;         /* per signature: how far from a trigger to look */
	lx_hit_fn fn;
	void *ud;
	unsigned *lim; /* per flat pattern: lines it hit a limit on */
	/* timestamps */
	lx_tsctx tsc;
	int64_t date_base; /* last full stamp before the current block */
	int64_t last_ts;   /* last stamp before the current block */
	const char *blk;
	size_t blk_len;
	size_t cur_off; /* forward cursor for the date base in this block */
	int64_t cur_base;
	struct ckpt {
		size_t off;   /* a line start */
		int64_t base; /* the date base there */
	} * ck;               /* ck[k]: the cursor at the first line start at or
	                    * after k << CK_SHIFT the cursor reached */
	size_t n_ck, cap_ck;
	int mtime_fallback; /* lx_matcher_mtime_fallback() */
	/* unrecognised errors (lx_matcher_unrec) */
	lx_unrec_det *det;
	size_t n_kw;    /* its keywords, patterns n_pt.. of pf */
	int kw_in_pf;   /* pf scans for them (else det scans alone) */
	uint64_t *trig; /* starts of the lines a trigger matched in this
	                         * block, sorted */
	size_t n_trig, cap_trig, trig_at;
	/* context lines (lx_matcher_context), and the hit's copies of them */
	lx_ctx *cx;
	lx_buf cxb[LX_EVIDENCE_MAX], cxa[LX_EVIDENCE_MAX];
	uint64_t lines; /* the last line matched in this file */
};

/* Each signature is looked for through its most selective required
 * pattern, its trigger: the `all` pattern with the best literals (every
 * hit needs it within `within` lines of the anchor), or its `any`
 * patterns when it has no `all`.  The other patterns then only run within
 * reach of a trigger: `within` lines when the trigger is the anchor,
 * twice that otherwise. */
static void choose_triggers(lx_matcher *m, const lx_prefilter *all)
{
	size_t i, j;
	for (i = 0; i < m->db->n; i++) {
		const lx_signature *s = &m->db->sig[i];
		size_t first = m->first_pt[i], best = SIZE_MAX;
		int bq = -1;
		for (j = 0; j < s->n_pat; j++) {
			const flatpat *f = &m->pt[first + j];
			int q;
			if (s->n_all ? s->pat[j].cond != LX_COND_ALL : !f->anchor)
				continue;
			if (!s->n_all) {
				m->pt[first + j].trigger = 1;
				continue;
			}
			/* the anchor wins ties: its reach is shorter */
			q = lx_prefilter_quality(all, first + j) * 2 + f->anchor;
			if (q > bq) {
				bq = q;
				best = j;
			}
		}
		if (best != SIZE_MAX)
			m->pt[first + best].trigger = 1;
		m->reach[i] = s->within;
		if (best != SIZE_MAX && !m->pt[first + best].anchor)
			m->reach[i] = 2 * s->within;
	}
}

/* Groups identical patterns: the same source, both triggers or both not
 * (signature packs often repeat a pattern, and a generated pack may repeat
 * them all). */
static void group(lx_matcher *m, const char *const *src)
{
	size_t cap = 16, i, k;
	size_t *tab, *tail;
	while (cap < 2 * m->n_pt)
		cap *= 2;
	tab = lx_xcalloc(cap, sizeof *tab); /* flat pattern + 1, 0: empty */
	tail = lx_xcalloc(m->n_pt + 1, sizeof *tail);
	for (k = 0; k < m->n_pt; k++) {
		m->lead[k] = k;
		m->next_mem[k] = SIZE_MAX;
		tail[k] = k;
		if (!m->pt[k].code)
			continue;
		for (i = (lx_str_hash(src[k]) ^ (uint64_t)m->pt[k].trigger) & (cap - 1); tab[i];
		     i = (i + 1) & (cap - 1)) {
			size_t g = tab[i] - 1;
			if (m->pt[g].trigger == m->pt[k].trigger && !strcmp(src[g], src[k])) {
				m->lead[k] = g;
				m->next_mem[tail[g]] = k;
				tail[g] = k;
				break;
			}
		}
		if (!tab[i])
			tab[i] = k + 1;
	}
	free(tab);
	free(tail);
}

lx_matcher *lx_matcher_new(const lx_sigdb *db)
{
	lx_matcher *m = lx_xcalloc(1, sizeof *m);
	size_t i, j, k = 0;
	m->db = db;
	m->md = pcre2_match_data_create(8, NULL);
	m->mctx = pcre2_match_context_create(NULL);
	m->js = pcre2_jit_stack_create(32 * 1024, 1024 * 1024, NULL);
	if (!m->md || !m->mctx) {
		lx_matcher_free(m);
		return NULL;
	}
	/* A pathological pattern on a hostile line must fail, not hang. */
	pcre2_set_match_limit(m->mctx, 5000000);
	pcre2_set_depth_limit(m->mctx, 10000);
	pcre2_set_heap_limit(m->mctx, 20 * 1024);
	if (m->js)
		pcre2_jit_stack_assign(m->mctx, NULL, m->js);
	for (i = 0; i < db->n; i++)
		m->n_pt += db->sig[i].n_pat;
	m->pt = lx_xcalloc(m->n_pt ? m->n_pt : 1, sizeof *m->pt);
	m->first_pt = lx_xcalloc(db->n ? db->n : 1, sizeof *m->first_pt);
	m->ss = lx_xcalloc(db->n ? db->n : 1, sizeof *m->ss);
	m->active = lx_xcalloc(db->n ? db->n : 1, 1);
	m->act = lx_xcalloc(m->n_pt ? m->n_pt : 1, sizeof *m->act);
	m->lim = lx_xcalloc(m->n_pt ? m->n_pt : 1, sizeof *m->lim);
	m->is_act = lx_xcalloc(m->n_pt + 1, 1);
	m->last_ls = lx_xcalloc(m->n_pt + 1, sizeof *m->last_ls);
	m->n_cand = lx_xcalloc(m->n_pt + 1, sizeof *m->n_cand);
	m->from = lx_xcalloc(m->n_pt + 1, sizeof *m->from);
	m->from_line = lx_xcalloc(m->n_pt + 1, sizeof *m->from_line);
	m->an_first = lx_xcalloc(db->n + 1, sizeof *m->an_first);
	m->an_n = lx_xcalloc(db->n + 1, sizeof *m->an_n);
	m->pend_upto = lx_xcalloc(db->n + 1, sizeof *m->pend_upto);
	m->trig_upto = lx_xcalloc(db->n + 1, sizeof *m->trig_upto);
	m->reach = lx_xcalloc(db->n + 1, sizeof *m->reach);
	m->lead = lx_xcalloc(m->n_pt + 1, sizeof *m->lead);
	m->next_mem = lx_xcalloc(m->n_pt + 1, sizeof *m->next_mem);
	m->gact = lx_xcalloc(m->n_pt + 1, 1);
	m->glist = lx_xcalloc(m->n_pt + 1, sizeof *m->glist);
	m->wc = lx_xcalloc(m->n_pt + 1, sizeof *m->wc);
	for (i = 0; i < db->n; i++) {
		const lx_signature *s = &db->sig[i];
		size_t first_all = (size_t)-1;
		m->first_pt[i] = k;
		m->ss[i].last = lx_xcalloc(s->n_pat ? s->n_pat : 1, sizeof *m->ss[i].last);
		m->ss[i].text = lx_xcalloc(s->n_pat ? s->n_pat : 1, sizeof *m->ss[i].text);
		for (j = 0; j < s->n_pat; j++)
			if (s->pat[j].cond == LX_COND_ALL) {
				first_all = j;
				break;
			}
		for (j = 0; j < s->n_pat; j++, k++) {
			flatpat *f = &m->pt[k];
			f->sig = i;
			f->idx = j;
			f->code = lx_pattern_code(&s->pat[j]);
			f->src = &s->pat[j];
			if (first_all != (size_t)-1)
				f->anchor = j == first_all;
			else
				f->anchor = s->pat[j].cond == LX_COND_ANY;
			f->keep_text = !f->anchor && s->pat[j].cond != LX_COND_UNLESS;
		}
	}
	{
		/* the unrecognised errors' keywords come last: one scan finds
		 * both (lx_matcher_unrec() drops them when not wanted) */
		size_t n_kw = lx_unrec_keywords(NULL, 0);
		const char **src = lx_xcalloc(m->n_pt + n_kw + 1, sizeof *src);
		unsigned char *keep;
		lx_prefilter *all;
		for (k = 0; k < m->n_pt; k++)
			src[k] = db->sig[m->pt[k].sig].pat[m->pt[k].idx].src;
		m->n_kw = lx_unrec_keywords(src + m->n_pt, n_kw);
		m->kw_in_pf = 1;
		all = lx_prefilter_new(src, m->n_pt + m->n_kw);
		choose_triggers(m, all);
		group(m, src);
		free(src);
		/* only triggers are looked for everywhere (a group's leader for
		 * the group); the other patterns run on the few lines around them
		 * (see lx_matcher_feed) */
		keep = lx_xcalloc(m->n_pt + m->n_kw + 1, 1);
		for (k = 0; k < m->n_pt; k++)
			keep[k] = m->pt[k].trigger && m->lead[k] == k;
		for (; k < m->n_pt + m->n_kw; k++)
			keep[k] = 1;
		lx_prefilter_keep(all, keep);
		free(keep);
		/* LOGDX_NO_PREFILTER: every trigger runs on every whole block; the
		 * results must be the same (tests/prefilter.sh compares them) */
		if (lx_env_flag("LOGDX_NO_PREFILTER")) {
			lx_prefilter_free(all);
			all = NULL;
		}
		m->pf = all;
	}
	return m;
}

void lx_matcher_free(lx_matcher *m)
{
	size_t i, j;
	if (!m)
		return;
	for (i = 0; m->ss && i < m->db->n; i++) {
		for (j = 0; j < m->db->sig[i].n_pat; j++)
			lx_buf_free(&m->ss[i].text[j]);
		for (j = 0; m->ss[i].ring && j < PENDING_MAX; j++)
			lx_buf_free(&m->ss[i].ring[j].text);
		free(m->ss[i].ring);
		free(m->ss[i].last);
		free(m->ss[i].text);
	}
	free(m->ss);
	free(m->pt);
	free(m->first_pt);
	free(m->active);
	free(m->act);
	free(m->lim);
	free(m->ev);
	free(m->is_act);
	free(m->last_ls);
	free(m->n_cand);
	free(m->from);
	free(m->from_line);
	free(m->cd);
	free(m->an);
	free(m->an_first);
	free(m->an_n);
	free(m->pend_upto);
	free(m->trig_upto);
	free(m->reach);
	free(m->lead);
	free(m->next_mem);
	free(m->gact);
	free(m->glist);
	free(m->wc);
	lx_prefilter_free(m->pf);
	lx_unrec_det_free(m->det);
	lx_ctx_free(m->cx);
	for (i = 0; i < LX_EVIDENCE_MAX; i++) {
		lx_buf_free(&m->cxb[i]);
		lx_buf_free(&m->cxa[i]);
	}
	free(m->trig);
	free(m->ck);
	if (m->md)
		pcre2_match_data_free(m->md);
	if (m->mctx)
		pcre2_match_context_free(m->mctx);
	if (m->js)
		pcre2_jit_stack_free(m->js);
	free(m);
}

static void reset_state(lx_matcher *m)
{
	size_t i;
	for (i = 0; i < m->db->n; i++) {
		sigstate *s = &m->ss[i];
		memset(s->last, 0, m->db->sig[i].n_pat * sizeof *s->last);
		s->head = s->n = 0;
		s->last_anchor = 0;
	}
	m->n_pending = 0;
	m->next_due = UINT64_MAX;
	memset(m->trig_upto, 0, m->db->n * sizeof *m->trig_upto);
}

static void activate(lx_matcher *m)
{
	size_t i, k;
	m->n_act = 0;
	memset(m->is_act, 0, m->n_pt);
	for (i = 0; i < m->db->n; i++) {
		if (!m->active[i])
			continue;
		for (k = 0; k < m->db->sig[i].n_pat; k++)
			if (m->pt[m->first_pt[i] + k].code) {
				m->act[m->n_act++] = m->first_pt[i] + k;
				m->is_act[m->first_pt[i] + k] = 1;
			}
	}
	memset(m->gact, 0, m->n_pt);
	m->n_glist = 0;
	for (i = 0; i < m->n_act; i++) {
		size_t g = m->lead[m->act[i]];
		if (!m->gact[g]) {
			m->gact[g] = 1;
			m->glist[m->n_glist++] = g;
		}
	}
}

int lx_matcher_begin(lx_matcher *m, const char *member, int64_t mtime_epoch, lx_hit_fn fn, void *ud)
{
	size_t i;
	int any = 0;
	for (i = 0; i < m->db->n; i++) {
		m->active[i] = (unsigned char)lx_signature_wants(&m->db->sig[i], member);
		any |= m->active[i];
	}
	if (!any)
		return 0;
	activate(m);
	reset_state(m);
	memset(m->lim, 0, (m->n_pt ? m->n_pt : 1) * sizeof *m->lim);
	m->fn = fn;
	m->ud = ud;
	m->lines = 0;
	if (m->cx)
		lx_ctx_reset(m->cx);
	lx_tsctx_init(&m->tsc, mtime_epoch);
	lx_tsctx_name(&m->tsc, member);
	m->mtime_fallback = 0;
	m->date_base = LX_TS_NONE;
	m->last_ts = LX_TS_NONE;
	return 1;
}

void lx_matcher_mtime_fallback(lx_matcher *m, int on)
{
	m->mtime_fallback = on;
}

void lx_matcher_context(lx_matcher *m, unsigned before, unsigned after, size_t max_line)
{
	lx_ctx_free(m->cx);
	m->cx = NULL;
	/* a window pending at the end of a region reaches back `within`
	 * lines, its evidence `within` more, their context `before` more */
	if (before || after)
		m->cx = lx_ctx_new(before, after, 2 * (size_t)m->db->max_within + before + 1,
		                   max_line);
}

void lx_matcher_unrec(lx_matcher *m, int on)
{
	if (on && !m->det)
		m->det = lx_unrec_det_new();
	else if (!on) {
		lx_unrec_det_free(m->det);
		m->det = NULL;
	}
	if (!on && m->kw_in_pf && m->pf) {
		/* the keywords leave the scan for good; a later "on" scans for
		 * them with the detector's own prefilter */
		unsigned char *keep = lx_xcalloc(m->n_pt + m->n_kw + 1, 1);
		memset(keep, 1, m->n_pt);
		lx_prefilter_keep(m->pf, keep);
		free(keep);
	}
	if (!on)
		m->kw_in_pf = 0;
}

/* ---- timestamps ---------------------------------------------------- */

#define CK_SHIFT 12 /* the date cursor's checkpoints: one per 4 KiB */

static size_t line_start(const char *b, size_t off)
{
	const char *p;
	if (off == 0)
		return 0;
	p = memrchr(b, '\n', off);
	return p ? (size_t)(p - b) + 1 : 0;
}

/* Moves the block's forward cursor to off, remembering full stamps.  The
 * unrecognised-error pass and the anchors each walk the block from its
 * start: the places the cursor passed (every 4 KiB) let a walk start from
 * the nearest one instead of parsing every line again. */
static void advance_base(lx_matcher *m, size_t off)
{
	if (m->n_ck) {
		size_t k = off >> CK_SHIFT;
		if (k >= m->n_ck)
			k = m->n_ck - 1;
		while (k && m->ck[k].off > off)
			k--;
		if (m->ck[k].off <= off && (m->ck[k].off > m->cur_off || off < m->cur_off)) {
			m->cur_off = m->ck[k].off;
			m->cur_base = m->ck[k].base;
		}
	} else if (!m->cur_off) {
		if (!m->cap_ck)
			lx_xgrow(&m->ck, &m->cap_ck, 1, sizeof *m->ck);
		m->ck[0].off = 0;
		m->ck[0].base = m->cur_base;
		m->n_ck = 1;
	}
	while (m->cur_off < off) {
		const char *s = m->blk + m->cur_off;
		const char *nl = memchr(s, '\n', m->blk_len - m->cur_off);
		size_t n = nl ? (size_t)(nl - s) : m->blk_len - m->cur_off;
		lx_tm tm;
		if (lx_ts_full(s, n, &tm))
			m->cur_base = lx_ts_resolve(&m->tsc, LX_TS_NONE, LX_TSK_FULL, &tm);
		m->cur_off += n + 1;
		/* a checkpoint for each 4 KiB the cursor entered first */
		while (m->n_ck && m->n_ck <= m->cur_off >> CK_SHIFT && m->cur_off < m->blk_len) {
			if (m->n_ck == m->cap_ck)
				lx_xgrow(&m->ck, &m->cap_ck, m->n_ck + 1, sizeof *m->ck);
			m->ck[m->n_ck].off = m->cur_off;
			m->ck[m->n_ck].base = m->cur_base;
			m->n_ck++;
		}
	}
}

/* The time of a record's line ("Start time:", "First Seen At :") in the
 * paragraph of the current block around offset off: after it first (a
 * portal error ends with its time), then before it.  LX_TS_NONE if none. */
static int64_t record_ts(const lx_matcher *m, size_t off)
{
	size_t ls = line_start(m->blk, off), p = ls;
	int dir, k;
	for (dir = 0; dir < 2; dir++) {
		p = ls;
		for (k = 0; k < RECORD_LINES; k++) {
			const char *s = m->blk + p;
			const char *nl = memchr(s, '\n', m->blk_len - p);
			size_t n = nl ? (size_t)(nl - s) : m->blk_len - p;
			int64_t t;
			while (n && (s[n - 1] == '\r' || s[n - 1] == ' '))
				n--;
			if (k && !n)
				break; /* a blank line ends the record */
			if (lx_ts_record(s, n, &t))
				return t;
			if (dir == 0) {
				if (!nl || (size_t)(nl - m->blk) + 1 >= m->blk_len)
					break;
				p = (size_t)(nl - m->blk) + 1;
			} else {
				if (p == 0)
					break;
				p = line_start(m->blk, p - 1);
			}
		}
	}
	return LX_TS_NONE;
}

/* The time of the line at offset off of the current block: the stamp of
 * the nearest stamped line at or before it; else the record's time, the
 * file's last full stamp before it (its session header), the date in its
 * name, its mtime (*src says which). */
static int64_t ts_at(lx_matcher *m, size_t off, int *src)
{
	size_t ls = line_start(m->blk, off);
	int back;
	int64_t t;
	*src = LX_TSS_LINE;
	for (back = 0; back < TS_BACK_LINES; back++) {
		const char *s = m->blk + ls;
		const char *nl = memchr(s, '\n', m->blk_len - ls);
		size_t n = nl ? (size_t)(nl - s) : m->blk_len - ls;
		lx_tm tm;
		lx_ts_kind k = lx_ts_parse(s, n, &tm);
		if (k == LX_TSK_FULL)
			return lx_ts_resolve(&m->tsc, LX_TS_NONE, k, &tm);
		if (k != LX_TSK_NONE) {
			advance_base(m, ls);
			t = lx_ts_resolve(&m->tsc, m->cur_base, k, &tm);
			if (t != LX_TS_NONE)
				return t;
			break;
		}
		if (ls == 0) {
			if (m->last_ts != LX_TS_NONE)
				return m->last_ts;
			break;
		}
		ls = line_start(m->blk, ls - 1);
	}
	*src = LX_TSS_RECORD;
	if ((t = record_ts(m, off)) != LX_TS_NONE)
		return t;
	*src = LX_TSS_FILE_HEADER;
	advance_base(m, line_start(m->blk, off));
	if (m->cur_base != LX_TS_NONE)
		return m->cur_base;
	*src = LX_TSS_FILE_NAME;
	if (m->tsc.name_ts != LX_TS_NONE)
		return m->tsc.name_ts;
	*src = LX_TSS_MTIME;
	if (m->mtime_fallback && m->tsc.mtime != LX_TS_NONE)
		return m->tsc.mtime;
	*src = LX_TSS_NONE;
	return LX_TS_NONE;
}

/* At the end of a block: the last full stamp and the last stamp. */
static void block_end_ts(lx_matcher *m)
{
	size_t end = m->blk_len, ls;
	int64_t last = LX_TS_NONE;
	int found_last = 0;
	if (end == 0)
		return;
	end--; /* the final '\n' */
	for (;;) {
		lx_tm tm;
		lx_ts_kind k;
		ls = line_start(m->blk, end);
		k = lx_ts_parse(m->blk + ls, end - ls, &tm);
		if (k == LX_TSK_FULL) {
			m->date_base = lx_ts_resolve(&m->tsc, LX_TS_NONE, k, &tm);
			if (!found_last)
				last = m->date_base;
			found_last = 1;
			break;
		}
		if (k != LX_TSK_NONE && !found_last) {
			/* its time needs the base before it: resolve below */
			advance_base(m, ls);
			last = lx_ts_resolve(&m->tsc, m->cur_base, k, &tm);
			found_last = 1;
		}
		if (ls == 0)
			break;
		end = ls - 1;
	}
	if (found_last)
		m->last_ts = last;
}

/* ---- windows ------------------------------------------------------- */

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
		a->ts = ts_at(m, e->off, &a->ts_src);
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

static size_t count_newlines(const char *buf, size_t len);

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
				            line + count_newlines(buf + counted, start - counted),
				            grp);
			break;
		}
		ov = pcre2_get_ovector_pointer(m->md);
		ls = line_start(buf, ov[0]);
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

/* Number of '\n' bytes in buf[0..len): sixteen bytes at a time with SSE2
 * (byte counters summed every 255 rounds), else eight at a time. */
static size_t count_newlines(const char *buf, size_t len)
{
	const uint64_t lo7 = 0x7f7f7f7f7f7f7f7fULL, nl = 0x0a0a0a0a0a0a0a0aULL;
	size_t i = 0, n = 0;
#ifdef __SSE2__
	const __m128i vnl = _mm_set1_epi8('\n'), zero = _mm_setzero_si128();
	while (i + 16 <= len) {
		__m128i acc = zero, sum;
		size_t r;
		for (r = 0; r < 255 && i + 16 <= len; r++, i += 16)
			acc = _mm_sub_epi8(
				acc,
				_mm_cmpeq_epi8(_mm_loadu_si128(
						       (const __m128i *)(const void *)(buf + i)),
			                       vnl));
		sum = _mm_sad_epu8(acc, zero);
		n += (size_t)_mm_cvtsi128_si32(sum) + (size_t)_mm_extract_epi16(sum, 4);
	}
#endif
	for (; i + 8 <= len; i += 8) {
		uint64_t w, x, t;
		memcpy(&w, buf + i, 8);
		x = w ^ nl;                /* a zero byte where buf has '\n' */
		t = ((x & lo7) + lo7) | x; /* high bit set in every non-zero byte */
		/* one bit per '\n' byte, moved to bit 0 of its byte, then summed */
		n += (size_t)((((~t & ~lo7) >> 7) * 0x0101010101010101ULL) >> 56);
	}
	for (; i < len; i++)
		n += buf[i] == '\n';
	return n;
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
	ls = line_start(buf, end - 1);
	if (m->last_ls[fp] == ls + 1)
		return; /* this line is already queued */
	m->last_ls[fp] = ls + 1;
	if (m->cnt_off < ls) {
		m->cnt_line += count_newlines(buf + m->cnt_off, ls - m->cnt_off);
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
	lx_hit h;
	/* lines are told apart by where they start: no line counting here */
	while (m->trig_at < m->n_trig && m->trig[m->trig_at] < ls)
		m->trig_at++;
	if (m->trig_at < m->n_trig && m->trig[m->trig_at] == ls)
		return;
	memset(&h, 0, sizeof h);
	h.unrec = 1;
	h.ts = ts_at(m, ls, &h.ts_src);
	h.ev[0].text = m->blk + ls;
	h.ev[0].len = le - ls < LX_EVIDENCE_TEXT ? le - ls : LX_EVIDENCE_TEXT;
	h.n_ev = 1;
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
	/* ts_at moved the block's date cursor: back to the block start */
	m->cur_off = 0;
	m->cur_base = m->date_base;
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

/* The offset and number of the first of the last n lines of the block
 * (the whole block when it is shorter). */
static void tail_of(const char *buf, size_t len, unsigned n, uint64_t last_line, size_t *off,
                    uint64_t *line, uint64_t first_line)
{
	size_t end = len - 1; /* the final '\n' */
	unsigned k;
	for (k = 0; k < n; k++) {
		const char *nl = end ? memrchr(buf, '\n', end) : NULL;
		if (!nl) {
			*off = 0;
			*line = first_line;
			return;
		}
		end = (size_t)(nl - buf);
	}
	*off = end + 1;
	*line = last_line - n + 1;
}

static int an_cmp(const void *a, const void *b)
{
	const uint64_t *x = a, *y = b;
	if (x[0] != y[0])
		return x[0] < y[0] ? -1 : 1;
	return x[1] < y[1] ? -1 : x[1] > y[1];
}

/* The offset of line `want` of the block, walking from a line start at
 * `off` whose number is `line` (want is clamped to the block). */
static size_t line_off(const char *buf, size_t len, size_t off, uint64_t line, uint64_t want)
{
	while (line < want) {
		const char *nl = memchr(buf + off, '\n', len - off);
		if (!nl || (size_t)(nl - buf) + 1 >= len)
			break;
		off = (size_t)(nl - buf) + 1;
		line++;
	}
	while (line > want && off > 0) {
		off = line_start(buf, off - 1);
		line--;
	}
	return off;
}

typedef struct span {
	uint64_t lo, hi;         /* lines */
	size_t lo_off, hi_off;   /* a known line start near each end ... */
	uint64_t lo_ref, hi_ref; /* ... and its line number */
} span;

static void add_span(span *sp, size_t *n, size_t max, uint64_t lo, uint64_t hi, size_t off,
                     uint64_t ref)
{
	if (*n && lo <= sp[*n - 1].hi + 1) {
		if (hi > sp[*n - 1].hi) {
			sp[*n - 1].hi = hi;
			sp[*n - 1].hi_off = off;
			sp[*n - 1].hi_ref = ref;
		}
		return;
	}
	if (*n == max) { /* very many anchors: to the end of the block */
		sp[*n - 1].hi = UINT64_MAX;
		return;
	}
	sp[*n].lo = lo;
	sp[*n].hi = hi;
	sp[*n].lo_off = sp[*n].hi_off = off;
	sp[*n].lo_ref = sp[*n].hi_ref = ref;
	(*n)++;
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
	run_pattern(m, fp, buf, to, from, first_line, 0);
	c->e1 = m->n_ev;
}

/* Runs the non-trigger patterns of signature si over the lines within
 * reach of a trigger: around this block's triggers, up to the end of what
 * triggers and anchors of earlier blocks can still see, and the block's
 * last lines (which a trigger of the next block may see). */
static void run_windows(lx_matcher *m, size_t si, const char *buf, size_t len, uint64_t first_line,
                        uint64_t last_line)
{
	const lx_signature *s = &m->db->sig[si];
	unsigned w = m->reach[si];
	span sp[64];
	size_t nsp = 0, i, j, k;
	const uint64_t *a = m->an ? m->an + 3 * m->an_first[si] : NULL;
	size_t na = m->an_n[si];
	if (m->pend_upto[si] >= first_line)
		add_span(sp, &nsp, 64, first_line, m->pend_upto[si], 0, first_line);
	for (i = 0; i < na; i++) {
		uint64_t l = a[3 * i + 1];
		add_span(sp, &nsp, 64, l > first_line + w ? l - w : first_line, l + w,
		         (size_t)a[3 * i + 2], l);
	}
	if (w) {
		size_t off;
		uint64_t line;
		tail_of(buf, len, w, last_line, &off, &line, first_line);
		add_span(sp, &nsp, 64, line, last_line, off, line);
	}
	for (j = 0; j < nsp; j++) {
		size_t from = line_off(buf, len, sp[j].lo_off, sp[j].lo_ref, sp[j].lo);
		size_t to = len;
		if (sp[j].hi < last_line)
			to = line_off(buf, len, sp[j].hi_off, sp[j].hi_ref, sp[j].hi + 1);
		for (k = 0; k < s->n_pat; k++) {
			size_t fp = m->first_pt[si] + k;
			if (!m->pt[fp].trigger && m->pt[fp].code)
				run_window(m, fp, buf, from, to, sp[j].lo);
		}
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
	m->cur_off = 0;
	m->cur_base = m->date_base;
	m->n_ck = 0;
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
	/* learn which byte pairs are rare in this kind of text: at once, then
	 * every TUNE_EVERY blocks, but not before TUNE_MIN bytes (thousands of
	 * tiny files would otherwise re-tune every few milliseconds) */
	if (any_lit && (!m->blocks || (m->blocks >= TUNE_EVERY && m->tune_bytes >= TUNE_MIN))) {
		lx_prefilter_sample(m->pf, buf, len < TUNE_SAMPLE ? len : TUNE_SAMPLE);
		lx_prefilter_tune(m->pf);
		m->blocks = 0;
		m->tune_bytes = 0;
	}
	if (any_lit) {
		m->blocks++;
		m->tune_bytes += len;
		m->cnt_off = 0;
		m->cnt_line = first_line;
		m->scan_buf = buf;
		lx_prefilter_scan(m->pf, buf, len, on_literal, m);
		/* the scan counted lines up to its last candidate: the rest */
		last_line = m->cnt_line - 1 + count_newlines(buf + m->cnt_off, len - m->cnt_off);
	} else {
		last_line += count_newlines(buf, len);
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
		lx_xgrow(&m->an, &m->cap_an, n_anchor_ev, 3 * sizeof *m->an);
	for (i = 0; i < n_anchor_ev; i++) {
		m->an[3 * i] = m->pt[m->ev[i].pat].sig;
		m->an[3 * i + 1] = m->ev[i].line;
		m->an[3 * i + 2] = m->ev[i].off;
	}
	if (n_anchor_ev > 1)
		qsort(m->an, n_anchor_ev, 3 * sizeof *m->an, an_cmp);
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
		size_t si = (size_t)m->an[3 * i];
		for (k = i; k < n_anchor_ev && m->an[3 * k] == si; k++)
			;
		m->an_first[si] = i;
		m->an_n[si] = k - i;
		m->trig_upto[si] = m->an[3 * (k - 1) + 1] + m->reach[si];
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
	block_end_ts(m);
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
}

typedef struct probe_ud {
	size_t hits;
} probe_ud;

static void probe_hit(void *ud, const lx_hit *h)
{
	if (!h->limit)
		((probe_ud *)ud)->hits++;
}

int lx_matcher_probe(lx_matcher *m, size_t sig, const char *text, size_t len)
{
	lx_buf b = {0};
	probe_ud pu = {0};
	size_t i;
	/* normalise: CR before LF removed, a final line end added */
	for (i = 0; i < len; i++) {
		if (text[i] == '\r' && (i + 1 == len || text[i + 1] == '\n' || text[i + 1] == '\r'))
			continue;
		lx_buf_addc(&b, text[i]);
	}
	if (!b.len || b.p[b.len - 1] != '\n')
		lx_buf_addc(&b, '\n');
	memset(m->active, 0, m->db->n);
	for (i = 0; i < m->db->n; i++)
		m->active[i] = m->db->sig[i].parent == sig;
	activate(m);
	reset_state(m);
	m->fn = probe_hit;
	m->ud = &pu;
	lx_tsctx_init(&m->tsc, LX_TS_NONE);
	m->date_base = m->last_ts = LX_TS_NONE;
	lx_matcher_feed(m, b.p, b.len, 1);
	lx_matcher_end(m);
	lx_buf_free(&b);
	return pu.hits > 0;
}
