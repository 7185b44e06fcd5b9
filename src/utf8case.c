/* utf8case.c - the spellings of a non-ASCII character under PCRE2's
 * caseless matching, where they are simple to know.  See utf8case.h. */
#include "utf8case.h"

#include <string.h>

#include "escape.h"

/* Basic Cyrillic capitals that Unicode folds with a third character (the
 * old forms at U+1C80..U+1C86): В Д О С Т Ъ. */
static int folds_three(unsigned upper)
{
	return upper == 0x412 || upper == 0x414 || upper == 0x41e || upper == 0x421 ||
	       upper == 0x422 || upper == 0x42a;
}

int lx_utf8_case(const char *p, size_t *len, char alt[2])
{
	uint32_t cp;
	size_t n = lx_utf8_next(p, strnlen(p, 4), &cp);
	if (n < 2)
		return 0; /* not a valid sequence (U+FFFD, one byte) */
	*len = n;
	if (n == 3) {
		if ((cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x3000 && cp <= 0x30ff) ||
		    (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) ||
		    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xff00 && cp <= 0xff20) ||
		    (cp >= 0xff3b && cp <= 0xff40) || (cp >= 0xff5b && cp <= 0xff65))
			return 1;
		return 0;
	}
	{
		unsigned o;
		if (cp >= 0xc0 && cp <= 0xfe && cp != 0xd7 && cp != 0xf7 && cp != 0xc5 &&
		    cp != 0xe5 && cp != 0xdf)
			o = cp < 0xe0 ? cp + 0x20 : cp - 0x20;
		else if (cp >= 0x400 && cp <= 0x40f)
			o = cp + 0x50;
		else if (cp >= 0x450 && cp <= 0x45f)
			o = cp - 0x50;
		else if (cp >= 0x410 && cp <= 0x44f && !folds_three(cp < 0x430 ? cp : cp - 0x20))
			o = cp < 0x430 ? cp + 0x20 : cp - 0x20;
		else
			return 0;
		alt[0] = (char)(0xc0 | o >> 6);
		alt[1] = (char)(0x80 | (o & 0x3f));
		return 2;
	}
}
