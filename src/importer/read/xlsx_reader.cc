#include "importer/read/xlsx_reader.h"

#include <map>

#include "base/markup_tree.h"
#include "importer/import_messages.h"
#include "importer/read/grid_source.h"
#include "importer/read/shown_number.h"
#include "importer/read/zip_archive.h"

namespace gongkai {
namespace {

// The message table's words for an .xlsx: its form, the program, its workbook part.
const std::vector<std::string> kXlsxWords = {".xlsx", "Excel", "xl/workbook.xml"};

// A sheet with more rows or columns than this is no budget table.
constexpr int kMaxRows = 100000;
constexpr int kMaxColumns = 16384;

struct CellPlace {
  int row = 0;     // 1-based
  int column = 0;  // 0-based
};

// "AB12" → row 12, column 27.
std::optional<CellPlace> ParseReference(const std::string& reference) {
  CellPlace place;
  size_t at = 0;
  int column = 0;
  while (at < reference.size() && reference[at] >= 'A' && reference[at] <= 'Z') {
    column = column * 26 + (reference[at++] - 'A' + 1);
    if (column > kMaxColumns) return std::nullopt;
  }
  if (column == 0 || at == reference.size()) return std::nullopt;
  int row = 0;
  for (; at < reference.size(); ++at) {
    if (reference[at] < '0' || reference[at] > '9') return std::nullopt;
    row = row * 10 + (reference[at] - '0');
    if (row > kMaxRows) return std::nullopt;
  }
  if (row == 0) return std::nullopt;
  return CellPlace{row, column - 1};
}

// The text of a string item: <t> alone, or the <t> of each run (<r>); phonetic runs (<rPh>) left out.
std::string StringItemText(const MarkupNode& item) {
  std::string text;
  for (const MarkupNode& child : item.children) {
    if (child.IsElement("t")) text += child.Text();
    else if (child.IsElement("r") && child.Child("t")) text += child.Child("t")->Text();
  }
  return text;
}

struct Workbook {
  std::vector<std::string> shared_strings;
  std::vector<ShownFormat> cell_formats;  // by the cell's style index (s="…")
};

std::vector<std::string> SharedStrings(const std::string& xml) {
  std::vector<std::string> strings;
  const MarkupParse parse = ParseXml(xml);
  if (!parse.root) return strings;
  for (const MarkupNode& item : parse.root->children) {
    if (item.IsElement("si")) strings.push_back(StringItemText(item));
  }
  return strings;
}

std::vector<ShownFormat> CellFormats(const std::string& xml) {
  std::vector<ShownFormat> formats;
  const MarkupParse parse = ParseXml(xml);
  if (!parse.root) return formats;
  std::map<int, ShownFormat> custom;
  if (const MarkupNode* numbers = parse.root->Child("numFmts")) {
    for (const MarkupNode& format : numbers->children) {
      if (!format.IsElement("numFmt")) continue;
      const std::string id = format.Attribute("numFmtId");
      if (!id.empty() && id.size() < 6 && id.find_first_not_of("0123456789") == std::string::npos) {
        custom[std::stoi(id)] = ParseNumberFormat(format.Attribute("formatCode"));
      }
    }
  }
  if (const MarkupNode* styles = parse.root->Child("cellXfs")) {
    for (const MarkupNode& style : styles->children) {
      if (!style.IsElement("xf")) continue;
      const std::string id = style.Attribute("numFmtId");
      int number = 0;
      if (!id.empty() && id.size() < 6 && id.find_first_not_of("0123456789") == std::string::npos) number = std::stoi(id);
      const auto found = custom.find(number);
      formats.push_back(found != custom.end() ? found->second : BuiltInNumberFormat(number));
    }
  }
  return formats;
}

// A sheet's part name from the workbook's relationships: "xl/worksheets/sheet1.xml".
std::map<std::string, std::string> SheetTargets(const std::string& relationships_xml) {
  std::map<std::string, std::string> targets;
  const MarkupParse parse = ParseXml(relationships_xml);
  if (!parse.root) return targets;
  for (const MarkupNode& relationship : parse.root->children) {
    if (!relationship.IsElement("Relationship")) continue;
    std::string target = relationship.Attribute("Target");
    // Relative to xl/, or absolute within the package ("/xl/worksheets/…").
    if (!target.empty() && target[0] == '/') target = target.substr(1);
    else target = "xl/" + target;
    targets[relationship.Attribute("Id")] = target;
  }
  return targets;
}

struct SheetCell {
  std::string text;
  int columns = 1;
  bool covered = false;
};

class SheetReader {
 public:
  SheetReader(const Workbook& workbook, int page) : workbook_(workbook), page_(page) {}

  // The sheet's rows as blocks; false when the part is not a worksheet.
  bool Read(const MarkupNode& sheet, std::vector<SourceBlock>& blocks) {
    const MarkupNode* data = sheet.Child("sheetData");
    if (!data) return false;
    std::map<int, std::map<int, SheetCell>> rows;
    for (const MarkupNode& row : data->children) {
      if (!row.IsElement("row")) continue;
      for (const MarkupNode& cell : row.children) {
        if (!cell.IsElement("c")) continue;
        const auto place = ParseReference(cell.Attribute("r"));
        if (!place) continue;
        const std::string text = CellText(cell);
        if (!text.empty()) rows[place->row][place->column].text = text;
      }
    }
    ApplyMerges(sheet, rows);
    const int last = rows.empty() ? 0 : rows.rbegin()->first;
    for (int r = 1; r <= last; ++r) {
      SourceBlock block;
      block.kind = SourceBlock::Kind::kTableRow;
      block.page = page_;
      block.row = r;
      const auto found = rows.find(r);
      if (found != rows.end()) {
        for (const auto& [column, cell] : found->second) {
          if (cell.covered || cell.text.empty()) continue;
          block.cells.push_back({{cell.text}, column, cell.columns, false});
        }
      }
      blocks.push_back(std::move(block));
    }
    return true;
  }

 private:
  std::string CellText(const MarkupNode& cell) const {
    const std::string type = cell.Attribute("t");
    const MarkupNode* value = cell.Child("v");
    const std::string stored = value ? value->Text() : "";
    if (type == "s") {
      if (stored.empty() || stored.size() > 9 || stored.find_first_not_of("0123456789") != std::string::npos) return "";
      const size_t index = static_cast<size_t>(std::stoul(stored));
      return index < workbook_.shared_strings.size() ? workbook_.shared_strings[index] : "";
    }
    if (type == "inlineStr") return cell.Child("is") ? StringItemText(*cell.Child("is")) : "";
    if (type == "str" || type == "e") return stored;
    if (type == "b") return stored == "1" ? "TRUE" : stored.empty() ? "" : "FALSE";
    if (stored.empty()) return "";
    // A number: as its format shows it.
    const std::string style = cell.Attribute("s");
    ShownFormat format;
    if (!style.empty() && style.size() < 6 && style.find_first_not_of("0123456789") == std::string::npos) {
      const size_t index = static_cast<size_t>(std::stoul(style));
      if (index < workbook_.cell_formats.size()) format = workbook_.cell_formats[index];
    }
    const std::string shown = ShowNumber(stored, format);
    return shown.empty() ? stored : shown;
  }

  static void ApplyMerges(const MarkupNode& sheet, std::map<int, std::map<int, SheetCell>>& rows) {
    const MarkupNode* merges = sheet.Child("mergeCells");
    if (!merges) return;
    for (const MarkupNode& merge : merges->children) {
      if (!merge.IsElement("mergeCell")) continue;
      const std::string range = merge.Attribute("ref");
      const size_t colon = range.find(':');
      if (colon == std::string::npos) continue;
      const auto first = ParseReference(range.substr(0, colon)), last = ParseReference(range.substr(colon + 1));
      if (!first || !last || last->row < first->row || last->column < first->column) continue;
      rows[first->row][first->column].columns = last->column - first->column + 1;
      for (int r = first->row; r <= last->row; ++r) {
        const auto row = rows.find(r);
        if (row == rows.end()) continue;
        for (auto& [column, cell] : row->second) {
          const bool inside = column >= first->column && column <= last->column;
          if (inside && !(r == first->row && column == first->column)) cell.covered = true;
        }
      }
    }
  }

  const Workbook& workbook_;
  int page_;
};

}  // namespace

std::optional<SourceDocument> ReadXlsx(const std::string& path, const std::string& bytes, Diagnostics& diagnostics) {
  const SourceLocation where = FileLocation(path);
  ZipOpenProblem problem;
  std::optional<ZipArchive> archive = ZipArchive::Open(bytes, problem);
  if (!archive) {
    diagnostics.Error(where, ImportMessage(problem.not_a_zip ? ImportMessageId::kZipNotZip : ImportMessageId::kZipDamaged,
                                           kXlsxWords));
    return std::nullopt;
  }
  std::string workbook_xml, relationships_xml, strings_xml, styles_xml;
  switch (archive->Read("xl/workbook.xml", workbook_xml)) {
    case ZipPartStatus::kRead: break;
    case ZipPartStatus::kMissing:
      diagnostics.Error(where, ImportMessage(ImportMessageId::kZipPartMissing, kXlsxWords));
      return std::nullopt;
    case ZipPartStatus::kEncrypted:
      diagnostics.Error(where, ImportMessage(ImportMessageId::kZipEncrypted, kXlsxWords));
      return std::nullopt;
    case ZipPartStatus::kTooLarge:
      diagnostics.Error(where, ImportMessage(ImportMessageId::kZipPartTooLarge, kXlsxWords));
      return std::nullopt;
    case ZipPartStatus::kDamaged:
      diagnostics.Error(where, ImportMessage(ImportMessageId::kZipPartDamaged, kXlsxWords));
      return std::nullopt;
  }
  archive->Read("xl/_rels/workbook.xml.rels", relationships_xml);
  Workbook workbook;
  if (archive->Read("xl/sharedStrings.xml", strings_xml) == ZipPartStatus::kRead) workbook.shared_strings = SharedStrings(strings_xml);
  if (archive->Read("xl/styles.xml", styles_xml) == ZipPartStatus::kRead) workbook.cell_formats = CellFormats(styles_xml);
  const MarkupParse parsed_workbook = ParseXml(workbook_xml);
  const MarkupNode* sheets = parsed_workbook.root ? parsed_workbook.root->Child("sheets") : nullptr;
  if (!sheets) {
    diagnostics.Error(where, ImportMessage(ImportMessageId::kXlsxNoSheetList));
    return std::nullopt;
  }
  const std::map<std::string, std::string> targets = SheetTargets(relationships_xml);
  GridSource source;
  int page = 0;
  std::vector<std::string> names;
  for (const MarkupNode& sheet : sheets->children) {
    if (!sheet.IsElement("sheet")) continue;
    const auto target = targets.find(sheet.Attribute("id"));
    if (target == targets.end()) continue;
    std::string sheet_xml;
    const ZipPartStatus status = archive->Read(target->second, sheet_xml);
    const MarkupParse parse = status == ZipPartStatus::kRead ? ParseXml(sheet_xml) : MarkupParse{};
    if (!parse.root) {
      diagnostics.Error(where, ImportMessage(ImportMessageId::kXlsxSheetUnreadable,
                                             {sheet.Attribute("name"), target->second,
                                              parse.error_line > 0 ? "：第 " + std::to_string(parse.error_line) + " 行不是完整的 XML" : ""}));
      return std::nullopt;
    }
    SheetReader reader(workbook, page + 1);
    if (reader.Read(*parse.root, source.blocks)) {
      ++page;
      names.push_back(sheet.Attribute("name"));
    }
  }
  if (page == 0) {
    diagnostics.Error(where, ImportMessage(ImportMessageId::kXlsxNoSheet));
    return std::nullopt;
  }
  std::string sheet_list;
  for (size_t i = 0; i < names.size(); ++i) sheet_list += (i ? "、" : "") + names[i];
  source.notes.push_back({true, 0, "数字按单元格的数字格式显示（小数位数、千分位），按十进制位舍入，不经二进制浮点", ""});
  return GridSourceDocument(path, SourceKind::kSpreadsheet, source, GridLineForm::kSheetRows,
                            "工作表的行，按工作表顺序连续编号（" + std::to_string(page) + " 张工作表：" + sheet_list + "）");
}

}  // namespace gongkai
