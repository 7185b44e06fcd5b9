# Azure Backup: Microsoft Azure Recovery Services (MARS) agent.
#
# Conventions of this pack
# - The identifying code (error ID, Sal* error name, HRESULT) is the anchor;
#   English message text is only an alternative, because the agent writes
#   its messages in the display language of the machine.
# - Error IDs are accepted as the agent prints them in messages ("(ID:
#   34513)", also translated: "(ИДЕНТИФИКАТОР: 230006)", "（ID：403）") and
#   as logs and job details write them ("Error 34506", "ErrorCode: 34513",
#   "\"ErrorCode\":\"34513\"").  A digit right after the ID cancels the match.
# - Engine errlogs (CBEngine*.errlog) are tab separated; the level column
#   (NORMAL, WARNING, FATAL) comes right before the message.
# - Signatures keyed on words rather than codes (mounts, scratch folder
#   access, registration outcome) read only the agent's errlogs, so that the
#   same words in other products' logs (a process server's cache folder, a
#   Linux mount) are not taken for a MARS failure.
# - operation tokens:
#     mars-registration  installing, registering and activating the agent
#     mars-backup        backup jobs (scheduled or on demand)
#     mars-restore       recovery / volume mount jobs

# ===========================================================================
# Registration and connectivity

[mars.registration.invalid-vault-credentials-34513]
title: Registration failed: the vault credentials file is invalid, expired or corrupt (ID 34513)
product: mars-agent
severity: error
operation: mars-registration
explains: mars.outcome.*
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#invalid-vault-credentials-provided
all: (?i)(?:[(（]\h*(?:ID|ИДЕНТИФИКАТОР|identificador|identifiant|Kennung)\h*[:：]?\h*|\berror(?:[\h_-]*(?:id|code))?\\?["']?\h*[:=：]?\h*\\?["']?|\bfehler(?:[\h_-]*(?:id|code))?\h*[:=]?\h*|\bошибк[аи]\h*|错误\h*(?:代码|ID)?\h*[:：]?\h*)34513(?!\d)
remedy: Download a fresh vault credentials file from the Recovery Services vault
  in the Azure portal (a file is valid for 48 hours and only the newest one
  works) and register again (Register Server in the agent console, or a new
  install).  If it still fails, check that the machine reaches the Azure
  endpoints (no proxy configured for the SYSTEM account unless one is
  needed, firewall allows the required URLs and IP ranges), exclude
  CBEngine.exe, CSC.exe and the agent's Scratch and Bin folders from
  antivirus scanning, clear a C:\Windows\Temp holding 60,000+ .tmp files,
  and check the clock and time zone.
example:
  0E24	1F30	05/06	14:22:51.339	03	registrationwizard.cpp(812)	[000001D2C44A7E10]	A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		FATAL	Vault credentials validation failed. Error code: 34513
example:
  Invalid vault credentials provided. The file is either corrupted or does not have the latest credentials associated with recovery service. (ID: 34513)
example:
  Предоставлены недопустимые учетные данные хранилища. (ИДЕНТИФИКАТОР: 34513)
counter-example:
  0E24	1F30	05/06	14:22:51.339	03	registrationwizard.cpp(812)		A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		NORMAL	Vault credential file size: 345130 bytes
counter-example:
  0E24	1F30	05/06	14:22:51.339	03	registrationwizard.cpp(812)		A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		NORMAL	Thread 34513 started

[mars.registration.vault-credential-download-403]
title: The vault credentials file could not be downloaded (ID 403)
product: mars-agent
severity: error
operation: mars-registration
explains: mars.outcome.*
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#unable-to-download-vault-credential-file
any: (?i)(?:vault\h*credential|\.VaultCredentials\b|credenciales\h+de\h+almac|учетн\w*\h+данн\w*\h+хранилищ|保管库凭据|保存庫認證|資格情報).{0,200}?(?:[(（]\h*ID\h*[:：]?\h*403\h*[)）]|\b(?:error(?:[\h_-]*code)?|status(?:[\h_-]*code)?|HTTP)\h*[:=]?\h*403\b)
any: (?i)(?:[(（]\h*ID\h*[:：]?\h*403\h*[)）]|\b(?:error(?:[\h_-]*code)?|status(?:[\h_-]*code)?|HTTP)\h*[:=]?\h*403\b).{0,200}?(?:vault\h*credential|\.VaultCredentials\b|credenciales\h+de\h+almac|учетн\w*\h+данн\w*\h+хранилищ|保管库凭据|保存庫認證|資格情報)
remedy: Try another browser, or clear the browser cache and cookies (F12,
  Network tab) and reload the page.  Check that the subscription is enabled,
  that no firewall rule blocks the download, that the vault is below its
  limit of 50 machines, and that your account has the Azure Backup role
  needed to download vault credentials and register servers.
example:
  Failed to download the vault credential file. (ID: 403)
example:
  2024-05-06T14:10:02Z GET https://portal.azure.com/api/.../vaultcredentials?certificateCreateOptions HTTP 403 Forbidden while downloading vault credentials
example:
  未能下载保管库凭据文件。 （ID：403）
counter-example:
  0E24	1F30	05/06	14:22:51.339	03	registrationwizard.cpp(403)		A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		NORMAL	Reading vault credential file C:\Users\admin\Downloads\rsv-prod.VaultCredentials
counter-example:
  Failed to contact the proxy. (ID: 403)

[mars.connect.unable-100050]
title: The agent could not connect to Azure Backup (ID 100050)
product: mars-agent
severity: error
operation: mars-registration mars-backup
explains: mars.outcome.*
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#the-microsoft-azure-recovery-service-agent-was-unable-to-connect-to-microsoft-azure-backup
all: (?i)(?:[(（]\h*(?:ID|ИДЕНТИФИКАТОР|identificador|identifiant|Kennung)\h*[:：]?\h*|\berror(?:[\h_-]*(?:id|code))?\\?["']?\h*[:=：]?\h*\\?["']?|\bfehler(?:[\h_-]*(?:id|code))?\h*[:=]?\h*|\bошибк[аи]\h*|错误\h*(?:代码|ID)?\h*[:：]?\h*)100050(?!\d)
remedy: Check the network settings and internet access of the server.  If a
  proxy is used, configure it in the agent (server, port, credentials);
  allow the required Azure Backup URLs and IP ranges through the firewall and
  the proxy; in Internet Explorer enable File download for the Internet zone
  and add the URLs as trusted sites; exclude CBEngine.exe, CSC.exe (every
  .NET Framework version) and the Scratch and Bin folders from antivirus
  scanning.
example:
  0E24	2A08	05/07	01:00:12.004	03	serviceproxy.cpp(377)	[000001D2C44B0A20]	4C1E8B2A-6F3D-49A7-B2E5-7A9D1C0F3E68		FATAL	Microsoft Azure Recovery Services Agent was unable to connect to Microsoft Azure Backup. (ID: 100050) Check your network settings and ensure that you are able to connect to the internet.
example:
  "ErrorCode":"100050"
counter-example:
  0E24	2A08	05/07	01:00:12.004	03	serviceproxy.cpp(377)		4C1E8B2A-6F3D-49A7-B2E5-7A9D1C0F3E68		NORMAL	Uploaded 1000500 bytes

[mars.connect.proxy-auth-407]
title: The agent could not connect to Azure Backup: the proxy requires authentication (HTTP 407)
product: mars-agent
severity: error
operation: mars-registration mars-backup
explains: mars.outcome.*
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#the-microsoft-azure-recovery-service-agent-was-unable-to-connect-to-microsoft-azure-backup
all: (?i)[:：]\h*\(407\)\h*[^\h]|\bProxyAuthenticationRequired\b|\b(?:HTTP(?:\h*status)?|status\h*code)\h*[:=]?\h*407\b
remedy: The proxy rejects the agent's unauthenticated requests.  Configure the
  proxy server, port, user name and password in the agent's proxy settings
  (or exempt the Azure Backup URLs from proxy authentication), then retry.
example:
  0E24	2A08	05/07	01:00:13.512	03	serviceproxy.cpp(402)	[000001D2C44B0A20]	4C1E8B2A-6F3D-49A7-B2E5-7A9D1C0F3E68		WARNING	The remote server returned an error: (407) Proxy Authentication Required.
example:
  System.Net.WebException: Удаленный сервер возвратил ошибку: (407) Требуется проверка подлинности посредством прокси-сервера.
counter-example:
  0E24	2A08	05/07	01:00:13.512	03	proxysettings.cpp(407)		4C1E8B2A-6F3D-49A7-B2E5-7A9D1C0F3E68		NORMAL	Proxy settings loaded: no proxy
counter-example:
  0E24	2A08	05/07	01:00:13.512	03	serviceproxy.cpp(402)		4C1E8B2A-6F3D-49A7-B2E5-7A9D1C0F3E68		NORMAL	HTTP status 200 from proxy 10.0.0.8:8080

[mars.registration.encryption-key-not-set]
title: Registration incomplete: the encryption key for secure backups could not be set
product: mars-agent
severity: error
operation: mars-registration
explains: mars.outcome.*
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#failed-to-set-the-encryption-key-for-secure-backups
any: (?i)\b(?:failed|unable)\h+to\h+set\h+(?:the\h+)?encryption\h+key\b
any: (?i)\bSetEncryptionKey\w*\b.*\b(?:fail\w*|hr\h*=\h*0x(?!0{8}\b)[0-9a-f]{8})
remedy: The server is probably registered to another vault, or the passphrase
  was damaged during configuration.  Unregister the server from the vault and
  register it again with a new passphrase.
example:
  0E24	1F30	05/06	14:25:03.770	03	registrationwizard.cpp(1204)	[000001D2C44A7E10]	A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		FATAL	Failed to set the encryption key for secure backups. Activation did not succeed completely but the encryption passphrase was saved to the following file.
example:
  0E24	1F30	05/06	14:25:03.770	03	cbconfig.cpp(566)		A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		WARNING	SetEncryptionKeyForMachine failed, hr=0x80004005
counter-example:
  0E24	1F30	05/06	14:25:03.770	03	cbconfig.cpp(566)		A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		NORMAL	SetEncryptionKeyForMachine returned hr=0x00000000

[mars.registration.activation-0x1fc07]
title: Activation did not complete: internal service error 0x1FC07 (scratch folder or OnlineBackup.KEK problem)
product: mars-agent
severity: error
operation: mars-registration
explains: mars.outcome.*
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#the-activation-did-not-complete-successfully
any: (?i)(?<![\w-])0x0*1FC07(?![\w])
any: (?i)(?:[(（]\h*(?:ID|ИДЕНТИФИКАТОР|identificador|identifiant|Kennung)\h*[:：]?\h*|\berror(?:[\h_-]*(?:id|code))?\\?["']?\h*[:=：]?\h*\\?["']?|\bfehler(?:[\h_-]*(?:id|code))?\h*[:=]?\h*|\bошибк[аи]\h*|错误\h*(?:代码|ID)?\h*[:：]?\h*)130055(?!\d)
remedy: Upgrade the agent to the latest release.  Move the scratch (cache)
  folder to a volume with free space of 5-10% of the backed-up data, using the
  documented procedure rather than copying it, and make sure the
  OnlineBackup.KEK file is present in the scratch folder (by default
  C:\Program Files\Microsoft Azure Recovery Services Agent\Scratch).
example:
  0E24	1F30	05/06	14:26:40.118	03	activation.cpp(301)	[000001D2C44A7E10]	A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		FATAL	The activation did not complete successfully. The current operation failed due to an internal service error [0x1FC07]. Please retry the operation after some time.
example:
  "ErrorCode":"130055"
counter-example:
  0E24	1F30	05/06	14:26:40.118	03	activation.cpp(301)		A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		NORMAL	Handle 0x1FC078 opened
counter-example:
  0E24	1F30	05/06	14:26:40.118	03	activation.cpp(301)		A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		NORMAL	Session {51FC07AA-0B1C-4D2E-9F30-415263748596}

[mars.registration.passphrase-34506]
title: The stored encryption passphrase is not correctly configured on this machine (error 34506)
product: mars-agent
severity: error
operation: mars-registration mars-backup
explains: mars.outcome.*
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#encryption-passphrase-not-correctly-configured
all: (?i)(?:[(（]\h*(?:ID|ИДЕНТИФИКАТОР|identificador|identifiant|Kennung)\h*[:：]?\h*|\berror(?:[\h_-]*(?:id|code))?\\?["']?\h*[:=：]?\h*\\?["']?|\bfehler(?:[\h_-]*(?:id|code))?\h*[:=]?\h*|\bошибк[аи]\h*|错误\h*(?:代码|ID)?\h*[:：]?\h*)34506(?!\d)
remedy: Upgrade the agent to the latest release.  Move the scratch (cache)
  folder to a volume with free space of 5-10% of the backed-up data with the
  documented procedure, and make sure the OnlineBackup.KEK file is present in
  the scratch folder.
example:
  0E24	2A08	05/08	01:00:04.902	03	backupasync.cpp(633)	[000001D2C44B0A20]	0B7D3F1E-2C4A-4E9B-8D6F-5A1C3E7B9D20		FATAL	Error 34506. The encryption passphrase stored on this computer is not correctly configured.
example:
  错误 34506。 未在此计算机上正确配置存储的加密通行短语。
counter-example:
  0E24	2A08	05/08	01:00:04.902	03	backupasync.cpp(633)		0B7D3F1E-2C4A-4E9B-8D6F-5A1C3E7B9D20		NORMAL	Items scanned: 34506

[mars.registration.not-provisioned-230006]
title: Operation failed: resource not provisioned in service stamp, the protected server was renamed (ID 230006)
product: mars-agent
severity: error
operation: mars-registration mars-backup
explains: mars.outcome.*
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#resource-not-provisioned-in-service-stamp
all: (?i)(?:[(（]\h*(?:ID|ИДЕНТИФИКАТОР|identificador|identifiant|Kennung)\h*[:：]?\h*|\berror(?:[\h_-]*(?:id|code))?\\?["']?\h*[:=：]?\h*\\?["']?|\bfehler(?:[\h_-]*(?:id|code))?\h*[:=]?\h*|\bошибк[аи]\h*|错误\h*(?:代码|ID)?\h*[:：]?\h*)230006(?!\d)
remedy: The server was renamed after it was registered.  Rename it back to the
  name registered in the vault, or register the server again under its new
  name.
example:
  0E24	2A08	05/09	01:00:07.331	03	serviceproxy.cpp(512)	[000001D2C44B0A20]	9E2A4C6B-1D3F-4B8E-A0C2-3F5D7E9A1B46		FATAL	The current operation failed due to an internal service error "Resource not provisioned in service stamp". Please retry the operation after some time. (ID: 230006)
example:
  Не удалось выполнить текущую операцию из-за внутренней ошибки службы. (ИДЕНТИФИКАТОР: 230006)
counter-example:
  0E24	2A08	05/09	01:00:07.331	03	serviceproxy.cpp(512)		9E2A4C6B-1D3F-4B8E-A0C2-3F5D7E9A1B46		NORMAL	Request id 2300061 completed

# ===========================================================================
# Scheduled backups that never start

[mars.schedule.execution-policy]
title: Scheduled backup did not start: the PowerShell execution policy blocks the MSOnlineBackup module
product: mars-agent
severity: error
operation: mars-backup
explains: mars.outcome.backup-job-failed
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#backups-dont-run-according-to-schedule
within: 6
all: (?i)\bPSSecurityException\b|\bUnauthorizedAccess\b|\brunning\h+scripts\h+is\h+disabled\b|\babout_Execution_Policies\b
all: (?i)MSOnlineBackup|\b(?:Start|Get|Set)-OB\w+
remedy: The LocalMachine execution policy is Restricted, so the scheduled task
  cannot load the agent's PowerShell module.  In an elevated PowerShell run
  Get-ExecutionPolicy -List, then Set-ExecutionPolicy RemoteSigned (or
  Unrestricted).  Also check that Windows Server Backup schedules do not
  clash, that the Microsoft-OnlineBackup task trigger is enabled and runs as
  SYSTEM or a local administrator, and that PowerShell 3.0 or later is
  installed; restart the server afterwards.
example:
  Import-Module : File C:\Program Files\Microsoft Azure Recovery Services Agent\bin\Modules\MSOnlineBackup\MSOnlineBackup.psd1 cannot be loaded because running scripts is disabled on this system.
  + CategoryInfo          : SecurityError: (:) [Import-Module], PSSecurityException
  + FullyQualifiedErrorId : UnauthorizedAccess,Microsoft.PowerShell.Commands.ImportModuleCommand
counter-example:
  PS C:\> Get-ExecutionPolicy -List
          Scope ExecutionPolicy
  LocalMachine    RemoteSigned
  PS C:\> Import-Module MSOnlineBackup

[mars.schedule.module-missing]
title: Scheduled backup did not start: the MSOnlineBackup PowerShell module is missing or damaged
product: mars-agent
severity: error
operation: mars-backup
explains: mars.outcome.backup-job-failed
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#backups-dont-run-according-to-schedule
within: 6
all: (?i)\b(?:Modules_)?ModuleNotFound\b|\bCommandNotFoundException\b|\bno\h+valid\h+module\h+file\b|\bis\h+not\h+recognized\h+as\h+(?:the\h+)?name\h+of\h+a\h+cmdlet\b
all: (?i)MSOnlineBackup|\b(?:Start|Get|Set)-OB\w+
unless: (?i)\bPSSecurityException\b|\bUnauthorizedAccess\b|\brunning\h+scripts\h+is\h+disabled\b
remedy: Make sure <agent install path>\bin\Modules\MSOnlineBackup is listed in
  the PSMODULEPATH environment variable.  If files of the module are missing
  or damaged, copy the MSOnlineBackup folder from
  C:\Program Files\Microsoft Azure Recovery Services Agent\bin\Modules on a
  healthy machine to the same place here (replacing the files), then restart
  the server.
example:
  Import-Module : The specified module 'MSOnlineBackup' was not loaded because no valid module file was found in any module directory.
  + CategoryInfo          : ResourceUnavailable: (MSOnlineBackup:String) [Import-Module], FileNotFoundException
  + FullyQualifiedErrorId : Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand
example:
  Start-OBBackup : The term 'Start-OBBackup' is not recognized as the name of a cmdlet, function, script file, or operable program.
  + FullyQualifiedErrorId : CommandNotFoundException
counter-example:
  Import-Module : File C:\Program Files\Microsoft Azure Recovery Services Agent\bin\Modules\MSOnlineBackup\MSOnlineBackup.psd1 cannot be loaded because running scripts is disabled on this system.
  + FullyQualifiedErrorId : UnauthorizedAccess,Microsoft.PowerShell.Commands.ImportModuleCommand
  Start-OBBackup : The term 'Start-OBBackup' is not recognized as the name of a cmdlet, function, script file, or operable program.
  + FullyQualifiedErrorId : CommandNotFoundException

# ===========================================================================
# Restore

[mars.restore.iscsi-initiator]
title: Recovery volume not mounted: the Microsoft iSCSI initiator is missing, unknown or not running
product: mars-agent
severity: error
operation: mars-restore
explains: mars.restore.mount-failed
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#troubleshoot-restore-problems
files: *.errlog* *.txt* *.log* *.csv*
any: (?i)\biSCSI\b.*\b(?:fail\w*|error|unable|cannot|could\h+not|not\h+(?:running|started|found|installed|available|responding)|stopped|timed?\h*out)\b
any: (?i)ROOT\\ISCSIPRT
any: (?i)\bMSiSCSI\b.*\b(?:stopped|disabled|not\h+running|fail\w*)\b
unless: (?i)\bsuccess|\b(?:errors?|failures?)(?:\h+encountered)?\h*[:=]\h*0\b
remedy: Cancel a mount that has been running for several minutes and update the
  agent.  In Device Manager > Storage controllers look for the Microsoft
  iSCSI Initiator; if only an "Unknown device" with hardware ID
  ROOT\ISCSIPRT is there, update its driver automatically.  Restart the
  Microsoft iSCSI Initiator service, then retry with Instant Restore; if it
  still fails restart the server or recover from another machine.
example:
  0E24	3C44	06/02	10:15:40.227	03	iscsimount.cpp(288)	[000001D2C44C1F00]	2F6A8D1C-4B3E-4A7F-9C0D-6E2B8A4F1C93		FATAL	Login to iSCSI target iqn.1991-05.com.microsoft:mars-recovery-3f2a failed, hr=0xEFFF0003
example:
  Unknown device, hardware ID ROOT\ISCSIPRT, no driver installed
counter-example:
  0E24	3C44	06/02	10:15:40.227	03	iscsimount.cpp(288)		2F6A8D1C-4B3E-4A7F-9C0D-6E2B8A4F1C93		NORMAL	Login to iSCSI target iqn.1991-05.com.microsoft:mars-recovery-3f2a succeeded
counter-example:
  0E24	3C44	06/02	10:15:40.227	03	iscsimount.cpp(120)		2F6A8D1C-4B3E-4A7F-9C0D-6E2B8A4F1C93		NORMAL	MSiSCSI service is running

[mars.restore.mount-failed]
title: Recovery volume could not be mounted
product: mars-agent
severity: error
operation: mars-restore
role: fallback
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#troubleshoot-restore-problems
files: *.errlog*
within: 20
all: (?i)\b(?:mount\w*|recovery\h+volume)\b.*\b(?:fail\w*|timed?\h*out|error)\b
unless: (?i)\bsuccess|\b(?:errors?|failures?)(?:\h+encountered)?\h*[:=]\h*0\b|\bunmount
remedy: Cancel a mount that has been running for several minutes, update the
  agent, check that the Microsoft iSCSI Initiator is installed and its
  service running, restart that service and retry with Instant Restore; if
  it still fails restart the server or recover from another machine.
example:
  0E24	3C44	06/02	10:21:02.660	03	recoverymount.cpp(944)	[000001D2C44C1F00]	2F6A8D1C-4B3E-4A7F-9C0D-6E2B8A4F1C93		FATAL	Mounting the recovery volume timed out after 600 seconds
counter-example:
  0E24	3C44	06/02	10:21:02.660	03	recoverymount.cpp(944)		2F6A8D1C-4B3E-4A7F-9C0D-6E2B8A4F1C93		NORMAL	Recovery volume mounted successfully as E:\

# ===========================================================================
# Cache (scratch) folder

[mars.cache.scratch-location-invalid]
title: Backup failed: the scratch (cache) folder is missing, invalid or unusable
product: mars-agent
severity: error
operation: mars-backup
explains: mars.outcome.backup-job-failed
role: fallback
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#prerequisites
files: *.errlog*
within: 20
all: (?i)(?:\\Scratch\b|\bscratch\h+(?:folder|location|path|directory)|\bcache\h+(?:folder|location|path)).*?(?:(?<![\w-])(?:0x80070002|0x80070003|0x8007007B|0x80070015|-2147024894|-2147024893)(?![\w])|\bnot\h+(?:valid|accessible|found|available)\b|\binvalid\b|\binaccessible\b|\bdoes\h+not\h+exist\b|\bcannot\h+(?:be\h+)?(?:found|accessed)\b|\bunsupported\h+attributes?\b|\b(?:is|are)\h+(?:compressed|sparse|a\h+reparse\h+point)\b)|(?:(?<![\w-])(?:0x80070002|0x80070003|0x8007007B|0x80070015|-2147024894|-2147024893)(?![\w])|\bnot\h+(?:valid|accessible|found|available)\b|\binvalid\b|\binaccessible\b|\bdoes\h+not\h+exist\b|\bcannot\h+(?:be\h+)?(?:found|accessed)\b|\bunsupported\h+attributes?\b|\b(?:is|are)\h+(?:compressed|sparse|a\h+reparse\h+point)\b).*?(?:\\Scratch\b|\bscratch\h+(?:folder|location|path|directory)|\bcache\h+(?:folder|location|path))
unless: (?i)\bvalid\h+and\h+accessible\b|\bis\h+valid\b|\b(?:check|validation)\h+passed\b
remedy: The cache needs: free space of 5-10% of the backed-up data on its
  volume, a valid and accessible location, no unsupported attributes
  (compressed, sparse, reparse point), enough shadow copy storage, and no
  other process or antivirus restricting access.  Fix the location (or move
  it with the documented procedure) and retry.
example:
  0E24	2A08	05/10	01:00:03.118	03	config.cpp(301)	[000001D2C44B0A20]	6D8B0F2A-3C5E-4D7A-B1F3-8E0A2C4D6F15		FATAL	Scratch location E:\MARSCache\Scratch is not accessible, hr=0x80070003
counter-example:
  0E24	2A08	05/10	01:00:03.118	03	config.cpp(301)		6D8B0F2A-3C5E-4D7A-B1F3-8E0A2C4D6F15		NORMAL	Scratch location E:\MARSCache\Scratch is valid and accessible
counter-example:
  0E24	2A08	05/10	01:00:03.118	03	config.cpp(301)		6D8B0F2A-3C5E-4D7A-B1F3-8E0A2C4D6F15		NORMAL	Scratch location: C:\Program Files\Microsoft Azure Recovery Services Agent\Scratch

[mars.cache.shadow-copy-storage]
title: Backup failed: not enough shadow copy storage on the protected volume (VSS 0x8004231F)
product: mars-agent
severity: error
operation: mars-backup
explains: mars.outcome.backup-job-failed
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#increase-shadow-copy-storage
any: (?i)(?<![\w-])(?:0x8004231F|-2147212513)(?![\w])|\bVSS_E_INSUFFICIENT_STORAGE\b
any: (?i)\bshadow\h+cop(?:y|ies)\h+storage\b.*\b(?:could\h+not\h+grow|insufficient|not\h+enough|limit)\b
remedy: Check the shadow storage of the protected volume from an elevated
  prompt (vssadmin List ShadowStorage /For=X:) and enlarge it
  (vssadmin Resize ShadowStorage /On=X: /For=X: /Maxsize=<size>), then run
  the backup again.
example:
  0E24	2A08	05/11	01:00:48.502	03	vssbackup.cpp(1104)	[000001D2C44B0A20]	1A3C5E7F-9B2D-4F6A-8C0E-2D4F6A8C0E1B		FATAL	DoSnapshotSet failed, hr=0x8004231F (VSS_E_INSUFFICIENT_STORAGE)
example:
  The shadow copies of volume D: were aborted because the shadow copy storage could not grow due to a user imposed limit.
counter-example:
  0E24	2A08	05/11	01:00:48.502	03	vssbackup.cpp(1104)		1A3C5E7F-9B2D-4F6A-8C0E-2D4F6A8C0E1B		NORMAL	Shadow copy set {08004231-f000-4a1b-9c2d-3e4f5a6b7c8d} created, hr=0x00000000

[mars.cache.antivirus-lock]
title: Backup failed: another process or antivirus software blocks access to the scratch (cache) folder
product: mars-agent
severity: error
operation: mars-backup
explains: mars.outcome.backup-job-failed
role: fallback
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#another-process-or-antivirus-software-blocking-access-to-cache-folder
files: *.errlog*
within: 20
all: (?i)(?:\\Scratch\b|\bscratch\h+(?:folder|location|path|directory)|\bcache\h+(?:folder|location|path)).*?(?:(?<![\w-])(?:0x80070020|0x80070021|0x80070005|-2147024864|-2147024863|-2147024891)(?![\w])|\bERROR_(?:SHARING_VIOLATION|LOCK_VIOLATION|ACCESS_DENIED)\b|\bsharing\h+violation\b|\baccess\h+(?:is\h+)?denied\b|\bused\h+by\h+another\h+process\b)|(?:(?<![\w-])(?:0x80070020|0x80070021|0x80070005|-2147024864|-2147024863|-2147024891)(?![\w])|\bERROR_(?:SHARING_VIOLATION|LOCK_VIOLATION|ACCESS_DENIED)\b|\bsharing\h+violation\b|\baccess\h+(?:is\h+)?denied\b|\bused\h+by\h+another\h+process\b).*?(?:\\Scratch\b|\bscratch\h+(?:folder|location|path|directory)|\bcache\h+(?:folder|location|path))
remedy: Exclude from antivirus scanning the scratch folder (by default
  C:\Program Files\Microsoft Azure Recovery Services Agent\Scratch), the Bin
  folder of the agent, CBEngine.exe and CSC.exe, and stop any other process
  that holds files in the scratch folder; then retry.
example:
  0E24	2A08	05/12	01:00:21.944	03	salchecksum.cpp(214)	[000001D2C44B0A20]	3B5D7F9A-1C2E-4A6B-8D0F-4E6A8C0E2B3D		WARNING	Opening C:\Program Files\Microsoft Azure Recovery Services Agent\Scratch\ChecksumStore.db failed, hr=0x80070020 (The process cannot access the file because it is being used by another process.)
counter-example:
  0E24	2A08	05/12	01:00:21.944	03	salchecksum.cpp(214)		3B5D7F9A-1C2E-4A6B-8D0F-4E6A8C0E2B3D		NORMAL	Opened C:\Program Files\Microsoft Azure Recovery Services Agent\Scratch\ChecksumStore.db, hr=0x00000000
counter-example:
  D:\Data\HR\salaries.xlsx	0x80070005

# ===========================================================================
# Common backup errors (Sal*)

[mars.sal.checksum-store-init-failed]
title: Backup failed: SalChecksumStoreInitializationFailed, the backup checksum in the scratch location cannot be accessed
product: mars-agent
severity: error
operation: mars-backup
explains: mars.outcome.backup-job-failed
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#salchecksumstoreinitializationfailed
any: (?<![\w.])SalChecksumStoreInitializationFailed(?![\w])
any: (?i)\bunable\h+to\h+access\h+(?:the\h+)?backup\h+checksum\b
remedy: Check that no antivirus or other process locks files in the scratch
  location, and that the scratch location is valid and accessible to the
  agent; then restart the server and run the backup again.
example:
  0E24	2A08	05/12	01:00:22.010	03	salchecksum.cpp(240)	[000001D2C44B0A20]	3B5D7F9A-1C2E-4A6B-8D0F-4E6A8C0E2B3D		FATAL	Checksum store initialization failed, error: SalChecksumStoreInitializationFailed
example:
  Microsoft Azure Recovery Services Agent was unable to access backup checksum stored in scratch location
counter-example:
  0E24	2A08	05/12	01:00:22.010	03	salchecksum.cpp(240)		3B5D7F9A-1C2E-4A6B-8D0F-4E6A8C0E2B3D		NORMAL	Checksum store initialized, 120443 entries

[mars.sal.vhd-init-error]
title: Backup failed: SalVhdInitializationError, the scratch location is not accessible to initialise the VHD
product: mars-agent
severity: error
operation: mars-backup
explains: mars.outcome.backup-job-failed
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#salvhdinitializationerror
any: (?<![\w.])SalVhdInitializationError(?![\w])
any: (?i)\bunable\h+to\h+access\h+(?:the\h+)?scratch\h+location\h+to\h+initiali[sz]e\h+(?:the\h+)?VHD\b
remedy: Check that no antivirus or other process locks files in the scratch
  location, and that the scratch location is valid and accessible to the
  agent; then restart the server and run the backup again.
example:
  0E24	2A08	05/13	01:00:30.377	03	salvhd.cpp(512)	[000001D2C44B0A20]	5C7E9A1B-3D4F-4B8C-A2E0-6F8A0C2E4D5F		FATAL	Failed to attach the backup VHD, error: SalVhdInitializationError
counter-example:
  0E24	2A08	05/13	01:00:30.377	03	salvhd.cpp(512)		5C7E9A1B-3D4F-4B8C-A2E0-6F8A0C2E4D5F		NORMAL	Backup VHD attached as \\?\Volume{0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f}

[mars.sal.low-disk-space]
title: Backup failed: SalLowDiskSpace, not enough space on the volume of the scratch folder
product: mars-agent
severity: error
operation: mars-backup
explains: mars.outcome.backup-job-failed
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#sallowdiskspace
any: (?<![\w.])SalLowDiskSpace(?![\w])
any: (?i)\binsufficient\h+storage\b.*\bscratch\h+folder\b
remedy: Update the agent to the latest release, then free space on (or move the
  scratch folder to) a volume with free space of 5-10% of the backed-up data,
  and fix any other storage problem of the scratch location; run the backup
  again.
example:
  0E24	2A08	05/14	01:02:11.804	03	salstore.cpp(903)	[000001D2C44B0A20]	7E9A1C3D-5F6B-4D0E-B4A2-8C0E2A4F6B7D		FATAL	Backup stopped, error: SalLowDiskSpace (free 1.2 GB on C:)
counter-example:
  0E24	2A08	05/14	01:02:11.804	03	salstore.cpp(903)		7E9A1C3D-5F6B-4D0E-B4A2-8C0E2A4F6B7D		NORMAL	Free space on scratch volume C: 212.6 GB

[mars.sal.bitmap-error]
title: Backup failed: SalBitmapError, the changes in a file could not be found
product: mars-agent
severity: error
operation: mars-backup
explains: mars.outcome.backup-job-failed
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#salbitmaperror
any: (?<![\w.])SalBitmapError(?![\w])
any: (?i)\bUnable\h+to\h+find\h+changes\h+in\h+a\h+file\b
remedy: The agent could not work out which parts of a file changed since the
  last backup.  Update the agent to the latest release, check the storage of
  the scratch (cache) folder (free space of 5-10% of the backed-up data, a
  valid and accessible path, supported attributes, enough shadow copy
  storage, no antivirus locks), then run the backup again.
example:
  1A2C	2F48	03/12	02:41:17.804	03	dsmfsenumerator.cpp(2291)	[0000024D6A5C1F30]	5E0C9A3B-7D21-4B8F-A4C6-19E2F0B7D35A		FATAL	Backup of volume \\?\Volume{3f6b2a71-0000-0000-0000-100000000000}\ failed, error: SalBitmapError
example:
  Job failed. Error: SalBitmapError. Unable to find changes in a file. This could be due to various reasons. Please retry the operation.
counter-example:
  1A2C	2F48	03/12	02:41:17.804	03	sal.cpp(410)		5E0C9A3B-7D21-4B8F-A4C6-19E2F0B7D35A		NORMAL	SalBitmapErrorCount = 0
counter-example:
  1A2C	2F48	03/12	02:41:17.804	03	sal.cpp(410)		5E0C9A3B-7D21-4B8F-A4C6-19E2F0B7D35A		NORMAL	Bitmap validation passed for volume C:

# ===========================================================================
# Jobs completed with warnings (files that could not be backed up)

[mars.warning.file-corrupt-0x80070570]
title: Backup completed with warnings: files or directories are corrupt and unreadable (0x80070570)
product: mars-agent
severity: warning
operation: mars-backup
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#backup-jobs-completed-with-warning
files: LastBackupFailedFiles*
all: (?i)(?<![\w-])(?:0x80070570|-2147024528)(?![\w])|\bERROR_FILE_CORRUPT\b
remedy: Run chkdsk on the source volume to repair the file system, then run the
  backup again.  Files that cannot be repaired can be excluded from the
  policy.
example:
  D:\Projects\Archive\2019\render-cache.bin	0x80070570
example:
  "E:\Shares\Finance\Q3\ledger.xlsx",Error code: 0x80070570
counter-example:
  D:\Projects\Archive\0x80070570aa\render.bin	0x00000000

[mars.warning.file-not-found-0x80070002]
title: Backup completed with warnings: the system cannot find the file or path (0x80070002 / 0x80070003)
product: mars-agent
severity: warning
operation: mars-backup
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#backup-jobs-completed-with-warning
files: LastBackupFailedFiles*
all: (?i)(?<![\w-])(?:0x8007000[23]|-214702489[34])(?![\w])|\bERROR_(?:FILE|PATH)_NOT_FOUND\b
remedy: Make sure the scratch folder is not full and that the volume holding
  it still exists, and exclude the agent from antivirus scanning.  Files that
  were deleted during the backup, or that no longer exist, can be excluded
  from the policy.
example:
  C:\Users\jdoe\AppData\Local\Temp\~WRL0003.tmp	0x80070002
example:
  D:\Data\Engineering\old-builds	0x80070003
counter-example:
  D:\Data\Engineering\build-0x800700021\out.log	0x00000000

[mars.warning.access-denied-0x80070005]
title: Backup completed with warnings: access denied to some files (0x80070005)
product: mars-agent
severity: warning
operation: mars-backup
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#backup-jobs-completed-with-warning
files: LastBackupFailedFiles*
all: (?i)(?<![\w-])(?:0x80070005|-2147024891)(?![\w])|\bERROR_ACCESS_DENIED\b
remedy: An antivirus or other third-party software is probably blocking the
  agent's access to these files; exclude the agent from scanning or stop the
  software holding the files, then run the backup again.
example:
  D:\Data\HR\salaries.xlsx	0x80070005
counter-example:
  D:\Data\HR\salaries.xlsx	0x800700051

[mars.warning.cloud-file-0x8007018b]
title: Backup completed with warnings: access to cloud files denied (0x8007018B, OneDrive and other offline-capable files)
product: mars-agent
severity: warning
operation: mars-backup
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#backup-jobs-completed-with-warning
files: LastBackupFailedFiles*
all: (?i)(?<![\w-])(?:0x8007018B|-2147024501)(?![\w])|\bERROR_CLOUD_FILE_ACCESS_DENIED\b
remedy: OneDrive files, Git files or other files that can be offline (cloud
  placeholders) cannot be backed up.  Exclude those folders from the backup
  policy.
example:
  C:\Users\jdoe\OneDrive - Contoso\Documents\plan.docx	0x8007018B
counter-example:
  C:\Users\jdoe\OneDrive - Contoso\Documents\plan.docx	0x00000000

[mars.warning.critical-inconsistency]
title: Backup completed with warnings: a critical inconsistency was detected, changes cannot be replicated
product: mars-agent
severity: warning
operation: mars-backup
explains: mars.outcome.backup-job-failed
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#backup-jobs-completed-with-warning
all: (?i)\bcritical\h+inconsistency\b
unless: (?i)\bno\h+critical\h+inconsistenc
remedy: A protected folder directly under a protected top-level folder was
  deleted and created again with the same name.  Avoid that; if a folder must
  be recreated, do it in a subfolder below the protected top-level folder.
example:
  0E24	2A08	05/15	01:40:02.611	03	replicator.cpp(1730)	[000001D2C44B0A20]	8A0C2E4F-6B7D-4E1A-C3B5-9D1F3B5D7E8F		WARNING	A critical inconsistency was detected, therefore changes cannot be replicated. Folder: D:\Shares\Sales
counter-example:
  0E24	2A08	05/15	01:40:02.611	03	replicator.cpp(1730)		8A0C2E4F-6B7D-4E1A-C3B5-9D1F3B5D7E8F		NORMAL	Consistency check done, no critical inconsistencies

# ===========================================================================
# Generic consequence

[mars.outcome.backup-job-failed]
title: Backup job failed
product: mars-agent
severity: error
operation: mars-backup
role: outcome
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#troubleshoot-the-microsoft-azure-recovery-services-mars-agent
all: (?i)\bJob\h+Backup\b.*\bstate\h*[:=]\h*Failed\b|\bbackup\h+(?:job\h+)?(?:has\h+)?failed\b
unless: (?i)\b(?:errors?|failures?)(?:\h+encountered)?\h*[:=]\h*0\b|\bfailed\h+files?\h*[:=]\h*0\b
remedy: The job failed; its cause is logged just before this line.
example:
  0F3C	24A0	09/03	21:44:32.530	03	jobmanager.cpp(702)		E0C58A93-1F7B-4D26-B3A4-5C9E8D017F62		WARNING	Job Backup finished, state: Failed, detailed error: SalBitmapError
counter-example:
  0F3C	24A0	09/03	21:44:32.530	03	jobmanager.cpp(702)		E0C58A93-1F7B-4D26-B3A4-5C9E8D017F62		NORMAL	Job Backup finished, state: Completed

[mars.outcome.registration-failed]
title: Server registration or activation failed
product: mars-agent
severity: error
operation: mars-registration
role: outcome
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#troubleshoot-the-microsoft-azure-recovery-services-mars-agent
files: *.errlog*
all: (?i)\b(?:server\h+)?registration\h+(?:has\h+)?failed\b|\bactivation\h+(?:did\h+not\h+complete|has\h+failed|failed)\b
remedy: Registering the server with the vault failed; the cause is logged just
  before this line.
example:
  0E24	1F30	05/06	14:26:40.118	03	registrationwizard.cpp(1209)		A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		FATAL	Server registration failed, see the previous error
counter-example:
  0E24	1F30	05/06	15:02:44.201	03	registrationwizard.cpp(1540)		A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		NORMAL	Server registered successfully with vault rsv-prod-weu

# ===========================================================================
# Successful ends: they resolve earlier failures of the same operation.

[mars.success.backup-job]
title: Backup job completed successfully
product: mars-agent
severity: info
operation: mars-backup
role: success
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#troubleshoot-the-microsoft-azure-recovery-services-mars-agent
all: (?i)\bbackup\b.*\b(?:completed|finished|succeeded)\h+successfully\b|\bJob\h+Backup\b.*\bstate\h*[:=]\h*(?:Completed|Succeeded)\b
unless: (?i)\bwith\h+warnings?\b|\bnot\h+completed\b|\bunsuccessful|\bCompletedWithWarnings?\b
remedy: Nothing to do.
example:
  1A2C	2F48	03/13	02:38:55.120	03	backupasync.cpp(1920)		8C1D2E3F-4A5B-4C6D-9E7F-0A1B2C3D4E5F		NORMAL	Backup job completed successfully.
example:
  0F3C	11D4	09/02	23:05:13.224	03	jobmanager.cpp(702)		B41D7E02-93C5-4F6A-8E1B-6A0D2C4F9B17		NORMAL	Backup job completed successfully. Transferred 18.2 GB, 0 failed files.
counter-example:
  1A2C	2F48	03/13	02:38:55.120	03	backupasync.cpp(1920)		8C1D2E3F-4A5B-4C6D-9E7F-0A1B2C3D4E5F		WARNING	Backup job completed successfully with warnings.

[mars.success.restore]
title: Recovery completed
product: mars-agent
severity: info
operation: mars-restore
role: success
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#troubleshoot-restore-problems
all: (?i)\b(?:recovery|restore)\b.*\b(?:completed|finished|succeeded)\h+successfully\b|\brecovery\h+volume\h+mounted\h+successfully\b
unless: (?i)\bwith\h+(?:warnings?|errors?)\b|\bnot\h+completed\b|\bunsuccessful
remedy: Nothing to do.
example:
  0E24	3C44	06/02	10:48:19.005	03	recoverymount.cpp(944)		2F6A8D1C-4B3E-4A7F-9C0D-6E2B8A4F1C93		NORMAL	Recovery volume mounted successfully as E:\
counter-example:
  0E24	3C44	06/02	10:48:19.005	03	recoverymount.cpp(944)		2F6A8D1C-4B3E-4A7F-9C0D-6E2B8A4F1C93		FATAL	Mounting the recovery volume failed

[mars.success.registration]
title: Server registered with the vault
product: mars-agent
severity: info
operation: mars-registration
role: success
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#troubleshoot-the-microsoft-azure-recovery-services-mars-agent
all: (?i)\b(?:server|machine)\h+(?:was\h+)?(?:successfully\h+registered|registered\h+successfully)\b|\bregistration\h+(?:completed|succeeded)\h+successfully\b
unless: (?i)\bnot\b|\bfail|\bunsuccessful
remedy: Nothing to do.
example:
  0E24	1F30	05/06	15:02:44.201	03	registrationwizard.cpp(1540)		A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		NORMAL	Server registered successfully with vault rsv-prod-weu
counter-example:
  0E24	1F30	05/06	15:02:44.201	03	registrationwizard.cpp(1540)		A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		FATAL	Server registration failed
