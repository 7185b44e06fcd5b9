/* msg.c - the report's own words in every report language.  See msg.h. */
#include "msg.h"

#include <string.h>

#include "options.h"

/* One row per message, one column per language, in the order of lx_langs:
 * en, ru, zh-CN, zh-TW, es, fr. */
#define NL 6
static const char *const msgs[LX_M_N][NL] = {
	[LX_M_REPORT] = {"logdx report", "Отчёт logdx", "logdx 报告", "logdx 報告",
	                 "Informe de logdx", "Rapport logdx"},
	[LX_M_MACHINES] = {"Machines", "Машины", "计算机", "電腦", "Máquinas", "Machines"},
	[LX_M_MACHINE] = {"Machine", "Машина", "计算机", "電腦", "Máquina", "Machine"},
	[LX_M_TOP] = {"Top diagnosis", "Главный диагноз", "首要诊断", "首要診斷",
	              "Diagnóstico principal", "Diagnostic principal"},
	[LX_M_SEVERITY] = {"Severity", "Важность", "严重性", "嚴重性", "Gravedad", "Gravité"},
	[LX_M_STATUS] = {"Status", "Состояние", "状态", "狀態", "Estado", "État"},
	[LX_M_LAST_SEEN] = {"Last seen", "Последний раз", "最后出现", "最後出現", "Última vez",
	                    "Dernière occurrence"},
	[LX_M_FIRST_SEEN] = {"First seen", "Первый раз", "首次出现", "首次出現", "Primera vez",
	                     "Première occurrence"},
	[LX_M_DIAGNOSES] = {"Diagnoses", "Диагнозы", "诊断", "診斷", "Diagnósticos",
	                    "Diagnostics"},
	[LX_M_ERRORS] = {"Errors", "Ошибки", "错误", "錯誤", "Errores", "Erreurs"},
	[LX_M_FAILURES] = {"Failures", "Сбои", "故障", "故障", "Fallos", "Échecs"},
	[LX_M_DIAGNOSIS] = {"Diagnosis", "Диагноз", "诊断", "診斷", "Diagnóstico", "Diagnostic"},
	[LX_M_ROOT] = {"Root causes", "Первопричины", "根本原因", "根本原因", "Causas raíz",
	               "Causes premières"},
	[LX_M_ALSO] = {"Also reported", "Также найдено", "其他报告", "其他報告",
	               "También detectado", "Également signalé"},
	[LX_M_ACTIVE] = {"active", "активен", "活动", "作用中", "activo", "actif"},
	[LX_M_RESOLVED] = {"resolved", "устранён", "已解决", "已解決", "resuelto", "résolu"},
	[LX_M_CRITICAL] = {"critical", "критично", "严重", "嚴重", "crítico", "critique"},
	[LX_M_ERROR] = {"error", "ошибка", "错误", "錯誤", "error", "erreur"},
	[LX_M_WARNING] = {"warning", "предупреждение", "警告", "警告", "advertencia",
	                  "avertissement"},
	[LX_M_INFO] = {"info", "информация", "信息", "資訊", "información", "information"},
	[LX_M_FILES] = {"Files", "Файлы", "文件", "檔案", "Archivos", "Fichiers"},
	[LX_M_SIZE] = {"Size", "Размер", "大小", "大小", "Tamaño", "Taille"},
	[LX_M_FILTER] = {"Filter", "Фильтр", "筛选", "篩選", "Filtrar", "Filtrer"},
	[LX_M_ALL] = {"all severities", "любая важность", "所有严重性", "所有嚴重性",
	              "todas las gravedades", "toutes gravités"},
	[LX_M_SHOWN] = {"shown", "показано", "已显示", "已顯示", "mostradas", "affichées"},
	[LX_M_REMEDY] = {"Fix", "Решение", "解决方法", "解決方法", "Solución", "Correction"},
	[LX_M_DOC] = {"Documentation", "Документация", "文档", "文件", "Documentación",
	              "Documentation"},
	[LX_M_EVIDENCE] = {"Evidence", "Свидетельства", "证据", "證據", "Evidencias", "Preuves"},
	[LX_M_EXPLAINS] = {"Explains", "Объясняет", "可解释", "可解釋", "Explica", "Explique"},
	[LX_M_COUNT] = {"Count", "Количество", "次数", "次數", "Veces", "Nombre"},
	[LX_M_TIMELINE] = {"Timeline", "Хронология", "时间线", "時間軸", "Cronología",
	                   "Chronologie"},
	[LX_M_PROBLEMS] = {"Errors and notes", "Ошибки и замечания", "错误和说明", "錯誤和說明",
	                   "Errores y notas", "Erreurs et remarques"},
	[LX_M_NOTE] = {"note", "замечание", "说明", "說明", "nota", "remarque"},
	[LX_M_NONE] = {"No known failure found", "Известных сбоев не найдено", "未发现已知故障",
	               "未發現已知故障", "No se encontró ningún fallo conocido",
	               "Aucun échec connu trouvé"},
	[LX_M_HOST] = {"Host", "Узел", "主机", "主機", "Host", "Hôte"},
	[LX_M_NO_HOST] = {"host not named in the logs", "узел не назван в журналах",
	                  "日志中未指明主机", "記錄中未指明主機", "host no indicado en los registros",
	                  "hôte non nommé dans les journaux"},
	[LX_M_NO_TEXT] = {"No text file found", "Текстовых файлов не найдено", "未找到文本文件",
	                  "未找到文字檔", "No se encontró ningún archivo de texto",
	                  "Aucun fichier texte trouvé"},
	[LX_M_NO_KNOWN_LOG] = {"No log of a known product found",
	                       "Журналов известного продукта не найдено", "未找到已知产品的日志",
	                       "未找到已知產品的記錄", "No se encontró ningún registro de un producto conocido",
	                       "Aucun journal d'un produit connu trouvé"},
	[LX_M_HIDDEN] = {"below --min-severity", "ниже --min-severity", "低于 --min-severity",
	                 "低於 --min-severity", "por debajo de --min-severity",
	                 "sous --min-severity"},
	[LX_M_BACK] = {"Back to the machines", "К списку машин", "返回计算机列表", "返回電腦清單",
	               "Volver a las máquinas", "Retour aux machines"},
	[LX_M_WITH] = {"with a diagnosis", "с диагнозом", "有诊断", "有診斷", "con diagnóstico",
	               "avec un diagnostic"},
};

const char *lx_msg(const char *lang, lx_msg_id id)
{
	size_t i;
	if ((unsigned)id >= LX_M_N)
		return "";
	for (i = 0; lang && lx_langs[i] && i < NL; i++)
		if (!strcmp(lang, lx_langs[i]))
			return msgs[id][i];
	return msgs[id][0];
}
