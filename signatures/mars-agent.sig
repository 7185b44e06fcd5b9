# Azure Backup: Microsoft Azure Recovery Services (MARS) agent.
#
# Conventions of this pack
# - The identifying code (error ID, Sal* error name, HRESULT) is the anchor;
#   English message text is only an alternative, because the agent writes
#   messages in the display language of the machine.
# - Engine errlogs (CBEngine*.errlog) are tab separated; the level column
#   (NORMAL, WARNING, FATAL) comes right before the message.
# - operation tokens:
#     mars-registration  installing, registering and activating the agent
#     mars-backup        backup jobs (scheduled or on demand)
#     mars-restore       recovery / volume mount jobs

# ---------------------------------------------------------------------------
# Common backup errors (Sal*)

[mars.sal.bitmap-error]
title: Backup failed: SalBitmapError, changes in a file could not be found
product: mars-agent
severity: error
operation: mars-backup
role: cause
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#salbitmaperror
any: (?<![\w.])SalBitmapError(?![\w])
any: (?i)\bUnable\h+to\h+find\h+changes\h+in\h+a\h+file\b
remedy: The agent could not work out which parts of a file changed since the last
  backup.  Update the MARS agent to the latest release, check the storage that
  holds the scratch (cache) folder (free space of 5-10% of the backed-up data,
  a valid and accessible path, supported attributes, enough shadow copy
  storage, no antivirus locks), then run the backup again.
example:
  1A2C	2F48	03/12	02:41:17.804	03	dsmfsenumerator.cpp(2291)	[0000024D6A5C1F30]	5E0C9A3B-7D21-4B8F-A4C6-19E2F0B7D35A		FATAL	Backup of volume \\?\Volume{3f6b2a71-0000-0000-0000-100000000000}\ failed, error: SalBitmapError
example:
  Job failed. Error: SalBitmapError. Unable to find changes in a file. This could be due to various reasons. Please retry the operation.
counter-example:
  1A2C	2F48	03/12	02:41:17.804	03	sal.cpp(410)		5E0C9A3B-7D21-4B8F-A4C6-19E2F0B7D35A		NORMAL	SalBitmapErrorCount = 0
counter-example:
  1A2C	2F48	03/12	02:41:17.804	03	sal.cpp(410)		5E0C9A3B-7D21-4B8F-A4C6-19E2F0B7D35A		NORMAL	Bitmap validation passed for volume C:

# ---------------------------------------------------------------------------
# Successful ends of a job: they resolve earlier failures.

[mars.success.backup-job]
title: Backup job completed successfully
product: mars-agent
severity: info
operation: mars-backup
role: success
doc: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot#troubleshoot-the-microsoft-azure-recovery-services-mars-agent
all: (?i)\bbackup\b.*\b(?:completed|finished|succeeded)\h+successfully\b
unless: (?i)\bwith\h+warnings?\b|\bnot\h+completed\b|\bunsuccessful
remedy: Nothing to do.
example:
  1A2C	2F48	03/13	02:38:55.120	03	backupasync.cpp(1920)		8C1D2E3F-4A5B-4C6D-9E7F-0A1B2C3D4E5F		NORMAL	Backup job completed successfully.
counter-example:
  1A2C	2F48	03/13	02:38:55.120	03	backupasync.cpp(1920)		8C1D2E3F-4A5B-4C6D-9E7F-0A1B2C3D4E5F		WARNING	Backup job completed successfully with warnings.
example:
  0F3C	11D4	09/02	23:05:13.224	03	jobmanager.cpp(702)		B41D7E02-93C5-4F6A-8E1B-6A0D2C4F9B17		NORMAL	Backup job completed successfully. Transferred 18.2 GB, 0 failed files.
