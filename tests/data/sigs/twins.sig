# Signatures whose patterns are identical: the matcher runs each distinct
# pattern once and gives its hits to every signature that has it, active or
# not (t.twin.elsewhere only applies to files it does not see here).

[t.twin.elsewhere]
title: VSS provider install failed (twin for other files)
product: asr-mobility
severity: critical
operation: asr-vss-install
role: cause
doc: https://example.invalid/push-install#twin-elsewhere
files: CBEngine*.errlog
within: 6
all: (?i)error\h+code\h*:\h*-2147164145\b|\[0x8004E00F\]
all: (?i)exit\h+code\h*:\h*802\b
remedy: Repair DCOM.
example:
  - Error code: -2147164145 [0x8004E00F]
  - Exit code: 802

[t.twin.a]
title: VSS provider install failed (first twin)
product: asr-mobility
severity: critical
operation: asr-vss-install
role: cause
doc: https://example.invalid/push-install#twin-a
within: 6
all: (?i)error\h+code\h*:\h*-2147164145\b|\[0x8004E00F\]
all: (?i)exit\h+code\h*:\h*802\b
remedy: Repair DCOM.
example:
  - Error code: -2147164145 [0x8004E00F]
  - Exit code: 802

[t.twin.b]
title: VSS provider install failed (second twin)
product: asr-mobility
severity: error
operation: asr-vss-install
role: cause
doc: https://example.invalid/push-install#twin-b
within: 6
all: (?i)error\h+code\h*:\h*-2147164145\b|\[0x8004E00F\]
all: (?i)exit\h+code\h*:\h*802\b
remedy: Repair DCOM.
example:
  - Error code: -2147164145 [0x8004E00F]
  - Exit code: 802
