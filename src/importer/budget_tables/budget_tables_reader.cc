#include "importer/budget_tables/budget_tables_reader.h"

#include "importer/budget_tables/hebei_tables.h"
#include "importer/budget_tables/region_tables.h"
#include "importer/budget_tables/table_builder.h"
#include "importer/cjk_text.h"
#include "importer/format_detector.h"
#include "importer/read/tab_rows_reader.h"
#include "importer/tables/laid_out_tables.h"

namespace gongkai {

TableTemplate DetectTableTemplate(const SourceDocument& document) {
  bool shanghai = false, parse = false, hebei_pdf = false, hebei_word = false;
  for (const SourceLine& line : document.lines) {
    const std::string compact = Compact(line.text);
    shanghai = shanghai || StartsWith(compact, "编制部门：");
    parse = parse || line.text == "-- PAGE_BREAK --" || line.text.find(" \t") != std::string::npos;
    hebei_pdf = hebei_pdf || StartsWith(line.text, "栏次\t");
    hebei_word = hebei_word || compact == "部门机构设置情况" || compact == "单位政府采购预算";
  }
  // Space-aligned Shanghai text is read by position (tables/laid_out_tables.h).
  if (shanghai && parse) return TableTemplate::kShanghaiParse;
  if (hebei_pdf) return TableTemplate::kHebeiPdf;
  if (hebei_word) {
    const DocumentFormat format = DetectDocumentFormat(document.lines).format;
    return format == DocumentFormat::kWordText ? TableTemplate::kHebeiWord : TableTemplate::kHebeiPdf;
  }
  return TableTemplate::kNone;
}

const char* TableTemplateName(TableTemplate table_template) {
  switch (table_template) {
    case TableTemplate::kHebeiPdf: return "河北模板的预算表（PDF 文本）";
    case TableTemplate::kHebeiWord: return "河北模板的预算表（Word 文本）";
    case TableTemplate::kShanghaiParse: return "上海模板的预算表（pdf-parse 单元格）";
    case TableTemplate::kNone: break;
  }
  return "没有预算表";
}

std::vector<BudgetTable> ReadBudgetTables(const SourceDocument& document, ImportReport& report) {
  switch (DetectTableTemplate(document)) {
    case TableTemplate::kHebeiPdf: {
      // Its tab rows are a grid: the budget tables by the shared reader, by
      // kind and position; then the lists the template's reader still reads.
      std::vector<BudgetTable> tables = ReadLaidOutTables(LayOutTabRows(document), report).tables;
      for (BudgetTable& table : ReadHebeiPdfTables(document, report)) tables.push_back(std::move(table));
      return tables;
    }
    case TableTemplate::kHebeiWord: return ReadHebeiWordTables(document, report);
    case TableTemplate::kShanghaiParse: return ReadShanghaiTables(document, SplitParseRow, report);
    case TableTemplate::kNone: break;
  }
  return {};
}

}  // namespace gongkai
