/* json.c - a small recursive-descent JSON reader.  See json.h. */
#include "json.h"

#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "util.h"

#define MAX_DEPTH 64

typedef struct rd {
	const char *s, *end;
	const char *err;
	int depth;
} rd;

static void ws(rd *r)
{
	while (r->s < r->end && (*r->s == ' ' || *r->s == '\t' || *r->s == '\n' || *r->s == '\r'))
		r->s++;
}

static lx_json *node(lx_jtype t)
{
	lx_json *j = lx_xcalloc(1, sizeof *j);
	j->type = t;
	return j;
}

void lx_json_free(lx_json *j)
{
	size_t i;
	if (!j)
		return;
	for (i = 0; i < j->n; i++) {
		lx_json_free(j->kids[i]);
		if (j->keys)
			free(j->keys[i]);
	}
	free(j->kids);
	free(j->keys);
	free(j->str);
	free(j);
}

static int hex4(rd *r, unsigned *out)
{
	unsigned v = 0;
	int i;
	if (r->end - r->s < 4)
		return -1;
	for (i = 0; i < 4; i++) {
		char c = r->s[i];
		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (unsigned)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (unsigned)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (unsigned)(c - 'A' + 10);
		else
			return -1;
	}
	r->s += 4;
	*out = v;
	return 0;
}

static void utf8(lx_buf *b, unsigned cp)
{
	unsigned char o[4];
	lx_buf_add(b, o, lx_utf8_put(cp, o));
}

/* At the opening quote.  Returns 0 and the decoded string in b. */
static int string(rd *r, lx_buf *b)
{
	r->s++;
	while (r->s < r->end && *r->s != '"') {
		unsigned char c = (unsigned char)*r->s;
		if (c < 0x20) {
			r->err = "control character in a string";
			return -1;
		}
		if (c != '\\') {
			lx_buf_addc(b, (char)c);
			r->s++;
			continue;
		}
		if (++r->s >= r->end)
			break;
		c = (unsigned char)*r->s++;
		switch (c) {
		case '"':
		case '\\':
		case '/':
			lx_buf_addc(b, (char)c);
			break;
		case 'b':
			lx_buf_addc(b, '\b');
			break;
		case 'f':
			lx_buf_addc(b, '\f');
			break;
		case 'n':
			lx_buf_addc(b, '\n');
			break;
		case 'r':
			lx_buf_addc(b, '\r');
			break;
		case 't':
			lx_buf_addc(b, '\t');
			break;
		case 'u': {
			unsigned cp, lo;
			if (hex4(r, &cp)) {
				r->err = "bad \\u escape";
				return -1;
			}
			if (cp >= 0xd800 && cp < 0xdc00 && r->end - r->s >= 6 && r->s[0] == '\\' &&
			    r->s[1] == 'u') {
				const char *save = r->s;
				r->s += 2;
				if (!hex4(r, &lo) && lo >= 0xdc00 && lo < 0xe000)
					cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
				else
					r->s = save;
			}
			if (cp >= 0xd800 && cp < 0xe000)
				cp = 0xfffd;
			utf8(b, cp);
			break;
		}
		default:
			r->err = "bad escape";
			return -1;
		}
	}
	if (r->s >= r->end) {
		r->err = "unterminated string";
		return -1;
	}
	r->s++;
	return 0;
}

static lx_json *value(rd *r);

static void add_kid(lx_json *j, char *key, lx_json *kid)
{
	size_t cap = j->cap;
	lx_xgrow(&j->kids, &j->cap, j->n + 1, sizeof *j->kids);
	if (j->type == LX_J_OBJ)
		lx_xgrow(&j->keys, &cap, j->n + 1, sizeof *j->keys);
	if (j->keys)
		j->keys[j->n] = key;
	j->kids[j->n++] = kid;
}

static lx_json *container(rd *r, int obj)
{
	lx_json *j = node(obj ? LX_J_OBJ : LX_J_ARR);
	char close = obj ? '}' : ']';
	if (++r->depth > MAX_DEPTH) {
		r->err = "nested too deeply";
		goto fail;
	}
	r->s++;
	ws(r);
	if (r->s < r->end && *r->s == close) {
		r->s++;
		r->depth--;
		return j;
	}
	for (;;) {
		char *key = NULL;
		lx_json *kid;
		ws(r);
		if (obj) {
			lx_buf k = {0};
			if (r->s >= r->end || *r->s != '"' || string(r, &k)) {
				if (!r->err)
					r->err = "expected a key";
				lx_buf_free(&k);
				goto fail;
			}
			key = lx_buf_take(&k);
			if (!key)
				key = lx_xstrdup("");
			ws(r);
			if (r->s >= r->end || *r->s != ':') {
				free(key);
				r->err = "expected ':'";
				goto fail;
			}
			r->s++;
		}
		kid = value(r);
		if (!kid) {
			free(key);
			goto fail;
		}
		add_kid(j, key, kid);
		ws(r);
		if (r->s < r->end && *r->s == ',') {
			r->s++;
			continue;
		}
		if (r->s < r->end && *r->s == close) {
			r->s++;
			r->depth--;
			return j;
		}
		r->err = obj ? "expected ',' or '}'" : "expected ',' or ']'";
		goto fail;
	}
fail:
	lx_json_free(j);
	return NULL;
}

static lx_json *value(rd *r)
{
	lx_json *j;
	ws(r);
	if (r->s >= r->end) {
		r->err = "unexpected end";
		return NULL;
	}
	switch (*r->s) {
	case '{':
		return container(r, 1);
	case '[':
		return container(r, 0);
	case '"': {
		lx_buf b = {0};
		if (string(r, &b)) {
			lx_buf_free(&b);
			return NULL;
		}
		j = node(LX_J_STR);
		j->len = b.len;
		j->str = b.p ? lx_buf_take(&b) : lx_xstrdup("");
		return j;
	}
	case 't':
	case 'f':
	case 'n': {
		static const char *const lit[] = {"true", "false", "null"};
		int i;
		for (i = 0; i < 3; i++) {
			size_t l = strlen(lit[i]);
			if ((size_t)(r->end - r->s) >= l && !memcmp(r->s, lit[i], l)) {
				r->s += l;
				j = node(i == 2 ? LX_J_NULL : LX_J_BOOL);
				j->num = i == 0;
				return j;
			}
		}
		break;
	}
	default: {
		char tmp[64];
		size_t l = 0;
		char *e;
		while (r->s + l < r->end && l < sizeof tmp - 1 &&
		       strchr("+-0123456789.eE", r->s[l]))
			l++;
		if (!l)
			break;
		memcpy(tmp, r->s, l);
		tmp[l] = '\0';
		j = node(LX_J_NUM);
		j->num = strtod(tmp, &e);
		if (*e) {
			lx_json_free(j);
			break;
		}
		r->s += l;
		return j;
	}
	}
	r->err = "unexpected character";
	return NULL;
}

lx_json *lx_json_parse(const char *s, size_t n, const char **err)
{
	rd r = {s, s + n, NULL, 0};
	lx_json *j = value(&r);
	if (j) {
		ws(&r);
		if (r.s != r.end) {
			lx_json_free(j);
			j = NULL;
			r.err = "trailing characters";
		}
	}
	if (!j && err)
		*err = r.err ? r.err : "invalid JSON";
	return j;
}

const lx_json *lx_json_get(const lx_json *o, const char *key)
{
	size_t i;
	if (!o || o->type != LX_J_OBJ)
		return NULL;
	for (i = 0; i < o->n; i++)
		if (!strcmp(o->keys[i], key))
			return o->kids[i];
	return NULL;
}

const char *lx_json_str(const lx_json *o, const char *key)
{
	const lx_json *j = lx_json_get(o, key);
	return j && j->type == LX_J_STR ? j->str : NULL;
}

double lx_json_num(const lx_json *o, const char *key, double dflt)
{
	const lx_json *j = lx_json_get(o, key);
	return j && j->type == LX_J_NUM ? j->num : dflt;
}
