/* Unit tests: the command line (lx_options_parse() on argv arrays): the
 * defaults, every kind of value, the range checks and their messages, and
 * the languages a locale or tag stands for. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "capture.h"
#include "i18n.h"
#include "options.h"
#include "out.h"
#include "runner.h"

#define ARGC(v) ((int)(sizeof(v) / sizeof(v)[0]) - 1)

static char out_text[4096], err_text[4096];

/* lx_options_parse() on argv, its standard output and error kept in
 * out_text and err_text. */
static int parse(char **argv, int argc, lx_config *cfg)
{
	lx_capture c;
	int rc;
	capture_begin(&c);
	rc = lx_options_parse(argc, argv, cfg);
	capture_end(&c, out_text, sizeof out_text, err_text, sizeof err_text);
	return rc;
}

static const char *const usage_tail = "Usage: logdx [OPTION]... [PATH]...\n"
				      "Try 'logdx --help' for more information.\n";

/* The usage error message for what, as lx_options_parse() writes it. */
static void expect_error(char **argv, int argc, const char *message)
{
	lx_config cfg;
	char want[1024];
	snprintf(want, sizeof want, "logdx: %s\n%s", message, usage_tail);
	ck_assert_int_eq(parse(argv, argc, &cfg), 2);
	ck_assert_str_eq(err_text, want);
	ck_assert_str_eq(out_text, "");
	lx_config_free(&cfg);
}

START_TEST(defaults)
{
	char *argv[] = {"logdx", NULL};
	lx_config cfg;
	setenv("LC_ALL", "C", 1);
	ck_assert_int_eq(parse(argv, ARGC(argv), &cfg), 0);
	ck_assert_int_eq(cfg.format, LX_FMT_TEXT);
	ck_assert_int_eq(cfg.min_severity, LX_SEV_WARNING);
	ck_assert_int_eq(cfg.fail_on, -1);
	ck_assert_uint_ge(cfg.jobs, 1);
	ck_assert_uint_eq(cfg.max_depth, 16);
	ck_assert_uint_eq(cfg.max_expand, (uint64_t)16 << 30);
	ck_assert_uint_eq(cfg.max_line, 1u << 20);
	ck_assert_uint_eq(cfg.max_members, 1000000);
	ck_assert_uint_eq(cfg.max_ratio, 200);
	ck_assert_str_eq(cfg.lang, "en");
	ck_assert_uint_eq(cfg.n_paths, 0);
	ck_assert_uint_eq(cfg.n_sig_paths, 0);
	ck_assert_int_eq(cfg.quiet + cfg.list_files + cfg.list_clean + cfg.count + cfg.merge, 0);
	ck_assert_str_eq(err_text, "");
	lx_config_free(&cfg);
	ck_assert_ptr_null(cfg.paths);
	lx_config_free(NULL);
}
END_TEST

START_TEST(paths_and_flags)
{
	char *argv[] = {"logdx",
	                "-S",
	                "a.sig",
	                "x.zip",
	                "--signatures=dir",
	                "-qlLc",
	                "-",
	                "--merge",
	                "--follow-symlinks",
	                "--no-unrecognised",
	                "--per-bundle",
	                "--line-buffered",
	                "--include-resolved",
	                "--",
	                "-y",
	                NULL};
	lx_config cfg;
	ck_assert_int_eq(parse(argv, ARGC(argv), &cfg), 0);
	ck_assert_uint_eq(cfg.n_sig_paths, 2);
	ck_assert_str_eq(cfg.sig_paths[0], "a.sig");
	ck_assert_str_eq(cfg.sig_paths[1], "dir");
	/* operands keep their order, options may come between them */
	ck_assert_uint_eq(cfg.n_paths, 3);
	ck_assert_str_eq(cfg.paths[0], "x.zip");
	ck_assert_str_eq(cfg.paths[1], "-");
	ck_assert_str_eq(cfg.paths[2], "-y");
	ck_assert_int_eq(cfg.quiet, 1);
	ck_assert_int_eq(cfg.list_files, 1);
	ck_assert_int_eq(cfg.list_clean, 1);
	ck_assert_int_eq(cfg.count, 1);
	ck_assert_int_eq(cfg.merge, 1);
	ck_assert_int_eq(cfg.follow_symlinks, 1);
	ck_assert_int_eq(cfg.no_unrec, 1);
	ck_assert_int_eq(cfg.per_bundle, 1);
	ck_assert_int_eq(cfg.line_buffered, 1);
	ck_assert_int_eq(cfg.include_resolved, 1);
	lx_config_free(&cfg);
}
END_TEST

START_TEST(formats)
{
	static const struct {
		const char *arg;
		lx_format f;
	} ok[] = {{"--format=text", LX_FMT_TEXT},   {"--format=json", LX_FMT_JSON},
	          {"--format=jsonl", LX_FMT_JSONL}, {"--format=grep", LX_FMT_GREP},
	          {"--format=csv", LX_FMT_CSV},     {"--format=html", LX_FMT_HTML},
	          {"--json", LX_FMT_JSON}};
	size_t i;
	for (i = 0; i < sizeof ok / sizeof ok[0]; i++) {
		char *argv[] = {"logdx", (char *)ok[i].arg, NULL};
		lx_config cfg;
		ck_assert_int_eq(parse(argv, ARGC(argv), &cfg), 0);
		ck_assert_int_eq(cfg.format, ok[i].f);
		lx_config_free(&cfg);
	}
	{
		char *argv[] = {"logdx", "--format", "xml", NULL};
		expect_error(argv, ARGC(argv),
		             "unknown format 'xml' (text, json, jsonl, grep, csv, html)");
	}
	{
		char *argv[] = {"logdx", "--format=patterns", NULL};
		expect_error(argv, ARGC(argv),
		             "--format=patterns only works with --list-signatures");
	}
	{
		char *argv[] = {"logdx", "--format=tsv", NULL};
		expect_error(argv, ARGC(argv), "--format=tsv only works with --templates");
	}
	{
		char *argv[] = {"logdx", "--list-signatures", "--format=patterns", NULL};
		lx_config cfg;
		ck_assert_int_eq(parse(argv, ARGC(argv), &cfg), 0);
		ck_assert_int_eq(cfg.format, LX_FMT_PATTERNS);
		ck_assert_int_eq(cfg.list_signatures, 1);
		lx_config_free(&cfg);
	}
	{
		/* --suggest implies --templates, so tsv is allowed */
		char *argv[] = {"logdx", "--suggest=T12", "--format=tsv", NULL};
		lx_config cfg;
		ck_assert_int_eq(parse(argv, ARGC(argv), &cfg), 0);
		ck_assert_int_eq(cfg.templates, 1);
		ck_assert_str_eq(cfg.suggest, "T12");
		lx_config_free(&cfg);
	}
}
END_TEST

START_TEST(numbers)
{
	{
		char *argv[] = {"logdx",
		                "-j",
		                "8",
		                "--max-depth=0",
		                "--max-members=18446744073709551615",
		                "--max-ratio=2",
		                NULL};
		lx_config cfg;
		ck_assert_int_eq(parse(argv, ARGC(argv), &cfg), 0);
		ck_assert_uint_eq(cfg.jobs, 8);
		ck_assert_uint_eq(cfg.max_depth, 0);
		ck_assert_uint_eq(cfg.max_members, UINT64_MAX);
		ck_assert_uint_eq(cfg.max_ratio, 2);
		lx_config_free(&cfg);
	}
	{
		char *argv[] = {"logdx", "-j0", NULL};
		expect_error(argv, ARGC(argv), "invalid number '0' for --jobs");
	}
	{
		char *argv[] = {"logdx", "--jobs=1025", NULL};
		expect_error(argv, ARGC(argv), "invalid number '1025' for --jobs");
	}
	{
		char *argv[] = {"logdx", "-j", "+4", NULL};
		expect_error(argv, ARGC(argv), "invalid number '+4' for --jobs");
	}
	{
		char *argv[] = {"logdx", "-j", "4x", NULL};
		expect_error(argv, ARGC(argv), "invalid number '4x' for --jobs");
	}
	{
		char *argv[] = {"logdx", "--max-depth=1001", NULL};
		expect_error(argv, ARGC(argv), "invalid number '1001' for --max-depth");
	}
	{
		char *argv[] = {"logdx", "--max-members=18446744073709551616", NULL};
		expect_error(argv, ARGC(argv),
		             "invalid number '18446744073709551616' for --max-members");
	}
	{
		char *argv[] = {"logdx", "--max-ratio=1", NULL};
		expect_error(argv, ARGC(argv), "invalid number '1' for --max-ratio");
	}
	{
		char *argv[] = {"logdx", "--max-members=", NULL};
		expect_error(argv, ARGC(argv), "invalid number '' for --max-members");
	}
}
END_TEST

START_TEST(sizes)
{
	{
		char *argv[] = {"logdx", "--max-expand=2G", "--max-line", "64M", NULL};
		lx_config cfg;
		ck_assert_int_eq(parse(argv, ARGC(argv), &cfg), 0);
		ck_assert_uint_eq(cfg.max_expand, (uint64_t)2 << 30);
		ck_assert_uint_eq(cfg.max_line, (size_t)64 << 20);
		lx_config_free(&cfg);
	}
	{
		char *argv[] = {"logdx", "--max-line=64", "--max-expand=3KiB", NULL};
		lx_config cfg;
		ck_assert_int_eq(parse(argv, ARGC(argv), &cfg), 0);
		ck_assert_uint_eq(cfg.max_line, 64);
		ck_assert_uint_eq(cfg.max_expand, 3072);
		lx_config_free(&cfg);
	}
	{
		char *argv[] = {"logdx", "--max-expand=0", NULL};
		expect_error(
			argv, ARGC(argv),
			"invalid size '0' for --max-expand (a number with an optional K, M, G or T)");
	}
	{
		char *argv[] = {"logdx", "--max-expand=5X", NULL};
		expect_error(
			argv, ARGC(argv),
			"invalid size '5X' for --max-expand (a number with an optional K, M, G or T)");
	}
	{
		char *argv[] = {"logdx", "--max-line=63", NULL};
		expect_error(argv, ARGC(argv), "--max-line must be between 64 and 64M, not '63'");
	}
	{
		char *argv[] = {"logdx", "--max-line=65M", NULL};
		expect_error(argv, ARGC(argv), "--max-line must be between 64 and 64M, not '65M'");
	}
}
END_TEST

START_TEST(severities_and_when)
{
	{
		char *argv[] = {"logdx",          "--min-severity=ERROR", "--fail-on", "critical",
		                "--color=always", "--progress=never",     NULL};
		lx_config cfg;
		ck_assert_int_eq(parse(argv, ARGC(argv), &cfg), 0);
		ck_assert_int_eq(cfg.min_severity, LX_SEV_ERROR);
		ck_assert_int_eq(cfg.fail_on, LX_SEV_CRITICAL);
		ck_assert_int_eq(cfg.color_opt, 1);
		ck_assert_int_eq(cfg.color, 1);
		ck_assert_int_eq(cfg.progress_opt, 2);
		ck_assert_int_eq(cfg.progress, 0);
		lx_config_free(&cfg);
	}
	{
		char *argv[] = {"logdx", "--colour=no", "--progress=force", NULL};
		lx_config cfg;
		ck_assert_int_eq(parse(argv, ARGC(argv), &cfg), 0);
		ck_assert_int_eq(cfg.color, 0);
		ck_assert_int_eq(cfg.progress, 1);
		lx_config_free(&cfg);
	}
	{
		/* auto: stdout is a file here, never a terminal */
		char *argv[] = {"logdx", "--color=auto", NULL};
		lx_config cfg;
		ck_assert_int_eq(parse(argv, ARGC(argv), &cfg), 0);
		ck_assert_int_eq(cfg.color, 0);
		lx_config_free(&cfg);
	}
	{
		char *argv[] = {"logdx", "--min-severity=fatal", NULL};
		expect_error(
			argv, ARGC(argv),
			"unknown severity 'fatal' for --min-severity (info, warning, error, critical)");
	}
	{
		char *argv[] = {"logdx", "--fail-on=", NULL};
		expect_error(argv, ARGC(argv),
		             "unknown severity '' for --fail-on (info, warning, error, critical)");
	}
	{
		char *argv[] = {"logdx", "--progress=sometimes", NULL};
		expect_error(argv, ARGC(argv),
		             "invalid argument 'sometimes' for --progress (auto, always, never)");
	}
	ck_assert_str_eq(lx_severity_name(LX_SEV_INFO), "info");
	ck_assert_str_eq(lx_severity_name(LX_SEV_CRITICAL), "critical");
	ck_assert_str_eq(lx_severity_name((lx_severity)4), "?");
	ck_assert_int_eq(lx_severity_parse("Warning"), LX_SEV_WARNING);
	ck_assert_int_eq(lx_severity_parse("warn"), -1);
}
END_TEST

START_TEST(languages)
{
	ck_assert_str_eq(lx_lang_canon("fr_FR.UTF-8"), "fr");
	ck_assert_str_eq(lx_lang_canon("ru-RU"), "ru");
	ck_assert_str_eq(lx_lang_canon("zh_TW.UTF-8"), "zh-TW");
	ck_assert_str_eq(lx_lang_canon("zh-Hant"), "zh-TW");
	ck_assert_str_eq(lx_lang_canon("zh_HK"), "zh-TW");
	ck_assert_str_eq(lx_lang_canon("zh"), "zh-CN");
	ck_assert_str_eq(lx_lang_canon("zh-Hans"), "zh-CN");
	ck_assert_str_eq(lx_lang_canon("ES"), "es");
	ck_assert_str_eq(lx_lang_canon("C.UTF-8"), "en");
	ck_assert_str_eq(lx_lang_canon("POSIX"), "en");
	ck_assert_ptr_null(lx_lang_canon("de_DE"));
	ck_assert_ptr_null(lx_lang_canon("fr_"));
	ck_assert_ptr_null(lx_lang_canon("averyveryverylongname"));
	ck_assert_ptr_null(lx_lang_canon(NULL));
	{
		char *argv[] = {"logdx", "--lang=zh_CN", NULL};
		lx_config cfg;
		ck_assert_int_eq(parse(argv, ARGC(argv), &cfg), 0);
		ck_assert_str_eq(cfg.lang, "zh-CN");
		lx_config_free(&cfg);
	}
	{
		/* from the locale: LC_ALL first, an unknown one gives English */
		char *argv[] = {"logdx", NULL};
		lx_config cfg;
		setenv("LC_ALL", "es_ES.UTF-8", 1);
		setenv("LANG", "fr_FR", 1);
		ck_assert_int_eq(parse(argv, ARGC(argv), &cfg), 0);
		ck_assert_str_eq(cfg.lang, "es");
		lx_config_free(&cfg);
		unsetenv("LC_ALL");
		unsetenv("LC_MESSAGES");
		ck_assert_int_eq(parse(argv, ARGC(argv), &cfg), 0);
		ck_assert_str_eq(cfg.lang, "fr");
		lx_config_free(&cfg);
		setenv("LANG", "de_DE", 1);
		ck_assert_int_eq(parse(argv, ARGC(argv), &cfg), 0);
		ck_assert_str_eq(cfg.lang, "en");
		lx_config_free(&cfg);
	}
	{
		/* --lang=zh_CN above switched the messages to Chinese: back to
		 * English for the message compared below */
		char *argv[] = {"logdx", "--lang=de", NULL};
		lx_i18n_init(NULL);
		expect_error(
			argv, ARGC(argv),
			"unknown language 'de' for --lang (available: en, ru, zh-CN, zh-TW, es, fr)");
	}
}
END_TEST

START_TEST(usage_errors)
{
	{
		char *argv[] = {"logdx", "--bogus", NULL};
		expect_error(argv, ARGC(argv), "unknown option '--bogus'");
	}
	{
		char *argv[] = {"logdx", "-Z", NULL};
		expect_error(argv, ARGC(argv), "unknown option '-Z'");
	}
	{
		/* long options without their argument are named as given */
		char *argv[] = {"logdx", "--format", NULL};
		expect_error(argv, ARGC(argv), "option '--format' requires an argument");
	}
	{
		char *argv[] = {"logdx", "--explain", NULL};
		expect_error(argv, ARGC(argv), "option '--explain' requires an argument");
	}
	{
		char *argv[] = {"logdx", "--context", NULL};
		expect_error(argv, ARGC(argv), "option '--context' requires an argument");
	}
	{
		char *argv[] = {"logdx", "-j", NULL};
		expect_error(argv, ARGC(argv), "option '-j' requires an argument");
	}
	{
		/* the user's bytes never reach the terminal raw */
		char *argv[] = {"logdx", "--format=\033[2J", NULL};
		expect_error(argv, ARGC(argv),
		             "unknown format '\\e[2J' (text, json, jsonl, grep, csv, html)");
	}
}
END_TEST

START_TEST(help_and_version)
{
	{
		char *argv[] = {"logdx", "--version", "--bogus", NULL};
		lx_config cfg;
		char want[64];
		ck_assert_int_eq(parse(argv, ARGC(argv), &cfg), 1);
		snprintf(want, sizeof want, "logdx %s\n", PACKAGE_VERSION);
		ck_assert_str_eq(out_text, want);
		ck_assert_str_eq(err_text, "");
		lx_config_free(&cfg);
	}
	{
		char *argv[] = {"logdx", "-h", NULL};
		lx_config cfg;
		ck_assert_int_eq(parse(argv, ARGC(argv), &cfg), 1);
		ck_assert_str_eq(err_text, "");
		ck_assert_int_eq(strncmp(out_text, "Usage: logdx [OPTION]... [PATH]...\n", 35), 0);
		ck_assert_ptr_nonnull(strstr(out_text, "\n  -j, --jobs=N "));
		ck_assert_ptr_nonnull(strstr(out_text, "\n      --max-line=SIZE "));
		/* aliases are not listed twice */
		ck_assert_ptr_null(strstr(out_text, "--silent"));
		ck_assert_ptr_null(strstr(out_text, "--colour"));
		ck_assert_ptr_nonnull(
			strstr(out_text, "\nExit status: 0 a diagnosis was reported"));
		lx_config_free(&cfg);
	}
}
END_TEST

/* Every row of the formats table is a --format that parses to its format,
 * and every report format is named in --help and in the message for an
 * unknown format: a row added there without its words fails here. */
START_TEST(formats_table)
{
	char help_line[512] = "", unknown[sizeof err_text];
	size_t i, n_report = 0;
	{
		char *argv[] = {"logdx", "--help", NULL};
		lx_config cfg;
		const char *p, *e;
		ck_assert_int_eq(parse(argv, ARGC(argv), &cfg), 1);
		p = strstr(out_text, "--format=FMT");
		ck_assert_ptr_nonnull(p);
		e = strchr(p, '\n');
		ck_assert_ptr_nonnull(e);
		ck_assert_uint_lt((size_t)(e - p), sizeof help_line);
		memcpy(help_line, p, (size_t)(e - p));
		help_line[e - p] = '\0';
		lx_config_free(&cfg);
	}
	{
		char *argv[] = {"logdx", "--format=nosuch", NULL};
		lx_config cfg;
		ck_assert_int_eq(parse(argv, ARGC(argv), &cfg), 2);
		memcpy(unknown, err_text, sizeof unknown);
		lx_config_free(&cfg);
	}
	for (i = 0; lx_out_formats[i].name; i++) {
		char arg[64];
		char *argv[] = {"logdx", arg, NULL};
		lx_config cfg;
		int rc;
		snprintf(arg, sizeof arg, "--format=%s", lx_out_formats[i].name);
		rc = parse(argv, ARGC(argv), &cfg);
		/* every row says in one line what it is */
		ck_assert_ptr_nonnull(lx_out_formats[i].help);
		ck_assert(*lx_out_formats[i].help && !strchr(lx_out_formats[i].help, '\n'));
		if (lx_out_formats[i].list) {
			ck_assert(lx_out_formats[i].format == LX_FMT_PATTERNS ||
			          lx_out_formats[i].format == LX_FMT_TSV);
			ck_assert_int_eq(rc, 2); /* lists, with their own options only */
			continue;
		}
		ck_assert_int_eq(rc, 0);
		ck_assert_int_eq(cfg.format, lx_out_formats[i].format);
		lx_config_free(&cfg);
		ck_assert_msg(strstr(help_line, lx_out_formats[i].name),
		              "--help does not name format %s", lx_out_formats[i].name);
		ck_assert_msg(strstr(unknown, lx_out_formats[i].name),
		              "the unknown-format message does not name %s",
		              lx_out_formats[i].name);
		n_report++;
	}
	ck_assert_uint_eq(n_report, 6);
}
END_TEST

static void collect(const char *name, void *ud)
{
	char *s = ud;
	strncat(s, name, 2047 - strlen(s));
	strncat(s, " ", 2047 - strlen(s));
}

START_TEST(documented_names)
{
	char names[2048] = " ";
	lx_options_names(collect, names);
	ck_assert_ptr_nonnull(strstr(names, " format "));
	ck_assert_ptr_nonnull(strstr(names, " jobs "));
	ck_assert_ptr_nonnull(strstr(names, " version "));
	ck_assert_ptr_null(strstr(names, " silent "));
	ck_assert_ptr_null(strstr(names, " colour "));
}
END_TEST

static Suite *suite(void)
{
	Suite *s = suite_create("options");
	TCase *t = tcase_create("core");
	tcase_add_test(t, defaults);
	tcase_add_test(t, paths_and_flags);
	tcase_add_test(t, formats);
	tcase_add_test(t, numbers);
	tcase_add_test(t, sizes);
	tcase_add_test(t, severities_and_when);
	tcase_add_test(t, languages);
	tcase_add_test(t, usage_errors);
	tcase_add_test(t, help_and_version);
	tcase_add_test(t, documented_names);
	tcase_add_test(t, formats_table);
	suite_add_tcase(s, t);
	return s;
}

int main(void)
{
	return run_suite(suite());
}
