/* decode.h - streaming text decoder: BOM sniffing, UTF-16 (with and without
 * BOM) to UTF-8, binary detection; hands the UTF-8 to the line splitter.
 *
 * One decoder serves any number of files, one at a time:
 * lx_decoder_begin(), lx_decoder_feed()..., lx_decoder_end().  The first
 * bytes of a file are held back until the encoding is known (LX_SNIFF_BYTES
 * or the end of the file); only then is sink->begin() called, with
 * lx_file_info.encoding set.  Binary files (more than a few control bytes
 * in what is not UTF-16; a file named like a log may hold more) are not
 * delivered: the caller counts them (lx_decoder_binary). */
#ifndef LX_DECODE_H
#define LX_DECODE_H

#include <stddef.h>
#include <stdint.h>

#include "input.h"

#define LX_SNIFF_BYTES 1024

typedef struct lx_decoder lx_decoder;

/* Creates a decoder whose line splitter cuts lines longer than max_line.
 * Freed with lx_decoder_free(); never returns NULL. */
lx_decoder *lx_decoder_new(size_t max_line);
/* Frees d; accepts NULL. */
void lx_decoder_free(lx_decoder *d);
/* Starts a file.  path and sink are borrowed and must stay valid until
 * lx_decoder_end(). */
void lx_decoder_begin(lx_decoder *d, const lx_sink *sink, const lx_chain *path, int64_t mtime);
/* Feeds n bytes of the file.  Returns 0 while more bytes are wanted, 1 when
 * the rest of the file is not needed (binary, or sink->begin() declined). */
int lx_decoder_feed(lx_decoder *d, const void *p, size_t n);
/* Ends the file: decodes what was held back, flushes the last line and
 * calls sink->end() if the file was begun.  Returns 1 when the file was
 * handed to sink->begin(), 0 when it was not (binary). */
int lx_decoder_end(lx_decoder *d);
/* Whether the file just ended was skipped as binary. */
int lx_decoder_binary(const lx_decoder *d);
/* The encoding detected for the current file ("utf-8", "utf-8-bom",
 * "utf-16le", "utf-16be", "utf-16le-nobom"), or NULL before detection or for
 * a binary file. */
const char *lx_decoder_encoding(const lx_decoder *d);

#endif
