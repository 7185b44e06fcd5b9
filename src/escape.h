/* escape.h - safe rendering of bytes that came from logs or file names.
 *
 * Nothing from an input reaches a terminal or a JSON document raw: these
 * functions append an escaped form of s[0..n) to b. */
#ifndef LX_ESCAPE_H
#define LX_ESCAPE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "util.h"

/* Terminal-safe text: valid UTF-8 printable characters pass through; C0
 * controls (except tab), DEL and C1 controls become \xNN (or \r, \n, \e);
 * bytes of invalid UTF-8 become \xNN; bidirectional controls (U+202E...)
 * become \uXXXX; a backslash stays a backslash. */
void lx_esc_term(lx_buf *b, const char *s, size_t n);
/* JSON string contents (without the quotes), always valid UTF-8: invalid
 * sequences become U+FFFD, controls \uXXXX or the short escapes. */
void lx_esc_json(lx_buf *b, const char *s, size_t n);
/* Appends "s" as a JSON string, quotes included. */
void lx_esc_json_str(lx_buf *b, const char *s);
/* RFC 4180 field: quoted when it holds a comma, quote, CR or LF; valid
 * UTF-8 as for JSON (bidirectional controls as \uXXXX); other controls
 * dropped to '?'.  A field starting with = + - @ tab or CR (a formula to
 * a spreadsheet) is quoted with a ' before it. */
void lx_esc_csv(lx_buf *b, const char *s, size_t n);
/* HTML text: & < > " ' escaped, valid UTF-8 as for JSON, bidirectional
 * controls as \uXXXX. */
void lx_esc_html(lx_buf *b, const char *s, size_t n);

/* Writes "logdx: ", prefix (taken as it is, not as a format) and the
 * formatted message to f, all escaped for a terminal (messages quote names
 * and values read from files), and a line end. */
void lx_esc_vmsg(FILE *f, const char *prefix, const char *fmt, va_list ap);

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0 when the
 * bytes there are not a valid sequence. */
size_t lx_utf8_seq(const unsigned char *s, size_t n);

/* The code point at s (n > 0 bytes) in *cp, and its length; a byte that
 * starts no valid sequence is U+FFFD of length 1. */
size_t lx_utf8_next(const char *s, size_t n, uint32_t *cp);

/* Code point cp (at most U+10FFFF) in UTF-8 at o; returns its length. */
static inline size_t lx_utf8_put(uint32_t cp, unsigned char o[4])
{
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xc0 | cp >> 6);
		o[1] = (unsigned char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xe0 | cp >> 12);
		o[1] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
		o[2] = (unsigned char)(0x80 | (cp & 0x3f));
		return 3;
	}
	o[0] = (unsigned char)(0xf0 | cp >> 18);
	o[1] = (unsigned char)(0x80 | (cp >> 12 & 0x3f));
	o[2] = (unsigned char)(0x80 | (cp >> 6 & 0x3f));
	o[3] = (unsigned char)(0x80 | (cp & 0x3f));
	return 4;
}
/* Columns a code point takes on a terminal, whatever the locale: 0 for
 * combining marks and zero-width characters, 2 for East Asian wide and
 * fullwidth characters (CJK ideographs, kana, Hangul, fullwidth forms,
 * CJK punctuation), 1 otherwise. */
int lx_cp_width(uint32_t c);
/* Columns that the UTF-8 text s[0..n) takes (as lx_esc_term writes it:
 * pass the escaped text). */
size_t lx_text_width(const char *s, size_t n);

#endif
