/* sigparse.c - reads the text of a signature file (logdx-signatures(5))
 * into a database: stanzas ([id], [@fragment], [article key]), their
 * fields and continuation lines, and the checks on each stanza (names,
 * values, repeated fields, the fields each kind takes, duplicate ids).
 * Problems are "file:line: message" lines.  Loading files, compiling and
 * lookups are sigdb.c's; expansion is sigexpand.c's.
 *
 * One unit, above the usual size: it is one grammar over one state (the
 * parser and the stanza being built).  The field table, the per-field
 * checks and the stanza's completion all read and write that state, and a
 * split would turn the state into a header that every part writes to. */
#include "sigdb.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "escape.h"
#include "sigdb_int.h"
#include "util.h"

typedef struct parser {
	lx_sigdb *db;
	const char *name;
	FILE *err;
	int problems;
	int line;
	lx_signature cur;
	lx_fragment frag; /* a [@name] stanza */
	lx_article art;   /* an [article key] stanza */
	int kind;         /* K_SIG, K_FRAG or K_ART */
	char **includes;  /* include: lines, for the file loader */
	size_t n_includes;
	int have;          /* cur holds a stanza */
	int cur_bad;       /* the stanza had a problem */
	lx_buf *value;     /* the field being continued, or NULL */
	int value_is_list; /* continuation lines append as separate lines */
	/* fields seen in this stanza, to catch repeats */
	unsigned seen;
} parser;

static void problem(parser *p, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void problem(parser *p, int line, const char *fmt, ...)
{
	va_list ap;
	lx_buf m = {0};
	p->problems++;
	p->cur_bad = 1;
	if (!p->err)
		return;
	lx_buf_addf(&m, "%s:%d: ", p->name, line);
	va_start(ap, fmt);
	lx_esc_vmsg(p->err, m.p, fmt, ap); /* names and values from the file: escaped */
	va_end(ap);
	lx_buf_free(&m);
}

enum { K_SIG, K_FRAG, K_ART };

enum field {
	F_TITLE,
	F_PRODUCT,
	F_SEVERITY,
	F_DOC,
	F_REMEDY,
	F_OPERATION,
	F_ROLE,
	F_FILES,
	F_WITHIN,
	F_ALL,
	F_ANY,
	F_UNLESS,
	F_EXAMPLE,
	F_COUNTER,
	F_TYPED, /* error-id, hresult, ep-code, each with an any-/unless- form */
	F_PATTERN,
	F_ABOUT,
	F_URL,
	F_EXPLAINS,
	F_NFIELDS
};

/* Which stanza kinds take a field: 1 << K_SIG etc. */
#define IN_SIG (1u << K_SIG)
#define IN_FRAG (1u << K_FRAG)
#define IN_ART (1u << K_ART)

static const struct {
	const char *name;
	int repeat;  /* may appear more than once */
	int l10n;    /* accepts [lang] */
	unsigned in; /* stanza kinds */
} fields[F_NFIELDS] = {
	[F_TITLE] = {"title", 0, 1, IN_SIG},
	[F_PRODUCT] = {"product", 0, 0, IN_SIG},
	[F_SEVERITY] = {"severity", 0, 0, IN_SIG},
	[F_DOC] = {"doc", 0, 0, IN_SIG},
	[F_REMEDY] = {"remedy", 0, 1, IN_SIG},
	[F_OPERATION] = {"operation", 0, 0, IN_SIG},
	[F_ROLE] = {"role", 0, 0, IN_SIG},
	[F_FILES] = {"files", 0, 0, IN_SIG},
	[F_WITHIN] = {"within", 0, 0, IN_SIG},
	[F_ALL] = {"all", 1, 0, IN_SIG},
	[F_ANY] = {"any", 1, 0, IN_SIG},
	[F_UNLESS] = {"unless", 1, 0, IN_SIG},
	[F_EXAMPLE] = {"example", 1, 0, IN_SIG | IN_FRAG},
	[F_COUNTER] = {"counter-example", 1, 0, IN_SIG | IN_FRAG},
	[F_TYPED] = {"(typed)", 1, 0, IN_SIG},
	[F_PATTERN] = {"pattern", 0, 0, IN_FRAG},
	[F_ABOUT] = {"about", 0, 0, IN_FRAG},
	[F_URL] = {"url", 0, 1, IN_ART},
	[F_EXPLAINS] = {"explains", 0, 0, IN_SIG},
};

/* The typed fields: name -> kind.  "any-" and "unless-" before a name
 * make the condition any / unless instead of all. */
static const struct {
	const char *name;
	lx_pkind kind;
} typed[] = {
	{"error-id", LX_PK_ERROR_ID},
	{"hresult", LX_PK_HRESULT},
	{"ep-code", LX_PK_EP_CODE},
};

static int typed_field(const char *name, lx_pkind *kind, lx_cond *cond)
{
	size_t i;
	*cond = LX_COND_ALL;
	if (!strncmp(name, "any-", 4)) {
		*cond = LX_COND_ANY;
		name += 4;
	} else if (!strncmp(name, "unless-", 7)) {
		*cond = LX_COND_UNLESS;
		name += 7;
	}
	for (i = 0; i < sizeof typed / sizeof typed[0]; i++)
		if (!strcmp(name, typed[i].name)) {
			*kind = typed[i].kind;
			return 1;
		}
	return 0;
}

/* Holds the stanza's pending multi-line values (title, remedy, examples)
 * until the stanza ends; they are owned by lx_buf objects below. */
typedef struct pending {
	lx_buf buf;
} pending;

static char **split_words(const char *s, size_t *n)
{
	char **v = NULL;
	size_t cap = 0;
	*n = 0;
	while (*s) {
		const char *e;
		while (*s == ' ' || *s == '\t')
			s++;
		if (!*s)
			break;
		e = s;
		while (*e && *e != ' ' && *e != '\t')
			e++;
		lx_xgrow(&v, &cap, *n + 1, sizeof *v);
		v[(*n)++] = lx_xstrndup(s, (size_t)(e - s));
		s = e;
	}
	return v;
}

static void strv_push(char ***v, size_t *n, char *s)
{
	*v = lx_xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[(*n)++] = s;
}

static int valid_id(const char *s)
{
	if (!*s || !(islower((unsigned char)*s) || isdigit((unsigned char)*s)))
		return 0;
	for (; *s; s++)
		if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '.' ||
		      *s == '-' || *s == '_'))
			return 0;
	return 1;
}

static int valid_token(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!(islower((unsigned char)*s) || isdigit((unsigned char)*s) || *s == '-'))
			return 0;
	return 1;
}

/* KEY#anchor: a token, '#', and a non-empty anchor without white space. */
static int valid_doc_key(const char *s)
{
	const char *h = strchr(s, '#');
	char key[64];
	if (!h || h == s || (size_t)(h - s) >= sizeof key || !h[1] || strpbrk(h + 1, " \t#"))
		return 0;
	memcpy(key, s, (size_t)(h - s));
	key[h - s] = '\0';
	return valid_token(key);
}

/* The stanza's multi-line values being collected. */
typedef struct stanza_bufs {
	lx_buf title, remedy;
	lx_buf tr_title[16], tr_remedy[16];
	char tr_title_lang[16][16], tr_remedy_lang[16][16];
	size_t n_tr_title, n_tr_remedy;
	lx_buf *examples;  /* growable array of buffers */
	int *example_kind; /* F_EXAMPLE or F_COUNTER */
	size_t n_examples, cap_examples;
} stanza_bufs;

static void bufs_reset(stanza_bufs *sb)
{
	size_t i;
	lx_buf_free(&sb->title);
	lx_buf_free(&sb->remedy);
	for (i = 0; i < sb->n_tr_title; i++)
		lx_buf_free(&sb->tr_title[i]);
	for (i = 0; i < sb->n_tr_remedy; i++)
		lx_buf_free(&sb->tr_remedy[i]);
	for (i = 0; i < sb->n_examples; i++)
		lx_buf_free(&sb->examples[i]);
	free(sb->examples);
	free(sb->example_kind);
	memset(sb, 0, sizeof *sb);
}

/* The examples collected for the stanza, moved into the two lists. */
static void take_examples(stanza_bufs *sb, char ***ex, size_t *n_ex, char ***co, size_t *n_co)
{
	size_t i;
	for (i = 0; i < sb->n_examples; i++) {
		char *t = lx_buf_take(&sb->examples[i]);
		if (sb->example_kind[i] == F_EXAMPLE)
			strv_push(ex, n_ex, t);
		else
			strv_push(co, n_co, t);
	}
}

static void finish_fragment(parser *p, stanza_bufs *sb)
{
	lx_fragment *f = &p->frag;
	size_t i;
	if (!p->cur_bad && !(p->seen & (1u << F_PATTERN)))
		problem(p, f->src_line, "fragment '@%s': missing field 'pattern'", f->name);
	if (!p->cur_bad && !(p->seen & (1u << F_EXAMPLE)))
		problem(p, f->src_line, "fragment '@%s': needs at least one 'example'", f->name);
	for (i = 0; !p->cur_bad && i < p->db->n_frag; i++)
		if (!strcmp(p->db->frag[i].name, f->name))
			problem(p, f->src_line, "duplicate fragment '@%s' (first at %s:%d)",
			        f->name, p->db->frag[i].src_file, p->db->frag[i].src_line);
	if (p->cur_bad) {
		lx_sigdb_frag_clear(f);
		return;
	}
	take_examples(sb, &f->examples, &f->n_examples, &f->counters, &f->n_counters);
	f->takes_arg = strstr(f->pattern, "{}") != NULL;
	lx_xgrow(&p->db->frag, &p->db->cap_frag, p->db->n_frag + 1, sizeof *p->db->frag);
	p->db->frag[p->db->n_frag++] = *f;
	memset(f, 0, sizeof *f);
}

static void finish_article(parser *p)
{
	lx_article *a = &p->art;
	size_t i;
	if (!p->cur_bad && !a->url)
		problem(p, a->src_line, "article '%s': missing field 'url'", a->key);
	for (i = 0; !p->cur_bad && i < p->db->n_art; i++)
		if (!strcmp(p->db->art[i].key, a->key))
			problem(p, a->src_line, "duplicate article '%s' (first at %s:%d)", a->key,
			        p->db->art[i].src_file, p->db->art[i].src_line);
	if (p->cur_bad) {
		lx_sigdb_art_clear(a);
		return;
	}
	lx_xgrow(&p->db->art, &p->db->cap_art, p->db->n_art + 1, sizeof *p->db->art);
	p->db->art[p->db->n_art++] = *a;
	memset(a, 0, sizeof *a);
}

static void finish_signature(parser *p, stanza_bufs *sb)
{
	lx_signature *s = &p->cur;
	size_t i;
	if (!p->cur_bad) {
		static const struct {
			int f;
			const char *name;
		} required[] = {{F_TITLE, "title"},
		                {F_PRODUCT, "product"},
		                {F_SEVERITY, "severity"},
		                {F_DOC, "doc"},
		                {F_REMEDY, "remedy"}};
		for (i = 0; i < sizeof required / sizeof required[0]; i++)
			if (!(p->seen & (1u << required[i].f)))
				problem(p, s->src_line, "signature '%s': missing field '%s'", s->id,
				        required[i].name);
		if (s->n_all + s->n_any == 0)
			problem(p, s->src_line,
			        "signature '%s': needs at least one 'all' or 'any' pattern", s->id);
		if (!(p->seen & (1u << F_EXAMPLE)))
			problem(p, s->src_line, "signature '%s': needs at least one 'example'",
			        s->id);
		if (p->db->expanded)
			problem(p, s->src_line, "signature '%s': the database is already compiled",
			        s->id);
		else if (lx_sigdb_find(p->db, s->id))
			problem(p, s->src_line, "duplicate signature id '%s'", s->id);
	}
	if (p->cur_bad) {
		lx_sigdb_sig_clear(s);
		return;
	}
	s->title.text = lx_buf_take(&sb->title);
	s->remedy.text = lx_buf_take(&sb->remedy);
	for (i = 0; i < sb->n_tr_title; i++) {
		strv_push(&s->title.lang, &s->title.n, lx_xstrdup(sb->tr_title_lang[i]));
		s->title.n--;
		strv_push(&s->title.tr, &s->title.n, lx_buf_take(&sb->tr_title[i]));
	}
	for (i = 0; i < sb->n_tr_remedy; i++) {
		strv_push(&s->remedy.lang, &s->remedy.n, lx_xstrdup(sb->tr_remedy_lang[i]));
		s->remedy.n--;
		strv_push(&s->remedy.tr, &s->remedy.n, lx_buf_take(&sb->tr_remedy[i]));
	}
	take_examples(sb, &s->examples, &s->n_examples, &s->counters, &s->n_counters);
	if (s->within > p->db->max_within)
		p->db->max_within = s->within;
	s->parent = p->db->n;
	s->n_variants = 1;
	lx_xgrow(&p->db->sig, &p->db->cap, p->db->n + 1, sizeof *p->db->sig);
	p->db->sig[p->db->n++] = *s;
	p->db->n_sig = p->db->n;
	lx_sigdb_id_add(p->db, p->db->n - 1);
}

static void finish_stanza(parser *p, stanza_bufs *sb)
{
	if (p->have) {
		if (p->kind == K_FRAG)
			finish_fragment(p, sb);
		else if (p->kind == K_ART)
			finish_article(p);
		else
			finish_signature(p, sb);
	}
	memset(&p->cur, 0, sizeof p->cur);
	p->have = 0;
	p->cur_bad = 0;
	p->seen = 0;
	p->value = NULL;
	bufs_reset(sb);
}

static void trim_right(char *s)
{
	size_t n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r'))
		s[--n] = '\0';
}

static void parse_field(parser *p, stanza_bufs *sb, char *line)
{
	lx_signature *s = &p->cur;
	char *colon = strchr(line, ':');
	char *name = line, *val, *lang = NULL, *br;
	int f;
	lx_pkind tkind = LX_PK_REGEX;
	lx_cond tcond = LX_COND_ALL;
	if (!colon) {
		problem(p, p->line, "expected 'field: value'");
		return;
	}
	*colon = '\0';
	val = colon + 1;
	while (*val == ' ' || *val == '\t')
		val++;
	trim_right(name);
	br = strchr(name, '[');
	if (br) {
		char *close = strchr(br, ']');
		if (!close || close[1] != '\0' || close == br + 1) {
			problem(p, p->line, "bad language tag in field '%s'", name);
			return;
		}
		*br = '\0';
		*close = '\0';
		lang = br + 1;
	}
	for (f = 0; f < F_NFIELDS; f++)
		if (!strcmp(fields[f].name, name))
			break;
	if (f == F_NFIELDS && typed_field(name, &tkind, &tcond))
		f = F_TYPED;
	if (f == F_NFIELDS) {
		problem(p, p->line, "unknown field '%s'", name);
		return;
	}
	if (!(fields[f].in & (1u << p->kind))) {
		problem(p, p->line, "field '%s' does not belong in %s", name,
		        p->kind == K_FRAG  ? "a fragment ([@name])"
		        : p->kind == K_ART ? "an article ([article key])"
		                           : "a signature");
		return;
	}
	if (lang && !fields[f].l10n) {
		problem(p, p->line, "field '%s' takes no language tag", name);
		return;
	}
	if (lang) {
		size_t k;
		for (k = 0; lang[k]; k++)
			if (!(isalpha((unsigned char)lang[k]) || lang[k] == '-' || lang[k] == '_'))
				break;
		if (lang[k] || k >= 16) {
			problem(p, p->line, "bad language tag '%s'", lang);
			return;
		}
	}
	if (!lang && !fields[f].repeat && (p->seen & (1u << f))) {
		problem(p, p->line, "field '%s' given twice", name);
		return;
	}
	if (!lang)
		p->seen |= 1u << f;
	p->value = NULL;
	switch (f) {
	case F_TITLE:
	case F_REMEDY: {
		lx_buf *b;
		if (!lang) {
			b = f == F_TITLE ? &sb->title : &sb->remedy;
		} else {
			size_t *n = f == F_TITLE ? &sb->n_tr_title : &sb->n_tr_remedy;
			char(*langs)[16] = f == F_TITLE ? sb->tr_title_lang : sb->tr_remedy_lang;
			if (*n >= 16) {
				problem(p, p->line, "too many translations of '%s'", name);
				return;
			}
			memcpy(langs[*n], lang, strlen(lang) + 1);
			b = f == F_TITLE ? &sb->tr_title[*n] : &sb->tr_remedy[*n];
			(*n)++;
		}
		lx_buf_adds(b, val);
		p->value = b;
		p->value_is_list = 0; /* continuation lines join with a space */
		if (f == F_TITLE && !*val)
			problem(p, p->line, "empty title");
		break;
	}
	case F_PRODUCT:
		if (!valid_token(val))
			problem(p, p->line, "bad product '%s' (expected [a-z0-9-]+)", val);
		else
			s->product = lx_xstrdup(val);
		break;
	case F_SEVERITY: {
		int sev = lx_severity_parse(val);
		if (sev < 0)
			problem(p, p->line,
			        "unknown severity '%s' (info, warning, error, critical)", val);
		else
			s->severity = (lx_severity)sev;
		break;
	}
	case F_DOC:
		/* a URL, or an article key and a section: asr#anchor */
		if (strncmp(val, "https://", 8) && strncmp(val, "http://", 7) &&
		    !valid_doc_key(val))
			problem(p, p->line,
			        "doc must be an http(s) URL or KEY#anchor of an [article KEY]");
		else
			s->doc_written = lx_xstrdup(val);
		break;
	case F_URL:
		if (strncmp(val, "https://", 8) && strncmp(val, "http://", 7))
			problem(p, p->line, "url must be an http(s) URL");
		else if (strchr(val, '#'))
			problem(p, p->line, "url takes no #anchor (signatures give it)");
		else if (lang) {
			lx_l10n *t = &p->art.url_tr;
			size_t i;
			for (i = 0; i < t->n; i++)
				if (!strcasecmp(t->lang[i], lang))
					break;
			if (i < t->n) {
				problem(p, p->line, "field 'url[%s]' given twice", lang);
			} else {
				size_t n = t->n;
				strv_push(&t->lang, &n, lx_xstrdup(lang));
				strv_push(&t->tr, &t->n, lx_xstrdup(val));
			}
		} else
			p->art.url = lx_xstrdup(val);
		break;
	case F_PATTERN:
		if (!*val)
			problem(p, p->line, "empty pattern");
		else
			p->frag.pattern = lx_xstrdup(val);
		break;
	case F_ABOUT:
		p->frag.about = lx_xstrdup(val);
		break;
	case F_TYPED: {
		lx_pattern *pt;
		if (!*val) {
			problem(p, p->line, "empty value of '%s'", name);
			break;
		}
		s->pat = lx_xrealloc(s->pat, (s->n_pat + 1) * sizeof *s->pat);
		pt = &s->pat[s->n_pat++];
		memset(pt, 0, sizeof *pt);
		pt->written = lx_xstrdup(val);
		pt->kind = tkind;
		pt->line = p->line;
		pt->cond = tcond;
		if (tcond == LX_COND_ALL)
			s->n_all++;
		else if (tcond == LX_COND_ANY)
			s->n_any++;
		break;
	}
	case F_OPERATION: {
		size_t i;
		s->ops = split_words(val, &s->n_ops);
		if (!s->n_ops)
			problem(p, p->line, "empty operation");
		for (i = 0; i < s->n_ops; i++)
			if (!valid_token(s->ops[i]))
				problem(p, p->line, "bad operation '%s' (expected [a-z0-9-]+)",
				        s->ops[i]);
		break;
	}
	case F_ROLE:
		if (!strcmp(val, "cause"))
			s->role = LX_ROLE_CAUSE;
		else if (!strcmp(val, "outcome"))
			s->role = LX_ROLE_OUTCOME;
		else if (!strcmp(val, "fallback"))
			s->role = LX_ROLE_FALLBACK;
		else if (!strcmp(val, "success"))
			s->role = LX_ROLE_SUCCESS;
		else
			problem(p, p->line, "unknown role '%s' (cause, outcome, fallback, success)",
			        val);
		break;
	case F_FILES:
		s->files = split_words(val, &s->n_files);
		if (!s->n_files)
			problem(p, p->line, "empty files list");
		break;
	case F_EXPLAINS: /* ids and globs, split where they are used (rank.c) */
		s->explains = lx_xstrdup(val);
		break;
	case F_WITHIN: {
		char *end;
		long v;
		errno = 0;
		v = strtol(val, &end, 10);
		if (errno || end == val || *end || v < 0 || v > 1000)
			problem(p, p->line, "within must be a number of lines from 0 to 1000");
		else
			s->within = (unsigned)v;
		break;
	}
	case F_ALL:
	case F_ANY:
	case F_UNLESS: {
		lx_pattern *pt;
		if (!*val) {
			problem(p, p->line, "empty pattern");
			break;
		}
		s->pat = lx_xrealloc(s->pat, (s->n_pat + 1) * sizeof *s->pat);
		pt = &s->pat[s->n_pat++];
		memset(pt, 0, sizeof *pt);
		pt->written = lx_xstrdup(val);
		pt->line = p->line;
		pt->cond = f == F_ALL ? LX_COND_ALL : f == F_ANY ? LX_COND_ANY : LX_COND_UNLESS;
		if (f == F_ALL)
			s->n_all++;
		else if (f == F_ANY)
			s->n_any++;
		break;
	}
	case F_EXAMPLE:
	case F_COUNTER: {
		lx_buf *b;
		lx_xgrow(&sb->examples, &sb->cap_examples, sb->n_examples + 1,
		         sizeof *sb->examples);
		sb->example_kind = lx_xrealloc(sb->example_kind,
		                               sb->cap_examples * sizeof *sb->example_kind);
		b = &sb->examples[sb->n_examples];
		memset(b, 0, sizeof *b);
		sb->example_kind[sb->n_examples++] = f;
		if (*val) {
			lx_buf_adds(b, val);
			lx_buf_addc(b, '\n');
		}
		p->value = b;
		p->value_is_list = 2;
		break;
	}
	}
}

/* languages: en ru zh-CN ... -- the languages every signature of the
 * pack gives its title and remedy in (en: the untagged text).  Several
 * declarations add up. */
static void parse_languages(parser *p, char *v)
{
	char *tok, *save = NULL;
	int any = 0;
	for (tok = strtok_r(v, " \t,", &save); tok; tok = strtok_r(NULL, " \t,", &save)) {
		size_t k, i;
		any = 1;
		for (k = 0; tok[k]; k++)
			if (!(isalpha((unsigned char)tok[k]) ||
			      (k && (tok[k] == '-' || tok[k] == '_'))))
				break;
		if (tok[k] || k >= 16) {
			problem(p, p->line, "bad language tag '%s'", tok);
			continue;
		}
		for (i = 0; i < p->db->n_langs; i++)
			if (!strcasecmp(p->db->langs[i], tok))
				break;
		if (i == p->db->n_langs)
			strv_push(&p->db->langs, &p->db->n_langs, lx_xstrdup(tok));
	}
	if (!any)
		problem(p, p->line, "languages: needs at least one language tag");
}

/* logs: PRODUCT GLOB... */
static void parse_logs(parser *p, const char *v)
{
	lx_logs l = {0};
	char **w;
	size_t n, i;
	w = split_words(v, &n);
	if (n < 2 || !valid_token(w[0])) {
		problem(p, p->line, "logs: needs a product name ([a-z0-9-]+) and file name globs");
		lx_sigdb_strv_free(w, n);
		return;
	}
	l.product = w[0];
	l.files = lx_xcalloc(n - 1, sizeof *l.files);
	for (i = 1; i < n; i++)
		l.files[l.n_files++] = w[i];
	free(w);
	lx_xgrow(&p->db->logs, &p->db->cap_logs, p->db->n_logs + 1, sizeof *p->db->logs);
	p->db->logs[p->db->n_logs++] = l;
}

static void parse_line(parser *p, stanza_bufs *sb, char *line)
{
	if (line[0] == '#')
		return;
	if (line[0] == ' ' || line[0] == '\t') {
		char *v = line;
		while (*v == ' ' || *v == '\t')
			v++;
		if (!*v)
			return; /* blank */
		if (!p->have) {
			problem(p, p->line, "continuation line outside a signature");
			return;
		}
		if (!p->value) {
			/* continuing a field that takes one line only */
			problem(p, p->line, "this field does not continue on the next line");
			return;
		}
		if (p->value_is_list == 2) {
			lx_buf_adds(p->value, v);
			lx_buf_addc(p->value, '\n');
		} else {
			if (p->value->len)
				lx_buf_addc(p->value, p->value_is_list ? '\n' : ' ');
			lx_buf_adds(p->value, v);
		}
		return;
	}
	trim_right(line);
	if (!line[0]) {
		p->value = NULL;
		return;
	}
	if (line[0] == '[') {
		size_t n = strlen(line);
		finish_stanza(p, sb);
		p->have = 1;
		p->kind = K_SIG;
		p->cur.src_file = lx_xstrdup(p->name);
		p->cur.src_line = p->line;
		if (line[n - 1] != ']' || n < 3) {
			problem(p, p->line, "expected '[id]', '[@fragment]' or '[article key]'");
			p->cur.id = lx_xstrdup("?");
			return;
		}
		if (line[1] == '@' || !strncmp(line + 1, "article ", 8)) {
			int frag = line[1] == '@';
			char *name = lx_xstrndup(line + (frag ? 2 : 9), n - (frag ? 3 : 10));
			p->kind = frag ? K_FRAG : K_ART;
			free(p->cur.src_file);
			p->cur.src_file = NULL;
			if (frag) {
				p->frag.name = name;
				p->frag.src_file = lx_xstrdup(p->name);
				p->frag.src_line = p->line;
			} else {
				p->art.key = name;
				p->art.src_file = lx_xstrdup(p->name);
				p->art.src_line = p->line;
			}
			if (!valid_token(name))
				problem(p, p->line, "bad %s name '%s' (expected [a-z0-9-]+)",
				        frag ? "fragment" : "article", name);
			return;
		}
		p->cur.id = lx_xstrndup(line + 1, n - 2);
		if (!valid_id(p->cur.id))
			problem(p, p->line, "bad signature id '%s' (expected [a-z0-9][a-z0-9._-]*)",
			        p->cur.id);
		return;
	}
	if (!p->have && !strncmp(line, "languages:", 10)) {
		parse_languages(p, line + 10);
		return;
	}
	if (!p->have && !strncmp(line, "logs:", 5)) {
		parse_logs(p, line + 5);
		return;
	}
	if (!p->have && !strncmp(line, "include:", 8)) {
		char *v = line + 8;
		while (*v == ' ' || *v == '\t')
			v++;
		if (!*v)
			problem(p, p->line, "include: needs a file name");
		else
			strv_push(&p->includes, &p->n_includes, lx_xstrdup(v));
		return;
	}
	if (!p->have) {
		problem(p, p->line, "field outside a signature (start one with '[id]')");
		return;
	}
	parse_field(p, sb, line);
}

int lx_sigdb_parse(lx_sigdb *db, const char *name, const char *text, size_t len, FILE *err,
                   char ***inc, size_t *n_inc)
{
	parser p;
	stanza_bufs sb;
	size_t pos = 0;
	lx_buf line = {0};
	memset(&p, 0, sizeof p);
	memset(&sb, 0, sizeof sb);
	p.db = db;
	p.name = name;
	p.err = err;
	while (pos < len) {
		const char *nl = memchr(text + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - text) : len;
		p.line++;
		lx_buf_reset(&line);
		lx_buf_add(&line, text + pos, end - pos);
		if (memchr(line.p, '\0', line.len)) {
			problem(&p, p.line, "NUL byte in signature file");
		} else {
			if (line.len && line.p[line.len - 1] == '\r')
				line.p[--line.len] = '\0';
			parse_line(&p, &sb, line.p);
		}
		pos = end + 1;
	}
	finish_stanza(&p, &sb);
	lx_buf_free(&line);
	if (inc) {
		*inc = p.includes;
		*n_inc = p.n_includes;
	} else {
		size_t i;
		for (i = 0; i < p.n_includes; i++)
			free(p.includes[i]);
		free(p.includes);
		if (p.n_includes)
			problem(&p, 1, "include: works in signature files only");
	}
	return p.problems;
}

int lx_sigdb_load_text(lx_sigdb *db, const char *name, const char *text, size_t len, FILE *err)
{
	return lx_sigdb_parse(db, name, text, len, err, NULL, NULL);
}
