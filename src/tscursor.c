/* tscursor.c - the time of a line inside a block.  See tscursor.h. */
#include "tscursor.h"

#include <stdlib.h>
#include <string.h>

#include "newlines.h"
#include "util.h"

#define TS_BACK_LINES 256 /* lines searched back for a stamp */
#define RECORD_LINES 64   /* lines of a record searched for its time */
#define CK_SHIFT 12       /* the date cursor's checkpoints: one per 4 KiB */

void lx_tscur_file(lx_tscur *c, int64_t mtime_epoch, const char *name)
{
	lx_tsctx_init(&c->tsc, mtime_epoch);
	if (name)
		lx_tsctx_name(&c->tsc, name);
	c->date_base = LX_TS_NONE;
	c->last_ts = LX_TS_NONE;
}

void lx_tscur_block(lx_tscur *c, const char *blk, size_t len)
{
	c->blk = blk;
	c->blk_len = len;
	c->cur_off = 0;
	c->cur_base = c->date_base;
	c->n_ck = 0;
}

void lx_tscur_rewind(lx_tscur *c)
{
	c->cur_off = 0;
	c->cur_base = c->date_base;
}

void lx_tscur_free(lx_tscur *c)
{
	free(c->ck);
	c->ck = NULL;
	c->n_ck = c->cap_ck = 0;
}

/* The date base at line start off: the last full stamp of the lines
 * before it.  The lines are read backwards from off, and the first full
 * stamp ends the search: where every line is stamped, that is one line.
 * The search stops at the cursor, or at the nearest place a walk stopped
 * before (kept one per 4 KiB, so that the unrecognised-error pass and the
 * anchors, which both walk the block from its start, share them), and
 * takes the base known there. */
static void advance_base(lx_tscur *c, size_t off)
{
	size_t from = 0, end = off;
	int64_t base = c->date_base;
	if (c->n_ck) { /* the last place at or before off */
		size_t lo = 0, hi = c->n_ck;
		while (hi - lo > 1) {
			size_t mid = lo + (hi - lo) / 2;
			if (c->ck[mid].off <= off)
				lo = mid;
			else
				hi = mid;
		}
		if (c->ck[lo].off <= off) {
			from = c->ck[lo].off;
			base = c->ck[lo].base;
		}
	}
	if (c->cur_off <= off && c->cur_off > from) {
		from = c->cur_off;
		base = c->cur_base;
	}
	while (end > from) {
		size_t ls = lx_line_start(c->blk, end - 1);
		lx_tm tm;
		if (ls < from)
			ls = from;
		if (lx_ts_full(c->blk + ls, end - 1 - ls, &tm)) {
			base = lx_ts_resolve(&c->tsc, LX_TS_NONE, LX_TSK_FULL, &tm);
			break;
		}
		end = ls;
	}
	c->cur_off = off;
	c->cur_base = base;
	if (!c->n_ck || off >= c->ck[c->n_ck - 1].off + ((size_t)1 << CK_SHIFT)) {
		if (c->n_ck == c->cap_ck)
			lx_xgrow(&c->ck, &c->cap_ck, c->n_ck + 1, sizeof *c->ck);
		c->ck[c->n_ck].off = off;
		c->ck[c->n_ck].base = base;
		c->n_ck++;
	}
}

/* The time of a record's line ("Start time:", "First Seen At :") in the
 * paragraph of the current block around offset off: after it first (a
 * portal error ends with its time), then before it.  LX_TS_NONE if none. */
static int64_t record_ts(const lx_tscur *c, size_t off)
{
	size_t ls = lx_line_start(c->blk, off), p = ls;
	int dir, k;
	for (dir = 0; dir < 2; dir++) {
		p = ls;
		for (k = 0; k < RECORD_LINES; k++) {
			const char *s = c->blk + p;
			const char *nl = memchr(s, '\n', c->blk_len - p);
			size_t n = nl ? (size_t)(nl - s) : c->blk_len - p;
			int64_t t;
			while (n && (s[n - 1] == '\r' || s[n - 1] == ' '))
				n--;
			if (k && !n)
				break; /* a blank line ends the record */
			if (lx_ts_record(s, n, &t))
				return t;
			if (dir == 0) {
				if (!nl || (size_t)(nl - c->blk) + 1 >= c->blk_len)
					break;
				p = (size_t)(nl - c->blk) + 1;
			} else {
				if (p == 0)
					break;
				p = lx_line_start(c->blk, p - 1);
			}
		}
	}
	return LX_TS_NONE;
}

int64_t lx_tscur_at(lx_tscur *c, size_t off, int *src)
{
	size_t ls = lx_line_start(c->blk, off);
	int back;
	int64_t t;
	*src = LX_TSS_LINE;
	for (back = 0; back < TS_BACK_LINES; back++) {
		const char *s = c->blk + ls;
		const char *nl = memchr(s, '\n', c->blk_len - ls);
		size_t n = nl ? (size_t)(nl - s) : c->blk_len - ls;
		lx_tm tm;
		lx_ts_kind k = lx_ts_parse(s, n, &tm);
		if (k == LX_TSK_FULL)
			return lx_ts_resolve(&c->tsc, LX_TS_NONE, k, &tm);
		if (k != LX_TSK_NONE) {
			advance_base(c, ls);
			t = lx_ts_resolve(&c->tsc, c->cur_base, k, &tm);
			if (t != LX_TS_NONE)
				return t;
			break;
		}
		if (ls == 0) {
			if (c->last_ts != LX_TS_NONE)
				return c->last_ts;
			break;
		}
		ls = lx_line_start(c->blk, ls - 1);
	}
	*src = LX_TSS_RECORD;
	if ((t = record_ts(c, off)) != LX_TS_NONE)
		return t;
	*src = LX_TSS_FILE_HEADER;
	advance_base(c, lx_line_start(c->blk, off));
	if (c->cur_base != LX_TS_NONE)
		return c->cur_base;
	*src = LX_TSS_FILE_NAME;
	if (c->tsc.name_ts != LX_TS_NONE)
		return c->tsc.name_ts;
	*src = LX_TSS_MTIME;
	if (c->mtime_fallback && c->tsc.mtime != LX_TS_NONE)
		return c->tsc.mtime;
	*src = LX_TSS_NONE;
	return LX_TS_NONE;
}

/* At the end of a block: the last stamp, and the last full stamp (the
 * date base after the block's last line, read back to the nearest place
 * a walk stopped). */
static void block_end_ts(lx_tscur *c)
{
	size_t end = c->blk_len, ls;
	if (end == 0)
		return;
	end--; /* the final '\n' */
	for (;;) {
		lx_tm tm;
		lx_ts_kind k;
		ls = lx_line_start(c->blk, end);
		k = lx_ts_parse(c->blk + ls, end - ls, &tm);
		if (k == LX_TSK_FULL) {
			c->last_ts = lx_ts_resolve(&c->tsc, LX_TS_NONE, k, &tm);
			break;
		}
		if (k != LX_TSK_NONE) {
			/* its time needs the base before it */
			advance_base(c, ls);
			c->last_ts = lx_ts_resolve(&c->tsc, c->cur_base, k, &tm);
			break;
		}
		if (ls == 0)
			break;
		end = ls - 1;
	}
	advance_base(c, c->blk_len);
	c->date_base = c->cur_base;
}

void lx_tscur_end(lx_tscur *c)
{
	block_end_ts(c);
	c->blk = NULL;
}
