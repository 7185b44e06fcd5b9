/* textwidth.c - prints the lines of stdin wider than N terminal columns
 * ("LINE:WIDTH: text"), and exits 1 if there is one.  Written apart from
 * logdx's own width code so that a test does not check that code against
 * itself: East Asian wide and fullwidth characters take two columns,
 * combining marks none, everything else one.
 * Usage: textwidth N <file */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int width(unsigned long c)
{
	if ((c >= 0x0300 && c <= 0x036F) || (c >= 0x200B && c <= 0x200F))
		return 0;
	if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) ||
	    (c >= 0x3041 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
	    (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
	    (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
	    (c >= 0x20000 && c <= 0x3FFFD))
		return 2;
	return 1;
}

int main(int argc, char **argv)
{
	char line[65536];
	unsigned long lineno = 0;
	long max;
	int bad = 0;
	if (argc != 2 || (max = strtol(argv[1], NULL, 10)) <= 0) {
		fputs("usage: textwidth N <file\n", stderr);
		return 2;
	}
	while (fgets(line, sizeof line, stdin)) {
		const unsigned char *p = (const unsigned char *)line;
		long w = 0;
		lineno++;
		line[strcspn(line, "\n")] = '\0';
		while (*p) {
			unsigned long c = *p;
			int n = c < 0x80 ? 0 : c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
			c &= n == 3 ? 0x07 : n == 2 ? 0x0F : n == 1 ? 0x1F : 0xFF;
			for (p++; n > 0 && (*p & 0xC0) == 0x80; n--, p++)
				c = c << 6 | (*p & 0x3F);
			w += width(c);
		}
		if (w > max) {
			printf("%lu:%ld: %s\n", lineno, w, line);
			bad = 1;
		}
	}
	return bad;
}
