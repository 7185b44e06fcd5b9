# Shared definitions of both packs: the two source articles and the
# fragments that the typed fields (error-id, hresult, ep-code) expand to.
# See logdx-signatures(5), "Fragments, typed fields and articles".
#
# A fragment is written once and checked where it is used: for every
# signature that uses it, --check-signatures runs the fragment's examples
# (with {} replaced by the value the signature gives) against the pattern
# that signature compiled.

# The languages every signature gives its title and remedy in: English
# (the untagged title: and remedy:) and a title[LANG] / remedy[LANG] for
# each of the others.  --check-signatures fails on a signature that lacks
# one, or that gives one not declared here.
languages: en ru zh-CN zh-TW es fr

# Each article also in the languages of the reports: the text and HTML
# reports link the report's language; JSON and CSV keep the English url.
[article asr]
url: https://learn.microsoft.com/azure/site-recovery/vmware-azure-troubleshoot-push-install
url[ru]: https://learn.microsoft.com/ru-ru/azure/site-recovery/vmware-azure-troubleshoot-push-install
url[zh-CN]: https://learn.microsoft.com/zh-cn/azure/site-recovery/vmware-azure-troubleshoot-push-install
url[zh-TW]: https://learn.microsoft.com/zh-tw/azure/site-recovery/vmware-azure-troubleshoot-push-install
url[es]: https://learn.microsoft.com/es-es/azure/site-recovery/vmware-azure-troubleshoot-push-install
url[fr]: https://learn.microsoft.com/fr-fr/azure/site-recovery/vmware-azure-troubleshoot-push-install

[article mars]
url: https://learn.microsoft.com/azure/backup/backup-azure-mars-troubleshoot
url[ru]: https://learn.microsoft.com/ru-ru/azure/backup/backup-azure-mars-troubleshoot
url[zh-CN]: https://learn.microsoft.com/zh-cn/azure/backup/backup-azure-mars-troubleshoot
url[zh-TW]: https://learn.microsoft.com/zh-tw/azure/backup/backup-azure-mars-troubleshoot
url[es]: https://learn.microsoft.com/es-es/azure/backup/backup-azure-mars-troubleshoot
url[fr]: https://learn.microsoft.com/fr-fr/azure/backup/backup-azure-mars-troubleshoot

# ---------------------------------------------------------------------------
# Error ids.  The configuration server, the process server, the installers,
# their JSON and XML files, the agent's messages and the portal write an id
# after a label; the label is English or in the machine's display language.
# A digit right after the id cancels the match (95107 is not 951070), and
# so does a digit right before it (the label's separator must come first).

[@error-id]
about: an error id after its label on the same line
pattern: (?i)(?:\b(?:error|warning)[\h_-]*(?:id|code|number)?|\b(?:id|code)\h+d['’]erreur|\bc[oó]digo\h+(?:de\h+)?error|\b(?:id|identificador)\h+de\h+error|(?:錯誤|错误)\h*(?:ID|代碼|代码|碼|码)?|エラー\h*(?:ID|コード)?|\bfehler[\h_-]*(?:id|code|nummer)?|ошибк[аи]|код\h+ошибки|[(（]\h*(?:ID|ИДЕНТИФИКАТОР|identificador|identifiant|Kennung))\\?["']?\h*[:=：>|#-]?\h*\\?["']?{}(?!\d)
example: ErrorID: {}
example: Error ID : {}
example: Push install job 8812 failed with error {} for host APP-SQL-04
example: {"Errors":[{"ErrorCode":"{}","Message":"x"}]}
example: {\"errorCode\":{},\"message\":\"x\"}
example: <ErrorCode>{}</ErrorCode>
example: error_code={}
example: The operation failed. (ID: {})
example: Операция не выполнена. (ИДЕНТИФИКАТОР: {})
example: 操作失败。（ID：{}）
example: Code d'erreur : {}
example: Código de error: {}
example: | Error Code | {} |
counter-example: Job id 12{} finished
counter-example: ErrorID: {}0
counter-example: Transferred {} bytes
counter-example: Error code: 0 [0x0]

[@error-id-label]
about: a line that holds an error id's label alone (the id is on the next line)
pattern: (?i)^\h*(?:error\h*(?:id|code|number)|(?:id|code)\h+d['’]erreur|c[oó]digo\h+de\h+error|id\h+de\h+error|код\h+ошибки|идентификатор\h+ошибки|(?:錯誤|错误)\h*(?:ID|代碼|代码)|エラー\h*(?:ID|コード)|fehler[\h-]*(?:id|code|nummer))\h*[:：]?\h*$
example: Error ID
example: Error code:
example:   ErrorCode
example: Code d'erreur
example: 错误 ID
counter-example: Error ID: 95107
counter-example: Error Message
counter-example: Possible causes

[@error-id-value]
about: a line that holds the id alone (the value of a label on the line before)
# (?!\d) changes nothing here (a quote, a blank, a stop or the line end
# follows the id); it tells the literal scan that no digit may follow
pattern: ^\h*["']?{}(?!\d)["']?\h*[,.;]?\h*$
example: {}
example:   {}
example: "{}",
counter-example: {}0
counter-example: Job {} finished

# ---------------------------------------------------------------------------
# HRESULTs.  hresult: 0x80070005 ERROR_ACCESS_DENIED expands to the hex
# value with or without 0x (without 0x only when it holds a letter, since
# eight bare digits read as a number), the signed and the unsigned decimal,
# and the names given; {} below is that alternation.  One boundary rule: no
# letter, digit, underscore or hyphen on either side (a hyphen joins the
# groups of a GUID: {8004E00F-9786-...} is not an HRESULT).

[@hresult]
about: an HRESULT in any of its spellings
pattern: (?i)(?<![0-9a-z_-])(?:{})(?![0-9a-z_-])
example: Error code: 0x{}
example: hr=0x{}
example: [0x{}]
example: failed with HRESULT 0x{}.
counter-example: 0x{}1
counter-example: 10x{}
counter-example: 0x{}_OLD
counter-example: Product Code: '{{}-9786-269f-7431-a6b6204e9251}'
counter-example: SHA256: 5C6AA33BFDED1F2D4F00B6E{}FCE760CD6

[@ep-code]
about: a push-install EP code
pattern: (?i)(?<![0-9a-z])(?:{})(?!\d)
example: Installation of mobility service failed with error code {}.
example: ErrorCode:{}
counter-example: STEP{}
counter-example: {}1
