/* out_html.h - the HTML report's inline assets (out_html_assets.c). */
#ifndef LX_OUT_HTML_H
#define LX_OUT_HTML_H

extern const char lx_html_css[]; /* the style sheet, screen and print */
extern const char lx_html_js[];  /* sorting and filtering the fleet table */

#endif
