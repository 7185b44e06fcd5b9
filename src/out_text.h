/* out_text.h - what the text report's files share: out_text.c writes
 * each bundle, out_text_fleet.c the fleet summary at the end,
 * out_text_wrap.c breaks lines.  Private to them. */
#ifndef LX_OUT_TEXT_H
#define LX_OUT_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "out.h"

#define C_RESET "\033[0m"
#define C_BOLD "\033[1m"
#define C_DIM "\033[2m"
#define C_FILE "\033[35m"
#define C_LINE "\033[32m"

/* The width the report's own text (titles, remedies) is wrapped to. */
#define WRAP 78

/* The colour of a severity's name. */
const char *lx_text_sev_color(lx_severity s);
/* Appends the colour code c to o->b when the output is in colour. */
void lx_text_col(lx_out *o, const char *c);
/* Appends s to o->b escaped for a terminal. */
void lx_text_esc(lx_out *o, const char *s);
/* Appends n spaces to b. */
void lx_text_spaces(lx_buf *b, size_t n);
/* The display width of s. */
size_t lx_text_strwidth(const char *s);

/* Appends text to b from column colno on, wrapped at `width` columns by
 * display width, each break a line end and indent spaces.  Spaces between
 * words become one; CJK text, which has none, breaks between characters;
 * a word wider than a line is cut.  Returns the column it ends at. */
size_t lx_text_wrap_into(lx_buf *b, size_t colno, size_t width, size_t indent, const char *text);

/* Writes to o->b the count, times (from first to last), template and
 * example of an unrecognised error, each cut to the report's width;
 * machines (or NULL) follows the count. */
void lx_text_unrec_item(lx_out *o, uint64_t count, const char *machines, int64_t first,
                        int64_t last, const char *tpl, const char *ex, size_t ex_len);

/* The end of the text report: with more than one bundle, the fleet
 * summary (out_text_fleet.c). */
void lx_text_fleet(lx_out *o, const lx_summary *s);

#endif
