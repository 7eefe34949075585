#include "fuzz_targets.h"

#include <cstdio>
#include <cstdlib>

#include "check/html_page.h"
#include "check/page_rules.h"
#include "format/budget_tables_csv.h"
#include "format/budget_tables_json.h"
#include "format/content_json.h"
#include "format/section_file.h"
#include "format/target_value_reader.h"
#include "format/utf8_text.h"
#include "importer/content_folder_writer.h"
#include "importer/document_importer.h"
#include "importer/pdf_text_reader.h"
#include "importer/performance/goal_forms.h"
#include "importer/read/layout_text_reader.h"
#include "importer/read/pdf_reader.h"
#include "importer/tables/laid_out_tables.h"
#include "importer/source_patches.h"
#include "importer/word_text_reader.h"
#include "render/markdown.h"

namespace gongkai::fuzz {
namespace {

std::string Bytes(const uint8_t* data, size_t size) { return std::string(reinterpret_cast<const char*>(data), size); }

[[noreturn]] void Broken(const char* property, const std::string& detail) {
  std::fprintf(stderr, "fuzz property broken: %s\n%s\n", property, detail.c_str());
  std::abort();
}

}  // namespace

void FuzzContentJson(const uint8_t* data, size_t size) {
  const std::string text = Bytes(data, size);
  Diagnostics site;
  ParseSiteJson("site.json", text, site);
  Diagnostics diagnostics;
  const DepartmentYear department = ParseDepartmentJson("department.json", text, diagnostics);
  for (const Diagnostic& d : diagnostics.all()) FormatDiagnostic(d);
  if (diagnostics.HasErrors()) return;
  const std::string written = DepartmentToJson(department);
  Diagnostics again;
  ParseDepartmentJson("department.json", written, again);
  if (again.HasErrors()) Broken("a department that loads writes back loadable", FormatDiagnostic(again.all()[0]) + "\n" + written);
}

void FuzzBudgetTables(const uint8_t* data, size_t size) {
  const std::string text = Bytes(data, size);
  Diagnostics diagnostics;
  const std::vector<BudgetTable> tables = ParseBudgetTablesJson("tables.json", text, diagnostics);
  if (diagnostics.HasErrors()) return;
  const std::string written = BudgetTablesToJson(tables);
  Diagnostics again;
  ParseBudgetTablesJson("tables.json", written, again);
  if (again.HasErrors()) Broken("tables that load write back loadable", FormatDiagnostic(again.all()[0]) + "\n" + written);
  for (const BudgetTable& table : tables) {
    const std::string csv = BudgetTableToCsv(table);
    if (!ParseBudgetCsv(csv)) Broken("a table's CSV reads back", csv);
  }
}

void FuzzTargetValue(const uint8_t* data, size_t size) {
  const std::string text = Bytes(data, size);
  const TargetValue value = ReadTargetValueText(text);
  if (value.text != text) Broken("the 指标值 text is kept as published", text);
}

void FuzzMarkdown(const uint8_t* data, size_t size) {
  const std::string text = Bytes(data, size);
  Diagnostics diagnostics;
  const std::string file = "---\nformat: 1\ntitle: t\n---\n" + text;
  const Section section = ParseSectionFile("01-fuzz.md", "01-fuzz.md", file, diagnostics);
  // Only what the loader accepts reaches the renderer.
  if (diagnostics.HasErrors()) return;
  const std::string html = "<!DOCTYPE html><html><head><title>t</title></head><body>" +
                           RenderMarkdown(section.markdown) + "</body></html>";
  const HtmlPage page = ParseHtmlPage(html);
  if (!page.problems.empty()) Broken("rendered markdown parses cleanly", page.problems[0].message + "\n" + html);
  const PageRulesResult rules = CheckPageRules(page);
  if (!rules.problems.empty()) Broken("rendered markdown breaks no rule of gongkai check", rules.problems[0].message + "\n" + html);
  for (const PageLink& link : rules.links) {
    if (!IsAllowedLinkUrl(link.url)) Broken("links keep only allowed schemes", link.url);
  }
}

void FuzzHtmlCheck(const uint8_t* data, size_t size) {
  const HtmlPage page = ParseHtmlPage(Bytes(data, size));
  const PageRulesResult rules = CheckPageRules(page);
  for (const PageProblem& problem : rules.problems) {
    if (MessageSnippet(problem.message).find('\x1b') != std::string::npos) Broken("messages hold no escapes", problem.message);
  }
}

void FuzzImportDocument(const uint8_t* data, size_t size) {
  const std::string text = Bytes(data, size);
  if (FindInvalidUtf8(text) != std::string::npos) return;  // the importer refuses it
  Diagnostics diagnostics;
  const ImportedDocument imported = ImportDocument(MakeSourceDocument("doc.txt", text), IdentityOverrides{}, diagnostics);
  if (diagnostics.HasErrors()) return;
  for (const OutputFile& file : ContentFolderFiles(imported.department)) {
    if (file.path.size() < 15 || file.path.compare(file.path.size() - 15, 15, "department.json") != 0) continue;
    Diagnostics loaded;
    ParseDepartmentJson(file.path, file.bytes, loaded);
    if (loaded.HasErrors()) Broken("what the importer writes loads", FormatDiagnostic(loaded.all()[0]));
  }
}

void FuzzWordTextReader(const uint8_t* data, size_t size) {
  const std::string text = Bytes(data, size);
  if (FindInvalidUtf8(text) != std::string::npos) return;
  ImportReport report;
  Diagnostics diagnostics;
  ReadWordText(MakeSourceDocument("doc.txt", text), report, diagnostics);
}

void FuzzPdfTextReader(const uint8_t* data, size_t size) {
  const std::string text = Bytes(data, size);
  if (FindInvalidUtf8(text) != std::string::npos) return;
  ImportReport report;
  Diagnostics diagnostics;
  ReadPdfText(MakeSourceDocument("doc.txt", text), report, diagnostics);
}

namespace {

// Every row of every table read holds one cell per column.
void CheckLaidOutTables(const LaidOutText& text) {
  ImportReport report;
  const LaidOutTables tables = ReadLaidOutTables(text, report);
  for (const BudgetTable& table : tables.tables) {
    for (const BudgetRow& row : table.rows) {
      if (row.cells.size() != table.columns.size()) {
        std::fprintf(stderr, "a row of %s has %zu cells for %zu columns\n", table.title.c_str(), row.cells.size(),
                     table.columns.size());
        std::abort();
      }
    }
  }
  ReadGoalForms(text, report);
  FormatImportReport(report, DepartmentYear{});
}

}  // namespace

void FuzzPdfDocument(const uint8_t* data, size_t size) {
  Diagnostics diagnostics;
  const auto text = ReadPdf("doc.pdf", Bytes(data, size), diagnostics);
  if (text) CheckLaidOutTables(*text);
}

void FuzzLayoutTables(const uint8_t* data, size_t size) {
  const std::string text = Bytes(data, size);
  if (FindInvalidUtf8(text) != std::string::npos) return;
  CheckLaidOutTables(LayOutText(MakeSourceDocument("doc.txt", text)));
}

void FuzzSourcePatches(const uint8_t* data, size_t size) {
  const std::string text = Bytes(data, size);
  Diagnostics diagnostics;
  const std::optional<PatchFile> patches = ParsePatchFile("a.txt.patch.json", text, diagnostics);
  for (const Diagnostic& d : diagnostics.all()) FormatDiagnostic(d);
  if (!patches) return;
  SourceDocument document = MakeSourceDocument("a.txt", "资金用途\n贝亚用还\t20.32\n\n项目名称\n");
  ImportReport report;
  Diagnostics applied;
  ApplyPatches(*patches, document, report, applied);
  for (const Diagnostic& d : applied.all()) FormatDiagnostic(d);
}

const std::vector<NamedTarget>& AllTargets() {
  static const std::vector<NamedTarget> targets = {
      {"content_json", FuzzContentJson},       {"budget_tables", FuzzBudgetTables},
      {"target_value", FuzzTargetValue},
      {"markdown", FuzzMarkdown},              {"html_check", FuzzHtmlCheck},
      {"import_document", FuzzImportDocument}, {"word_text_reader", FuzzWordTextReader},
      {"pdf_text_reader", FuzzPdfTextReader},  {"source_patches", FuzzSourcePatches},
      {"pdf_document", FuzzPdfDocument},       {"layout_tables", FuzzLayoutTables},
  };
  return targets;
}

}  // namespace gongkai::fuzz
