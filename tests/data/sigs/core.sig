# A small, stable signature set for the command-line tests (the shipped
# packs under signatures/ evolve; these must not).

logs: asr-mobility ASRUnifiedAgentInstaller*.log*

[t.vss.dcom]
title: VSS provider install failed with 0x8004E00F (exit 802)
product: asr-mobility
severity: critical
operation: asr-vss-install
role: cause
doc: https://example.invalid/push-install#vss-error---0x8004e00f
files: ASRUnifiedAgentInstaller*.log
within: 6
all: (?i)error\h+code\h*:\h*-2147164145\b|\[0x8004E00F\]
all: (?i)exit\h+code\h*:\h*802\b
remedy: Repair DCOM, then install the VSS provider again.
example:
  - Error code: -2147164145 [0x8004E00F]
  - Exit code: 802
counter-example:
  - Error code: 0 [0x0]
  - Exit code: 0

[t.vss.other]
title: VSS provider install failed
product: asr-mobility
severity: error
operation: asr-vss-install
role: fallback
doc: https://example.invalid/push-install#other-vss-errors
within: 6
all: (?i)^-\h*exit\h+code\h*:\h*[1-9]\d*\b
remedy: Read the VSS block of the installer log.
example: - Exit code: 806
counter-example: - Exit code: 0

[t.install.failed]
title: Installation failed
product: asr-mobility
severity: error
operation: asr-vss-install asr-push-install
role: outcome
doc: https://example.invalid/push-install
all: (?i)installation\h+status\h*-\h*failed\b
remedy: See the cause ranked above it.
example: 10:43:40:Installation Status - Failed

[t.install.ok]
title: Installation succeeded
product: asr-mobility
severity: info
operation: asr-vss-install asr-push-install
role: success
doc: https://example.invalid/push-install
any: (?i)installation\h+status\h*-\h*succeeded\b
any: VSSProvider installation completed successfully
remedy: Nothing to do.
example: 11:02:00:Installation Status - Succeeded
