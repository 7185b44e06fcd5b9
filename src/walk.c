/* walk.c - one bundle argument: a file, a directory tree or stdin.
 * See walk.h.
 *
 * Directories are walked without recursion: a stack of frames, each holding
 * the sorted entry names of one directory and an open descriptor for it.
 * Only the innermost LX_WALK_FDS descriptors stay open; an outer one is
 * closed on the way down and opened again (and checked to be the same
 * directory) on the way back, so the depth of a tree is limited by nothing
 * but memory.  Entries are reached with *at() calls relative to their
 * directory, so long paths never matter. */
#include "walk.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include "archive.h"
#include "archive_sniff.h"
#include "i18n.h"
#include "util.h"

#ifndef O_CLOEXEC
#define O_CLOEXEC 0
#endif
#ifndef O_NOCTTY
#define O_NOCTTY 0
#endif
#ifndef O_DIRECTORY
#define O_DIRECTORY 0
#endif

#define LX_WALK_FDS 32
#define LX_WALK_PROBE 512u      /* files looked at by lx_walk_plan */
#define LX_WALK_AVG (64u << 10) /* smaller files on average: one thread */

typedef struct frame {
	int fd; /* -1 while closed to save descriptors */
	dev_t dev;
	ino_t ino;
	const char *name; /* entry name in the parent frame (NULL for the top) */
	char **names;     /* sorted entries; owned */
	size_t n, i;
} frame;

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Reads the entry names of the directory open on fd, sorted byte-wise.
 * Returns 0 and sets *names (owned by the caller, each string too) and *n,
 * or -1 with errno set. */
static int list_dir(int fd, char ***names, size_t *n)
{
	DIR *d;
	struct dirent *de;
	char **v = NULL;
	size_t cap = 0, len = 0;
	int dfd = dup(fd), rc = -1, err = 0;

	if (dfd < 0)
		return -1;
	d = fdopendir(dfd);
	if (!d) {
		err = errno;
		close(dfd);
		goto out;
	}
	rewinddir(d);
	for (;;) {
		errno = 0;
		de = readdir(d);
		if (!de) {
			err = errno;
			break;
		}
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		lx_xgrow(&v, &cap, len + 1, sizeof *v);
		v[len++] = lx_xstrdup(de->d_name);
	}
	closedir(d);
	if (!err) {
		if (len > 1)
			qsort(v, len, sizeof *v, cmp_names);
		*names = v;
		*n = len;
		v = NULL;
		rc = 0;
	}
out:
	if (v) {
		while (len)
			free(v[--len]);
		free(v);
	}
	errno = err;
	return rc;
}

static void frame_free(frame *f)
{
	if (f->fd >= 0)
		close(f->fd);
	while (f->n)
		free(f->names[--f->n]);
	free(f->names);
	f->names = NULL;
	f->fd = -1;
}

/* Opens frames[k] again from the nearest open ancestor.  Returns 0, or -1
 * (reported) when the tree changed under the walk. */
static int reopen(lx_reader *r, frame *fr, size_t k)
{
	size_t j = k;
	while (fr[j].fd < 0)
		j--;
	while (j < k) {
		struct stat sb;
		int fd = openat(fr[j].fd, fr[j + 1].name,
		                O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOCTTY);
		if (fd < 0 || fstat(fd, &sb) < 0 || sb.st_dev != fr[j + 1].dev ||
		    sb.st_ino != fr[j + 1].ino) {
			if (fd >= 0)
				close(fd);
			lx_reader_error(r, 0, _("directory changed during the walk"));
			return -1;
		}
		fr[++j].fd = fd;
	}
	return 0;
}

/* The (device, inode) pairs met by a walk that follows symbolic links, so
 * that each file and directory is read once (open addressing). */
typedef struct seen {
	struct {
		dev_t dev;
		ino_t ino;
	} * v;
	size_t n, cap; /* cap: 0 or a power of two */
} seen;

/* Adds (dev, ino) to s.  Returns 1 when it was new, 0 when seen before. */
static int seen_add(seen *s, dev_t dev, ino_t ino)
{
	size_t i, mask;
	if (2 * (s->n + 1) > s->cap) {
		seen old = *s;
		s->cap = s->cap ? 2 * s->cap : 64;
		s->v = lx_xcalloc(s->cap, sizeof *s->v);
		s->n = 0;
		for (i = 0; i < old.cap; i++)
			if (old.v[i].ino || old.v[i].dev)
				(void)seen_add(s, old.v[i].dev, old.v[i].ino);
		free(old.v);
	}
	mask = s->cap - 1;
	i = (size_t)(((uint64_t)dev * 0x9E3779B97F4A7C15u) ^ ((uint64_t)ino * 0xC2B2AE3D27D4EB4Fu));
	for (i &= mask;; i = (i + 1) & mask) {
		if (!s->v[i].ino && !s->v[i].dev) {
			s->v[i].dev = dev;
			s->v[i].ino = ino;
			s->n++;
			return 1;
		}
		if (s->v[i].dev == dev && s->v[i].ino == ino)
			return 0;
	}
}

/* Whether the symbolic link name in the directory frame top leads to a
 * place inside the bundle, whose real path is root (with --follow-symlinks
 * a walk never leaves its bundle).  r->chain names the link. */
static int inside(const lx_reader *r, const char *root)
{
	char *path, *real;
	size_t i, n = 1;
	int in;
	for (i = 0; i < r->chain.n; i++)
		n += strlen(r->chain.part[i]) + 1;
	path = lx_xmalloc(n);
	n = 0;
	for (i = 0; i < r->chain.n; i++) {
		size_t k = strlen(r->chain.part[i]);
		if (i)
			path[n++] = '/';
		memcpy(path + n, r->chain.part[i], k);
		n += k;
	}
	path[n] = '\0';
	real = realpath(path, NULL);
	free(path);
	n = strlen(root);
	in = real && !strncmp(real, root, n) &&
	     (real[n] == '/' || real[n] == '\0' || (n == 1 && root[0] == '/'));
	free(real);
	return in;
}

/* Opens the entry name of the directory dfd for reading with the extra
 * flags.  Returns the descriptor (the caller closes it), or -1 after
 * reporting why. */
static int open_entry(lx_reader *r, int dfd, const char *name, int flags)
{
	int f = openat(dfd, name, O_RDONLY | O_CLOEXEC | O_NOCTTY | flags);
	if (f < 0)
		lx_reader_syserr(r, 0, NULL, errno);
	return f;
}

/* Handles the entry name of the directory frame top; r->chain names it.
 * Returns 1 when it is a directory to descend into (its descriptor and
 * status in *fd and *sb), else 0. */
static int visit(lx_reader *r, const frame *fr, size_t depth, const char *name, int *fd,
                 struct stat *sb, seen *met, const char *root)
{
	const frame *top = &fr[depth];
	size_t i;
	int f;

	if (fstatat(top->fd, name, sb, AT_SYMLINK_NOFOLLOW) < 0) {
		lx_reader_syserr(r, 0, NULL, errno);
		return 0;
	}
	if (S_ISLNK(sb->st_mode)) {
		/* as grep -r: links met on the way are not followed, unless
		 * asked, and then never out of the bundle */
		if (!root)
			return 0;
		if (fstatat(top->fd, name, sb, 0) < 0) {
			if (errno == ENOENT)
				lx_reader_error(r, 0, _("broken symbolic link"));
			else
				lx_reader_syserr(r, 0, NULL, errno);
			return 0;
		}
		if (!inside(r, root)) {
			lx_reader_error(r, 0,
			                _("symbolic link leads out of the bundle, not followed"));
			return 0;
		}
	}
	if (root && (S_ISDIR(sb->st_mode) || S_ISREG(sb->st_mode)) &&
	    !seen_add(met, sb->st_dev, sb->st_ino))
		return 0; /* read once already */
	if (S_ISDIR(sb->st_mode)) {
		for (i = 0; i <= depth; i++)
			if (fr[i].dev == sb->st_dev && fr[i].ino == sb->st_ino) {
				lx_reader_note(r, 0, _("recursive directory loop, skipped"));
				return 0;
			}
		f = open_entry(r, top->fd, name, O_DIRECTORY);
		if (f < 0)
			return 0;
		*fd = f;
		return 1;
	}
	if (!S_ISREG(sb->st_mode)) {
		lx_reader_note(r, 0, _("not a regular file, skipped"));
		return 0;
	}
	/* a file of the directory is a unit of the hook */
	if (r->hook && !r->hook->unit(r->hook->ud))
		return 0;
	if (lx_reader_take_member(r)) {
		f = open_entry(r, top->fd, name, O_NONBLOCK);
		if (f >= 0) {
			if (fstat(f, sb) == 0 && S_ISREG(sb->st_mode))
				lx_archive_read_fd(r, f, 1, (int64_t)sb->st_mtime);
			close(f);
		}
	}
	if (r->hook)
		r->hook->unit_done(r->hook->ud);
	return 0;
}

/* Walks the directory open on fd (status sb), named by r->chain. */
static void walk_dir(lx_reader *r, int fd, const struct stat *sb, const char *arg)
{
	frame *fr = NULL;
	size_t cap = 0, depth = 0;
	seen met = {NULL, 0, 0};
	char *root = NULL;

	if (r->cfg->follow_symlinks) {
		root = realpath(arg, NULL);
		if (!root) {
			lx_reader_syserr(r, 0, NULL, errno);
			return;
		}
		(void)seen_add(&met, sb->st_dev, sb->st_ino);
	}

	lx_xgrow(&fr, &cap, 1, sizeof *fr);
	memset(&fr[0], 0, sizeof fr[0]);
	fr[0].fd = fd;
	fr[0].dev = sb->st_dev;
	fr[0].ino = sb->st_ino;
	if (list_dir(fd, &fr[0].names, &fr[0].n) < 0) {
		lx_reader_syserr(r, 0, NULL, errno);
		fr[0].fd = -1; /* the caller closes fd */
		goto out;
	}
	for (;;) {
		frame *top = &fr[depth];
		struct stat csb;
		const char *name;
		int cfd = -1;

		if (lx_reader_stopped(r) || r->spent)
			break;
		if (top->i == top->n || (top->fd < 0 && reopen(r, fr, depth) < 0)) {
			/* directory done (or lost): back to its parent */
			if (depth == 0)
				break;
			frame_free(top);
			depth--;
			lx_chain_pop(&r->chain);
			continue;
		}
		name = top->names[top->i++];
		lx_chain_push_file(&r->chain, name);
		if (!visit(r, fr, depth, name, &cfd, &csb, &met, root)) {
			lx_chain_pop(&r->chain);
			continue;
		}
		lx_xgrow(&fr, &cap, depth + 2, sizeof *fr);
		top = &fr[depth];
		memset(&fr[depth + 1], 0, sizeof *fr);
		fr[depth + 1].fd = cfd;
		fr[depth + 1].dev = csb.st_dev;
		fr[depth + 1].ino = csb.st_ino;
		fr[depth + 1].name = name;
		if (list_dir(cfd, &fr[depth + 1].names, &fr[depth + 1].n) < 0) {
			lx_reader_syserr(r, 0, NULL, errno);
			close(cfd);
			lx_chain_pop(&r->chain);
			continue;
		}
		depth++;
		if (depth >= LX_WALK_FDS) {
			frame *old = &fr[depth + 1 - LX_WALK_FDS];
			if (old != fr && old->fd >= 0) {
				close(old->fd);
				old->fd = -1;
			}
		}
	}
	fr[0].fd = -1; /* the caller closes fd */
out:
	if (fr) {
		while (depth > 0)
			frame_free(&fr[depth--]);
		frame_free(&fr[0]);
	}
	free(fr);
	free(met.v);
	free(root);
}

static void walk_path(lx_reader *r, const char *arg)
{
	struct stat sb;
	int fd = open(arg, O_RDONLY | O_CLOEXEC | O_NOCTTY);

	if (fd < 0) {
		lx_reader_syserr(r, 0, NULL, errno);
		return;
	}
	if (fstat(fd, &sb) < 0)
		lx_reader_syserr(r, 0, NULL, errno);
	else if (S_ISDIR(sb.st_mode)) {
		walk_dir(r, fd, &sb, arg);
		if (r->hook)
			r->hook->eof(r->hook->ud);
	} else
		lx_archive_read_fd(r, fd, S_ISREG(sb.st_mode),
		                   S_ISREG(sb.st_mode) ? (int64_t)sb.st_mtime : LX_MTIME_UNKNOWN);
	close(fd);
}

lx_status lx_input_status(const lx_input_stats *st)
{
	if (st->errors)
		return LX_FAILED;
	return st->notes ? LX_WARN : LX_OK;
}

lx_status lx_walk_bundle(const lx_config *cfg, const char *arg, const lx_sink *sink,
                         const lx_read_hook *hook, lx_input_stats *st)
{
	lx_reader r;

	memset(st, 0, sizeof *st);
	lx_reader_init(&r, cfg, sink, st, arg);
	r.hook = hook;
	if (!strcmp(arg, "-")) {
		struct stat sb;
		int reg = fstat(0, &sb) == 0 && S_ISREG(sb.st_mode);
		lx_archive_read_fd(&r, 0, reg, reg ? (int64_t)sb.st_mtime : LX_MTIME_UNKNOWN);
	} else {
		walk_path(&r, arg);
	}
	lx_reader_fini(&r);
	/* graded by everything the bundle reported: each file's problems,
	 * which also grade its lx_archive_read_fd(), and the walk's own (a
	 * directory that cannot be listed ...) */
	return lx_input_status(st);
}

/* The sizes of a directory's regular files, for lx_walk_plan(). */
static uint64_t probe_total, probe_most, probe_n;

static int probe_file(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
	(void)path;
	(void)ftw;
	if (type != FTW_F || !S_ISREG(sb->st_mode))
		return 0;
	probe_total += (uint64_t)sb->st_size;
	if ((uint64_t)sb->st_size > probe_most)
		probe_most = (uint64_t)sb->st_size;
	return ++probe_n >= LX_WALK_PROBE;
}

/* The plan for n files of total bytes, the largest most. */
static int plan(uint64_t n, uint64_t total, uint64_t most)
{
	if (n >= 2 && total / n < LX_WALK_AVG)
		return LX_PLAN_ONE;
	if (n >= 2 && most <= total / 2)
		return LX_PLAN_LANES;
	return LX_PLAN_READER;
}

int lx_walk_plan(const char *arg)
{
	static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
	struct stat sb;
	uint64_t n, total, most;
	int p;
	if (!strcmp(arg, "-") || stat(arg, &sb) < 0)
		return LX_PLAN_READER;
	if (S_ISREG(sb.st_mode)) {
		if (lx_archive_plain_text(arg))
			return LX_PLAN_ONE;
		if (lx_archive_zip_sizes(arg, &n, &total, &most))
			return plan(n, total, most);
		return LX_PLAN_READER;
	}
	if (!S_ISDIR(sb.st_mode))
		return LX_PLAN_READER;
	/* nftw() takes no context: one probe at a time */
	pthread_mutex_lock(&mu);
	probe_total = probe_most = probe_n = 0;
	(void)nftw(arg, probe_file, 16, FTW_PHYS);
	p = plan(probe_n, probe_total, probe_most);
	pthread_mutex_unlock(&mu);
	return p;
}
