// Every text gongkai import prints is plain Chinese: each message of the
// table says what was found, what was expected and what to do, and a run
// on the inputs clerks get wrong most often prints no line without Han
// characters.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "content_fixture.h"
#include "grid_documents.h"
#include "importer/import_messages.h"
#include "importer/layout/laid_out_text.h"
#include "import_run.h"

#ifndef GONGKAI_SOURCE_DIR
#define GONGKAI_SOURCE_DIR "/work/main"
#endif

namespace gongkai {
namespace {

namespace fs = std::filesystem;

// A CJK Unified Ideograph (the basic block or Extension A) in `text`.
bool HasHan(const std::string& text) {
  for (size_t i = 0; i + 2 < text.size(); ++i) {
    const unsigned char a = static_cast<unsigned char>(text[i]), b = static_cast<unsigned char>(text[i + 1]);
    if (a >= 0xE4 && a <= 0xE9) return true;          // U+4000–U+9FFF
    if (a == 0xE3 && b >= 0x90) return true;          // U+3400–U+3FFF
  }
  return false;
}

TEST_CASE("every message of the import table says, in Chinese, what was found, what was expected and what to do",
          "[importer][messages]") {
  const auto& table = ImportMessageTable();
  for (size_t i = 0; i < table.size(); ++i) {
    INFO("message " << i << ": " << table[i].found);
    CHECK(static_cast<size_t>(table[i].id) == i);  // the table is in the order of its ids
    CHECK(HasHan(table[i].found));
    CHECK(HasHan(table[i].expected));
    CHECK(HasHan(table[i].action));
  }
  CHECK(ImportMessage(ImportMessageId::kUsageYear, {"24"}) == "--year 的值“24”不是年度；应为4 位年度，例如 2024；请改正 --year 的值");
}

using Run = testing::ImportRun;
Run Import(const std::vector<std::string>& args) { return testing::RunImport(args); }

// Each line that is not a quoted source line (indented four spaces under a
// message, or a caret) has Han characters.
void CheckEveryLineChinese(const std::string& text) {
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind("    ", 0) == 0 || line.empty()) continue;
    INFO(line);
    CHECK(HasHan(line));
  }
}

TEST_CASE("gongkai import on wrong inputs and flags prints only Chinese messages", "[importer][messages][cli]") {
  testing::TempFolder temp;
  const std::string seed = std::string(GONGKAI_SOURCE_DIR) + "/content/sources/003_467cd4d96a8a259d.txt";
  temp.Write("empty.txt", "");
  temp.Write("old.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(64, '\0'));
  temp.Write("surrogate.txt", "部门\xED\xA0\x80预算\n");
  temp.Write("letter.txt", "各位同事：\n下周一上午九点开会。\n");
  temp.Write("patches/003_467cd4d96a8a259d.txt.patch.json", "{\"document\": \"003\", \"patches\": [ {\"line\": 3,, }]}");
  const std::string dir = temp.path() + "/";
  const std::vector<std::vector<std::string>> runs = {
      {},
      {seed, "--year", "24"},
      {seed, "--jurisdiction", "1303"},
      {dir + "missing.pdf"},
      {dir + "empty.txt"},
      {dir + "old.doc"},
      {dir + "surrogate.txt"},
      {dir + "letter.txt"},
      {seed, "--dry-run", "--out", dir + "content"},  // no project codes and no place in the name
      {seed, "--dryrun"},
      {seed, "--dry-run=yes"},
      {seed, "--report"},
      {seed, "--dry-run", "--patches", dir + "patches"},  // a patch file that is not JSON
  };
  for (const auto& args : runs) {
    const Run run = Import(args);
    INFO((args.empty() ? std::string("(no arguments)") : args.front()));
    CHECK(run.status != 0);
    CHECK_FALSE(run.err.empty());
    CheckEveryLineChinese(run.err);
  }
}

TEST_CASE("a place in a PDF is named by its page and row, a place in a text file by its line", "[importer][messages]") {
  LaidOutText pdf;
  pdf.path = "公开.pdf";
  pdf.unit = "pt";
  LaidOutLine line;
  line.page = 3;
  line.row = 7;
  line.source_line = 41;  // the running number the importer keys notes by
  line.words.push_back(PlacedWord{"合计"});
  pdf.lines.push_back(line);
  const SeverityWords chinese{"：错误：", "：警告：", "：第 ", " 页第 ", " 行"};
  CHECK(FormatDiagnostic({Severity::kError, pdf.At(0), "表头不全"}, chinese) == "公开.pdf：第 3 页第 7 行：错误：表头不全\n    合计");
  LaidOutText text = pdf;
  text.path = "公开.txt";
  text.unit = "字符";
  CHECK(FormatDiagnostic({Severity::kError, text.At(0), "表头不全"}, chinese) == "公开.txt:41：错误：表头不全\n    合计");
}

// The mistakes clerks make most with the grid forms: a .docx with a
// password, a file named .docx that is not one, a workbook without budget
// tables, an .xls that is no workbook, a page with only the site's frame.
// Each is refused in Chinese, naming the file, with what to do.
TEST_CASE("gongkai import on .docx, .xlsx, .xls and pages clerks get wrong prints only Chinese messages",
          "[importer][messages][cli][grid]") {
  testing::TempFolder temp;
  const std::string dir = temp.path() + "/";
  testing::SpecTable roster;
  roster.title = "2026年度会议签到表";
  roster.width = 2;
  roster.rows = {{{"姓名"}, {"科室"}}, {{"张三"}, {"办公室"}}};
  testing::WriteZip(dir + "签到表.xlsx", testing::XlsxParts({roster}));
  temp.Write("notes.docx", "这是一份记事本写的文字，只是扩展名改成了 .docx\n");
  temp.Write("old.xls", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(600, '\0'));
  temp.Write("nav.html",
             "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"><title>首页</title></head><body>"
             "<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li></ul></div>"
             "<div class=\"footer\">版权所有：某某局</div></body></html>\n");
  std::vector<std::pair<std::string, std::string>> runs = {
      {"签到表.xlsx", "没有找到预算公开表，也没有找到项目绩效目标表"},
      {"notes.docx", "扩展名是 .docx，但文件不是 zip 压缩包"},
      {"old.xls", "无法读取这个 .xls 文件"},
      {"nav.html", "网页中只有网站的框架（网站导航栏、网站页脚），没有正文"},
  };
  if (testing::ZipEncryptionSupported()) {
    testing::WriteZip(dir + "locked.docx", testing::DocxParts(testing::DocxDocumentXml(testing::ShanghaiJusticeTables())),
                      /*encrypt=*/true);
    runs.push_back({"locked.docx", ".docx 文件设有密码"});
  }
  for (const auto& [name, message] : runs) {
    const Run run = Import({dir + name, "--dry-run"});
    INFO(name << "\n" << run.err);
    CHECK(run.status != 0);
    CHECK(run.err.find(name + "：错误：" + message) != std::string::npos);
    CheckEveryLineChinese(run.err);
  }
}

}  // namespace
}  // namespace gongkai
