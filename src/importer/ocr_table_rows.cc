#include "importer/ocr_table_rows.h"

#include <array>
#include <optional>

#include "importer/cjk_text.h"
#include "importer/indicator_levels.h"
#include "importer/indicator_rows.h"
#include "importer/pdf_text_reader.h"
#include "importer/import_messages.h"

namespace gongkai {
namespace {

constexpr size_t kColumns = 6;
const std::array<const char*, kColumns> kHeader = {"一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"};

bool IsIdeograph(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }

// Two fragments of one printed text: Chinese needs no space between them.
std::string Join(const std::string& a, const std::string& b) {
  if (a.empty()) return b;
  if (b.empty()) return a;
  const unsigned char last = static_cast<unsigned char>(a.back()), first = static_cast<unsigned char>(b[0]);
  return a + (last >= 0x80 || first >= 0x80 ? "" : " ") + b;
}

bool IsKnownLevel2(const std::string& text) { return !Level1Of(text).empty(); }

// Column groups of a header row: which cells make each of the six labels.
std::optional<std::array<std::vector<size_t>, kColumns>> HeaderColumns(const TableRow& row) {
  std::array<std::vector<size_t>, kColumns> columns;
  size_t label = 0;
  std::string text;
  for (size_t j = 0; j < row.cells.size() && label < kColumns; ++j) {
    const std::string cell = WithoutSpaces(row.cells[j].text);
    if (cell.empty() && text.empty()) continue;
    text += cell;
    columns[label].push_back(j);
    if (text == kHeader[label]) {
      ++label;
      text.clear();
    } else if (!StartsWith(std::string_view(kHeader[label]), text)) {
      return std::nullopt;
    }
  }
  if (label != kColumns) return std::nullopt;
  return columns;
}

class Normalizer {
 public:
  explicit Normalizer(ImportReport& report) : report_(report) {}

  std::vector<TableRow> Run(std::vector<TableRow> rows) {
    for (TableRow& row : rows) DropNoise(row);
    for (size_t i = 0; i < rows.size(); ++i) {
      TableRow& row = rows[i];
      if (IsIndicatorHeaderRow(row)) {
        Header(row);
        continue;
      }
      if (columns_) {
        Indicator(row);
        continue;
      }
      BlockRow(row, i + 1 < rows.size() ? &rows[i + 1] : nullptr);
      if (WithoutSpaces(row.Text(0)).find("资金支出计划") != std::string::npos && i + 1 < rows.size()) {
        RegroupPlan(row, rows[i + 1]);
      }
      out_.push_back(row);
    }
    DeriveLevel1();
    return std::move(out_);
  }

 private:
  void DropNoise(TableRow& row) {
    for (TableCell& cell : row.cells) {
      if (!cell.text.empty() && IsOcrNoise(cell.text)) {
        report_.Repair(row.line, ImportWord(ImportWordId::kNoteOcrNoise), "\"" + cell.text + "\"");
        cell.text.clear();
      }
    }
  }

  // Rows of the header block (above the indicator header).
  void BlockRow(TableRow& row, TableRow* next) {
    const std::string first = WithoutSpaces(row.Text(0));
    const bool unit = first.size() > 6 && first.substr(0, 6).find_first_not_of("0123456789") == std::string::npos;
    if (unit) {
      // "102001 中共" | "共承德…本级" | … | "单位:万元"
      std::string name = row.cells[0].text, money;
      for (size_t j = 1; j < row.cells.size(); ++j) {
        const std::string key = WithoutSpaces(row.cells[j].text);
        if (StartsWith(key, "单位:") || StartsWith(key, "单位：")) money = row.cells[j].text;
        else name = Join(name, row.cells[j].text);
      }
      if (row.cells.size() > 1) report_.Repair(row.line, ImportWord(ImportWordId::kNoteUnitLineJoined));
      row.cells = {{name, row.line}, {money, row.line}};
      return;
    }
    if (StartsWith(first, "资金支出计") && first.find("划") == std::string::npos && next &&
        StartsWith(WithoutSpaces(next->Text(0)), "划")) {
      row.cells[0].text += next->cells[0].text;
      next->cells[0].text.clear();
      report_.Repair(row.line, ImportWord(ImportWordId::kNotePlanLabel));
      return;
    }
    if (first == "绩效目标" || first == "资金用途") {
      std::string text;
      for (size_t j = 1; j < row.cells.size(); ++j) text = Join(text, row.cells[j].text);
      if (row.cells.size() > 2) report_.Repair(row.line, ImportWord(ImportWordId::kNoteSplitText, {first}));
      row.cells.resize(2);
      row.cells[1].text = text;
    }
  }

  // "3 F" | "]底" | "6 月底" | "10 月底" | "12" | "月底": OCR cuts the
  // milestones 3 月底 and 12 月底 in two and misreads 月. A milestone is
  // where its number starts a cell; the cells after it up to the next number
  // are its, and so are the values under them. Rewritten as one cell each.
  void RegroupPlan(TableRow& header, TableRow& values) {
    static constexpr int kNumbers[] = {3, 6, 10, 12};
    std::vector<std::vector<size_t>> groups;
    for (size_t j = 1; j < header.cells.size(); ++j) {
      const std::string cell = WithoutSpaces(header.cells[j].text);
      size_t digits = 0;
      while (digits < cell.size() && cell[digits] >= '0' && cell[digits] <= '9') ++digits;
      if (digits > 0 && digits <= 2) {
        if (groups.size() == 4 || std::stoi(cell.substr(0, digits)) != kNumbers[groups.size()]) return;
        groups.push_back({j});
      } else if (!groups.empty()) {
        groups.back().push_back(j);
      } else if (!cell.empty()) {
        return;
      }
    }
    if (groups.size() != 4) return;
    const std::string header_before = Cells(header), values_before = Cells(values);
    TableRow new_header{header.line, {header.cells[0]}}, new_values{values.line, {{"", values.line}}};
    for (size_t m = 0; m < groups.size(); ++m) {
      new_header.cells.push_back({std::to_string(kNumbers[m]) + "月底", header.line});
      std::string value;
      for (size_t j : groups[m]) value = Join(value, TrimAscii(values.Text(j)));
      new_values.cells.push_back({value, values.line});
    }
    header = new_header;
    values = new_values;
    if (Cells(header) != header_before) report_.Repair(header.line, ImportWord(ImportWordId::kNoteMilestonesRegrouped), header_before);
    if (Cells(values) != values_before) report_.Repair(values.line, ImportWord(ImportWordId::kNotePlanValuesRegrouped),
                                                     values_before + " → " + Cells(values));
  }

  static std::string Cells(const TableRow& row) {
    std::string out;
    for (size_t j = 1; j < row.cells.size(); ++j) out += (j > 1 ? " | " : "") + row.cells[j].text;
    return out;
  }

  void Header(const TableRow& row) {
    const auto columns = HeaderColumns(row);
    TableRow header{row.line, {}};
    for (const char* label : kHeader) header.cells.push_back({label, row.line});
    if (!columns) {
      report_.Skip(row.line, 0, ImportWord(ImportWordId::kNoteIndicatorHeaderLost));
      columns_.reset();
      out_.push_back(row);
      return;
    }
    if (row.cells.size() > kColumns) report_.Repair(row.line, ImportWord(ImportWordId::kNoteIndicatorHeaderSix));
    columns_ = *columns;
    out_.push_back(header);
  }

  void Indicator(const TableRow& row) {
    TableRow logical{row.line, {}};
    for (size_t k = 0; k < kColumns; ++k) {
      std::string text;
      for (size_t j : (*columns_)[k]) text = Join(text, row.Text(j));
      logical.cells.push_back({text, row.line});
    }
    // Text past the header's columns goes with the last one.
    const size_t last = (*columns_)[kColumns - 1].back();
    for (size_t j = last + 1; j < row.cells.size(); ++j) {
      logical.cells[kColumns - 1].text = Join(logical.cells[kColumns - 1].text, row.cells[j].text);
    }
    TableRow* previous = LastIndicator();
    if (previous && IsContinuation(logical, *previous)) {
      for (size_t k = 0; k < kColumns; ++k) {
        previous->cells[k].text = Join(previous->cells[k].text, logical.cells[k].text);
      }
      report_.Repair(row.line, ImportWord(ImportWordId::kNoteRowContinued),
                     ImportWord(ImportWordId::kNoteIntoLine, {std::to_string(previous->line)}));
      return;
    }
    out_.push_back(logical);
  }

  static bool IsContinuation(const TableRow& row, const TableRow& previous) {
    if (IsKnownLevel1(row.Text(0))) return false;
    const std::string& level2 = row.Text(1);
    if (!level2.empty()) {
      return !IsKnownLevel2(level2) && IsKnownLevel2(previous.Text(1) + level2);
    }
    return row.Text(2).empty();
  }

  TableRow* LastIndicator() {
    for (auto it = out_.rbegin(); it != out_.rend(); ++it) {
      if (IsIndicatorHeaderRow(*it)) continue;
      return it->cells.size() == kColumns ? &*it : nullptr;
    }
    return nullptr;
  }

  // Every row with a known 二级指标 gets its 一级指标 written out.
  void DeriveLevel1() {
    std::string carried;
    bool indicators = false;  // past the indicator header: rows above it are the header block
    for (TableRow& row : out_) {
      if (IsIndicatorHeaderRow(row)) indicators = true;
      if (!indicators || IsIndicatorHeaderRow(row) || row.cells.size() != kColumns) continue;
      const std::string printed = row.Text(0);
      const std::string derived = Level1Of(row.Text(1));
      if (IsKnownLevel1(printed)) carried = printed;
      if (derived.empty()) {
        if (!printed.empty() && !IsKnownLevel1(printed)) {
          row.cells[0].text.clear();  // a misread label is no 一级指标 to carry down
        }
        continue;
      }
      if (derived != (printed.empty() ? carried : printed)) {
        report_.Repair(row.line, ImportWord(ImportWordId::kNoteLevel1FromLevel2, {row.Text(1)}),
                       printed.empty() ? ImportWord(ImportWordId::kNoteMergedLower) : ImportWord(ImportWordId::kNotePrinted, {printed}));
      }
      row.cells[0].text = derived;
      carried = derived;
    }
  }

  ImportReport& report_;
  std::vector<TableRow> out_;
  std::optional<std::array<std::vector<size_t>, kColumns>> columns_;
};

}  // namespace

bool IsOcrNoise(const std::string& cell) {
  const std::string text = TrimAscii(cell);
  if (text.empty()) return false;
  size_t characters = 0;
  bool punctuation_only = true;
  for (size_t i = 0; i < text.size();) {
    size_t length = 0;
    const char32_t c = DecodeCodePoint(text, i, &length);
    i += length;
    ++characters;
    if (IsIdeograph(c) || (c >= '0' && c <= '9') || c == '%' || c == U'≥' || c == U'≤' || c == '<' || c == '>') {
      return false;
    }
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > 0x7F && !IsCjkCodePoint(c) &&
                                                                               c != U'•' && c != U'·' && c != U'…');
    if (letter) punctuation_only = false;
  }
  return characters <= 2 || punctuation_only;
}

std::vector<TableRow> OcrTableRows(const std::vector<SourceLine>& body, ImportReport& report) {
  return Normalizer(report).Run(PdfTableRows(body, report));
}

}  // namespace gongkai
