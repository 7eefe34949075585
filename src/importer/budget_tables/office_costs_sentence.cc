// 机关运行经费 as a Hebei narrative states it: see hebei_tables.h.
#include "importer/budget_tables/hebei_tables.h"
#include "importer/budget_tables/table_builder.h"
#include "importer/cjk_text.h"
#include "importer/import_messages.h"

namespace gongkai {
namespace {

const std::string kSubject = "机关运行经费";
const std::string kUnit = "万元";

bool IsSeparator(std::string_view text, size_t at, size_t* length) {
  for (std::string_view mark : {"，", ",", "、", "；", ";", "。", " ", "其中"}) {
    if (text.compare(at, mark.size(), mark) == 0) {
      *length = mark.size();
      return true;
    }
  }
  return false;
}

// "，其中办公费48.64" → {"办公费", "48.64"}: separators and 其中 dropped in
// front, the name up to the first digit, the amount as printed after it.
std::pair<std::string, std::string> NameAndAmount(std::string_view piece) {
  size_t start = 0;
  for (size_t length = 0; start < piece.size() && IsSeparator(piece, start, &length);) start += length;
  piece.remove_prefix(start);
  const size_t digit = piece.find_first_of("0123456789");
  if (digit == std::string_view::npos) return {TrimAscii(piece), ""};
  return {TrimAscii(piece.substr(0, digit)), TrimAscii(piece.substr(digit))};
}

// The heading the sentence stands under ("第三部分：机关运行经费安排情况"),
// without its numbering; the subject itself when there is none.
std::string Heading(const SourceDocument& document, size_t sentence) {
  for (size_t i = sentence; i-- > 0 && i + 6 > sentence;) {
    std::string text = Compact(document.lines[i].text);
    if (text.find(kSubject) == std::string::npos || text.size() > 60) continue;
    const size_t colon = text.find("：");
    if (colon != std::string::npos) text = text.substr(colon + std::string("：").size());
    return std::string(WithoutChineseNumbering(text));
  }
  return kSubject;
}

}  // namespace

std::optional<BudgetTable> ReadOfficeCostsSentence(const SourceDocument& document, ImportReport& report) {
  for (size_t i = 0; i < document.lines.size(); ++i) {
    const std::string& text = document.lines[i].text;
    const size_t subject = text.find(kSubject);
    if (subject == std::string::npos || text.find(kUnit, subject) == std::string::npos) continue;
    // The sentence that gives the amount: "机关运行经费安排231.44万元" or
    // "机关运行经费共计 49.10 万元", not a definition in the glossary.
    const std::string_view rest = std::string_view(text).substr(subject);
    const size_t first_unit = rest.find(kUnit);
    const auto [label, amount] = NameAndAmount(rest.substr(0, first_unit));
    if (amount.empty() || label.size() > kSubject.size() + 9) continue;

    BudgetTable table;
    table.kind = BudgetTableKind::kOfficeCosts;
    table.title = Heading(document, i);
    table.origin = document.At(document.lines[i].number);
    table.unit = kUnit;
    table.columns = {TextColumn("item", "项目"), AmountColumn("amount", "金额")};
    AddRow(table, {label, amount}, 0, document, document.lines[i].number);
    // Items follow "其中", each ending in 万元 ("培训费0,。2万元" keeps its
    // damaged amount as text: splitting at the comma would invent two items).
    const size_t items = rest.find("其中", first_unit);
    if (items != std::string_view::npos) {
      size_t from = items;
      for (size_t unit = rest.find(kUnit, from); unit != std::string_view::npos; unit = rest.find(kUnit, from)) {
        const auto [name, printed] = NameAndAmount(rest.substr(from, unit - from));
        if (!name.empty()) AddRow(table, {name, printed}, 1, document, document.lines[i].number);
        from = unit + kUnit.size();
      }
    }
    report.Guess(document.lines[i].number, ImportWord(ImportWordId::kNoteOfficeCostsSentence, {std::to_string(table.rows.size())}));
    return table;
  }
  return std::nullopt;
}

}  // namespace gongkai
