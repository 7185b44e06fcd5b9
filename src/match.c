/* match.c - signature matching over blocks of lines: building a matcher
 * (triggers, groups of identical patterns, the prefilter), starting a file,
 * and probing one signature.  Matching a block is match_block.c.  See
 * match.h. */
#include <stdlib.h>
#include <string.h>

#include "match_int.h"

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
	lx_unrecfile_free(m->uf);
	lx_ctx_free(m->cx);
	for (i = 0; i < LX_EVIDENCE_MAX; i++) {
		lx_buf_free(&m->cxb[i]);
		lx_buf_free(&m->cxa[i]);
	}
	free(m->trig);
	lx_tscur_free(&m->tc);
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

int lx_matcher_wants(const lx_sigdb *db, const char *member, unsigned char *active)
{
	size_t i;
	int any = 0;
	for (i = 0; i < db->n; i++) {
		int w = lx_signature_wants(&db->sig[i], member);
		if (!active && w)
			return 1;
		if (active)
			active[i] = (unsigned char)w;
		any |= w;
	}
	return any;
}

int lx_matcher_begin(lx_matcher *m, const char *member, int64_t mtime_epoch, lx_hit_fn fn, void *ud)
{
	if (!lx_matcher_wants(m->db, member, m->active))
		return 0;
	activate(m);
	reset_state(m);
	memset(m->lim, 0, (m->n_pt ? m->n_pt : 1) * sizeof *m->lim);
	m->fn = fn;
	m->ud = ud;
	m->lines = 0;
	if (m->cx)
		lx_ctx_reset(m->cx);
	lx_tscur_file(&m->tc, mtime_epoch, member);
	m->tc.mtime_fallback = 0;
	if (m->uf)
		lx_unrecfile_flush(m->uf, NULL, NULL); /* a file left unended */
	return 1;
}

void lx_matcher_mtime_fallback(lx_matcher *m, int on)
{
	m->tc.mtime_fallback = on;
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
	if (on && !m->det) {
		m->det = lx_unrec_det_new();
		m->uf = lx_unrecfile_new();
	} else if (!on) {
		lx_unrec_det_free(m->det);
		m->det = NULL;
		lx_unrecfile_free(m->uf);
		m->uf = NULL;
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
	lx_tscur_file(&m->tc, LX_TS_NONE, NULL);
	lx_matcher_feed(m, b.p, b.len, 1);
	lx_matcher_end(m);
	lx_buf_free(&b);
	return pu.hits > 0;
}
