/* templates.c - the online template miner (templates.h, doc/templates.md). */
#include "templates.h"

#include <stdlib.h>
#include <string.h>

#include "tplmask.h"

#define MAX_TOKENS LX_TPL_MAX_TOKENS
#define MAX_MINED LX_TPL_MAX_MINED
#define WILD LX_TPL_WILD
#define VARY 4         /* different words that make a place variable */
#define MAX_SUBS 64    /* templates of one group */
#define MEMO_SLOTS 512 /* remembered token sequences (a power of two) */
#define MEMO_KEY 512   /* longest one remembered, in bytes */

typedef lx_tpl_tok tok;

/* A Drain group: lines of one length that share most tokens.  Its lines
 * are split further into templates by the words they hold where the group
 * varies: a place where the lines showed a number or name, or VARY and more
 * different words, is a variable; a place that showed fewer words ("Begin"
 * and "End") tells events apart. */
typedef struct cluster {
	tok *t;
	char *text; /* the masked tokens of the first line */
	uint32_t ntok;
	unsigned nwild;
	uint32_t *subs; /* its templates, oldest first */
	size_t nsubs, capsubs;
	uint8_t *nvals; /* per place: different words seen (VARY: variable) */
	uint64_t *vals; /* per place: the hashes of the first VARY - 1 words */
} cluster;

typedef struct tpl {
	uint32_t cl; /* its group */
	tok *t;      /* the masked tokens of its first line */
	char *text;
	char *example; /* the first line, up to MAX_MINED bytes */
	uint32_t exlen;
	uint32_t rep; /* the template it is merged into, as of gen */
	uint64_t gen;
	uint64_t count; /* its own lines */
} tpl;

typedef struct node node;

/* A line's masked tokens and the template it went to, valid while the
 * tree (tgen) and the groups of the leaf it went to (leaf->gen) are as
 * they were.  Everything after masking reads the masked tokens only, so
 * lines that differ in their numbers, paths or GUIDs share an entry. */
typedef struct memo {
	uint64_t h, tgen, lgen;
	const node *leaf;
	char *key;
	uint32_t len, cap, id;
} memo;

struct node {
	uint64_t gen; /* at a leaf: changes to its groups and their templates */
	uint64_t h;   /* key token hash */
	char *key;
	uint32_t klen;
	node **kids;
	size_t nkids, capkids;
	node *wild;     /* the "<*>" child */
	uint32_t *leaf; /* cluster ids, at the last level */
	size_t nleaf, capleaf;
};

struct lx_tpl_miner {
	lx_tpl_params p;
	node *bylen[MAX_TOKENS + 1];
	cluster *c;
	size_t nc, capc;
	tpl *tp; /* tp[0] is the overflow template */
	size_t nt, capt;
	uint64_t gen;  /* lines mined: what rep is valid for */
	uint64_t sgen; /* structure changes: groups, templates, places */
	uint64_t tgen; /* tree nodes created */
	size_t bytes;
	memo *memo; /* MEMO_SLOTS, allocated at the first line */
	size_t memo_bytes;
	char shape[MEMO_KEY];
	lx_tpl_line cur; /* the current line */
};

void lx_tpl_defaults(lx_tpl_params *p)
{
	p->depth = 2;
	p->sim = 0.5;
	p->max_children = 100;
	p->max_templates = 20000;
	p->max_leaf = 200;
	p->max_bytes = (size_t)64 << 20;
	p->no_memo = 0;
}

/* --- the tree ------------------------------------------------------------- */

static int variable(const lx_tpl_miner *m, const tok *t)
{
	return t->off == WILD || memchr(m->cur.masked.p + t->off, '*', t->len) != NULL;
}

static node *node_new(lx_tpl_miner *m, const char *key, size_t klen, uint64_t h)
{
	node *nd = lx_xcalloc(1, sizeof *nd);
	nd->h = h;
	if (key) {
		nd->key = lx_xstrndup(key, klen);
		nd->klen = (uint32_t)klen;
	}
	m->bytes += sizeof *nd + klen + 1;
	m->sgen++;
	m->tgen++;
	return nd;
}

static void node_free(node *nd)
{
	size_t i;
	if (!nd)
		return;
	for (i = 0; i < nd->nkids; i++)
		node_free(nd->kids[i]);
	node_free(nd->wild);
	free(nd->kids);
	free(nd->leaf);
	free(nd->key);
	free(nd);
}

static node *kid(const lx_tpl_miner *m, const node *nd, const tok *t)
{
	size_t i;
	for (i = 0; i < nd->nkids; i++) {
		node *k = nd->kids[i];
		if (k->h == t->h && k->klen == t->len &&
		    !memcmp(k->key, m->cur.masked.p + t->off, t->len))
			return k;
	}
	return NULL;
}

/* The leaf for the current line; create: make the missing nodes. */
static node *route(lx_tpl_miner *m, int create)
{
	size_t n = m->cur.n, i, d = m->p.depth < n ? m->p.depth : n;
	node *nd = m->bylen[n];
	if (!nd) {
		if (!create)
			return NULL;
		nd = m->bylen[n] = node_new(m, NULL, 0, 0);
	}
	for (i = 0; i < d; i++) {
		const tok *t = &m->cur.t[i];
		node *k = variable(m, t) ? NULL : kid(m, nd, t);
		if (!k && !variable(m, t) && create && nd->nkids < m->p.max_children) {
			k = node_new(m, m->cur.masked.p + t->off, t->len, t->h);
			lx_xgrow(&nd->kids, &nd->capkids, nd->nkids + 1, sizeof *nd->kids);
			nd->kids[nd->nkids++] = k;
		}
		if (!k) {
			if (!nd->wild && create)
				nd->wild = node_new(m, NULL, 0, 0);
			k = nd->wild;
		}
		if (!k)
			return NULL;
		nd = k;
	}
	return nd;
}

/* --- groups and templates --------------------------------------------------- */

static int text_eq(const char *a, const tok *x, const char *b, const tok *y)
{
	if (x->off == WILD || y->off == WILD)
		return x->off == y->off;
	return x->h == y->h && x->len == y->len && !memcmp(a + x->off, b + y->off, x->len);
}

/* Drain's similarity: the share of the group's tokens that the line has
 * at the same place ("<*>" in both counts). */
static double similarity(const lx_tpl_miner *m, const cluster *c)
{
	size_t i, same = 0;
	if (!c->ntok)
		return 1.0;
	for (i = 0; i < c->ntok; i++)
		same += text_eq(c->text, &c->t[i], m->cur.masked.p, &m->cur.t[i]);
	return (double)same / (double)c->ntok;
}

/* Counts the words of the current line into the places of group c. */
static void count_words(lx_tpl_miner *m, cluster *c)
{
	size_t i;
	for (i = 0; i < c->ntok; i++) {
		const tok *t = &m->cur.t[i];
		uint8_t k;
		if (c->nvals[i] >= VARY)
			continue;
		if (t->off == WILD || !lx_tplmask_word(m->cur.masked.p + t->off, t->len)) {
			c->nvals[i] = VARY;
			m->sgen++;
			continue;
		}
		for (k = 0; k < c->nvals[i] && c->vals[i * (VARY - 1) + k] != t->h; k++)
			;
		if (k < c->nvals[i])
			continue;
		if (c->nvals[i] < VARY - 1)
			c->vals[i * (VARY - 1) + c->nvals[i]] = t->h;
		c->nvals[i]++;
		m->sgen++;
	}
}

/* Whether template text a/x and b/y agree at every place of c that is not
 * variable. */
static int agree(const cluster *c, const char *a, const tok *x, const char *b, const tok *y)
{
	size_t i;
	for (i = 0; i < c->ntok; i++)
		if (c->nvals[i] < VARY && !text_eq(a, &x[i], b, &y[i]))
			return 0;
	return 1;
}

static int room(lx_tpl_miner *m, size_t need)
{
	return m->bytes + need <= m->p.max_bytes;
}

static uint32_t new_cluster(lx_tpl_miner *m, node *leaf)
{
	cluster *c;
	uint32_t id = (uint32_t)m->nc, i;
	size_t need = sizeof *c + m->cur.n * (sizeof(tok) + 1 + (VARY - 1) * 8) +
	              m->cur.masked.len + 1 + sizeof(uint32_t);
	if (m->nc >= m->p.max_templates || !room(m, need) || leaf->nleaf >= m->p.max_leaf)
		return UINT32_MAX;
	lx_xgrow(&m->c, &m->capc, m->nc + 1, sizeof *m->c);
	c = &m->c[m->nc++];
	memset(c, 0, sizeof *c);
	c->ntok = (uint32_t)m->cur.n;
	c->t = lx_xmalloc(m->cur.n * sizeof *c->t);
	memcpy(c->t, m->cur.t, m->cur.n * sizeof *c->t);
	c->text = lx_xstrndup(m->cur.masked.p ? m->cur.masked.p : "", m->cur.masked.len);
	c->nvals = lx_xcalloc(m->cur.n, 1);
	c->vals = lx_xcalloc(m->cur.n * (VARY - 1), sizeof *c->vals);
	for (i = 0; i < c->ntok; i++)
		c->nwild += c->t[i].off == WILD;
	m->bytes += need;
	lx_xgrow(&leaf->leaf, &leaf->capleaf, leaf->nleaf + 1, sizeof *leaf->leaf);
	leaf->leaf[leaf->nleaf++] = id;
	m->sgen++;
	return id;
}

/* The template of group ci for the current line: one that agrees with it,
 * or a new one.  Returns 0 (overflow) when the miner is full. */
static uint32_t template_of(lx_tpl_miner *m, uint32_t ci, const char *line, size_t len)
{
	cluster *c = &m->c[ci];
	tpl *t;
	size_t i, need = sizeof *t + m->cur.n * sizeof(tok) + m->cur.masked.len + len + 2 +
	                 sizeof(uint32_t);
	for (i = 0; i < c->nsubs; i++) {
		const tpl *s = &m->tp[c->subs[i]];
		if (agree(c, s->text, s->t, m->cur.masked.p, m->cur.t))
			return c->subs[i];
	}
	if (c->nsubs >= MAX_SUBS || m->nt > m->p.max_templates || !room(m, need))
		return c->nsubs ? c->subs[0] : 0;
	lx_xgrow(&m->tp, &m->capt, m->nt + 1, sizeof *m->tp);
	t = &m->tp[m->nt];
	memset(t, 0, sizeof *t);
	t->cl = ci;
	t->t = lx_xmalloc(m->cur.n * sizeof *t->t);
	memcpy(t->t, m->cur.t, m->cur.n * sizeof *t->t);
	t->text = lx_xstrndup(m->cur.masked.p ? m->cur.masked.p : "", m->cur.masked.len);
	t->example = lx_xstrndup(line, len);
	t->exlen = (uint32_t)len;
	t->rep = (uint32_t)m->nt;
	m->bytes += need;
	lx_xgrow(&c->subs, &c->capsubs, c->nsubs + 1, sizeof *c->subs);
	c->subs[c->nsubs++] = (uint32_t)m->nt;
	m->sgen++;
	return (uint32_t)m->nt++;
}

lx_tpl_miner *lx_tpl_new(const lx_tpl_params *p)
{
	lx_tpl_miner *m = lx_xcalloc(1, sizeof *m);
	if (p)
		m->p = *p;
	else
		lx_tpl_defaults(&m->p);
	if (m->p.max_children < 1)
		m->p.max_children = 1;
	/* tp[0]: the overflow template, one "<*>" */
	m->capt = 16;
	m->tp = lx_xcalloc(m->capt, sizeof *m->tp);
	m->nt = 1;
	m->tp[0].cl = UINT32_MAX;
	m->tp[0].t = lx_xcalloc(1, sizeof(tok));
	m->tp[0].t[0].off = WILD;
	m->tp[0].text = lx_xstrdup("");
	m->tp[0].example = lx_xstrdup("");
	m->bytes = sizeof *m;
	return m;
}

void lx_tpl_free(lx_tpl_miner *m)
{
	size_t i;
	if (!m)
		return;
	for (i = 0; i <= MAX_TOKENS; i++)
		node_free(m->bylen[i]);
	for (i = 0; i < m->nc; i++) {
		free(m->c[i].t);
		free(m->c[i].text);
		free(m->c[i].subs);
		free(m->c[i].nvals);
		free(m->c[i].vals);
	}
	for (i = 0; i < m->nt; i++) {
		free(m->tp[i].t);
		free(m->tp[i].text);
		free(m->tp[i].example);
	}
	free(m->c);
	free(m->tp);
	for (i = 0; m->memo && i < MEMO_SLOTS; i++)
		free(m->memo[i].key);
	free(m->memo);
	lx_buf_free(&m->cur.masked);
	free(m);
}

/* The memo slot of the current line's masked tokens (their text, "<*>"
 * for a variable, a blank after each, in m->shape; hash *h), or NULL: too
 * long to remember.  A token that is not variable is never "<*>" and holds
 * no blank, so different sequences have different keys. */
static memo *memo_slot(lx_tpl_miner *m, size_t *klen, uint64_t *h)
{
	uint64_t x = 1469598103934665603ULL;
	size_t i, k = 0;
	if (m->p.no_memo)
		return NULL;
	for (i = 0; i < m->cur.n; i++) {
		const tok *t = &m->cur.t[i];
		const char *p = t->off == WILD ? "<*>" : m->cur.masked.p + t->off;
		size_t n = t->off == WILD ? 3 : t->len;
		if (k + n + 1 > MEMO_KEY)
			return NULL;
		memcpy(m->shape + k, p, n);
		m->shape[k + n] = ' ';
		k += n + 1;
		x = (x ^ (t->off == WILD ? 0x9E3779B97F4A7C15ULL : t->h)) * 1099511628211ULL;
	}
	x ^= x >> 29;
	*h = x;
	*klen = k;
	if (!m->memo) {
		m->memo = lx_xcalloc(MEMO_SLOTS, sizeof *m->memo);
		m->memo_bytes = MEMO_SLOTS * sizeof *m->memo;
	}
	return &m->memo[(x ^ (x >> 32)) & (MEMO_SLOTS - 1)];
}

/* Remembers that the tokens keyed in m->shape went to template id of a
 * group of leaf. */
static void memo_put(lx_tpl_miner *m, memo *s, uint64_t h, size_t len, uint32_t id,
                     const node *leaf)
{
	if (s->cap < len) {
		m->memo_bytes += len - s->cap;
		s->key = lx_xrealloc(s->key, len ? len : 1);
		s->cap = (uint32_t)len;
	}
	memcpy(s->key, m->shape, len);
	s->len = (uint32_t)len;
	s->h = h;
	s->id = id;
	s->tgen = m->tgen;
	s->leaf = leaf;
	s->lgen = leaf->gen;
}

uint32_t lx_tpl_add(lx_tpl_miner *m, const char *line, size_t len)
{
	return lx_tpl_add_n(m, line, len, 1);
}

uint32_t lx_tpl_add_n(lx_tpl_miner *m, const char *line, size_t len, uint64_t n)
{
	node *leaf, *home;
	uint32_t best = UINT32_MAX, id;
	double bs = -1.0;
	size_t i;
	uint64_t h = 0, sgen0 = m->sgen;
	size_t klen = 0;
	memo *ms;
	if (len > MAX_MINED)
		len = MAX_MINED;
	m->gen++;
	lx_tplmask_line(&m->cur, line, len);
	/* A line whose masked tokens were mined before, with no tree node
	 * created since and no group of the leaf it went to changed since,
	 * goes where that line went: the same tokens take the same route, are
	 * compared with the same groups, join the same one without changing
	 * it and agree with the same template (doc/templates.md). */
	ms = memo_slot(m, &klen, &h);
	if (ms && ms->id && ms->tgen == m->tgen && ms->leaf->gen == ms->lgen && ms->h == h &&
	    ms->len == klen && !memcmp(ms->key, m->shape, klen)) {
		m->tp[ms->id].count += n;
		return ms->id;
	}
	home = leaf = route(m, 0);
	for (i = 0; leaf && i < leaf->nleaf; i++) {
		const cluster *c = &m->c[leaf->leaf[i]];
		double s = similarity(m, c);
		/* ties: the more general group, then the older one */
		if (s > bs || (s == bs && c->nwild > m->c[best].nwild)) {
			bs = s;
			best = leaf->leaf[i];
		}
	}
	if (leaf && bs >= m->p.sim) {
		cluster *c = &m->c[best];
		for (i = 0; i < c->ntok; i++)
			if (c->t[i].off != WILD &&
			    !text_eq(c->text, &c->t[i], m->cur.masked.p, &m->cur.t[i])) {
				c->t[i].off = WILD;
				c->t[i].len = 0;
				c->nwild++;
				m->sgen++;
			}
	} else {
		home = route(m, 1);
		best = new_cluster(m, home);
	}
	if (best == UINT32_MAX) {
		id = 0;
	} else {
		count_words(m, &m->c[best]);
		id = template_of(m, best, line, len);
	}
	m->tp[id].count += n;
	/* every change above is to the groups of home (or the tree) */
	if (m->sgen != sgen0)
		home->gen = m->sgen;
	if (ms && id)
		memo_put(m, ms, h, klen, id, home);
	return id;
}

size_t lx_tpl_ids(const lx_tpl_miner *m)
{
	return m->nt;
}

uint32_t lx_tpl_final(const lx_tpl_miner *m, uint32_t id)
{
	tpl *t;
	const cluster *c;
	size_t i;
	if (id >= m->nt || !id)
		return 0;
	t = &m->tp[id];
	if (t->gen == m->gen)
		return t->rep;
	c = &m->c[t->cl];
	for (i = 0; i < c->nsubs; i++) {
		const tpl *s = &m->tp[c->subs[i]];
		if (c->subs[i] == id || agree(c, s->text, s->t, t->text, t->t))
			break;
	}
	/* the rep field is a cache: the miner is logically const here */
	t->rep = i < c->nsubs ? c->subs[i] : id;
	t->gen = m->gen;
	return t->rep;
}

/* Appends tokens t[0..n) of text, joined by one space. */
static void join(const tok *t, size_t n, const char *text, lx_buf *out)
{
	size_t i;
	for (i = 0; i < n; i++) {
		if (i)
			lx_buf_addc(out, ' ');
		if (t[i].off == WILD)
			lx_buf_add(out, "<*>", 3);
		else
			lx_buf_add(out, text + t[i].off, t[i].len);
	}
	if (!out->p)
		lx_buf_add(out, "", 0);
}

void lx_tpl_text(const lx_tpl_miner *m, uint32_t id, lx_buf *out)
{
	const tpl *t;
	const cluster *c;
	size_t i;
	if (id >= m->nt)
		return;
	t = &m->tp[id];
	if (!id) {
		join(t->t, 1, t->text, out);
		return;
	}
	c = &m->c[t->cl];
	for (i = 0; i < c->ntok; i++) {
		if (i)
			lx_buf_addc(out, ' ');
		if (c->t[i].off != WILD)
			lx_buf_add(out, c->text + c->t[i].off, c->t[i].len);
		else if (c->nvals[i] < VARY)
			lx_buf_add(out, t->text + t->t[i].off, t->t[i].len);
		else
			lx_buf_add(out, "<*>", 3);
	}
	if (!out->p)
		lx_buf_add(out, "", 0);
}

uint64_t lx_tpl_count(const lx_tpl_miner *m, uint32_t id)
{
	const cluster *c;
	uint64_t n = 0;
	size_t i;
	if (id >= m->nt || !id)
		return id ? 0 : m->tp[0].count;
	c = &m->c[m->tp[id].cl];
	for (i = 0; i < c->nsubs; i++)
		if (lx_tpl_final(m, c->subs[i]) == id)
			n += m->tp[c->subs[i]].count;
	return n;
}

const char *lx_tpl_example(const lx_tpl_miner *m, uint32_t id, size_t *len)
{
	if (id >= m->nt) {
		*len = 0;
		return "";
	}
	*len = m->tp[id].exlen;
	return m->tp[id].example;
}

size_t lx_tpl_memory(const lx_tpl_miner *m)
{
	return m->bytes + m->memo_bytes;
}

void lx_tpl_mask(const char *line, size_t len, lx_buf *out)
{
	lx_tpl_line cur;
	cur.masked.p = NULL;
	cur.masked.len = cur.masked.cap = 0;
	lx_tplmask_line(&cur, line, len);
	join(cur.t, cur.n, cur.masked.p, out);
	lx_buf_free(&cur.masked);
}
