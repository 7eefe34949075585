#include "importer/docx_numbering.h"

#include "base/markup_tree.h"

namespace gongkai {
namespace {

int ToInt(const std::string& text, int fallback) {
  if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 6) return fallback;
  return std::stoi(text);
}

std::string Roman(int value, bool upper) {
  static const std::pair<int, const char*> kParts[] = {{1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"},
                                                       {90, "xc"}, {50, "l"}, {40, "xl"}, {10, "x"}, {9, "ix"},
                                                       {5, "v"}, {4, "iv"}, {1, "i"}};
  std::string out;
  for (const auto& [amount, letters] : kParts) {
    while (value >= amount) {
      out += letters;
      value -= amount;
    }
  }
  if (upper) {
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::string FormatValue(int value, const std::string& format) {
  if (format == "chineseCounting" || format == "chineseCountingThousand" || format == "ideographTraditional" ||
      format == "taiwaneseCounting" || format == "japaneseCounting") {
    return ChineseCount(value);
  }
  if (format == "decimalFullWidth" || format == "decimalFullWidth2") {
    std::string out;
    for (char digit : std::to_string(value)) out += std::string("\xEF\xBC") + static_cast<char>(0x90 + digit - '0');
    return out;
  }
  if ((format == "lowerLetter" || format == "upperLetter") && value >= 1 && value <= 26) {
    return std::string(1, static_cast<char>((format == "lowerLetter" ? 'a' : 'A') + value - 1));
  }
  if (format == "lowerRoman" || format == "upperRoman") return Roman(value, format == "upperRoman");
  return std::to_string(value);
}

}  // namespace

std::string ChineseCount(int value) {
  static const char* const kDigits[] = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
  if (value <= 0 || value >= 100) return std::to_string(value);
  if (value < 10) return kDigits[value];
  const int tens = value / 10, ones = value % 10;
  return std::string(tens > 1 ? kDigits[tens] : "") + "十" + (ones ? kDigits[ones] : "");
}

DocxNumbering::DocxNumbering(const std::string& xml) {
  if (xml.empty()) return;
  const MarkupParse parse = ParseXml(xml);
  if (!parse.root) return;  // a damaged numbering part costs numbers, not the import
  for (const MarkupNode& node : parse.root->children) {
    if (node.IsElement("abstractNum")) {
      std::vector<Level>& levels = levels_[node.Attribute("abstractNumId")];
      for (const MarkupNode& lvl : node.children) {
        if (!lvl.IsElement("lvl")) continue;
        const int index = ToInt(lvl.Attribute("ilvl"), -1);
        if (index < 0 || index > 8) continue;
        if (levels.size() <= static_cast<size_t>(index)) levels.resize(index + 1);
        Level& level = levels[index];
        if (const MarkupNode* format = lvl.Child("numFmt")) level.format = format->Attribute("val");
        if (const MarkupNode* text = lvl.Child("lvlText")) level.text = text->Attribute("val");
        if (const MarkupNode* start = lvl.Child("start")) level.start = ToInt(start->Attribute("val"), 1);
      }
    } else if (node.IsElement("num")) {
      if (const MarkupNode* abstract = node.Child("abstractNumId")) {
        abstract_of_num_[node.Attribute("numId")] = abstract->Attribute("val");
      }
    }
  }
}

std::string DocxNumbering::Next(const std::string& num_id, int level) {
  const auto abstract = abstract_of_num_.find(num_id);
  if (abstract == abstract_of_num_.end() || level < 0 || level > 8) return "";
  const std::vector<Level>& levels = levels_[abstract->second];
  if (static_cast<size_t>(level) >= levels.size()) return "";
  std::vector<int>& counters = counters_[num_id];
  if (counters.size() < levels.size()) counters.resize(levels.size(), 0);
  counters[level] = counters[level] == 0 ? levels[level].start : counters[level] + 1;
  // A new item at one level restarts the levels below it.
  for (size_t deeper = level + 1; deeper < counters.size(); ++deeper) counters[deeper] = 0;
  if (levels[level].format == "bullet" || levels[level].format == "none") return "";
  std::string label;
  const std::string& text = levels[level].text;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
      const size_t referenced = text[i + 1] - '1';
      if (referenced < levels.size()) {
        const int value = counters[referenced] == 0 ? levels[referenced].start : counters[referenced];
        label += FormatValue(value, levels[referenced].format);
      }
      ++i;
    } else {
      label += text[i];
    }
  }
  return label;
}

}  // namespace gongkai
