/* prefilter_scan.c - the reading side of the prefilter: the scan of a
 * block (the gate at every other byte, then the buckets of the pairs where
 * it is open) and the checks of a named line against a pattern's other
 * literal sets.  The tables it reads are built and tuned by prefilter.c;
 * see prefilter.h and doc/matcher.md. */
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#if defined(__x86_64__) && defined(__GNUC__) && defined(__BYTE_ORDER__) && \
	__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define LX_GATE_AVX2 1
#include <immintrin.h>
#else
#define LX_GATE_AVX2 0
#endif

#include "prefilter_int.h"
#include "util.h"

/* The header's names, short. */
typedef lx_pf_lit lit;
typedef lx_pf_bent bent;
typedef lx_pf_clause clause;
typedef lx_pf_pinfo pinfo;

/* gate_hash() of q[0..2]; q[3] must be readable. */
static uint32_t gate_at(const unsigned char *q, unsigned shift)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint32_t v;
	memcpy(&v, q, 4);
	return ((v & 0xffffff) * 2654435761u) >> shift;
#else
	return gate_hash(q[0], q[1], q[2], shift);
#endif
}

/* Bit k: the gate is open at q + 2k, for k < 32 (q[0..65] readable). */
static uint32_t gate32_plain(const uint64_t *gate, const unsigned char *q, unsigned shift)
{
	uint32_t m = 0;
	unsigned k;
	for (k = 0; k < 32; k++) {
		uint32_t g = gate_at(q + 2 * k, shift);
		m |= (uint32_t)(gate[g >> 6] >> (g & 63) & 1) << k;
	}
	return m;
}

#if LX_GATE_AVX2
/* The same with AVX2, eight offsets at a time: the triples are shuffled
 * into dwords, hashed, and their gate words gathered. */
__attribute__((target("avx2"))) static uint32_t gate32_avx2(const uint64_t *gate,
                                                            const unsigned char *q, unsigned shift)
{
	const __m128i sh = _mm_cvtsi32_si128((int)shift);
	/* lane 0 holds c[0..15], lane 1 c[1..16]: nothing past c[16] is read */
	const __m256i ctrl = _mm256_setr_epi8(0, 1, 2, -128, 2, 3, 4, -128, 4, 5, 6, -128, 6, 7, 8,
	                                      -128, 7, 8, 9, -128, 9, 10, 11, -128, 11, 12, 13,
	                                      -128, 13, 14, 15, -128);
	const __m256i mul = _mm256_set1_epi32((int)2654435761u), low5 = _mm256_set1_epi32(31);
	const __m256i one = _mm256_set1_epi32(1);
	const int *words = (const int *)(const void *)gate;
	uint32_t m = 0;
	unsigned r;
	for (r = 0; r < 4; r++) {
		const unsigned char *c = q + 16 * r;
		__m256i v = _mm256_inserti128_si256(
			_mm256_castsi128_si256(_mm_loadu_si128((const __m128i *)(const void *)c)),
			_mm_loadu_si128((const __m128i *)(const void *)(c + 1)), 1);
		__m256i g = _mm256_srl_epi32(_mm256_mullo_epi32(_mm256_shuffle_epi8(v, ctrl), mul),
		                             sh);
		__m256i w = _mm256_i32gather_epi32(words, _mm256_srli_epi32(g, 5), 4);
		__m256i bit = _mm256_and_si256(_mm256_srlv_epi32(w, _mm256_and_si256(g, low5)),
		                               one);
		m |= (uint32_t)_mm256_movemask_ps(_mm256_castsi256_ps(_mm256_slli_epi32(bit, 31)))
		     << (8 * r);
	}
	return m;
}
#endif

lx_pf_gate_fn lx_prefilter_gate32(void)
{
#if LX_GATE_AVX2
	if (__builtin_cpu_supports("avx2") && !lx_env_flag("LOGDX_NO_SIMD"))
		return gate32_avx2;
#endif
	return gate32_plain;
}

/* Whether the literal l occurs at s (caselessly); s has room for it.
 * avail: bytes readable from s. */
__attribute__((always_inline)) static inline int at(const lit *l, const unsigned char *s,
                                                    size_t avail)
{
	size_t i;
	if (avail >= 8) {
		uint64_t w;
		memcpy(&w, s, 8);
		if (((w | l->ffold) & l->fmask) != l->fval)
			return 0;
		if (l->len <= 8)
			return 1;
	}
	for (i = 0; i < l->len; i++)
		if (lower(s[i]) != (unsigned char)l->s[i])
			return 0;
	return 1;
}

/* at(), and no digit right after when the pattern forbids one there. */
__attribute__((always_inline)) static inline int at_bounded(const lit *l, const unsigned char *s,
                                                            size_t avail)
{
	if (!at(l, s, avail))
		return 0;
	return !l->no_digit_after || avail <= l->len || s[l->len] < '0' || s[l->len] > '9';
}

/* Whether l occurs anywhere in s[0..n), caselessly.  With SSE2, sixteen
 * starting positions at a time are sifted by the literal's rarest pair. */
__attribute__((always_inline)) static inline int contains(const lit *l, const unsigned char *s,
                                                          size_t n)
{
	size_t p = 0;
	if (n < l->len)
		return 0;
#ifdef __SSE2__
	{
		unsigned char a = (unsigned char)l->s[l->anc], b = (unsigned char)l->s[l->anc + 1];
		const __m128i fa = _mm_set1_epi8((char)(a >= 'a' && a <= 'z' ? 0x20 : 0));
		const __m128i fb = _mm_set1_epi8((char)(b >= 'a' && b <= 'z' ? 0x20 : 0));
		const __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b);
		for (; p + l->anc + 17 <= n; p += 16) {
			__m128i x = _mm_loadu_si128(
				(const __m128i *)(const void *)(s + p + l->anc));
			__m128i y = _mm_loadu_si128(
				(const __m128i *)(const void *)(s + p + l->anc + 1));
			unsigned m = (unsigned)_mm_movemask_epi8(
				_mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(x, fa), va),
			                      _mm_cmpeq_epi8(_mm_or_si128(y, fb), vb)));
			while (m) {
				size_t q = p + (size_t)__builtin_ctz(m);
				m &= m - 1;
				if (q + l->len <= n && at_bounded(l, s + q, n - q))
					return 1;
			}
		}
	}
#endif
	for (; p + l->len <= n; p++)
		if (at_bounded(l, s + p, n - p))
			return 1;
	return 0;
}

/* Whether one of clause c's literals occurs in s[0..n). */
__attribute__((always_inline)) static inline int clause_in(const lx_prefilter *pf, const clause *c,
                                                           const char *s, size_t n)
{
	size_t k;
	for (k = 0; k < c->n; k++)
		if (contains(&pf->lit[c->lit[k]], (const unsigned char *)s, n))
			return 1;
	return 0;
}

int lx_prefilter_check(const lx_prefilter *pf, size_t i, const char *line, size_t len)
{
	const pinfo *p = &pf->pi[i];
	size_t j;
	for (j = 0; j + 1 < p->n; j++)
		if (!clause_in(pf, &p->c[p->order[j]], line, len))
			return 0;
	return 1;
}

int lx_prefilter_may_match(const lx_prefilter *pf, size_t i, const char *text, size_t len)
{
	size_t j;
	if (i >= pf->n_pat || !pf->has[i])
		return 1;
	for (j = 0; j < pf->pi[i].n; j++)
		if (!clause_in(pf, &pf->pi[i].c[j], text, len))
			return 0;
	return 1;
}

/* The literal of entry be, if it starts at s: reported for each pattern
 * that scans for it. */
static inline void try_entry(const lx_prefilter *pf, const bent *be, const unsigned char *b,
                             size_t len, size_t s, lx_prefilter_fn fn, void *ud)
{
	const lit *l;
	size_t k;
	if (len - s >= 8) {
		uint64_t w;
		memcpy(&w, b + s, 8);
		if (((w | be->ffold) & be->fmask) != be->fval)
			return;
	}
	l = &pf->lit[be->lit];
	if (!at_bounded(l, b + s, len - s))
		return;
	for (k = 0; k < l->n_pats; k++)
		fn(ud, l->pats[k], s + l->len);
}

/* The gate is open at p: the literals filed under the pair there that
 * occur. */
static void hit_at(const lx_prefilter *pf, const unsigned char *b, size_t len, size_t p,
                   lx_prefilter_fn fn, void *ud)
{
	uint16_t h = (uint16_t)(b[p] | (b[p + 1] << 8));
	uint32_t e;
	for (e = pf->start[h]; e < pf->start[h + 1]; e++) {
		const bent *be = &pf->ent[e];
		if (be->off > p || p - be->off + be->len > len)
			continue;
		try_entry(pf, be, b, len, p - be->off, fn, ud);
	}
}

/* hit_at() where every entry of any bucket lies inside the block: no
 * bounds to test. */
static void hit_inside(const lx_prefilter *pf, const unsigned char *b, size_t len, size_t p,
                       lx_prefilter_fn fn, void *ud)
{
	uint16_t h = (uint16_t)(b[p] | (b[p + 1] << 8));
	uint32_t e, end = pf->start[h + 1];
	for (e = pf->start[h]; e < end; e++)
		try_entry(pf, &pf->ent[e], b, len, p - pf->ent[e].off, fn, ud);
}

void lx_prefilter_scan(const lx_prefilter *pf, const char *buf, size_t len, lx_prefilter_fn fn,
                       void *ud)
{
	const unsigned char *b = (const unsigned char *)buf;
	const uint64_t *gate = pf->gate;
	const unsigned shift = 32 - pf->gate_log;
	size_t p = 0;
	if (!pf->n_lit || len < 2)
		return;
	/* 64 bytes at a time: first where among the 32 even offsets the gate
	 * is open, without a branch, then only there */
	for (; p + 66 <= len; p += 64) {
		uint32_t m = pf->gate32(gate, b + p, shift);
		unsigned k;
		if (p >= pf->back && p + 64 + pf->ahead <= len) {
			while (m) {
				k = (unsigned)__builtin_ctz(m);
				m &= m - 1;
				hit_inside(pf, b, len, p + 2 * k, fn, ud);
			}
			continue;
		}
		while (m) {
			k = (unsigned)__builtin_ctz(m);
			m &= m - 1;
			hit_at(pf, b, len, p + 2 * k, fn, ud);
		}
	}
	for (; p + 1 < len; p += 2) {
		uint32_t g;
		if (p + 2 < len) {
			g = gate_hash(b[p], b[p + 1], b[p + 2], shift);
			if (!(gate[g >> 6] >> (g & 63) & 1))
				continue;
		}
		hit_at(pf, b, len, p, fn, ud);
	}
}
