#include "importer/import_messages.h"

#include <map>

namespace gongkai {
namespace {

using Id = ImportMessageId;

std::string Fill(std::string text, const std::vector<std::string>& values) {
  for (size_t i = 0; i < values.size(); ++i) {
    const std::string mark = "{" + std::to_string(i + 1) + "}";
    for (size_t at = text.find(mark); at != std::string::npos; at = text.find(mark, at + values[i].size())) {
      text.replace(at, mark.size(), values[i]);
    }
  }
  return text;
}

}  // namespace

const std::vector<ImportMessageText>& ImportMessageTable() {
  static const std::vector<ImportMessageText> table = {
      // Reading the file.
      {Id::kCannotOpen, "打不开这个文件", "一个存在、可以读取的文件", "请核对文件名和路径，或文件的读取权限"},
      {Id::kCannotRead, "文件读到一半出错", "能完整读出的文件", "请把文件复制到本机硬盘后再导入"},
      {Id::kEmptyFile, "文件是空的", "部门预算公开文件（PDF、.docx、网页，或从中提取的文本）", "请确认选对了文件"},
      {Id::kOleContainer, "这是旧式 Word .doc 文件，或设有密码的 .docx（两者都是 OLE 容器）",
       ".docx、PDF、网页或文本文件", "请用 Word 打开，去掉密码，另存为 .docx 后再导入"},
      {Id::kBinaryFile, "这是二进制文件，不是可导入的文件",
       "PDF、.docx、网页，或从 Word、PDF、OCR 得到的文本", "请确认选对了文件；图片请先用 OCR 识别成文字"},
      {Id::kDamagedUtf8, "文本是 UTF-8，但这里有一个不属于 UTF-8 的字节（{1}），多为复制或截断时损坏",
       "完整的 UTF-8 文本", "请用原文件重新导出文本；或在编辑器中找到这一处，按原件改正后另存为 UTF-8"},
      {Id::kUtf8Surrogate, "文本是 UTF-8，但这里有一个代理项（{1}：UTF-16 的半个字符，不是字符）",
       "完整的 UTF-8 文本，不含代理项", "请用原文件重新导出文本，或在编辑器中按原件改正这一处后另存为 UTF-8"},
      {Id::kUtf8Overlong, "文本是 UTF-8，但这里有一个过长编码（{1}：用多余的字节写一个字符）",
       "完整的 UTF-8 文本，每个字符用最短的编码", "请用原文件重新导出文本，或在编辑器中按原件改正这一处后另存为 UTF-8"},
      {Id::kUnknownEncoding, "文本的编码无法识别：从这里起既不是 UTF-8，也不是 GBK/GB18030",
       "UTF-8、GBK、GB18030，或带 BOM 的 UTF-16 文本",
       "请在记事本或 WPS 中打开，另存为“UTF-8”编码后再导入"},
      {Id::kBadUtf16, "文件以 UTF-16 的 BOM 开头，但从这里起不是完整的 UTF-16（文件被截断，或有半个字符）",
       "完整的 UTF-16 文本", "请用原文件重新另存一份（记事本：编码选“UTF-8”）后再导入"},
      {Id::kHtmlCharsetWrong, "网页声明的编码是 {1}，但内容其实是 {2}",
       "与内容一致的 <meta charset> 声明", "已按 {2} 读取；请核对导入结果，并请网站维护者改正网页的编码声明"},
      {Id::kPdfUnopenable, "无法打开这个 PDF：文件已损坏，或设有打开密码", "能用 PDF 阅读器打开、没有密码的 PDF",
       "请用 PDF 阅读器确认能打开，去掉密码后另存一份再导入"},
      {Id::kPdfLocked, "这个 PDF 设有打开密码", "没有密码的 PDF", "请去掉密码后另存一份再导入"},
      {Id::kPdfNoText, "这个 PDF 没有文字层（{1} 页都是图像，多为扫描件）", "有文字层的 PDF",
       "请先用 OCR 识别成文字，或向编制部门索取原始的 Word/PDF 文件"},
      {Id::kPdfIllegible, "这个 PDF 的文字无法识读（共 {1} 个汉字、{2} 个私用区或替换字符：字体没有 ToUnicode 映射）",
       "文字可以复制出来的 PDF", "请用原始文件重新导出 PDF，或先用 OCR 识别"},
      // .docx and .xlsx (zip archives), .xls, HTML pages.
      {Id::kZipNotZip, "扩展名是 {1}，但文件不是 zip 压缩包（{1} 文件都是）", "{2} 保存的 {1} 文件",
       "请确认选对了文件；或在 {2} 中打开，另存为 {1} 后再导入"},
      {Id::kZipDamaged, "{1} 文件已损坏或不完整（压缩包读不出目录），多为下载不完整", "完整的 {1} 文件",
       "请重新下载，或在 {2} 中打开后另存为 {1}"},
      {Id::kZipPartMissing, "这不是 {2} 文档：压缩包中没有 {3}", "{2} 保存的 {1} 文件",
       "请确认选对了文件；或在 {2} 中打开，另存为 {1} 后再导入"},
      {Id::kZipEncrypted, "{1} 文件设有密码（{3} 已加密）", "没有密码的 {1} 文件", "请在 {2} 中取消密码，保存后再导入"},
      {Id::kZipPartTooLarge, "{3} 解压后超过 256 MB，不予读取（可能是恶意的压缩包）",
       "部门预算公开文件（一般不过几 MB）", "请确认选对了文件"},
      {Id::kZipPartDamaged, "{1} 文件已损坏：{3} 无法解压", "完整的 {1} 文件", "请在 {2} 中打开后另存为 {1}"},
      {Id::kDocxNoBody, ".docx 文件已损坏：word/document.xml 不是 Word 文档正文（{1}）", "Word 保存的完整 .docx 文件",
       "请在 Word 中打开后另存为 .docx"},
      {Id::kXlsxNoSheetList, ".xlsx 文件已损坏：xl/workbook.xml 中没有工作表列表", "Excel 保存的完整 .xlsx 文件",
       "请在 Excel 中打开后另存为 .xlsx"},
      {Id::kXlsxSheetUnreadable, "工作表“{1}”（{2}）无法读取{3}", "Excel 保存的完整 .xlsx 文件",
       "请在 Excel 中打开后另存为 .xlsx"},
      {Id::kXlsxNoSheet, ".xlsx 文件中没有可读的工作表", "预算表在工作表的单元格中（不是图表或图片）",
       "请确认选对了文件；图片中的表请先用 OCR 识别成文字"},
      {Id::kXlsUnreadable, "无法读取这个 .xls 文件：不是 Excel 97–2003 工作簿，或已损坏", "Excel 97–2003 工作簿（.xls）",
       "请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入"},
      {Id::kXlsPassword, ".xls 文件设有密码", "没有密码的 .xls 文件", "请在 Excel 中取消密码，保存后再导入"},
      {Id::kXlsNoSheet, ".xls 文件中没有可读的工作表", "预算表在工作表的单元格中（不是图表或图片）",
       "请在 Excel 中打开，另存为 .xlsx 后再导入"},
      {Id::kHtmlUnparsable, "无法把文件读作网页（没有可读的 HTML 元素）", "浏览器能打开的 HTML 网页",
       "请在浏览器中打开该页，另存为“网页，仅 HTML”后再导入"},
      {Id::kHtmlOnlyFrame, "网页中只有网站的框架（{1}），没有正文", "公开文件本身的网页：部门预算说明或预算表",
       "请打开公开文件本身（不是栏目首页或文章列表），另存为“网页，仅 HTML”后再导入"},
      // What kind of document.
      {Id::kNoTablesNoProjects, "没有找到预算公开表，也没有找到项目绩效目标表",
       "部门预算公开文件：含“部门收支总表”等预算表，或“…绩效目标表”", "请确认这是部门预算公开文件"},
      {Id::kUnknownTextForm, "无法判断这份文本的提取方式（{1}）",
       "PDF 原件、.docx、网页，或 Word 文本（每格一行）、PDF 文本（制表符分隔）、按空格对齐的文本（pdftotext -layout）、OCR markdown",
       "请改用 PDF 原件或 .docx 导入"},
      {Id::kNoPerformanceTables, "没有找到项目绩效目标表（如“1.…绩效目标表”这样的标题）",
       "预算绩效文本：每个项目一张绩效目标表", "请确认这是部门预算公开文件或预算绩效文本"},
      // Who and when.
      {Id::kNoDepartmentName, "文件中找不到部门名称（表头没有“编制部门：”“部门名称：”，表名里也没有）",
       "印有部门名称的预算公开文件", "请确认这是部门预算公开文件"},
      {Id::kNoYear, "文件中找不到预算年度", "表名或封面上的年度（如“2026年部门收入预算总表”）",
       "请用 --year 指明，例如 --year 2026"},
      {Id::kNoJurisdictionCode, "“{1}”的文件没有印行政区划代码，名称中也找不到 GB/T 2260 中的县级以上地名",
       "文件中的地名（如“上海市普陀区”）或行政区划代码", "请用 --jurisdiction 指明，例如 --jurisdiction 310107:上海市普陀区"},
      {Id::kJurisdictionAmbiguous, "“{1}”中的地名“{2}”在 GB/T 2260 中不止一处：{3}",
       "能确定唯一行政区划的地名", "请用 --jurisdiction 指明其中一个，例如 --jurisdiction {4}"},
      {Id::kNoDepartmentCode, "文件没有印部门编码，也没有部门登记表可查", "部门编码",
       "请用 --department 指明，例如 --department 101"},
      {Id::kNoUnitLine, "找不到单位行（如“203001 …本级”），也找不到部门行（如“203 …部”）",
       "绩效目标表上方印有单位编码和名称", "请确认文件完整；只有部分页时请用完整的原件导入"},
      {Id::kUnitsOfDifferentDepartments, "这些单位（{1}）属于不同的部门", "一份文件只有一个部门的单位",
       "请每个部门分别导入"},
      {Id::kNoDepartmentNameInDocument, "文件没有印部门名称（没有封面，也没有“…本级”单位）",
       "封面上的部门名称，或“…本级”单位", "请用印有封面的完整原件导入"},
      {Id::kUnitlessTables, "绩效目标表没有印单位（如“203001 …本级”），文件中也没有部门本级单位可以归属",
       "每张绩效目标表上方的单位行，或一个“…本级”单位", "请用完整的原件导入，或在补丁文件中补上单位行"},
      {Id::kNoProjectCodeForJurisdiction, "没有项目编码可以读出行政区划代码，名称中也找不到 GB/T 2260 中的地名",
       "项目编码（前 6 位是行政区划代码）或文件中的地名", "请用 --jurisdiction 指明，例如 --jurisdiction 130322:昌黎县"},
      {Id::kNoYearInTitleOrCodes, "标题和项目编码都看不出预算年度", "标题中的年度，或项目编码第 7、8 位",
       "请用 --year 指明，例如 --year 2024"},
      {Id::kNoJurisdictionName, "从部门名称“{1}”看不出行政区划的名称", "以地名开头的部门名称",
       "请用 --jurisdiction 代码:名称 指明，例如 --jurisdiction 130322:昌黎县"},
      {Id::kRegistryLine, "部门登记表的这一行格式不对", "“行政区划代码<Tab>部门编码<Tab>部门名称”，例如 310107\tr01\t上海市普陀区司法局",
       "请按这个格式改正这一行"},
      // 绩效目标表 and their rows.
      {Id::kUnitNamedTwice, "单位 {1} 前面叫“{2}”，这里叫“{3}”", "同一个单位编码只有一个名称",
       "已保留前一个名称；请核对原件"},
      {Id::kProjectCodeTwice, "项目编码 {1} 重复使用（第一次在第 {2} 行）", "一个部门内每个项目编码只用一次",
       "请核对原件；若是提取损坏，请用补丁文件改正"},
      {Id::kUnknownTableRow, "绩效目标表中有一行无法识别", "项目编码、项目名称、预算数、资金用途、绩效目标、指标等行",
       "此行未导入；请核对原件"},
      {Id::kOddProjectCode, "“{1}”不像项目编码", "6 位行政区划代码、2 位年度，再加字母和数字",
       "照原样导入；请核对原件"},
      {Id::kAmountsNotInWanyuan, "这张表的金额单位是“{1}”", "以万元为单位的绩效目标表",
       "请确认文件是否为本地区的绩效目标表格式"},
      {Id::kNotAnAmount, "{1}“{2}”不是金额", "以万元计的金额，例如 16.80",
       "请核对原件；若是提取损坏，请用补丁文件改正"},
      {Id::kMilestonesExpected, "资金支出计划的格式不对", "时间节点 3月底、6月底、10月底、12月底，下一行是各节点的支出比例",
       "请核对原件；若是提取损坏，请用补丁文件改正"},
      {Id::kPlanValueUnplaced, "支出计划的值“{1}”不在任何时间节点下面", "每个值在一个时间节点下面",
       "请核对原件；若是提取损坏，请用补丁文件改正"},
      {Id::kHeadingNameDiffers, "标题写的是“{1}”，表中项目名称是“{2}”", "标题与项目名称一致",
       "已导入表中的名称；请核对原件"},
      {Id::kProjectWithoutName, "项目没有名称", "绩效目标表中的“项目名称”", "请核对原件；若是提取损坏，请用补丁文件改正"},
      {Id::kUnknownLevel1, "一级指标“{1}”不是常见的一级指标", "产出指标、效益指标或满意度指标",
       "照原样导入；请核对原件"},
      {Id::kLevel2NotOfLevel1, "二级指标“{1}”不属于一级指标“{2}”", "该一级指标下的二级指标",
       "照原样导入；请核对原件"},
      {Id::kIndicatorRowCells, "指标行有 {1} 格{2}", "6 格：一级指标、二级指标、三级指标、指标值、指标值说明、指标值确定依据",
       "请核对原件；若是提取损坏，请用补丁文件改正"},
      {Id::kIndicatorRowNoLevel, "这一行没有{1}，上面也没有可以沿用的", "每行有一级、二级指标，或沿用上一行的",
       "请核对原件；若是提取损坏，请用补丁文件改正"},
      {Id::kSubGoalLabelFirst, "分项绩效目标的标签出现在标题之前", "先有分项目标的标题，再有“绩效目标：”“绩效指标：”",
       "请核对原件的顺序"},
      {Id::kSubGoalSecondLabel, "这个分项目标已经有{1}，第二个无法归属", "每个分项目标一个“绩效目标：”、一个“绩效指标：”",
       "请核对原件"},
      {Id::kSubGoalWithoutParagraph, "分项目标没有“{1}”段落", "每个分项目标有“绩效目标：”和“绩效指标：”",
       "已照原样导入；请核对原件"},
      // Patch files.
      {Id::kPatchExpectedString, "补丁缺少文字字段“{1}”", "字段“{1}”，值是文字", "请补上这个字段"},
      {Id::kPatchEmptyField, "补丁的字段“{1}”是空的", "有内容的字段“{1}”", "请填写这个字段"},
      {Id::kPatchUnknownField, "补丁中有不认识的字段“{1}”", "只有 line、published、corrected、why 四个字段",
       "请删除或改正这个字段"},
      {Id::kPatchExpectedObject, "这一项补丁不是对象", "对象 {line, published, corrected, why}", "请按 docs/import.md 的格式改写"},
      {Id::kPatchExpectedLine, "补丁缺少行号", "\"line\"：原文件的行号，从 1 起", "请补上行号"},
      {Id::kPatchExpectedFile, "补丁文件的格式不对", "含 \"format\"、\"document\" 和 \"patches\" 的对象",
       "请按 docs/import.md 的格式改写"},
      {Id::kPatchExpectedFormat, "补丁文件的格式版本不对", "格式版本 \"format\": 1", "请把 format 改为 1"},
      {Id::kPatchExpectedArray, "补丁文件的 patches 不是数组", "数组 \"patches\": [ … ]", "请按 docs/import.md 的格式改写"},
      {Id::kPatchOtherDocument, "这个补丁文件改正的是“{1}”，不是“{2}”", "与文件同名的补丁文件",
       "请确认补丁文件对应这份文件"},
      {Id::kPatchLinePastEnd, "第 {1} 行超出了 {2} 的末尾（共 {3} 行）", "文件中存在的行号",
       "请核对补丁的行号；文件是否换了版本？"},
      {Id::kPatchTextNotFound, "在 {2} 第 {1} 行找不到“{3}”", "补丁中的原文在这一行恰好出现一次",
       "请核对补丁；文件是否换了版本？"},
      {Id::kPatchTextFoundTwice, "在 {2} 第 {1} 行“{3}”出现了不止一次", "补丁中的原文在这一行恰好出现一次",
       "请在 published 中多写几个字，使它只出现一次"},
      {Id::kPatchUnreadable, "补丁文件读不出来（{1}）", "可读的补丁文件", "请检查文件的权限"},
      {Id::kPatchNotJson, "补丁文件在这里不是合法的 JSON（解析器的原话：{1}）", "JSON 格式的补丁文件（见 docs/import.md 的“补丁文件”一节）",
       "请按所示位置改正，常见的是多了或少了逗号、引号"},
      // The command and writing.
      {Id::kUsageYear, "--year 的值“{1}”不是年度", "4 位年度，例如 2024", "请改正 --year 的值"},
      {Id::kUsageJurisdiction, "--jurisdiction 的值“{1}”不对", "6 位行政区划代码，可带名称，例如 130322 或 130322:昌黎县",
       "请改正 --jurisdiction 的值"},
      {Id::kUsageDepartment, "--department 的值“{1}”不对", "部门编码（字母和数字，至多 12 位），例如 101 或 101:上海市普陀区司法局",
       "请改正 --department 的值"},
      {Id::kUsageNoFile, "没有指定要导入的文件", "至少一个文件", "请在命令后写上文件名，例如 gongkai import 文件.pdf --dry-run"},
      {Id::kUsageReportFile, "--report 的值“{1}”不是 .html 文件名", "以 .html 结尾的文件名",
       "请改为例如 --report 导入报告.html"},
      {Id::kUsageUnknownFlag, "没有 {1} 这个选项", "gongkai import --help 列出的选项", "请删去或改正 {1}"},
      {Id::kUsageUnknownFlagNear, "没有 {1} 这个选项", "gongkai import --help 列出的选项", "是不是 {2}？请改正"},
      {Id::kUsageFlagTakesNoValue, "选项 {1} 后面带了值", "{1} 单独使用，不带“=值”", "请删去 {1} 后面的“=…”"},
      {Id::kUsageFlagNeedsValue, "选项 {1} 后面缺少值", "写法 {1} {2}", "请在 {1} 后面写上值"},
      {Id::kFolderHoldsOtherDocument, "要导入到 {1}，但那里已有另一份文件 {2} 导入的内容（{3}），即同一部门同一年度的另一份公开文件",
       "每个部门每年一份公开文件", "若这份文件取代原来的，请先删除那个文件夹"},
      {Id::kTwoDocumentsOneFolder, "与 {2} 一样导入到 {1}", "每个部门每年一份文件", "请每次只导入同一部门同一年度的一份文件"},
      {Id::kCannotCreateFolder, "无法创建文件夹（{1}）", "可写的内容文件夹", "请检查磁盘空间和文件夹权限"},
      {Id::kCannotWriteFile, "无法写入文件", "可写的内容文件夹", "请检查磁盘空间和文件夹权限"},
      {Id::kCannotPutFolderInPlace, "无法把导入的文件夹放到位（{1}），内容文件夹保持导入前的样子", "可写的内容文件夹",
       "请检查文件夹权限后重新导入"},
      {Id::kCannotWriteReport, "无法写入报告文件（{1}）", "可写的位置", "请换一个文件夹，或检查权限"},
      {Id::kCannotWriteRegistry, "无法写入部门登记表（{1}）", "可写的内容文件夹", "请检查文件权限后重新导入"},
  };
  return table;
}

std::string ImportMessage(ImportMessageId id, const std::vector<std::string>& values) {
  const ImportMessageText& text = ImportMessageTable().at(static_cast<size_t>(id));
  return Fill(std::string(text.found) + "；应为" + text.expected + "；" + text.action, values);
}

namespace {

const std::map<ImportWordId, const char*>& Words() {
  using W = ImportWordId;
  static const std::map<ImportWordId, const char*> words = {
      {W::kError, "错误"},
      {W::kWarning, "警告"},
      {W::kUsagePrefix, "gongkai import：{1}"},
      {W::kUsageHint, "用法见 “gongkai import --help”"},
      {W::kErrorsNothingWritten, "gongkai import：{1} 个错误，未写入任何文件"},
      {W::kDryRun, "试导入（--dry-run）：未写入任何文件"},
      {W::kWrote, "已写入 {1}（department.json，{2} 个说明文件{3}）"},
      {W::kWroteRegistry, "已写入 {1}（{2} 个部门）"},
      {W::kWroteReport, "已写入报告 {1}"},
      {W::kFieldEncoding, "编码"},
      {W::kFieldDetectedBy, "判断依据"},
      {W::kFieldLines, "行号"},
      {W::kFieldDepartment, "部门"},
      {W::kFieldJurisdiction, "行政区划"},
      {W::kFieldYear, "年度"},
      {W::kFieldTitle, "标题"},
      {W::kFieldUnits, "单位"},
      {W::kFieldGoals, "部门整体目标"},
      {W::kFieldSections, "说明文字"},
      {W::kFieldTables, "预算表"},
      {W::kFieldProjects, "项目"},
      {W::kFieldFolder, "文件夹"},
      {W::kHeadingPatched, "补丁改正（来自 {1}）"},
      {W::kHeadingGuesses, "推断（请对照原件核对）"},
      {W::kHeadingRepairs, "修复的提取损坏"},
      {W::kHeadingSkipped, "未导入的部分"},
      {W::kWholeDocument, "全文"},
      {W::kLine, "第 {1} 行"},
      {W::kLines, "第 {1}–{2} 行"},
      {W::kPlace, "第 {1} 页第 {2} 行"},
      {W::kPlaces, "{1}至{2}"},
      {W::kNone, "（无）"},
      {W::kUnknown, "（不详）"},
      {W::kNotPrinted, "（未印）"},
      {W::kProjectsOfUnit, "{1} 个项目"},
      {W::kGoalsCount, "总体绩效目标 {1} 段，分项绩效目标 {2} 项"},
      {W::kParagraphs, "{1} 段"},
      {W::kRows, "{1} 行"},
      {W::kPublishedEmpty, "公开为空表"},
      {W::kNoAmounts, "无金额"},
      {W::kProjectsAndRows, "{1} 个项目，{2} 行指标"},
      {W::kNoCode, "（无编码）"},
      {W::kNoBudget, "（无预算数）"},
      {W::kProjectRows, "{1} 行"},
      {W::kHelp,
       "用法：gongkai import 文件… [--out DIR] [--year YYYY] [--jurisdiction CODE[:NAME]] [--department CODE[:NAME]]\n"
       "                       [--patches DIR] [--report FILE.html] [--dry-run]\n"
       "\n"
       "把部门公开的预算文件（预算信息公开、预算绩效文本）导入为内容文件夹：\n"
       "  DIR/<年度>/<行政区划代码>-<部门编码>/department.json（及 tables.json、sections/NN-<id>.md）\n"
       "\n"
       "文件是什么，从内容判断，不用指明：\n"
       "  .pdf         公布的 PDF 原件：按每个词的位置读出预算表（按表名与表头用词识别是哪张表）\n"
       "  .docx        Word 文件：段落、表格、合并单元格、自动编号\n"
       "  网页         预算公开栏目的 HTML 页面：段落与表格\n"
       "  Word 文本    每个单元格一行，以制表符缩进；去掉 { TC 总体绩效目标 \\f A \\l 1 } 这样的域代码\n"
       "  PDF 文本     每个表格行一行，单元格以制表符分隔；PDF 折断的单元格与项目编码接回\n"
       "  OCR markdown 扫描件经 OCR 识别的文字：标题、HTML 标记、拆开的列与跨页的行修复；LaTeX 公式（$\\geq 90\\%$）还原为 ≥90%\n"
       "文本可以是 UTF-8、GBK、GB18030 或带 BOM 的 UTF-16（记事本的“Unicode”），报告中写明编码。\n"
       "文字照原样导入，只修复提取造成的损坏；无法自动修复的（OCR 认错的字）用补丁文件改正：\n"
       "PATCHES/<文件名>.patch.json，每条写明行号、原文、改正后的文字和理由（docs/import.md）。\n"
       "\n"
       "每个文件的报告列出：文件格式与编码，部门、行政区划、年度，单位、说明文字、预算表、项目与指标行，\n"
       "以及每一处推断（文件没有直接印出的值，如行政区划）、修复和未导入的部分及其行号（PDF 为页码与行）。\n"
       "所有文件都没有错误才写入；同一部门同一年度原有的导入被替换。--year 与 --jurisdiction 对每个文件都适用。\n"
       "\n"
       "选项：\n"},
      {W::kHelpExitStatus, "退出状态：0 已导入，1 文件有错误（未写入任何文件），2 命令行有误\n"},
      {W::kFlagOut, "写入的内容文件夹（默认 content）"},
      {W::kFlagYear, "预算年度，文件没有印出时才用（默认取自标题或项目编码）"},
      {W::kFlagJurisdiction,
       "6 位行政区划代码及名称，例如 130322:昌黎县；文件中的地名不唯一或找不到时才用（默认取自项目编码或名称中的地名）"},
      {W::kFlagDepartment, "部门编码（及名称），用于未印部门编码的文件，例如 101（默认取自文件，或部门登记表 DIR/departments.tsv）"},
      {W::kFlagPatches, "补丁文件夹，<文件名>.patch.json（默认 <out>/patches）"},
      {W::kFlagReport, "报告另存为网页，供对照原件核对：每张表按读出的样子，旁注页码与行号，推断与未归位的单元格标出"},
      {W::kFlagDryRun, "试导入：只打印报告，不写入任何文件"},
      {W::kNoteCodeWrapRead, "项目编码 {1}：折行处的字符被两栏各读了一次"},
      {W::kNoteCodeUnreadable, "项目编码无法识读（应为以 {2} 开头的 {1} 位）；项目导入时不带编码"},
      {W::kNoteParagraphRejoined, "被分页断开的段落接回"},
      {W::kNoteLinesAnd, "第 {1} 行与第 {2} 行"},
      {W::kNoteRosterMatched, "机构设置的这一行对应单位 {1}（{2}）"},
      {W::kNoteOwnUnitCode, "部门本级定为单位编码 {1}：文件未印单位编码，而在印有编码的文件中本级都是“部门编码+001”"},
      {W::kNoteRosterNoCode, "机构设置中的单位没有印编码：不加入单位（说明文字中保留该行）"},
      {W::kNoteUnitFromTableBefore, "表上方没有单位行：与上一张表同属单位 {1}"},
      {W::kNoteSectionId, "标题不认识的部分取 id {1}"},
      {W::kNoteOfficeCostsSentence, "机关运行经费取自说明文字，成为 {1} 行的表"},
      {W::kNoteFewerAmounts, "这一行的金额比列少：缺的按右边的空单元格处理"},
      {W::kNoteCodesJoined, "分印在类/款/项三栏的编码合并（本表第一处）"},
      {W::kNoteOcrDel, "去掉 OCR 的 <del> 文字"},
      {W::kNoteMarkdownMarks, "去掉 markdown 与 HTML 标记，合上折行处的空格"},
      {W::kNoteUnknownTableRow, "绩效目标表中无法识别的行"},
      {W::kNoteCodeRejoined, "折断的项目编码接回"},
      {W::kNoteNameFromHeading, "没有“项目名称”单元格：名称取自标题"},
      {W::kNoteNameCellReads, "“项目名称”单元格读作“{1}”：导入标题中的名称"},
      {W::kNoteWithheld, "表中每个指标都是“涉密”：项目标记为不公开"},
      {W::kNoteContents, "目录"},
      {W::kNoteExplanationTitle, "情况说明的标题"},
      {W::kNoteTopOfTable, "第 {1}–{2} 行在第 {3} 行的标题之上，读作该表的开头"},
      {W::kNoteOutsideBlocks, "不属于任何已知部分的行"},
      {W::kNoteFieldCode, "去掉 Word 域代码"},
      {W::kNoteOcrNoise, "OCR 的杂点单元格清空"},
      {W::kNoteUnitLineJoined, "单位行的单元格合并"},
      {W::kNotePlanLabel, "分在两行的“资金支出计划”标签接回"},
      {W::kNoteSplitText, "OCR 拆成几栏的{1}文字接回"},
      {W::kNoteMilestonesRegrouped, "支出计划的时间节点重新分组"},
      {W::kNotePlanValuesRegrouped, "支出计划的值归到各自的时间节点下"},
      {W::kNoteIndicatorHeaderLost, "OCR 把指标表头拆得无法识别：下面各行照原样读"},
      {W::kNoteIndicatorHeaderSix, "指标表头的各栏重组为六栏"},
      {W::kNoteRowContinued, "接续上一行的行（被分页断开）并入上一行"},
      {W::kNoteIntoLine, "并入第 {1} 行"},
      {W::kNoteLevel1FromLevel2, "一级指标由二级指标“{1}”得出"},
      {W::kNoteMergedLower, "合并单元格印在下面"},
      {W::kNotePrinted, "印作“{1}”"},
      {W::kNoteCellsSplitBySpace, "被空格拆开的单元格接回"},
      {W::kNoteExtractionMarks, "去掉文本提取留下的 markdown 标记（** 或 - ）"},
      {W::kNoteCoverLine, "封面的行，未导入"},
      {W::kNoteNameJoined, "部门名称由封面的几行接成"},
      {W::kNoteTitleJoined, "标题由第 {1}–{2} 行接成"},
      {W::kNoteSubGoalsWhole, "不带“绩效目标：/绩效指标：”标签的分项绩效目标整体保存为 section sub-goals"},
      {W::kNoteDepartmentCodeFromLine, "部门编码 {1} 取自预算表上方的部门行"},
      {W::kNoteOfLines, "{2} 行中的 {1} 行"},
      {W::kNoteDepartmentCodeFromUnits, "部门编码 {1} 取自单位编码"},
      {W::kNoteNameWithoutOwnUnit, "部门名称：封面上的名称去掉“本级”"},
      {W::kNoteNameFromDepartmentLine, "部门名称取自预算表上方的部门行"},
      {W::kNoteNameFromUnit, "部门名称取自单位 {1}，去掉“本级”"},
      {W::kNoteUnitlessToOwnUnit, "绩效目标表未印单位：项目 {1} 归部门本级 {2}"},
      {W::kNoteFlagAgainstCodes, "指明了 --jurisdiction {1}；项目编码是 {2}"},
      {W::kNoteJurisdictionFromCodes, "行政区划代码 {1} 取自项目编码"},
      {W::kNoteOfCodes, "{2} 个编码中的 {1} 个"},
      {W::kNoteNot, "；不同的：{1}"},
      {W::kNoteCodesCarryYear, "{2} 个项目编码中的 {1} 个带年度 {3}"},
      {W::kNoteYearFromTitle, "年度 {1} 取自标题"},
      {W::kNoteYearFromCodes, "年度 {1} 取自项目编码"},
      {W::kNoteJurisdictionNameDerived, "行政区划名称“{1}”由部门名称推出"},
      {W::kNoteFromDepartmentName, "取自部门名称 {1}"},
      {W::kNoteUnitStartsWith, "；单位 {1} {2} 也以它开头"},
      {W::kNoteHeaderRepeatedDropped, "分页后重复的表头去掉"},
  };
  return words;
}

}  // namespace

std::string ImportWord(ImportWordId id, const std::vector<std::string>& values) {
  return Fill(Words().at(id), values);
}

std::vector<std::string> AllImportWords() {
  std::vector<std::string> out;
  for (const auto& [id, word] : Words()) out.push_back(word);
  return out;
}

}  // namespace gongkai
