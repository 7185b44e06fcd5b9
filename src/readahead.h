/* readahead.h - reading a bundle on its own thread.
 *
 * When workers would otherwise sit idle (fewer bundles than -j), a bundle's
 * reading (decompression, decoding, line splitting) runs on a second
 * thread while the worker matches: the reader fills a small ring of block
 * copies, the matcher drains it.  Memory is the ring, whatever the input;
 * the events reach the consumer's sink in exactly the order the reader
 * produced them, so the result is the same as reading inline. */
#ifndef LX_READAHEAD_H
#define LX_READAHEAD_H

#include "input.h"
#include "options.h"

/* Walks the bundle arg on a reader thread and replays every sink event
 * to `consumer` on the calling thread.  wants(ud, fi) decides, on the
 * reader thread, whether a file is wanted at all (the consumer's begin()
 * is then called for it and must not return NULL); it must be safe to
 * call from another thread.  Returns what lx_walk_bundle() returns; st is
 * filled in.  Falls back to reading inline if no thread can be started. */
int lx_readahead_bundle(const lx_config *cfg, const char *arg, const lx_sink *consumer,
                        int (*wants)(void *ud, const lx_file_info *fi), void *wants_ud,
                        lx_input_stats *st);

#endif
