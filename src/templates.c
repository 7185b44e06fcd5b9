/* templates.c - the online template miner (templates.h, doc/templates.md). */
#include "templates.h"

#include <stdlib.h>
#include <string.h>

#define MAX_TOKENS 128   /* further tokens are folded into a last "<*>" */
#define MAX_MINED 4096   /* bytes of a line that are mined and kept */
#define WILD UINT32_MAX /* tok.off of a "<*>" token */

typedef struct tok {
	uint64_t h;   /* hash of the token text */
	uint32_t off; /* into the owner's text, or WILD */
	uint32_t len;
} tok;

typedef struct cluster {
	tok *t;
	char *text;    /* the masked tokens of the first line */
	char *example; /* the first line, up to MAX_MINED bytes */
	uint32_t ntok, exlen;
	uint32_t up;    /* union-find parent (itself when final) */
	uint32_t next;  /* next cluster in the same dedup bucket, or 0 */
	uint64_t th;    /* hash of the template */
	uint64_t count; /* lines, summed into the final id */
	unsigned nwild;
} cluster;

typedef struct node node;
struct node {
	uint64_t h; /* key token hash */
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
	cluster *c; /* c[0] is the overflow template */
	size_t n, cap;
	uint32_t *bucket; /* dedup of identical templates: bucket[th & mask] */
	size_t nbucket;
	size_t bytes;
	/* the current line */
	lx_buf masked;
	tok lt[MAX_TOKENS];
	size_t nlt;
};

void lx_tpl_defaults(lx_tpl_params *p)
{
	p->depth = 2;
	p->sim = 0.5;
	p->max_children = 100;
	p->max_templates = 20000;
	p->max_leaf = 200;
	p->max_bytes = (size_t)64 << 20;
}

static uint64_t hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ULL;
	size_t i;
	for (i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

/* --- masking ------------------------------------------------------------ */

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int is_alpha(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int is_alnum(int c)
{
	return is_digit(c) || is_alpha(c) || c >= 0x80;
}

static int is_hex(int c)
{
	return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* A number in any of its dresses: decimal, signed, hex (0x or bare), IPv4
 * and IPv6 with a port, MAC, GUID, dotted versions, dates and times (with
 * T and Z), a size or duration with a unit of up to three letters. */
static int numberish(const char *s, size_t n)
{
	size_t i, digits = 0, end = n, units = 0;
	while (end > 0 && is_alpha((unsigned char)s[end - 1]) && units < 3) {
		end--;
		units++;
	}
	if (end == 0 || !is_digit((unsigned char)s[end - 1]))
		end = n; /* no unit after a digit: letters must be hex */
	for (i = 0; i < end; i++) {
		int c = (unsigned char)s[i];
		if (is_digit(c))
			digits++;
		else if (!(is_hex(c) || strchr(".:,_-+/xXTZ#", c)))
			return 0;
	}
	return digits > 0;
}

static int pathish(const char *s, size_t n)
{
	if (n >= 2 && (s[0] == '/' || s[0] == '\\') && s[1] != s[0] &&
	    (is_alnum((unsigned char)s[1]) || s[1] == '.' || s[1] == '_'))
		return 1;
	if (n >= 3 && is_alpha((unsigned char)s[0]) && s[1] == ':' && (s[2] == '\\' || s[2] == '/'))
		return 1;
	if (n >= 2 && s[0] == '\\' && s[1] == '\\')
		return 1;
	for (; n >= 3; s++, n--)
		if (s[0] == ':' && s[1] == '/' && s[2] == '/')
			return 1;
	return 0;
}

/* Masks the token s[0..n) onto out. */
static void mask_token(const char *s, size_t n, lx_buf *out)
{
	size_t a = 0, b = n, i;
	int digit = 0;
	while (a < b && strchr("([{<\"'", s[a]))
		a++;
	while (b > a && strchr(")]}>\"',;.:", s[b - 1]))
		b--;
	for (i = a; i < b; i++)
		if (is_digit((unsigned char)s[i]))
			digit = 1;
	if (a < b && (numberish(s + a, b - a) || pathish(s + a, b - a))) {
		lx_buf_add(out, s, a);
		lx_buf_add(out, "<*>", 3);
		lx_buf_add(out, s + b, n - b);
		return;
	}
	if (!digit) {
		lx_buf_add(out, s, n);
		return;
	}
	/* a word with numbers in it (blk_-42, node-7, rdd_2_3, core.1234):
	 * every alphanumeric run holding a digit is masked, with a sign that
	 * does not follow a letter */
	for (i = 0; i < n;) {
		size_t j = i;
		int d = 0;
		if (!is_alnum((unsigned char)s[i])) {
			if ((s[i] == '-' || s[i] == '+') && i + 1 < n && is_digit((unsigned char)s[i + 1]) &&
			    (i == 0 || !is_alnum((unsigned char)s[i - 1]))) {
				i++;
				continue;
			}
			lx_buf_addc(out, s[i++]);
			continue;
		}
		while (j < n && is_alnum((unsigned char)s[j])) {
			d |= is_digit((unsigned char)s[j]);
			j++;
		}
		if (d)
			lx_buf_add(out, "<*>", 3);
		else
			lx_buf_add(out, s + i, j - i);
		i = j;
	}
}

static int blank(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

/* Tokenizes and masks line into m->masked / m->lt. */
static void split_line(lx_tpl_miner *m, const char *line, size_t len)
{
	size_t i = 0;
	lx_buf_reset(&m->masked);
	m->nlt = 0;
	if (len > MAX_MINED)
		len = MAX_MINED;
	while (i < len) {
		size_t j, at;
		tok *t;
		while (i < len && blank((unsigned char)line[i]))
			i++;
		if (i >= len)
			break;
		j = i;
		while (j < len && !blank((unsigned char)line[j]))
			j++;
		t = &m->lt[m->nlt++];
		if (m->nlt == MAX_TOKENS) {
			t->off = WILD;
			t->len = 0;
			t->h = 0;
			break;
		}
		at = m->masked.len;
		mask_token(line + i, j - i, &m->masked);
		t->len = (uint32_t)(m->masked.len - at);
		if (t->len == 3 && !memcmp(m->masked.p + at, "<*>", 3)) {
			t->off = WILD;
			t->len = 0;
			t->h = 0;
		} else {
			t->off = (uint32_t)at;
			t->h = hash(m->masked.p + at, t->len);
		}
		i = j;
	}
}

/* --- the tree ------------------------------------------------------------- */

static int variable(const lx_tpl_miner *m, const tok *t)
{
	return t->off == WILD || memchr(m->masked.p + t->off, '*', t->len) != NULL;
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
		if (k->h == t->h && k->klen == t->len && !memcmp(k->key, m->masked.p + t->off, t->len))
			return k;
	}
	return NULL;
}

/* The leaf for the current line; create: make the missing nodes. */
static node *route(lx_tpl_miner *m, int create)
{
	size_t n = m->nlt, i, d = m->p.depth < n ? m->p.depth : n;
	node *nd = m->bylen[n];
	if (!nd) {
		if (!create)
			return NULL;
		nd = m->bylen[n] = node_new(m, NULL, 0, 0);
	}
	for (i = 0; i < d; i++) {
		const tok *t = &m->lt[i];
		node *k = variable(m, t) ? NULL : kid(m, nd, t);
		if (!k && !variable(m, t) && create && nd->nkids < m->p.max_children) {
			k = node_new(m, m->masked.p + t->off, t->len, t->h);
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

/* --- templates ------------------------------------------------------------ */

static int tok_eq(const lx_tpl_miner *m, const cluster *c, const tok *ct, const tok *lt)
{
	if (ct->off == WILD || lt->off == WILD)
		return ct->off == lt->off;
	return ct->h == lt->h && ct->len == lt->len &&
	       !memcmp(c->text + ct->off, m->masked.p + lt->off, lt->len);
}

static uint64_t template_hash(const cluster *c)
{
	uint64_t h = c->ntok;
	uint32_t i;
	for (i = 0; i < c->ntok; i++)
		h = (h ^ (c->t[i].off == WILD ? 0x9e3779b97f4a7c15ULL : c->t[i].h)) * 1099511628211ULL;
	return h;
}

static int same_template(const cluster *a, const cluster *b)
{
	uint32_t i;
	if (a->ntok != b->ntok || a->th != b->th)
		return 0;
	for (i = 0; i < a->ntok; i++) {
		const tok *x = &a->t[i], *y = &b->t[i];
		if ((x->off == WILD) != (y->off == WILD))
			return 0;
		if (x->off != WILD &&
		    (x->len != y->len || memcmp(a->text + x->off, b->text + y->off, x->len)))
			return 0;
	}
	return 1;
}

static uint32_t find(const lx_tpl_miner *m, uint32_t id)
{
	while (m->c[id].up != id)
		id = m->c[id].up;
	return id;
}

static void unlink_bucket(lx_tpl_miner *m, uint32_t id)
{
	uint32_t *pp = &m->bucket[m->c[id].th & (m->nbucket - 1)];
	while (*pp && *pp != id)
		pp = &m->c[*pp].next;
	if (*pp)
		*pp = m->c[id].next;
	m->c[id].next = 0;
}

/* Files id under its (new) template text; a template that became the same
 * as another one is merged into the older of the two. */
static void file_template(lx_tpl_miner *m, uint32_t id)
{
	uint32_t *b, o;
	m->c[id].th = template_hash(&m->c[id]);
	b = &m->bucket[m->c[id].th & (m->nbucket - 1)];
	for (o = *b; o; o = m->c[o].next) {
		uint32_t fa, fb;
		if (!same_template(&m->c[o], &m->c[id]))
			continue;
		fa = find(m, o);
		fb = find(m, id);
		if (fa != fb) {
			uint32_t lo = fa < fb ? fa : fb, hi = fa < fb ? fb : fa;
			m->c[hi].up = lo;
			m->c[lo].count += m->c[hi].count;
			m->c[hi].count = 0;
		}
		return;
	}
	m->c[id].next = *b;
	*b = id;
}

static double similarity(const lx_tpl_miner *m, const cluster *c)
{
	size_t i, same = 0;
	if (!c->ntok)
		return 1.0;
	for (i = 0; i < c->ntok; i++)
		if (tok_eq(m, c, &c->t[i], &m->lt[i]))
			same++;
	return (double)same / (double)c->ntok;
}

static uint32_t new_cluster(lx_tpl_miner *m, node *leaf, const char *line, size_t len)
{
	cluster *c;
	uint32_t id = (uint32_t)m->n, i;
	size_t need = sizeof *c + m->nlt * sizeof(tok) + m->masked.len + len + 2 + sizeof(uint32_t);
	if (m->n >= m->p.max_templates || m->bytes + need > m->p.max_bytes ||
	    leaf->nleaf >= m->p.max_leaf)
		return 0;
	lx_xgrow(&m->c, &m->cap, m->n + 1, sizeof *m->c);
	c = &m->c[m->n++];
	memset(c, 0, sizeof *c);
	c->ntok = (uint32_t)m->nlt;
	c->t = lx_xmalloc(m->nlt * sizeof *c->t);
	memcpy(c->t, m->lt, m->nlt * sizeof *c->t);
	c->text = lx_xstrndup(m->masked.p ? m->masked.p : "", m->masked.len);
	c->example = lx_xstrndup(line, len);
	c->exlen = (uint32_t)len;
	c->up = id;
	for (i = 0; i < c->ntok; i++)
		c->nwild += c->t[i].off == WILD;
	m->bytes += need;
	lx_xgrow(&leaf->leaf, &leaf->capleaf, leaf->nleaf + 1, sizeof *leaf->leaf);
	leaf->leaf[leaf->nleaf++] = id;
	file_template(m, id);
	return id;
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
	m->nbucket = 1024;
	while (m->nbucket < 2 * m->p.max_templates && m->nbucket < ((size_t)1 << 24))
		m->nbucket *= 2;
	m->bucket = lx_xcalloc(m->nbucket, sizeof *m->bucket);
	/* c[0]: the overflow template, one "<*>" */
	m->cap = 16;
	m->c = lx_xcalloc(m->cap, sizeof *m->c);
	m->n = 1;
	m->c[0].t = lx_xmalloc(sizeof(tok));
	m->c[0].t[0].off = WILD;
	m->c[0].t[0].len = 0;
	m->c[0].t[0].h = 0;
	m->c[0].ntok = 1;
	m->c[0].nwild = 1;
	m->c[0].text = lx_xstrdup("");
	m->c[0].example = lx_xstrdup("");
	m->bytes = sizeof *m + m->nbucket * sizeof *m->bucket;
	return m;
}

void lx_tpl_free(lx_tpl_miner *m)
{
	size_t i;
	if (!m)
		return;
	for (i = 0; i <= MAX_TOKENS; i++)
		node_free(m->bylen[i]);
	for (i = 0; i < m->n; i++) {
		free(m->c[i].t);
		free(m->c[i].text);
		free(m->c[i].example);
	}
	free(m->c);
	free(m->bucket);
	lx_buf_free(&m->masked);
	free(m);
}

uint32_t lx_tpl_add(lx_tpl_miner *m, const char *line, size_t len)
{
	node *leaf;
	uint32_t best = 0, id;
	double bs = -1.0;
	size_t i;
	if (len > MAX_MINED)
		len = MAX_MINED;
	split_line(m, line, len);
	leaf = route(m, 0);
	for (i = 0; leaf && i < leaf->nleaf; i++) {
		const cluster *c = &m->c[leaf->leaf[i]];
		double s = similarity(m, c);
		if (s > bs || (s == bs && c->nwild > m->c[best].nwild)) {
			bs = s;
			best = leaf->leaf[i];
		}
	}
	if (leaf && bs >= m->p.sim) {
		cluster *c = &m->c[best];
		int changed = 0;
		for (i = 0; i < c->ntok; i++)
			if (c->t[i].off != WILD && !tok_eq(m, c, &c->t[i], &m->lt[i])) {
				c->t[i].off = WILD;
				c->t[i].len = 0;
				c->nwild++;
				changed = 1;
			}
		if (changed) {
			unlink_bucket(m, best);
			file_template(m, best);
		}
		id = best;
	} else {
		id = new_cluster(m, route(m, 1), line, len);
	}
	m->c[find(m, id)].count++;
	return id;
}

size_t lx_tpl_ids(const lx_tpl_miner *m)
{
	return m->n;
}

uint32_t lx_tpl_final(const lx_tpl_miner *m, uint32_t id)
{
	return id < m->n ? find(m, id) : 0;
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
	if (id < m->n)
		join(m->c[id].t, m->c[id].ntok, m->c[id].text, out);
}

uint64_t lx_tpl_count(const lx_tpl_miner *m, uint32_t id)
{
	return id < m->n ? m->c[id].count : 0;
}

const char *lx_tpl_example(const lx_tpl_miner *m, uint32_t id, size_t *len)
{
	if (id >= m->n) {
		*len = 0;
		return "";
	}
	*len = m->c[id].exlen;
	return m->c[id].example;
}

size_t lx_tpl_ntokens(const lx_tpl_miner *m, uint32_t id)
{
	return id < m->n ? m->c[id].ntok : 0;
}

size_t lx_tpl_memory(const lx_tpl_miner *m)
{
	return m->bytes;
}

void lx_tpl_mask(const char *line, size_t len, lx_buf *out)
{
	lx_tpl_miner *m = lx_tpl_new(NULL);
	split_line(m, line, len);
	join(m->lt, m->nlt, m->masked.p, out);
	lx_tpl_free(m);
}
