#include "importer/budget_tables/budget_tables_reader.h"

#include "importer/budget_tables/hebei_tables.h"
#include "importer/budget_tables/region_tables.h"
#include "importer/budget_tables/table_builder.h"
#include "importer/cjk_text.h"
#include "importer/format_detector.h"

namespace gongkai {
namespace {

bool IsJiangsuTableMark(const std::string& compact) {
  return compact.size() == 11 && StartsWith(compact, "公开") && EndsWith(compact, "表") &&
         compact.substr(6, 2).find_first_not_of("0123456789") == std::string::npos;
}

}  // namespace

TableTemplate DetectTableTemplate(const SourceDocument& document) {
  bool shanghai = false, parse = false, hebei_pdf = false, hebei_word = false;
  for (const SourceLine& line : document.lines) {
    const std::string compact = Compact(line.text);
    if (IsJiangsuTableMark(compact)) return TableTemplate::kJiangsuLayout;
    shanghai = shanghai || StartsWith(compact, "编制部门：");
    parse = parse || line.text == "-- PAGE_BREAK --" || line.text.find(" \t") != std::string::npos;
    hebei_pdf = hebei_pdf || StartsWith(line.text, "栏次\t");
    hebei_word = hebei_word || compact == "部门机构设置情况" || compact == "单位政府采购预算";
  }
  if (shanghai) return parse ? TableTemplate::kShanghaiParse : TableTemplate::kShanghaiLayout;
  if (hebei_pdf) return TableTemplate::kHebeiPdf;
  if (hebei_word) {
    const DocumentFormat format = DetectDocumentFormat(document.lines).format;
    return format == DocumentFormat::kWordText ? TableTemplate::kHebeiWord : TableTemplate::kHebeiPdf;
  }
  return TableTemplate::kNone;
}

const char* TableTemplateName(TableTemplate table_template) {
  switch (table_template) {
    case TableTemplate::kHebeiPdf: return "Hebei tables, PDF text";
    case TableTemplate::kHebeiWord: return "Hebei tables, Word text";
    case TableTemplate::kShanghaiLayout: return "Shanghai tables, space-aligned";
    case TableTemplate::kShanghaiParse: return "Shanghai tables, pdf-parse cells";
    case TableTemplate::kJiangsuLayout: return "Jiangsu tables, space-aligned";
    case TableTemplate::kNone: break;
  }
  return "no budget tables";
}

std::vector<BudgetTable> ReadBudgetTables(const SourceDocument& document, ImportReport& report) {
  switch (DetectTableTemplate(document)) {
    case TableTemplate::kHebeiPdf: return ReadHebeiPdfTables(document, report);
    case TableTemplate::kHebeiWord: return ReadHebeiWordTables(document, report);
    case TableTemplate::kShanghaiLayout: return ReadShanghaiTables(document, SplitLayoutRow, report);
    case TableTemplate::kShanghaiParse: return ReadShanghaiTables(document, SplitParseRow, report);
    case TableTemplate::kJiangsuLayout: return ReadJiangsuTables(document, report);
    case TableTemplate::kNone: break;
  }
  return {};
}

}  // namespace gongkai
