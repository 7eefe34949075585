#include "importer/cover_page.h"

#include "importer/cjk_text.h"
#include "importer/import_messages.h"

namespace gongkai {
namespace {

// "2024 年部门预算绩效文本", "2021年部门预算信息公开": a year, 年, then what
// the document is.
bool IsTitleLine(const std::string& text) {
  const size_t year = text.find_first_of("0123456789");
  if (year == std::string::npos || year + 4 > text.size()) return false;
  for (size_t i = year; i < year + 4; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  const std::string after = TrimAscii(text.substr(year + 4));
  return StartsWith(after, "年") && (after.find("预算") != std::string::npos || after.find("决算") != std::string::npos);
}

// A department's name: no sentence or navigation punctuation ("首页 > 预算公开").
bool IsNameLine(const std::string& text) {
  for (const char* mark : {"。", "，", "：", ">", "》", ":", "|", "/"}) {
    if (text.find(mark) != std::string::npos) return false;
  }
  return text.size() <= 40 * 3;
}

// "(草案)", "（征求意见稿）": a short line without sentence punctuation goes
// on with the title; a paragraph ("按照《预算法》…规定，现将…") does not.
bool ContinuesTitle(const std::string& text) {
  constexpr size_t kMaxBytes = 12 * 3;  // about twelve Chinese characters
  if (text.size() > kMaxBytes) return false;
  for (const char* punctuation : {"。", "，", "；", "：", ",", ";", ":"}) {
    if (text.find(punctuation) != std::string::npos) return false;
  }
  return true;
}

// "2023 年中共…党建工作部" / "部门预算信息公开": a title that starts with its
// year and says what it is only on the next line.
bool StartsTitleRun(const std::vector<SourceLine>& cover, size_t i) {
  const std::string& text = cover[i].text;
  if (text.size() < 4 || text.substr(0, 4).find_first_not_of("0123456789") != std::string::npos) return false;
  if (!StartsWith(TrimAscii(text.substr(4)), "年")) return false;
  std::string run = text;
  for (size_t j = i + 1; j < cover.size() && cover[j].number == cover[j - 1].number + 1; ++j) run += cover[j].text;
  return IsTitleLine(run);
}

}  // namespace

CoverPage ReadCoverPage(const std::vector<SourceLine>& cover, ImportReport& report) {
  CoverPage page;
  size_t title = 0;
  while (title < cover.size() && !IsTitleLine(cover[title].text)) ++title;
  if (title == cover.size()) {
    title = 0;
    while (title < cover.size() && !StartsTitleRun(cover, title)) ++title;
  }
  if (title == cover.size()) {
    for (const SourceLine& line : cover) report.Skip(line.number, 0, ImportWord(ImportWordId::kNoteCoverLine), line.text);
    return page;
  }
  // The name sits right above the title; a long name may wrap onto two
  // lines. Lines further up (a web page's navigation) are not the name.
  size_t name = title;
  while (name > 0 && title - name < 2 && IsNameLine(cover[name - 1].text)) --name;
  for (size_t i = 0; i < name; ++i) report.Skip(cover[i].number, 0, ImportWord(ImportWordId::kNoteCoverLine), cover[i].text);
  for (size_t i = name; i < title; ++i) page.department_name += cover[i].text;
  if (title > name) page.department_line = cover[name].number;
  if (title > name + 1) {
    report.Repair(cover[name].number, ImportWord(ImportWordId::kNoteNameJoined),
                  std::to_string(cover[name].number) + "–" + std::to_string(cover[title - 1].number) + " → " +
                      page.department_name);
  }
  // The title runs on over short lines that follow without a blank line:
  // "2024 年部门预算绩效文本" / "(草案)". Joined without a space, as one title.
  page.title = cover[title].text;
  page.title_line = cover[title].number;
  size_t end = title + 1;
  while (end < cover.size() && cover[end].number == cover[end - 1].number + 1 && ContinuesTitle(cover[end].text)) {
    page.title += cover[end++].text;
  }
  if (end > title + 1) {
    report.Guess(page.title_line, ImportWord(ImportWordId::kNoteTitleJoined, {std::to_string(page.title_line), std::to_string(cover[end - 1].number)}),
                 page.title);
  }
  for (size_t i = end; i < cover.size(); ++i) report.Skip(cover[i].number, 0, ImportWord(ImportWordId::kNoteCoverLine), cover[i].text);
  return page;
}

}  // namespace gongkai
