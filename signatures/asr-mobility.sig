# Azure Site Recovery: Mobility service push installation.
#
# Conventions of this pack
# - The identifying code (ErrorID, HRESULT) is the anchor; English message
#   text is never required, because Windows prints messages in the display
#   language of the machine while the codes stay the same.
# - Installer VSS blocks print the HRESULT and the exit code on separate
#   lines, so VSS signatures look a few lines around the HRESULT for a
#   non-zero exit code.  Newer installers renumber the exit codes, so the
#   HRESULT decides which section applies.
# - operation tokens:
#     asr-push-install   the configuration/process server pushing the agent
#     asr-agent-install  the unified agent setup on the source machine
#     asr-vss-install    the VSS provider step of that setup
#     asr-protection     enabling protection after the agent is installed

# ---------------------------------------------------------------------------
# VSS provider installation

[asr.vss.dcom-0x8004e00f]
title: VSS provider install failed: COM+ catalogue error 0x8004E00F (DCOM, exit 802)
product: asr-mobility
severity: critical
operation: asr-vss-install asr-agent-install
role: cause
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#vss-error---0x8004e00f
files: ASRUnifiedAgentInstaller*.log
within: 8
all: (?i)(?<![\w-])-2147164145(?!\d)|(?<![\w-])0x8004E00F(?![\w-])
all: (?i)\bexit\h*code\h*[:=]?\h*(?!0+\b)\d{1,5}\b
remedy: DCOM on the source machine is unhealthy, so the COM+ catalogue cannot be
  opened while the Site Recovery VSS provider registers.  Have the Windows
  platform team repair DCOM, then run "InMageVSSProvider_Install.cmd" from the
  agent folder (C:\Program Files (x86)\Microsoft Azure Site Recovery\agent) in
  an elevated prompt.  If application consistency is not needed you can let
  the agent install without the provider and add the provider afterwards.
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

[asr.vss.rpc-0x800706be-511]
title: VSS provider install failed: RPC call failed 0x800706BE (exit 511), often antivirus
product: asr-mobility
severity: critical
operation: asr-vss-install asr-agent-install
role: cause
doc: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install#vss-error--2147023170-0x800706be---exit-code-511
files: ASRUnifiedAgentInstaller*.log
within: 8
all: (?i)(?<![\w-])-2147023170(?!\d)|(?<![\w-])0x800706BE(?![\w-])
all: (?i)\bexit\h*code\h*[:=]?\h*(?!0+\b)\d{1,5}\b
remedy: An antivirus product is usually blocking the Site Recovery services while
  the VSS provider DLLs register.  Add the Site Recovery folders to the
  antivirus exclusions, follow the vendor's guidance to allow DLL registration,
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

# ---------------------------------------------------------------------------
# Successful ends of the installation: they resolve earlier failures.

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
