/* newlines.c - counting line ends.  See newlines.h. */
#include "newlines.h"

#include <stdint.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* Sixteen bytes at a time with SSE2, four loads to a round (each byte
 * counter summed before it can wrap, every 127 rounds), else eight at a
 * time. */
size_t lx_count_newlines(const char *buf, size_t len)
{
	const uint64_t lo7 = 0x7f7f7f7f7f7f7f7fULL, nl = 0x0a0a0a0a0a0a0a0aULL;
	size_t i = 0, n = 0;
#ifdef __SSE2__
	const __m128i vnl = _mm_set1_epi8('\n'), zero = _mm_setzero_si128();
#define LX_NL_EQ(k) \
	_mm_cmpeq_epi8(_mm_loadu_si128((const __m128i *)(const void *)(buf + i + 16 * (k))), vnl)
	while (i + 64 <= len) {
		__m128i a = zero, b = zero, sum;
		size_t r;
		for (r = 0; r < 127 && i + 64 <= len; r++, i += 64) {
			a = _mm_sub_epi8(a, _mm_add_epi8(LX_NL_EQ(0), LX_NL_EQ(1)));
			b = _mm_sub_epi8(b, _mm_add_epi8(LX_NL_EQ(2), LX_NL_EQ(3)));
		}
		/* a byte of a or b counts at most 2 * 127: widened before adding */
		sum = _mm_add_epi64(_mm_sad_epu8(a, zero), _mm_sad_epu8(b, zero));
		n += (size_t)_mm_cvtsi128_si32(sum) + (size_t)_mm_extract_epi16(sum, 4);
	}
	while (i + 16 <= len) {
		__m128i acc = _mm_sub_epi8(zero, LX_NL_EQ(0)), sum = _mm_sad_epu8(acc, zero);
		n += (size_t)_mm_cvtsi128_si32(sum) + (size_t)_mm_extract_epi16(sum, 4);
		i += 16;
	}
#undef LX_NL_EQ
#endif
	for (; i + 8 <= len; i += 8) {
		uint64_t w, x, t;
		memcpy(&w, buf + i, 8);
		x = w ^ nl;                /* a zero byte where buf has '\n' */
		t = ((x & lo7) + lo7) | x; /* high bit set in every non-zero byte */
		/* one bit per '\n' byte, moved to bit 0 of its byte, then summed */
		n += (size_t)((((~t & ~lo7) >> 7) * 0x0101010101010101ULL) >> 56);
	}
	for (; i < len; i++)
		n += buf[i] == '\n';
	return n;
}
