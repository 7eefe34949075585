// Test support: budget tables written out as the files departments hold
// (.docx, HTML, .xlsx), made here in the test from cells transcribed off a
// published PDF, so each form can be checked against the PDF's import.
//
// The tables are two of 上海市普陀区司法局's 2026 disclosure
// (content/sources/01_shanghai_putuo_sfj_2026_dept_budget.pdf, pages 13
// and 18; tests/documents/corpus/01_….layout.txt lines 198–226 and
// 341–351): the 部门支出预算总表 and the “三公”经费 table, cell by cell, with
// the merges a spreadsheet of them has (类/款/项 under 功能分类科目编码, the
// 合计 label over four columns, group headings over their columns).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace gongkai::testing {

struct SpecCell {
  std::string text;
  int columns = 1;
  int rows = 1;
  bool number = false;  // an amount: a number cell in a spreadsheet
};

struct SpecTable {
  std::string title;
  int width = 0;  // grid columns
  std::vector<std::vector<SpecCell>> rows;  // the meta row (编制部门, 单位) first
};

// The two tables, as printed.
std::vector<SpecTable> ShanghaiJusticeTables();

// The stem of the PDF they come from.
inline const char* kShanghaiJusticeStem = "01_shanghai_putuo_sfj_2026_dept_budget";

// word/document.xml of a document holding `tables`, each after its title
// as a centred paragraph; with `lead` paragraphs before them.
std::string DocxDocumentXml(const std::vector<SpecTable>& tables, const std::vector<std::string>& lead = {});
// A whole .docx (zip bytes) around DocxDocumentXml.
std::map<std::string, std::string> DocxParts(const std::string& document_xml,
                                             const std::string& numbering_xml = "");
// An HTML page holding `tables`.
std::string HtmlPage(const std::vector<SpecTable>& tables);
// An .xlsx workbook, one sheet per table: the title in row 1 merged over
// the table, numbers as number cells in the format `number_format`.
std::map<std::string, std::string> XlsxParts(const std::vector<SpecTable>& tables);

// Zips `parts` (name → bytes) into `path` with libzip; AES-256 when `encrypt`.
void WriteZip(const std::string& path, const std::map<std::string, std::string>& parts, bool encrypt = false);
bool ZipEncryptionSupported();

}  // namespace gongkai::testing
