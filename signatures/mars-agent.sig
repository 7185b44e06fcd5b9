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
# - In translated remedies a number and its "%" are joined by a no-break
#   space (U+00A0), so that a wrapped report never starts a line with "%".
# - operation tokens:
#     mars-registration  installing, registering and activating the agent
#     mars-backup        backup jobs (scheduled or on demand)
#     mars-restore       recovery / volume mount jobs

include: common.sig

# The logs of this product, by name (a bundle holding none of them is
# reported as such, not as healthy): the engine's and the management
# agent's errlogs in the agent's Temp folder, and the per-job lists of
# files that failed.
logs: mars-agent *.errlog* LastBackupFailedFiles*.txt* *CBEngine*.log*
logs: mars-agent *OBRecoveryServicesManagementAgent*.log*

# ===========================================================================
# Registration and connectivity

[mars.registration.invalid-vault-credentials-34513]
title: Registration failed: the vault credentials file is invalid, expired or corrupt (ID 34513)
title[ru]: Сбой регистрации: файл учетных данных хранилища недействителен, просрочен или поврежден (ID 34513)
title[zh-CN]: 注册失败：保管库凭据文件无效、已过期或已损坏 (ID 34513)
title[zh-TW]: 註冊失敗：保存庫認證檔案無效、已過期或已損毀 (ID 34513)
title[es]: Error en el registro: el archivo de credenciales de almacén no es válido, ha expirado o está dañado (Id. 34513)
title[fr]: Échec de l'inscription : le fichier d'informations d'identification du coffre est invalide, expiré ou endommagé (ID 34513)
product: mars-agent
severity: error
operation: mars-registration
explains: mars.outcome.*
doc: mars#invalid-vault-credentials-provided
any-error-id: 34513 34528
any: (?i)\bCBP(?:UserExpiredVaultCredential|UnableToReadVaultCredentialFile|InvalidVaultCredential\w*)\b
any: (?i)\bvault credentials? (?:file )?(?:provided )?(?:has |have )?expired\b|\b(?:invalid|unable to read the) vault credentials?\b|\bvault credentials? validation failed\b|\bvault credentials? (?:is|are)(?:n['’]t| not) valid\b
remedy: Download a fresh vault credentials file from the Recovery Services vault
  in the Azure portal (a file is valid for 48 hours and only the newest one
  works) and register again (Register Server in the agent console, or a new
  install).  If it still fails, check that the machine reaches the Azure
  endpoints (no proxy configured for the SYSTEM account unless one is
  needed, firewall allows the required URLs and IP ranges), exclude
  CBEngine.exe, CSC.exe and the agent's Scratch and Bin folders from
  antivirus scanning, clear a C:\Windows\Temp holding 60,000+ .tmp files,
  and check the clock and time zone.
remedy[ru]: Скачайте новый файл учетных данных из хранилища Служб
  восстановления на портале Azure (файл действителен 48 часов, и работает
  только самый новый) и повторите регистрацию (Register Server в консоли
  агента или новая установка).  Если сбой повторяется, проверьте, что
  компьютер имеет доступ к конечным точкам Azure (для учетной записи SYSTEM не
  настроен прокси-сервер, если он не нужен; брандмауэр пропускает необходимые
  URL-адреса и диапазоны IP-адресов), исключите CBEngine.exe, CSC.exe и папки
  Scratch и Bin агента из антивирусной проверки, очистите папку
  C:\Windows\Temp, если в ней более 60 000 файлов .tmp, и проверьте часы и
  часовой пояс.
remedy[zh-CN]: 请从 Azure
  门户中的恢复服务保管库下载新的保管库凭据文件（文件有效期为 48
  小时，且只有最新的文件可用），然后重新注册（在代理控制台中使用 Register
  Server，或重新安装）。如果仍然失败，请检查计算机能否访问 Azure
  终结点（除非需要，否则不要为 SYSTEM 帐户配置代理服务器；防火墙需允许所需的
  URL 和 IP 范围），将 CBEngine.exe、CSC.exe 以及代理的 Scratch 和 Bin
  文件夹从防病毒扫描中排除，清理包含 60,000 个以上 .tmp 文件的
  C:\Windows\Temp，并检查时钟和时区。
remedy[zh-TW]: 請從 Azure
  入口網站中的復原服務保存庫下載新的保存庫認證檔案（檔案有效期為 48
  小時，且只有最新的檔案可用），然後重新註冊（在代理程式主控台中使用 Register
  Server，或重新安裝）。若仍然失敗，請確認電腦能連線到 Azure
  端點（除非必要，否則不要為 SYSTEM 帳戶設定 Proxy；防火牆需允許所需的 URL 與
  IP 範圍），將 CBEngine.exe、CSC.exe 以及代理程式的 Scratch 與 Bin
  資料夾排除在防毒掃描之外，清理含有 60,000 個以上 .tmp 檔案的
  C:\Windows\Temp，並檢查時鐘與時區。
remedy[es]: Descargue un archivo de credenciales de almacén nuevo desde el
  almacén de Recovery Services en Azure Portal (un archivo es válido durante
  48 horas y solo funciona el más reciente) y vuelva a registrar el servidor
  (Register Server en la consola del agente, o una instalación nueva).  Si
  sigue fallando, compruebe que la máquina llega a los puntos de conexión de
  Azure (sin proxy configurado para la cuenta SYSTEM salvo que haga falta, con
  el firewall permitiendo las direcciones URL e intervalos IP necesarios),
  excluya CBEngine.exe, CSC.exe y las carpetas Scratch y Bin del agente del
  análisis antivirus, vacíe C:\Windows\Temp si contiene más de 60 000 archivos
  .tmp y revise la hora y la zona horaria.
remedy[fr]: Téléchargez un nouveau fichier d'informations d'identification du
  coffre depuis le coffre Recovery Services dans le portail Azure (un fichier
  est valide 48 heures et seul le plus récent fonctionne) et inscrivez de
  nouveau le serveur (Register Server dans la console de l'agent, ou une
  nouvelle installation).  Si l'échec persiste, vérifiez que la machine joint
  les points de terminaison Azure (aucun proxy configuré pour le compte SYSTEM
  sauf si nécessaire, pare-feu autorisant les URL et plages d'adresses IP
  requises), excluez CBEngine.exe, CSC.exe et les dossiers Scratch et Bin de
  l'agent de l'analyse antivirus, videz C:\Windows\Temp s'il contient plus de
  60 000 fichiers .tmp, et vérifiez l'horloge et le fuseau horaire.
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
example:
  Start-OBRegistration : Vault credentials file provided has expired. We recommend you download a new vault credentials file from the portal and use it within 2 days.
example:
  FullyQualifiedErrorId : CBPUserExpiredVaultCredential,Microsoft.Internal.CloudBackup.Commands.StartCBRegistrationCommand
example:
  Start-DPMCloudRegistration : Unable to read the vault credentials file provided. (ID: 34528)
counter-example:
  Vault credentials validation succeeded. Below are the backup vault details.
counter-example:
  Invalid Azure credentials provided

[mars.registration.vault-credential-download-403]
title: The vault credentials file could not be downloaded (ID 403)
title[ru]: Не удалось скачать файл учетных данных хранилища (ID 403)
title[zh-CN]: 无法下载保管库凭据文件 (ID 403)
title[zh-TW]: 無法下載保存庫認證檔案 (ID 403)
title[es]: No se pudo descargar el archivo de credenciales de almacén (Id. 403)
title[fr]: Le fichier d'informations d'identification du coffre n'a pas pu être téléchargé (ID 403)
product: mars-agent
severity: error
operation: mars-registration
explains: mars.outcome.*
doc: mars#unable-to-download-vault-credential-file
any: (?i)(?:vault\h*credential|\.VaultCredentials\b|credenciales\h+de\h+almac|учетн\S*\h+данн\S*\h+хранилищ|保管库凭据|保存庫認證|資格情報).{0,200}?(?:[(（]\h*ID\h*[:：]?\h*403\h*[)）]|\b(?:error(?:[\h_-]*code)?|status(?:[\h_-]*code)?|HTTP)\h*[:=]?\h*403\b)
any: (?i)(?:[(（]\h*ID\h*[:：]?\h*403\h*[)）]|\b(?:error(?:[\h_-]*code)?|status(?:[\h_-]*code)?|HTTP)\h*[:=]?\h*403\b).{0,200}?(?:vault\h*credential|\.VaultCredentials\b|credenciales\h+de\h+almac|учетн\S*\h+данн\S*\h+хранилищ|保管库凭据|保存庫認證|資格情報)
remedy: Try another browser, or clear the browser cache and cookies (F12,
  Network tab) and reload the page.  Check that the subscription is enabled,
  that no firewall rule blocks the download, that the vault is below its
  limit of 50 machines, and that your account has the Azure Backup role
  needed to download vault credentials and register servers.
remedy[ru]: Попробуйте другой браузер или очистите кэш и файлы cookie браузера
  (F12, вкладка «Сеть») и перезагрузите страницу.  Убедитесь, что подписка
  активна, что правила брандмауэра не блокируют скачивание, что в хранилище
  зарегистрировано меньше 50 компьютеров и что у вашей учетной записи есть
  роль Azure Backup, необходимая для скачивания учетных данных хранилища и
  регистрации серверов.
remedy[zh-CN]: 请尝试使用其他浏览器，或清除浏览器缓存和
  Cookie（F12，“网络”选项卡）后重新加载页面。请检查订阅是否已启用、是否有防火墙规则阻止下载、保管库是否未达到
  50 台计算机的上限，以及你的帐户是否具有下载保管库凭据和注册服务器所需的
  Azure 备份角色。
remedy[zh-TW]: 請改用其他瀏覽器，或清除瀏覽器快取與 Cookie（F12，[網路]
  索引標籤）後重新載入頁面。請確認訂用帳戶已啟用、沒有防火牆規則封鎖下載、保存庫未達
  50 部電腦的上限，且您的帳戶具有下載保存庫認證及註冊伺服器所需的 Azure
  備份角色。
remedy[es]: Pruebe con otro explorador, o borre la caché y las cookies del
  explorador (F12, pestaña Red) y vuelva a cargar la página.  Compruebe que la
  suscripción está habilitada, que ninguna regla de firewall bloquea la
  descarga, que el almacén no ha alcanzado su límite de 50 máquinas y que su
  cuenta tiene el rol de Azure Backup necesario para descargar credenciales de
  almacén y registrar servidores.
remedy[fr]: Essayez un autre navigateur, ou videz le cache et les cookies du
  navigateur (F12, onglet Réseau) et rechargez la page.  Vérifiez que
  l'abonnement est activé, qu'aucune règle de pare-feu ne bloque le
  téléchargement, que le coffre n'a pas atteint sa limite de 50 machines et
  que votre compte dispose du rôle Sauvegarde Azure nécessaire pour
  télécharger les informations d'identification du coffre et inscrire des
  serveurs.
example:
  Failed to download the vault credential file. (ID: 403)
example:
  2024-05-06T14:10:02Z GET https://portal.azure.com/api/.../vaultcredentials?certificateCreateOptions HTTP 403 Forbidden while downloading vault credentials
example:
  未能下载保管库凭据文件。 （ID：403）
example:
  Не удалось скачать файл учетных данных хранилища. (ID: 403)
counter-example:
  0E24	1F30	05/06	14:22:51.339	03	registrationwizard.cpp(403)		A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		NORMAL	Reading vault credential file C:\Users\admin\Downloads\rsv-prod.VaultCredentials
counter-example:
  Failed to contact the proxy. (ID: 403)

[mars.connect.unable-100050]
title: The agent could not connect to Azure Backup (ID 100050)
title[ru]: Агенту не удалось подключиться к Azure Backup (ID 100050)
title[zh-CN]: 代理无法连接到 Azure 备份 (ID 100050)
title[zh-TW]: 代理程式無法連線到 Azure 備份 (ID 100050)
title[es]: El agente no se pudo conectar a Azure Backup (Id. 100050)
title[fr]: L'agent n'a pas pu se connecter à Sauvegarde Azure (ID 100050)
product: mars-agent
severity: error
operation: mars-registration mars-backup
explains: mars.outcome.*
doc: mars#the-microsoft-azure-recovery-service-agent-was-unable-to-connect-to-microsoft-azure-backup
any-error-id: 100050
any: (?i)\b(?:Recovery Services? Agent|Azure Backup Agent) (?:was )?unable to connect to (?:the )?(?:Microsoft |Windows )?Azure Backup\b
any: (?i)\bserver\h+registration\h+status\h+could\h+not\h+be\h+verified\h+with\h+(?:Microsoft\h+|Windows\h+)?Azure\h+Backup\b
remedy: Check the network settings and internet access of the server.  If a
  proxy is used, configure it in the agent (server, port, credentials);
  allow the required Azure Backup URLs and IP ranges through the firewall and
  the proxy; in Internet Explorer enable File download for the Internet zone
  and add the URLs as trusted sites; exclude CBEngine.exe, CSC.exe (every
  .NET Framework version) and the Scratch and Bin folders from antivirus
  scanning.
remedy[ru]: Проверьте сетевые параметры и доступ сервера к Интернету.  Если
  используется прокси-сервер, настройте его в агенте (сервер, порт, учетные
  данные); разрешите необходимые URL-адреса и диапазоны IP-адресов Azure
  Backup в брандмауэре и на прокси-сервере; в Internet Explorer включите
  параметр «Загрузка файла» для зоны «Интернет» и добавьте эти URL-адреса в
  надежные сайты; исключите CBEngine.exe, CSC.exe (для всех версий .NET
  Framework) и папки Scratch и Bin из антивирусной проверки.
remedy[zh-CN]: 请检查服务器的网络设置和 Internet
  访问。如果使用代理服务器，请在代理中配置它（服务器、端口、凭据）；在防火墙和代理服务器中允许所需的
  Azure 备份 URL 和 IP 范围；在 Internet Explorer 中为 Internet
  区域启用“文件下载”，并将这些 URL 添加为受信任的站点；将
  CBEngine.exe、CSC.exe（所有 .NET Framework 版本）以及 Scratch 和 Bin
  文件夹从防病毒扫描中排除。
remedy[zh-TW]: 請檢查伺服器的網路設定與網際網路存取。若使用
  Proxy，請在代理程式中設定（伺服器、連接埠、認證）；在防火牆與 Proxy
  中允許所需的 Azure 備份 URL 與 IP 範圍；在 Internet Explorer
  中為網際網路區域啟用「檔案下載」，並將這些 URL 加入信任的網站；將
  CBEngine.exe、CSC.exe（所有 .NET Framework 版本）以及 Scratch 與 Bin
  資料夾排除在防毒掃描之外。
remedy[es]: Compruebe la configuración de red y el acceso a Internet del
  servidor.  Si se usa un proxy, configúrelo en el agente (servidor, puerto,
  credenciales); permita las direcciones URL e intervalos IP de Azure Backup
  necesarios en el firewall y el proxy; en Internet Explorer, habilite
  Descarga de archivos para la zona Internet y agregue las direcciones URL
  como sitios de confianza; excluya CBEngine.exe, CSC.exe (todas las versiones
  de .NET Framework) y las carpetas Scratch y Bin del análisis antivirus.
remedy[fr]: Vérifiez les paramètres réseau et l'accès Internet du serveur.  Si
  un proxy est utilisé, configurez-le dans l'agent (serveur, port,
  informations d'identification) ; autorisez les URL et plages d'adresses IP
  requises de Sauvegarde Azure dans le pare-feu et le proxy ; dans Internet
  Explorer, activez Téléchargement de fichiers pour la zone Internet et
  ajoutez les URL aux sites de confiance ; excluez CBEngine.exe, CSC.exe
  (toutes les versions du .NET Framework) et les dossiers Scratch et Bin de
  l'analyse antivirus.
example:
  0E24	2A08	05/07	01:00:12.004	03	serviceproxy.cpp(377)	[000001D2C44B0A20]	4C1E8B2A-6F3D-49A7-B2E5-7A9D1C0F3E68		FATAL	Microsoft Azure Recovery Services Agent was unable to connect to Microsoft Azure Backup. (ID: 100050) Check your network settings and ensure that you are able to connect to the internet.
example:
  "ErrorCode":"100050"
counter-example:
  0E24	2A08	05/07	01:00:12.004	03	serviceproxy.cpp(377)		4C1E8B2A-6F3D-49A7-B2E5-7A9D1C0F3E68		NORMAL	Uploaded 1000500 bytes
example:
  Azure Backup Agent was unable to connect to the Azure Backup service
example:
  The server registration status could not be verified with Microsoft Azure Backup. Verify that you are connected to the internet and that the proxy settings are configured correctly.

[mars.connect.proxy-auth-407]
title: The agent could not connect to Azure Backup: the proxy requires authentication (HTTP 407)
title[ru]: Агенту не удалось подключиться к Azure Backup: прокси-сервер требует проверки подлинности (HTTP 407)
title[zh-CN]: 代理无法连接到 Azure 备份：代理服务器需要身份验证 (HTTP 407)
title[zh-TW]: 代理程式無法連線到 Azure 備份：Proxy 需要驗證 (HTTP 407)
title[es]: El agente no se pudo conectar a Azure Backup: el proxy requiere autenticación (HTTP 407)
title[fr]: L'agent n'a pas pu se connecter à Sauvegarde Azure : le proxy exige une authentification (HTTP 407)
product: mars-agent
severity: error
operation: mars-registration mars-backup
explains: mars.outcome.*
doc: mars#the-microsoft-azure-recovery-service-agent-was-unable-to-connect-to-microsoft-azure-backup
all: (?i)[:：]\h*\(407\)\h*[^\h]|\bProxyAuthenticationRequired\b|\b(?:HTTP(?:\h*status)?|status\h*code)\h*[:=]?\h*407\b
within: 5
any: {@mars-errlog-line}
any: {@mars-context}
remedy: The proxy rejects the agent's unauthenticated requests.  Configure the
  proxy server, port, user name and password in the agent's proxy settings
  (or exempt the Azure Backup URLs from proxy authentication), then retry.
remedy[ru]: Прокси-сервер отклоняет запросы агента без проверки подлинности.
  Укажите адрес прокси-сервера, порт, имя пользователя и пароль в параметрах
  прокси-сервера агента (или исключите URL-адреса Azure Backup из проверки
  подлинности на прокси-сервере), затем повторите попытку.
remedy[zh-CN]: 代理服务器拒绝了代理未经身份验证的请求。请在代理的代理服务器设置中配置代理服务器、端口、用户名和密码（或让
  Azure 备份 URL 免于代理服务器身份验证），然后重试。
remedy[zh-TW]: Proxy 拒絕了代理程式未經驗證的要求。請在代理程式的 Proxy
  設定中設定 Proxy 伺服器、連接埠、使用者名稱與密碼（或讓 Azure 備份 URL 免除
  Proxy 驗證），然後重試。
remedy[es]: El proxy rechaza las solicitudes no autenticadas del agente.
  Configure el servidor proxy, el puerto, el nombre de usuario y la contraseña
  en la configuración de proxy del agente (o exima las direcciones URL de
  Azure Backup de la autenticación del proxy) y vuelva a intentarlo.
remedy[fr]: Le proxy rejette les requêtes non authentifiées de l'agent.
  Configurez le serveur proxy, le port, le nom d'utilisateur et le mot de
  passe dans les paramètres de proxy de l'agent (ou exemptez les URL de
  Sauvegarde Azure de l'authentification du proxy), puis réessayez.
example:
  0E24	2A08	05/07	01:00:13.512	03	serviceproxy.cpp(402)	[000001D2C44B0A20]	4C1E8B2A-6F3D-49A7-B2E5-7A9D1C0F3E68		WARNING	The remote server returned an error: (407) Proxy Authentication Required.
example:
  2C08	295A	11/13	22:00:59.204	03	serviceproxy.cpp(402)	[0000024D6A5D2FB4]	9267EE44-5597-4CFD-AB1A-82E65604C11C		WARNING	System.Net.WebException: Удаленный сервер возвратил ошибку: (407) Требуется проверка подлинности посредством прокси-сервера.
counter-example:
  0E24	2A08	05/07	01:00:13.512	03	proxysettings.cpp(407)		4C1E8B2A-6F3D-49A7-B2E5-7A9D1C0F3E68		NORMAL	Proxy settings loaded: no proxy
counter-example:
  0E24	2A08	05/07	01:00:13.512	03	serviceproxy.cpp(402)		4C1E8B2A-6F3D-49A7-B2E5-7A9D1C0F3E68		NORMAL	HTTP status 200 from proxy 10.0.0.8:8080
counter-example:
  Message        : The remote server returned an error: (407) Proxy Authentication Required.
  InvocationInfo : {Connect-AzAccount}

[mars.registration.encryption-key-not-set]
title: Registration incomplete: the encryption key for secure backups could not be set
title[ru]: Регистрация не завершена: не удалось задать ключ шифрования для защищенных резервных копий
title[zh-CN]: 注册未完成：无法设置安全备份的加密密钥
title[zh-TW]: 註冊未完成：無法設定安全備份的加密金鑰
title[es]: Registro incompleto: no se pudo establecer la clave de cifrado para proteger las copias de seguridad
title[fr]: Inscription incomplète : la clé de chiffrement des sauvegardes sécurisées n'a pas pu être définie
product: mars-agent
severity: error
operation: mars-registration
explains: mars.outcome.*
doc: mars#failed-to-set-the-encryption-key-for-secure-backups
any: (?i)\b(?:failed|unable)\h+to\h+set\h+(?:the\h+)?encryption\h+key\b
any: (?i)\bSetEncryptionKey\w*\b.*\b(?:fail\w*|hr\h*=\h*0x(?!0{8}\b)[0-9a-f]{8})
remedy: The server is probably registered to another vault, or the passphrase
  was damaged during configuration.  Unregister the server from the vault and
  register it again with a new passphrase.
remedy[ru]: Вероятно, сервер зарегистрирован в другом хранилище или парольная
  фраза была повреждена во время настройки.  Отмените регистрацию сервера в
  хранилище и зарегистрируйте его снова с новой парольной фразой.
remedy[zh-CN]: 服务器可能已注册到另一个保管库，或者通行短语在配置期间已损坏。请从该保管库中取消注册服务器，然后使用新的通行短语重新注册。
remedy[zh-TW]: 伺服器可能已註冊到另一個保存庫，或複雜密碼在設定期間已損毀。請從該保存庫取消註冊伺服器，然後以新的複雜密碼重新註冊。
remedy[es]: Probablemente el servidor está registrado en otro almacén o la
  frase de contraseña se dañó durante la configuración.  Anule el registro del
  servidor en el almacén y vuelva a registrarlo con una frase de contraseña
  nueva.
remedy[fr]: Le serveur est probablement inscrit dans un autre coffre, ou la
  phrase secrète a été endommagée pendant la configuration.  Désinscrivez le
  serveur du coffre et inscrivez-le de nouveau avec une nouvelle phrase
  secrète.
example:
  0E24	1F30	05/06	14:25:03.770	03	registrationwizard.cpp(1204)	[000001D2C44A7E10]	A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		FATAL	Failed to set the encryption key for secure backups. Activation did not succeed completely but the encryption passphrase was saved to the following file.
example:
  0E24	1F30	05/06	14:25:03.770	03	cbconfig.cpp(566)		A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		WARNING	SetEncryptionKeyForMachine failed, hr=0x80004005
counter-example:
  0E24	1F30	05/06	14:25:03.770	03	cbconfig.cpp(566)		A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		NORMAL	SetEncryptionKeyForMachine returned hr=0x00000000

[mars.registration.activation-0x1fc07]
title: Activation did not complete: internal service error 0x1FC07 (scratch folder or OnlineBackup.KEK problem)
title[ru]: Активация не завершена: внутренняя ошибка службы 0x1FC07 (проблема с папкой scratch или файлом OnlineBackup.KEK)
title[zh-CN]: 激活未完成：内部服务错误 0x1FC07 (scratch 文件夹或 OnlineBackup.KEK 问题)
title[zh-TW]: 啟用未完成：內部服務錯誤 0x1FC07 (scratch 資料夾或 OnlineBackup.KEK 問題)
title[es]: La activación no se completó: error interno del servicio 0x1FC07 (problema con la carpeta temporal o con OnlineBackup.KEK)
title[fr]: L'activation n'a pas abouti : erreur de service interne 0x1FC07 (problème de dossier de travail ou d'OnlineBackup.KEK)
product: mars-agent
severity: error
operation: mars-registration
explains: mars.outcome.*
doc: mars#the-activation-did-not-complete-successfully
any: (?i)(?<![\w-])0x0*1FC07(?![\w])
any-error-id: 130055
any: (?i)\bactivation\h+did\h+not\h+complete\h+succ?ess?fully\b
remedy: Upgrade the agent to the latest release.  Move the scratch (cache)
  folder to a volume with free space of 5-10% of the backed-up data, using the
  documented procedure rather than copying it, and make sure the
  OnlineBackup.KEK file is present in the scratch folder (by default
  C:\Program Files\Microsoft Azure Recovery Services Agent\Scratch).
remedy[ru]: Обновите агент до последнего выпуска.  Переместите папку scratch
  (кэш) на том, где свободно 5–10 % от объема архивируемых данных, с помощью
  документированной процедуры, а не копированием, и убедитесь, что в папке
  scratch есть файл OnlineBackup.KEK (по умолчанию C:\Program Files\Microsoft
  Azure Recovery Services Agent\Scratch).
remedy[zh-CN]: 请将代理升级到最新版本。按照文档中的步骤（而不是直接复制）将
  scratch（缓存）文件夹移到可用空间为备份数据量 5-10% 的卷上，并确保 scratch
  文件夹中存在 OnlineBackup.KEK 文件（默认位于 C:\Program Files\Microsoft
  Azure Recovery Services Agent\Scratch）。
remedy[zh-TW]: 請將代理程式升級到最新版本。依照文件中的程序（而非直接複製）將
  scratch（快取）資料夾移到可用空間為備份資料量 5-10% 的磁碟區，並確認 scratch
  資料夾中有 OnlineBackup.KEK 檔案（預設位於 C:\Program Files\Microsoft Azure
  Recovery Services Agent\Scratch）。
remedy[es]: Actualice el agente a la última versión.  Mueva la carpeta
  temporal (scratch, la caché) a un volumen con espacio libre del 5-10 % de
  los datos de los que se hace copia de seguridad, con el procedimiento
  documentado y no copiándola, y asegúrese de que el archivo OnlineBackup.KEK
  está en la carpeta temporal (de forma predeterminada C:\Program
  Files\Microsoft Azure Recovery Services Agent\Scratch).
remedy[fr]: Mettez l'agent à niveau vers la dernière version.  Déplacez le
  dossier de travail (scratch, le cache) vers un volume disposant d'un espace
  libre de 5 à 10 % des données sauvegardées, avec la procédure documentée
  plutôt qu'en le copiant, et vérifiez que le fichier OnlineBackup.KEK se
  trouve dans le dossier de travail (par défaut C:\Program Files\Microsoft
  Azure Recovery Services Agent\Scratch).
example:
  0E24	1F30	05/06	14:26:40.118	03	activation.cpp(301)	[000001D2C44A7E10]	A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		FATAL	The activation did not complete successfully. The current operation failed due to an internal service error [0x1FC07]. Please retry the operation after some time.
example:
  "ErrorCode":"130055"
counter-example:
  0E24	1F30	05/06	14:26:40.118	03	activation.cpp(301)		A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		NORMAL	Handle 0x1FC078 opened
counter-example:
  0E24	1F30	05/06	14:26:40.118	03	activation.cpp(301)		A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		NORMAL	Session {51FC07AA-0B1C-4D2E-9F30-415263748596}
example:
  Error: The activation did not complete succesfully

[mars.registration.passphrase-34506]
title: The stored encryption passphrase is not correctly configured on this machine (error 34506)
title[ru]: Сохраненная парольная фраза для шифрования неправильно настроена на этом компьютере (ошибка 34506)
title[zh-CN]: 此计算机上存储的加密通行短语配置不正确 (错误 34506)
title[zh-TW]: 此電腦上儲存的加密複雜密碼設定不正確 (錯誤 34506)
title[es]: La frase de contraseña de cifrado almacenada en esta máquina no está configurada correctamente (error 34506)
title[fr]: La phrase secrète de chiffrement enregistrée n'est pas correctement configurée sur cette machine (erreur 34506)
product: mars-agent
severity: error
operation: mars-registration mars-backup
explains: mars.outcome.*
doc: mars#encryption-passphrase-not-correctly-configured
any-error-id: 34506
any: (?i)\bencryption\h+passphrase\h+stored\h+(?:on|for)\h+this\h+(?:computer|server|machine)\h+is\h+not\h+correctly\h+configured\b
any: (?i)\bencryption\h+passphrase\h+for\h+this\h+(?:server|computer|machine)\h+(?:is\h+not|isn['’]t)\h+set\b
remedy: Upgrade the agent to the latest release.  Move the scratch (cache)
  folder to a volume with free space of 5-10% of the backed-up data with the
  documented procedure, and make sure the OnlineBackup.KEK file is present in
  the scratch folder.
remedy[ru]: Обновите агент до последнего выпуска.  Переместите папку scratch
  (кэш) на том, где свободно 5–10 % от объема архивируемых данных, с помощью
  документированной процедуры и убедитесь, что в папке scratch есть файл
  OnlineBackup.KEK.
remedy[zh-CN]: 请将代理升级到最新版本。按照文档中的步骤将
  scratch（缓存）文件夹移到可用空间为备份数据量 5-10% 的卷上，并确保 scratch
  文件夹中存在 OnlineBackup.KEK 文件。
remedy[zh-TW]: 請將代理程式升級到最新版本。依照文件中的程序將
  scratch（快取）資料夾移到可用空間為備份資料量 5-10% 的磁碟區，並確認 scratch
  資料夾中有 OnlineBackup.KEK 檔案。
remedy[es]: Actualice el agente a la última versión.  Mueva la carpeta
  temporal (scratch, la caché) a un volumen con espacio libre del 5-10 % de
  los datos de los que se hace copia de seguridad con el procedimiento
  documentado, y asegúrese de que el archivo OnlineBackup.KEK está en la
  carpeta temporal.
remedy[fr]: Mettez l'agent à niveau vers la dernière version.  Déplacez le
  dossier de travail (scratch, le cache) vers un volume disposant d'un espace
  libre de 5 à 10 % des données sauvegardées avec la procédure documentée, et
  vérifiez que le fichier OnlineBackup.KEK se trouve dans le dossier de
  travail.
example:
  0E24	2A08	05/08	01:00:04.902	03	backupasync.cpp(633)	[000001D2C44B0A20]	0B7D3F1E-2C4A-4E9B-8D6F-5A1C3E7B9D20		FATAL	Error 34506. The encryption passphrase stored on this computer is not correctly configured.
example:
  错误 34506。 未在此计算机上正确配置存储的加密通行短语。
counter-example:
  0E24	2A08	05/08	01:00:04.902	03	backupasync.cpp(633)		0B7D3F1E-2C4A-4E9B-8D6F-5A1C3E7B9D20		NORMAL	Items scanned: 34506
example:
  The encryption passphrase for this server is not set. Please configure an encryption passphrase
example:
  The encryption passphrase stored for this computer is not correctly configured

[mars.registration.not-provisioned-230006]
title: Operation failed: resource not provisioned in service stamp, the protected server was renamed (ID 230006)
title[ru]: Сбой операции: ресурс не подготовлен в метке службы, защищенный сервер был переименован (ID 230006)
title[zh-CN]: 操作失败：未在服务戳记中预配资源，受保护的服务器已重命名 (ID 230006)
title[zh-TW]: 作業失敗：服務戳記中未佈建資源，受保護的伺服器已重新命名 (ID 230006)
title[es]: Error en la operación: recurso no aprovisionado en la marca de servicio, se cambió el nombre del servidor protegido (Id. 230006)
title[fr]: Échec de l'opération : ressource non provisionnée dans l'empreinte de service, le serveur protégé a été renommé (ID 230006)
product: mars-agent
severity: error
operation: mars-registration mars-backup
explains: mars.outcome.*
doc: mars#resource-not-provisioned-in-service-stamp
any-error-id: 230006
any: (?i)\bResource\h+not\h+provisioned\h+in\h+service\h+stamp\b
remedy: The server was renamed after it was registered.  Rename it back to the
  name registered in the vault, or register the server again under its new
  name.
remedy[ru]: Сервер был переименован после регистрации.  Верните ему имя, под
  которым он зарегистрирован в хранилище, или зарегистрируйте сервер заново
  под новым именем.
remedy[zh-CN]: 服务器在注册后被重命名。请将其改回在保管库中注册时的名称，或者使用新名称重新注册服务器。
remedy[zh-TW]: 伺服器在註冊後被重新命名。請將其改回在保存庫中註冊時的名稱，或以新名稱重新註冊伺服器。
remedy[es]: Se cambió el nombre del servidor después de registrarlo.
  Devuélvale el nombre con el que está registrado en el almacén o vuelva a
  registrar el servidor con su nombre nuevo.
remedy[fr]: Le serveur a été renommé après son inscription.  Redonnez-lui le
  nom sous lequel il est inscrit dans le coffre, ou inscrivez de nouveau le
  serveur sous son nouveau nom.
example:
  0E24	2A08	05/09	01:00:07.331	03	serviceproxy.cpp(512)	[000001D2C44B0A20]	9E2A4C6B-1D3F-4B8E-A0C2-3F5D7E9A1B46		FATAL	The current operation failed due to an internal service error "Resource not provisioned in service stamp". Please retry the operation after some time. (ID: 230006)
example:
  Не удалось выполнить текущую операцию из-за внутренней ошибки службы. (ИДЕНТИФИКАТОР: 230006)
counter-example:
  0E24	2A08	05/09	01:00:07.331	03	serviceproxy.cpp(512)		9E2A4C6B-1D3F-4B8E-A0C2-3F5D7E9A1B46		NORMAL	Request id 2300061 completed
example:
  The current operation failed due to an internal service error "Resource not provisioned in service stamp". Please retry the operation after some time.

# ===========================================================================
# Scheduled backups that never start

[mars.schedule.execution-policy]
title: Scheduled backup did not start: the PowerShell execution policy blocks the MSOnlineBackup module
title[ru]: Запланированная архивация не запущена: политика выполнения PowerShell блокирует модуль MSOnlineBackup
title[zh-CN]: 计划备份未启动：PowerShell 执行策略阻止了 MSOnlineBackup 模块
title[zh-TW]: 排程備份未啟動：PowerShell 執行原則封鎖了 MSOnlineBackup 模組
title[es]: La copia de seguridad programada no se inició: la directiva de ejecución de PowerShell bloquea el módulo MSOnlineBackup
title[fr]: La sauvegarde planifiée n'a pas démarré : la stratégie d'exécution PowerShell bloque le module MSOnlineBackup
product: mars-agent
severity: error
operation: mars-backup
explains: mars.outcome.backup-job-failed
doc: mars#backups-dont-run-according-to-schedule
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
remedy[ru]: Для LocalMachine задана политика выполнения Restricted, поэтому
  запланированная задача не может загрузить модуль PowerShell агента.  В
  PowerShell с повышенными привилегиями выполните Get-ExecutionPolicy -List,
  затем Set-ExecutionPolicy RemoteSigned (или Unrestricted).  Также убедитесь,
  что расписания системы архивации данных Windows Server не конфликтуют, что
  триггер задачи Microsoft-OnlineBackup включен и она выполняется от имени
  SYSTEM или локального администратора и что установлен PowerShell 3.0 или
  более поздней версии; после этого перезапустите сервер.
remedy[zh-CN]: LocalMachine 的执行策略为
  Restricted，因此计划任务无法加载代理的 PowerShell 模块。请在提升权限的
  PowerShell 中运行 Get-ExecutionPolicy -List，然后运行 Set-ExecutionPolicy
  RemoteSigned（或 Unrestricted）。另请检查 Windows Server
  备份计划没有冲突，Microsoft-OnlineBackup 任务的触发器已启用并以 SYSTEM
  或本地管理员身份运行，并且已安装 PowerShell 3.0
  或更高版本；完成后重启服务器。
remedy[zh-TW]: LocalMachine 的執行原則為
  Restricted，因此排程工作無法載入代理程式的 PowerShell 模組。請在提高權限的
  PowerShell 中執行 Get-ExecutionPolicy -List，再執行 Set-ExecutionPolicy
  RemoteSigned（或 Unrestricted）。另請確認 Windows Server Backup
  排程沒有衝突、Microsoft-OnlineBackup 工作的觸發程序已啟用並以 SYSTEM
  或本機系統管理員身分執行，且已安裝 PowerShell 3.0
  或更新版本；完成後重新啟動伺服器。
remedy[es]: La directiva de ejecución de LocalMachine es Restricted, así que
  la tarea programada no puede cargar el módulo de PowerShell del agente.  En
  un PowerShell con privilegios elevados, ejecute Get-ExecutionPolicy -List y
  luego Set-ExecutionPolicy RemoteSigned (o Unrestricted).  Compruebe también
  que las programaciones de Copias de seguridad de Windows Server no entran en
  conflicto, que el desencadenador de la tarea Microsoft-OnlineBackup está
  habilitado y se ejecuta como SYSTEM o como administrador local, y que está
  instalado PowerShell 3.0 o posterior; después, reinicie el servidor.
remedy[fr]: La stratégie d'exécution de LocalMachine est Restricted, donc la
  tâche planifiée ne peut pas charger le module PowerShell de l'agent.  Dans
  un PowerShell avec élévation de privilèges, exécutez Get-ExecutionPolicy
  -List, puis Set-ExecutionPolicy RemoteSigned (ou Unrestricted).  Vérifiez
  aussi que les planifications de Sauvegarde Windows Server n'entrent pas en
  conflit, que le déclencheur de la tâche Microsoft-OnlineBackup est activé et
  qu'elle s'exécute en tant que SYSTEM ou administrateur local, et que
  PowerShell 3.0 ou ultérieur est installé ; redémarrez ensuite le serveur.
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
title[ru]: Запланированная архивация не запущена: модуль PowerShell MSOnlineBackup отсутствует или поврежден
title[zh-CN]: 计划备份未启动：MSOnlineBackup PowerShell 模块缺失或已损坏
title[zh-TW]: 排程備份未啟動：MSOnlineBackup PowerShell 模組遺失或已損毀
title[es]: La copia de seguridad programada no se inició: falta el módulo de PowerShell MSOnlineBackup o está dañado
title[fr]: La sauvegarde planifiée n'a pas démarré : le module PowerShell MSOnlineBackup est absent ou endommagé
product: mars-agent
severity: error
operation: mars-backup
explains: mars.outcome.backup-job-failed
doc: mars#backups-dont-run-according-to-schedule
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
remedy[ru]: Убедитесь, что путь <agent install
  path>\bin\Modules\MSOnlineBackup указан в переменной среды PSMODULEPATH.
  Если файлы модуля отсутствуют или повреждены, скопируйте папку
  MSOnlineBackup из C:\Program Files\Microsoft Azure Recovery Services
  Agent\bin\Modules на исправном компьютере в то же расположение на этом
  компьютере (с заменой файлов), затем перезапустите сервер.
remedy[zh-CN]: 请确保 PSMODULEPATH 环境变量中包含 <agent install
  path>\bin\Modules\MSOnlineBackup。如果模块文件缺失或已损坏，请从正常计算机的
  C:\Program Files\Microsoft Azure Recovery Services Agent\bin\Modules 中将
  MSOnlineBackup 文件夹复制到本机的相同位置（替换现有文件），然后重启服务器。
remedy[zh-TW]: 請確認 PSMODULEPATH 環境變數中包含 <agent install
  path>\bin\Modules\MSOnlineBackup。若模組檔案遺失或已損毀，請從狀況良好電腦的
  C:\Program Files\Microsoft Azure Recovery Services Agent\bin\Modules 將
  MSOnlineBackup
  資料夾複製到本機的相同位置（取代現有檔案），然後重新啟動伺服器。
remedy[es]: Asegúrese de que <agent install path>\bin\Modules\MSOnlineBackup
  figura en la variable de entorno PSMODULEPATH.  Si faltan archivos del
  módulo o están dañados, copie la carpeta MSOnlineBackup de C:\Program
  Files\Microsoft Azure Recovery Services Agent\bin\Modules de una máquina en
  buen estado a la misma ubicación de esta (reemplazando los archivos) y
  reinicie el servidor.
remedy[fr]: Vérifiez que <agent install path>\bin\Modules\MSOnlineBackup
  figure dans la variable d'environnement PSMODULEPATH.  Si des fichiers du
  module sont absents ou endommagés, copiez le dossier MSOnlineBackup de
  C:\Program Files\Microsoft Azure Recovery Services Agent\bin\Modules d'une
  machine saine au même emplacement sur celle-ci (en remplaçant les fichiers),
  puis redémarrez le serveur.
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
title[ru]: Том восстановления не подключен: инициатор iSCSI (Майкрософт) отсутствует, не опознан или не запущен
title[zh-CN]: 未装载恢复卷：Microsoft iSCSI 发起程序缺失、无法识别或未运行
title[zh-TW]: 未掛接復原磁碟區：Microsoft iSCSI 啟動器遺失、無法辨識或未執行
title[es]: Volumen de recuperación no montado: el iniciador iSCSI de Microsoft falta, es desconocido o no se está ejecutando
title[fr]: Volume de récupération non monté : l'initiateur iSCSI Microsoft est absent, inconnu ou arrêté
product: mars-agent
severity: error
operation: mars-restore
explains: mars.restore.mount-failed
doc: mars#troubleshoot-restore-problems
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
remedy[ru]: Отмените подключение, которое выполняется уже несколько минут, и
  обновите агент.  В диспетчере устройств в разделе «Контроллеры запоминающих
  устройств» найдите Microsoft iSCSI Initiator; если там есть только
  «Неизвестное устройство» с ИД оборудования ROOT\ISCSIPRT, обновите его
  драйвер автоматически.  Перезапустите службу инициатора iSCSI (Майкрософт) и
  повторите попытку с помощью мгновенного восстановления; если сбой
  повторяется, перезапустите сервер или выполните восстановление с другого
  компьютера.
remedy[zh-CN]: 取消已运行数分钟的装载操作并更新代理。在设备管理器的“存储控制器”下查找
  Microsoft iSCSI Initiator；如果只有硬件 ID 为 ROOT\ISCSIPRT
  的“未知设备”，请自动更新其驱动程序。重启 Microsoft iSCSI Initiator
  服务，然后使用即时还原重试；如果仍然失败，请重启服务器或从另一台计算机进行恢复。
remedy[zh-TW]: 取消已執行數分鐘的掛接作業並更新代理程式。在裝置管理員的「存放控制器」下尋找
  Microsoft iSCSI Initiator；若只有硬體識別碼為 ROOT\ISCSIPRT
  的「未知的裝置」，請自動更新其驅動程式。重新啟動 Microsoft iSCSI Initiator
  服務，再以立即還原重試；若仍然失敗，請重新啟動伺服器或從另一部電腦復原。
remedy[es]: Cancele un montaje que lleve varios minutos en curso y actualice
  el agente.  En el Administrador de dispositivos > Controladoras de
  almacenamiento, busque Microsoft iSCSI Initiator; si solo aparece un
  "Dispositivo desconocido" con el id. de hardware ROOT\ISCSIPRT, actualice su
  controlador automáticamente.  Reinicie el servicio Microsoft iSCSI Initiator
  y vuelva a intentarlo con Restauración instantánea; si sigue fallando,
  reinicie el servidor o recupere desde otra máquina.
remedy[fr]: Annulez un montage en cours depuis plusieurs minutes et mettez à
  jour l'agent.  Dans le Gestionnaire de périphériques > Contrôleurs de
  stockage, cherchez Microsoft iSCSI Initiator ; s'il n'y a qu'un «
  Périphérique inconnu » avec l'ID matériel ROOT\ISCSIPRT, mettez à jour son
  pilote automatiquement.  Redémarrez le service Microsoft iSCSI Initiator,
  puis réessayez avec la restauration instantanée ; en cas de nouvel échec,
  redémarrez le serveur ou effectuez la récupération depuis une autre machine.
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
title[ru]: Не удалось подключить том восстановления
title[zh-CN]: 无法装载恢复卷
title[zh-TW]: 無法掛接復原磁碟區
title[es]: No se pudo montar el volumen de recuperación
title[fr]: Le volume de récupération n'a pas pu être monté
product: mars-agent
severity: error
operation: mars-restore
role: fallback
doc: mars#troubleshoot-restore-problems
files: *.errlog*
within: 20
all: (?i)\b(?:mount\w*|recovery\h+volume)\b.*\b(?:fail\w*|timed?\h*out|error)\b
unless: (?i)\bsuccess|\b(?:errors?|failures?)(?:\h+encountered)?\h*[:=]\h*0\b|\bunmount
remedy: Cancel a mount that has been running for several minutes, update the
  agent, check that the Microsoft iSCSI Initiator is installed and its
  service running, restart that service and retry with Instant Restore; if
  it still fails restart the server or recover from another machine.
remedy[ru]: Отмените подключение, которое выполняется уже несколько минут,
  обновите агент, убедитесь, что инициатор iSCSI (Майкрософт) установлен и его
  служба запущена, перезапустите эту службу и повторите попытку с помощью
  мгновенного восстановления; если сбой повторяется, перезапустите сервер или
  выполните восстановление с другого компьютера.
remedy[zh-CN]: 取消已运行数分钟的装载操作，更新代理，检查 Microsoft iSCSI
  Initiator
  已安装且其服务正在运行，重启该服务并使用即时还原重试；如果仍然失败，请重启服务器或从另一台计算机进行恢复。
remedy[zh-TW]: 取消已執行數分鐘的掛接作業，更新代理程式，確認 Microsoft iSCSI
  Initiator
  已安裝且其服務正在執行，重新啟動該服務並以立即還原重試；若仍然失敗，請重新啟動伺服器或從另一部電腦復原。
remedy[es]: Cancele un montaje que lleve varios minutos en curso, actualice el
  agente, compruebe que el iniciador iSCSI de Microsoft está instalado y su
  servicio en ejecución, reinicie ese servicio y vuelva a intentarlo con
  Restauración instantánea; si sigue fallando, reinicie el servidor o recupere
  desde otra máquina.
remedy[fr]: Annulez un montage en cours depuis plusieurs minutes, mettez à
  jour l'agent, vérifiez que l'initiateur iSCSI Microsoft est installé et que
  son service s'exécute, redémarrez ce service et réessayez avec la
  restauration instantanée ; en cas de nouvel échec, redémarrez le serveur ou
  effectuez la récupération depuis une autre machine.
example:
  0E24	3C44	06/02	10:21:02.660	03	recoverymount.cpp(944)	[000001D2C44C1F00]	2F6A8D1C-4B3E-4A7F-9C0D-6E2B8A4F1C93		FATAL	Mounting the recovery volume timed out after 600 seconds
counter-example:
  0E24	3C44	06/02	10:21:02.660	03	recoverymount.cpp(944)		2F6A8D1C-4B3E-4A7F-9C0D-6E2B8A4F1C93		NORMAL	Recovery volume mounted successfully as E:\

# ===========================================================================
# Cache (scratch) folder

[mars.cache.scratch-location-invalid]
title: Backup failed: the scratch (cache) folder is missing, invalid or unusable
title[ru]: Сбой архивации: папка scratch (кэш) отсутствует, недействительна или непригодна
title[zh-CN]: 备份失败：scratch (缓存) 文件夹缺失、无效或不可用
title[zh-TW]: 備份失敗：scratch (快取) 資料夾遺失、無效或無法使用
title[es]: Error en la copia de seguridad: la carpeta temporal (caché) falta, no es válida o no se puede usar
title[fr]: Échec de la sauvegarde : le dossier de travail (cache) est absent, non valide ou inutilisable
product: mars-agent
severity: error
operation: mars-backup
explains: mars.outcome.backup-job-failed
role: fallback
doc: mars#prerequisites
files: *.errlog*
within: 20
all: (?i)(?:\\Scratch\b|\bscratch\h+(?:folder|location|path|directory)|\bcache\h+(?:folder|location|path)).*?(?:(?<![\w-])(?:0x80070002|0x80070003|0x8007007B|0x80070015|-2147024894|-2147024893)(?![\w])|\bnot\h+(?:valid|accessible|found|available)\b|\binvalid\b|\binaccessible\b|\bdoes\h+not\h+exist\b|\bcannot\h+(?:be\h+)?(?:found|accessed)\b|\bunsupported\h+attributes?\b|\b(?:is|are)\h+(?:compressed|sparse|a\h+reparse\h+point)\b)|(?:(?<![\w-])(?:0x80070002|0x80070003|0x8007007B|0x80070015|-2147024894|-2147024893)(?![\w])|\bnot\h+(?:valid|accessible|found|available)\b|\binvalid\b|\binaccessible\b|\bdoes\h+not\h+exist\b|\bcannot\h+(?:be\h+)?(?:found|accessed)\b|\bunsupported\h+attributes?\b|\b(?:is|are)\h+(?:compressed|sparse|a\h+reparse\h+point)\b).*?(?:\\Scratch\b|\bscratch\h+(?:folder|location|path|directory)|\bcache\h+(?:folder|location|path))
unless: (?i)\bvalid\h+and\h+accessible\b|\bis\h+valid\b|\b(?:check|validation)\h+passed\b
remedy: The cache needs: free space of 5-10% of the backed-up data on its
  volume, a valid and accessible location, no unsupported attributes
  (compressed, sparse, reparse point), enough shadow copy storage, and no
  other process or antivirus restricting access.  Fix the location (or move
  it with the documented procedure) and retry.
remedy[ru]: Требования к кэшу: на его томе свободно 5–10 % от объема
  архивируемых данных, расположение допустимо и доступно, нет неподдерживаемых
  атрибутов (сжатие, разреженный файл, точка повторного анализа), достаточно
  места в хранилище теневых копий, и никакой другой процесс или антивирус не
  ограничивает доступ.  Исправьте расположение (или перенесите его с помощью
  документированной процедуры) и повторите попытку.
remedy[zh-CN]: 缓存需要满足以下条件：所在卷的可用空间为备份数据量的
  5-10%，位置有效且可访问，没有不受支持的属性（压缩、稀疏、重分析点），卷影副本存储足够，并且没有其他进程或防病毒软件限制访问。请修复该位置（或按照文档中的步骤移动它），然后重试。
remedy[zh-TW]: 快取需要：所在磁碟區的可用空間為備份資料量的
  5-10%、位置有效且可存取、沒有不受支援的屬性（壓縮、疏鬆、重新分析點）、足夠的陰影複製儲存體，且沒有其他處理程序或防毒軟體限制存取。請修正位置（或依照文件中的程序移動它），然後重試。
remedy[es]: La caché necesita: un espacio libre del 5-10 % de los datos de los
  que se hace copia de seguridad en su volumen, una ubicación válida y
  accesible, ningún atributo no admitido (comprimido, disperso, punto de
  reanálisis), suficiente almacenamiento de instantáneas y ningún otro proceso
  o antivirus que restrinja el acceso.  Corrija la ubicación (o muévala con el
  procedimiento documentado) y vuelva a intentarlo.
remedy[fr]: Le cache exige : un espace libre de 5 à 10 % des données
  sauvegardées sur son volume, un emplacement valide et accessible, aucun
  attribut non pris en charge (compressé, fichier partiellement alloué, point
  d'analyse), suffisamment de stockage de clichés instantanés, et aucun autre
  processus ni antivirus qui en restreigne l'accès.  Corrigez l'emplacement
  (ou déplacez-le avec la procédure documentée), puis réessayez.
example:
  0E24	2A08	05/10	01:00:03.118	03	config.cpp(301)	[000001D2C44B0A20]	6D8B0F2A-3C5E-4D7A-B1F3-8E0A2C4D6F15		FATAL	Scratch location E:\MARSCache\Scratch is not accessible, hr=0x80070003
counter-example:
  0E24	2A08	05/10	01:00:03.118	03	config.cpp(301)		6D8B0F2A-3C5E-4D7A-B1F3-8E0A2C4D6F15		NORMAL	Scratch location E:\MARSCache\Scratch is valid and accessible
counter-example:
  0E24	2A08	05/10	01:00:03.118	03	config.cpp(301)		6D8B0F2A-3C5E-4D7A-B1F3-8E0A2C4D6F15		NORMAL	Scratch location: C:\Program Files\Microsoft Azure Recovery Services Agent\Scratch

[mars.cache.scratch-location-error]
title: Backup failed: ScratchLocationError, the scratch (cache) location is invalid or incorrect
title[ru]: Сбой архивации: ScratchLocationError, расположение папки scratch (кэша) недопустимо или указано неверно
title[zh-CN]: 备份失败：ScratchLocationError，scratch（缓存）位置无效或不正确
title[zh-TW]: 備份失敗：ScratchLocationError，scratch（快取）位置無效或不正確
title[es]: Error en la copia de seguridad: ScratchLocationError, la ubicación de la carpeta temporal (caché) no es válida o es incorrecta
title[fr]: Échec de la sauvegarde : ScratchLocationError, l'emplacement du dossier de travail (cache) est invalide ou incorrect
product: mars-agent
severity: error
operation: mars-backup
explains: mars.outcome.backup-job-failed, mars.cache.scratch-location-invalid
doc: mars#prerequisites
any: (?<![\w.])ScratchLocationError(?![\w])
any: (?i)\binvalid\h+or\h+incorrect\h+scratch\h+location\b
remedy: The agent cannot find its scratch (cache) folder at the configured
  path.  Check that the ScratchLocation values under
  HKLM\SOFTWARE\Microsoft\Windows Azure Backup\Config and its
  CloudBackupProvider subkey both name the same existing folder, on a local
  NTFS volume that is still attached, with free space of 5-10% of the
  backed-up data and no antivirus or other process restricting access.  Fix
  the values or move the cache with the documented procedure, restart the
  agent's service and retry the backup.
remedy[ru]: Агент не находит папку scratch (кэша) по настроенному пути.
  Убедитесь, что значения ScratchLocation в разделе
  HKLM\SOFTWARE\Microsoft\Windows Azure Backup\Config и в его подразделе
  CloudBackupProvider указывают на одну и ту же существующую папку на
  локальном томе NTFS, который по-прежнему подключен, что на нем свободно
  5–10 % от объема архивируемых данных и что ни антивирус, ни другой процесс
  не ограничивает доступ к ней.  Исправьте значения или перенесите кэш с
  помощью документированной процедуры, перезапустите службу агента и
  повторите архивацию.
remedy[zh-CN]: 代理在配置的路径中找不到其 scratch（缓存）文件夹。请检查
  HKLM\SOFTWARE\Microsoft\Windows Azure Backup\Config 及其
  CloudBackupProvider 子项下的 ScratchLocation
  值是否都指向同一个现有文件夹，该文件夹位于仍然连接的本地 NTFS
  卷上，可用空间为备份数据量的
  5-10%，并且没有防病毒软件或其他进程限制访问。请修正这些值或按照文档中的步骤移动缓存，重新启动代理服务，然后重试备份。
remedy[zh-TW]: 代理程式在設定的路徑中找不到其 scratch（快取）資料夾。請檢查
  HKLM\SOFTWARE\Microsoft\Windows Azure Backup\Config 及其
  CloudBackupProvider 子機碼下的 ScratchLocation
  值是否都指向同一個現有資料夾，該資料夾位於仍然連接的本機 NTFS
  磁碟區上，可用空間為備份資料量的
  5-10%，且沒有防毒軟體或其他處理程序限制存取。請修正這些值或依照文件中的程序移動快取，重新啟動代理程式服務，然後重試備份。
remedy[es]: El agente no encuentra su carpeta temporal (caché) en la ruta
  configurada.  Compruebe que los valores ScratchLocation de
  HKLM\SOFTWARE\Microsoft\Windows Azure Backup\Config y de su subclave
  CloudBackupProvider indican la misma carpeta existente, en un volumen NTFS
  local que sigue conectado, con un espacio libre del 5-10 % de los datos de
  los que se hace copia de seguridad y sin ningún antivirus u otro proceso que
  restrinja el acceso.  Corrija los valores o mueva la caché con el
  procedimiento documentado, reinicie el servicio del agente y vuelva a
  intentar la copia de seguridad.
remedy[fr]: L'agent ne trouve pas son dossier de travail (cache) au chemin
  configuré.  Vérifiez que les valeurs ScratchLocation de
  HKLM\SOFTWARE\Microsoft\Windows Azure Backup\Config et de sa sous-clé
  CloudBackupProvider désignent le même dossier existant, sur un volume NTFS
  local toujours attaché, avec un espace libre de 5 à 10 % des données
  sauvegardées et sans antivirus ni autre processus qui en restreigne
  l'accès.  Corrigez les valeurs ou déplacez le cache avec la procédure
  documentée, redémarrez le service de l'agent et relancez la sauvegarde.
example:
  0E24	2A08	05/10	01:00:03.118	03	jobmanager.cpp(702)	[000001D2C44B0A20]	6D8B0F2A-3C5E-4D7A-B1F3-8E0A2C4D6F15		WARNING	Job Backup finished, state: Failed, detailed error: ScratchLocationError
example:
  Job failed. Error: ScratchLocationError. Invalid or incorrect scratch location [E:\MARSCache\Scratch] specified.
counter-example:
  0E24	2A08	05/10	01:00:03.118	03	config.cpp(301)		6D8B0F2A-3C5E-4D7A-B1F3-8E0A2C4D6F15		NORMAL	ScratchLocationErrorCount = 0
counter-example:
  0E24	2A08	05/10	01:00:03.118	03	config.cpp(266)		6D8B0F2A-3C5E-4D7A-B1F3-8E0A2C4D6F15		NORMAL	Scratch location: C:\Program Files\Microsoft Azure Recovery Services Agent\Scratch

[mars.cache.shadow-copy-storage]
title: Backup failed: not enough shadow copy storage on the protected volume (VSS 0x8004231F)
title[ru]: Сбой архивации: недостаточно места в хранилище теневых копий на защищаемом томе (VSS 0x8004231F)
title[zh-CN]: 备份失败：受保护卷上的卷影副本存储空间不足 (VSS 0x8004231F)
title[zh-TW]: 備份失敗：受保護磁碟區上的陰影複製儲存體不足 (VSS 0x8004231F)
title[es]: Error en la copia de seguridad: no hay suficiente almacenamiento de instantáneas en el volumen protegido (VSS 0x8004231F)
title[fr]: Échec de la sauvegarde : stockage de clichés instantanés insuffisant sur le volume protégé (VSS 0x8004231F)
product: mars-agent
severity: error
operation: mars-backup
explains: mars.outcome.backup-job-failed
doc: mars#increase-shadow-copy-storage
any: (?i)\bshadow\h+cop(?:y|ies)\h+storage\b.*\b(?:could\h+not\h+grow|insufficient|not\h+enough|limit)\b
any: (?i)\b(?:insufficient|not\h+enough)\h+(?:disk\h+)?(?:space|storage)\b.{0,80}?\bshadow\h+cop(?:y|ies)\h+storage\b
any: (?i)\binsufficient shadow copy (?:storage|space)\b|\blow shadow copy volume space\b
any: (?i)\b(?:Recovery Services Agent|Azure Backup Agent|MARS agent) (?:was )?unable to create a snapshot of the (?:selected )?volume\b
any: \bCBPSourceSnapshotFailed\w*|\bAgentShadowCopyMissing\b|(?i:(?<![\w-])0x0*186C2(?![\w]))
remedy: Check the shadow storage of the protected volume from an elevated
  prompt (vssadmin List ShadowStorage /For=X:) and enlarge it
  (vssadmin Resize ShadowStorage /On=X: /For=X: /Maxsize=<size>), then run
  the backup again.
remedy[ru]: Проверьте хранилище теневых копий защищаемого тома в командной
  строке с повышенными привилегиями (vssadmin List ShadowStorage /For=X:) и
  увеличьте его (vssadmin Resize ShadowStorage /On=X: /For=X:
  /Maxsize=<size>), затем снова запустите архивацию.
remedy[zh-CN]: 请在提升权限的命令提示符下检查受保护卷的卷影存储（vssadmin List
  ShadowStorage /For=X:）并将其扩大（vssadmin Resize ShadowStorage /On=X:
  /For=X: /Maxsize=<size>），然后再次运行备份。
remedy[zh-TW]: 請在提高權限的命令提示字元中檢查受保護磁碟區的陰影儲存體（vssadmin
  List ShadowStorage /For=X:）並加以擴大（vssadmin Resize ShadowStorage /On=X:
  /For=X: /Maxsize=<size>），然後再次執行備份。
remedy[es]: Revise el almacenamiento de instantáneas del volumen protegido
  desde un símbolo del sistema con privilegios elevados (vssadmin List
  ShadowStorage /For=X:) y amplíelo (vssadmin Resize ShadowStorage /On=X:
  /For=X: /Maxsize=<size>); después, vuelva a ejecutar la copia de seguridad.
remedy[fr]: Vérifiez le stockage des clichés instantanés du volume protégé
  depuis une invite avec élévation de privilèges (vssadmin List ShadowStorage
  /For=X:) et agrandissez-le (vssadmin Resize ShadowStorage /On=X: /For=X:
  /Maxsize=<size>), puis relancez la sauvegarde.
example:
  The shadow copies of volume D: were aborted because the shadow copy storage could not grow due to a user imposed limit.
counter-example:
  0E24	2A08	05/11	01:00:48.502	03	vssbackup.cpp(1104)		1A3C5E7F-9B2D-4F6A-8C0E-2D4F6A8C0E1B		NORMAL	Shadow copy set {08004231-f000-4a1b-9c2d-3e4f5a6b7c8d} created, hr=0x00000000
example:
  Microsoft Azure Recovery Services Agent was unable to create a snapshot of the selected volume. (0x186C2)
example:
  We have identified that your backup operation failed because of insufficient shadow copy space in the selected backup volume(s).
example:
  There is insufficient disk space on volume D: to grow the shadow copy storage for shadow copies of D:.
counter-example:
  failed to create snapshot for [c:\]: VSS error: async operation failed: VSS_E_INSUFFICIENT_STORAGE (0x8004231f)

[mars.cache.antivirus-lock]
title: Backup failed: another process or antivirus software blocks access to the scratch (cache) folder
title[ru]: Сбой архивации: другой процесс или антивирусная программа блокирует доступ к папке scratch (кэшу)
title[zh-CN]: 备份失败：另一个进程或防病毒软件阻止访问 scratch (缓存) 文件夹
title[zh-TW]: 備份失敗：另一個處理程序或防毒軟體封鎖了對 scratch (快取) 資料夾的存取
title[es]: Error en la copia de seguridad: otro proceso o un software antivirus bloquea el acceso a la carpeta temporal (caché)
title[fr]: Échec de la sauvegarde : un autre processus ou un antivirus bloque l'accès au dossier de travail (cache)
product: mars-agent
severity: error
operation: mars-backup
explains: mars.outcome.backup-job-failed
role: fallback
doc: mars#another-process-or-antivirus-software-blocking-access-to-cache-folder
files: *.errlog*
within: 20
all: (?i)(?:\\Scratch\b|\bscratch\h+(?:folder|location|path|directory)|\bcache\h+(?:folder|location|path)).*?(?:(?<![\w-])(?:0x80070020|0x80070021|0x80070005|-2147024864|-2147024863|-2147024891)(?![\w])|\bERROR_(?:SHARING_VIOLATION|LOCK_VIOLATION|ACCESS_DENIED)\b|\bsharing\h+violation\b|\baccess\h+(?:is\h+)?denied\b|\bused\h+by\h+another\h+process\b)|(?:(?<![\w-])(?:0x80070020|0x80070021|0x80070005|-2147024864|-2147024863|-2147024891)(?![\w])|\bERROR_(?:SHARING_VIOLATION|LOCK_VIOLATION|ACCESS_DENIED)\b|\bsharing\h+violation\b|\baccess\h+(?:is\h+)?denied\b|\bused\h+by\h+another\h+process\b).*?(?:\\Scratch\b|\bscratch\h+(?:folder|location|path|directory)|\bcache\h+(?:folder|location|path))
remedy: Exclude from antivirus scanning the scratch folder (by default
  C:\Program Files\Microsoft Azure Recovery Services Agent\Scratch), the Bin
  folder of the agent, CBEngine.exe and CSC.exe, and stop any other process
  that holds files in the scratch folder; then retry.
remedy[ru]: Исключите из антивирусной проверки папку scratch (по умолчанию
  C:\Program Files\Microsoft Azure Recovery Services Agent\Scratch), папку Bin
  агента, CBEngine.exe и CSC.exe и остановите другие процессы, удерживающие
  файлы в папке scratch; затем повторите попытку.
remedy[zh-CN]: 请将 scratch 文件夹（默认为 C:\Program Files\Microsoft Azure
  Recovery Services Agent\Scratch）、代理的 Bin 文件夹、CBEngine.exe 和
  CSC.exe 从防病毒扫描中排除，并停止占用 scratch
  文件夹中文件的其他进程；然后重试。
remedy[zh-TW]: 請將 scratch 資料夾（預設為 C:\Program Files\Microsoft Azure
  Recovery Services Agent\Scratch）、代理程式的 Bin 資料夾、CBEngine.exe 與
  CSC.exe 排除在防毒掃描之外，並停止佔用 scratch
  資料夾中檔案的其他處理程序；然後重試。
remedy[es]: Excluya del análisis antivirus la carpeta temporal (de forma
  predeterminada C:\Program Files\Microsoft Azure Recovery Services
  Agent\Scratch), la carpeta Bin del agente, CBEngine.exe y CSC.exe, y detenga
  cualquier otro proceso que mantenga archivos abiertos en la carpeta
  temporal; luego vuelva a intentarlo.
remedy[fr]: Excluez de l'analyse antivirus le dossier de travail (par défaut
  C:\Program Files\Microsoft Azure Recovery Services Agent\Scratch), le
  dossier Bin de l'agent, CBEngine.exe et CSC.exe, et arrêtez tout autre
  processus qui retient des fichiers dans le dossier de travail ; réessayez
  ensuite.
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
title[ru]: Сбой архивации: SalChecksumStoreInitializationFailed, контрольная сумма резервной копии в расположении scratch недоступна
title[zh-CN]: 备份失败：SalChecksumStoreInitializationFailed，无法访问 scratch 位置中的备份校验和
title[zh-TW]: 備份失敗：SalChecksumStoreInitializationFailed，無法存取 scratch 位置中的備份總和檢查碼
title[es]: Error en la copia de seguridad: SalChecksumStoreInitializationFailed, no se puede acceder a la suma de comprobación de la copia de seguridad en la ubicación temporal
title[fr]: Échec de la sauvegarde : SalChecksumStoreInitializationFailed, la somme de contrôle de la sauvegarde dans l'emplacement de travail est inaccessible
product: mars-agent
severity: error
operation: mars-backup
explains: mars.outcome.backup-job-failed
doc: mars#salchecksumstoreinitializationfailed
any: (?<![\w.])SalChecksumStoreInitializationFailed(?![\w])
any: (?i)\bunable\h+to\h+access\h+(?:the\h+)?backup\h+checksum\b
remedy: Check that no antivirus or other process locks files in the scratch
  location, and that the scratch location is valid and accessible to the
  agent; then restart the server and run the backup again.
remedy[ru]: Убедитесь, что антивирус или другой процесс не блокирует файлы в
  расположении scratch и что это расположение допустимо и доступно агенту;
  затем перезапустите сервер и снова запустите архивацию.
remedy[zh-CN]: 请检查没有防病毒软件或其他进程锁定 scratch 位置中的文件，并且
  scratch 位置有效且代理可以访问；然后重启服务器并再次运行备份。
remedy[zh-TW]: 請確認沒有防毒軟體或其他處理程序鎖定 scratch 位置中的檔案，且
  scratch 位置有效並可供代理程式存取；然後重新啟動伺服器並再次執行備份。
remedy[es]: Compruebe que ningún antivirus u otro proceso bloquea archivos en
  la ubicación temporal y que esa ubicación es válida y accesible para el
  agente; después, reinicie el servidor y vuelva a ejecutar la copia de
  seguridad.
remedy[fr]: Vérifiez qu'aucun antivirus ni autre processus ne verrouille de
  fichiers dans l'emplacement de travail, et que cet emplacement est valide et
  accessible à l'agent ; redémarrez ensuite le serveur et relancez la
  sauvegarde.
example:
  0E24	2A08	05/12	01:00:22.010	03	salchecksum.cpp(240)	[000001D2C44B0A20]	3B5D7F9A-1C2E-4A6B-8D0F-4E6A8C0E2B3D		FATAL	Checksum store initialization failed, error: SalChecksumStoreInitializationFailed
example:
  Microsoft Azure Recovery Services Agent was unable to access backup checksum stored in scratch location
counter-example:
  0E24	2A08	05/12	01:00:22.010	03	salchecksum.cpp(240)		3B5D7F9A-1C2E-4A6B-8D0F-4E6A8C0E2B3D		NORMAL	Checksum store initialized, 120443 entries

[mars.sal.vhd-init-error]
title: Backup failed: SalVhdInitializationError, the scratch location is not accessible to initialise the VHD
title[ru]: Сбой архивации: SalVhdInitializationError, расположение scratch недоступно для инициализации VHD
title[zh-CN]: 备份失败：SalVhdInitializationError，无法访问 scratch 位置来初始化 VHD
title[zh-TW]: 備份失敗：SalVhdInitializationError，無法存取 scratch 位置來初始化 VHD
title[es]: Error en la copia de seguridad: SalVhdInitializationError, la ubicación temporal no es accesible para inicializar el VHD
title[fr]: Échec de la sauvegarde : SalVhdInitializationError, l'emplacement de travail n'est pas accessible pour initialiser le VHD
product: mars-agent
severity: error
operation: mars-backup
explains: mars.outcome.backup-job-failed
doc: mars#salvhdinitializationerror
any: (?<![\w.])SalVhdInitializationError(?![\w])
any: (?i)\bunable\h+to\h+access\h+(?:the\h+)?scratch\h+location\h+to\h+initiali[sz]e\h+(?:the\h+)?VHD\b
remedy: Check that no antivirus or other process locks files in the scratch
  location, and that the scratch location is valid and accessible to the
  agent; then restart the server and run the backup again.
remedy[ru]: Убедитесь, что антивирус или другой процесс не блокирует файлы в
  расположении scratch и что это расположение допустимо и доступно агенту;
  затем перезапустите сервер и снова запустите архивацию.
remedy[zh-CN]: 请检查没有防病毒软件或其他进程锁定 scratch 位置中的文件，并且
  scratch 位置有效且代理可以访问；然后重启服务器并再次运行备份。
remedy[zh-TW]: 請確認沒有防毒軟體或其他處理程序鎖定 scratch 位置中的檔案，且
  scratch 位置有效並可供代理程式存取；然後重新啟動伺服器並再次執行備份。
remedy[es]: Compruebe que ningún antivirus u otro proceso bloquea archivos en
  la ubicación temporal y que esa ubicación es válida y accesible para el
  agente; después, reinicie el servidor y vuelva a ejecutar la copia de
  seguridad.
remedy[fr]: Vérifiez qu'aucun antivirus ni autre processus ne verrouille de
  fichiers dans l'emplacement de travail, et que cet emplacement est valide et
  accessible à l'agent ; redémarrez ensuite le serveur et relancez la
  sauvegarde.
example:
  0E24	2A08	05/13	01:00:30.377	03	salvhd.cpp(512)	[000001D2C44B0A20]	5C7E9A1B-3D4F-4B8C-A2E0-6F8A0C2E4D5F		FATAL	Failed to attach the backup VHD, error: SalVhdInitializationError
counter-example:
  0E24	2A08	05/13	01:00:30.377	03	salvhd.cpp(512)		5C7E9A1B-3D4F-4B8C-A2E0-6F8A0C2E4D5F		NORMAL	Backup VHD attached as \\?\Volume{0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f}

[mars.sal.low-disk-space]
title: Backup failed: SalLowDiskSpace, not enough space on the volume of the scratch folder
title[ru]: Сбой архивации: SalLowDiskSpace, недостаточно места на томе папки scratch
title[zh-CN]: 备份失败：SalLowDiskSpace，scratch 文件夹所在卷的空间不足
title[zh-TW]: 備份失敗：SalLowDiskSpace，scratch 資料夾所在磁碟區的空間不足
title[es]: Error en la copia de seguridad: SalLowDiskSpace, no hay espacio suficiente en el volumen de la carpeta temporal
title[fr]: Échec de la sauvegarde : SalLowDiskSpace, espace insuffisant sur le volume du dossier de travail
product: mars-agent
severity: error
operation: mars-backup
explains: mars.outcome.backup-job-failed
doc: mars#sallowdiskspace
any: (?<![\w.])SalLowDiskSpace(?![\w])
any: (?i)\binsufficient\h+storage\b.*\bscratch\h+folder\b
any: (?i)\bBackup\h+failed\h+due\h+to\h+insufficient\h+(?:space|storage)\h+in\h+the\h+cache\h+volume\b
remedy: Update the agent to the latest release, then free space on (or move the
  scratch folder to) a volume with free space of 5-10% of the backed-up data,
  and fix any other storage problem of the scratch location; run the backup
  again.
remedy[ru]: Обновите агент до последнего выпуска, затем освободите место на
  томе (или перенесите папку scratch на том), где свободно 5–10 % от объема
  архивируемых данных, и устраните другие проблемы хранилища в расположении
  scratch; снова запустите архивацию.
remedy[zh-CN]: 请将代理更新到最新版本，然后在可用空间为备份数据量 5-10%
  的卷上释放空间（或将 scratch 文件夹移到这样的卷），并修复 scratch
  位置的其他存储问题；然后再次运行备份。
remedy[zh-TW]: 請將代理程式更新到最新版本，然後在可用空間為備份資料量 5-10%
  的磁碟區上釋放空間（或將 scratch 資料夾移到這類磁碟區），並修正 scratch
  位置的其他儲存問題；再次執行備份。
remedy[es]: Actualice el agente a la última versión, libere espacio en un
  volumen (o mueva a él la carpeta temporal) con espacio libre del 5-10 % de
  los datos de los que se hace copia de seguridad y corrija cualquier otro
  problema de almacenamiento de la ubicación temporal; vuelva a ejecutar la
  copia de seguridad.
remedy[fr]: Mettez l'agent à jour vers la dernière version, puis libérez de
  l'espace sur un volume (ou déplacez-y le dossier de travail) disposant d'un
  espace libre de 5 à 10 % des données sauvegardées, et corrigez tout autre
  problème de stockage de l'emplacement de travail ; relancez la sauvegarde.
example:
  0E24	2A08	05/14	01:02:11.804	03	salstore.cpp(903)	[000001D2C44B0A20]	7E9A1C3D-5F6B-4D0E-B4A2-8C0E2A4F6B7D		FATAL	Backup stopped, error: SalLowDiskSpace (free 1.2 GB on C:)
counter-example:
  0E24	2A08	05/14	01:02:11.804	03	salstore.cpp(903)		7E9A1C3D-5F6B-4D0E-B4A2-8C0E2A4F6B7D		NORMAL	Free space on scratch volume C: 212.6 GB
example:
  Backup failed due to insufficient space in the cache volume

[mars.sal.bitmap-error]
title: Backup failed: SalBitmapError, the changes in a file could not be found
title[ru]: Сбой архивации: SalBitmapError, не удалось определить изменения в файле
title[zh-CN]: 备份失败：SalBitmapError，找不到文件中的更改
title[zh-TW]: 備份失敗：SalBitmapError，找不到檔案中的變更
title[es]: Error en la copia de seguridad: SalBitmapError, no se encontraron los cambios de un archivo
title[fr]: Échec de la sauvegarde : SalBitmapError, les modifications d'un fichier sont introuvables
product: mars-agent
severity: error
operation: mars-backup
explains: mars.outcome.backup-job-failed
doc: mars#salbitmaperror
any: (?<![\w.])SalBitmapError(?![\w])
any: (?i)\bUnable\h+to\h+find\h+changes\h+in\h+a\h+file\b
remedy: The agent could not work out which parts of a file changed since the
  last backup.  Update the agent to the latest release, check the storage of
  the scratch (cache) folder (free space of 5-10% of the backed-up data, a
  valid and accessible path, supported attributes, enough shadow copy
  storage, no antivirus locks), then run the backup again.
remedy[ru]: Агенту не удалось определить, какие части файла изменились с
  момента последней архивации.  Обновите агент до последнего выпуска,
  проверьте хранилище папки scratch (кэша): свободно 5–10 % от объема
  архивируемых данных, путь допустим и доступен, атрибуты поддерживаются,
  достаточно места для теневых копий, нет блокировок антивирусом; затем снова
  запустите архивацию.
remedy[zh-CN]: 代理无法确定文件自上次备份以来有哪些部分发生了更改。请将代理更新到最新版本，检查
  scratch（缓存）文件夹的存储（可用空间为备份数据量的
  5-10%、路径有效且可访问、属性受支持、卷影副本存储足够、没有防病毒锁定），然后再次运行备份。
remedy[zh-TW]: 代理程式無法判斷檔案自上次備份以來有哪些部分變更。請將代理程式更新到最新版本，檢查
  scratch（快取）資料夾的儲存（可用空間為備份資料量的
  5-10%、路徑有效且可存取、屬性受支援、陰影複製儲存體足夠、沒有防毒鎖定），然後再次執行備份。
remedy[es]: El agente no pudo determinar qué partes de un archivo cambiaron
  desde la última copia de seguridad.  Actualice el agente a la última
  versión, revise el almacenamiento de la carpeta temporal (caché): espacio
  libre del 5-10 % de los datos de los que se hace copia de seguridad, ruta
  válida y accesible, atributos admitidos, suficiente almacenamiento de
  instantáneas y ningún bloqueo del antivirus; después, vuelva a ejecutar la
  copia de seguridad.
remedy[fr]: L'agent n'a pas pu déterminer quelles parties d'un fichier ont
  changé depuis la dernière sauvegarde.  Mettez l'agent à jour vers la
  dernière version, vérifiez le stockage du dossier de travail (cache) :
  espace libre de 5 à 10 % des données sauvegardées, chemin valide et
  accessible, attributs pris en charge, stockage de clichés instantanés
  suffisant, aucun verrou d'antivirus ; relancez ensuite la sauvegarde.
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
title[ru]: Архивация завершена с предупреждениями: файлы или каталоги повреждены и не читаются (0x80070570)
title[zh-CN]: 备份已完成，但出现警告：文件或目录已损坏且无法读取 (0x80070570)
title[zh-TW]: 備份已完成，但有警告：檔案或目錄已損毀且無法讀取 (0x80070570)
title[es]: Copia de seguridad completada con advertencias: hay archivos o directorios dañados e ilegibles (0x80070570)
title[fr]: Sauvegarde terminée avec des avertissements : des fichiers ou répertoires sont endommagés et illisibles (0x80070570)
product: mars-agent
severity: warning
operation: mars-backup
doc: mars#backup-jobs-completed-with-warning
files: LastBackupFailedFiles*
hresult: 0x80070570 ERROR_FILE_CORRUPT
remedy: Run chkdsk on the source volume to repair the file system, then run the
  backup again.  Files that cannot be repaired can be excluded from the
  policy.
remedy[ru]: Запустите chkdsk на исходном томе, чтобы исправить файловую
  систему, затем снова запустите архивацию.  Файлы, которые не удается
  восстановить, можно исключить из политики.
remedy[zh-CN]: 请在源卷上运行 chkdsk
  修复文件系统，然后再次运行备份。无法修复的文件可以从策略中排除。
remedy[zh-TW]: 請在來源磁碟區上執行 chkdsk
  修復檔案系統，然後再次執行備份。無法修復的檔案可從原則中排除。
remedy[es]: Ejecute chkdsk en el volumen de origen para reparar el sistema de
  archivos y vuelva a ejecutar la copia de seguridad.  Los archivos que no se
  puedan reparar se pueden excluir de la directiva.
remedy[fr]: Exécutez chkdsk sur le volume source pour réparer le système de
  fichiers, puis relancez la sauvegarde.  Les fichiers irréparables peuvent
  être exclus de la stratégie.
example:
  D:\Projects\Archive\2019\render-cache.bin	0x80070570
example:
  "E:\Shares\Finance\Q3\ledger.xlsx",Error code: 0x80070570
counter-example:
  D:\Projects\Archive\0x80070570aa\render.bin	0x00000000

[mars.warning.file-not-found-0x80070002]
title: Backup completed with warnings: the system cannot find the file or path (0x80070002 / 0x80070003)
title[ru]: Архивация завершена с предупреждениями: системе не удается найти файл или путь (0x80070002 / 0x80070003)
title[zh-CN]: 备份已完成，但出现警告：系统找不到指定的文件或路径 (0x80070002 / 0x80070003)
title[zh-TW]: 備份已完成，但有警告：系統找不到指定的檔案或路徑 (0x80070002 / 0x80070003)
title[es]: Copia de seguridad completada con advertencias: el sistema no encuentra el archivo o la ruta de acceso (0x80070002 / 0x80070003)
title[fr]: Sauvegarde terminée avec des avertissements : le système ne trouve pas le fichier ou le chemin d'accès (0x80070002 / 0x80070003)
product: mars-agent
severity: warning
operation: mars-backup
doc: mars#backup-jobs-completed-with-warning
files: LastBackupFailedFiles*
hresult: 0x80070002 0x80070003 ERROR_FILE_NOT_FOUND ERROR_PATH_NOT_FOUND
remedy: Make sure the scratch folder is not full and that the volume holding
  it still exists, and exclude the agent from antivirus scanning.  Files that
  were deleted during the backup, or that no longer exist, can be excluded
  from the policy.
remedy[ru]: Убедитесь, что папка scratch не переполнена и том, на котором она
  находится, по-прежнему существует, и исключите агент из антивирусной
  проверки.  Файлы, удаленные во время архивации или больше не существующие,
  можно исключить из политики.
remedy[zh-CN]: 请确保 scratch
  文件夹未满且其所在的卷仍然存在，并将代理从防病毒扫描中排除。备份期间被删除或已不存在的文件可以从策略中排除。
remedy[zh-TW]: 請確認 scratch
  資料夾未滿且其所在的磁碟區仍然存在，並將代理程式排除在防毒掃描之外。備份期間被刪除或已不存在的檔案可從原則中排除。
remedy[es]: Asegúrese de que la carpeta temporal no está llena y de que el
  volumen que la contiene sigue existiendo, y excluya el agente del análisis
  antivirus.  Los archivos eliminados durante la copia de seguridad, o que ya
  no existen, se pueden excluir de la directiva.
remedy[fr]: Vérifiez que le dossier de travail n'est pas plein et que le
  volume qui le contient existe toujours, et excluez l'agent de l'analyse
  antivirus.  Les fichiers supprimés pendant la sauvegarde, ou qui n'existent
  plus, peuvent être exclus de la stratégie.
example:
  C:\Users\jdoe\AppData\Local\Temp\~WRL0003.tmp	0x80070002
example:
  D:\Data\Engineering\old-builds	0x80070003
counter-example:
  D:\Data\Engineering\build-0x800700021\out.log	0x00000000

[mars.warning.access-denied-0x80070005]
title: Backup completed with warnings: access denied to some files (0x80070005)
title[ru]: Архивация завершена с предупреждениями: отказано в доступе к некоторым файлам (0x80070005)
title[zh-CN]: 备份已完成，但出现警告：对部分文件的访问被拒绝 (0x80070005)
title[zh-TW]: 備份已完成，但有警告：部分檔案的存取被拒 (0x80070005)
title[es]: Copia de seguridad completada con advertencias: acceso denegado a algunos archivos (0x80070005)
title[fr]: Sauvegarde terminée avec des avertissements : accès refusé à certains fichiers (0x80070005)
product: mars-agent
severity: warning
operation: mars-backup
doc: mars#backup-jobs-completed-with-warning
files: LastBackupFailedFiles*
hresult: 0x80070005 ERROR_ACCESS_DENIED
remedy: An antivirus or other third-party software is probably blocking the
  agent's access to these files; exclude the agent from scanning or stop the
  software holding the files, then run the backup again.
remedy[ru]: Вероятно, антивирус или другое стороннее ПО блокирует доступ
  агента к этим файлам; исключите агент из проверки или остановите программу,
  удерживающую файлы, затем снова запустите архивацию.
remedy[zh-CN]: 防病毒软件或其他第三方软件可能阻止了代理访问这些文件；请将代理从扫描中排除，或停止占用这些文件的软件，然后再次运行备份。
remedy[zh-TW]: 防毒軟體或其他協力廠商軟體可能封鎖了代理程式對這些檔案的存取；請將代理程式排除在掃描之外，或停止佔用這些檔案的軟體，然後再次執行備份。
remedy[es]: Probablemente un antivirus u otro software de terceros bloquea el
  acceso del agente a esos archivos; excluya el agente del análisis o detenga
  el software que mantiene los archivos abiertos y vuelva a ejecutar la copia
  de seguridad.
remedy[fr]: Un antivirus ou un autre logiciel tiers bloque probablement
  l'accès de l'agent à ces fichiers ; excluez l'agent de l'analyse ou arrêtez
  le logiciel qui retient les fichiers, puis relancez la sauvegarde.
example:
  D:\Data\HR\salaries.xlsx	0x80070005
counter-example:
  D:\Data\HR\salaries.xlsx	0x800700051

[mars.warning.cloud-file-0x8007018b]
title: Backup completed with warnings: access to cloud files denied (0x8007018B, OneDrive and other offline-capable files)
title[ru]: Архивация завершена с предупреждениями: отказано в доступе к облачным файлам (0x8007018B, OneDrive и другие файлы, доступные автономно)
title[zh-CN]: 备份已完成，但出现警告：对云文件的访问被拒绝 (0x8007018B，OneDrive 及其他可脱机的文件)
title[zh-TW]: 備份已完成，但有警告：雲端檔案的存取被拒 (0x8007018B，OneDrive 及其他可離線使用的檔案)
title[es]: Copia de seguridad completada con advertencias: acceso denegado a archivos en la nube (0x8007018B, OneDrive y otros archivos disponibles sin conexión)
title[fr]: Sauvegarde terminée avec des avertissements : accès refusé aux fichiers cloud (0x8007018B, OneDrive et autres fichiers disponibles hors connexion)
product: mars-agent
severity: warning
operation: mars-backup
doc: mars#backup-jobs-completed-with-warning
files: LastBackupFailedFiles*
hresult: 0x8007018B ERROR_CLOUD_FILE_ACCESS_DENIED
remedy: OneDrive files, Git files or other files that can be offline (cloud
  placeholders) cannot be backed up.  Exclude those folders from the backup
  policy.
remedy[ru]: Файлы OneDrive, файлы Git и другие файлы, которые могут быть
  автономными (облачные заполнители), архивировать нельзя.  Исключите эти
  папки из политики архивации.
remedy[zh-CN]: OneDrive 文件、Git
  文件或其他可以处于脱机状态的文件（云占位符）无法备份。请将这些文件夹从备份策略中排除。
remedy[zh-TW]: OneDrive 檔案、Git
  檔案或其他可處於離線狀態的檔案（雲端預留位置）無法備份。請將這些資料夾從備份原則中排除。
remedy[es]: No se puede hacer copia de seguridad de archivos de OneDrive,
  archivos de Git u otros archivos que pueden estar sin conexión (marcadores
  de posición en la nube).  Excluya esas carpetas de la directiva de copia de
  seguridad.
remedy[fr]: Les fichiers OneDrive, les fichiers Git et les autres fichiers qui
  peuvent être hors connexion (espaces réservés cloud) ne peuvent pas être
  sauvegardés.  Excluez ces dossiers de la stratégie de sauvegarde.
example:
  C:\Users\jdoe\OneDrive - Contoso\Documents\plan.docx	0x8007018B
counter-example:
  C:\Users\jdoe\OneDrive - Contoso\Documents\plan.docx	0x00000000

[mars.warning.critical-inconsistency]
title: Backup completed with warnings: a critical inconsistency was detected, changes cannot be replicated
title[ru]: Архивация завершена с предупреждениями: обнаружено критическое несоответствие, изменения невозможно реплицировать
title[zh-CN]: 备份已完成，但出现警告：检测到严重不一致，无法复制更改
title[zh-TW]: 備份已完成，但有警告：偵測到嚴重不一致，無法複寫變更
title[es]: Copia de seguridad completada con advertencias: se detectó una incoherencia crítica y no se pueden replicar los cambios
title[fr]: Sauvegarde terminée avec des avertissements : incohérence critique détectée, les modifications ne peuvent pas être répliquées
product: mars-agent
severity: warning
operation: mars-backup
explains: mars.outcome.backup-job-failed
doc: mars#backup-jobs-completed-with-warning
all: (?i)\bcritical\h+inconsistency\b
unless: (?i)\bno\h+critical\h+inconsistenc
remedy: A protected folder directly under a protected top-level folder was
  deleted and created again with the same name.  Avoid that; if a folder must
  be recreated, do it in a subfolder below the protected top-level folder.
remedy[ru]: Защищенная папка непосредственно внутри защищенной папки верхнего
  уровня была удалена и создана заново с тем же именем.  Избегайте этого; если
  папку нужно пересоздать, делайте это во вложенной папке ниже защищенной
  папки верхнего уровня.
remedy[zh-CN]: 受保护的顶级文件夹下直接包含的一个受保护文件夹被删除后又以相同名称重新创建。请避免这样做；如果必须重新创建文件夹，请在受保护的顶级文件夹下的子文件夹中进行。
remedy[zh-TW]: 受保護的最上層資料夾下直接包含的某個受保護資料夾被刪除後又以相同名稱重新建立。請避免這樣做；若必須重新建立資料夾，請在受保護最上層資料夾下的子資料夾中進行。
remedy[es]: Se eliminó y se volvió a crear con el mismo nombre una carpeta
  protegida situada directamente bajo una carpeta protegida de nivel superior.
  Evítelo; si hay que volver a crear una carpeta, hágalo en una subcarpeta por
  debajo de la carpeta protegida de nivel superior.
remedy[fr]: Un dossier protégé situé directement sous un dossier protégé de
  niveau supérieur a été supprimé puis recréé avec le même nom.  Évitez-le ;
  si un dossier doit être recréé, faites-le dans un sous-dossier sous le
  dossier protégé de niveau supérieur.
example:
  0E24	2A08	05/15	01:40:02.611	03	replicator.cpp(1730)	[000001D2C44B0A20]	8A0C2E4F-6B7D-4E1A-C3B5-9D1F3B5D7E8F		WARNING	A critical inconsistency was detected, therefore changes cannot be replicated. Folder: D:\Shares\Sales
counter-example:
  0E24	2A08	05/15	01:40:02.611	03	replicator.cpp(1730)		8A0C2E4F-6B7D-4E1A-C3B5-9D1F3B5D7E8F		NORMAL	Consistency check done, no critical inconsistencies

# ===========================================================================
# Generic consequence

[mars.outcome.backup-job-failed]
title: Backup job failed
title[ru]: Сбой задания архивации
title[zh-CN]: 备份作业失败
title[zh-TW]: 備份作業失敗
title[es]: Error en el trabajo de copia de seguridad
title[fr]: Échec du travail de sauvegarde
product: mars-agent
severity: error
operation: mars-backup
role: outcome
doc: mars#troubleshoot-the-microsoft-azure-recovery-services-mars-agent
all: (?i)\bJob\h+Backup\b.*\bstate\h*[:=]\h*Failed\b|\bbackup\h+(?:job\h+)?(?:has\h+)?failed\b
unless: (?i)\b(?:errors?|failures?)(?:\h+encountered)?\h*[:=]\h*0\b|\bfailed\h+files?\h*[:=]\h*0\b
remedy: The job failed; its cause is logged just before this line.
remedy[ru]: Задание завершилось сбоем; причина записана непосредственно перед
  этой строкой.
remedy[zh-CN]: 作业失败；原因记录在此行之前。
remedy[zh-TW]: 作業失敗；原因記錄在這一行之前。
remedy[es]: El trabajo no se completó; su causa aparece justo antes de esta
  línea.
remedy[fr]: Le travail a échoué ; sa cause est journalisée juste avant cette
  ligne.
example:
  0F3C	24A0	09/03	21:44:32.530	03	jobmanager.cpp(702)		E0C58A93-1F7B-4D26-B3A4-5C9E8D017F62		WARNING	Job Backup finished, state: Failed, detailed error: SalBitmapError
counter-example:
  0F3C	24A0	09/03	21:44:32.530	03	jobmanager.cpp(702)		E0C58A93-1F7B-4D26-B3A4-5C9E8D017F62		NORMAL	Job Backup finished, state: Completed

[mars.outcome.registration-failed]
title: Server registration or activation failed
title[ru]: Сбой регистрации или активации сервера
title[zh-CN]: 服务器注册或激活失败
title[zh-TW]: 伺服器註冊或啟用失敗
title[es]: Error en el registro o la activación del servidor
title[fr]: Échec de l'inscription ou de l'activation du serveur
product: mars-agent
severity: error
operation: mars-registration
role: outcome
doc: mars#troubleshoot-the-microsoft-azure-recovery-services-mars-agent
files: *.errlog*
all: (?i)\b(?:server\h+)?registration\h+(?:has\h+)?failed\b|\bactivation\h+(?:did\h+not\h+complete|has\h+failed|failed)\b
remedy: Registering the server with the vault failed; the cause is logged just
  before this line.
remedy[ru]: Не удалось зарегистрировать сервер в хранилище; причина записана
  непосредственно перед этой строкой.
remedy[zh-CN]: 向保管库注册服务器失败；原因记录在此行之前。
remedy[zh-TW]: 向保存庫註冊伺服器失敗；原因記錄在這一行之前。
remedy[es]: No se pudo registrar el servidor en el almacén; la causa aparece
  justo antes de esta línea.
remedy[fr]: L'inscription du serveur dans le coffre a échoué ; la cause est
  journalisée juste avant cette ligne.
example:
  0E24	1F30	05/06	14:26:40.118	03	registrationwizard.cpp(1209)		A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		FATAL	Server registration failed, see the previous error
counter-example:
  0E24	1F30	05/06	15:02:44.201	03	registrationwizard.cpp(1540)		A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		NORMAL	Server registered successfully with vault rsv-prod-weu

# ===========================================================================
# Successful ends: they resolve earlier failures of the same operation.

[mars.success.backup-job]
title: Backup job completed successfully
title[ru]: Задание архивации успешно завершено
title[zh-CN]: 备份作业已成功完成
title[zh-TW]: 備份作業已成功完成
title[es]: Trabajo de copia de seguridad completado correctamente
title[fr]: Travail de sauvegarde terminé avec succès
product: mars-agent
severity: info
operation: mars-backup
role: success
doc: mars#troubleshoot-the-microsoft-azure-recovery-services-mars-agent
all: (?i)\bbackup\b.*\b(?:completed|finished|succeeded)\h+successfully\b|\bJob\h+Backup\b.*\bstate\h*[:=]\h*(?:Completed|Succeeded)\b
unless: (?i)\bwith\h+warnings?\b|\bnot\h+completed\b|\bunsuccessful|\bCompletedWithWarnings?\b
remedy: Nothing to do.
remedy[ru]: Действия не требуются.
remedy[zh-CN]: 无需任何操作。
remedy[zh-TW]: 不需要任何動作。
remedy[es]: No es necesario hacer nada.
remedy[fr]: Aucune action nécessaire.
example:
  1A2C	2F48	03/13	02:38:55.120	03	backupasync.cpp(1920)		8C1D2E3F-4A5B-4C6D-9E7F-0A1B2C3D4E5F		NORMAL	Backup job completed successfully.
example:
  0F3C	11D4	09/02	23:05:13.224	03	jobmanager.cpp(702)		B41D7E02-93C5-4F6A-8E1B-6A0D2C4F9B17		NORMAL	Backup job completed successfully. Transferred 18.2 GB, 0 failed files.
counter-example:
  1A2C	2F48	03/13	02:38:55.120	03	backupasync.cpp(1920)		8C1D2E3F-4A5B-4C6D-9E7F-0A1B2C3D4E5F		WARNING	Backup job completed successfully with warnings.

[mars.success.restore]
title: Recovery completed
title[ru]: Восстановление завершено
title[zh-CN]: 恢复已完成
title[zh-TW]: 復原已完成
title[es]: Recuperación completada
title[fr]: Récupération terminée
product: mars-agent
severity: info
operation: mars-restore
role: success
doc: mars#troubleshoot-restore-problems
all: (?i)\b(?:recovery|restore)\b.*\b(?:completed|finished|succeeded)\h+successfully\b|\brecovery\h+volume\h+mounted\h+successfully\b
unless: (?i)\bwith\h+(?:warnings?|errors?)\b|\bnot\h+completed\b|\bunsuccessful
remedy: Nothing to do.
remedy[ru]: Действия не требуются.
remedy[zh-CN]: 无需任何操作。
remedy[zh-TW]: 不需要任何動作。
remedy[es]: No es necesario hacer nada.
remedy[fr]: Aucune action nécessaire.
example:
  0E24	3C44	06/02	10:48:19.005	03	recoverymount.cpp(944)		2F6A8D1C-4B3E-4A7F-9C0D-6E2B8A4F1C93		NORMAL	Recovery volume mounted successfully as E:\
counter-example:
  0E24	3C44	06/02	10:48:19.005	03	recoverymount.cpp(944)		2F6A8D1C-4B3E-4A7F-9C0D-6E2B8A4F1C93		FATAL	Mounting the recovery volume failed

[mars.success.registration]
title: Server registered with the vault
title[ru]: Сервер зарегистрирован в хранилище
title[zh-CN]: 服务器已注册到保管库
title[zh-TW]: 伺服器已註冊到保存庫
title[es]: Servidor registrado en el almacén
title[fr]: Serveur inscrit dans le coffre
product: mars-agent
severity: info
operation: mars-registration
role: success
doc: mars#troubleshoot-the-microsoft-azure-recovery-services-mars-agent
all: (?i)\b(?:server|machine)\h+(?:was\h+)?(?:successfully\h+registered|registered\h+successfully)\b|\bregistration\h+(?:completed|succeeded)\h+successfully\b
unless: (?i)\bnot\b|\bfail|\bunsuccessful
remedy: Nothing to do.
remedy[ru]: Действия не требуются.
remedy[zh-CN]: 无需任何操作。
remedy[zh-TW]: 不需要任何動作。
remedy[es]: No es necesario hacer nada.
remedy[fr]: Aucune action nécessaire.
example:
  0E24	1F30	05/06	15:02:44.201	03	registrationwizard.cpp(1540)		A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		NORMAL	Server registered successfully with vault rsv-prod-weu
counter-example:
  0E24	1F30	05/06	15:02:44.201	03	registrationwizard.cpp(1540)		A7C4E2F1-5B3D-4E8A-9C1F-0D2B6E8F4A37		FATAL	Server registration failed

# ===========================================================================
# What makes a line the agent's own: the engine errlog's columns, or the
# agent, its engine, its PowerShell module or its cmdlets named nearby.
# Signatures keyed on codes that other software prints too (HTTP 407, VSS
# HRESULTs) need one of them.

[@mars-errlog-line]
about: a line of the agent's engine errlogs (CBEngine*.errlog and friends): tab-separated process, thread, MM/DD, time
pattern: ^\h*(?:Line\h+\d+:\h*)?[0-9A-Fa-f]{1,8}\t[0-9A-Fa-f]{1,8}\t\d\d/\d\d\t\d\d:\d\d:\d\d\.\d{3}\t
example: 0AB0	0974	08/04	13:16:29.206	18	mtffile.cpp(1372)	[0000000053582120]	1FCFF8B4-CCE2-42E6-8883-7AEB9A1C5CB6		WARNING	Failed
counter-example: 2024-05-06 14:22:51.339 INFO started

[@mars-context]
about: the agent, its engine, PowerShell module or cmdlets named
pattern: (?i)\bCBEngine\b|\bOBRecoveryServicesManagementAgent\b|\bMSOnlineBackup\b|\b(?:Start|Stop|Get|Set|New|Add|Remove)-OB[A-Z]\w*|\bMicrosoft\.Internal\.CloudBackup\b|\bRecovery\h+Services?\h+Agent\b|\bMARS\h+agent\b|\bDlsException\b|\bCloudBackup\b|^\h*Job:\h*(?:Backup|Recovery)\h*$
example: Start-OBRegistration : the operation failed
example: Job: Backup
example: C:\Program Files\Microsoft Azure Recovery Services Agent\Temp\CBEngineCurr.errlog
counter-example: Connect-AzAccount : the operation failed

[mars.cache.shadow-copy-storage-vss]
title: Backup failed: the shadow copy storage is too small for the snapshot (VSS_E_INSUFFICIENT_STORAGE)
title[ru]: Сбой архивации: хранилище теневых копий слишком мало для моментального снимка (VSS_E_INSUFFICIENT_STORAGE)
title[zh-CN]: 备份失败：卷影副本存储太小，无法创建快照 (VSS_E_INSUFFICIENT_STORAGE)
title[zh-TW]: 備份失敗：陰影複製儲存體太小，無法建立快照 (VSS_E_INSUFFICIENT_STORAGE)
title[es]: Error en la copia de seguridad: el almacenamiento de instantáneas es demasiado pequeño para la instantánea (VSS_E_INSUFFICIENT_STORAGE)
title[fr]: Échec de la sauvegarde : le stockage des clichés instantanés est trop petit pour l'instantané (VSS_E_INSUFFICIENT_STORAGE)
product: mars-agent
severity: error
operation: mars-backup
explains: mars.outcome.*
doc: mars#increase-shadow-copy-storage
within: 5
hresult: 0x8004231F VSS_E_INSUFFICIENT_STORAGE
any: {@mars-errlog-line}
any: {@mars-context}
remedy: Give the volume more shadow copy storage: from an elevated prompt,
  "vssadmin resize shadowstorage /on=X: /For=X: /Maxsize=NN%" (or the volume's
  Properties, Shadow Copies, Settings), then run the backup again.
remedy[ru]: Увеличьте хранилище теневых копий тома: в командной строке с
  повышенными привилегиями выполните "vssadmin resize shadowstorage /on=X:
  /For=X: /Maxsize=NN%" (или откройте свойства тома, вкладку «Теневые копии»,
  «Параметры»), затем снова запустите архивацию.
remedy[zh-CN]: 请为该卷提供更多卷影副本存储：在提升权限的命令提示符下运行
  "vssadmin resize shadowstorage /on=X: /For=X:
  /Maxsize=NN%"（或在卷的“属性”>“卷影副本”>“设置”中调整），然后再次运行备份。
remedy[zh-TW]: 請為該磁碟區提供更多陰影複製儲存體：在提高權限的命令提示字元中執行
  "vssadmin resize shadowstorage /on=X: /For=X:
  /Maxsize=NN%"（或在磁碟區的「內容」>「陰影複製」>「設定」中調整），然後再次執行備份。
remedy[es]: Asigne más almacenamiento de instantáneas al volumen: desde un
  símbolo del sistema con privilegios elevados, "vssadmin resize shadowstorage
  /on=X: /For=X: /Maxsize=NN%" (o Propiedades del volumen, Instantáneas,
  Configuración); después, vuelva a ejecutar la copia de seguridad.
remedy[fr]: Donnez plus de stockage de clichés instantanés au volume : depuis
  une invite avec élévation de privilèges, "vssadmin resize shadowstorage
  /on=X: /For=X: /Maxsize=NN%" (ou Propriétés du volume, Clichés instantanés,
  Paramètres), puis relancez la sauvegarde.
example:
  0E24	2A08	05/11	01:00:48.502	03	vssbackup.cpp(1104)	[000001D2C44B0A20]	1A3C5E7F-9B2D-4F6A-8C0E-2D4F6A8C0E1B		FATAL	DoSnapshotSet failed, hr=0x8004231F (VSS_E_INSUFFICIENT_STORAGE)
example:
  Start-OBBackup : the snapshot of volume D: failed with VSS_E_INSUFFICIENT_STORAGE
counter-example:
  failed to create snapshot for [c:\]: VSS error: async operation failed: VSS_E_INSUFFICIENT_STORAGE (0x8004231f)

[mars.warning.file-failed-errlog]
title: Backup completed with warnings: a file failed to back up (per-file HRESULT in the engine errlog)
title[ru]: Архивация завершена с предупреждениями: не удалось архивировать файл (HRESULT файла в журнале ошибок модуля)
title[zh-CN]: 备份已完成，但出现警告：某个文件备份失败 (引擎 errlog 中的单个文件 HRESULT)
title[zh-TW]: 備份已完成，但有警告：某個檔案備份失敗 (引擎 errlog 中個別檔案的 HRESULT)
title[es]: Copia de seguridad completada con advertencias: no se pudo hacer copia de seguridad de un archivo (HRESULT por archivo en el errlog del motor)
title[fr]: Sauvegarde terminée avec des avertissements : un fichier n'a pas pu être sauvegardé (HRESULT par fichier dans l'errlog du moteur)
product: mars-agent
severity: warning
operation: mars-backup
doc: mars#backup-jobs-completed-with-warning
any: (?i)\bHr:\h*=?\h*\[?0x(?!0{8})[0-9a-f]{8}\]?\h*\w+ failed on file\b|\bfailed on file\h*\(.*\bHr:\h*=?\h*\[?0x(?!0{8})[0-9a-f]{8}
remedy: Open the failed-files list of the last backup (LastBackupFailedFiles*.txt
  in the agent's Temp folder) and fix each file by its error: files that are
  corrupt, missing, locked or denied to SYSTEM are skipped; exclude what
  should not be backed up, repair the rest, then back up again.
remedy[ru]: Откройте список файлов, не прошедших последнюю архивацию
  (LastBackupFailedFiles*.txt в папке Temp агента), и устраните ошибку каждого
  файла: поврежденные, отсутствующие, заблокированные файлы и файлы,
  недоступные для SYSTEM, пропускаются; исключите то, что не нужно
  архивировать, исправьте остальное и снова запустите архивацию.
remedy[zh-CN]: 打开上次备份的失败文件列表（代理 Temp 文件夹中的
  LastBackupFailedFiles*.txt），按错误逐一处理：损坏、缺失、被锁定或 SYSTEM
  无权访问的文件会被跳过；排除不需要备份的文件，修复其余文件，然后再次备份。
remedy[zh-TW]: 開啟上次備份的失敗檔案清單（代理程式 Temp 資料夾中的
  LastBackupFailedFiles*.txt），依錯誤逐一處理：損毀、遺失、遭鎖定或 SYSTEM
  無權存取的檔案會被略過；排除不需備份的項目，修復其餘檔案，然後再次備份。
remedy[es]: Abra la lista de archivos con errores de la última copia de
  seguridad (LastBackupFailedFiles*.txt en la carpeta Temp del agente) y
  corrija cada archivo según su error: los archivos dañados, ausentes,
  bloqueados o denegados a SYSTEM se omiten; excluya lo que no deba incluirse,
  repare el resto y vuelva a hacer la copia de seguridad.
remedy[fr]: Ouvrez la liste des fichiers en échec de la dernière sauvegarde
  (LastBackupFailedFiles*.txt dans le dossier Temp de l'agent) et traitez
  chaque fichier selon son erreur : les fichiers endommagés, absents,
  verrouillés ou refusés à SYSTEM sont ignorés ; excluez ce qui ne doit pas
  être sauvegardé, réparez le reste, puis relancez la sauvegarde.
example:
  0AB0	0974	08/04	13:16:29.206	18	mtffile.cpp(1372)	[0000000053582120]	1FCFF8B4-CCE2-42E6-8883-7AEB9A1C5CB6		WARNING	Failed: Hr: = [0x8000ffff] BackupRead failed on file(D:\Data\Loan Agreement.DOC)
counter-example:
  0AB0	0974	08/04	13:16:29.206	18	mtffile.cpp(1372)	[0000000053582120]	1FCFF8B4-CCE2-42E6-8883-7AEB9A1C5CB6		NORMAL	Hr: = [0x00000000] BackupRead succeeded on file(D:\Data\a.doc)

[mars.restore.operation-error-0x186fb]
title: Recovery failed: the agent reported an error during the operation (0x186FB)
title[ru]: Сбой восстановления: агент сообщил об ошибке во время операции (0x186FB)
title[zh-CN]: 恢复失败：代理在操作期间报告了错误 (0x186FB)
title[zh-TW]: 復原失敗：代理程式在作業期間回報錯誤 (0x186FB)
title[es]: Error en la recuperación: el agente notificó un error durante la operación (0x186FB)
title[fr]: Échec de la récupération : l'agent a signalé une erreur pendant l'opération (0x186FB)
product: mars-agent
severity: error
operation: mars-restore
explains: mars.outcome.*
doc: mars#troubleshoot-restore-problems
within: 4
all: (?i)\bAn\h+error\h+was\h+encountered\h+while\h+performing\h+an\h+operation\b
all: (?i)(?<![\w-])0x0*186FB(?![\w])
remedy: Restart the Microsoft Azure Recovery Services agent service (OBEngine)
  so that its engine (CBEngine, net.tcp port 6049) accepts connections again,
  then retry the recovery; if it fails again, use instant restore and check
  the Microsoft iSCSI Initiator service and the storage controllers.
remedy[ru]: Перезапустите службу агента Служб восстановления Microsoft Azure
  (OBEngine), чтобы ее модуль (CBEngine, порт net.tcp 6049) снова принимал
  подключения, затем повторите восстановление; если сбой повторяется,
  используйте мгновенное восстановление и проверьте службу инициатора iSCSI
  (Майкрософт) и контроллеры запоминающих устройств.
remedy[zh-CN]: 请重启 Microsoft Azure 恢复服务代理服务
  (OBEngine)，使其引擎（CBEngine，net.tcp 端口
  6049）重新接受连接，然后重试恢复；如果再次失败，请使用即时还原，并检查
  Microsoft iSCSI Initiator 服务和存储控制器。
remedy[zh-TW]: 請重新啟動 Microsoft Azure 復原服務代理程式服務
  (OBEngine)，讓其引擎（CBEngine，net.tcp 連接埠
  6049）重新接受連線，然後重試復原；若再次失敗，請使用立即還原，並檢查
  Microsoft iSCSI Initiator 服務與存放控制器。
remedy[es]: Reinicie el servicio del agente de Microsoft Azure Recovery
  Services (OBEngine) para que su motor (CBEngine, puerto net.tcp 6049) vuelva
  a aceptar conexiones y vuelva a intentar la recuperación; si falla de nuevo,
  use Restauración instantánea y revise el servicio Microsoft iSCSI Initiator
  y las controladoras de almacenamiento.
remedy[fr]: Redémarrez le service de l'agent Microsoft Azure Recovery Services
  (OBEngine) pour que son moteur (CBEngine, port net.tcp 6049) accepte de
  nouveau les connexions, puis relancez la récupération ; en cas de nouvel
  échec, utilisez la restauration instantanée et vérifiez le service Microsoft
  iSCSI Initiator et les contrôleurs de stockage.
example:
  | D:\ | An error was encountered while performing an operation for NO_PARAM.
  1)Retry this operation after the issue has been fixed.
  2) If the error was due to insufficient resources, then it could be a transient failure and you should retry this operation after some time. (0x186FB)
