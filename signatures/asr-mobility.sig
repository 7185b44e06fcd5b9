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

include: common.sig

# The logs of this product, by name (a bundle holding none of them is
# reported as such, not as healthy): the installers' logs in ASRSetupLogs
# (their names may start with a date, 250202-053643ASRUnifiedAgentInstaller.log),
# the Linux installer's /var/log/ua_install.log, the configuration server's
# push-install service logs and the agent's svagents logs.
logs: asr-mobility *ASRUnifiedAgentInstaller*.log* *UA_InstallLogFile*.log* ua_install.log*
logs: asr-mobility *ASRUnifiedAgentConfigurator*.log* *UnifiedAgentMSIInstall*.log*
logs: asr-mobility *MobilityServiceInstaller* InstallerErrors.json* *InMageVSSProvider_Install*
logs: asr-mobility svagents*.log* *ASRSetupLogs/*.log* */pushinstallsvc/*.log* PushInstall*.log*

# ===========================================================================
# Push installation: credentials, privileges, logon

[asr.push.credentials-95107]
title: Push install failed: the account has no administrative access to the Windows source machine (ErrorID 95107)
title[ru]: Сбой принудительной установки: у учетной записи нет прав администратора на исходном компьютере Windows (ErrorID 95107)
title[zh-CN]: 推送安装失败：该帐户在 Windows 源计算机上没有管理员访问权限 (ErrorID 95107)
title[zh-TW]: 推送安裝失敗：該帳戶在 Windows 來源電腦上沒有系統管理員存取權 (ErrorID 95107)
title[es]: Error en la instalación de inserción: la cuenta no tiene acceso de administrador a la máquina de origen Windows (ErrorID 95107)
title[fr]: Échec de l'installation Push : le compte n'a pas d'accès administrateur à la machine source Windows (ErrorID 95107)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: asr#credentials-check-errorid-95107--95108
any-error-id: 95107
any-ep-code: EP0858
remedy: Use a local or domain account that is an administrator of the source
  machine.  For a local (non-domain) account, turn off remote UAC filtering:
  set the DWORD LocalAccountTokenFilterPolicy = 1 under
  HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System (for example
  with "REG ADD ... /v LocalAccountTokenFilterPolicy /t REG_DWORD /d 1").  Then
  update the credentials on the configuration server and retry.
remedy[ru]: Используйте локальную или доменную учетную запись, входящую в
  группу администраторов исходного компьютера.  Для локальной (не доменной)
  учетной записи отключите удаленную фильтрацию UAC: создайте параметр DWORD
  LocalAccountTokenFilterPolicy = 1 в разделе
  HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System (например,
  командой "REG ADD ... /v LocalAccountTokenFilterPolicy /t REG_DWORD /d 1").
  Затем обновите учетные данные на сервере конфигурации и повторите попытку.
remedy[zh-CN]: 请使用属于源计算机管理员的本地帐户或域帐户。如果使用本地（非域）帐户，请关闭远程
  UAC 筛选：在 HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System
  下将 DWORD 值 LocalAccountTokenFilterPolicy 设置为 1（例如使用 "REG ADD ...
  /v LocalAccountTokenFilterPolicy /t REG_DWORD /d
  1"）。然后在配置服务器上更新凭据并重试。
remedy[zh-TW]: 請使用屬於來源電腦系統管理員的本機帳戶或網域帳戶。若使用本機（非網域）帳戶，請關閉遠端
  UAC 篩選：在 HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System
  下將 DWORD 值 LocalAccountTokenFilterPolicy 設為 1（例如使用 "REG ADD ... /v
  LocalAccountTokenFilterPolicy /t REG_DWORD /d
  1"）。接著在設定伺服器上更新認證，然後重試。
remedy[es]: Use una cuenta local o de dominio que sea administradora de la
  máquina de origen.  Con una cuenta local (que no es de dominio), desactive
  el filtrado remoto de UAC: establezca el valor DWORD
  LocalAccountTokenFilterPolicy = 1 en
  HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System (por ejemplo,
  con "REG ADD ... /v LocalAccountTokenFilterPolicy /t REG_DWORD /d 1").
  Después, actualice las credenciales en el servidor de configuración y vuelva
  a intentarlo.
remedy[fr]: Utilisez un compte local ou de domaine qui est administrateur de
  la machine source.  Pour un compte local (hors domaine), désactivez le
  filtrage UAC à distance : définissez la valeur DWORD
  LocalAccountTokenFilterPolicy = 1 sous
  HKLM\SOFTWARE\Microsoft\Windows\CurrentVersion\Policies\System (par exemple
  avec "REG ADD ... /v LocalAccountTokenFilterPolicy /t REG_DWORD /d 1").
  Mettez ensuite à jour les informations d'identification sur le serveur de
  configuration et réessayez.
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
example:
  Push installation of the mobility service to the source machine 10.0.0.4 failed with error code EP0858.
example:
  Error ID
  95107
  Error Message
  Push installation of the Mobility service to the source machine failed.

[asr.push.credentials-linux-95108]
title: Push install failed: root credentials or SFTP/password login rejected on the Linux source machine (ErrorID 95108)
title[ru]: Сбой принудительной установки: учетные данные root или вход по SFTP/паролю отклонены на исходном компьютере Linux (ErrorID 95108)
title[zh-CN]: 推送安装失败：Linux 源计算机拒绝了 root 凭据或 SFTP/密码登录 (ErrorID 95108)
title[zh-TW]: 推送安裝失敗：Linux 來源電腦拒絕了 root 認證或 SFTP/密碼登入 (ErrorID 95108)
title[es]: Error en la instalación de inserción: la máquina de origen Linux rechaza las credenciales de root o el inicio de sesión por SFTP/contraseña (ErrorID 95108)
title[fr]: Échec de l'installation Push : informations d'identification root ou connexion SFTP/par mot de passe refusées sur la machine source Linux (ErrorID 95108)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: asr#credentials-check-errorid-95107--95108
any-error-id: 95108 95525
any-ep-code: EP0859
any: (?i)\bRoot\h+account\h+was\h+not\h+provided\b
remedy: Give the root account for a Linux source machine.  In /etc/ssh/sshd_config
  set PasswordAuthentication to yes and uncomment the "Subsystem sftp" line,
  restart sshd, then retry the push installation.
remedy[ru]: Укажите учетную запись root для исходного компьютера Linux.  В
  файле /etc/ssh/sshd_config задайте для PasswordAuthentication значение yes и
  раскомментируйте строку "Subsystem sftp", перезапустите sshd и повторите
  принудительную установку.
remedy[zh-CN]: 请为 Linux 源计算机提供 root 帐户。在 /etc/ssh/sshd_config 中将
  PasswordAuthentication 设置为 yes，并取消注释 "Subsystem sftp" 行，重启
  sshd，然后重试推送安装。
remedy[zh-TW]: 請為 Linux 來源電腦提供 root 帳戶。在 /etc/ssh/sshd_config 中將
  PasswordAuthentication 設為 yes，並取消 "Subsystem sftp"
  這一行的註解，重新啟動 sshd，然後重試推送安裝。
remedy[es]: Proporcione la cuenta root de la máquina de origen Linux.  En
  /etc/ssh/sshd_config, establezca PasswordAuthentication en yes y quite el
  comentario de la línea "Subsystem sftp"; reinicie sshd y vuelva a intentar
  la instalación de inserción.
remedy[fr]: Fournissez le compte root de la machine source Linux.  Dans
  /etc/ssh/sshd_config, mettez PasswordAuthentication à yes et décommentez la
  ligne "Subsystem sftp", redémarrez sshd, puis relancez l'installation Push.
example:
  #~> (04-22-2024 16:02:31):   ERROR  4120 3904 77 Push installation to 10.20.8.41 failed with ErrorCode: 95108
example:
  Error ID : 95108
counter-example:
  #~> (04-22-2024 16:02:31):   INFO  4120 3904 77 Transferred 951080 bytes to 10.20.8.41
example:
  Push installation of Mobility Service to the source machine failed with error code EP0859.
example:
  Provider error code: 95525
example:
  Root account was not provided for enabling protection on the source machine (10.1.1.5).

[asr.push.privileges-95517]
title: Push install failed: access denied while copying the agent, the account is not an administrator (ErrorID 95517)
title[ru]: Сбой принудительной установки: отказано в доступе при копировании агента, учетная запись не является администратором (ErrorID 95517)
title[zh-CN]: 推送安装失败：复制代理时访问被拒绝，该帐户不是管理员 (ErrorID 95517)
title[zh-TW]: 推送安裝失敗：複製代理程式時存取被拒，該帳戶不是系統管理員 (ErrorID 95517)
title[es]: Error en la instalación de inserción: acceso denegado al copiar el agente, la cuenta no es administradora (ErrorID 95517)
title[fr]: Échec de l'installation Push : accès refusé lors de la copie de l'agent, le compte n'est pas administrateur (ErrorID 95517)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: asr#insufficient-privileges-failure-errorid-95517
any-error-id: 95517
any-ep-code: EP0955
any: (?i)\bSetup\h+was\h+unable\h+to\h+proc+e+d\h+as\h+the\h+logged\h+in\h+user\h+does\h+not\h+have\h+privileges\b
remedy: The account chosen for the push installation cannot write the agent to
  the source machine.  Give it administrator rights on the source machine (or
  pick an administrator account) and update the credentials on the
  configuration server.
remedy[ru]: Учетная запись, выбранная для принудительной установки, не может
  записать агент на исходный компьютер.  Предоставьте ей права администратора
  на исходном компьютере (или выберите учетную запись администратора) и
  обновите учетные данные на сервере конфигурации.
remedy[zh-CN]: 为推送安装选择的帐户无法将代理写入源计算机。请授予该帐户源计算机上的管理员权限（或选择一个管理员帐户），并在配置服务器上更新凭据。
remedy[zh-TW]: 為推送安裝選擇的帳戶無法將代理程式寫入來源電腦。請授予該帳戶來源電腦上的系統管理員權限（或改選系統管理員帳戶），並在設定伺服器上更新認證。
remedy[es]: La cuenta elegida para la instalación de inserción no puede
  escribir el agente en la máquina de origen.  Concédale derechos de
  administrador en la máquina de origen (o elija una cuenta de administrador)
  y actualice las credenciales en el servidor de configuración.
remedy[fr]: Le compte choisi pour l'installation Push ne peut pas écrire
  l'agent sur la machine source.  Donnez-lui les droits d'administrateur sur
  la machine source (ou choisissez un compte administrateur) et mettez à jour
  les informations d'identification sur le serveur de configuration.
example:
  #~> (11-07-2023 08:15:02):   ERROR  1880 2204 31 Copying the mobility service package to \\10.1.2.30\C$ failed. ErrorID: 95517
example:
  "ErrorCode": "95517"
counter-example:
  #~> (11-07-2023 08:15:02):   INFO  1880 2204 31 Copied 1955170 bytes
example:
  Push installation of the mobility service to the source machine 10.0.0.4 failed with error code EP0955.

[asr.push.domain-trust-95518]
title: Push install failed: domain trust between the source machine and the primary domain failed (ErrorID 95518)
title[ru]: Сбой принудительной установки: нарушено доверие между исходным компьютером и основным доменом (ErrorID 95518)
title[zh-CN]: 推送安装失败：源计算机与主域之间的域信任关系失败 (ErrorID 95518)
title[zh-TW]: 推送安裝失敗：來源電腦與主要網域之間的網域信任失敗 (ErrorID 95518)
title[es]: Error en la instalación de inserción: falló la confianza de dominio entre la máquina de origen y el dominio principal (ErrorID 95518)
title[fr]: Échec de l'installation Push : échec de l'approbation de domaine entre la machine source et le domaine principal (ErrorID 95518)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: asr#insufficient-privileges-failure-errorid-95518
any-error-id: 95518
any-ep-code: EP0956
any: (?i)\bprimary\h+domain\h+and\h+workstation\h+trust\h+failure\b
# The Windows message itself (error 1789) is printed by any program that
# meets a broken secure channel: it counts only on a line of the push
# install (the agent's "#~> (date):" log prefix, or the product named).
any: (?i)^(?=.*(?:#~>\h*\(|\bpush\h*-?install|\bmobility\h+(?:service|agent)|\bSite\h+Recovery\b|\bInMage|\bEP09\d\d\b)).*\btrust\h+relationship\h+between\h+this\h+workstation\h+and\h+the\h+primary\h+domain\h+failed\b
remedy: The trust relationship between the source machine and its primary domain
  is broken, so the domain account cannot log on.  Repair the machine's domain
  membership (secure channel), make sure the account is an administrator
  through the primary domain, and retry.
remedy[ru]: Доверительные отношения между исходным компьютером и его основным
  доменом нарушены, поэтому доменная учетная запись не может войти в систему.
  Восстановите членство компьютера в домене (безопасный канал), убедитесь, что
  учетная запись является администратором через основной домен, и повторите
  попытку.
remedy[zh-CN]: 源计算机与其主域之间的信任关系已损坏，因此域帐户无法登录。请修复该计算机的域成员身份（安全通道），确保该帐户通过主域具有管理员权限，然后重试。
remedy[zh-TW]: 來源電腦與其主要網域之間的信任關係已損毀，因此網域帳戶無法登入。請修復電腦的網域成員資格（安全通道），確認該帳戶透過主要網域具有系統管理員權限，然後重試。
remedy[es]: La relación de confianza entre la máquina de origen y su dominio
  principal está rota, por lo que la cuenta de dominio no puede iniciar
  sesión.  Repare la pertenencia de la máquina al dominio (canal seguro),
  asegúrese de que la cuenta es administradora a través del dominio principal
  y vuelva a intentarlo.
remedy[fr]: La relation d'approbation entre la machine source et son domaine
  principal est rompue, si bien que le compte de domaine ne peut pas ouvrir de
  session.  Réparez l'appartenance de la machine au domaine (canal sécurisé),
  vérifiez que le compte est administrateur via le domaine principal, puis
  réessayez.
example:
  #~> (02-14-2024 13:41:09):   ERROR  2912 3340 52 Logon to 10.4.0.22 with CONTOSO\asrpush failed with error 95518
counter-example:
  #~> (02-14-2024 13:41:09):   INFO  2912 3340 52 Process 95518 exited
example:
  Push installation of the mobility service to the source machine 10.0.0.4 failed with error code EP0956.
example:
  Push installation of mobility agent fails with primary domain and workstation trust failure
example:
  #~> (03-05-2024 10:17:09):   ERROR  2336 2488 22 Logon with CONTOSO\svc-asrpush failed: the trust relationship between this workstation and the primary domain failed.
counter-example:
  lsd: .: The trust relationship between this workstation and the primary domain failed. (os error 1789).

[asr.push.account-disabled-95519]
title: Push install failed: the user account chosen for the installation is disabled (ErrorID 95519)
title[ru]: Сбой принудительной установки: учетная запись пользователя, выбранная для установки, отключена (ErrorID 95519)
title[zh-CN]: 推送安装失败：为安装选择的用户帐户已被禁用 (ErrorID 95519)
title[zh-TW]: 推送安裝失敗：為安裝選擇的使用者帳戶已停用 (ErrorID 95519)
title[es]: Error en la instalación de inserción: la cuenta de usuario elegida para la instalación está deshabilitada (ErrorID 95519)
title[fr]: Échec de l'installation Push : le compte d'utilisateur choisi pour l'installation est désactivé (ErrorID 95519)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: asr#credentials-of-the-user-account-have-been-disabled-errorid-95519
any-error-id: 95519
any-ep-code: EP0957
any: (?i)\bpush\h+install\w*\b.{0,80}?\blogin\h+is\h+disabled\h+on\h+(?:the\h+)?source\h+machine\b
remedy: Enable the account on the source machine (for example
  "net user <name> /active:yes", or Enable-LocalUser) or choose another
  administrator account, then retry.
remedy[ru]: Включите учетную запись на исходном компьютере (например, "net
  user <name> /active:yes" или Enable-LocalUser) либо выберите другую учетную
  запись администратора, затем повторите попытку.
remedy[zh-CN]: 请在源计算机上启用该帐户（例如使用 "net user <name>
  /active:yes" 或 Enable-LocalUser），或选择另一个管理员帐户，然后重试。
remedy[zh-TW]: 請在來源電腦上啟用該帳戶（例如 "net user <name> /active:yes" 或
  Enable-LocalUser），或改選其他系統管理員帳戶，然後重試。
remedy[es]: Habilite la cuenta en la máquina de origen (por ejemplo, con "net
  user <name> /active:yes" o Enable-LocalUser) o elija otra cuenta de
  administrador y vuelva a intentarlo.
remedy[fr]: Activez le compte sur la machine source (par exemple "net user
  <name> /active:yes" ou Enable-LocalUser) ou choisissez un autre compte
  administrateur, puis réessayez.
example:
  #~> (06-03-2024 09:02:44):   ERROR  3016 1204 8 Logon to 10.30.1.9 failed. ErrorID: 95519
counter-example:
  #~> (06-03-2024 09:02:44):   INFO  3016 1204 8 Session 0x95519 opened
example:
  Push installation of the mobility service to the source machine 10.0.0.4 failed with error code EP0957.
example:
  Push installation of mobility agent fails because login is disabled on Source Machine

[asr.push.account-locked-95520]
title: Push install failed: the account is locked out after repeated failed logons (ErrorID 95520)
title[ru]: Сбой принудительной установки: учетная запись заблокирована после нескольких неудачных попыток входа (ErrorID 95520)
title[zh-CN]: 推送安装失败：多次登录失败后帐户已被锁定 (ErrorID 95520)
title[zh-TW]: 推送安裝失敗：多次登入失敗後帳戶已被鎖定 (ErrorID 95520)
title[es]: Error en la instalación de inserción: la cuenta está bloqueada tras varios inicios de sesión fallidos (ErrorID 95520)
title[fr]: Échec de l'installation Push : le compte est verrouillé après plusieurs tentatives de connexion infructueuses (ErrorID 95520)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: asr#credentials-locked-out-because-of-multiple-failed-login-attempts-errorid-95520
any-error-id: 95520
any-ep-code: EP0958
any: (?i)\bpush\h+install\w*\b.{0,80}?\blogin\h+is\h+locked\h+out\b|\bcredentials\h+provided\h+for\h+push\h+installation\h+have\h+been\h+temporarily\h+locked\h+out\b
remedy: Too many logons with wrong credentials locked the account.  Correct the
  credentials stored on the configuration server (or choose the right
  account), unlock the account, and retry.
remedy[ru]: Учетная запись заблокирована из-за многократных попыток входа с
  неверными учетными данными.  Исправьте учетные данные, сохраненные на
  сервере конфигурации (или выберите правильную учетную запись), разблокируйте
  учетную запись и повторите попытку.
remedy[zh-CN]: 使用错误凭据登录的次数过多，导致帐户被锁定。请更正配置服务器上存储的凭据（或选择正确的帐户），解锁该帐户，然后重试。
remedy[zh-TW]: 使用錯誤認證登入的次數過多，導致帳戶遭到鎖定。請更正設定伺服器上儲存的認證（或選擇正確的帳戶），解除帳戶鎖定，然後重試。
remedy[es]: Demasiados inicios de sesión con credenciales incorrectas
  bloquearon la cuenta.  Corrija las credenciales guardadas en el servidor de
  configuración (o elija la cuenta correcta), desbloquee la cuenta y vuelva a
  intentarlo.
remedy[fr]: Trop d'ouvertures de session avec des informations
  d'identification erronées ont verrouillé le compte.  Corrigez les
  informations d'identification enregistrées sur le serveur de configuration
  (ou choisissez le bon compte), déverrouillez le compte, puis réessayez.
example:
  #~> (06-03-2024 09:14:10):   ERROR  3016 1204 19 Logon to 10.30.1.9 failed. Error ID : 95520
counter-example:
  #~> (06-03-2024 09:14:10):   INFO  3016 1204 19 Error count reset, last error 0
example:
  Push installation of the mobility service to the source machine 10.0.0.4 failed with error code EP0958.
example:
  Push installation of mobility agent fails because login is locked out on Source Machine

[asr.push.logon-servers-95521]
title: Push install failed: no logon server is available to the source machine (ErrorID 95521)
title[ru]: Сбой принудительной установки: на исходном компьютере нет доступных серверов входа (ErrorID 95521)
title[zh-CN]: 推送安装失败：源计算机上没有可用的登录服务器 (ErrorID 95521)
title[zh-TW]: 推送安裝失敗：來源電腦上沒有可用的登入伺服器 (ErrorID 95521)
title[es]: Error en la instalación de inserción: no hay ningún servidor de inicio de sesión disponible para la máquina de origen (ErrorID 95521)
title[fr]: Échec de l'installation Push : aucun serveur d'ouverture de session n'est disponible pour la machine source (ErrorID 95521)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: asr#logon-servers-arent-available-on-the-source-machine-errorid-95521
any-error-id: 95521
any-ep-code: EP0959
any: (?i)\blogon\h+servers\h+(?:are\h+not|aren['’]t)\h+available\h+on\h+(?:the\h+)?source\h+machine\b
# The Windows message (error 1311) comes from any program that logs on to a
# domain: only on a line of the push install, as for 95518.
any: (?i)^(?=.*(?:#~>\h*\(|\bpush\h*-?install|\bmobility\h+(?:service|agent)|\bSite\h+Recovery\b|\bInMage|\bEP09\d\d\b)).*\bThere\h+are\h+currently\h+no\h+logon\h+servers\h+available\b
remedy: The source machine cannot reach a logon server (domain controller), so
  logon requests fail.  Make a logon server reachable from the source
  machine, start the Netlogon service there, and retry.
remedy[ru]: Исходный компьютер не может связаться с сервером входа
  (контроллером домена), поэтому запросы на вход завершаются ошибкой.
  Обеспечьте доступность сервера входа с исходного компьютера, запустите на
  нем службу Netlogon и повторите попытку.
remedy[zh-CN]: 源计算机无法访问登录服务器（域控制器），因此登录请求失败。请确保源计算机可以访问登录服务器，在源计算机上启动
  Netlogon 服务，然后重试。
remedy[zh-TW]: 來源電腦無法連線到登入伺服器（網域控制站），因此登入要求失敗。請確認來源電腦可以連線到登入伺服器，在來源電腦上啟動
  Netlogon 服務，然後重試。
remedy[es]: La máquina de origen no llega a ningún servidor de inicio de
  sesión (controlador de dominio), así que las solicitudes de inicio de sesión
  fallan.  Haga accesible un servidor de inicio de sesión desde la máquina de
  origen, inicie allí el servicio Netlogon y vuelva a intentarlo.
remedy[fr]: La machine source ne joint aucun serveur d'ouverture de session
  (contrôleur de domaine), donc les demandes d'ouverture de session échouent.
  Rendez un serveur d'ouverture de session joignable depuis la machine source,
  démarrez-y le service Netlogon, puis réessayez.
example:
  #~> (06-03-2024 09:20:37):   ERROR  3016 1204 33 Logon to 10.30.1.9 failed with error 95521
counter-example:
  #~> (06-03-2024 09:20:37):   INFO  3016 1204 33 Listening on port 9443, backlog 95521
example:
  Push installation of the mobility service to the source machine 10.0.0.4 failed with error code EP0959.
example:
  Push installation of mobility agent fails because logon servers are not available on Source Machine
example:
  #~> (06-08-2024 13:17:09):   ERROR  2336 2488 22 Logon with CONTOSO\svc-asrpush failed: there are currently no logon servers available to service the logon request.
counter-example:
  Service cannot be started. System.Security.SecurityException: There are currently no logon servers available to service the logon request.

[asr.push.netlogon-stopped-95522]
title: Push install failed: the Netlogon service is not running on the source machine (ErrorID 95522)
title[ru]: Сбой принудительной установки: служба Netlogon не запущена на исходном компьютере (ErrorID 95522)
title[zh-CN]: 推送安装失败：源计算机上的 Netlogon 服务未运行 (ErrorID 95522)
title[zh-TW]: 推送安裝失敗：來源電腦上的 Netlogon 服務未執行 (ErrorID 95522)
title[es]: Error en la instalación de inserción: el servicio Netlogon no se está ejecutando en la máquina de origen (ErrorID 95522)
title[fr]: Échec de l'installation Push : le service Netlogon ne s'exécute pas sur la machine source (ErrorID 95522)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: asr#logon-service-isnt-running-on-the-source-machine-errorid-95522
any-error-id: 95522
any-ep-code: EP0960
any: (?i)\bpush\h+install\w*\b.{0,80}?\blogin\h+service\h+(?:is\h+)?not\h+running\b
remedy: Start the Netlogon service on the source machine ("net start Netlogon"
  or the Services console) and retry the installation.
remedy[ru]: Запустите службу Netlogon на исходном компьютере ("net start
  Netlogon" или оснастка «Службы») и повторите установку.
remedy[zh-CN]: 请在源计算机上启动 Netlogon 服务（"net start Netlogon"
  或“服务”控制台），然后重试安装。
remedy[zh-TW]: 請在來源電腦上啟動 Netlogon 服務（"net start Netlogon"
  或「服務」主控台），然後重試安裝。
remedy[es]: Inicie el servicio Netlogon en la máquina de origen ("net start
  Netlogon" o la consola Servicios) y vuelva a intentar la instalación.
remedy[fr]: Démarrez le service Netlogon sur la machine source ("net start
  Netlogon" ou la console Services), puis relancez l'installation.
example:
  #~> (06-03-2024 09:31:02):   ERROR  3016 1204 41 Logon to 10.30.1.9 failed. ErrorID: 95522
counter-example:
  #~> (06-03-2024 09:31:02):   INFO  3016 1204 41 Started Netlogon check, ErrorID: 0
example:
  Push installation of the mobility service to the source machine 10.0.0.4 failed with error code EP0960.
example:
  Push installation of mobility agent fails as login service not running

# ===========================================================================
# Push installation: connectivity, sharing, WMI

[asr.push.connectivity-95117-97118]
title: Push install failed: the source machine cannot be reached from the configuration/process server (ErrorID 95117 / 97118)
title[ru]: Сбой принудительной установки: исходный компьютер недоступен с сервера конфигурации или сервера обработки (ErrorID 95117 / 97118)
title[zh-CN]: 推送安装失败：无法从配置服务器或进程服务器访问源计算机 (ErrorID 95117 / 97118)
title[zh-TW]: 推送安裝失敗：無法從設定伺服器或處理伺服器連線到來源電腦 (ErrorID 95117 / 97118)
title[es]: Error en la instalación de inserción: no se puede acceder a la máquina de origen desde el servidor de configuración o de procesos (ErrorID 95117 / 97118)
title[fr]: Échec de l'installation Push : la machine source est injoignable depuis le serveur de configuration ou de traitement (ErrorID 95117 / 97118)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: asr#connectivity-failure-errorid-95117--97118
any-error-id: 95117 97118
any-ep-code: EP0865 EP0866
any: (?i)\bEither\h+the\h+source\h+machine\h+(?:is\h+not|isn['’]t)\h+running,?\h+or\h+there\h+are\h+network\h+connectivity\h+(?:issues|problems)\h+between\h+the\h+process\h+server\b(?!.*\b(?:WMI|Management\h+Instrumentation|File\h+and\h+Printer|SSH|SFTP)\b)
remedy: Check that the source machine answers ping from the configuration server
  (or from the scale-out process server chosen for replication), that File
  and Printer Sharing and WMI are allowed through its firewall, that its
  shared folders are reachable, and that port 135 is open (telnet from the
  source machine).  For Linux, make sure SSH runs on port 22 with current
  OpenSSH/OpenSSL, and that SFTP and password authentication are enabled.
  Look for DNS, domain or TCP port exhaustion problems when connections time
  out.
remedy[ru]: Убедитесь, что исходный компьютер отвечает на ping с сервера
  конфигурации (или с масштабируемого сервера обработки, выбранного для
  репликации), что брандмауэр пропускает общий доступ к файлам и принтерам и
  WMI, что общие папки доступны и что порт 135 открыт (проверьте telnet с
  исходного компьютера).  Для Linux убедитесь, что SSH работает на порту 22 с
  актуальными OpenSSH/OpenSSL и что включены SFTP и проверка подлинности по
  паролю.  Если время ожидания подключений истекает, проверьте DNS, домен и
  исчерпание TCP-портов.
remedy[zh-CN]: 请检查：源计算机能否响应来自配置服务器（或为复制选择的横向扩展进程服务器）的
  ping；其防火墙是否允许文件和打印机共享以及
  WMI；其共享文件夹是否可以访问；端口 135 是否已打开（从源计算机使用 telnet
  测试）。对于 Linux，请确保 SSH 在端口 22 上运行并使用最新的
  OpenSSH/OpenSSL，且已启用 SFTP 和密码身份验证。如果连接超时，请排查
  DNS、域或 TCP 端口耗尽问题。
remedy[zh-TW]: 請確認：來源電腦能回應來自設定伺服器（或為複寫選擇的相應放大處理伺服器）的
  ping；其防火牆允許檔案及印表機共用與 WMI；其共用資料夾可以存取；連接埠 135
  已開啟（從來源電腦以 telnet 測試）。若為 Linux，請確認 SSH 在連接埠 22
  上執行且使用最新的 OpenSSH/OpenSSL，並已啟用 SFTP
  與密碼驗證。若連線逾時，請檢查 DNS、網域或 TCP 連接埠耗盡的問題。
remedy[es]: Compruebe que la máquina de origen responde al ping desde el
  servidor de configuración (o desde el servidor de procesos de escalabilidad
  horizontal elegido para la replicación), que su firewall permite Compartir
  archivos e impresoras y WMI, que sus carpetas compartidas son accesibles y
  que el puerto 135 está abierto (telnet desde la máquina de origen).  En
  Linux, asegúrese de que SSH se ejecuta en el puerto 22 con OpenSSH/OpenSSL
  actualizados y de que SFTP y la autenticación por contraseña están
  habilitados.  Si las conexiones agotan el tiempo de espera, busque problemas
  de DNS, de dominio o de agotamiento de puertos TCP.
remedy[fr]: Vérifiez que la machine source répond au ping depuis le serveur de
  configuration (ou depuis le serveur de traitement scale-out choisi pour la
  réplication), que son pare-feu autorise le partage de fichiers et
  d'imprimantes ainsi que WMI, que ses dossiers partagés sont accessibles et
  que le port 135 est ouvert (telnet depuis la machine source).  Sous Linux,
  vérifiez que SSH s'exécute sur le port 22 avec des versions à jour
  d'OpenSSH/OpenSSL, et que SFTP et l'authentification par mot de passe sont
  activés.  Si les connexions expirent, recherchez des problèmes de DNS, de
  domaine ou d'épuisement des ports TCP.
example:
  #~> (01-09-2024 22:47:13):   ERROR  2640 2984 112 Unable to connect to 10.50.3.77: the connection attempt timed out. ErrorID: 95117
example:
  Error ID : 97118
counter-example:
  #~> (01-09-2024 22:47:13):   INFO  2640 2984 112 Bytes sent: 951170
counter-example:
  #~> (01-09-2024 22:47:13):   INFO  2640 2984 112 Connected to 10.50.3.77 in 97118 us
example:
  Push installation of the mobility service to the source machine 10.0.0.4 failed with error code EP0865.
example:
  Either the source machine isn't running or there are network connectivity problems between the process server and the source machine.

[asr.push.network-share-access-95105-95523]
title: Push install failed: the source machine's network shares (C$, ADMIN$) cannot be opened from the process server (ErrorID 95105 / 95523)
title[ru]: Сбой принудительной установки: сетевые общие ресурсы исходного компьютера (C$, ADMIN$) не открываются с сервера обработки (ErrorID 95105 / 95523)
title[zh-CN]: 推送安装失败：无法从进程服务器打开源计算机的网络共享 (C$, ADMIN$) (ErrorID 95105 / 95523)
title[zh-TW]: 推送安裝失敗：無法從處理伺服器開啟來源電腦的網路共用 (C$, ADMIN$) (ErrorID 95105 / 95523)
title[es]: Error en la instalación de inserción: los recursos compartidos de red de la máquina de origen (C$, ADMIN$) no se pueden abrir desde el servidor de procesos (ErrorID 95105 / 95523)
title[fr]: Échec de l'installation Push : les partages réseau de la machine source (C$, ADMIN$) ne s'ouvrent pas depuis le serveur de traitement (ErrorID 95105 / 95523)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: asr#check-access-for-network-shared-folders-on-source-machine-errorid-9510595523
within: 3
error-id: 95105 95523
all: (?i)\\\\[^\\\h"']+\\(?:[A-Z]\$|ADMIN\$|IPC\$)|\b(?:network|remote)\h+share|\bshared\h+folder
remedy: From the process server, open \\<source machine IP>\C$ in File Explorer
  with the credentials used for the installation (DOMAIN\user for a domain
  member, the user name alone in a workgroup).  If the folders do not show,
  fix the sharing prerequisites (File and Printer Sharing, administrative
  shares, firewall) and retry.
remedy[ru]: На сервере обработки откройте \\<source machine IP>\C$ в
  проводнике с учетными данными, используемыми для установки (DOMAIN\user для
  члена домена, только имя пользователя в рабочей группе).  Если папки не
  отображаются, выполните предварительные требования для общего доступа (общий
  доступ к файлам и принтерам, административные общие ресурсы, брандмауэр) и
  повторите попытку.
remedy[zh-CN]: 在进程服务器上，使用安装所用的凭据在文件资源管理器中打开
  \\<source machine IP>\C$（域成员使用
  DOMAIN\user，工作组中仅使用用户名）。如果看不到文件夹，请修复共享的先决条件（文件和打印机共享、管理共享、防火墙），然后重试。
remedy[zh-TW]: 在處理伺服器上，使用安裝所用的認證在檔案總管中開啟 \\<source
  machine IP>\C$（網域成員使用
  DOMAIN\user，工作群組中只用使用者名稱）。若看不到資料夾，請修正共用的必要條件（檔案及印表機共用、系統管理共用、防火牆），然後重試。
remedy[es]: Desde el servidor de procesos, abra \\<source machine IP>\C$ en el
  Explorador de archivos con las credenciales usadas para la instalación
  (DOMAIN\user para un miembro del dominio, solo el nombre de usuario en un
  grupo de trabajo).  Si no aparecen las carpetas, corrija los requisitos
  previos de uso compartido (Compartir archivos e impresoras, recursos
  compartidos administrativos, firewall) y vuelva a intentarlo.
remedy[fr]: Depuis le serveur de traitement, ouvrez \\<source machine IP>\C$
  dans l'Explorateur de fichiers avec les informations d'identification
  utilisées pour l'installation (DOMAIN\user pour un membre du domaine, le nom
  d'utilisateur seul dans un groupe de travail).  Si les dossiers
  n'apparaissent pas, corrigez les prérequis du partage (partage de fichiers
  et d'imprimantes, partages administratifs, pare-feu), puis réessayez.
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
title[ru]: Сбой принудительной установки: сеть исходного компьютера не найдена или больше не доступна (ErrorID 95523)
title[zh-CN]: 推送安装失败：找不到源计算机所在的网络，或该网络已不可用 (ErrorID 95523)
title[zh-TW]: 推送安裝失敗：找不到來源電腦所在的網路，或該網路已無法使用 (ErrorID 95523)
title[es]: Error en la instalación de inserción: no se encontró la red de la máquina de origen o ya no está disponible (ErrorID 95523)
title[fr]: Échec de l'installation Push : le réseau de la machine source est introuvable ou n'est plus disponible (ErrorID 95523)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: asr#connectivity-failure-errorid-95523
within: 3
any-error-id: 95523
any-ep-code: EP0961
any: (?i)\bpush\h+install\w*\b.{0,80}?\bnetwork\h+not\h+reachable\b
unless: (?i)\\\\[^\\\h"']+\\(?:[A-Z]\$|ADMIN\$|IPC\$)|\b(?:network|remote)\h+share|\bshared\h+folder
remedy: The network the source machine lives in could not be found; it may have
  been removed or be unavailable.  Make sure that network exists and is
  reachable from the process server, then retry.
remedy[ru]: Не удалось найти сеть, в которой находится исходный компьютер;
  возможно, она удалена или недоступна.  Убедитесь, что эта сеть существует и
  доступна с сервера обработки, затем повторите попытку.
remedy[zh-CN]: 找不到源计算机所在的网络，该网络可能已被删除或不可用。请确保该网络存在并且可以从进程服务器访问，然后重试。
remedy[zh-TW]: 找不到來源電腦所在的網路，該網路可能已被移除或無法使用。請確認該網路存在且可從處理伺服器連線，然後重試。
remedy[es]: No se encontró la red en la que está la máquina de origen; puede
  que se haya eliminado o que no esté disponible.  Asegúrese de que esa red
  existe y es accesible desde el servidor de procesos y vuelva a intentarlo.
remedy[fr]: Le réseau dans lequel se trouve la machine source est introuvable
  ; il a peut-être été supprimé ou il est indisponible.  Vérifiez que ce
  réseau existe et qu'il est joignable depuis le serveur de traitement, puis
  réessayez.
example:
  #~> (08-21-2024 03:12:58):   ERROR  2776 3112 24 Connecting to 172.16.9.40 failed: the network path was not found. ErrorID: 95523
counter-example:
  #~> (08-21-2024 03:12:58):   ERROR  2776 3112 24 Copy to \\172.16.9.40\C$ failed. ErrorID: 95523
example:
  Push installation of mobility agent fails with network not reachable

[asr.push.file-printer-sharing-95105-95106]
title: Push install failed: File and Printer Sharing is not enabled on the source machine (ErrorID 95105 / 95106)
title[ru]: Сбой принудительной установки: на исходном компьютере не включен общий доступ к файлам и принтерам (ErrorID 95105 / 95106)
title[zh-CN]: 推送安装失败：源计算机上未启用文件和打印机共享 (ErrorID 95105 / 95106)
title[zh-TW]: 推送安裝失敗：來源電腦上未啟用檔案及印表機共用 (ErrorID 95105 / 95106)
title[es]: Error en la instalación de inserción: Compartir archivos e impresoras no está habilitado en la máquina de origen (ErrorID 95105 / 95106)
title[fr]: Échec de l'installation Push : le partage de fichiers et d'imprimantes n'est pas activé sur la machine source (ErrorID 95105 / 95106)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: asr#file-and-printer-sharing-services-check-errorid-95105--95106
within: 3
any-error-id: 95105 95106
any-ep-code: EP0856 EP0857
any: (?i)\bEither\h+\W?File\h+and\h+Printer\h+Sharing\W?\h*(?:is\h+)?(?:not|isn['’]t)\h+allowed\b
unless: (?i)\\\\[^\\\h"']+\\(?:[A-Z]\$|ADMIN\$|IPC\$)|\b(?:network|remote)\h+share|\bshared\h+folder
remedy: Allow File and Printer Sharing on the source machine: enable the inbound
  firewall rules "File and Printer Sharing (NB-Session-In)" and "(SMB-In)",
  and make sure the group policy "Prevent users from sharing files within
  their profile" is not enabled.  Then retry the installation.
remedy[ru]: Разрешите общий доступ к файлам и принтерам на исходном
  компьютере: включите входящие правила брандмауэра "File and Printer Sharing
  (NB-Session-In)" и "(SMB-In)" и убедитесь, что групповая политика "Prevent
  users from sharing files within their profile" не включена.  Затем повторите
  установку.
remedy[zh-CN]: 请在源计算机上允许文件和打印机共享：启用入站防火墙规则 "File
  and Printer Sharing (NB-Session-In)" 和 "(SMB-In)"，并确保未启用组策略
  "Prevent users from sharing files within their profile"。然后重试安装。
remedy[zh-TW]: 請在來源電腦上允許檔案及印表機共用：啟用輸入防火牆規則 "File
  and Printer Sharing (NB-Session-In)" 與 "(SMB-In)"，並確認群組原則 "Prevent
  users from sharing files within their profile" 未啟用。然後重試安裝。
remedy[es]: Permita Compartir archivos e impresoras en la máquina de origen:
  habilite las reglas de firewall de entrada "File and Printer Sharing
  (NB-Session-In)" y "(SMB-In)" y asegúrese de que la directiva de grupo
  "Prevent users from sharing files within their profile" no esté habilitada.
  Después, vuelva a intentar la instalación.
remedy[fr]: Autorisez le partage de fichiers et d'imprimantes sur la machine
  source : activez les règles de pare-feu entrantes "File and Printer Sharing
  (NB-Session-In)" et "(SMB-In)", et vérifiez que la stratégie de groupe
  "Prevent users from sharing files within their profile" n'est pas activée.
  Relancez ensuite l'installation.
example:
  #~> (05-17-2024 11:02:13):   ERROR  3320 1916 12 File and Printer Sharing check failed on 10.40.2.15. ErrorID: 95105
example:
  "ErrorCode":"95106"
counter-example:
  #~> (05-17-2024 11:02:13):   INFO  3320 1916 12 Firewall rule "File and Printer Sharing (SMB-In)" is enabled
counter-example:
  #~> (05-17-2024 11:02:13):   ERROR  3320 1916 12 Cannot open \\10.40.2.15\C$. ErrorID: 95105
example:
  Push installation of the mobility service to the source machine failed with error code EP0856.

[asr.push.wmi-95103]
title: Push install failed: WMI is blocked or not configured on the source machine (error 95103)
title[ru]: Сбой принудительной установки: инструментарий WMI заблокирован или не настроен на исходном компьютере (ошибка 95103)
title[zh-CN]: 推送安装失败：源计算机上的 WMI 被阻止或未配置 (错误 95103)
title[zh-TW]: 推送安裝失敗：來源電腦上的 WMI 遭到封鎖或未設定 (錯誤 95103)
title[es]: Error en la instalación de inserción: WMI está bloqueado o no configurado en la máquina de origen (error 95103)
title[fr]: Échec de l'installation Push : WMI est bloqué ou non configuré sur la machine source (erreur 95103)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: asr#windows-management-instrumentation-wmi-configuration-check-error-code-95103
any-error-id: 95103
any-ep-code: EP0854
any: (?i)Windows\h+Management\h+Instrumentation\h*\(WMI\)\W{0,3}\h*(?:is\h+not|isn['’]t|is\h*n['’]t)\h*allowed\b
remedy: Let WMI traffic through the source machine's firewall for the domain,
  private and public profiles (Windows Firewall exceptions, or
  netsh advfirewall firewall set rule group="windows management
  instrumentation (wmi)" new enable=yes), then retry.
remedy[ru]: Разрешите трафик WMI в брандмауэре исходного компьютера для
  доменного, частного и общего профилей (исключения брандмауэра Windows или
  netsh advfirewall firewall set rule group="windows management
  instrumentation (wmi)" new enable=yes), затем повторите попытку.
remedy[zh-CN]: 请在源计算机防火墙中为域、专用和公用配置文件放行 WMI
  流量（Windows 防火墙例外，或 netsh advfirewall firewall set rule
  group="windows management instrumentation (wmi)" new
  enable=yes），然后重试。
remedy[zh-TW]: 請在來源電腦的防火牆中為網域、私人與公用設定檔允許 WMI
  流量（Windows 防火牆例外狀況，或 netsh advfirewall firewall set rule
  group="windows management instrumentation (wmi)" new
  enable=yes），然後重試。
remedy[es]: Permita el tráfico de WMI en el firewall de la máquina de origen
  para los perfiles de dominio, privado y público (excepciones de Firewall de
  Windows, o netsh advfirewall firewall set rule group="windows management
  instrumentation (wmi)" new enable=yes) y vuelva a intentarlo.
remedy[fr]: Laissez passer le trafic WMI dans le pare-feu de la machine source
  pour les profils domaine, privé et public (exceptions du Pare-feu Windows,
  ou netsh advfirewall firewall set rule group="windows management
  instrumentation (wmi)" new enable=yes), puis réessayez.
example:
  #~> (09-30-2024 15:47:21):   ERROR  2104 2288 66 Remote execution through WMI on 10.8.14.3 failed. Error code: 95103
counter-example:
  #~> (09-30-2024 15:47:21):   INFO  2104 2288 66 WMI query returned 95103 rows
example:
  Push installation of the mobility service to the source machine 10.0.0.4 failed with error code EP0854.
example:
  Either “Windows Management Instrumentation (WMI)”is not allowed on the source machine, or there are network connectivity issues

# ===========================================================================
# Source machine configuration

[asr.install.unsupported-os]
title: Mobility service install failed: the operating system or kernel is not supported
title[ru]: Сбой установки службы Mobility: операционная система или ядро не поддерживаются
title[zh-CN]: 移动服务安装失败：不支持该操作系统或内核
title[zh-TW]: 行動服務安裝失敗：不支援該作業系統或核心
title[es]: Error en la instalación del servicio Mobility: el sistema operativo o el kernel no son compatibles
title[fr]: Échec de l'installation du service Mobility : le système d'exploitation ou le noyau n'est pas pris en charge
product: asr-mobility
severity: critical
operation: asr-agent-install asr-push-install
explains: asr.outcome.*
doc: asr#unsupported-operating-systems
files: *install* *.json
any: (?i)\b(?:operating\h+system|OS|kernel(?:\h+version)?|distribution|distro)\b[^;]{0,100}?\b(?:(?:is|are)\h+)?(?:not\h+supported|unsupported)\b
any: (?i)\bunsupported\h+(?:operating\h+system|OS|kernel|distribution|distro)\b
any: (?i)\bOS_?NotSupported\b|\bUnsupportedOS\b
unless: (?i)\bsupported\h*[-:]\h*(?:passed|yes|true)\b|\b(?:module|feature|parameter|option|setting)\b
any: (?i)\b(?:does\h*n['’]t|does\h+not)\h+support\h+the\h+operating\h+system(?:\h+kernel)?(?:\h+version)?\b
any: (?i)\bASRMobilityServiceKernelNotSupported\b
remedy: Install the agent only on an operating system and kernel listed in the
  Site Recovery support matrix for VMware/physical machines; avoid private
  kernel builds.  Upgrade the machine (or wait for an agent release that
  supports its kernel) and retry.
remedy[ru]: Устанавливайте агент только на операционные системы и ядра,
  указанные в матрице поддержки Site Recovery для виртуальных машин VMware и
  физических серверов; не используйте частные сборки ядра.  Обновите компьютер
  (или дождитесь выпуска агента с поддержкой его ядра) и повторите попытку.
remedy[zh-CN]: 只能在 Site Recovery 的
  VMware/物理计算机支持矩阵中列出的操作系统和内核上安装代理；请勿使用私有内核版本。请升级计算机（或等待支持其内核的代理版本），然后重试。
remedy[zh-TW]: 只能在 Site Recovery 的
  VMware/實體機器支援矩陣所列的作業系統與核心上安裝代理程式；請勿使用私人核心組建。請升級電腦（或等待支援其核心的代理程式版本），然後重試。
remedy[es]: Instale el agente solo en sistemas operativos y kernels que
  figuren en la matriz de compatibilidad de Site Recovery para máquinas VMware
  y físicas; evite compilaciones privadas del kernel.  Actualice la máquina (o
  espere a una versión del agente que admita su kernel) y vuelva a intentarlo.
remedy[fr]: N'installez l'agent que sur un système d'exploitation et un noyau
  listés dans la matrice de prise en charge de Site Recovery pour les machines
  VMware et physiques ; évitez les noyaux compilés sur mesure.  Mettez la
  machine à niveau (ou attendez une version de l'agent qui prend en charge son
  noyau), puis réessayez.
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
example:
  09/24/2021 10:44:38 : This version of mobility service doesn't support the operating system kernel version (5.4.0-1056-azure) running on the source machine.

[asr.protection.boot-system-split-95309]
title: Protection failed: boot and system partitions/volumes are on different disks (ErrorID 95309)
title[ru]: Сбой включения защиты: загрузочный и системный разделы или тома находятся на разных дисках (ErrorID 95309)
title[zh-CN]: 启用保护失败：启动分区/卷和系统分区/卷位于不同的磁盘上 (ErrorID 95309)
title[zh-TW]: 啟用保護失敗：開機與系統磁碟分割/磁碟區位於不同的磁碟 (ErrorID 95309)
title[es]: Error al habilitar la protección: las particiones o volúmenes de arranque y del sistema están en discos distintos (ErrorID 95309)
title[fr]: Échec de l'activation de la protection : les partitions/volumes de démarrage et système sont sur des disques différents (ErrorID 95309)
product: asr-mobility
severity: critical
operation: asr-protection
doc: asr#boot-and-system-partitions--volumes-arent-the-same-disk-errorid-95309
any-error-id: 95309
any: (?i)\bBoot\h+and\h+system\h+partitions?\h+(?:are|is)\h+not\h+on\h+(?:the\h+)?same\h+disk\b
remedy: Boot and system volumes on different disks are supported from Mobility
  service 9.20 onwards.  Upgrade the configuration server and the agent to a
  current release, then enable protection again.
remedy[ru]: Загрузочный и системный тома на разных дисках поддерживаются
  начиная с версии 9.20 службы Mobility.  Обновите сервер конфигурации и агент
  до актуального выпуска, затем снова включите защиту.
remedy[zh-CN]: 从移动服务 9.20
  版起，支持将启动卷和系统卷放在不同的磁盘上。请将配置服务器和代理升级到最新版本，然后重新启用保护。
remedy[zh-TW]: 從行動服務 9.20
  版起，支援開機磁碟區與系統磁碟區位於不同磁碟。請將設定伺服器與代理程式升級到最新版本，然後重新啟用保護。
remedy[es]: Los volúmenes de arranque y del sistema en discos distintos se
  admiten a partir de la versión 9.20 del servicio Mobility.  Actualice el
  servidor de configuración y el agente a una versión reciente y vuelva a
  habilitar la protección.
remedy[fr]: Des volumes de démarrage et système sur des disques différents
  sont pris en charge à partir de la version 9.20 du service Mobility.  Mettez
  à niveau le serveur de configuration et l'agent vers une version récente,
  puis réactivez la protection.
example:
  #~> (10-02-2023 12:11:40):   ERROR  1544 2780 9 Enable protection for SRV-LEGACY-03 failed. ErrorID: 95309
counter-example:
  #~> (10-02-2023 12:11:40):   INFO  1544 2780 9 Disk signature 95309 found on disk 0
example:
  Boot and system partition are not on same disk

[asr.protection.no-boot-disk-95310]
title: Protection failed: the virtual machine has no boot disk (ErrorID 95310)
title[ru]: Сбой включения защиты: у виртуальной машины нет загрузочного диска (ErrorID 95310)
title[zh-CN]: 启用保护失败：虚拟机没有启动磁盘 (ErrorID 95310)
title[zh-TW]: 啟用保護失敗：虛擬機器沒有開機磁碟 (ErrorID 95310)
title[es]: Error al habilitar la protección: la máquina virtual no tiene disco de arranque (ErrorID 95310)
title[fr]: Échec de l'activation de la protection : la machine virtuelle n'a pas de disque de démarrage (ErrorID 95310)
product: asr-mobility
severity: critical
operation: asr-protection
doc: asr#the-boot-disk-isnt-available-errorid-95310
any-error-id: 95310
any: (?i)\bThe\h+boot\h+disk\h+is\h+not\h+available\b|\bASRMobilityServiceBootDiskNotFound\b
remedy: A machine without a boot disk cannot be protected, because it would not
  start after failover.  Make sure the VM has exactly one boot disk and
  enable protection again.
remedy[ru]: Компьютер без загрузочного диска нельзя защитить, так как он не
  запустится после отработки отказа.  Убедитесь, что у виртуальной машины
  ровно один загрузочный диск, и снова включите защиту.
remedy[zh-CN]: 没有启动磁盘的计算机在故障转移后无法启动，因此无法对其进行保护。请确保虚拟机只有一个启动磁盘，然后重新启用保护。
remedy[zh-TW]: 沒有開機磁碟的電腦在容錯移轉後無法啟動，因此無法加以保護。請確認虛擬機器只有一個開機磁碟，然後重新啟用保護。
remedy[es]: Una máquina sin disco de arranque no se puede proteger, porque no
  arrancaría después de la conmutación por error.  Asegúrese de que la máquina
  virtual tiene exactamente un disco de arranque y vuelva a habilitar la
  protección.
remedy[fr]: Une machine sans disque de démarrage ne peut pas être protégée,
  car elle ne démarrerait pas après un basculement.  Vérifiez que la machine
  virtuelle a exactement un disque de démarrage, puis réactivez la protection.
example:
  #~> (10-02-2023 12:19:03):   ERROR  1544 2780 17 Enable protection for SRV-LEGACY-04 failed with error 95310
counter-example:
  #~> (10-02-2023 12:19:03):   INFO  1544 2780 17 Disk size 95310 MB
example:
  The boot disk is not available. Create a bootable partition.

[asr.protection.multiple-boot-disks-95311]
title: Protection failed: several boot disks found on the source machine (ErrorID 95311)
title[ru]: Сбой включения защиты: на исходном компьютере найдено несколько загрузочных дисков (ErrorID 95311)
title[zh-CN]: 启用保护失败：在源计算机上发现多个启动磁盘 (ErrorID 95311)
title[zh-TW]: 啟用保護失敗：在來源電腦上發現多個開機磁碟 (ErrorID 95311)
title[es]: Error al habilitar la protección: se encontraron varios discos de arranque en la máquina de origen (ErrorID 95311)
title[fr]: Échec de l'activation de la protection : plusieurs disques de démarrage trouvés sur la machine source (ErrorID 95311)
product: asr-mobility
severity: critical
operation: asr-protection
doc: asr#multiple-boot-disks-present-on-the-source-machine-errorid-95311
any-error-id: 95311
any: (?i)\bASRMobilityServiceBootOnLVMFromMultipleDisks\b|(?<!\w)/boot\h+is\h+configured\h+on\h+an\h+LVM\h+device\b.*\bmultiple\h+disks\b
remedy: A machine with more than one boot disk is not a supported configuration.
  Keep a single boot disk on the source machine and enable protection again.
remedy[ru]: Компьютер с несколькими загрузочными дисками — неподдерживаемая
  конфигурация.  Оставьте на исходном компьютере один загрузочный диск и снова
  включите защиту.
remedy[zh-CN]: 具有多个启动磁盘的计算机属于不受支持的配置。请在源计算机上只保留一个启动磁盘，然后重新启用保护。
remedy[zh-TW]: 具有多個開機磁碟的電腦是不受支援的設定。請在來源電腦上只保留一個開機磁碟，然後重新啟用保護。
remedy[es]: Una máquina con más de un disco de arranque no es una
  configuración admitida.  Deje un solo disco de arranque en la máquina de
  origen y vuelva a habilitar la protección.
remedy[fr]: Une machine avec plus d'un disque de démarrage n'est pas une
  configuration prise en charge.  Ne gardez qu'un seul disque de démarrage sur
  la machine source, puis réactivez la protection.
example:
  "ErrorCode":"95311"
counter-example:
  "ErrorCode":"953110"
example:
  The /boot is configured on an LVM device (/dev/mapper/vg-boot) and this LVM device is created using multiple disks (/dev/sda /dev/sdb)

[asr.protection.system-partition-multi-disk-95313]
title: Protection failed: the system (root) partition or volume spans several disks (ErrorID 95313)
title[ru]: Сбой включения защиты: системный (корневой) раздел или том занимает несколько дисков (ErrorID 95313)
title[zh-CN]: 启用保护失败：系统（根）分区或卷跨越多个磁盘 (ErrorID 95313)
title[zh-TW]: 啟用保護失敗：系統（根）磁碟分割或磁碟區跨越多個磁碟 (ErrorID 95313)
title[es]: Error al habilitar la protección: la partición o el volumen del sistema (raíz) abarca varios discos (ErrorID 95313)
title[fr]: Échec de l'activation de la protection : la partition ou le volume système (racine) s'étend sur plusieurs disques (ErrorID 95313)
product: asr-mobility
severity: critical
operation: asr-protection
doc: asr#system-partition-on-multiple-disks-errorid-95313
any-error-id: 95313
any: (?i)\broot\h+file\h*system\h+is\h+laid\h+on\h+multiple\h+disks\b
remedy: A root partition or volume laid across several disks is supported from
  Mobility service 9.20 onwards.  Upgrade the configuration server and the
  agent, then enable protection again.
remedy[ru]: Корневой раздел или том, размещенный на нескольких дисках,
  поддерживается начиная с версии 9.20 службы Mobility.  Обновите сервер
  конфигурации и агент, затем снова включите защиту.
remedy[zh-CN]: 从移动服务 9.20
  版起，支持跨越多个磁盘的根分区或卷。请升级配置服务器和代理，然后重新启用保护。
remedy[zh-TW]: 從行動服務 9.20
  版起，支援跨越多個磁碟的根磁碟分割或磁碟區。請升級設定伺服器與代理程式，然後重新啟用保護。
remedy[es]: Una partición o un volumen raíz repartido en varios discos se
  admite a partir de la versión 9.20 del servicio Mobility.  Actualice el
  servidor de configuración y el agente y vuelva a habilitar la protección.
remedy[fr]: Une partition ou un volume racine réparti sur plusieurs disques
  est pris en charge à partir de la version 9.20 du service Mobility.  Mettez
  à niveau le serveur de configuration et l'agent, puis réactivez la
  protection.
example:
  #~> (10-02-2023 12:31:44):   ERROR  1544 2780 29 Enable protection for lnx-db-07 failed. ErrorID: 95313
counter-example:
  #~> (10-02-2023 12:31:44):   INFO  1544 2780 29 Inode count 95313
example:
  The root file system is laid on multiple disks (Logical Volume Manager configuration), which is an unsupported scenario.

[asr.protection.grub-device-name-95320]
title: Protection failed: GRUB configuration names root/resume devices instead of UUIDs (ErrorID 95320)
title[ru]: Сбой включения защиты: в конфигурации GRUB устройства root/resume указаны по именам, а не по UUID (ErrorID 95320)
title[zh-CN]: 启用保护失败：GRUB 配置中使用设备名称而不是 UUID 指定 root/resume 设备 (ErrorID 95320)
title[zh-TW]: 啟用保護失敗：GRUB 設定以裝置名稱而非 UUID 指定 root/resume 裝置 (ErrorID 95320)
title[es]: Error al habilitar la protección: la configuración de GRUB indica los dispositivos root/resume por nombre en lugar de por UUID (ErrorID 95320)
title[fr]: Échec de l'activation de la protection : la configuration GRUB désigne les périphériques root/resume par leur nom au lieu de leur UUID (ErrorID 95320)
product: asr-mobility
severity: critical
operation: asr-protection
doc: asr#enable-protection-failed-as-device-name-mentioned-in-the-grub-configuration-instead-of-uuid-errorid-95320
any-error-id: 95320
any: (?i)\bThe Grub has the entry for the device\b|\bASRMobilityServiceGrubDeviceNameChange\b|\bdevice name isn['’]t UUID\b
remedy: Device names such as /dev/sda2 can change after a restart or failover,
  so Site Recovery wants UUIDs.  Find each device's UUID with
  "blkid <device>", write root=UUID=<uuid> and resume=UUID=<uuid> in
  /boot/grub2/grub.cfg, /boot/grub/grub.cfg, /boot/grub/menu.lst and
  /etc/default/grub, then enable protection again.
remedy[ru]: Имена устройств, такие как /dev/sda2, могут измениться после
  перезагрузки или отработки отказа, поэтому Site Recovery требует UUID.
  Определите UUID каждого устройства командой "blkid <device>", укажите
  root=UUID=<uuid> и resume=UUID=<uuid> в /boot/grub2/grub.cfg,
  /boot/grub/grub.cfg, /boot/grub/menu.lst и /etc/default/grub, затем снова
  включите защиту.
remedy[zh-CN]: /dev/sda2 之类的设备名称在重启或故障转移后可能发生变化，因此
  Site Recovery 要求使用 UUID。请使用 "blkid <device>" 查出每个设备的 UUID，在
  /boot/grub2/grub.cfg、/boot/grub/grub.cfg、/boot/grub/menu.lst 和
  /etc/default/grub 中写入 root=UUID=<uuid> 和
  resume=UUID=<uuid>，然后重新启用保护。
remedy[zh-TW]: /dev/sda2 這類裝置名稱在重新開機或容錯移轉後可能改變，因此 Site
  Recovery 需要 UUID。請以 "blkid <device>" 找出每個裝置的 UUID，在
  /boot/grub2/grub.cfg、/boot/grub/grub.cfg、/boot/grub/menu.lst 與
  /etc/default/grub 中寫入 root=UUID=<uuid> 與
  resume=UUID=<uuid>，然後重新啟用保護。
remedy[es]: Los nombres de dispositivo como /dev/sda2 pueden cambiar tras un
  reinicio o una conmutación por error, por eso Site Recovery requiere UUID.
  Obtenga el UUID de cada dispositivo con "blkid <device>", escriba
  root=UUID=<uuid> y resume=UUID=<uuid> en /boot/grub2/grub.cfg,
  /boot/grub/grub.cfg, /boot/grub/menu.lst y /etc/default/grub, y vuelva a
  habilitar la protección.
remedy[fr]: Les noms de périphérique tels que /dev/sda2 peuvent changer après
  un redémarrage ou un basculement ; Site Recovery exige donc des UUID.
  Trouvez l'UUID de chaque périphérique avec "blkid <device>", écrivez
  root=UUID=<uuid> et resume=UUID=<uuid> dans /boot/grub2/grub.cfg,
  /boot/grub/grub.cfg, /boot/grub/menu.lst et /etc/default/grub, puis
  réactivez la protection.
example:
  #~> (07-08-2024 17:05:29):   ERROR  2448 2516 40 Enable protection for sles-app-02 failed. ErrorID: 95320
example:
  07/08/2024 17:04:51 : GRUB check failed, error 95320: /boot/grub2/grub.cfg uses root=/dev/sda2
counter-example:
  07/08/2024 17:04:51 : Build 953201 verified
example:
  The Grub has the entry for the device /dev/sda1. Use the UUID instead of the device name.

[asr.protection.grub-device-name-config]
title: GRUB configuration names root/resume devices instead of UUIDs; enabling protection fails with ErrorID 95320
title[ru]: В конфигурации GRUB устройства root/resume указаны по именам, а не по UUID; включение защиты завершится ошибкой ErrorID 95320
title[zh-CN]: GRUB 配置中使用设备名称而不是 UUID 指定 root/resume 设备；启用保护将失败并报告 ErrorID 95320
title[zh-TW]: GRUB 設定以裝置名稱而非 UUID 指定 root/resume 裝置；啟用保護將以 ErrorID 95320 失敗
title[es]: La configuración de GRUB indica los dispositivos root/resume por nombre en lugar de por UUID; al habilitar la protección se producirá el ErrorID 95320
title[fr]: La configuration GRUB désigne les périphériques root/resume par leur nom au lieu de leur UUID ; l'activation de la protection échouera avec l'ErrorID 95320
product: asr-mobility
severity: critical
operation: asr-protection
doc: asr#enable-protection-failed-as-device-name-mentioned-in-the-grub-configuration-instead-of-uuid-errorid-95320
files: boot/grub2/grub.cfg */boot/grub2/grub.cfg boot/grub/grub.cfg */boot/grub/grub.cfg boot/grub/menu.lst */boot/grub/menu.lst boot/grub/grub.conf */boot/grub/grub.conf boot/efi/EFI/*/grub.cfg */boot/efi/EFI/*/grub.cfg etc/default/grub */etc/default/grub
all: ^(?!\h*#).*?(?<![\w.-])(?:root|resume)=/dev/(?:[shv]d[a-z]{1,2}\d*|xvd[a-z]{1,2}\d*|nvme\d+n\d+(?:p\d+)?|mmcblk\d+(?:p\d+)?|dm-\d+)(?![\w/-])
remedy: Replace the device names with UUIDs: find them with "blkid <device>",
  write root=UUID=<uuid> and resume=UUID=<uuid> in every GRUB file
  (/boot/grub2/grub.cfg, /boot/grub/grub.cfg, /boot/grub/menu.lst,
  /etc/default/grub), regenerate the configuration if your distribution
  does so, and enable protection again.
remedy[ru]: Замените имена устройств на UUID: определите их командой "blkid
  <device>", укажите root=UUID=<uuid> и resume=UUID=<uuid> во всех файлах GRUB
  (/boot/grub2/grub.cfg, /boot/grub/grub.cfg, /boot/grub/menu.lst,
  /etc/default/grub), пересоздайте конфигурацию, если это предусмотрено в
  вашем дистрибутиве, и снова включите защиту.
remedy[zh-CN]: 请将设备名称替换为 UUID：使用 "blkid <device>" 查出
  UUID，在所有 GRUB
  文件（/boot/grub2/grub.cfg、/boot/grub/grub.cfg、/boot/grub/menu.lst、/etc/default/grub）中写入
  root=UUID=<uuid> 和
  resume=UUID=<uuid>，如果所用发行版需要则重新生成配置，然后重新启用保护。
remedy[zh-TW]: 請將裝置名稱換成 UUID：以 "blkid <device>" 找出 UUID，在所有
  GRUB
  檔案（/boot/grub2/grub.cfg、/boot/grub/grub.cfg、/boot/grub/menu.lst、/etc/default/grub）中寫入
  root=UUID=<uuid> 與
  resume=UUID=<uuid>，若您的發行版本需要則重新產生設定，然後重新啟用保護。
remedy[es]: Sustituya los nombres de dispositivo por UUID: obténgalos con
  "blkid <device>", escriba root=UUID=<uuid> y resume=UUID=<uuid> en todos los
  archivos de GRUB (/boot/grub2/grub.cfg, /boot/grub/grub.cfg,
  /boot/grub/menu.lst, /etc/default/grub), regenere la configuración si su
  distribución lo requiere y vuelva a habilitar la protección.
remedy[fr]: Remplacez les noms de périphérique par des UUID : trouvez-les avec
  "blkid <device>", écrivez root=UUID=<uuid> et resume=UUID=<uuid> dans chaque
  fichier GRUB (/boot/grub2/grub.cfg, /boot/grub/grub.cfg,
  /boot/grub/menu.lst, /etc/default/grub), régénérez la configuration si votre
  distribution le prévoit, puis réactivez la protection.
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
title[ru]: Служба Mobility установлена или обновлена с предупреждением: для загрузки нового драйвера фильтра нужна перезагрузка (ErrorID 95265 / 95266)
title[zh-CN]: 移动服务已安装或升级，但有警告：需要重启才能加载新的筛选器驱动程序 (ErrorID 95265 / 95266)
title[zh-TW]: 行動服務已安裝或升級，但有警告：需要重新開機才能載入新的篩選驅動程式 (ErrorID 95265 / 95266)
title[es]: Servicio Mobility instalado o actualizado con una advertencia: es necesario reiniciar para cargar el nuevo controlador de filtro (ErrorID 95265 / 95266)
title[fr]: Service Mobility installé ou mis à niveau avec un avertissement : redémarrage nécessaire pour charger le nouveau pilote de filtre (ErrorID 95265 / 95266)
product: asr-mobility
severity: warning
operation: asr-agent-reboot
doc: asr#install-mobility-service-completed-with-warning-to-reboot-errorid-95265--95266
any-error-id: 95265 95266
any-ep-code: EP0902 EP0903 EP0884
any: (?i)\bMobility\h+Service\h+to\h+the\h+source\h+machine\b.{0,80}?\bsucceeded\h+but\h+(?:the\h+)?source\h+machine\h+requires\h+a\h+restart\b
remedy: Replication keeps working with the old filter driver; the new driver is
  loaded only at the next restart.  Restart the source machine in a
  maintenance window to get the driver fixes (a restart is mandatory only
  for the upgrades listed in the service update notes).
remedy[ru]: Репликация продолжает работать со старым драйвером фильтра; новый
  драйвер загружается только при следующей перезагрузке.  Перезагрузите
  исходный компьютер в период обслуживания, чтобы получить исправления
  драйвера (перезагрузка обязательна только для обновлений, перечисленных в
  заметках к накопительному пакету обновления).
remedy[zh-CN]: 复制会继续使用旧的筛选器驱动程序；新驱动程序只有在下次重启时才会加载。请在维护时段内重启源计算机以获取驱动程序修复（只有服务更新说明中列出的升级才必须重启）。
remedy[zh-TW]: 複寫會繼續使用舊的篩選驅動程式；新的驅動程式要到下次重新開機才會載入。請在維護期間重新啟動來源電腦以取得驅動程式修正（只有服務更新說明中列出的升級才必須重新開機）。
remedy[es]: La replicación sigue funcionando con el controlador de filtro
  anterior; el nuevo controlador solo se carga en el siguiente reinicio.
  Reinicie la máquina de origen en una ventana de mantenimiento para obtener
  las correcciones del controlador (el reinicio solo es obligatorio en las
  actualizaciones indicadas en las notas de la actualización del servicio).
remedy[fr]: La réplication continue avec l'ancien pilote de filtre ; le
  nouveau pilote n'est chargé qu'au prochain redémarrage.  Redémarrez la
  machine source pendant une fenêtre de maintenance pour bénéficier des
  correctifs du pilote (le redémarrage n'est obligatoire que pour les mises à
  niveau indiquées dans les notes de la mise à jour du service).
example:
  #~> (12-11-2023 19:40:02):   WARNING  2088 2196 71 Mobility service upgrade on 10.12.0.8 completed with warnings. ErrorID: 95265
example:
  {"ErrorCode":"95266","Severity":"Warning"}
counter-example:
  #~> (12-11-2023 19:40:02):   INFO  2088 2196 71 Free memory 95265 KB
example:
  Push installation of the mobility service to the source machine 10.0.0.4 failed with error code EP0902.
example:
  Push installation of Mobility Service to the source machine succeeded but the source machine requires a restart for some system changes to take effect.
example:
  Push installation of the mobility service to the source machine succeeded but source machine requires a restart for some system changes to take effect.

[asr.push.insufficient-space-95524]
title: Push install failed: less than 100 MB free on the source machine to copy the agent (ErrorID 95524)
title[ru]: Сбой принудительной установки: на исходном компьютере меньше 100 МБ свободного места для копирования агента (ErrorID 95524)
title[zh-CN]: 推送安装失败：源计算机上用于复制代理的可用空间不足 100 MB (ErrorID 95524)
title[zh-TW]: 推送安裝失敗：來源電腦上可用來複製代理程式的空間不足 100 MB (ErrorID 95524)
title[es]: Error en la instalación de inserción: hay menos de 100 MB libres en la máquina de origen para copiar el agente (ErrorID 95524)
title[fr]: Échec de l'installation Push : moins de 100 Mo libres sur la machine source pour copier l'agent (ErrorID 95524)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: asr#insufficient-space-errorid-95524
any-error-id: 95524
any-ep-code: EP0962 EP0972 EP0878 EP0906 EP0907 EP0920 EP0935
any: (?i)\b(?:Not\h+enough|Insufficient)\h+free\h+space\h+(?:is\h+)?available\h+on\h+(?:the\h+)?(?:disk|root\h+partition|root\h+file-?system)\b|\bASRMobilityServiceFreeSpaceOnRootNotSufficient\b
remedy: The agent needs at least 100 MB of free space on the source machine when
  it is copied.  Free up space on the target drive and retry.
remedy[ru]: При копировании агенту нужно не менее 100 МБ свободного места на
  исходном компьютере.  Освободите место на целевом диске и повторите попытку.
remedy[zh-CN]: 复制代理时，源计算机上至少需要 100 MB
  可用空间。请释放目标驱动器上的空间，然后重试。
remedy[zh-TW]: 複製代理程式時，來源電腦上至少需要 100 MB
  的可用空間。請釋放目標磁碟機上的空間，然後重試。
remedy[es]: Para copiar el agente se necesitan al menos 100 MB de espacio
  libre en la máquina de origen.  Libere espacio en la unidad de destino y
  vuelva a intentarlo.
remedy[fr]: L'agent a besoin d'au moins 100 Mo d'espace libre sur la machine
  source lors de sa copie.  Libérez de l'espace sur le lecteur cible, puis
  réessayez.
example:
  #~> (03-19-2024 06:55:17):   ERROR  2332 2400 18 Copying the agent to 10.2.7.19 failed: not enough free space. ErrorID: 95524
counter-example:
  #~> (03-19-2024 06:55:17):   INFO  2332 2400 18 Free space 95524 MB
example:
  Push installation of the mobility service to the source machine 10.0.0.4 failed with error code EP0962.
example:
  Installation of the mobility service to source machine 10.0.0.4 failed. Not enough free space available on the disk.

[asr.push.low-resources-95572-95573]
title: Push install failed: the source machine is low on memory and cannot allocate it for the installation (ErrorID 95572 / 95573)
title[ru]: Сбой принудительной установки: на исходном компьютере не хватает памяти для установки (ErrorID 95572 / 95573)
title[zh-CN]: 推送安装失败：源计算机内存不足，无法为安装分配内存 (ErrorID 95572 / 95573)
title[zh-TW]: 推送安裝失敗：來源電腦記憶體不足，無法為安裝配置記憶體 (ErrorID 95572 / 95573)
title[es]: Error en la instalación de inserción: la máquina de origen no tiene memoria suficiente para la instalación (ErrorID 95572 / 95573)
title[fr]: Échec de l'installation Push : la machine source manque de mémoire et ne peut pas en allouer pour l'installation (ErrorID 95572 / 95573)
product: asr-mobility
severity: critical
operation: asr-push-install
explains: asr.outcome.*
doc: asr#low-system-resources
any-error-id: 95572 95573
any-ep-code: EP0967
any: (?i)\bASRMobilityServiceInstallerRequiredMemoryError\b|\bMinimum\h+memory\h+of\h+[\d.,]+\h*[GM]B\h+required\b
remedy: Free enough memory on the source machine (stop or move memory-hungry
  workloads, or add memory) so the installer can allocate what it needs, then
  retry.
remedy[ru]: Освободите достаточно памяти на исходном компьютере (остановите
  или перенесите ресурсоемкие рабочие нагрузки либо добавьте память), чтобы
  установщик мог выделить необходимый объем, затем повторите попытку.
remedy[zh-CN]: 请在源计算机上释放足够的内存（停止或迁移占用大量内存的工作负载，或增加内存），以便安装程序能够分配所需内存，然后重试。
remedy[zh-TW]: 請在來源電腦上釋放足夠的記憶體（停止或移轉耗用大量記憶體的工作負載，或增加記憶體），讓安裝程式能配置所需的記憶體，然後重試。
remedy[es]: Libere suficiente memoria en la máquina de origen (detenga o
  traslade las cargas de trabajo que más memoria consumen, o agregue memoria)
  para que el instalador pueda asignar la que necesita y vuelva a intentarlo.
remedy[fr]: Libérez suffisamment de mémoire sur la machine source (arrêtez ou
  déplacez les charges de travail gourmandes en mémoire, ou ajoutez de la
  mémoire) pour que le programme d'installation puisse allouer ce dont il a
  besoin, puis réessayez.
example:
  #~> (10-14-2024 02:10:48):   ERROR  3504 3612 27 Installation on 10.60.1.44 failed: insufficient system resources. ErrorID: 95572
example:
  "ErrorCode":"95573"
counter-example:
  #~> (10-14-2024 02:10:48):   INFO  3504 3612 27 Available memory: 95572 KB
example:
  Push installation of the mobility service to the source machine 10.0.0.4 failed with error code EP0967.
example:
  11:05:51:Machine has only 0.9 GB memory. Minimum memory of 1 GB required.

[asr.install.missing-boot-drivers]
title: Mobility service install failed: required storage/boot drivers (atapi, vmbus, storflt, storvsc, intelide) missing from a control set
title[ru]: Сбой установки службы Mobility: в одном из наборов управления отсутствуют необходимые драйверы хранения/загрузки (atapi, vmbus, storflt, storvsc, intelide)
title[zh-CN]: 移动服务安装失败：某个控制集中缺少必需的存储/启动驱动程序 (atapi, vmbus, storflt, storvsc, intelide)
title[zh-TW]: 行動服務安裝失敗：某個控制集缺少必要的儲存/開機驅動程式 (atapi, vmbus, storflt, storvsc, intelide)
title[es]: Error en la instalación del servicio Mobility: faltan controladores de almacenamiento/arranque necesarios (atapi, vmbus, storflt, storvsc, intelide) en un conjunto de controles
title[fr]: Échec de l'installation du service Mobility : des pilotes de stockage/démarrage requis (atapi, vmbus, storflt, storvsc, intelide) manquent dans un jeu de contrôles
product: asr-mobility
severity: critical
operation: asr-agent-install asr-push-install
explains: asr.outcome.*
doc: asr#drivers-are-missing-on-the-source-server
all: (?i)\b(?:atapi|vmbus|storflt|storvsc|intelide)(?:\.sys)?\b
all: (?i)\b(?:missing|not\h+(?:found|present|installed|available)|absent|does\h+not\h+exist)\b
unless: (?i)\bmissing(?:\h+drivers?)?\h*[:=]\h*(?:none|0)\b|\bno\h+(?:drivers?\h+)?(?:are\h+)?missing\b
remedy: In regedit, open HKEY_LOCAL_MACHINE\SYSTEM, go through every control set
  (ControlSet001, ControlSet002, ...) and check that the atapi, vmbus,
  storflt, storvsc and intelide driver keys exist.  Reinstall the drivers that
  are missing, then install the agent again.
remedy[ru]: В regedit откройте HKEY_LOCAL_MACHINE\SYSTEM, просмотрите все
  наборы управления (ControlSet001, ControlSet002, ...) и проверьте наличие
  разделов драйверов atapi, vmbus, storflt, storvsc и intelide.
  Переустановите отсутствующие драйверы, затем снова установите агент.
remedy[zh-CN]: 在 regedit 中打开
  HKEY_LOCAL_MACHINE\SYSTEM，逐一检查每个控制集（ControlSet001、ControlSet002
  等），确认存在 atapi、vmbus、storflt、storvsc 和 intelide
  驱动程序项。重新安装缺少的驱动程序，然后重新安装代理。
remedy[zh-TW]: 在 regedit 中開啟
  HKEY_LOCAL_MACHINE\SYSTEM，逐一檢查每個控制集（ControlSet001、ControlSet002
  等），確認 atapi、vmbus、storflt、storvsc 與 intelide
  驅動程式機碼都存在。重新安裝缺少的驅動程式，然後重新安裝代理程式。
remedy[es]: En regedit, abra HKEY_LOCAL_MACHINE\SYSTEM, recorra cada conjunto
  de controles (ControlSet001, ControlSet002, ...) y compruebe que existen las
  claves de los controladores atapi, vmbus, storflt, storvsc e intelide.
  Vuelva a instalar los controladores que falten y después instale de nuevo el
  agente.
remedy[fr]: Dans regedit, ouvrez HKEY_LOCAL_MACHINE\SYSTEM, parcourez chaque
  jeu de contrôles (ControlSet001, ControlSet002, ...) et vérifiez que les
  clés des pilotes atapi, vmbus, storflt, storvsc et intelide existent.
  Réinstallez les pilotes manquants, puis installez de nouveau l'agent.
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
title[ru]: Сбой установки поставщика VSS: ошибка вызова RPC 0x800706BE (код выхода 511), обычно из-за антивируса
title[zh-CN]: VSS 提供程序安装失败：RPC 调用失败 0x800706BE (退出代码 511)，通常由防病毒软件导致
title[zh-TW]: VSS 提供者安裝失敗：RPC 呼叫失敗 0x800706BE (結束代碼 511)，通常是防毒軟體所致
title[es]: Error en la instalación del proveedor de VSS: error en la llamada RPC 0x800706BE (código de salida 511), normalmente por el antivirus
title[fr]: Échec de l'installation du fournisseur VSS : échec de l'appel RPC 0x800706BE (code de sortie 511), généralement dû à l'antivirus
product: asr-mobility
severity: critical
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.vss.other-error, asr.outcome.*
doc: asr#vss-error--2147023170-0x800706be---exit-code-511
within: 8
hresult: 0x800706BE RPC_S_CALL_FAILED
all: (?i)\bexit\h*code\h*[:=]?\h*(?!0+\b)\d{1,5}\b
remedy: An antivirus product is usually blocking the Site Recovery services while
  the VSS provider DLLs register.  Exclude the Site Recovery folders from
  antivirus scanning, follow the vendor's guidance to allow DLL registration,
  then run InMageVSSProvider_Install.cmd again or retry the installation.
remedy[ru]: Как правило, антивирус блокирует службы Site Recovery во время
  регистрации библиотек DLL поставщика VSS.  Исключите папки Site Recovery из
  антивирусной проверки, разрешите регистрацию DLL согласно указаниям
  поставщика антивируса, затем снова запустите InMageVSSProvider_Install.cmd
  или повторите установку.
remedy[zh-CN]: 注册 VSS 提供程序 DLL 时，防病毒产品通常会阻止 Site Recovery
  服务。请将 Site Recovery
  文件夹从防病毒扫描中排除，按照防病毒供应商的指导允许 DLL 注册，然后再次运行
  InMageVSSProvider_Install.cmd 或重试安装。
remedy[zh-TW]: 註冊 VSS 提供者 DLL 時，防毒產品通常會封鎖 Site Recovery
  服務。請將 Site Recovery 資料夾排除在防毒掃描之外，依照防毒廠商的指引允許
  DLL 註冊，然後再次執行 InMageVSSProvider_Install.cmd 或重試安裝。
remedy[es]: Normalmente un antivirus bloquea los servicios de Site Recovery
  mientras se registran las DLL del proveedor de VSS.  Excluya las carpetas de
  Site Recovery del análisis antivirus, siga las indicaciones del fabricante
  para permitir el registro de DLL y vuelva a ejecutar
  InMageVSSProvider_Install.cmd o reintente la instalación.
remedy[fr]: Un antivirus bloque généralement les services Site Recovery
  pendant l'inscription des DLL du fournisseur VSS.  Excluez les dossiers Site
  Recovery de l'analyse antivirus, suivez les recommandations de l'éditeur
  pour autoriser l'inscription des DLL, puis exécutez de nouveau
  InMageVSSProvider_Install.cmd ou relancez l'installation.
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
title[ru]: Сбой установки поставщика VSS: ошибка времени выполнения 7 [0x7] (код выхода 511, в новых установщиках 514), недостаточно памяти
title[zh-CN]: VSS 提供程序安装失败：运行时错误 7 [0x7] (退出代码 511，新版安装程序为 514)，内存不足
title[zh-TW]: VSS 提供者安裝失敗：執行階段錯誤 7 [0x7] (結束代碼 511，新版安裝程式為 514)，記憶體不足
title[es]: Error en la instalación del proveedor de VSS: error en tiempo de ejecución 7 [0x7] (código de salida 511, 514 en los instaladores recientes), memoria insuficiente
title[fr]: Échec de l'installation du fournisseur VSS : erreur d'exécution 7 [0x7] (code de sortie 511, 514 avec les programmes d'installation récents), mémoire insuffisante
product: asr-mobility
severity: critical
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.vss.other-error, asr.outcome.*
doc: asr#vss-error-7-0x7---exit-code-511
within: 8
all: (?i)\berror[\h_-]*code\h*[:=]\h*(?:7\h*\[0x0*7\]|0x0*7\b|7\h*$)
all: (?i)\bexit\h*code\h*[:=]?\h*(?!0+\b)\d{1,5}\b
remedy: The VSS provider script hit a runtime error because the machine ran out
  of memory or disk space.  Free memory and disk space on the source
  machine, then run InMageVSSProvider_Install.cmd again or retry.
remedy[ru]: В сценарии поставщика VSS возникла ошибка времени выполнения, так
  как на компьютере закончилась память или место на диске.  Освободите память
  и место на диске исходного компьютера, затем снова запустите
  InMageVSSProvider_Install.cmd или повторите попытку.
remedy[zh-CN]: 由于计算机内存或磁盘空间不足，VSS
  提供程序脚本发生运行时错误。请释放源计算机上的内存和磁盘空间，然后再次运行
  InMageVSSProvider_Install.cmd 或重试。
remedy[zh-TW]: 由於電腦的記憶體或磁碟空間不足，VSS
  提供者指令碼發生執行階段錯誤。請釋放來源電腦上的記憶體與磁碟空間，然後再次執行
  InMageVSSProvider_Install.cmd 或重試。
remedy[es]: El script del proveedor de VSS produjo un error en tiempo de
  ejecución porque la máquina se quedó sin memoria o sin espacio en disco.
  Libere memoria y espacio en disco en la máquina de origen y vuelva a
  ejecutar InMageVSSProvider_Install.cmd o vuelva a intentarlo.
remedy[fr]: Le script du fournisseur VSS a rencontré une erreur d'exécution
  parce que la machine manquait de mémoire ou d'espace disque.  Libérez de la
  mémoire et de l'espace disque sur la machine source, puis exécutez de
  nouveau InMageVSSProvider_Install.cmd ou réessayez.
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
title[ru]: Сбой установки поставщика VSS: служба поставщика помечена для удаления, 0x80070430 (код выхода 517)
title[zh-CN]: VSS 提供程序安装失败：提供程序服务已标记为删除，0x80070430 (退出代码 517)
title[zh-TW]: VSS 提供者安裝失敗：提供者服務已標示為刪除，0x80070430 (結束代碼 517)
title[es]: Error en la instalación del proveedor de VSS: el servicio del proveedor está marcado para eliminación, 0x80070430 (código de salida 517)
title[fr]: Échec de l'installation du fournisseur VSS : le service du fournisseur est marqué pour suppression, 0x80070430 (code de sortie 517)
product: asr-mobility
severity: critical
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.vss.other-error, asr.outcome.*
doc: asr#vss-error--2147023824-0x80070430---exit-code-517
within: 8
hresult: 0x80070430 ERROR_SERVICE_MARKED_FOR_DELETE
all: (?i)\bexit\h*code\h*[:=]?\h*(?!0+\b)\d{1,5}\b
remedy: The Site Recovery VSS provider service is marked for deletion.  Close
  the Services console and any tool holding the service, restart the machine
  if the mark does not clear, then install the provider by hand with
  "C:\Program Files (x86)\Microsoft Azure Site Recovery\agent\InMageVSSProvider_Install.cmd".
remedy[ru]: Служба поставщика VSS Site Recovery помечена для удаления.
  Закройте оснастку «Службы» и все средства, удерживающие службу,
  перезагрузите компьютер, если пометка не снимается, затем установите
  поставщик вручную командой "C:\Program Files (x86)\Microsoft Azure Site
  Recovery\agent\InMageVSSProvider_Install.cmd".
remedy[zh-CN]: Site Recovery VSS
  提供程序服务已被标记为删除。请关闭“服务”控制台以及任何占用该服务的工具；如果标记仍未清除，请重启计算机，然后使用
  "C:\Program Files (x86)\Microsoft Azure Site
  Recovery\agent\InMageVSSProvider_Install.cmd" 手动安装提供程序。
remedy[zh-TW]: Site Recovery VSS
  提供者服務已被標示為刪除。請關閉「服務」主控台及任何佔用該服務的工具；若標記仍未清除，請重新啟動電腦，然後以
  "C:\Program Files (x86)\Microsoft Azure Site
  Recovery\agent\InMageVSSProvider_Install.cmd" 手動安裝提供者。
remedy[es]: El servicio del proveedor de VSS de Site Recovery está marcado
  para eliminación.  Cierre la consola Servicios y cualquier herramienta que
  mantenga abierto el servicio, reinicie la máquina si la marca no desaparece
  y luego instale el proveedor manualmente con "C:\Program Files
  (x86)\Microsoft Azure Site Recovery\agent\InMageVSSProvider_Install.cmd".
remedy[fr]: Le service du fournisseur VSS Site Recovery est marqué pour
  suppression.  Fermez la console Services et tout outil qui retient le
  service, redémarrez la machine si la marque ne disparaît pas, puis installez
  le fournisseur manuellement avec "C:\Program Files (x86)\Microsoft Azure
  Site Recovery\agent\InMageVSSProvider_Install.cmd".
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
title[ru]: Сбой установки поставщика VSS: база данных служб заблокирована, 0x8007041F (код выхода 512, в новых установщиках 515)
title[zh-CN]: VSS 提供程序安装失败：服务数据库已锁定，0x8007041F (退出代码 512，新版安装程序为 515)
title[zh-TW]: VSS 提供者安裝失敗：服務資料庫已鎖定，0x8007041F (結束代碼 512，新版安裝程式為 515)
title[es]: Error en la instalación del proveedor de VSS: la base de datos de servicios está bloqueada, 0x8007041F (código de salida 512, 515 en los instaladores recientes)
title[fr]: Échec de l'installation du fournisseur VSS : la base de données des services est verrouillée, 0x8007041F (code de sortie 512, 515 avec les programmes d'installation récents)
product: asr-mobility
severity: critical
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.vss.other-error, asr.outcome.*
doc: asr#vss-error--2147023841-0x8007041f---exit-code-512
within: 8
hresult: 0x8007041F ERROR_SERVICE_DATABASE_LOCKED
all: (?i)\bexit\h*code\h*[:=]?\h*(?!0+\b)\d{1,5}\b
remedy: Another service stuck in the "Starting" state (often an antivirus) holds
  the lock on the service control database.  Make sure no service is left
  starting, then install the provider by hand with
  "C:\Program Files (x86)\Microsoft Azure Site Recovery\agent\InMageVSSProvider_Install.cmd"
  from an elevated prompt.
remedy[ru]: Другая служба, зависшая в состоянии "Starting" (часто антивирус),
  удерживает блокировку базы данных диспетчера служб.  Убедитесь, что ни одна
  служба не осталась в состоянии запуска, затем установите поставщик вручную
  командой "C:\Program Files (x86)\Microsoft Azure Site
  Recovery\agent\InMageVSSProvider_Install.cmd" из командной строки с
  повышенными привилегиями.
remedy[zh-CN]: 另一个停留在 "Starting"
  状态的服务（通常是防病毒软件）锁定了服务控制数据库。请确保没有服务停留在启动状态，然后在提升权限的命令提示符下使用
  "C:\Program Files (x86)\Microsoft Azure Site
  Recovery\agent\InMageVSSProvider_Install.cmd" 手动安装提供程序。
remedy[zh-TW]: 另一個停在 "Starting"
  狀態的服務（通常是防毒軟體）鎖定了服務控制資料庫。請確認沒有服務停留在啟動中狀態，然後在提高權限的命令提示字元中以
  "C:\Program Files (x86)\Microsoft Azure Site
  Recovery\agent\InMageVSSProvider_Install.cmd" 手動安裝提供者。
remedy[es]: Otro servicio detenido en el estado "Starting" (a menudo un
  antivirus) mantiene el bloqueo de la base de datos del control de servicios.
  Asegúrese de que ningún servicio se quede en estado de inicio y luego
  instale el proveedor manualmente con "C:\Program Files (x86)\Microsoft Azure
  Site Recovery\agent\InMageVSSProvider_Install.cmd" desde un símbolo del
  sistema con privilegios elevados.
remedy[fr]: Un autre service bloqué à l'état "Starting" (souvent un antivirus)
  détient le verrou de la base de données du contrôle des services.  Vérifiez
  qu'aucun service ne reste en cours de démarrage, puis installez le
  fournisseur manuellement avec "C:\Program Files (x86)\Microsoft Azure Site
  Recovery\agent\InMageVSSProvider_Install.cmd" depuis une invite de commandes
  avec élévation de privilèges.
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
title[ru]: Сбой установки поставщика VSS с кодом выхода 806: учетная запись установки, возможно, не может запускать CSScript
title[zh-CN]: VSS 提供程序安装失败，退出代码 806：执行安装的帐户可能无权运行 CSScript
title[zh-TW]: VSS 提供者安裝失敗，結束代碼 806：執行安裝的帳戶可能無權執行 CSScript
title[es]: Error en la instalación del proveedor de VSS con código de salida 806: es posible que la cuenta de instalación no pueda ejecutar CSScript
title[fr]: Échec de l'installation du fournisseur VSS avec le code de sortie 806 : le compte d'installation n'est peut-être pas autorisé à exécuter CSScript
product: asr-mobility
severity: critical
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.vss.other-error, asr.outcome.*
doc: asr#vss-exit-code-806
within: 10
all: (?i)\bexit\h*code\h*[:=]?\h*806\b
any: (?i)\bVSS|InMageVSSProvider|\bc?script\b|\bCSScript\b|^\h*-?\h*Error\h*code\h*:
remedy: The account running the installation lacks the rights to run the
  CSScript step of the VSS provider setup.  Grant that account permission to
  run the script (cscript.exe and the agent folder), then retry.
remedy[ru]: У учетной записи, выполняющей установку, нет прав на запуск шага
  CSScript при установке поставщика VSS.  Разрешите этой учетной записи запуск
  сценария (cscript.exe и папка агента), затем повторите попытку.
remedy[zh-CN]: 执行安装的帐户没有运行 VSS 提供程序安装中 CSScript
  步骤的权限。请授予该帐户运行脚本的权限（cscript.exe
  和代理文件夹），然后重试。
remedy[zh-TW]: 執行安裝的帳戶沒有權限執行 VSS 提供者安裝中的 CSScript
  步驟。請授予該帳戶執行指令碼的權限（cscript.exe
  與代理程式資料夾），然後重試。
remedy[es]: La cuenta que ejecuta la instalación no tiene derechos para
  ejecutar el paso de CSScript de la instalación del proveedor de VSS.
  Conceda a esa cuenta permiso para ejecutar el script (cscript.exe y la
  carpeta del agente) y vuelva a intentarlo.
remedy[fr]: Le compte qui exécute l'installation n'a pas le droit d'exécuter
  l'étape CSScript de l'installation du fournisseur VSS.  Autorisez ce compte
  à exécuter le script (cscript.exe et le dossier de l'agent), puis réessayez.
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
title[ru]: Сбой установки поставщика VSS (ошибка, для которой нет отдельного раздела)
title[zh-CN]: VSS 提供程序安装失败 (没有专门章节说明的错误)
title[zh-TW]: VSS 提供者安裝失敗 (沒有專門章節說明的錯誤)
title[es]: Error en la instalación del proveedor de VSS (un error sin sección específica)
title[fr]: Échec de l'installation du fournisseur VSS (erreur non couverte par une section dédiée)
product: asr-mobility
severity: error
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.outcome.*
role: fallback
doc: asr#other-vss-errors
within: 10
all: (?i)\berror\h*code\h*[:=]\h*-?[1-9]\d*\h*\[0x[0-9A-F]+\]|\bVSS\h*Provider\b.*\b(?:install\w*|regist\w*)\h+(?:has\h+)?failed\b
all: (?i)\bexit\h*code\h*[:=]?\h*(?!0+\b)\d{1,5}\b
remedy: Install the Site Recovery VSS provider by hand from an elevated command
  prompt with
  "C:\Program Files (x86)\Microsoft Azure Site Recovery\agent\InMageVSSProvider_Install.cmd"
  and read the error it prints.
remedy[ru]: Установите поставщик VSS Site Recovery вручную из командной строки
  с повышенными привилегиями командой "C:\Program Files (x86)\Microsoft Azure
  Site Recovery\agent\InMageVSSProvider_Install.cmd" и изучите выведенную
  ошибку.
remedy[zh-CN]: 请在提升权限的命令提示符下使用 "C:\Program Files
  (x86)\Microsoft Azure Site Recovery\agent\InMageVSSProvider_Install.cmd"
  手动安装 Site Recovery VSS 提供程序，并查看其输出的错误。
remedy[zh-TW]: 請在提高權限的命令提示字元中以 "C:\Program Files
  (x86)\Microsoft Azure Site Recovery\agent\InMageVSSProvider_Install.cmd"
  手動安裝 Site Recovery VSS 提供者，並查看其輸出的錯誤。
remedy[es]: Instale manualmente el proveedor de VSS de Site Recovery desde un
  símbolo del sistema con privilegios elevados con "C:\Program Files
  (x86)\Microsoft Azure Site Recovery\agent\InMageVSSProvider_Install.cmd" y
  lea el error que muestra.
remedy[fr]: Installez manuellement le fournisseur VSS Site Recovery depuis une
  invite de commandes avec élévation de privilèges avec "C:\Program Files
  (x86)\Microsoft Azure Site Recovery\agent\InMageVSSProvider_Install.cmd" et
  lisez l'erreur qu'il affiche.
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
title[ru]: Сбой установки поставщика VSS: ошибка каталога COM+ 0x8004E00F, неисправность DCOM (код выхода 802)
title[zh-CN]: VSS 提供程序安装失败：COM+ 目录错误 0x8004E00F，DCOM 运行不正常 (退出代码 802)
title[zh-TW]: VSS 提供者安裝失敗：COM+ 目錄錯誤 0x8004E00F，DCOM 狀況不良 (結束代碼 802)
title[es]: Error en la instalación del proveedor de VSS: error del catálogo COM+ 0x8004E00F, DCOM no funciona correctamente (código de salida 802)
title[fr]: Échec de l'installation du fournisseur VSS : erreur du catalogue COM+ 0x8004E00F, DCOM défaillant (code de sortie 802)
product: asr-mobility
severity: critical
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.vss.other-error, asr.outcome.*
doc: asr#vss-error---0x8004e00f
within: 8
hresult: 0x8004E00F CONTEXT_E_TMNOTAVAILABLE
all: (?i)\bexit\h*code\h*[:=]?\h*(?!0+\b)\d{1,5}\b
unless: (?i)\bException\h+from\h+HRESULT\b|\bCOMException\b
remedy: DCOM on the source machine is unhealthy, so the COM+ catalogue cannot be
  opened while the Site Recovery VSS provider registers.  Have the Windows
  platform team repair DCOM, then run InMageVSSProvider_Install.cmd from the
  agent folder (C:\Program Files (x86)\Microsoft Azure Site Recovery\agent)
  in an elevated prompt.  If application consistency is not needed, make the
  provider install/uninstall scripts exit 0, install the agent, restore the
  scripts and add the provider afterwards; if the provider still fails,
  contact support about CAPI2 permission errors.
remedy[ru]: На исходном компьютере неисправен DCOM, поэтому каталог COM+ не
  открывается при регистрации поставщика VSS Site Recovery.  Поручите группе
  поддержки платформы Windows восстановить DCOM, затем запустите
  InMageVSSProvider_Install.cmd из папки агента (C:\Program Files
  (x86)\Microsoft Azure Site Recovery\agent) в командной строке с повышенными
  привилегиями.  Если согласованность на уровне приложений не нужна, сделайте
  так, чтобы сценарии установки и удаления поставщика возвращали 0, установите
  агент, верните сценарии и добавьте поставщик позже; если поставщик
  по-прежнему не устанавливается, обратитесь в службу поддержки по поводу
  ошибок разрешений CAPI2.
remedy[zh-CN]: 源计算机上的 DCOM 运行不正常，因此注册 Site Recovery VSS
  提供程序时无法打开 COM+ 目录。请让 Windows 平台团队修复
  DCOM，然后在提升权限的命令提示符下从代理文件夹（C:\Program Files
  (x86)\Microsoft Azure Site Recovery\agent）运行
  InMageVSSProvider_Install.cmd。如果不需要应用程序一致性，可以让提供程序的安装/卸载脚本返回
  0，安装代理，恢复脚本，之后再添加提供程序；如果提供程序仍然失败，请就 CAPI2
  权限错误联系支持部门。
remedy[zh-TW]: 來源電腦上的 DCOM 狀況不良，因此註冊 Site Recovery VSS
  提供者時無法開啟 COM+ 目錄。請由 Windows 平台小組修復
  DCOM，然後在提高權限的命令提示字元中從代理程式資料夾（C:\Program Files
  (x86)\Microsoft Azure Site Recovery\agent）執行
  InMageVSSProvider_Install.cmd。若不需要應用程式一致性，可讓提供者的安裝/解除安裝指令碼以
  0 結束，安裝代理程式，還原指令碼後再新增提供者；若提供者仍然失敗，請就 CAPI2
  權限錯誤聯絡支援服務。
remedy[es]: DCOM no funciona correctamente en la máquina de origen, así que el
  catálogo COM+ no se puede abrir mientras se registra el proveedor de VSS de
  Site Recovery.  Pida al equipo de la plataforma Windows que repare DCOM y
  luego ejecute InMageVSSProvider_Install.cmd desde la carpeta del agente
  (C:\Program Files (x86)\Microsoft Azure Site Recovery\agent) en un símbolo
  del sistema con privilegios elevados.  Si no necesita coherencia de
  aplicaciones, haga que los scripts de instalación y desinstalación del
  proveedor terminen con 0, instale el agente, restaure los scripts y agregue
  el proveedor después; si el proveedor sigue fallando, consulte al soporte
  técnico por los errores de permisos de CAPI2.
remedy[fr]: DCOM est défaillant sur la machine source, si bien que le
  catalogue COM+ ne peut pas s'ouvrir pendant l'inscription du fournisseur VSS
  Site Recovery.  Faites réparer DCOM par l'équipe de la plateforme Windows,
  puis exécutez InMageVSSProvider_Install.cmd depuis le dossier de l'agent
  (C:\Program Files (x86)\Microsoft Azure Site Recovery\agent) dans une invite
  de commandes avec élévation de privilèges.  Si la cohérence des applications
  n'est pas nécessaire, faites en sorte que les scripts d'installation et de
  désinstallation du fournisseur se terminent par 0, installez l'agent,
  restaurez les scripts et ajoutez le fournisseur ensuite ; si le fournisseur
  échoue toujours, contactez le support au sujet des erreurs d'autorisation
  CAPI2.
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
title[ru]: Сбой установки поставщика VSS: COM+ не может связаться с MSDTC (0x8004E00F), так как на компьютере вне кластера включена служба кластеров
title[zh-CN]: VSS 提供程序安装失败：由于在非群集计算机上启用了群集服务，COM+ 无法访问 MSDTC (0x8004E00F)
title[zh-TW]: VSS 提供者安裝失敗：非叢集電腦上啟用了叢集服務，導致 COM+ 無法連線到 MSDTC (0x8004E00F)
title[es]: Error en la instalación del proveedor de VSS: COM+ no puede comunicarse con MSDTC (0x8004E00F) porque el servicio de clúster está habilitado en una máquina que no es de clúster
title[fr]: Échec de l'installation du fournisseur VSS : COM+ ne joint pas MSDTC (0x8004E00F) car le service de cluster est activé sur une machine hors cluster
product: asr-mobility
severity: critical
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.vss.dcom-0x8004e00f, asr.vss.other-error, asr.vss.provider-install-failed-text, asr.outcome.*
doc: asr#vss-provider-installation-fails-because-the-cluster-service-being-enabled-on-non-cluster-machine
within: 2
all: (?i)\bHRESULT\h*[:=：]?\h*0x8004E00F\b|\bCOMException\h*\(0x8004E00F\)
all: (?i)COM\+|\bMSDTC\b|Distributed\h+Transaction\h+Coordinator
unless: (?i)\bignor(?:e|ed|ing)\b
remedy: COM+ cannot talk to the Distributed Transaction Coordinator because
  cluster components are enabled on a machine that is not a cluster node.
  Confirm the machine is not part of a cluster and does not use the cluster
  components, remove them (the Failover Clustering feature / cluster
  service), then install the agent again.
remedy[ru]: COM+ не может связаться с координатором распределенных транзакций,
  так как на компьютере, не являющемся узлом кластера, включены компоненты
  кластера.  Убедитесь, что компьютер не входит в кластер и не использует
  компоненты кластера, удалите их (компонент Failover Clustering / служба
  кластеров), затем снова установите агент.
remedy[zh-CN]: 由于在不是群集节点的计算机上启用了群集组件，COM+
  无法与分布式事务处理协调器通信。请确认该计算机不属于群集且不使用群集组件，删除这些组件（故障转移群集功能/群集服务），然后重新安装代理。
remedy[zh-TW]: 由於在不是叢集節點的電腦上啟用了叢集元件，COM+
  無法與分散式交易協調器通訊。請確認該電腦不屬於叢集也不使用叢集元件，將其移除（容錯移轉叢集功能/叢集服務），然後重新安裝代理程式。
remedy[es]: COM+ no puede comunicarse con el Coordinador de transacciones
  distribuidas porque hay componentes de clúster habilitados en una máquina
  que no es nodo de un clúster.  Confirme que la máquina no forma parte de un
  clúster ni usa los componentes de clúster, quítelos (la característica
  Clústeres de conmutación por error o el servicio de clúster) y vuelva a
  instalar el agente.
remedy[fr]: COM+ ne peut pas communiquer avec le Coordinateur de transactions
  distribuées, car des composants de cluster sont activés sur une machine qui
  n'est pas un nœud de cluster.  Vérifiez que la machine ne fait pas partie
  d'un cluster et n'utilise pas les composants de cluster, supprimez-les
  (fonctionnalité Clustering de basculement / service de cluster), puis
  installez de nouveau l'agent.
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
title[ru]: Программа установки единого агента завершилась с кодом ошибки (например, 97, FailedWithErrors)
title[zh-CN]: 统一代理安装程序以错误代码退出 (例如 97, FailedWithErrors)
title[zh-TW]: 整合代理程式安裝程式以錯誤碼結束 (例如 97, FailedWithErrors)
title[es]: La instalación del agente unificado terminó con un código de error (por ejemplo, 97, FailedWithErrors)
title[fr]: Le programme d'installation de l'agent unifié s'est terminé avec un code d'erreur (par exemple 97, FailedWithErrors)
product: asr-mobility
severity: error
operation: asr-agent-install asr-push-install
role: outcome
doc: asr#troubleshoot-mobility-service-push-installation
all: (?i)\bExit\h+code\h+returned\h+by\h+unified\h+agent\h*:\h*(?!0+\b)\d+(?!\d|\h*\(\h*Succe)|\b97\h*\(\h*FailedWithErrors\h*\)|\bUnified\h+agent\h+installation\h+has\h+failed\h+with\h+exit\h+code\h*[-:=]?\h*-?(?!0+\b)\d+
remedy: The unified agent setup failed; the cause is logged earlier in
  ASRUnifiedAgentInstaller.log (look for the VSS block, error IDs and
  prerequisite checks).
remedy[ru]: Сбой установки единого агента; причина записана выше в
  ASRUnifiedAgentInstaller.log (ищите блок VSS, идентификаторы ошибок и
  проверки предварительных требований).
remedy[zh-CN]: 统一代理安装失败；原因记录在 ASRUnifiedAgentInstaller.log
  的前面部分（请查找 VSS 块、错误 ID 和先决条件检查）。
remedy[zh-TW]: 整合代理程式安裝失敗；原因記錄在 ASRUnifiedAgentInstaller.log
  較前面的位置（請尋找 VSS 區塊、錯誤識別碼與必要條件檢查）。
remedy[es]: Error en la instalación del agente unificado; la causa aparece
  antes en ASRUnifiedAgentInstaller.log (busque el bloque de VSS, los id. de
  error y las comprobaciones de requisitos previos).
remedy[fr]: L'installation de l'agent unifié a échoué ; la cause est
  journalisée plus haut dans ASRUnifiedAgentInstaller.log (cherchez le bloc
  VSS, les ID d'erreur et les vérifications des prérequis).
example:
  10:43:41:Exit code returned by unified agent: 97(FailedWithErrors)
example:
  Unified agent installation has failed with exit code - 2.
counter-example:
  10:43:41:Exit code returned by unified agent: 0(Successful)
counter-example:
  10:43:41:Exit code returned by unified agent: 0
counter-example:
  10:43:41:Exit code returned by unified agent: 98(SucceededWithWarnings)

[asr.outcome.installation-status-failed]
title: Mobility service installation status: Failed
title[ru]: Состояние установки службы Mobility: сбой
title[zh-CN]: 移动服务安装状态：失败
title[zh-TW]: 行動服務安裝狀態：失敗
title[es]: Estado de la instalación del servicio Mobility: error
title[fr]: État de l'installation du service Mobility : échec
product: asr-mobility
severity: error
operation: asr-agent-install asr-push-install
role: outcome
doc: asr#troubleshoot-mobility-service-push-installation
all: (?i)\bInstallation\h+Status\h*[-:=]\h*Failed\b
remedy: The installation failed; the cause is logged before this line.
remedy[ru]: Установка завершилась сбоем; причина записана перед этой строкой.
remedy[zh-CN]: 安装失败；原因记录在此行之前。
remedy[zh-TW]: 安裝失敗；原因記錄在這一行之前。
remedy[es]: La instalación no se completó; la causa aparece antes de esta
  línea.
remedy[fr]: L'installation a échoué ; la cause est journalisée avant cette
  ligne.
example:
  10:43:41:Installation Status - Failed
counter-example:
  10:43:41:Installation Status - Succeeded

[asr.outcome.msi-1603]
title: Windows Installer failed with error 1603 (fatal error during installation)
title[ru]: Ошибка установщика Windows 1603 (неустранимая ошибка при установке)
title[zh-CN]: Windows Installer 失败，错误 1603 (安装期间发生严重错误)
title[zh-TW]: Windows Installer 失敗，錯誤 1603 (安裝期間發生嚴重錯誤)
title[es]: Error 1603 de Windows Installer (error grave durante la instalación)
title[fr]: Échec de Windows Installer avec l'erreur 1603 (erreur irrécupérable pendant l'installation)
product: asr-mobility
severity: error
operation: asr-agent-install asr-push-install
role: outcome
doc: asr#troubleshoot-mobility-service-push-installation
any: (?i)\berror\h+status\h*:\h*1603\b
any: (?i)\b(?:error|exit\h*code|return(?:ed)?(?:\h*(?:code|value))?|msiexec\h+returned)\h*[:=]?\h*1603\b
any: (?i)\bProduct:.*--\h*Installation\h+(?:operation\h+)?failed\b
remedy: msiexec failed; the cause is in the verbose MSI log a few lines above
  the first "Return value 3." line, or in the installer log.
remedy[ru]: Сбой msiexec; причина указана в подробном журнале MSI на несколько
  строк выше первой строки "Return value 3." или в журнале установщика.
remedy[zh-CN]: msiexec 失败；原因位于详细 MSI 日志中第一个 "Return value 3."
  行之上的几行，或位于安装程序日志中。
remedy[zh-TW]: msiexec 失敗；原因位於詳細 MSI 記錄中第一個 "Return value 3."
  行之上的幾行，或位於安裝程式記錄中。
remedy[es]: Error de msiexec; la causa está en el registro detallado de MSI
  unas líneas por encima de la primera línea "Return value 3.", o en el
  registro del instalador.
remedy[fr]: msiexec a échoué ; la cause figure dans le journal MSI détaillé
  quelques lignes au-dessus de la première ligne "Return value 3.", ou dans le
  journal du programme d'installation.
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
title[ru]: Сбой принудительной установки службы Mobility
title[zh-CN]: 移动服务推送安装失败
title[zh-TW]: 行動服務推送安裝失敗
title[es]: Error en la instalación de inserción del servicio Mobility
title[fr]: Échec de l'installation Push du service Mobility
product: asr-mobility
severity: error
operation: asr-push-install
role: outcome
doc: asr#troubleshoot-mobility-service-push-installation
all: (?i)\bpush\h*install(?:ation)?\b.*\b(?:failed|status\h*[:=]\h*failed)\b
unless: (?i)\b(?:errors?|failures?|failed)(?:\h+(?:encountered|jobs?))?\h*[:=]\h*0\b|\b0\h+failed\b
remedy: The push installation failed; its cause (an error ID, a VSS block, a
  prerequisite) is logged before this line on the configuration or process
  server, or in the installer logs of the source machine.
remedy[ru]: Принудительная установка завершилась сбоем; ее причина
  (идентификатор ошибки, блок VSS, предварительное требование) записана перед
  этой строкой на сервере конфигурации или сервере обработки либо в журналах
  установщика на исходном компьютере.
remedy[zh-CN]: 推送安装失败；其原因（错误 ID、VSS
  块、先决条件）记录在配置服务器或进程服务器上此行之前，或记录在源计算机的安装程序日志中。
remedy[zh-TW]: 推送安裝失敗；其原因（錯誤識別碼、VSS
  區塊、必要條件）記錄在設定伺服器或處理伺服器上這一行之前，或記錄在來源電腦的安裝程式記錄中。
remedy[es]: La instalación de inserción no se completó; su causa (un id. de
  error, un bloque de VSS, un requisito previo) aparece antes de esta línea en
  el servidor de configuración o de procesos, o en los registros del
  instalador de la máquina de origen.
remedy[fr]: L'installation Push a échoué ; sa cause (un ID d'erreur, un bloc
  VSS, un prérequis) est journalisée avant cette ligne sur le serveur de
  configuration ou de traitement, ou dans les journaux d'installation de la
  machine source.
example:
  #~> (03-05-2024 10:41:02):   INFO  2336 2488 17 Push install job 4f2a1c9e-7d3b-4e61-a5c8-0b9d2e6f1a73 finished. Status: Failed
example:
  #~> (03-05-2024 10:41:02):   ERROR  2336 2488 17 Push installation of the mobility service to 10.20.4.17 failed.
counter-example:
  #~> (03-05-2024 10:41:02):   INFO  2336 2488 17 Push install statistics: failed jobs: 0
counter-example:
  #~> (03-05-2024 10:41:02):   INFO  2336 2488 17 Push installation to 10.20.4.17 completed successfully

[asr.outcome.mobility-install-failed]
title: Installation of the Mobility service failed
title[ru]: Сбой установки службы Mobility
title[zh-CN]: 移动服务安装失败
title[zh-TW]: 行動服務安裝失敗
title[es]: Error en la instalación del servicio Mobility
title[fr]: Échec de l'installation du service Mobility
product: asr-mobility
severity: error
operation: asr-push-install asr-agent-install
role: outcome
doc: asr#troubleshoot-mobility-service-push-installation
any: (?i)\b(?:mobility service install|mobility agent install|installation of the mobility service|installation of mobility service|installation of the mobility agent|install of the mobility service)\w*\b.{0,120}?\b(?:failed|fails)\b|\bEnable Protection failed to install mobility service\b
unless: (?i)\b(?:errors?|failures?|failed)(?:\h+(?:encountered|jobs?))?\h*[:=]\h*0\b|\b0\h+failed\b|\bpush\h*install
remedy: The Mobility service was not installed; its cause (an error ID, an EP
  code, a VSS block, a prerequisite) is logged near this line, on the
  configuration or process server, or in the installer logs of the source
  machine.
remedy[ru]: Служба Mobility не установлена; причина (идентификатор ошибки, код
  EP, блок VSS, предварительное требование) записана рядом с этой строкой на
  сервере конфигурации или сервере обработки либо в журналах установщика на
  исходном компьютере.
remedy[zh-CN]: 移动服务未安装；其原因（错误 ID、EP 代码、VSS
  块、先决条件）记录在配置服务器或进程服务器上此行附近，或记录在源计算机的安装程序日志中。
remedy[zh-TW]: 行動服務未安裝；其原因（錯誤識別碼、EP 代碼、VSS
  區塊、必要條件）記錄在設定伺服器或處理伺服器上這一行附近，或記錄在來源電腦的安裝程式記錄中。
remedy[es]: El servicio Mobility no se instaló; su causa (un id. de error, un
  código EP, un bloque de VSS, un requisito previo) aparece cerca de esta
  línea, en el servidor de configuración o de procesos, o en los registros del
  instalador de la máquina de origen.
remedy[fr]: Le service Mobility n'a pas été installé ; sa cause (un ID
  d'erreur, un code EP, un bloc VSS, un prérequis) est journalisée près de
  cette ligne, sur le serveur de configuration ou de traitement, ou dans les
  journaux d'installation de la machine source.
example:
  Mobility agent installation failed on the source machine (10.1.1.5)
example:
  Installation of the mobility service failed on the source machine 10.0.0.4 with error code EP0880.
counter-example:
  Mobility service installation: failed jobs: 0
counter-example:
  Push installation of the mobility service to 10.20.4.17 failed.

# An error id that no section explains, in a message that says the push
# installation failed: reported (with the id in its evidence) only when no
# specific cause of the same attempt is found near it.
[asr.push.unknown-error-id]
title: Push install failed with an error id that has no section of its own
title[ru]: Сбой принудительной установки с идентификатором ошибки, для которого нет отдельного раздела
title[zh-CN]: 推送安装失败，错误 ID 没有专门的章节
title[zh-TW]: 推送安裝失敗，錯誤識別碼沒有專門的章節
title[es]: Error en la instalación de inserción con un id. de error que no tiene sección propia
title[fr]: Échec de l'installation Push avec un ID d'erreur qui n'a pas de section dédiée
product: asr-mobility
severity: error
operation: asr-push-install
explains: asr.outcome.*
role: fallback
doc: asr#troubleshoot-mobility-service-push-installation
within: 6
any-error-id: 95xxx 97xxx
any-ep-code: EP08xx EP09xx
# the ids and codes that have a section of their own
unless-error-id: 95103 95105 95106 95107 95108 95117 97118 95213 95265 95266 95309 95310 95311 95313 95320 95517 95518 95519 95520 95521 95522 95523 95524 95525 95572 95573
unless-ep-code: EP0854 EP0856 EP0857 EP0858 EP0859 EP0865 EP0866 EP0874 EP0878 EP0881 EP0884 EP0887 EP0891 EP0898 EP0899 EP0900 EP0902 EP0903 EP0904 EP0906 EP0907 EP0909 EP0920 EP0921 EP0935 EP0938 EP0939 EP0940 EP0941 EP0942 EP0943 EP0955 EP0956 EP0957 EP0958 EP0959 EP0960 EP0961 EP0962 EP0967 EP0972
all: (?i)\b(?:push install|push installation|push-install|pushinstall|installation of the mobility service|installation of mobility service|mobility agent installation)\w*\b.{0,160}?\bfail(?:ed|s|ure)?\b
remedy: Look the error id up in the current version of the push-installation
  troubleshooting article and in the process server's push-install log
  (home\svsystems\pushinstallsvc) for the step that failed; fix it and retry.
remedy[ru]: Найдите этот идентификатор ошибки в актуальной версии статьи об
  устранении неполадок принудительной установки и в журнале принудительной
  установки сервера обработки (home\svsystems\pushinstallsvc), чтобы
  определить шаг, завершившийся сбоем; устраните проблему и повторите попытку.
remedy[zh-CN]: 请在推送安装故障排除文章的最新版本中，以及进程服务器的推送安装日志（home\svsystems\pushinstallsvc）中查找该错误
  ID，确定失败的步骤；修复后重试。
remedy[zh-TW]: 請在推送安裝疑難排解文章的最新版本，以及處理伺服器的推送安裝記錄（home\svsystems\pushinstallsvc）中查詢該錯誤識別碼，找出失敗的步驟；修正後重試。
remedy[es]: Busque el id. de error en la versión actual del artículo de
  solución de problemas de la instalación de inserción y en el registro de
  instalación de inserción del servidor de procesos
  (home\svsystems\pushinstallsvc) para saber qué paso falló; corríjalo y
  vuelva a intentarlo.
remedy[fr]: Recherchez l'ID d'erreur dans la version actuelle de l'article de
  résolution des problèmes d'installation Push et dans le journal
  d'installation Push du serveur de traitement (home\svsystems\pushinstallsvc)
  pour trouver l'étape en échec ; corrigez-la et réessayez.
example:
  #~> (03-05-2024 10:40:55):   ERROR  2336 2488 14 Push installation of the mobility service to 10.20.4.17 failed. ErrorID: 95999
example:
  Error ID
  95999
  Error Message
  Installation of mobility service failed on the source machine.
counter-example:
  #~> (03-05-2024 10:40:55):   INFO  2336 2488 14 Push installation of the mobility service to 10.20.4.17 completed. Job id 95999
counter-example:
  Enable Protection failed to install mobility service on 10.0.0.4 with error code EP0909 Install VSS Provider failed.

# ===========================================================================
# Successful ends: they resolve earlier failures of the same operation.

[asr.success.vss-provider]
title: VSS provider installed successfully
title[ru]: Поставщик VSS успешно установлен
title[zh-CN]: VSS 提供程序已成功安装
title[zh-TW]: VSS 提供者已成功安裝
title[es]: Proveedor de VSS instalado correctamente
title[fr]: Fournisseur VSS installé avec succès
product: asr-mobility
severity: info
operation: asr-vss-install
role: success
doc: asr#vss-installation-failures
all: (?i)\bVSS\h*Provider\h+installation\h+completed\h+successfully\b
remedy: Nothing to do.
remedy[ru]: Действия не требуются.
remedy[zh-CN]: 无需任何操作。
remedy[zh-TW]: 不需要任何動作。
remedy[es]: No es necesario hacer nada.
remedy[fr]: Aucune action nécessaire.
example:
  10:52:07:VSSProvider installation completed successfully.
counter-example:
  10:52:07:VSSProvider installation failed.

[asr.success.unified-agent]
title: Unified agent installation succeeded
title[ru]: Единый агент успешно установлен
title[zh-CN]: 统一代理安装成功
title[zh-TW]: 整合代理程式安裝成功
title[es]: Instalación del agente unificado completada correctamente
title[fr]: Installation de l'agent unifié réussie
product: asr-mobility
severity: info
operation: asr-agent-install asr-vss-install asr-push-install
role: success
doc: asr#troubleshoot-mobility-service-push-installation
any: (?i)\bExit\h+code\h+returned\h+by\h+unified\h+agent\h*:\h*0\h*\(\h*Successful\h*\)
any: (?i)\bInstallation\h+Status\h*[-:=]\h*Succeeded\b
remedy: Nothing to do.
remedy[ru]: Действия не требуются.
remedy[zh-CN]: 无需任何操作。
remedy[zh-TW]: 不需要任何動作。
remedy[es]: No es necesario hacer nada.
remedy[fr]: Aucune action nécessaire.
example:
  10:55:31:Exit code returned by unified agent: 0(Successful)
example:
  10:55:31:Installation Status - Succeeded
counter-example:
  10:55:31:Exit code returned by unified agent: 97(FailedWithErrors)
counter-example:
  10:55:31:Installation Status - Failed

# ===========================================================================
# Real wording without a file to go by: push-install EP codes, product
# messages and people's words, wherever they are pasted.  The EP codes are
# those the push-install service writes ("... failed with error code
# EP0909."), mapped to the section of the condition each code names (the
# sources are listed in doc/coverage.md).

[asr.install.unsupported-os-ep]
title: Mobility service not installed: the operating system or kernel of the source machine is not supported (EP code)
title[ru]: Служба Mobility не установлена: операционная система или ядро исходного компьютера не поддерживаются (код EP)
title[zh-CN]: 移动服务未安装：不支持源计算机的操作系统或内核 (EP 代码)
title[zh-TW]: 行動服務未安裝：不支援來源電腦的作業系統或核心 (EP 代碼)
title[es]: Servicio Mobility no instalado: el sistema operativo o el kernel de la máquina de origen no son compatibles (código EP)
title[fr]: Service Mobility non installé : le système d'exploitation ou le noyau de la machine source n'est pas pris en charge (code EP)
product: asr-mobility
severity: critical
operation: asr-agent-install asr-push-install
explains: asr.install.unsupported-os-text, asr.push.unknown-error-id, asr.outcome.*
doc: asr#unsupported-operating-systems
any-ep-code: EP0874 EP0881 EP0891 EP0898 EP0899 EP0904 EP0921
remedy: Check the source machine's operating system, version and kernel
  against the Site Recovery support matrix; upgrade or change the kernel to a
  supported one (or use a newer agent that supports it), then retry.
remedy[ru]: Сверьте операционную систему, версию и ядро исходного компьютера с
  матрицей поддержки Site Recovery; обновите ядро или замените его
  поддерживаемым (либо используйте более новый агент с его поддержкой), затем
  повторите попытку.
remedy[zh-CN]: 请对照 Site Recovery
  支持矩阵检查源计算机的操作系统、版本和内核；升级内核或改用受支持的内核（或使用支持该内核的较新代理），然后重试。
remedy[zh-TW]: 請對照 Site Recovery
  支援矩陣檢查來源電腦的作業系統、版本與核心；升級核心或改用受支援的核心（或使用支援該核心的較新代理程式），然後重試。
remedy[es]: Compare el sistema operativo, la versión y el kernel de la máquina
  de origen con la matriz de compatibilidad de Site Recovery; actualice el
  kernel o cámbielo por uno compatible (o use un agente más reciente que lo
  admita) y vuelva a intentarlo.
remedy[fr]: Comparez le système d'exploitation, la version et le noyau de la
  machine source à la matrice de prise en charge de Site Recovery ; mettez à
  niveau le noyau ou remplacez-le par un noyau pris en charge (ou utilisez un
  agent plus récent qui le prend en charge), puis réessayez.
example:
  Installation of the mobility service to source machine 10.0.0.4 failed with error code EP0874. Operating System version on the source machine is not supported.
counter-example:
  Installation of the mobility service to source machine 10.0.0.4 failed with error code EP08740.

[asr.install.unsupported-os-text]
title: Mobility service not installed: the operating system or kernel of the source machine is not supported
title[ru]: Служба Mobility не установлена: операционная система или ядро исходного компьютера не поддерживаются
title[zh-CN]: 移动服务未安装：不支持源计算机的操作系统或内核
title[zh-TW]: 行動服務未安裝：不支援來源電腦的作業系統或核心
title[es]: Servicio Mobility no instalado: el sistema operativo o el kernel de la máquina de origen no son compatibles
title[fr]: Service Mobility non installé : le système d'exploitation ou le noyau de la machine source n'est pas pris en charge
product: asr-mobility
severity: critical
operation: asr-agent-install asr-push-install
explains: asr.outcome.*
doc: asr#unsupported-operating-systems
any: (?i)\bmobility (?:service|agent)s?\b.{0,160}?(?:\bunsupported\b|\bnot\h+supported\b|\bdoes\h*n['’]?t\h+support\h+the\b|\bdoes\h+not\h+support\h+the\b|\bis\h+not\h+compatible\h+with\h+the\h+current\h+operating\h+system\b)
any: (?i)\bMobility\h+Service\h+Setup\h+(?:failed\h+as\h+the\h+kernel\h+version\h+is\h+not\h+supported|is\h+not\h+supported\h+on\h+this\h+version\h+of\h+Linux)\b
unless: (?i)^(?!.*(?:\bunsupported\b|\bnot\h+supported\b|\bdoes\h*n['’]?t\h+support\b|\bdoes\h+not\h+support\b)).*\b(?:is|are)\h+(?:now\h+)?supported\b
remedy: Check the source machine's operating system, version and kernel
  against the Site Recovery support matrix; upgrade or change the kernel to a
  supported one (or use a newer agent that supports it), then retry.
remedy[ru]: Сверьте операционную систему, версию и ядро исходного компьютера с
  матрицей поддержки Site Recovery; обновите ядро или замените его
  поддерживаемым (либо используйте более новый агент с его поддержкой), затем
  повторите попытку.
remedy[zh-CN]: 请对照 Site Recovery
  支持矩阵检查源计算机的操作系统、版本和内核；升级内核或改用受支持的内核（或使用支持该内核的较新代理），然后重试。
remedy[zh-TW]: 請對照 Site Recovery
  支援矩陣檢查來源電腦的作業系統、版本與核心；升級核心或改用受支援的核心（或使用支援該核心的較新代理程式），然後重試。
remedy[es]: Compare el sistema operativo, la versión y el kernel de la máquina
  de origen con la matriz de compatibilidad de Site Recovery; actualice el
  kernel o cámbielo por uno compatible (o use un agente más reciente que lo
  admita) y vuelva a intentarlo.
remedy[fr]: Comparez le système d'exploitation, la version et le noyau de la
  machine source à la matrice de prise en charge de Site Recovery ; mettez à
  niveau le noyau ou remplacez-le par un noyau pris en charge (ou utilisez un
  agent plus récent qui le prend en charge), puis réessayez.
example:
  This version of mobility service doesn't support the operating system kernel version (5.4.0-1056-azure) running on the source machine.
example:
  When I try to install Mobility Services on a 2008 SP2 server it says "unsupported."
counter-example:
  The mobility service supports the operating system kernel version 5.4.0-1056-azure.
counter-example:
  Mobility service 9.50 is supported on Ubuntu 20.04.

[asr.vss.out-of-memory-ep0943]
title: VSS provider install failed: not enough memory (EP0943, the 0x7 / exit 511 case)
title[ru]: Сбой установки поставщика VSS: недостаточно памяти (EP0943, случай 0x7 / код выхода 511)
title[zh-CN]: VSS 提供程序安装失败：内存不足 (EP0943，即 0x7 / 退出代码 511 的情况)
title[zh-TW]: VSS 提供者安裝失敗：記憶體不足 (EP0943，即 0x7 / 結束代碼 511 的情況)
title[es]: Error en la instalación del proveedor de VSS: memoria insuficiente (EP0943, el caso 0x7 / código de salida 511)
title[fr]: Échec de l'installation du fournisseur VSS : mémoire insuffisante (EP0943, le cas 0x7 / code de sortie 511)
product: asr-mobility
severity: critical
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.vss.other-error, asr.vss.provider-install-failed-text, asr.push.unknown-error-id, asr.outcome.*
doc: asr#vss-error-7-0x7---exit-code-511
any-ep-code: EP0943
remedy: The VSS provider step ran out of memory.  Free memory on the source
  machine (stop what is not needed, or add memory), then install the VSS
  provider again with InMageVSSProvider_Install.cmd and retry.
remedy[ru]: На шаге установки поставщика VSS закончилась память.  Освободите
  память на исходном компьютере (остановите ненужные процессы или добавьте
  память), затем снова установите поставщик VSS с помощью
  InMageVSSProvider_Install.cmd и повторите попытку.
remedy[zh-CN]: VSS
  提供程序步骤内存不足。请释放源计算机上的内存（停止不需要的程序或增加内存），然后使用
  InMageVSSProvider_Install.cmd 重新安装 VSS 提供程序并重试。
remedy[zh-TW]: VSS
  提供者步驟的記憶體不足。請釋放來源電腦上的記憶體（停止不需要的程式或增加記憶體），然後以
  InMageVSSProvider_Install.cmd 重新安裝 VSS 提供者並重試。
remedy[es]: El paso del proveedor de VSS se quedó sin memoria.  Libere memoria
  en la máquina de origen (detenga lo que no sea necesario o agregue memoria),
  vuelva a instalar el proveedor de VSS con InMageVSSProvider_Install.cmd y
  vuelva a intentarlo.
remedy[fr]: L'étape du fournisseur VSS a manqué de mémoire.  Libérez de la
  mémoire sur la machine source (arrêtez ce qui n'est pas nécessaire ou
  ajoutez de la mémoire), puis réinstallez le fournisseur VSS avec
  InMageVSSProvider_Install.cmd et réessayez.
example:
  Enable Protection failed to install mobility service on 10.0.0.4 with error code EP0943

[asr.vss.db-locked-ep0938]
title: VSS provider install failed: the service database is locked (EP0938, the 0x8007041F case)
title[ru]: Сбой установки поставщика VSS: база данных служб заблокирована (EP0938, случай 0x8007041F)
title[zh-CN]: VSS 提供程序安装失败：服务数据库已锁定 (EP0938，即 0x8007041F 的情况)
title[zh-TW]: VSS 提供者安裝失敗：服務資料庫已鎖定 (EP0938，即 0x8007041F 的情況)
title[es]: Error en la instalación del proveedor de VSS: la base de datos de servicios está bloqueada (EP0938, el caso 0x8007041F)
title[fr]: Échec de l'installation du fournisseur VSS : la base de données des services est verrouillée (EP0938, le cas 0x8007041F)
product: asr-mobility
severity: critical
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.vss.other-error, asr.vss.provider-install-failed-text, asr.push.unknown-error-id, asr.outcome.*
doc: asr#vss-error--2147023841-0x8007041f---exit-code-512
any-ep-code: EP0938
remedy: Another process holds the Service Control Manager database.  Wait
  for it (or restart the machine), then install the VSS provider again with
  InMageVSSProvider_Install.cmd and retry.
remedy[ru]: Другой процесс удерживает базу данных диспетчера управления
  службами.  Дождитесь его завершения (или перезагрузите компьютер), затем
  снова установите поставщик VSS с помощью InMageVSSProvider_Install.cmd и
  повторите попытку.
remedy[zh-CN]: 另一个进程占用了服务控制管理器数据库。请等待其完成（或重启计算机），然后使用
  InMageVSSProvider_Install.cmd 重新安装 VSS 提供程序并重试。
remedy[zh-TW]: 另一個處理程序佔用了服務控制管理員資料庫。請等待其結束（或重新啟動電腦），然後以
  InMageVSSProvider_Install.cmd 重新安裝 VSS 提供者並重試。
remedy[es]: Otro proceso tiene bloqueada la base de datos del Administrador de
  control de servicios.  Espere a que termine (o reinicie la máquina), vuelva
  a instalar el proveedor de VSS con InMageVSSProvider_Install.cmd y vuelva a
  intentarlo.
remedy[fr]: Un autre processus détient la base de données du Gestionnaire de
  contrôle des services.  Attendez qu'il la libère (ou redémarrez la machine),
  puis réinstallez le fournisseur VSS avec InMageVSSProvider_Install.cmd et
  réessayez.
example:
  Enable Protection failed to install mobility service on 10.0.0.4 with error code EP0938

[asr.vss.marked-for-deletion-ep0940]
title: VSS provider install failed: the provider service is marked for deletion (EP0940, the 0x80070430 case)
title[ru]: Сбой установки поставщика VSS: служба поставщика помечена для удаления (EP0940, случай 0x80070430)
title[zh-CN]: VSS 提供程序安装失败：提供程序服务已标记为删除 (EP0940，即 0x80070430 的情况)
title[zh-TW]: VSS 提供者安裝失敗：提供者服務已標示為刪除 (EP0940，即 0x80070430 的情況)
title[es]: Error en la instalación del proveedor de VSS: el servicio del proveedor está marcado para eliminación (EP0940, el caso 0x80070430)
title[fr]: Échec de l'installation du fournisseur VSS : le service du fournisseur est marqué pour suppression (EP0940, le cas 0x80070430)
product: asr-mobility
severity: critical
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.vss.other-error, asr.vss.provider-install-failed-text, asr.push.unknown-error-id, asr.outcome.*
doc: asr#vss-error--2147023824-0x80070430---exit-code-517
any-ep-code: EP0940
remedy: The Azure Site Recovery VSS Provider service is marked for deletion.
  Restart the source machine so that the deletion completes, then install
  the agent again.
remedy[ru]: Служба Azure Site Recovery VSS Provider помечена для удаления.
  Перезагрузите исходный компьютер, чтобы удаление завершилось, затем снова
  установите агент.
remedy[zh-CN]: Azure Site Recovery VSS Provider
  服务已被标记为删除。请重启源计算机以完成删除，然后重新安装代理。
remedy[zh-TW]: Azure Site Recovery VSS Provider
  服務已被標示為刪除。請重新啟動來源電腦以完成刪除，然後重新安裝代理程式。
remedy[es]: El servicio Azure Site Recovery VSS Provider está marcado para
  eliminación.  Reinicie la máquina de origen para que se complete la
  eliminación y vuelva a instalar el agente.
remedy[fr]: Le service Azure Site Recovery VSS Provider est marqué pour
  suppression.  Redémarrez la machine source pour que la suppression
  aboutisse, puis installez de nouveau l'agent.
example:
  Enable Protection failed to install mobility service on 10.0.0.4 with error code EP0940

[asr.vss.cscript-access-denied-ep0941]
title: VSS provider install failed: CScript access denied (EP0941, the exit 806 case)
title[ru]: Сбой установки поставщика VSS: отказано в доступе CScript (EP0941, случай кода выхода 806)
title[zh-CN]: VSS 提供程序安装失败：CScript 访问被拒绝 (EP0941，即退出代码 806 的情况)
title[zh-TW]: VSS 提供者安裝失敗：CScript 存取被拒 (EP0941，即結束代碼 806 的情況)
title[es]: Error en la instalación del proveedor de VSS: acceso denegado a CScript (EP0941, el caso del código de salida 806)
title[fr]: Échec de l'installation du fournisseur VSS : accès refusé à CScript (EP0941, le cas du code de sortie 806)
product: asr-mobility
severity: critical
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.vss.other-error, asr.vss.provider-install-failed-text, asr.push.unknown-error-id, asr.outcome.*
doc: asr#vss-exit-code-806
any-ep-code: EP0941
remedy: The VSS provider scripts could not run under CScript.  Give the
  account that installs the agent the right to run CScript (and check that
  no policy blocks it), then install the VSS provider again.
remedy[ru]: Сценарии поставщика VSS не удалось запустить в CScript.
  Предоставьте учетной записи, устанавливающей агент, право запуска CScript (и
  убедитесь, что его не блокирует политика), затем снова установите поставщик
  VSS.
remedy[zh-CN]: VSS 提供程序脚本无法在 CScript 下运行。请授予安装代理的帐户运行
  CScript 的权限（并确认没有策略阻止它），然后重新安装 VSS 提供程序。
remedy[zh-TW]: VSS 提供者指令碼無法在 CScript
  下執行。請授予安裝代理程式的帳戶執行 CScript
  的權限（並確認沒有原則封鎖它），然後重新安裝 VSS 提供者。
remedy[es]: Los scripts del proveedor de VSS no se pudieron ejecutar con
  CScript.  Conceda a la cuenta que instala el agente el derecho a ejecutar
  CScript (y compruebe que ninguna directiva lo bloquea) y vuelva a instalar
  el proveedor de VSS.
remedy[fr]: Les scripts du fournisseur VSS n'ont pas pu s'exécuter sous
  CScript.  Donnez au compte qui installe l'agent le droit d'exécuter CScript
  (et vérifiez qu'aucune stratégie ne le bloque), puis réinstallez le
  fournisseur VSS.
example:
  Enable Protection failed to install mobility service on 10.0.0.4 with error code EP0941

[asr.vss.provider-install-failed-text]
title: VSS provider install failed (an error not covered by a specific section)
title[ru]: Сбой установки поставщика VSS (ошибка, для которой нет отдельного раздела)
title[zh-CN]: VSS 提供程序安装失败 (没有专门章节说明的错误)
title[zh-TW]: VSS 提供者安裝失敗 (沒有專門章節說明的錯誤)
title[es]: Error en la instalación del proveedor de VSS (un error sin sección específica)
title[fr]: Échec de l'installation du fournisseur VSS (erreur non couverte par une section dédiée)
product: asr-mobility
severity: error
role: fallback
operation: asr-vss-install asr-agent-install asr-push-install
explains: asr.push.unknown-error-id, asr.outcome.*
doc: asr#other-vss-errors
any-ep-code: EP0909 EP0887 EP0939 EP0942
any: (?i)^(?=.*\b(?:error|exit code)\h*[:=]?\h*(?!0+\b)\d{2,5}\b).*\b(?:Site Recovery|InMage) VSS provider\b
any: (?i)\bInstall VSS Provider failed\b|\bMobility agent installation fails due to VSS provider installation failure\b
remedy: Install the Site Recovery VSS provider by hand from an elevated command
  prompt with
  "C:\Program Files (x86)\Microsoft Azure Site Recovery\agent\InMageVSSProvider_Install.cmd"
  and read the error it prints.
remedy[ru]: Установите поставщик VSS Site Recovery вручную из командной строки
  с повышенными привилегиями командой "C:\Program Files (x86)\Microsoft Azure
  Site Recovery\agent\InMageVSSProvider_Install.cmd" и изучите выведенную
  ошибку.
remedy[zh-CN]: 请在提升权限的命令提示符下使用 "C:\Program Files
  (x86)\Microsoft Azure Site Recovery\agent\InMageVSSProvider_Install.cmd"
  手动安装 Site Recovery VSS 提供程序，并查看其输出的错误。
remedy[zh-TW]: 請在提高權限的命令提示字元中以 "C:\Program Files
  (x86)\Microsoft Azure Site Recovery\agent\InMageVSSProvider_Install.cmd"
  手動安裝 Site Recovery VSS 提供者，並查看其輸出的錯誤。
remedy[es]: Instale manualmente el proveedor de VSS de Site Recovery desde un
  símbolo del sistema con privilegios elevados con "C:\Program Files
  (x86)\Microsoft Azure Site Recovery\agent\InMageVSSProvider_Install.cmd" y
  lea el error que muestra.
remedy[fr]: Installez manuellement le fournisseur VSS Site Recovery depuis une
  invite de commandes avec élévation de privilèges avec "C:\Program Files
  (x86)\Microsoft Azure Site Recovery\agent\InMageVSSProvider_Install.cmd" et
  lisez l'erreur qu'il affiche.
example:
  Getting Error 515 when installing Site Recovery VSS provider
example:
  Enable Protection failed to install mobility service on 10.0.0.4 with error code EP0909 Install VSS Provider failed.
counter-example:
  QGA VSS provider is already installed.(Error：80004004)
counter-example:
  Site Recovery VSS provider installed, exit code 0

[asr.install.missing-boot-drivers-ep0900]
title: Mobility service install failed: drivers or services it needs are missing (EP0900)
title[ru]: Сбой установки службы Mobility: отсутствуют необходимые ей драйверы или службы (EP0900)
title[zh-CN]: 移动服务安装失败：缺少其所需的驱动程序或服务 (EP0900)
title[zh-TW]: 行動服務安裝失敗：缺少其所需的驅動程式或服務 (EP0900)
title[es]: Error en la instalación del servicio Mobility: faltan controladores o servicios que necesita (EP0900)
title[fr]: Échec de l'installation du service Mobility : des pilotes ou services dont il a besoin sont absents (EP0900)
product: asr-mobility
severity: critical
operation: asr-agent-install asr-push-install
explains: asr.push.unknown-error-id, asr.outcome.*
doc: asr#drivers-are-missing-on-the-source-server
any-ep-code: EP0900
any: (?i)\bSome\h+of\h+the\h+drivers\h*/\h*services\h+required\h+by\h+the\h+mobility\h+service\h+are\h+missing\b
remedy: Make sure the boot drivers the agent needs (atapi, vmbus, storflt,
  storvsc, intelide) are installed and start at boot on the source machine,
  then retry the installation.
remedy[ru]: Убедитесь, что нужные агенту загрузочные драйверы (atapi, vmbus,
  storflt, storvsc, intelide) установлены и запускаются при загрузке исходного
  компьютера, затем повторите установку.
remedy[zh-CN]: 请确保代理所需的启动驱动程序（atapi、vmbus、storflt、storvsc、intelide）已在源计算机上安装并在启动时加载，然后重试安装。
remedy[zh-TW]: 請確認代理程式所需的開機驅動程式（atapi、vmbus、storflt、storvsc、intelide）已在來源電腦上安裝並於開機時啟動，然後重試安裝。
remedy[es]: Asegúrese de que los controladores de arranque que necesita el
  agente (atapi, vmbus, storflt, storvsc, intelide) están instalados y se
  inician con el sistema en la máquina de origen y vuelva a intentar la
  instalación.
remedy[fr]: Vérifiez que les pilotes de démarrage nécessaires à l'agent
  (atapi, vmbus, storflt, storvsc, intelide) sont installés et démarrent avec
  la machine source, puis relancez l'installation.
example:
  Some of the drivers / services required by the mobility service are missing.
