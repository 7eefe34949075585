#include "export/xlsx_workbook.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include <xlsxwriter.h>

#include "base/scratch_file.h"

namespace gongkai {
namespace {

constexpr size_t kSheetNameLength = 31;  // Excel's limit, in characters
constexpr size_t kRowsPerSheet = 1048575;  // Excel's 1,048,576 rows, less the header

// A name Excel accepts: none of []:*?/\ , at most 31 characters, not
// already taken in this workbook ("项目", "项目 2").
std::string SheetName(const std::string& title, std::set<std::string>& taken) {
  std::vector<std::string> characters;
  for (size_t i = 0; i < title.size();) {
    size_t length = 1;
    const unsigned char lead = static_cast<unsigned char>(title[i]);
    if (lead >= 0xF0) length = 4;
    else if (lead >= 0xE0) length = 3;
    else if (lead >= 0xC0) length = 2;
    std::string character = title.substr(i, length);
    if (character.size() == 1 && std::string("[]:*?/\\").find(character[0]) != std::string::npos) character = "_";
    characters.push_back(character);
    i += length;
  }
  if (characters.empty()) characters.push_back("_");
  for (int n = 1;; ++n) {
    const std::string suffix = n == 1 ? "" : " " + std::to_string(n);
    std::string name;
    for (size_t c = 0; c < characters.size() && c + suffix.size() < kSheetNameLength; ++c) name += characters[c];
    name += suffix;
    if (taken.insert(name).second) return name;
  }
}

// Excel holds at most 32,767 characters in a cell. Longer text (a 资金用途
// pasted whole) is cut there with a note; the CSV, the database and the
// JSON keep all of it.
constexpr size_t kCellCharacters = 32767;
const std::string kCutNote = "…（全文见 CSV）";

std::string FitCell(const std::string& text) {
  size_t characters = 0, cut = std::string::npos;
  const size_t keep = kCellCharacters - 10;  // room for the note's 10 characters
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // a continuation byte
    if (characters == keep) cut = i;
    ++characters;
  }
  if (characters <= kCellCharacters) return text;
  return text.substr(0, cut) + kCutNote;
}

bool IsNumeric(FieldType type) {
  return type == FieldType::kAmount || type == FieldType::kNumber || type == FieldType::kInteger;
}

// "16.80" → 2 decimals; nullopt when the text is not a plain decimal of at
// most 15 significant digits (a double holds those exactly, as printed).
std::optional<int> ExactDecimals(const std::string& text) {
  size_t i = text[0] == '-' ? 1 : 0;
  size_t digits = 0, significant = 0;
  int decimals = -1;
  bool leading = true;
  if (i >= text.size()) return std::nullopt;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.') {
      if (decimals >= 0 || digits == 0) return std::nullopt;
      decimals = 0;
      continue;
    }
    if (c < '0' || c > '9') return std::nullopt;
    ++digits;
    if (decimals >= 0) ++decimals;
    if (c != '0') leading = false;
    if (!leading) ++significant;
  }
  if (digits == 0 || decimals == 0 || significant > 15) return std::nullopt;
  return decimals < 0 ? 0 : decimals;
}

// The number format that shows `decimals` places: "0", "0.00", "0.0000".
lxw_format* NumberFormat(lxw_workbook* workbook, std::map<int, lxw_format*>& formats, int decimals) {
  auto found = formats.find(decimals);
  if (found != formats.end()) return found->second;
  lxw_format* format = workbook_add_format(workbook);
  const std::string pattern = decimals == 0 ? "0" : "0." + std::string(decimals, '0');
  format_set_num_format(format, pattern.c_str());
  formats[decimals] = format;
  return format;
}

}  // namespace

XlsxResult ExportTablesToXlsx(const std::vector<const ExportTable*>& tables, const std::string& title) {
  std::vector<TablePieces> pieces;
  for (const ExportTable* table : tables) pieces.push_back(WholeTable(*table));
  std::vector<const TablePieces*> pointers;
  for (const TablePieces& table : pieces) pointers.push_back(&table);
  return TablePiecesToXlsx(pointers, title);
}

XlsxResult TablePiecesToXlsx(const std::vector<const TablePieces*>& tables, const std::string& title) {
  XlsxResult result;
  // libxlsxwriter 1.1.4 cannot write to memory: it writes this file.
  ScratchFile file("xlsx");
  if (!file.ok()) {
    result.error = file.error();
    return result;
  }
  std::string folder = TemporaryFolder();
  lxw_workbook_options options = {};
  options.constant_memory = LXW_TRUE;  // rows go to disk as written: a year of rows fits any machine
  options.tmpdir = folder.data();
  lxw_workbook* workbook = workbook_new_opt(file.path().c_str(), &options);
  if (!workbook) {
    result.error = "无法建立 .xlsx 文件";
    return result;
  }
  lxw_doc_properties properties = {};
  std::string document_title = title;
  properties.title = document_title.data();
  properties.created = kWorkbookCreated;
  workbook_set_properties(workbook, &properties);

  lxw_format* header = workbook_add_format(workbook);
  format_set_bold(header);
  std::map<int, lxw_format*> number_formats;
  std::set<std::string> taken;
  lxw_error error = LXW_NO_ERROR;
  ExportTable scratch;
  for (const TablePieces* table : tables) {
    const std::vector<ExportColumn>& columns = table->heading.columns;
    // A table of more rows than a sheet holds goes on over further sheets
    // ("绩效指标 2" …), each with the header; an empty table still gets one.
    lxw_worksheet* sheet = nullptr;
    size_t written = 0;  // rows of this table so far
    const auto start_sheet = [&] {
      const std::string name = SheetName(table->heading.title, taken);
      sheet = workbook_add_worksheet(workbook, name.c_str());
      if (!sheet) {
        error = LXW_ERROR_SHEETNAME_ALREADY_USED;
        return;
      }
      worksheet_freeze_panes(sheet, 1, 0);
      for (size_t c = 0; c < columns.size() && !error; ++c) {
        error = worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), columns[c].label.c_str(), header);
      }
    };
    start_sheet();
    for (size_t k = 0; k < table->count && !error; ++k) {
      const ExportTable& piece = table->piece(k, scratch);
      for (size_t r = 0; r < piece.rows.size() && !error; ++r, ++written) {
        if (written > 0 && written % kRowsPerSheet == 0) {
          start_sheet();
          if (error) break;
        }
        const lxw_row_t row = static_cast<lxw_row_t>(written % kRowsPerSheet + 1);
        for (size_t c = 0; c < columns.size() && !error; ++c) {
          const std::string& text = piece.rows[r][c];
          if (text.empty()) continue;
          const lxw_col_t column = static_cast<lxw_col_t>(c);
          const std::optional<int> decimals = IsNumeric(columns[c].type) ? ExactDecimals(text) : std::nullopt;
          if (decimals) {
            // strtod of at most 15 significant digits: the double nearest `text`.
            error = worksheet_write_number(sheet, row, column, std::strtod(text.c_str(), nullptr),
                                           NumberFormat(workbook, number_formats, *decimals));
          } else {
            error = worksheet_write_string(sheet, row, column, FitCell(text).c_str(), nullptr);
          }
        }
      }
    }
    result.rows += written;
    if (error) break;
  }
  const lxw_error closed = workbook_close(workbook);
  if (!error) error = closed;
  if (error) {
    result.error = std::string("无法写出 .xlsx 文件：") + lxw_strerror(error);
    return result;
  }
  std::string bytes;
  if (!file.Read(bytes)) {
    result.error = file.error();
    return result;
  }
  result.bytes = std::move(bytes);
  return result;
}

}  // namespace gongkai
