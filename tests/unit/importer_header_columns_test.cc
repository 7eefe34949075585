// A table's header columns (importer/tables/header_columns.h) read off
// header lines as pdftotext -layout prints them, by character columns.
#include <catch2/catch.hpp>

#include "importer/read/layout_text_reader.h"
#include "importer/tables/header_columns.h"

using namespace gongkai;

namespace {

// Each column as "group / … / label".
std::vector<std::string> Paths(const std::vector<std::string>& lines, TableSides sides) {
  SourceDocument document;
  for (size_t i = 0; i < lines.size(); ++i) document.lines.push_back({static_cast<int>(i) + 1, lines[i]});
  const LaidOutText text = LayOutText(document);
  std::vector<const LaidOutLine*> header;
  for (const LaidOutLine& line : text.lines) header.push_back(&line);
  std::vector<std::string> paths;
  for (const HeaderColumn& column : ReadHeaderColumns(header, HeaderGeometryOf(text.unit), sides)) {
    std::string path;
    for (const std::string& part : column.path) path += (path.empty() ? "" : " / ") + part;
    paths.push_back(path);
  }
  return paths;
}

}  // namespace

TEST_CASE("two-sided header: 支出 set past the right end of its side still heads it", "[importer][header-columns]") {
  // 12_jiangsu_high_court_2018 财政拨款收支预算总表, as pdftotext -layout prints it.
  const std::vector<std::string> lines = {
      "                收入                                              支出",
      "                                                支出用途",
      "          项目名称        金额",
      "                                         项目名称           金额",
  };
  CHECK(Paths(lines, TableSides::kTwo) ==
        std::vector<std::string>{"收入 / 项目名称", "收入 / 金额", "支出 / 项目名称", "支出 / 支出用途", "支出 / 金额"});
}

TEST_CASE("two-sided header: the first label of the right side is not the left side's", "[importer][header-columns]") {
  // 09_shanghai_putuo_wanli_2023 财政拨款收支预算总表: 财政拨款支出 set over
  // 一般公共预算, far right of the 项目 that opens its side; two labels one
  // space apart are two columns.
  const std::vector<std::string> lines = {
      "         财政拨款收入                                             财政拨款支出",
      "    项目            预算数               项目           合计          一般公共预算         政府性基金预算 国有资本经营预算",
  };
  CHECK(Paths(lines, TableSides::kTwo) ==
        std::vector<std::string>{"财政拨款收入 / 项目", "财政拨款收入 / 预算数", "财政拨款支出 / 项目", "财政拨款支出 / 合计",
                                 "财政拨款支出 / 一般公共预算", "财政拨款支出 / 政府性基金预算",
                                 "财政拨款支出 / 国有资本经营预算"});
}

TEST_CASE("two-sided header: a side's sub-header heads its side only", "[importer][header-columns]") {
  // 05_jiangsu_high_court_2019 收支预算总表: 支出用途 exactly as wide as the
  // 项目名称 under it is a group, not the first line of a wrapped label.
  const std::vector<std::string> lines = {
      "          收入                                   支出",
      "",
      "                              功能分类                      支出用途",
      "    项目名称         金额",
      "                             功能科目名称         金额          项目名称         金额",
  };
  CHECK(Paths(lines, TableSides::kTwo) ==
        std::vector<std::string>{"收入 / 项目名称", "收入 / 金额", "支出 / 功能分类 / 功能科目名称", "支出 / 功能分类 / 金额",
                                 "支出用途 / 项目名称", "支出用途 / 金额"});
}
