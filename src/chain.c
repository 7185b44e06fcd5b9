/* chain.c - path chains from a bundle to a (nested) member. */
#include "chain.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

static void push(lx_chain *c, const char *s, char sep)
{
	size_t cap = c->cap;
	lx_xgrow(&c->part, &c->cap, c->n + 1, sizeof *c->part);
	lx_xgrow(&c->sep, &cap, c->n + 1, sizeof *c->sep);
	c->sep[c->n] = sep;
	c->part[c->n++] = lx_xstrdup(s);
}

void lx_chain_push(lx_chain *c, const char *s)
{
	push(c, s, '!');
}

void lx_chain_push_file(lx_chain *c, const char *s)
{
	push(c, s, '/');
}

void lx_chain_pop(lx_chain *c)
{
	if (c->n)
		free(c->part[--c->n]);
}

void lx_chain_copy(lx_chain *dst, const lx_chain *src)
{
	size_t i;
	memset(dst, 0, sizeof *dst);
	for (i = 0; i < src->n; i++)
		push(dst, src->part[i], src->sep[i]);
}

void lx_chain_free(lx_chain *c)
{
	if (!c)
		return;
	while (c->n)
		lx_chain_pop(c);
	free(c->part);
	free(c->sep);
	c->part = NULL;
	c->sep = NULL;
	c->cap = 0;
}

char *lx_chain_display(const lx_chain *c)
{
	lx_buf b = {0};
	size_t i;
	for (i = 0; i < c->n; i++) {
		if (i && c->sep[i] == '!')
			lx_buf_addc(&b, '!');
		else if (i && b.len && b.p[b.len - 1] != '/')
			lx_buf_addc(&b, '/');
		lx_buf_adds(&b, c->part[i]);
	}
	return lx_buf_take(&b);
}

const char *lx_chain_leaf(const lx_chain *c)
{
	return c->n ? c->part[c->n - 1] : "";
}

int lx_chain_in_archive(const lx_chain *c)
{
	size_t i;
	for (i = 1; i < c->n; i++)
		if (c->sep[i] == '!')
			return 1;
	return 0;
}

int lx_chain_equal(const lx_chain *a, const lx_chain *b)
{
	size_t i;
	if (a->n != b->n)
		return 0;
	for (i = 0; i < a->n; i++)
		if (strcmp(a->part[i], b->part[i]) || (i && a->sep[i] != b->sep[i]))
			return 0;
	return 1;
}
