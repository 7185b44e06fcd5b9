/* json.h - a small JSON reader for logdx's own JSON Lines (--merge).
 *
 * Parses one JSON text into a tree.  Strings are decoded to UTF-8 (\uXXXX
 * escapes and surrogate pairs included); numbers are kept as doubles.
 * Nesting is limited, so hostile input cannot exhaust the stack. */
#ifndef LX_JSON_H
#define LX_JSON_H

#include <stddef.h>

typedef enum lx_jtype { LX_J_NULL, LX_J_BOOL, LX_J_NUM, LX_J_STR, LX_J_ARR, LX_J_OBJ } lx_jtype;

typedef struct lx_json lx_json;
struct lx_json {
	lx_jtype type;
	double num; /* LX_J_NUM, LX_J_BOOL (0/1) */
	char *str;  /* LX_J_STR: NUL-terminated (may hold NULs before len) */
	size_t len;
	char **keys;    /* LX_J_OBJ */
	lx_json **kids; /* LX_J_ARR and LX_J_OBJ */
	size_t n, cap;
};

/* Parses s[0..n).  Returns the tree (free with lx_json_free()), or NULL
 * with a short reason in *err (static text). */
lx_json *lx_json_parse(const char *s, size_t n, const char **err);
void lx_json_free(lx_json *j);
/* The member called key of an object, or NULL. */
const lx_json *lx_json_get(const lx_json *obj, const char *key);
/* The string member key, or NULL when absent or not a string. */
const char *lx_json_str(const lx_json *obj, const char *key);
/* The number member key, or dflt. */
double lx_json_num(const lx_json *obj, const char *key, double dflt);

#endif
