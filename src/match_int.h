/* match_int.h - the matcher's state, shared by match.c (building it,
 * starting a file) and match_block.c (matching a block).  Private to the
 * two. */
#ifndef LX_MATCH_INT_H
#define LX_MATCH_INT_H

#include "context.h"
#include "match.h"
#include "match_win.h"
#include "pattern_int.h"
#include "prefilter.h"
#include "tscursor.h"
#include "unrec.h"
#include "unrecfile.h"
#include "util.h"

#define PENDING_MAX 256 /* anchors waiting for their look-ahead, per signature */

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
	unsigned tunes;        /* times pf was tuned */
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
	lx_anchor *an; /* sorted */
	size_t cap_an;
	size_t *an_first, *an_n; /* per signature: its run in an[] */
	uint64_t *pend_upto;     /* per signature: end of its pending windows */
	uint64_t *trig_upto;     /* per signature: last trigger line + reach */
	unsigned *reach;         /* per signature: how far from a trigger to look */
	lx_hit_fn fn;
	void *ud;
	unsigned *lim;   /* per flat pattern: lines it hit a limit on */
	const char *blk; /* the region being matched */
	size_t blk_len;
	lx_tscur tc; /* the time of its lines */
	/* unrecognised errors (lx_matcher_unrec) */
	lx_unrec_det *det;
	lx_unrecfile *uf; /* the file's unrecognised errors (with det) */
	size_t n_kw;      /* its keywords, patterns n_pt.. of pf */
	int kw_in_pf;     /* pf scans for them (else det scans alone) */
	uint64_t *trig;   /* starts of the lines a trigger matched in this
	                         * block, sorted */
	size_t n_trig, cap_trig, trig_at;
	/* context lines (lx_matcher_context), and the hit's copies of them */
	lx_ctx *cx;
	lx_buf cxb[LX_EVIDENCE_MAX], cxa[LX_EVIDENCE_MAX];
	uint64_t lines; /* the last line matched in this file */
};

#endif
