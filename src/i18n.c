/* i18n.c - the language of the program's messages.  See i18n.h.
 *
 * GNU gettext chooses a catalogue from LANGUAGE, but ignores LANGUAGE
 * while LC_MESSAGES is the "C" locale, and the report's language may be
 * one no locale of the machine is installed for (--lang=ru on a server
 * that has only C.UTF-8).  So for any language but English, LC_MESSAGES
 * becomes C.UTF-8 (present in every glibc since 2.35, and in Debian's
 * before) and LANGUAGE names the catalogue; the catalogues are UTF-8 and
 * are read as UTF-8 whatever LC_CTYPE says.  English is LC_MESSAGES "C":
 * the messages as written, whatever LANGUAGE holds.  No other category
 * changes: JSON numbers and the C library's character classes stay
 * those of the C locale. */
#include "i18n.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#ifndef LOCALEDIR
#define LOCALEDIR "/usr/local/share/locale"
#endif

const char *lx_pgettext(const char *key, const char *msgid)
{
#if defined ENABLE_NLS && ENABLE_NLS
	const char *t = dcgettext(NULL, key, LC_MESSAGES);
	return t == key ? msgid : t;
#else
	(void)key;
	return msgid;
#endif
}

#if defined ENABLE_NLS && ENABLE_NLS
/* The catalogue of a report language (po/LINGUAS), NULL for English. */
static const char *catalogue(const char *lang)
{
	static const char *const map[][2] = {
		{"ru", "ru"}, {"zh-CN", "zh_CN"}, {"zh-TW", "zh_TW"}, {"es", "es"}, {"fr", "fr"},
	};
	size_t i;
	for (i = 0; lang && i < sizeof map / sizeof map[0]; i++)
		if (!strcmp(lang, map[i][0]))
			return map[i][1];
	return NULL;
}

static const char *localedir(char *buf, size_t n)
{
	const char *env = getenv("LOGDX_LOCALEDIR");
	if (env && *env)
		return env;
	if (lx_exe_relative(buf, n, "../po/locale"))
		return buf;
	return LOCALEDIR;
}
#endif

void lx_i18n_init(const char *lang)
{
#if defined ENABLE_NLS && ENABLE_NLS
	static const char *const utf8[] = {"C.UTF-8", "C.utf8", ""};
	char buf[4096];
	const char *cat = catalogue(lang), *m = NULL;
	size_t i;
	if (!cat) {
		(void)setlocale(LC_MESSAGES, "C");
		return;
	}
	for (i = 0; i < sizeof utf8 / sizeof utf8[0]; i++) {
		m = setlocale(LC_MESSAGES, utf8[i]);
		if (m && strcmp(m, "C") && strcmp(m, "POSIX"))
			break;
	}
	(void)setenv("LANGUAGE", cat, 1);
	(void)bindtextdomain(PACKAGE, localedir(buf, sizeof buf));
	(void)bind_textdomain_codeset(PACKAGE, "UTF-8");
	(void)textdomain(PACKAGE);
#else
	(void)lang;
#endif
}
