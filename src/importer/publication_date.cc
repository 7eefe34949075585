#include "importer/publication_date.h"

#include <cstdio>

#include "importer/cjk_text.h"

namespace gongkai {
namespace {

// How far the cover reaches at most, when no contents heading ends it.
constexpr size_t kCoverLines = 40;

// Reads digits at `at`, at most `most` of them; -1 when there are none.
int Digits(const std::string& text, size_t& at, size_t most) {
  int value = 0;
  size_t read = 0;
  while (at < text.size() && read < most && text[at] >= '0' && text[at] <= '9') {
    value = value * 10 + (text[at++] - '0');
    ++read;
  }
  return read == 0 ? -1 : value;
}

bool Expect(const std::string& text, size_t& at, const std::string& word) {
  if (text.compare(at, word.size(), word) != 0) return false;
  at += word.size();
  return true;
}

// "2018年2月24日" exactly → "2018-02-24"; else "".
std::string DateOfLine(const std::string& compact) {
  size_t at = 0;
  const int year = Digits(compact, at, 4);
  if (year < 1949 || !Expect(compact, at, "年")) return "";
  const int month = Digits(compact, at, 2);
  if (month < 1 || month > 12 || !Expect(compact, at, "月")) return "";
  const int day = Digits(compact, at, 2);
  if (day < 1 || day > 31 || !Expect(compact, at, "日") || at != compact.size()) return "";
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
  return date;
}

}  // namespace

std::string PrintedPublicationDate(const std::vector<SourceLine>& lines) {
  size_t seen = 0;
  for (const SourceLine& line : lines) {
    const std::string compact = WithoutSpaces(line.text);
    if (compact.empty()) continue;
    if (compact == "目录" || ++seen > kCoverLines) break;
    const std::string date = DateOfLine(compact);
    if (!date.empty()) return date;
  }
  return "";
}

}  // namespace gongkai
