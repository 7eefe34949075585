#include "importer/ocr_latex.h"

#include <string_view>
#include <utility>

namespace gongkai {
namespace {

// The LaTeX commands OCR writes for the symbols of indicator values, and
// the character printed. Longer commands first: \geq before \ge.
constexpr std::pair<std::string_view, std::string_view> kSymbols[] = {
    {"\\geqslant", "≥"}, {"\\leqslant", "≤"}, {"\\geq", "≥"}, {"\\leq", "≤"}, {"\\ge", "≥"},
    {"\\le", "≤"},       {"\\neq", "≠"},      {"\\times", "×"}, {"\\pm", "±"}, {"\\%", "%"},
    {"\\sim", "～"},
};

// The formula between the dollars as printed text, or "" when it holds
// anything but numbers, spaces and the symbols above.
std::string PrintedFormula(std::string_view formula) {
  std::string out;
  for (size_t i = 0; i < formula.size();) {
    const char c = formula[i];
    if (c == ' ') {
      ++i;  // OCR spaces the tokens of a formula; the document did not
      continue;
    }
    if ((c >= '0' && c <= '9') || c == '.' || c == '+' || c == '-' || c == '%') {
      out += c;
      ++i;
      continue;
    }
    bool matched = false;
    for (const auto& [command, symbol] : kSymbols) {
      if (formula.substr(i, command.size()) != command) continue;
      const size_t end = i + command.size();
      // \le must not be the start of \left.
      if (command.size() > 2 && end < formula.size() && std::isalpha(static_cast<unsigned char>(formula[end]))) continue;
      out += symbol;
      i = end;
      matched = true;
      break;
    }
    if (!matched) return "";
  }
  return out;
}

}  // namespace

void RepairOcrLatex(SourceDocument& document, ImportReport& report) {
  for (SourceLine& line : document.lines) {
    std::string& text = line.text;
    for (size_t open = text.find('$'); open != std::string::npos; open = text.find('$', open + 1)) {
      const size_t close = text.find('$', open + 1);
      if (close == std::string::npos) break;
      const std::string printed = PrintedFormula(std::string_view(text).substr(open + 1, close - open - 1));
      if (printed.empty()) {
        open = close;
        continue;
      }
      // The space OCR set before and after the formula: one each side, only
      // where it stands beside non-ASCII text (Chinese has no spaces).
      size_t start = open, end = close + 1;
      if (start > 0 && text[start - 1] == ' ' && (start == 1 || static_cast<unsigned char>(text[start - 2]) >= 0x80 ||
                                                   text[start - 2] == '%')) {
        --start;
      }
      if (end < text.size() && text[end] == ' ' &&
          (end + 1 == text.size() || static_cast<unsigned char>(text[end + 1]) >= 0x80)) {
        ++end;
      }
      report.Repair(line.number, "OCR 写成 LaTeX 公式的符号还原为文字", text.substr(open, close + 1 - open) + " → " + printed);
      text.replace(start, end - start, printed);
      open = start + printed.size() - 1;
    }
  }
}

}  // namespace gongkai
