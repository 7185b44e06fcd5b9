/* i18n.h - program messages (report headings, notes, errors, --help) in the
 * report's language, through GNU gettext (catalogues: the .po files of po/).
 *
 *   _("text")            the message, translated
 *   N_("text")           marks a message that is translated where it is used
 *   P_("one", "many", n) the plural form for n, translated
 *   C_("context", "text") a message that needs its context to be translated
 *                         (the same English word, two meanings)
 *
 * Without NLS (configure --disable-nls) every one is the English text.
 * Titles and remedies are not messages: they come from the signatures. */
#ifndef LX_I18N_H
#define LX_I18N_H

#if defined ENABLE_NLS && ENABLE_NLS
#include <libintl.h>
#define _(s) gettext(s)
#define P_(s, p, n) ngettext(s, p, (unsigned long)(n))
#define C_(ctx, s) lx_pgettext(ctx "\004" s, s)
#else
#define _(s) ((const char *)(s))
#define P_(s, p, n) ((n) == 1 ? (const char *)(s) : (const char *)(p))
#define C_(ctx, s) ((const char *)(s))
#endif
#define N_(s) s

/* The translation of key ("context\004text"), or msgid when there is none. */
const char *lx_pgettext(const char *key, const char *msgid) __attribute__((format_arg(2)));

/* Makes lang (one of lx_langs, or NULL: English) the language of the
 * messages.  May be called again (--lang after the locale's choice);
 * before any thread starts.  The catalogues are looked for in
 * $LOGDX_LOCALEDIR, then po/locale in the build tree the binary was run
 * from, then the installed location.  Only LC_MESSAGES changes: numbers,
 * times and character classes stay those of the C locale.  Without a
 * catalogue for lang the messages stay English. */
void lx_i18n_init(const char *lang);

#endif
