/* fuzz_decode - the decoder and the line splitter on arbitrary bytes, fed
 * in chunks whose sizes come from the input itself. */
#include <stddef.h>
#include <stdint.h>

#include "decode.h"
#include "fuzz_sink.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static lx_decoder *dec;
	lx_chain path = {0};
	lx_sink sink;
	fuzz_state st;
	size_t step, i;

	if (size < 1)
		return 0;
	/* first byte: chunk size (1..256); lines are cut at 64 bytes so that
	 * the long-line path is reached with small inputs */
	step = (size_t)data[0] + 1;
	data++;
	size--;
	if (!dec)
		dec = lx_decoder_new(64);
	fuzz_sink_init(&sink, &st, 64);
	lx_chain_push(&path, "fuzz.log");
	lx_decoder_begin(dec, &sink, &path, LX_MTIME_UNKNOWN);
	for (i = 0; i < size; i += step)
		if (lx_decoder_feed(dec, data + i, size - i < step ? size - i : step))
			break;
	lx_decoder_end(dec);
	if (st.in_file)
		abort();
	lx_chain_free(&path);
	return 0;
}
