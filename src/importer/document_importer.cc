#include "importer/document_importer.h"

#include "importer/budget_tables/budget_tables_reader.h"
#include "importer/cjk_text.h"
#include "importer/format_detector.h"
#include "importer/identity/table_disclosure_identity.h"
#include "importer/layout/text_blocks.h"
#include "importer/narrative/laid_out_sections.h"
#include "importer/performance/goal_forms.h"
#include "importer/read/layout_text_reader.h"
#include "importer/read/tab_rows_reader.h"
#include "importer/tables/laid_out_tables.h"
#include "importer/tables/table_vocabulary.h"
#include "importer/budget_tables/table_builder.h"
#include "importer/import_messages.h"
#include "importer/ocr_latex.h"
#include "importer/ocr_markdown.h"
#include "importer/pdf_text_reader.h"
#include "importer/publication_date.h"
#include "importer/word_field_codes.h"
#include "importer/word_text_reader.h"

namespace gongkai {
namespace {

// The file's name without its folders: where the document came from, the
// same whichever folder the import ran from.
std::string FileName(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Which document the department-year was read from, for the archive: its
// name, its SHA-256 and the date its cover prints.
void RecordSourceDocument(const SourceDocument& document, DepartmentYear& department) {
  department.source = FileName(document.path);
  department.source_sha256 = document.sha256;
  department.source_published = PrintedPublicationDate(document.lines);
}

// A 绩效目标表 heading outside a table of contents ("1.…绩效目标表" without
// dot leaders): the document publishes projects.
bool HasPerformanceTables(const SourceDocument& document) {
  for (const SourceLine& line : document.lines) {
    // Word text keeps a heading's field code after it ("…绩效目标表 TC …").
    const std::string compact = WithoutSpaces(StripWordFieldCodes(line.text));
    if (EndsWith(compact, "绩效目标表") && compact.find("…") == std::string::npos &&
        compact.find("..") == std::string::npos) {
      return true;
    }
  }
  return false;
}

DetectedFormat FormatOf(const SourceDocument& document) {
  switch (document.kind) {
    case SourceKind::kDocx: return {DocumentFormat::kDocx, "Word .docx 压缩包"};
    case SourceKind::kHtml: return {DocumentFormat::kHtml, "HTML 网页"};
    case SourceKind::kSpreadsheet: return {DocumentFormat::kSpreadsheet, "Excel 工作簿"};
    case SourceKind::kPdf:
    case SourceKind::kText: break;
  }
  return DetectDocumentFormat(document.lines);
}

// The first "编制部门：…" (编制单位：, 部门名称：) cell of a text form that
// keeps cells apart with tabs.
void NoteDepartmentLine(const SourceDocument& document, LaidOutTables& tables) {
  for (const SourceLine& line : document.lines) {
    size_t start = 0;
    while (start <= line.text.size()) {
      const size_t tab = std::min(line.text.find('\t', start), line.text.size());
      const std::string name = PrintedDepartmentName(Compact(line.text.substr(start, tab - start)));
      if (!name.empty()) {
        tables.department_name = name;
        tables.department_line = line.number;
        return;
      }
      start = tab + 1;
    }
  }
}

// A .docx, a web page or a spreadsheet: cells and paragraphs as the file
// holds them (read/grid_source.h), not printed text.
bool IsGridSource(const SourceDocument& document) {
  return document.kind == SourceKind::kDocx || document.kind == SourceKind::kHtml ||
         document.kind == SourceKind::kSpreadsheet;
}

std::string LaidOutFormatName(const SourceDocument& document, const std::string& detected, bool tab_rows) {
  if (document.kind == SourceKind::kPdf) return "PDF";
  if (tab_rows) return detected;
  if (document.kind == SourceKind::kText) return "按空格对齐的文本（pdftotext -layout）";
  return detected;
}

std::string LaidOutEvidence(const SourceDocument& document, bool tab_rows) {
  return IsGridSource(document) || tab_rows ? "按单元格读取 " : "按位置读取 ";
}

// Tab rows of a template no text-form reader knows (a sheet saved as text,
// another tool's PDF text) as a grid, when the shared table reader finds
// budget tables in it; nullptr otherwise (the form's own readers read it).
std::shared_ptr<const LaidOutText> TabRowsGrid(const SourceDocument& document, const DetectedFormat& detected) {
  if (document.kind != SourceKind::kText || detected.format != DocumentFormat::kPdfText ||
      DetectTableTemplate(document) != TableTemplate::kNone) {
    return nullptr;
  }
  auto grid = std::make_shared<const LaidOutText>(LayOutTabRows(document));
  ImportReport probe;
  if (ReadLaidOutTables(*grid, probe).tables.empty()) return nullptr;
  return grid;
}

}  // namespace

ImportedDocument ImportDocument(const SourceDocument& source, const ImportOptions& options,
                                Diagnostics& diagnostics) {
  ImportedDocument imported;
  ImportReport& report = imported.report;
  report.file = source.path;
  report.lines_are = source.lines_are;
  report.encoding = source.encoding;
  if (!source.encoding_warning.empty()) diagnostics.Warning(FileLocation(source.path), source.encoding_warning);
  if (source.layout && source.kind == SourceKind::kPdf) {
    for (const LaidOutLine& line : source.layout->lines) report.pdf_places.push_back({line.page, line.row});
  }
  SourceDocument patched = source;
  if (options.patches) {
    const int errors = diagnostics.error_count();
    ApplyPatches(*options.patches, patched, report, diagnostics);
    if (diagnostics.error_count() != errors) return imported;
  }
  // OCR's inline formulas are extraction damage in any text form.
  if (patched.kind == SourceKind::kText) RepairOcrLatex(patched, report);
  const SourceDocument& document = patched;
  // What the reader left out on purpose (a web page's template).
  for (const ReaderNote& note : document.reader_notes) {
    if (note.guess) {
      report.Guess(note.line, note.what, note.detail);
    } else {
      report.Skip(note.line, 0, note.what, note.detail);
    }
  }
  const DetectedFormat detected = FormatOf(document);
  report.format = DocumentFormatName(detected.format);
  report.evidence = detected.evidence;

  // Positioned words, where the document has them: a PDF's boxes, or
  // space-aligned text read by character columns.
  std::shared_ptr<const LaidOutText> layout = document.layout;
  if (!layout && document.kind == SourceKind::kText && LooksSpaceAligned(document)) {
    layout = std::make_shared<const LaidOutText>(LayOutText(document));
  }
  const bool has_projects = HasPerformanceTables(document);
  bool tab_rows = false;
  if (!layout && !has_projects) {
    layout = TabRowsGrid(document, detected);
    tab_rows = layout != nullptr;
  }
  if (layout && !has_projects) {
    // A disclosure of budget tables (and narrative) without 绩效目标表.
    LaidOutTables tables = ReadLaidOutTables(*layout, report);
    // Projects printed as Shanghai's 绩效目标填报表, when there are any.
    GoalForms forms = ReadGoalForms(*layout, report);
    // The rest is narrative: every line the tables and forms did not take.
    std::vector<LineRange> taken = tables.claimed;
    taken.insert(taken.end(), forms.claimed.begin(), forms.claimed.end());
    std::vector<Section> sections = ReadLaidOutSections(*layout, ReadTextBlocks(*layout, taken, report), report);
    // A page of narrative only (a 情况说明 published on its own) is a
    // disclosure too, when it has sections to show.
    if (tables.tables.empty() && (sections.empty() || !(IsGridSource(document) || tab_rows))) {
      diagnostics.Error(FileLocation(document.path), ImportMessage(ImportMessageId::kNoTablesNoProjects));
      return imported;
    }
    report.format = LaidOutFormatName(document, report.format, tab_rows);
    report.evidence = LaidOutEvidence(document, tab_rows) + std::to_string(tables.tables.size()) + " 张预算表：" +
                      std::to_string(tables.amounts) + " 个金额归入表、行、列，" + std::to_string(tables.unplaced) +
                      " 个无法归位；说明文字 " + std::to_string(sections.size()) + " 节";
    ResolveTableDisclosureIdentity(imported.department, tables, document, options.overrides, options.registry, report,
                                   diagnostics);
    RecordSourceDocument(document, imported.department);
    imported.department.tables = std::move(tables.tables);
    imported.department.projects = std::move(forms.projects);
    imported.department.sections = std::move(sections);
    return imported;
  }

  if (!has_projects && document.kind == SourceKind::kText) {
    // Tables in a text form without positions (pdf-parse cells): read by the
    // template's text form; a disclosure all the same.
    LaidOutTables tables;
    tables.tables = ReadBudgetTables(document, report);
    if (!tables.tables.empty()) {
      NoteDepartmentLine(document, tables);
      for (const BudgetTable& table : tables.tables) {
        for (const BudgetRow& row : table.rows) {
          for (size_t c = 0; c < table.columns.size(); ++c) {
            tables.amounts += table.columns[c].type == ColumnType::kAmount && row.Cell(c).amount;
          }
        }
      }
      report.evidence = "按表格模板的文本格式读取 " + std::to_string(tables.tables.size()) + " 张预算表：" +
                        std::to_string(tables.amounts) + " 个金额；此文本格式无位置信息，未读取说明文字";
      ResolveTableDisclosureIdentity(imported.department, tables, document, options.overrides, options.registry, report,
                                     diagnostics);
      imported.department.source = FileName(document.path);
      imported.department.tables = std::move(tables.tables);
      return imported;
    }
  }

  RecoveredDocument recovered;
  switch (detected.format) {
    case DocumentFormat::kWordText:
    case DocumentFormat::kDocx:
    case DocumentFormat::kHtml:
      recovered = ReadWordText(document, report, diagnostics);
      break;
    case DocumentFormat::kPdfText:
    case DocumentFormat::kSpreadsheet:  // a sheet row per line, cells between tabs, as PDF text has them
      recovered = ReadPdfText(document, report, diagnostics);
      break;
    case DocumentFormat::kOcrMarkdown:
      recovered = ReadOcrMarkdown(document, report, diagnostics);
      break;
    case DocumentFormat::kUnknown:
      diagnostics.Error(FileLocation(document.path), ImportMessage(ImportMessageId::kUnknownTextForm, {detected.evidence}));
      return imported;
  }
  ResolveIdentity(recovered, options.overrides, document, report, diagnostics);
  imported.department = std::move(recovered.department);
  RecordSourceDocument(document, imported.department);
  // The budget tables (部门预算公开表), when the document publishes them:
  // by position where it is laid out, else by the template's text form.
  if (layout && document.kind == SourceKind::kPdf) {
    imported.department.tables = ReadLaidOutTables(*layout, report).tables;
  } else {
    imported.department.tables = ReadBudgetTables(document, report);
  }
  return imported;
}

}  // namespace gongkai
