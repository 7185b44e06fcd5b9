/*
 * gencorpus.c - deterministic corpus generator for the logdx benchmarks.
 *
 *   gencorpus [-s SEED] log SIZE OUT      a realistic mixed log of exactly SIZE bytes
 *   gencorpus utf16 IN OUT                convert UTF-8 to UTF-16LE with a BOM
 *   gencorpus [-s SEED] bundles N DIR     N machine bundles (directories or files)
 *
 * SIZE takes a K, M or G suffix (powers of 1024).  IN and OUT may be "-"
 * for standard input and output.  The same arguments always give the same
 * bytes: the generator is splitmix64 from a fixed seed, never rand().  Every
 * mode streams through a 1 MiB buffer, so memory stays bounded whatever the
 * size.
 *
 * A generated log interleaves blocks in the formats logdx reads: installer
 * Trc logs (CRLF, hh:mm:ss:message, "Trace Session Started" headers),
 * UA_InstallLogFile.log (CRLF, Inno Setup blocks), msiexec verbose logs
 * (CRLF), MARS errlogs (tab-separated: PID, TID, MM/DD, time, level number,
 * file.cpp(line), object address or nothing, GUID, nothing, NORMAL / WARNING
 * / FATAL, message), agent logs ("#~> (MM-DD-YYYY ..."),
 * and the Linux ua_install.log.  Most lines are ordinary; about one in
 * twenty is a near miss (Exit code: 0, Error code: 0 [0x0], error IDs inside
 * longer numbers, HRESULT digits inside hex runs and GUIDs, success lines);
 * about once per 2 MiB (1 to 3 MiB apart) a real failure is injected.
 *
 * Build: cc -O2 -o gencorpus gencorpus.c
 */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

#define OUTBUF (1u << 20)
#define LINECAP 2048

/* ------------------------------------------------------------------ PRNG */

static uint64_t rng_state = 0x6c6f676478303031ULL; /* "logdx001" */

static uint64_t rnd64(void)
{
	uint64_t z = (rng_state += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

/* Uniform in [0, n). */
static uint32_t below(uint32_t n)
{
	return (uint32_t)(((rnd64() >> 32) * (uint64_t)n) >> 32);
}

/* Uniform in [lo, hi]. */
static uint32_t between(uint32_t lo, uint32_t hi)
{
	return lo + below(hi - lo + 1);
}

/* True with probability per_mille / 1000. */
static int chance(uint32_t per_mille)
{
	return below(1000) < per_mille;
}

#define PICK(arr) ((arr)[below((uint32_t)(sizeof(arr) / sizeof((arr)[0])))])

/* ------------------------------------------------------------------ output */

typedef struct {
	FILE *f;
	const char *name;
	char *buf;
	size_t len;
	uint64_t total;
} sink;

static void die(const char *what, const char *name)
{
	fprintf(stderr, "gencorpus: %s%s%s%s%s\n", name ? name : "", name ? ": " : "", what,
	        errno ? ": " : "", errno ? strerror(errno) : "");
	exit(2);
}

static void sink_flush(sink *s)
{
	if (s->len && fwrite(s->buf, 1, s->len, s->f) != s->len)
		die("write failed", s->name);
	s->len = 0;
}

static void sink_write(sink *s, const void *p, size_t n)
{
	if (s->len + n > OUTBUF)
		sink_flush(s);
	if (n > OUTBUF) {
		if (fwrite(p, 1, n, s->f) != n)
			die("write failed", s->name);
	} else {
		memcpy(s->buf + s->len, p, n);
		s->len += n;
	}
	s->total += n;
}

static void sink_open(sink *s, const char *name)
{
	static char *buf;
	if (!buf && !(buf = malloc(OUTBUF)))
		die("out of memory", NULL);
	s->buf = buf;
	s->len = 0;
	s->total = 0;
	s->name = name;
	errno = 0;
	s->f = strcmp(name, "-") ? fopen(name, "wb") : stdout;
	if (!s->f)
		die("cannot create", name);
}

static void sink_close(sink *s)
{
	sink_flush(s);
	errno = 0;
	if (s->f == stdout ? fflush(s->f) != 0 : fclose(s->f) != 0)
		die("write failed", s->name);
}

/* ------------------------------------------------------------------ lines */

typedef struct {
	char b[LINECAP];
	size_t n;
} line;

static void put_c(line *l, char c)
{
	if (l->n < LINECAP)
		l->b[l->n++] = c;
}

static void put_s(line *l, const char *s)
{
	while (*s)
		put_c(l, *s++);
}

/* Decimal, zero-padded to width. */
static void put_dec(line *l, uint64_t v, int width)
{
	char t[24];
	int i = 0;
	do {
		t[i++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	while (i < width)
		t[i++] = '0';
	while (i)
		put_c(l, t[--i]);
}

static void put_hex(line *l, uint64_t v, int digits, int upper)
{
	const char *d = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	while (digits--)
		put_c(l, d[(v >> (4 * digits)) & 15]);
}

/* A hex run of n digits; one in eight hides an error code inside it. */
static void put_hexrun(line *l, int n, int upper)
{
	static const char *const inner[] = {"8004E00F", "800706BE", "95107", "80070430",
	                                    "8007041F", "95320", "34513", "1FC07"};
	int at = chance(125) ? (int)below((uint32_t)n - 8) : -1;
	int i;
	for (i = 0; i < n; i++) {
		if (i == at) {
			const char *s = PICK(inner);
			for (; *s && i < n; s++, i++)
				put_c(l, upper ? *s : (char)(*s >= 'A' ? *s + 32 : *s));
			i--;
			continue;
		}
		put_hex(l, below(16), 1, upper);
	}
}

/* A GUID; one in six carries error digits inside a group. */
static void put_guid(line *l, int upper)
{
	static const char *const inner[] = {"95107", "8004E00F", "95108", "800706BE", "511", "802"};
	static const int group[] = {8, 4, 4, 4, 12};
	int g, hide = chance(166) ? (int)below(5) : -1;
	for (g = 0; g < 5; g++) {
		if (g)
			put_c(l, '-');
		if (g == hide) {
			const char *s = PICK(inner);
			int k = (int)strlen(s);
			if (k <= group[g]) {
				put_hex(l, rnd64(), group[g] - k, upper);
				put_s(l, s);
				continue;
			}
		}
		put_hex(l, rnd64(), group[g], upper);
	}
}

/* ------------------------------------------------------------------ clock */

typedef struct {
	int year, mon, day, hour, min, sec, ms;
	uint32_t frac; /* 100 ns ticks within the millisecond, for the Trc header */
} clk;

static void clk_tick(clk *c, uint32_t ms)
{
	c->ms += (int)ms;
	while (c->ms >= 1000) {
		c->ms -= 1000;
		if (++c->sec < 60)
			continue;
		c->sec = 0;
		if (++c->min < 60)
			continue;
		c->min = 0;
		if (++c->hour < 24)
			continue;
		c->hour = 0;
		if (++c->day <= 28)
			continue;
		c->day = 1;
		if (++c->mon <= 12)
			continue;
		c->mon = 1;
		c->year++;
	}
	c->frac = below(10000);
}

static void put_hms(line *l, const clk *c, int hour)
{
	put_dec(l, (uint64_t)hour, 2);
	put_c(l, ':');
	put_dec(l, (uint64_t)c->min, 2);
	put_c(l, ':');
	put_dec(l, (uint64_t)c->sec, 2);
}

static void put_ymd(line *l, const clk *c, char sep)
{
	put_dec(l, (uint64_t)c->year, 4);
	put_c(l, sep);
	put_dec(l, (uint64_t)c->mon, 2);
	put_c(l, sep);
	put_dec(l, (uint64_t)c->day, 2);
}

/* ------------------------------------------------------------------ vocabulary */

static const char *const words[] = {
    "svagents",  "InMage Scout Application Service", "cxprocessserver", "obengine",
    "VSS",       "Volume Shadow Copy",               "MSDTC",           "COMSysApp",
    "RemoteRegistry", "LanmanServer",                "wmiApSrv",        "CBEngine",
    "DiskFlt",   "InDskFlt",                         "ProcessServer",   "MARSAgent",
    "appservice", "dataprotection",                  "BITS",            "WinRM"};
static const char *const props[] = {"INSTALLDIR",   "PLATFORM",     "ROLE",
                                    "CSIP",         "PASSPHRASEPATH", "REBOOT",
                                    "ProductCode",  "UpgradeCode",  "ALLUSERS",
                                    "ARPNOMODIFY",  "INSTALLLEVEL", "MsiLogFileLocation"};
static const char *const actions[] = {
    "CostInitialize",    "FileCost",        "CostFinalize",     "InstallValidate",
    "InstallInitialize", "ProcessComponents", "UnpublishFeatures", "RemoveRegistryValues",
    "RemoveFiles",       "InstallFiles",    "WriteRegistryValues", "RegisterProduct",
    "PublishFeatures",   "PublishProduct",  "InstallFinalize",  "InstallServices",
    "StartServices",     "CreateShortcuts", "SetODBCFolders",   "MigrateFeatureStates"};
static const char *const dirs[] = {
    "C:\\Program Files (x86)\\Microsoft Azure Site Recovery\\agent",
    "C:\\Program Files\\Microsoft Azure Recovery Services Agent\\bin",
    "C:\\Program Files\\Microsoft Azure Recovery Services Agent\\Scratch",
    "C:\\ProgramData\\ASRSetupLogs",
    "C:\\Windows\\Temp\\ASRSetup",
    "C:\\Windows\\System32\\drivers",
    "C:\\ProgramData\\Microsoft Azure Site Recovery\\Config",
    "D:\\Data\\Shares\\Finance\\2023\\Q4"};
static const char *const files[] = {"svagents.exe",   "InMageVSSProvider.dll", "cdpcli.exe",
                                    "s2.exe",         "indskflt.sys",          "CBEngine.exe",
                                    "OBAgent.dll",    "drscout.conf",          "AzureRcmCli.exe",
                                    "appservice.exe", "Budget.xlsx",           "report.pdf"};
static const char *const hosts[] = {"cs01.contoso.local", "ps-east-2", "SQLNODE04",
                                    "weu1.backup.windowsazure.com", "fs-archive-7",
                                    "dc02.fabrikam.com"};
static const char *const classes[] = {"CDPCli",     "VacpProvider", "ResyncManager", "Heartbeat",
                                      "DataPathCtx", "RcmClient",   "ConfigStore",   "Telemetry"};

/* Placeholders: $d number, $n small number, $x 8 hex digits, $X long hex run,
 * $g GUID, $p path, $f file, $h host, $i IPv4, $s size in bytes, $v agent
 * version, $w component, $W property, $a MSI action, $c class, $2 two digits
 * below 60, $3 three digits, $$ dollar. */
static void expand(line *l, const char *t)
{
	for (; *t; t++) {
		if (*t != '$' || !t[1]) {
			put_c(l, *t);
			continue;
		}
		switch (*++t) {
		case 'd': put_dec(l, between(1, 99999), 0); break;
		case 'n': put_dec(l, below(64), 0); break;
		case 'x': put_hex(l, rnd64(), 8, 1); break;
		case '2': put_dec(l, below(60), 2); break;
		case '3': put_dec(l, below(1000), 3); break;
		case 'X': put_hexrun(l, (int)between(24, 96), chance(500)); break;
		case 'g': put_guid(l, chance(500)); break;
		case 'p':
			put_s(l, PICK(dirs));
			put_c(l, '\\');
			put_s(l, PICK(files));
			break;
		case 'f': put_s(l, PICK(files)); break;
		case 'h': put_s(l, PICK(hosts)); break;
		case 'i':
			put_dec(l, between(10, 192), 0);
			put_c(l, '.');
			put_dec(l, below(256), 0);
			put_c(l, '.');
			put_dec(l, below(256), 0);
			put_c(l, '.');
			put_dec(l, between(1, 254), 0);
			break;
		case 's':
			/* sizes sometimes contain error-ID digits (2951070, 18024...) */
			if (chance(100)) {
				put_dec(l, between(1, 9), 0);
				put_s(l, chance(500) ? "95107" : "8024");
				put_dec(l, below(1000), 3);
			} else {
				put_dec(l, rnd64() % 100000000000ULL, 0);
			}
			break;
		case 'v':
			put_s(l, "9.");
			put_dec(l, between(40, 62), 0);
			put_c(l, '.');
			put_dec(l, between(5000, 7999), 0);
			put_s(l, ".1");
			break;
		case 'w': put_s(l, PICK(words)); break;
		case 'W': put_s(l, PICK(props)); break;
		case 'a': put_s(l, PICK(actions)); break;
		case 'c': put_s(l, PICK(classes)); break;
		default: put_c(l, *t); break;
		}
	}
}

/* ------------------------------------------------------------------ formats */

enum fmt { F_TRC, F_UA, F_MSI, F_ERRLOG, F_AGENT, F_LINUX, NFMT };

static const char *const msg_trc[] = {
    "Current directory: C:\\Windows\\Temp\\ASRSetup",
    "Command line: /Role \"MS\" /InstallLocation \"C:\\Program Files (x86)\\Microsoft Azure Site "
    "Recovery\" /Platform \"VmWare\" /Silent /CSType CSLegacy",
    "Checking if the $w service is running.",
    "Service $w is in state: Running",
    "Service $w is in state: Stopped, start type: Manual",
    "Registry key HKLM\\SOFTWARE\\Microsoft\\Azure Site Recovery\\$W not found, using default.",
    "Copying file $p",
    "Free space on C:\\ is $s bytes.",
    "Executing command: \"C:\\Program Files (x86)\\Microsoft Azure Site "
    "Recovery\\agent\\InMageVSSProvider_Install.cmd\"",
    "VSS provider GUID: {$g}",
    "Installing VSS Provider",
    "Operating system: Microsoft Windows Server 2019 Datacenter (10.0.17763)",
    "Reading configuration from $p",
    "Setting $W to $d",
    "SHA256 of $f: $X",
    "Downloaded $s bytes from https://$h:443/api/v1/agent",
    "Unified agent version $v is being installed.",
    "Waiting for $w to stop ($n seconds elapsed).",
    "Checking prerequisite: .NET Framework 4.7.2 or later - found 4.8 ($d)",
    "Temporary folder: C:\\Users\\svc-asr\\AppData\\Local\\Temp\\$x",
    "WMI query SELECT * FROM Win32_Volume returned $n objects.",
    "Component $w installed at $p",
};
static const char *const msg_ua[] = {
    "Setup version: $v",
    "Validating prerequisites.",
    "Prerequisite check $w : Passed",
    "Extracting files to C:\\Windows\\Temp\\ASRSetup\\$x",
    "Registering $w with the configuration server $i:443",
    "Setup is copying $p",
    "Service $w started successfully.",
    "Setting registry value $W = $d",
    "Creating directory $p",
    "Installing MySQL Connector version 8.0.$n",
    "Checking whether a reboot is pending: no",
    "Configuration server IP: $i, port 443, fingerprint $X",
    "Dest filename: $p",
    "Time stamp of our file: 2024-02-14 11:$2:$2.$3",
    "Installing the file.",
    "Successfully installed the file.",
};
static const char *const msg_msi[] = {
    "Doing action: $a",
    "Note: 1: 2205 2:  3: Error ",
    "Note: 1: 2228 2:  3: Error 4: SELECT `Message` FROM `Error` WHERE `Error` = 1707 ",
    "Component: $w; Installed: Absent;   Request: Local;   Action: Local",
    "PROPERTY CHANGE: Adding $W property. Its value is '$p'.",
    "Executing op: FileCopy(SourceName=$f,SourceCabKey=$x,DestName=$f,Attributes=512,FileSize=$s,"
    "PerTick=65536,,VerifyMedia=1,,,,,CheckCRC=0,Version=$v,Language=0,InstallMode=58982400,,,,,,,)",
    "Executing op: RegAddValue(Name=$W,Value=$d,)",
    "Skipping action: $a (condition is false)",
    "Feature: MobilityService; Installed: Absent;   Request: Local;   Action: Local",
    "Resetting cached policy values",
    "Machine policy value 'DisableUserInstalls' is 0",
    "Transforming table Error.",
    "Running as a service.",
    "APPCOMPAT: Compatibility mode property overrides found.",
    "Product Code passed to Engine.Initialize:           '{$g}'",
};
static const char *const msg_errlog[] = {
    "Enumerating volume \\\\?\\Volume{$g}\\",
    "Backup job {$g} progress: $d files, $s bytes transferred",
    "Cache location: C:\\Program Files\\Microsoft Azure Recovery Services Agent\\Scratch",
    "Creating shadow copy for volume \\\\?\\Volume{$g}\\ set {$g}",
    "Failed to open file D:\\Data\\Shares\\Finance\\$f, hr=0x80070020, will retry",
    "Stamp service endpoint: https://$h",
    "SalChecksumStore: loaded $d entries in $n ms",
    "SalBitmap: processed $d blocks, $n dirty",
    "Uploading chunk $d of $d, $s bytes",
    "CDmsTracker::Commit returned 0x00000000",
    "Policy {$g} schedule: daily at 22:30, retention $n days",
    "Thread pool: $n workers active, queue depth $n",
    "Replica VHD mounted at \\\\?\\GLOBALROOT\\Device\\HarddiskVolumeShadowCopy$n",
    "Token refreshed for vault $x, expires in $d s",
    "Hash $X verified",
};
static const char *const msg_agent[] = {
    "ENTERED $c::Run",
    "EXITED $c::Run",
    "Sending heartbeat to $i:9443",
    "Resync progress for disk {$g}: $n%",
    "$c: queued $d bytes for volume C:, drain rate $d KB/s",
    "Policy $d for host $g succeeded",
    "Configurator: fetched settings from $h in $n ms",
    "Bookmark $X issued",
    "Tag {$g} committed on all volumes",
};
static const char *const msg_agent_err[] = {
    "$c: transient failure talking to $i:9443 (curl error 28), retrying in 30 seconds",
    "$c: cache full, throttling uploads for $n seconds",
};
static const char *const msg_linux[] = {
    "Installing package InMageFx-$v.x86_64.rpm",
    "Kernel version: 4.18.0-$d.el8.x86_64",
    "Checking /etc/default/grub for root=UUID entries",
    "Driver involflt.ko loaded, major $n",
    "Free space in /usr/local: $s bytes",
    "Registering with $i:443 using fingerprint $X",
    "Running /usr/local/ASR/Vx/bin/uarespawnd",
    "Detected distribution RHEL8-64",
};

/* Near misses: look like failures to a careless matcher, are not. */
static const char *const near[] = {
    "- Error code: 0 [0x0]",
    "- Exit code: 0",
    "Errors encountered: 0",
    "Error code: 0x0 (no error)",
    "Status: 0x0 (ERROR_SUCCESS)",
    "Last error: 0 (0x00000000)",
    "Process exited with code 0",
    "Return code of the process: 0",
    "ErrorID: 0, ErrorCode: 0",
    "Checked $d files, 0 errors, 0 warnings",
    "Read 2951070 bytes from $p",
    "Processed 1295107 records in $n s",
    "Object id $X",
    "Session {$g} opened",
    "Correlation id $g",
    "Handle 0x8004E00F0$x released",
    "Retry count: 0, last error: none",
    "Request 80070430$x completed",
    "The operation completed successfully.",
    "Failed files: 0",
    "Exit code: 8020 is reserved (informational only)",
    "Installation step 511 of 900 done",
    "Service reported state 802 (SERVICE_CONTROL_NOOP)",
    "VSS writer 'SqlServerWriter' state: [1] Stable, last error: No error",
};

/* Lines that end an operation well; rarer than other near misses. */
static const char *const success[] = {
    "VSSProvider installation completed successfully.",
    "Installation Status - Succeeded",
    "Exit code returned by unified agent: 0(Successful)",
    "Product: Microsoft Azure Site Recovery Mobility Service/Master Target Server -- "
    "Installation completed successfully.",
    "Backup job completed successfully.",
};

/* Real failures; each is written in the format it belongs to.  Multi-line
 * ones have a few ordinary lines between their lines. */
typedef struct {
	enum fmt fmt;
	const char *lines[4];
} failure;

static const failure failures[] = {
    {F_TRC, {"- Error code: -2147164145 [0x8004E00F]", "- Exit code: 802", NULL}},
    {F_TRC, {"- Error code: -2147023170 [0x800706BE]", "- Exit code: 511", NULL}},
    {F_TRC, {"- Error code: 7 [0x7]", "- Exit code: 511", NULL}},
    {F_TRC, {"- Error code: -2147023824 [0x80070430]", "- Exit code: 517", NULL}},
    {F_TRC, {"- Error code: -2147023841 [0x8007041F]", "- Exit code: 512", NULL}},
    {F_AGENT,
     {"Push installation of the mobility service failed with ErrorID: 95107. The credentials "
      "provided for the source machine are not valid.",
      NULL}},
    {F_AGENT,
     {"Push install failed with ErrorID: 95117. The source machine $i is not reachable from the "
      "process server.",
      NULL}},
    {F_UA,
     {"System.Runtime.InteropServices.COMException (0x8004E00F): COM+ was unable to talk to the "
      "Microsoft Distributed Transaction Coordinator (Exception from HRESULT: 0x8004E00F)",
      NULL}},
    {F_MSI,
     {"Product: Microsoft Azure Site Recovery Mobility Service/Master Target Server -- Error 1920. "
      "Service 'InMage Scout Application Service' (svagents) failed to start.",
      "Product: Microsoft Azure Site Recovery Mobility Service/Master Target Server -- Installation "
      "failed.",
      "Windows Installer installed the product. Product Name: Microsoft Azure Site Recovery Mobility "
      "Service/Master Target Server. Product Version: 9.55.6765.1. Product Language: 1033. "
      "Manufacturer: Microsoft Corporation. Installation success or error status: 1603.",
      NULL}},
    {F_ERRLOG,
     {"Replication job failed for volume \\\\?\\Volume{$g}\\ : SalBitmapError (0x80780024). The "
      "bitmap of the volume could not be read.",
      NULL}},
    {F_ERRLOG,
     {"Backup failed: SalChecksumStoreInitializationFailed. Checksum store at C:\\Program "
      "Files\\Microsoft Azure Recovery Services Agent\\Scratch could not be opened.",
      NULL}},
    {F_ERRLOG,
     {"Vault credentials validation failed: Invalid vault credentials provided. The file is either "
      "corrupted or does not have the latest credentials (ID: 34513)",
      NULL}},
    {F_ERRLOG,
     {"Microsoft Azure Recovery Services Agent was unable to connect to Microsoft Azure Backup. "
      "(ID: 100050) Check your network settings.",
      "(407) Proxy Authentication Required.", NULL}},
    {F_LINUX,
     {"ErrorID: 95320 - Enable protection failed: GRUB configuration uses device name root=/dev/sda2 "
      "instead of UUID",
      NULL}},
};

typedef struct {
	enum fmt fmt;
	clk t;
	uint32_t pid, tid, seq;
	uint32_t msi_a, msi_b, msi_server;
	uint32_t cpp;
	int crlf;
} gen;

static const char *const cppfiles[] = {"dsmfsenumerator.cpp", "cbengine.cpp", "salbitmap.cpp",
                                      "dlsprotectedobject.cpp", "omsync.cpp", "cloudstore.cpp",
                                      "vssrequestor.cpp", "jobmanager.cpp"};

static void begin_line(gen *g, line *l, int level)
{
	static const char *const errlevel[] = {"NORMAL", "WARNING", "FATAL"};
	static const char *const agentlevel[] = {"INFO", "DEBUG", "ERROR", "WARNING"};
	int h12;
	l->n = 0;
	switch (g->fmt) {
	case F_TRC:
		h12 = g->t.hour % 12;
		put_hms(l, &g->t, h12 ? h12 : 12);
		put_c(l, ':');
		break;
	case F_UA:
		put_ymd(l, &g->t, '-');
		put_c(l, ' ');
		put_hms(l, &g->t, g->t.hour);
		put_c(l, '.');
		put_dec(l, (uint64_t)g->t.ms, 3);
		put_s(l, "   ");
		break;
	case F_MSI:
		put_s(l, g->msi_server ? "MSI (s) (" : "MSI (c) (");
		put_hex(l, g->msi_a, 2, 1);
		put_c(l, ':');
		put_hex(l, g->msi_b, 2, 1);
		put_s(l, ") [");
		put_hms(l, &g->t, g->t.hour);
		put_c(l, ':');
		put_dec(l, (uint64_t)g->t.ms, 3);
		put_s(l, "]: ");
		break;
	case F_ERRLOG:
		put_hex(l, g->pid, 4, 1);
		put_c(l, '\t');
		put_hex(l, g->tid, 4, 1);
		put_c(l, '\t');
		put_dec(l, (uint64_t)g->t.mon, 2);
		put_c(l, '/');
		put_dec(l, (uint64_t)g->t.day, 2);
		put_c(l, '\t');
		put_hms(l, &g->t, g->t.hour);
		put_c(l, '.');
		put_dec(l, (uint64_t)g->t.ms, 3);
		put_c(l, '\t');
		put_dec(l, below(100), 2);
		put_c(l, '\t');
		put_s(l, cppfiles[g->cpp]);
		put_c(l, '(');
		put_dec(l, between(20, 4000), 0);
		put_s(l, ")\t");
		if (chance(500)) { /* object address column, often empty */
			put_c(l, '[');
			put_hex(l, 0x0000020000000000ULL | (rnd64() & 0xFFFFFFFFFFULL), 16, 1);
			put_c(l, ']');
		}
		put_c(l, '\t');
		put_guid(l, 1);
		put_s(l, "\t\t");
		put_s(l, errlevel[level < 0 ? (chance(30) ? 1 : 0) : level]);
		put_c(l, '\t');
		break;
	case F_AGENT:
		put_s(l, "#~> (");
		put_dec(l, (uint64_t)g->t.mon, 2);
		put_c(l, '-');
		put_dec(l, (uint64_t)g->t.day, 2);
		put_c(l, '-');
		put_dec(l, (uint64_t)g->t.year, 4);
		put_c(l, ' ');
		put_hms(l, &g->t, g->t.hour);
		put_s(l, "):   ");
		put_s(l, agentlevel[level < 0 ? (chance(300) ? 1 : 0) : level]);
		put_s(l, "  ");
		put_dec(l, g->pid, 0);
		put_c(l, ' ');
		put_dec(l, g->tid, 0);
		put_c(l, ' ');
		put_dec(l, ++g->seq, 0);
		put_c(l, ' ');
		break;
	case F_LINUX:
		put_dec(l, (uint64_t)g->t.mon, 2);
		put_c(l, '/');
		put_dec(l, (uint64_t)g->t.day, 2);
		put_c(l, '/');
		put_dec(l, (uint64_t)g->t.year, 4);
		put_c(l, ' ');
		put_hms(l, &g->t, g->t.hour);
		put_s(l, " : ");
		break;
	default: break;
	}
}

static void end_line(gen *g, line *l)
{
	if (g->crlf)
		put_c(l, '\r');
	put_c(l, '\n');
	if (l->n == LINECAP) { /* never cut a line end */
		l->b[LINECAP - 2] = '\r';
		l->b[LINECAP - 1] = '\n';
		if (!g->crlf)
			l->b[LINECAP - 2] = ' ';
	}
}

static void set_format(gen *g, enum fmt f)
{
	g->fmt = f;
	g->crlf = f == F_TRC || f == F_UA || f == F_MSI;
	g->pid = between(0x200, 0x3fff);
	g->tid = between(0x200, 0x3fff);
	if (f == F_AGENT) {
		g->pid = between(1000, 9999);
		g->tid = between(1000, 9999);
	}
	g->msi_a = below(256);
	g->msi_b = below(256);
	g->msi_server = 1;
	g->cpp = below((uint32_t)(sizeof(cppfiles) / sizeof(cppfiles[0])));
}

/* The header lines of a new block (session) in format f. */
static void block_header(gen *g, line *l)
{
	l->n = 0;
	switch (g->fmt) {
	case F_TRC:
		put_ymd(l, &g->t, '-');
		put_c(l, 'T');
		put_hms(l, &g->t, g->t.hour);
		put_c(l, '.');
		put_dec(l, (uint64_t)g->t.ms, 3);
		put_dec(l, g->t.frac, 4);
		put_s(l, "+00:00\tAlways:\tTrace Session Started");
		break;
	case F_UA:
		put_s(l, "Installation Starts here ");
		put_dec(l, (uint64_t)g->t.day, 2);
		put_c(l, '.');
		put_dec(l, (uint64_t)g->t.mon, 2);
		put_c(l, '.');
		put_dec(l, (uint64_t)g->t.year, 4);
		put_c(l, ' ');
		put_hms(l, &g->t, g->t.hour);
		break;
	case F_MSI:
		put_s(l, "=== Verbose logging started: ");
		put_dec(l, (uint64_t)g->t.mon, 2);
		put_c(l, '/');
		put_dec(l, (uint64_t)g->t.day, 2);
		put_c(l, '/');
		put_dec(l, (uint64_t)g->t.year, 4);
		put_s(l, "  ");
		put_hms(l, &g->t, g->t.hour);
		put_s(l, "  Build type: SHIP UNICODE 5.00.10011.00  Calling process: "
		         "C:\\Windows\\system32\\msiexec.exe ===");
		break;
	default: break;
	}
	if (l->n)
		end_line(g, l);
}

/* One ordinary or near-miss line. */
static void body_line(gen *g, line *l, int near_per_mille)
{
	int level = -1;
	const char *t;
	clk_tick(&g->t, below(chance(20) ? 4000 : 60));
	if (g->fmt == F_MSI) {
		uint32_t r = below(100);
		if (r < 4) {
			l->n = 0;
			put_s(l, r < 2 ? "Action start " : "Action ended ");
			put_hms(l, &g->t, g->t.hour);
			put_s(l, ": ");
			put_s(l, PICK(actions));
			put_s(l, r < 2 ? "." : ". Return value 1.");
			end_line(g, l);
			return;
		}
		if (r < 7) {
			l->n = 0;
			put_s(l, "Property(S): ");
			expand(l, "$W = $d");
			end_line(g, l);
			return;
		}
		g->msi_server = r >= 15;
	}
	if (chance((uint32_t)near_per_mille))
		t = chance(40) ? PICK(success) : PICK(near);
	else
		switch (g->fmt) {
		case F_TRC: t = PICK(msg_trc); break;
		case F_UA: t = PICK(msg_ua); break;
		case F_MSI: t = PICK(msg_msi); break;
		case F_ERRLOG: t = PICK(msg_errlog); break;
		case F_AGENT:
			if (chance(20)) {
				level = 2;
				t = PICK(msg_agent_err);
			} else {
				t = PICK(msg_agent);
			}
			break;
		default: t = PICK(msg_linux); break;
		}
	begin_line(g, l, level);
	expand(l, t);
	end_line(g, l);
}

/* ------------------------------------------------------------------ log writer */

typedef struct {
	uint64_t size;       /* exact number of bytes to write */
	int fixed_fmt;       /* -1: mix formats in blocks; else this format only */
	uint64_t err_every;  /* 0: no periodic failures; else mean distance */
	int64_t inject_at;   /* -1: none; else byte offset of the one failure */
	int inject_failure;  /* index into failures[] for inject_at */
	int near_per_mille;  /* near-miss rate */
} logspec;

static enum fmt pick_format(void)
{
	static const int weight[NFMT] = {26, 14, 20, 24, 10, 6};
	uint32_t r = below(100);
	int f;
	for (f = 0; f < NFMT - 1; f++) {
		if (r < (uint32_t)weight[f])
			return (enum fmt)f;
		r -= (uint32_t)weight[f];
	}
	return F_LINUX;
}

/* Writes the failure's lines in its own format, with ordinary lines between
 * them.  Returns 0 when it does not fit in the room left. */
static int emit_failure(gen *g, sink *s, const failure *fl, uint64_t room)
{
	line buf[12];
	size_t k = 0, i, total = 0;
	enum fmt saved = g->fmt;
	int crlf = g->crlf;
	g->fmt = fl->fmt;
	g->crlf = fl->fmt == F_TRC || fl->fmt == F_UA || fl->fmt == F_MSI;
	for (i = 0; i < 4 && fl->lines[i]; i++) {
		uint32_t j, gap = i ? below(3) : 0;
		for (j = 0; j < gap; j++)
			body_line(g, &buf[k++], 0);
		clk_tick(&g->t, below(200));
		begin_line(g, &buf[k], fl->fmt == F_ERRLOG ? 2 : fl->fmt == F_AGENT ? 2 : -1);
		expand(&buf[k], fl->lines[i]);
		end_line(g, &buf[k]);
		k++;
	}
	g->fmt = saved;
	g->crlf = crlf;
	for (i = 0; i < k; i++)
		total += buf[i].n;
	if (total > room)
		return 0;
	for (i = 0; i < k; i++)
		sink_write(s, buf[i].b, buf[i].n);
	return 1;
}

static void write_log(sink *s, const logspec *sp)
{
	gen g;
	line l;
	uint64_t next_err = sp->err_every ? between(1u << 19, (uint32_t)sp->err_every) : UINT64_MAX;
	uint64_t block_left = 0;
	int injected = sp->inject_at < 0;
	memset(&g, 0, sizeof g);
	g.t.year = 2024;
	g.t.mon = (int)between(1, 12);
	g.t.day = (int)between(1, 28);
	g.t.hour = (int)between(0, 23);
	g.t.min = (int)below(60);
	set_format(&g, sp->fixed_fmt >= 0 ? (enum fmt)sp->fixed_fmt : pick_format());
	for (;;) {
		uint64_t room = sp->size - s->total;
		if (!block_left) {
			if (sp->fixed_fmt < 0)
				set_format(&g, pick_format());
			else
				set_format(&g, (enum fmt)sp->fixed_fmt);
			block_left = between(200, 4000);
			clk_tick(&g.t, between(60000, 9000000));
			block_header(&g, &l);
			if (l.n && l.n <= room) {
				sink_write(s, l.b, l.n);
				continue;
			}
		}
		block_left--;
		if (!injected && s->total >= (uint64_t)sp->inject_at) {
			injected = emit_failure(&g, s, &failures[sp->inject_failure], room);
			if (injected)
				continue;
			injected = 1;
		}
		if (s->total >= next_err) {
			const failure *fl = &failures[below((uint32_t)(sizeof failures / sizeof failures[0]))];
			next_err += between(1u << 20, (uint32_t)(2 * sp->err_every - (1u << 20)));
			if (emit_failure(&g, s, fl, room))
				continue;
		}
		body_line(&g, &l, sp->near_per_mille);
		if (l.n > room)
			break;
		sink_write(s, l.b, l.n);
	}
	/* pad to the exact size with one filler line */
	{
		uint64_t room = sp->size - s->total;
		char pad[64];
		memset(pad, '.', sizeof pad);
		while (room > 1) {
			size_t n = room - 1 > sizeof pad ? sizeof pad : (size_t)(room - 1);
			sink_write(s, pad, n);
			room -= n;
		}
		if (room)
			sink_write(s, "\n", 1);
	}
}

/* ------------------------------------------------------------------ utf16 */

static void put16(unsigned char *o, size_t *n, uint32_t u)
{
	if (u >= 0x10000) {
		uint32_t v = u - 0x10000;
		put16(o, n, 0xD800 | (v >> 10));
		put16(o, n, 0xDC00 | (v & 0x3FF));
		return;
	}
	o[(*n)++] = (unsigned char)(u & 0xFF);
	o[(*n)++] = (unsigned char)(u >> 8);
}

/* Length of the UTF-8 sequence led by c, 0 if c cannot lead one. */
static int u8len(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return 2;
	if (c >= 0xE0 && c <= 0xEF)
		return 3;
	if (c >= 0xF0 && c <= 0xF4)
		return 4;
	return 0;
}

/* Decodes one sequence at p (n bytes available, n >= its length); returns
 * the code point or 0xFFFD, and sets *used. */
static uint32_t u8dec(const unsigned char *p, size_t n, size_t *used)
{
	int k = u8len(p[0]), i;
	uint32_t u;
	*used = 1;
	if (k == 1)
		return p[0];
	if (k == 0 || (size_t)k > n)
		return 0xFFFD;
	u = p[0] & (0x7F >> k);
	for (i = 1; i < k; i++) {
		if ((p[i] & 0xC0) != 0x80)
			return 0xFFFD;
		u = (u << 6) | (p[i] & 0x3F);
	}
	if ((k == 3 && (u < 0x800 || (u >= 0xD800 && u <= 0xDFFF))) || (k == 4 && (u < 0x10000 || u > 0x10FFFF)))
		return 0xFFFD;
	*used = (size_t)k;
	return u;
}

static int mode_utf16(const char *in, const char *out)
{
	FILE *f;
	sink s;
	unsigned char *ib = malloc(OUTBUF + 4), *ob = malloc(2 * (OUTBUF + 4));
	size_t have = 0, got;
	int eof = 0;
	if (!ib || !ob)
		die("out of memory", NULL);
	errno = 0;
	f = strcmp(in, "-") ? fopen(in, "rb") : stdin;
	if (!f)
		die("cannot open", in);
	sink_open(&s, out);
	sink_write(&s, "\xFF\xFE", 2);
	while (!eof || have) {
		size_t i = 0, n = 0;
		if (!eof) {
			got = fread(ib + have, 1, OUTBUF - have, f);
			if (got < OUTBUF - have) {
				if (ferror(f))
					die("read failed", in);
				eof = 1;
			}
			have += got;
		}
		while (i < have) {
			size_t used;
			int k = u8len(ib[i]);
			if (k > 1 && i + (size_t)k > have && !eof)
				break; /* incomplete sequence: wait for more input */
			put16(ob, &n, u8dec(ib + i, have - i, &used));
			i += used;
		}
		sink_write(&s, ob, n);
		memmove(ib, ib + i, have - i);
		have -= i;
	}
	if (f != stdin)
		fclose(f);
	sink_close(&s);
	free(ib);
	free(ob);
	return 0;
}

/* ------------------------------------------------------------------ bundles */

static void mkdirs(const char *path)
{
	char p[PATH_MAX];
	size_t i, n = strlen(path);
	if (n >= sizeof p)
		die("path too long", path);
	memcpy(p, path, n + 1);
	for (i = 1; i <= n; i++) {
		if (p[i] != '/' && p[i] != '\0')
			continue;
		p[i] = '\0';
		errno = 0;
		if (mkdir(p, 0777) != 0 && errno != EEXIST)
			die("cannot create directory", p);
		p[i] = path[i];
	}
}

static void join(char *out, size_t cap, const char *a, const char *b)
{
	int n = snprintf(out, cap, "%s/%s", a, b);
	if (n < 0 || (size_t)n >= cap)
		die("path too long", a);
}

typedef struct {
	const char *name; /* member path inside a directory bundle */
	enum fmt fmt;
	int share;        /* relative size */
} member;

static const member asr_win[] = {
    {"ProgramData/ASRSetupLogs/ASRUnifiedAgentInstaller.log", F_TRC, 4},
    {"ProgramData/ASRSetupLogs/UA_InstallLogFile.log", F_UA, 2},
    {"ProgramData/ASRSetupLogs/MobilityServiceInstaller.msi.log", F_MSI, 3},
    {"ProgramData/ASRSetupLogs/svagents_curr.log", F_AGENT, 2},
    {NULL, F_TRC, 0}};
static const member asr_linux[] = {{"var/log/ua_install.log", F_LINUX, 3},
                                   {"var/log/svagents_curr.log", F_AGENT, 2},
                                   {NULL, F_TRC, 0}};
static const member mars[] = {{"Temp/CBEngineCurr.errlog", F_ERRLOG, 5},
                              {"Temp/OBRecoveryServicesManagementAgentCurr.errlog", F_ERRLOG, 2},
                              {"Temp/MARSAgentInstaller.msi.log", F_MSI, 1},
                              {NULL, F_TRC, 0}};
static const char *const single_name[NFMT] = {"ASRUnifiedAgentInstaller.log", "UA_InstallLogFile.log",
                                              "MobilityServiceInstaller.msi.log", "CBEngineCurr.errlog",
                                              "svagents_curr.log", "ua_install.log"};

/* Size of a bundle: a random octave between 20 KiB and 2 MiB, then uniform
 * within it (roughly log-uniform, so most bundles are small). */
static uint64_t bundle_size(void)
{
	uint64_t lo = (uint64_t)20 << (10 + below(7)), max = (uint64_t)2 << 20;
	uint64_t v = lo + below((uint32_t)lo);
	return v > max ? max : v;
}

static int failure_for(enum fmt f)
{
	int idx[16], n = 0, i;
	for (i = 0; i < (int)(sizeof failures / sizeof failures[0]); i++)
		if (failures[i].fmt == f)
			idx[n++] = i;
	return n ? idx[below((uint32_t)n)] : -1;
}

static void write_file(const char *path, enum fmt f, uint64_t size, int64_t inject_at, int which)
{
	sink s;
	logspec sp;
	memset(&sp, 0, sizeof sp);
	sp.size = size;
	sp.fixed_fmt = (int)f;
	sp.inject_at = inject_at;
	sp.inject_failure = which;
	sp.near_per_mille = 50;
	sink_open(&s, path);
	write_log(&s, &sp);
	sink_close(&s);
}

static int mode_bundles(unsigned long n, const char *dir)
{
	unsigned long b;
	char path[PATH_MAX], name[64];
	mkdirs(dir);
	for (b = 1; b <= n; b++) {
		uint64_t size = bundle_size();
		int fail = chance(500);
		uint32_t kind = below(10);
		snprintf(name, sizeof name, "host-%04lu", b);
		if (kind < 2) { /* a single log file */
			enum fmt f = (enum fmt)below(NFMT);
			int which = failure_for(f);
			char leaf[128];
			const char *dot = strchr(single_name[f], '.');
			snprintf(leaf, sizeof leaf, "%.*s-%s%s", (int)(dot - single_name[f]), single_name[f],
			         name, dot);
			join(path, sizeof path, dir, leaf);
			write_file(path, f, size, fail && which >= 0 ? (int64_t)below((uint32_t)size) : -1, which);
		} else { /* a directory of logs */
			const member *m = kind < 6 ? asr_win : kind < 8 ? mars : asr_linux;
			int nm = 0, shares = 0, i, target;
			char bdir[PATH_MAX];
			while (m[nm].name)
				shares += m[nm++].share;
			target = fail ? (int)below((uint32_t)nm) : -1;
			join(bdir, sizeof bdir, dir, name);
			for (i = 0; i < nm; i++) {
				uint64_t fsize = size * (uint64_t)m[i].share / (uint64_t)shares;
				int which = i == target ? failure_for(m[i].fmt) : -1;
				char *slash;
				join(path, sizeof path, bdir, m[i].name);
				slash = strrchr(path, '/');
				*slash = '\0';
				mkdirs(path);
				*slash = '/';
				write_file(path, m[i].fmt, fsize,
				           which >= 0 ? (int64_t)below((uint32_t)(fsize ? fsize : 1)) : -1, which);
			}
		}
	}
	return 0;
}

/* ------------------------------------------------------------------ main */

static int parse_size(const char *s, uint64_t *out)
{
	char *end;
	unsigned long long v;
	int shift = 0;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s || *s == '-')
		return -1;
	switch (*end) {
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	default: break;
	}
	if (*end == 'i')
		end++;
	if (*end == 'B')
		end++;
	if (*end || v > (ULLONG_MAX >> shift))
		return -1;
	*out = (uint64_t)v << shift;
	return 0;
}

static int usage(void)
{
	fputs("usage: gencorpus [-s SEED] log SIZE OUT\n"
	      "       gencorpus utf16 IN OUT\n"
	      "       gencorpus [-s SEED] bundles N DIR\n"
	      "SIZE takes a K, M or G suffix; IN and OUT may be -.\n",
	      stderr);
	return 2;
}

int main(int argc, char **argv)
{
	int a = 1;
	uint64_t v;
	if (a + 1 < argc && !strcmp(argv[a], "-s")) {
		if (parse_size(argv[a + 1], &v))
			return usage();
		rng_state ^= v * 0x9e3779b97f4a7c15ULL;
		a += 2;
	}
	if (argc - a != 3)
		return usage();
	if (!strcmp(argv[a], "log")) {
		sink s;
		logspec sp;
		if (parse_size(argv[a + 1], &v))
			return usage();
		memset(&sp, 0, sizeof sp);
		sp.size = v;
		sp.fixed_fmt = -1;
		sp.err_every = 2u << 20;
		sp.inject_at = -1;
		sp.near_per_mille = 50;
		sink_open(&s, argv[a + 2]);
		write_log(&s, &sp);
		sink_close(&s);
		return 0;
	}
	if (!strcmp(argv[a], "utf16"))
		return mode_utf16(argv[a + 1], argv[a + 2]);
	if (!strcmp(argv[a], "bundles")) {
		if (parse_size(argv[a + 1], &v) || v == 0 || v > 1000000)
			return usage();
		return mode_bundles((unsigned long)v, argv[a + 2]);
	}
	return usage();
}
