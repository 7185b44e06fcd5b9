# Azure Site Recovery: Mobility service push installation.
#
# Conventions of this pack
# - The identifying code (ErrorID, HRESULT, exit code) is the anchor.  English
#   message text is never required on its own, because Windows prints
#   messages in the display language of the machine while the codes stay.
# - Error IDs are accepted in the shapes the configuration server, the
#   process server, the installers and their JSON files write them:
#   "ErrorID: 95107", "Error ID : 95107", "\"ErrorCode\":\"95107\"",
#   "failed with error 95107", "error_code=95107" ...  A digit right after
#   the ID cancels the match, and so does a digit before it.
# - The installer's VSS block prints the HRESULT and the exit code on
#   separate lines, so VSS signatures look a few lines around the HRESULT
#   for a non-zero exit code.  Newer installers renumber the exit codes, so
#   the HRESULT decides which section applies.
# - operation tokens:
#     asr-push-install   the whole push installation: every installation
#                        cause and outcome carries it, so that a failed
#                        attempt ends at its outcome line and a later
#                        attempt's cause ranks first
#     asr-agent-install  the unified agent setup on the source machine
#     asr-vss-install    the VSS provider step of that setup
#     asr-protection     enabling protection once the agent is in place
#     asr-agent-reboot   an install or upgrade that waits for a restart

# ===========================================================================
# Push installation: credentials, privileges, logon

[asr.push.credentials-95107]
title: Push install failed: the account has no administrative access to the Windows source machine (ErrorID 95107)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#credentials-check-errorid-95107--95108
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи])\\?["']?\h*[:=：>-]?\h*\\?["']?95107(?!\d)
remedy: Use a local or domain account that is an administrator of the source
  machine.  For a local (non-domain) account, turn off remote UAC filtering:
  set the DWORD LocalAccountTokenFilterPolicy = 1 under
  HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System (for example
  with "REG ADD ... /v LocalAccountTokenFilterPolicy /t REG_DWORD /d 1").  Then
  update the credentials on the configuration server and retry.
example:
  #~> (03-05-2024 10:40:55):   ERROR  2336 2488 14 Push installation of the mobility service to 10.20.4.17 failed. ErrorID: 95107
example:
  {"Errors":[{"ErrorCode":"95107","Message":"Credential check failed on the source machine"}]}
example:
  03/05/2024 10:40:55 : Push install job 8812 failed with error 95107 for host APP-SQL-04
example:
  Error ID : 95107
example:
  <PushInstallError><ErrorCode>95107</ErrorCode><Host>10.20.4.17</Host></PushInstallError>
example:
  Code d'erreur : 95107
counter-example:
  #~> (03-05-2024 10:40:55):   INFO  2336 2488 14 Job id 1295107 finished
counter-example:
  ErrorID: 951070
counter-example:
  Error code: 0 [0x0]

[asr.push.credentials-linux-95108]
title: Push install failed: root credentials or SFTP/password login rejected on the Linux source machine (ErrorID 95108)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#credentials-check-errorid-95107--95108
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи])\\?["']?\h*[:=：>-]?\h*\\?["']?95108(?!\d)
remedy: Give the root account for a Linux source machine.  In /etc/ssh/sshd_config
  set PasswordAuthentication to yes and uncomment the "Subsystem sftp" line,
  restart sshd, then retry the push installation.
example:
  #~> (04-22-2024 16:02:31):   ERROR  4120 3904 77 Push installation to 10.20.8.41 failed with ErrorCode: 95108
example:
  Error ID : 95108
counter-example:
  #~> (04-22-2024 16:02:31):   INFO  4120 3904 77 Transferred 951080 bytes to 10.20.8.41

[asr.push.privileges-95517]
title: Push install failed: access denied while copying the agent, the account is not an administrator (ErrorID 95517)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#insufficient-privileges-failure-errorid-95517
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи])\\?["']?\h*[:=：>-]?\h*\\?["']?95517(?!\d)
remedy: The account chosen for the push installation cannot write the agent to
  the source machine.  Give it administrator rights on the source machine (or
  pick an administrator account) and update the credentials on the
  configuration server.
example:
  #~> (11-07-2023 08:15:02):   ERROR  1880 2204 31 Copying the mobility service package to \\10.1.2.30\C$ failed. ErrorID: 95517
example:
  "ErrorCode": "95517"
counter-example:
  #~> (11-07-2023 08:15:02):   INFO  1880 2204 31 Copied 1955170 bytes

[asr.push.domain-trust-95518]
title: Push install failed: domain trust between the source machine and the primary domain failed (ErrorID 95518)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#insufficient-privileges-failure-errorid-95518
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи])\\?["']?\h*[:=：>-]?\h*\\?["']?95518(?!\d)
remedy: The trust relationship between the source machine and its primary domain
  is broken, so the domain account cannot log on.  Repair the machine's domain
  membership (secure channel), make sure the account is an administrator
  through the primary domain, and retry.
example:
  #~> (02-14-2024 13:41:09):   ERROR  2912 3340 52 Logon to 10.4.0.22 with CONTOSO\asrpush failed with error 95518
counter-example:
  #~> (02-14-2024 13:41:09):   INFO  2912 3340 52 Process 95518 exited

[asr.push.account-disabled-95519]
title: Push install failed: the user account chosen for the installation is disabled (ErrorID 95519)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#credentials-of-the-user-account-have-been-disabled-errorid-95519
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи])\\?["']?\h*[:=：>-]?\h*\\?["']?95519(?!\d)
remedy: Enable the account on the source machine (for example
  "net user <name> /active:yes", or Enable-LocalUser) or choose another
  administrator account, then retry.
example:
  #~> (06-03-2024 09:02:44):   ERROR  3016 1204 8 Logon to 10.30.1.9 failed. ErrorID: 95519
counter-example:
  #~> (06-03-2024 09:02:44):   INFO  3016 1204 8 Session 0x95519 opened

[asr.push.account-locked-95520]
title: Push install failed: the account is locked out after repeated failed logons (ErrorID 95520)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#credentials-locked-out-because-of-multiple-failed-login-attempts-errorid-95520
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи])\\?["']?\h*[:=：>-]?\h*\\?["']?95520(?!\d)
remedy: Too many logons with wrong credentials locked the account.  Correct the
  credentials stored on the configuration server (or choose the right
  account), unlock the account, and retry.
example:
  #~> (06-03-2024 09:14:10):   ERROR  3016 1204 19 Logon to 10.30.1.9 failed. Error ID : 95520
counter-example:
  #~> (06-03-2024 09:14:10):   INFO  3016 1204 19 Error count reset, last error 0

[asr.push.logon-servers-95521]
title: Push install failed: no logon server is available to the source machine (ErrorID 95521)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#logon-servers-arent-available-on-the-source-machine-errorid-95521
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи])\\?["']?\h*[:=：>-]?\h*\\?["']?95521(?!\d)
remedy: The source machine cannot reach a logon server (domain controller), so
  logon requests fail.  Make a logon server reachable from the source
  machine, start the Netlogon service there, and retry.
example:
  #~> (06-03-2024 09:20:37):   ERROR  3016 1204 33 Logon to 10.30.1.9 failed with error 95521
counter-example:
  #~> (06-03-2024 09:20:37):   INFO  3016 1204 33 Listening on port 9443, backlog 95521

[asr.push.netlogon-stopped-95522]
title: Push install failed: the Netlogon service is not running on the source machine (ErrorID 95522)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#logon-service-isnt-running-on-the-source-machine-errorid-95522
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи])\\?["']?\h*[:=：>-]?\h*\\?["']?95522(?!\d)
remedy: Start the Netlogon service on the source machine ("net start Netlogon"
  or the Services console) and retry the installation.
example:
  #~> (06-03-2024 09:31:02):   ERROR  3016 1204 41 Logon to 10.30.1.9 failed. ErrorID: 95522
counter-example:
  #~> (06-03-2024 09:31:02):   INFO  3016 1204 41 Started Netlogon check, ErrorID: 0

# ===========================================================================
# Push installation: connectivity, sharing, WMI

[asr.push.connectivity-95117-97118]
title: Push install failed: the source machine cannot be reached from the configuration/process server (ErrorID 95117 / 97118)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#connectivity-failure-errorid-95117--97118
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи])\\?["']?\h*[:=：>-]?\h*\\?["']?(?:95117|97118)(?!\d)
remedy: Check that the source machine answers ping from the configuration server
  (or from the scale-out process server chosen for replication), that File
  and Printer Sharing and WMI are allowed through its firewall, that its
  shared folders are reachable, and that port 135 is open (telnet from the
  source machine).  For Linux, make sure SSH runs on port 22 with current
  OpenSSH/OpenSSL, and that SFTP and password authentication are enabled.
  Look for DNS, domain or TCP port exhaustion problems when connections time
  out.
example:
  #~> (01-09-2024 22:47:13):   ERROR  2640 2984 112 Unable to connect to 10.50.3.77: the connection attempt timed out. ErrorID: 95117
example:
  Error ID : 97118
counter-example:
  #~> (01-09-2024 22:47:13):   INFO  2640 2984 112 Bytes sent: 951170
counter-example:
  #~> (01-09-2024 22:47:13):   INFO  2640 2984 112 Connected to 10.50.3.77 in 97118 us

[asr.push.network-share-access-95105-95523]
title: Push install failed: the source machine's network shares (C$, ADMIN$) cannot be opened from the process server (ErrorID 95105 / 95523)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#check-access-for-network-shared-folders-on-source-machine-errorid-9510595523
within: 3
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи])\\?["']?\h*[:=：>-]?\h*\\?["']?(?:95105|95523)(?!\d)
all: (?i)\\\\[^\\\h"']+\\(?:[A-Z]\$|ADMIN\$|IPC\$)|\b(?:network|remote)\h+share|\bshared\h+folder
remedy: From the process server, open \\<source machine IP>\C$ in File Explorer
  with the credentials used for the installation (DOMAIN\user for a domain
  member, the user name alone in a workgroup).  If the folders do not show,
  fix the sharing prerequisites (File and Printer Sharing, administrative
  shares, firewall) and retry.
example:
  #~> (05-17-2024 11:26:40):   ERROR  3320 1916 58 Unable to access the network share \\10.40.2.15\C$ with the given credentials. ErrorID: 95105
example:
  #~> (05-17-2024 11:26:39):   INFO  3320 1916 57 Opening \\10.40.2.15\ADMIN$
  #~> (05-17-2024 11:26:40):   ERROR  3320 1916 58 Copy failed with error 95523
counter-example:
  #~> (05-17-2024 11:26:40):   ERROR  3320 1916 58 File and Printer Sharing is not enabled on 10.40.2.15. ErrorID: 95105
counter-example:
  #~> (05-17-2024 11:26:39):   INFO  3320 1916 57 Opened \\10.40.2.15\C$ successfully

[asr.push.network-not-found-95523]
title: Push install failed: the network of the source machine was not found or is no longer available (ErrorID 95523)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#connectivity-failure-errorid-95523
within: 3
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи])\\?["']?\h*[:=：>-]?\h*\\?["']?95523(?!\d)
unless: (?i)\\\\[^\\\h"']+\\(?:[A-Z]\$|ADMIN\$|IPC\$)|\b(?:network|remote)\h+share|\bshared\h+folder
remedy: The network the source machine lives in could not be found; it may have
  been removed or be unavailable.  Make sure that network exists and is
  reachable from the process server, then retry.
example:
  #~> (08-21-2024 03:12:58):   ERROR  2776 3112 24 Connecting to 172.16.9.40 failed: the network path was not found. ErrorID: 95523
counter-example:
  #~> (08-21-2024 03:12:58):   ERROR  2776 3112 24 Copy to \\172.16.9.40\C$ failed. ErrorID: 95523

[asr.push.file-printer-sharing-95105-95106]
title: Push install failed: File and Printer Sharing is not enabled on the source machine (ErrorID 95105 / 95106)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#file-and-printer-sharing-services-check-errorid-95105--95106
within: 3
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи])\\?["']?\h*[:=：>-]?\h*\\?["']?(?:95105|95106)(?!\d)
unless: (?i)\\\\[^\\\h"']+\\(?:[A-Z]\$|ADMIN\$|IPC\$)|\b(?:network|remote)\h+share|\bshared\h+folder
remedy: Allow File and Printer Sharing on the source machine: enable the inbound
  firewall rules "File and Printer Sharing (NB-Session-In)" and "(SMB-In)",
  and make sure the group policy "Prevent users from sharing files within
  their profile" is not enabled.  Then retry the installation.
example:
  #~> (05-17-2024 11:02:13):   ERROR  3320 1916 12 File and Printer Sharing check failed on 10.40.2.15. ErrorID: 95105
example:
  "ErrorCode":"95106"
counter-example:
  #~> (05-17-2024 11:02:13):   INFO  3320 1916 12 Firewall rule "File and Printer Sharing (SMB-In)" is enabled
counter-example:
  #~> (05-17-2024 11:02:13):   ERROR  3320 1916 12 Cannot open \\10.40.2.15\C$. ErrorID: 95105

[asr.push.wmi-95103]
title: Push install failed: WMI is blocked or not configured on the source machine (error 95103)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#windows-management-instrumentation-wmi-configuration-check-error-code-95103
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи])\\?["']?\h*[:=：>-]?\h*\\?["']?95103(?!\d)
remedy: Let WMI traffic through the source machine's firewall for the domain,
  private and public profiles (Windows Firewall exceptions, or
  netsh advfirewall firewall set rule group="windows management
  instrumentation (wmi)" new enable=yes), then retry.
example:
  #~> (09-30-2024 15:47:21):   ERROR  2104 2288 66 Remote execution through WMI on 10.8.14.3 failed. Error code: 95103
counter-example:
  #~> (09-30-2024 15:47:21):   INFO  2104 2288 66 WMI query returned 95103 rows

# ===========================================================================
# Source machine configuration

[asr.install.unsupported-os]
title: Mobility service install failed: the operating system or kernel is not supported
product: asr-mobility
severity: critical
operation: asr-agent-install asr-push-install
explains: asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#unsupported-operating-systems
files: *install* *.json
any: (?i)\b(?:operating\h+system|OS|kernel(?:\h+version)?|distribution|distro)\b[^;]{0,100}?\b(?:(?:is|are)\h+)?(?:not\h+supported|unsupported)\b
any: (?i)\bunsupported\h+(?:operating\h+system|OS|kernel|distribution|distro)\b
any: (?i)\bOS_?NotSupported\b|\bUnsupportedOS\b
unless: (?i)\bsupported\h*[-:]\h*(?:passed|yes|true)\b|\b(?:module|feature|parameter|option|setting)\b
remedy: Install the agent only on an operating system and kernel listed in the
  Site Recovery support matrix for VMware/physical machines; avoid private
  kernel builds.  Upgrade the machine (or wait for an agent release that
  supports its kernel) and retry.
example:
  06/12/2024 14:22:05 : Kernel version 5.14.21-150500.53-default is not supported by this version of the Mobility service.
example:
  09:02:41:Prerequisite check: operating system is not supported - Failed
example:
  Exit code returned by unified agent: 4(OSNotSupported)
example:
  03/02/2024 08:15:40 : ERROR: Kernel version 3.10.0-1160.el7.x86_64.debug not supported. Aborting installation.
counter-example:
  03/02/2024 08:15:40 : Kernel module zram: feature not supported, skipping
counter-example:
  09:02:41:Prerequisite check: operating system is supported - Passed
counter-example:
  06/12/2024 14:22:05 : Detected OS: RHEL8-64, kernel 4.18.0-513.5.1.el8_9.x86_64

[asr.protection.boot-system-split-95309]
title: Protection failed: boot and system partitions/volumes are on different disks (ErrorID 95309)
product: asr-mobility
severity: critical
operation: asr-protection
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#boot-and-system-partitions--volumes-arent-the-same-disk-errorid-95309
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи])\\?["']?\h*[:=：>-]?\h*\\?["']?95309(?!\d)
remedy: Boot and system volumes on different disks are supported from Mobility
  service 9.20 onwards.  Upgrade the configuration server and the agent to a
  current release, then enable protection again.
example:
  #~> (10-02-2023 12:11:40):   ERROR  1544 2780 9 Enable protection for SRV-LEGACY-03 failed. ErrorID: 95309
counter-example:
  #~> (10-02-2023 12:11:40):   INFO  1544 2780 9 Disk signature 95309 found on disk 0

[asr.protection.no-boot-disk-95310]
title: Protection failed: the virtual machine has no boot disk (ErrorID 95310)
product: asr-mobility
severity: critical
operation: asr-protection
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#the-boot-disk-isnt-available-errorid-95310
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи])\\?["']?\h*[:=：>-]?\h*\\?["']?95310(?!\d)
remedy: A machine without a boot disk cannot be protected, because it would not
  start after failover.  Make sure the VM has exactly one boot disk and
  enable protection again.
example:
  #~> (10-02-2023 12:19:03):   ERROR  1544 2780 17 Enable protection for SRV-LEGACY-04 failed with error 95310
counter-example:
  #~> (10-02-2023 12:19:03):   INFO  1544 2780 17 Disk size 95310 MB

[asr.protection.multiple-boot-disks-95311]
title: Protection failed: several boot disks found on the source machine (ErrorID 95311)
product: asr-mobility
severity: critical
operation: asr-protection
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#multiple-boot-disks-present-on-the-source-machine-errorid-95311
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи])\\?["']?\h*[:=：>-]?\h*\\?["']?95311(?!\d)
remedy: A machine with more than one boot disk is not a supported configuration.
  Keep a single boot disk on the source machine and enable protection again.
example:
  "ErrorCode":"95311"
counter-example:
  "ErrorCode":"953110"

[asr.protection.system-partition-multi-disk-95313]
title: Protection failed: the system (root) partition or volume spans several disks (ErrorID 95313)
product: asr-mobility
severity: critical
operation: asr-protection
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#system-partition-on-multiple-disks-errorid-95313
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи])\\?["']?\h*[:=：>-]?\h*\\?["']?95313(?!\d)
remedy: A root partition or volume laid across several disks is supported from
  Mobility service 9.20 onwards.  Upgrade the configuration server and the
  agent, then enable protection again.
example:
  #~> (10-02-2023 12:31:44):   ERROR  1544 2780 29 Enable protection for lnx-db-07 failed. ErrorID: 95313
counter-example:
  #~> (10-02-2023 12:31:44):   INFO  1544 2780 29 Inode count 95313

[asr.protection.grub-device-name-95320]
title: Protection failed: GRUB configuration names root/resume devices instead of UUIDs (ErrorID 95320)
product: asr-mobility
severity: critical
operation: asr-protection
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#enable-protection-failed-as-device-name-mentioned-in-the-grub-configuration-instead-of-uuid-errorid-95320
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи])\\?["']?\h*[:=：>-]?\h*\\?["']?95320(?!\d)
remedy: Device names such as /dev/sda2 can change after a restart or failover,
  so Site Recovery wants UUIDs.  Find each device's UUID with
  "blkid <device>", write root=UUID=<uuid> and resume=UUID=<uuid> in
  /boot/grub2/grub.cfg, /boot/grub/grub.cfg, /boot/grub/menu.lst and
  /etc/default/grub, then enable protection again.
example:
  #~> (07-08-2024 17:05:29):   ERROR  2448 2516 40 Enable protection for sles-app-02 failed. ErrorID: 95320
example:
  07/08/2024 17:04:51 : GRUB check failed, error 95320: /boot/grub2/grub.cfg uses root=/dev/sda2
counter-example:
  07/08/2024 17:04:51 : Build 953201 verified

[asr.protection.grub-device-name-config]
title: GRUB configuration names root/resume devices instead of UUIDs; enabling protection fails with ErrorID 95320
product: asr-mobility
severity: critical
operation: asr-protection
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#enable-protection-failed-as-device-name-mentioned-in-the-grub-configuration-instead-of-uuid-errorid-95320
files: boot/grub2/grub.cfg */boot/grub2/grub.cfg boot/grub/grub.cfg */boot/grub/grub.cfg boot/grub/menu.lst */boot/grub/menu.lst boot/grub/grub.conf */boot/grub/grub.conf boot/efi/EFI/*/grub.cfg */boot/efi/EFI/*/grub.cfg etc/default/grub */etc/default/grub
all: ^(?!\h*#).*?(?<![\w.-])(?:root|resume)=/dev/(?:[shv]d[a-z]{1,2}\d*|xvd[a-z]{1,2}\d*|nvme\d+n\d+(?:p\d+)?|mmcblk\d+(?:p\d+)?|dm-\d+)(?![\w/-])
remedy: Replace the device names with UUIDs: find them with "blkid <device>",
  write root=UUID=<uuid> and resume=UUID=<uuid> in every GRUB file
  (/boot/grub2/grub.cfg, /boot/grub/grub.cfg, /boot/grub/menu.lst,
  /etc/default/grub), regenerate the configuration if your distribution
  does so, and enable protection again.
example:
  	linux	/boot/vmlinuz-4.12.14-122.37-default root=/dev/sda2 ${extra_cmdline} resume=/dev/sda1 splash=silent quiet showopts
example:
  GRUB_CMDLINE_LINUX_DEFAULT="resume=/dev/sdb1 splash=silent quiet"
example:
      kernel /boot/vmlinuz-3.0.101-63-default root=/dev/sda2 resume=/dev/sda1 splash=silent showopts
counter-example:
  	linux	/boot/vmlinuz-4.12.14-122.37-default root=UUID=62927e85-f7ba-40bc-9993-cc1feeb191e4 resume=UUID=6f614b44-433b-431b-9ca1-4dd2f6f74f6b
counter-example:
  GRUB_CMDLINE_LINUX="crashkernel=auto resume=/dev/mapper/rhel-swap rd.lvm.lv=rhel/root rd.lvm.lv=rhel/swap rhgb quiet"
counter-example:
  #GRUB_CMDLINE_LINUX_DEFAULT="root=/dev/sda2"
counter-example:
  	set root='hd0,msdos1'

[asr.install.reboot-warning-95265-95266]
title: Mobility service installed or upgraded with a warning: restart needed to load the new filter driver (ErrorID 95265 / 95266)
product: asr-mobility
severity: warning
operation: asr-agent-reboot
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#install-mobility-service-completed-with-warning-to-reboot-errorid-95265--95266
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи]|\bwarning[\h_-]*(?:id|code)?)\\?["']?\h*[:=：>-]?\h*\\?["']?(?:95265|95266)(?!\d)
remedy: Replication keeps working with the old filter driver; the new driver is
  loaded only at the next restart.  Restart the source machine in a
  maintenance window to get the driver fixes (a restart is mandatory only
  for the upgrades listed in the service update notes).
example:
  #~> (12-11-2023 19:40:02):   WARNING  2088 2196 71 Mobility service upgrade on 10.12.0.8 completed with warnings. ErrorID: 95265
example:
  {"ErrorCode":"95266","Severity":"Warning"}
counter-example:
  #~> (12-11-2023 19:40:02):   INFO  2088 2196 71 Free memory 95265 KB

[asr.push.insufficient-space-95524]
title: Push install failed: less than 100 MB free on the source machine to copy the agent (ErrorID 95524)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#insufficient-space-errorid-95524
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи])\\?["']?\h*[:=：>-]?\h*\\?["']?95524(?!\d)
remedy: The agent needs at least 100 MB of free space on the source machine when
  it is copied.  Free up space on the target drive and retry.
example:
  #~> (03-19-2024 06:55:17):   ERROR  2332 2400 18 Copying the agent to 10.2.7.19 failed: not enough free space. ErrorID: 95524
counter-example:
  #~> (03-19-2024 06:55:17):   INFO  2332 2400 18 Free space 95524 MB

[asr.push.low-resources-95572-95573]
title: Push install failed: the source machine is low on memory and cannot allocate it for the installation (ErrorID 95572 / 95573)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#low-system-resources
all: (?i)(?:\berror[\h_-]*(?:id|code)?|\b(?:ID|code)\h+d['’]erreur|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bFehler[\h_-]*(?:ID|code)?|ошибк[аи])\\?["']?\h*[:=：>-]?\h*\\?["']?(?:95572|95573)(?!\d)
remedy: Free enough memory on the source machine (stop or move memory-hungry
  workloads, or add memory) so the installer can allocate what it needs, then
  retry.
example:
  #~> (10-14-2024 02:10:48):   ERROR  3504 3612 27 Installation on 10.60.1.44 failed: insufficient system resources. ErrorID: 95572
example:
  "ErrorCode":"95573"
counter-example:
  #~> (10-14-2024 02:10:48):   INFO  3504 3612 27 Available memory: 95572 KB

[asr.install.missing-boot-drivers]
title: Mobility service install failed: required storage/boot drivers (atapi, vmbus, storflt, storvsc, intelide) missing from a control set
product: asr-mobility
severity: critical
operation: asr-agent-install asr-push-install
explains: asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#drivers-are-missing-on-the-source-server
all: (?i)\b(?:atapi|vmbus|storflt|storvsc|intelide)(?:\.sys)?\b
all: (?i)\b(?:missing|not\h+(?:found|present|installed|available)|absent|does\h+not\h+exist)\b
unless: (?i)\bmissing(?:\h+drivers?)?\h*[:=]\h*(?:none|0)\b|\bno\h+(?:drivers?\h+)?(?:are\h+)?missing\b
remedy: In regedit, open HKEY_LOCAL_MACHINE\SYSTEM, go through every control set
  (ControlSet001, ControlSet002, ...) and check that the atapi, vmbus,
  storflt, storvsc and intelide driver keys exist.  Reinstall the drivers that
  are missing, then install the agent again.
example:
  11:02:37:Driver check: storvsc is missing in HKLM\SYSTEM\ControlSet001\Services
example:
  2024-02-02 11:02:37.481   Boot driver intelide not found in ControlSet002.
counter-example:
  11:02:37:Driver check: atapi, vmbus, storflt, storvsc, intelide present in all control sets
counter-example:
  11:02:37:Boot drivers checked (atapi vmbus storflt storvsc intelide). Missing drivers: none

# ===========================================================================
# VSS provider installation

[asr.vss.rpc-0x800706be-511]
title: VSS provider install failed: RPC call failed 0x800706BE (exit 511), usually antivirus
product: asr-mobility
severity: critical
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.vss.other-error, asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#vss-error--2147023170-0x800706be---exit-code-511
within: 8
all: (?i)\berror(?:[\h_-]*code)?\h*[:=]?\h*(?:-2147023170(?!\d)|\[?0x800706BE(?![\w-]))
all: (?i)\bexit\h*code\h*[:=]?\h*(?!0+\b)\d{1,5}\b
remedy: An antivirus product is usually blocking the Site Recovery services while
  the VSS provider DLLs register.  Exclude the Site Recovery folders from
  antivirus scanning, follow the vendor's guidance to allow DLL registration,
  then run InMageVSSProvider_Install.cmd again or retry the installation.
example:
  11:17:52:Registering the VSS provider
  ERROR:
  - Error code: -2147023170 [0x800706BE]
  - Exit code: 511
  - Description: The remote procedure call failed.
example:
  ERROR:
  - Error code: -2147023170 [0x800706BE]
  - Exit code: 513
counter-example:
  - Error code: 0 [0x0]
  - Exit code: 0
counter-example:
  11:17:52:Session {C1D2E3F4-0A0B-4C5D-8E9F-0x800706BE1234}
  - Exit code: 511
counter-example:
  ERROR:
  - Error code: 7 [0x7]
  - Exit code: 511
counter-example:
  - Error code: -21470231701 [0x800706BEF]
  - Exit code: 511

[asr.vss.runtime-0x7-511]
title: VSS provider install failed: runtime error 7 [0x7] (exit 511, 514 in newer installers), not enough memory
product: asr-mobility
severity: critical
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.vss.other-error, asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#vss-error-7-0x7---exit-code-511
within: 8
all: (?i)\berror[\h_-]*code\h*[:=]\h*(?:7\h*\[0x0*7\]|0x0*7\b|7\h*$)
all: (?i)\bexit\h*code\h*[:=]?\h*(?!0+\b)\d{1,5}\b
remedy: The VSS provider script hit a runtime error because the machine ran out
  of memory or disk space.  Free memory and disk space on the source
  machine, then run InMageVSSProvider_Install.cmd again or retry.
example:
  ERROR:
  - Error code: 7 [0x7]
  - Exit code: 511
example:
  ERROR:
  - Error code: 7 [0x7]
  - Exit code: 514
counter-example:
  - Error code: 70 [0x46]
  - Exit code: 511
counter-example:
  - Error code: 0 [0x0]
  - Exit code: 0
counter-example:
  - Error code: -2147023170 [0x800706BE]
  - Exit code: 511

[asr.vss.marked-for-deletion-0x80070430-517]
title: VSS provider install failed: the provider service is marked for deletion, 0x80070430 (exit 517)
product: asr-mobility
severity: critical
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.vss.other-error, asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#vss-error--2147023824-0x80070430---exit-code-517
within: 8
all: (?i)\berror(?:[\h_-]*code)?\h*[:=]?\h*(?:-2147023824(?!\d)|\[?0x80070430(?![\w-]))
all: (?i)\bexit\h*code\h*[:=]?\h*(?!0+\b)\d{1,5}\b
remedy: The Site Recovery VSS provider service is marked for deletion.  Close
  the Services console and any tool holding the service, restart the machine
  if the mark does not clear, then install the provider by hand with
  "C:\Program Files (x86)\Microsoft Azure Site Recovery\agent\InMageVSSProvider_Install.cmd".
example:
  ERROR:
  - Error code: -2147023824 [0x80070430]
  - Exit code: 517
counter-example:
  - Error code: 0 [0x0]
  - Exit code: 517
counter-example:
  ERROR:
  - Error code: -2147023824 [0x80070430]
  - Exit code: 0

[asr.vss.service-db-locked-0x8007041f-512]
title: VSS provider install failed: the service database is locked, 0x8007041F (exit 512, 515 in newer installers)
product: asr-mobility
severity: critical
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.vss.other-error, asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#vss-error--2147023841-0x8007041f---exit-code-512
within: 8
all: (?i)\berror(?:[\h_-]*code)?\h*[:=]?\h*(?:-2147023841(?!\d)|\[?0x8007041F(?![\w-]))
all: (?i)\bexit\h*code\h*[:=]?\h*(?!0+\b)\d{1,5}\b
remedy: Another service stuck in the "Starting" state (often an antivirus) holds
  the lock on the service control database.  Make sure no service is left
  starting, then install the provider by hand with
  "C:\Program Files (x86)\Microsoft Azure Site Recovery\agent\InMageVSSProvider_Install.cmd"
  from an elevated prompt.
example:
  ERROR:
  - Error code: -2147023841 [0x8007041F]
  - Exit code: 512
example:
  ERROR:
  - Error code: -2147023841 [0x8007041F]
  - Exit code: 515
counter-example:
  - Error code: -2147023841 [0x8007041F]
  - Exit code: 0

[asr.vss.cscript-permission-806]
title: VSS provider install failed with exit code 806: the installing account may not run CSScript
product: asr-mobility
severity: critical
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.vss.other-error, asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#vss-exit-code-806
within: 10
all: (?i)\bexit\h*code\h*[:=]?\h*806\b
any: (?i)\bVSS|InMageVSSProvider|\bc?script\b|\bCSScript\b|^\h*-?\h*Error\h*code\h*:
remedy: The account running the installation lacks the rights to run the
  CSScript step of the VSS provider setup.  Grant that account permission to
  run the script (cscript.exe and the agent folder), then retry.
example:
  ERROR:
  - Error code: -2147024891 [0x80070005]
  - Exit code: 806
example:
  10:12:09:VSSProvider installation failed. Exit code: 806
counter-example:
  - Error code: 0 [0x0]
  - Exit code: 8060
counter-example:
  06/02/2024 10:12:09 : Child process finished, exit code 806

[asr.vss.other-error]
title: VSS provider install failed (an error not covered by a specific section)
product: asr-mobility
severity: error
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.outcome.*
role: fallback
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#other-vss-errors
within: 10
all: (?i)\berror\h*code\h*[:=]\h*-?[1-9]\d*\h*\[0x[0-9A-F]+\]|\bVSS\h*Provider\b.*\b(?:install\w*|regist\w*)\h+(?:has\h+)?failed\b
all: (?i)\bexit\h*code\h*[:=]?\h*(?!0+\b)\d{1,5}\b
remedy: Install the Site Recovery VSS provider by hand from an elevated command
  prompt with
  "C:\Program Files (x86)\Microsoft Azure Site Recovery\agent\InMageVSSProvider_Install.cmd"
  and read the error it prints.
example:
  ERROR:
  - Error code: -2147024894 [0x80070002]
  - Exit code: 501
example:
  10:12:09:VSSProvider installation failed. Exit code: 519
counter-example:
  - Error code: 0 [0x0]
  - Exit code: 0
counter-example:
  10:12:09:VSSProvider installation completed successfully.

[asr.vss.dcom-0x8004e00f]
title: VSS provider install failed: COM+ catalogue error 0x8004E00F, DCOM is unhealthy (exit 802)
product: asr-mobility
severity: critical
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.vss.other-error, asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#vss-error---0x8004e00f
within: 8
all: (?i)\berror(?:[\h_-]*code)?\h*[:=]?\h*(?:-2147164145(?!\d)|\[?0x8004E00F(?![\w-]))
all: (?i)\bexit\h*code\h*[:=]?\h*(?!0+\b)\d{1,5}\b
remedy: DCOM on the source machine is unhealthy, so the COM+ catalogue cannot be
  opened while the Site Recovery VSS provider registers.  Have the Windows
  platform team repair DCOM, then run InMageVSSProvider_Install.cmd from the
  agent folder (C:\Program Files (x86)\Microsoft Azure Site Recovery\agent)
  in an elevated prompt.  If application consistency is not needed, make the
  provider install/uninstall scripts exit 0, install the agent, restore the
  scripts and add the provider afterwards; if the provider still fails,
  contact support about CAPI2 permission errors.
example:
  10:43:39:Unregistering the existing application...
  Create the catalogue object
  Get the collection of Applications
  ERROR:
  - Error code: -2147164145 [0x8004E00F]
  - Exit code: 802
example:
  14:02:11:VSS provider registration failed. Error code: 0x8004E00F, exit code: 802
example:
  ERROR:
  - Error code: -2147164145 [0x8004E00F]
  - Exit code: 809
counter-example:
  - Error code: 0 [0x0]
  - Exit code: 0
counter-example:
  10:43:39:Component GUID {0x8004E00F1-22AB-4F10-9A3C-0D5E7F11A2B4} registered
  - Exit code: 802
counter-example:
  10:43:40:Error code: -21471641450 [0x8004E00FA]
  - Exit code: 802
counter-example:
  - Error code: -2147164145 [0x8004E00F]
  - Exit code: 0
counter-example:
  2024-03-05 10:43:40.118   COM+ was unable to talk to the Microsoft Distributed Transaction Coordinator (Exception from HRESULT: 0x8004E00F)
  2024-03-05 10:43:40.120   Exit code: 1

# The same HRESULT as the DCOM case above, written as a .NET exception in
# UA_InstallLogFile.log.  When a bundle holds both renderings this is the
# more precise explanation; with its extra condition (an ignored exception
# does not count) it also ranks above the DCOM signature.
[asr.vss.cluster-service-msdtc]
title: VSS provider install failed: COM+ cannot reach MSDTC (0x8004E00F) because the cluster service is enabled on a non-cluster machine
product: asr-mobility
severity: critical
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.vss.other-error, asr.outcome.*
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#vss-provider-installation-fails-because-the-cluster-service-being-enabled-on-non-cluster-machine
within: 2
all: (?i)\bHRESULT\h*[:=：]?\h*0x8004E00F\b|\bCOMException\h*\(0x8004E00F\)
all: (?i)COM\+|\bMSDTC\b|Distributed\h+Transaction\h+Coordinator
unless: (?i)\bignor(?:e|ed|ing)\b
remedy: COM+ cannot talk to the Distributed Transaction Coordinator because
  cluster components are enabled on a machine that is not a cluster node.
  Confirm the machine is not part of a cluster and does not use the cluster
  components, remove them (the Failover Clustering feature / cluster
  service), then install the agent again.
example:
  2024-03-05 10:43:40.118   COM+ was unable to talk to the Microsoft Distributed Transaction Coordinator (Exception from HRESULT: 0x8004E00F)
example:
  2024-03-05 10:43:40.118   System.Runtime.InteropServices.COMException (0x8004E00F): COM+ konnte nicht mit dem Microsoft Distributed Transaction Coordinator kommunizieren. (Ausnahme von HRESULT: 0x8004E00F)
counter-example:
  - Error code: -2147164145 [0x8004E00F]
  - Exit code: 802
  - Description: COM+ was unable to talk to the Microsoft Distributed Transaction Coordinator
counter-example:
  2024-03-05 10:43:40.118   COM+ application registered (HRESULT: 0x00000000)
counter-example:
  2024-03-05 10:43:40.118   COM+ catalogue probe raised HRESULT: 0x8004E00F (MSDTC not configured), ignored because no cluster resources are used

# ===========================================================================
# Generic consequences: they rank below the cause of the same attempt.

[asr.outcome.unified-agent-failed]
title: Unified agent setup exited with an error code (for example 97, FailedWithErrors)
product: asr-mobility
severity: error
operation: asr-agent-install asr-push-install
role: outcome
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#troubleshoot-mobility-service-push-installation
all: (?i)\bExit\h+code\h+returned\h+by\h+unified\h+agent\h*:\h*(?!0+\b)\d+(?!\d|\h*\(\h*Succe)|\b97\h*\(\h*FailedWithErrors\h*\)
remedy: The unified agent setup failed; the cause is logged earlier in
  ASRUnifiedAgentInstaller.log (look for the VSS block, error IDs and
  prerequisite checks).
example:
  10:43:41:Exit code returned by unified agent: 97(FailedWithErrors)
counter-example:
  10:43:41:Exit code returned by unified agent: 0(Successful)
counter-example:
  10:43:41:Exit code returned by unified agent: 0
counter-example:
  10:43:41:Exit code returned by unified agent: 98(SucceededWithWarnings)

[asr.outcome.installation-status-failed]
title: Mobility service installation status: Failed
product: asr-mobility
severity: error
operation: asr-agent-install asr-push-install
role: outcome
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#troubleshoot-mobility-service-push-installation
all: (?i)\bInstallation\h+Status\h*[-:=]\h*Failed\b
remedy: The installation failed; the cause is logged before this line.
example:
  10:43:41:Installation Status - Failed
counter-example:
  10:43:41:Installation Status - Succeeded

[asr.outcome.msi-1603]
title: Windows Installer failed with error 1603 (fatal error during installation)
product: asr-mobility
severity: error
operation: asr-agent-install asr-push-install
role: outcome
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#troubleshoot-mobility-service-push-installation
any: (?i)\berror\h+status\h*:\h*1603\b
any: (?i)\b(?:error|exit\h*code|return(?:ed)?(?:\h*(?:code|value))?|msiexec\h+returned)\h*[:=]?\h*1603\b
any: (?i)\bProduct:.*--\h*Installation\h+(?:operation\h+)?failed\b
remedy: msiexec failed; the cause is in the verbose MSI log a few lines above
  the first "Return value 3." line, or in the installer log.
example:
  MSI (s) (D4:A8) [10:43:40:902]: Windows Installer installed the product. Product Name: Microsoft Azure Site Recovery Mobility Service/Master Target Server. Product Version: 9.56.6879.1. Product Language: 1033. Manufacturer: Microsoft Corporation. Installation success or error status: 1603.
example:
  MSI (s) (D4:A8) [10:43:40:902]: Product: Microsoft Azure Site Recovery Mobility Service/Master Target Server -- Installation failed.
example:
  10:43:40:msiexec returned: 1603
counter-example:
  MSI (s) (D4:A8) [10:43:40:902]: Windows Installer installed the product. Installation success or error status: 0.
counter-example:
  MSI (s) (D4:A8) [10:43:40:902]: Product: Microsoft Azure Site Recovery Mobility Service/Master Target Server -- Installation completed successfully.
counter-example:
  MSI (c) (90:5C) [10:41:12:443]: Package size 16030 bytes, 116036 files

[asr.outcome.push-install-failed]
title: Push installation of the Mobility service failed
product: asr-mobility
severity: error
operation: asr-push-install
role: outcome
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#troubleshoot-mobility-service-push-installation
all: (?i)\bpush\h*install(?:ation)?\b.*\b(?:failed|status\h*[:=]\h*failed)\b
unless: (?i)\b(?:errors?|failures?|failed)(?:\h+(?:encountered|jobs?))?\h*[:=]\h*0\b|\b0\h+failed\b
remedy: The push installation failed; its cause (an error ID, a VSS block, a
  prerequisite) is logged before this line on the configuration or process
  server, or in the installer logs of the source machine.
example:
  #~> (03-05-2024 10:41:02):   INFO  2336 2488 17 Push install job 4f2a1c9e-7d3b-4e61-a5c8-0b9d2e6f1a73 finished. Status: Failed
example:
  #~> (03-05-2024 10:41:02):   ERROR  2336 2488 17 Push installation of the mobility service to 10.20.4.17 failed.
counter-example:
  #~> (03-05-2024 10:41:02):   INFO  2336 2488 17 Push install statistics: failed jobs: 0
counter-example:
  #~> (03-05-2024 10:41:02):   INFO  2336 2488 17 Push installation to 10.20.4.17 completed successfully

# ===========================================================================
# Successful ends: they resolve earlier failures of the same operation.

[asr.success.vss-provider]
title: VSS provider installed successfully
product: asr-mobility
severity: info
operation: asr-vss-install
role: success
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#vss-installation-failures
all: (?i)\bVSS\h*Provider\h+installation\h+completed\h+successfully\b
remedy: Nothing to do.
example:
  10:52:07:VSSProvider installation completed successfully.
counter-example:
  10:52:07:VSSProvider installation failed.

[asr.success.unified-agent]
title: Unified agent installation succeeded
product: asr-mobility
severity: info
operation: asr-agent-install asr-vss-install asr-push-install
role: success
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#troubleshoot-mobility-service-push-installation
any: (?i)\bExit\h+code\h+returned\h+by\h+unified\h+agent\h*:\h*0\h*\(\h*Successful\h*\)
any: (?i)\bInstallation\h+Status\h*[-:=]\h*Succeeded\b
remedy: Nothing to do.
example:
  10:55:31:Exit code returned by unified agent: 0(Successful)
example:
  10:55:31:Installation Status - Succeeded
counter-example:
  10:55:31:Exit code returned by unified agent: 97(FailedWithErrors)
counter-example:
  10:55:31:Installation Status - Failed
