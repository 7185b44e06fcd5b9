/* sigdb.c - the signature database: its life cycle and id table, loading
 * signature files and directories (include: lines followed), compiling
 * and JIT-compiling the patterns, and the lookups the matcher and the
 * ranking make.  The text of a signature file is read by sigparse.c, and
 * fragments, typed fields and article keys are expanded by sigexpand.c. */
#include "sigdb.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <pthread.h>
#include <stdatomic.h>
#include <strings.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "escape.h"
#include "i18n.h"
#include "pattern_int.h"
#include "sigdb_int.h"
#include "util.h"

lx_sigdb *lx_sigdb_new(void)
{
	return lx_xcalloc(1, sizeof(lx_sigdb));
}

void lx_sigdb_strv_free(char **v, size_t n)
{
	size_t i;
	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static void l10n_free(lx_l10n *t)
{
	free(t->text);
	lx_sigdb_strv_free(t->lang, t->n);
	lx_sigdb_strv_free(t->tr, t->n);
}

void lx_sigdb_sig_clear(lx_signature *s)
{
	size_t i;
	free(s->id);
	l10n_free(&s->title);
	l10n_free(&s->remedy);
	free(s->product);
	free(s->doc);
	l10n_free(&s->doc_l10n);
	free(s->doc_written);
	lx_sigdb_strv_free(s->ops, s->n_ops);
	lx_sigdb_strv_free(s->files, s->n_files);
	free(s->explains);
	for (i = 0; i < s->n_pat; i++) {
		free(s->pat[i].src);
		free(s->pat[i].written);
		if (!s->pat[i].shared) {
			pcre2_code_free(lx_pattern_code(&s->pat[i]));
			free(s->pat[i].jit);
		}
	}
	free(s->pat);
	for (i = 0; i < s->n_uses; i++) {
		free(s->uses[i].arg);
		free(s->uses[i].sample);
	}
	free(s->uses);
	lx_sigdb_strv_free(s->examples, s->n_examples);
	lx_sigdb_strv_free(s->counters, s->n_counters);
	free(s->src_file);
	memset(s, 0, sizeof *s);
}

void lx_sigdb_frag_clear(lx_fragment *f)
{
	free(f->name);
	free(f->pattern);
	free(f->about);
	lx_sigdb_strv_free(f->examples, f->n_examples);
	lx_sigdb_strv_free(f->counters, f->n_counters);
	free(f->src_file);
	memset(f, 0, sizeof *f);
}

void lx_sigdb_art_clear(lx_article *a)
{
	free(a->key);
	free(a->url);
	l10n_free(&a->url_tr);
	free(a->src_file);
	memset(a, 0, sizeof *a);
}

void lx_sigdb_free(lx_sigdb *db)
{
	size_t i;
	if (!db)
		return;
	for (i = 0; i < db->n; i++)
		lx_sigdb_sig_clear(&db->sig[i]);
	free(db->sig);
	for (i = 0; i < db->n_frag; i++)
		lx_sigdb_frag_clear(&db->frag[i]);
	free(db->frag);
	for (i = 0; i < db->n_art; i++)
		lx_sigdb_art_clear(&db->art[i]);
	free(db->art);
	lx_sigdb_strv_free(db->langs, db->n_langs);
	for (i = 0; i < db->n_logs; i++) {
		free(db->logs[i].product);
		lx_sigdb_strv_free(db->logs[i].files, db->logs[i].n_files);
	}
	free(db->logs);
	free(db->id_tab);
	free(db->loaded);
	free(db);
}

/* ---- the id table: duplicate checks and lookups in constant time ---- */

static size_t id_slot(const lx_sigdb *db, const char *id)
{
	size_t i = (size_t)lx_str_hash(id) & (db->id_cap - 1);
	while (db->id_tab[i] && strcmp(db->sig[db->id_tab[i] - 1].id, id))
		i = (i + 1) & (db->id_cap - 1);
	return i;
}

void lx_sigdb_id_add(lx_sigdb *db, size_t idx)
{
	if (2 * (db->n_sig + 1) > db->id_cap) {
		size_t k, cap = db->id_cap ? 2 * db->id_cap : 64;
		free(db->id_tab);
		db->id_tab = lx_xcalloc(cap, sizeof *db->id_tab);
		db->id_cap = cap;
		for (k = 0; k < db->n_sig; k++)
			if (k != idx)
				db->id_tab[id_slot(db, db->sig[k].id)] = k + 1;
	}
	db->id_tab[id_slot(db, db->sig[idx].id)] = idx + 1;
}

#define MAX_INCLUDE_DEPTH 8

static int load_file(lx_sigdb *db, const char *path, FILE *err, int depth);

/* The include: lines of path, relative to its directory; a file already
 * loaded (the same device and inode) is not loaded again. */
static int load_includes(lx_sigdb *db, const char *path, char **inc, size_t n, FILE *err, int depth)
{
	const char *slash = strrchr(path, '/');
	size_t i;
	int problems = 0;
	for (i = 0; i < n; i++) {
		lx_buf full = {0};
		if (inc[i][0] != '/' && slash)
			lx_buf_add(&full, path, (size_t)(slash - path) + 1);
		lx_buf_adds(&full, inc[i]);
		if (depth >= MAX_INCLUDE_DEPTH) {
			if (err)
				fprintf(err, "logdx: %s: include: nested more than %d deep\n", path,
				        MAX_INCLUDE_DEPTH);
			problems++;
		} else {
			problems += load_file(db, full.p, err, depth + 1);
		}
		lx_buf_free(&full);
		free(inc[i]);
	}
	free(inc);
	return problems;
}

static void say(FILE *err, const char *path, const char *msg)
{
	lx_buf b = {0};
	if (!err)
		return;
	lx_esc_term(&b, path, strlen(path));
	fprintf(err, "logdx: %s: %s\n", b.p, msg);
	lx_buf_free(&b);
}

static int load_file(lx_sigdb *db, const char *path, FILE *err, int depth)
{
	/* O_NONBLOCK: a FIFO must not block the start-up (it is refused
	 * below, as every file that is not a regular file) */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	FILE *f;
	struct stat st;
	lx_buf b = {0};
	char chunk[65536];
	char **inc = NULL;
	size_t n, n_inc = 0, i;
	int rc;
	if (fd < 0) {
		say(err, path, strerror(errno));
		return 1;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		say(err, path, "not a regular file");
		close(fd);
		return 1;
	}
	for (i = 0; i < db->n_loaded; i++)
		if (db->loaded[2 * i] == (uint64_t)st.st_dev &&
		    db->loaded[2 * i + 1] == (uint64_t)st.st_ino) {
			close(fd);
			return 0; /* already loaded: an include and the directory */
		}
	lx_xgrow(&db->loaded, &db->cap_loaded, 2 * (db->n_loaded + 1), sizeof *db->loaded);
	db->loaded[2 * db->n_loaded] = (uint64_t)st.st_dev;
	db->loaded[2 * db->n_loaded + 1] = (uint64_t)st.st_ino;
	db->n_loaded++;
	f = fdopen(fd, "rb");
	if (!f) {
		say(err, path, strerror(errno));
		close(fd);
		return 1;
	}
	/* Signature files are small configuration, not input logs. */
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		lx_buf_add(&b, chunk, n);
		if (b.len > 64u << 20) {
			say(err, path, "signature file larger than 64 MiB");
			fclose(f);
			lx_buf_free(&b);
			return 1;
		}
	}
	rc = ferror(f);
	fclose(f);
	if (rc) {
		say(err, path, "read error");
		lx_buf_free(&b);
		return 1;
	}
	rc = lx_sigdb_parse(db, path, b.p ? b.p : "", b.len, err, &inc, &n_inc);
	lx_buf_free(&b);
	return rc + load_includes(db, path, inc, n_inc, err, depth);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int lx_sigdb_load(lx_sigdb *db, const char *path, FILE *err)
{
	struct stat st;
	DIR *d;
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, cap = 0, i;
	int problems = 0;
	if (stat(path, &st) != 0) {
		say(err, path, strerror(errno));
		return 1;
	}
	if (!S_ISDIR(st.st_mode))
		return load_file(db, path, err, 0);
	d = opendir(path);
	if (!d) {
		say(err, path, strerror(errno));
		return 1;
	}
	while ((e = readdir(d)) != NULL) {
		size_t l = strlen(e->d_name);
		if (e->d_name[0] == '.' || l < 5 || strcmp(e->d_name + l - 4, ".sig"))
			continue;
		lx_xgrow(&names, &cap, n + 1, sizeof *names);
		names[n++] = lx_xstrdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof *names, cmp_str);
	for (i = 0; i < n; i++) {
		lx_buf full = {0};
		lx_buf_adds(&full, path);
		if (full.len && full.p[full.len - 1] != '/')
			lx_buf_addc(&full, '/');
		lx_buf_adds(&full, names[i]);
		problems += load_file(db, full.p, err, 0);
		lx_buf_free(&full);
		free(names[i]);
	}
	free(names);
	return problems;
}

/* PCRE2 10.42's JIT with PCRE2_MATCH_INVALID_UTF misses matches of \S,
 * \D and \W on multi-byte characters ("a\S" against "a" + U+041F) where
 * the interpreter finds them.  Patterns using them run interpreted; the
 * prefilter keeps that cheap. */
static int jit_safe(const char *src)
{
	const char *p;
	for (p = src; *p; p++) {
		if (*p != '\\' || !p[1])
			continue;
		p++;
		if (*p == 'S' || *p == 'D' || *p == 'W')
			return 0;
	}
	return 1;
}

struct lx_jit_once {
	atomic_int done;
};

/* one lock for every pattern: taken only the first time a pattern runs */
static pthread_mutex_t jit_lock = PTHREAD_MUTEX_INITIALIZER;

void lx_pattern_ready(const lx_pattern *pt)
{
	struct lx_jit_once *o = pt->jit;
	if (!o || atomic_load_explicit(&o->done, memory_order_acquire))
		return;
	/* JIT compiles the code in place: no thread may match with it before
	 * done is set, so every caller waits here until it is */
	pthread_mutex_lock(&jit_lock);
	if (!atomic_load_explicit(&o->done, memory_order_relaxed)) {
		(void)pcre2_jit_compile(lx_pattern_code(pt), PCRE2_JIT_COMPLETE);
		atomic_store_explicit(&o->done, 1, memory_order_release);
	}
	pthread_mutex_unlock(&jit_lock);
}

int lx_sigdb_compile(lx_sigdb *db, FILE *err)
{
	size_t i, j, cap, n_seen = 0;
	lx_pattern **seen;
	int problems = 0;
	/* LOGDX_NO_JIT: the interpreter only, for valgrind (which cannot see
	 * through JIT-compiled code) and for comparing the two */
	int jit = !lx_env_flag("LOGDX_NO_JIT");
	if (!db->expanded) {
		problems = lx_sigdb_expand(db, err);
		if (problems)
			return problems;
	}
	/* identical sources (a fragment's instance in many signatures, the
	 * variants' label line) are compiled once and share the code */
	cap = 64;
	while (cap < 2 * (db->n + 1) * 4)
		cap *= 2;
	seen = lx_xcalloc(cap, sizeof *seen);
	for (i = 0; i < db->n; i++) {
		lx_signature *s = &db->sig[i];
		for (j = 0; j < s->n_pat; j++) {
			lx_pattern *pt = &s->pat[j];
			int ec;
			PCRE2_SIZE off;
			size_t h;
			if (pt->code)
				continue;
			for (h = (size_t)lx_str_hash(pt->src) & (cap - 1); seen[h];
			     h = (h + 1) & (cap - 1))
				if (!strcmp(seen[h]->src, pt->src))
					break;
			if (seen[h]) {
				pt->code = seen[h]->code;
				pt->jit = seen[h]->jit;
				pt->shared = 1;
				continue;
			}
			pt->code = (struct lx_code *)
				pcre2_compile((PCRE2_SPTR)pt->src, PCRE2_ZERO_TERMINATED,
			                      PCRE2_UTF | PCRE2_MATCH_INVALID_UTF | PCRE2_MULTILINE,
			                      &ec, &off, NULL);
			if (!pt->code) {
				PCRE2_UCHAR msg[256];
				pcre2_get_error_message(ec, msg, sizeof msg);
				if (err)
					fprintf(err,
					        "logdx: %s:%d: signature '%s': pattern error at offset %zu: %s\n",
					        s->src_file, pt->line, s->id, (size_t)off,
					        (char *)msg);
				problems++;
				continue;
			}
			/* JIT is an accelerator: without it the interpreter runs.
			 * Every pattern, also those that only run around a hit (the
			 * interpreter is several times slower on a window of lines),
			 * but only once it is first needed: lx_pattern_ready() */
			if (jit && jit_safe(pt->src))
				pt->jit = lx_xcalloc(1, sizeof *pt->jit);
			if (n_seen < cap / 2) {
				seen[h] = pt;
				n_seen++;
			}
		}
	}
	free(seen);
	return problems;
}

const lx_signature *lx_sigdb_find(const lx_sigdb *db, const char *id)
{
	size_t i;
	if (!db->id_cap)
		return NULL;
	i = db->id_tab[id_slot(db, id)];
	return i ? &db->sig[i - 1] : NULL;
}

const lx_fragment *lx_sigdb_fragment(const lx_sigdb *db, const char *name)
{
	size_t i;
	for (i = 0; i < db->n_frag; i++)
		if (!strcmp(db->frag[i].name, name))
			return &db->frag[i];
	return NULL;
}

const char *lx_l10n_get(const lx_l10n *t, const char *lang)
{
	size_t i, k;
	if (!lang || !*lang)
		return t->text;
	for (i = 0; i < t->n; i++) {
		k = strlen(t->lang[i]);
		if (!strncasecmp(lang, t->lang[i], k) &&
		    (lang[k] == '\0' || lang[k] == '_' || lang[k] == '-' || lang[k] == '.'))
			return t->tr[i];
	}
	return t->text;
}

static int wants_name(char *const *files, size_t n_files, const char *member)
{
	size_t i;
	const char *base;
	base = strrchr(member, '/');
	base = base ? base + 1 : member;
	for (i = 0; i < n_files; i++) {
		const char *g = files[i];
		const char *subject = strchr(g, '/') ? member : base;
		if (fnmatch(g, subject, FNM_CASEFOLD) == 0)
			return 1;
		/* a path glob also matches a member below a leading directory */
		if (subject == member && g[0] == '*' && fnmatch(g + 1, member, FNM_CASEFOLD) == 0)
			return 1;
	}
	return 0;
}

/* Whether a glob of files[] matches member, or member without a
 * compression suffix. */
static int globs_want(char *const *files, size_t n_files, const char *member)
{
	static const char *const zext[] = {".gz", ".bz2", ".xz", ".lzma", ".zst", ".lz4"};
	size_t i, n = strlen(member);
	if (wants_name(files, n_files, member))
		return 1;
	/* a rotated, compressed log keeps its name under the compression
	 * suffix: x.log.gz is read as x.log */
	for (i = 0; i < sizeof zext / sizeof zext[0]; i++) {
		size_t k = strlen(zext[i]);
		if (n > k && !strcasecmp(member + n - k, zext[i])) {
			char *plain = lx_xstrndup(member, n - k);
			int r = wants_name(files, n_files, plain);
			free(plain);
			return r;
		}
	}
	return 0;
}

int lx_signature_wants(const lx_signature *sig, const char *member)
{
	return !sig->n_files || globs_want(sig->files, sig->n_files, member);
}

const char *lx_sigdb_log_product(const lx_sigdb *db, const char *member)
{
	size_t i;
	for (i = 0; i < db->n_logs; i++)
		if (globs_want(db->logs[i].files, db->logs[i].n_files, member))
			return db->logs[i].product;
	return NULL;
}

const char *lx_sigdb_why_unread(const lx_sigdb *db, const char *member)
{
	/* English (JSON says it); the text report translates them */
	return lx_sigdb_log_product(db, member) ? N_("no signature reads it")
	                                        : N_("not a known log");
}
