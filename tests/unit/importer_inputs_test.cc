// gongkai import on inputs it must refuse or can only partly read, and with
// patch files: the exit status, the message, and that nothing is written
// unless everything imported.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/command.h"
#include "content_fixture.h"
#include "import_run.h"

namespace gongkai {
namespace {

namespace fs = std::filesystem;
using testing::TempFolder;

using Run = testing::ImportRun;
Run Import(const std::vector<std::string>& args) { return testing::RunImport(args); }

// A small PDF-text 绩效文本 with one table; line numbers in the comments.
const char* const kDocument =
    "示例县委组织部\n"                                                            // 1
    "2024 年部门预算绩效文本\n"                                                   // 2
    "第二部分 预算项目绩效目标\n"                                                 // 3
    "1.示范经费绩效目标表\n"                                                      // 4
    "203001 示例县委组织部本级\t单位：万元\n"                                     // 5
    "项目编码\t13052924P005840120862\t\t项目名称\t示范经费\t\t\n"                 // 6
    "预算规模及资金用途\t预算数\t16.80\t其中：财政资金\t16.80\t其他资金\t\n"      // 7
    "贝亚用还\t支付费用。\t\t\t\t\t\n"                                            // 8
    "资金支出计划（%）\t3月底\t6月底\t10月底\t12月底\t\t\n"                        // 9
    "\t\t\t\t100%\t\t\n"                                                          // 10
    "绩效目标\t1.保障运行\t\t\t\t\t\n"                                            // 11
    "一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值\t指标值确定依据\t\n"      // 12
    "产出指标\t数量指标\t份数\t订购份数\t1000 份\t实际测算\t\n"                   // 13
    "\t时效指标\t时限\t完成时间\t12 月底\t计划\t\n"                               // 14
    "效益指标\t社会效益指标\t积极性\t学习积极性\t≥95%\t调查\t\n"                  // 15
    "满意度指标\t服务对象满意度指标\t满意度\t满意程度\t≥95%\t调查\t\n";          // 16

const char* const kPatch = R"({
  "format": 1,
  "document": "示例.txt",
  "patches": [
    {"line": 8, "published": "贝亚用还", "corrected": "资金用途", "why": "OCR misread the label"}
  ]
})";

void Write(const fs::path& path, const std::string& bytes) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

TEST_CASE("import refuses what is not a readable disclosure: exit 1, a message, nothing written", "[importer][cli]") {
  TempFolder temp;
  const fs::path out = fs::path(temp.path()) / "content";
  const std::vector<std::pair<std::string, std::string>> inputs = {
      {"empty.txt", ""},
      {"blank.txt", "\n \n\t\n"},
      {"binary.bin", std::string("\x7F" "ELF\x02\x01\x01\0\0\0", 10) + std::string(64, '\x01')},
      {"cut.pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n"},
      // One empty page: what a scan without OCR looks like to a text reader
      // (the xref is left out: poppler rebuilds it, as for many real files).
      {"scan.pdf",
       "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
       "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
       "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
       "trailer << /Root 1 0 R >>\n%%EOF\n"},
      {"old.doc", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(100, '\0')},
      {"surrogate.txt", "部门预算\xED\xA0\x80公开\n"},
      {"overlong.txt", "部门预算\xC0\xAF公开\n"},
      {"utf16-cut.txt", std::string("\xFF\xFE\x68\x90\xE8", 5)},
      {"latin1.txt", "caf\xE9 na\xEFve r\xE9sum\xE9\n"},
      {"broken.docx", "PK\x03\x04 cut off"},
      {"letter.txt", "各位同事：\n下周一上午九点开会。\n"},
  };
  const std::vector<std::string> messages = {
      "文件是空的", "文件是空的", "这是二进制文件", "无法打开这个 PDF", "没有文字层", "旧式 Word .doc 文件",
      "surrogate.txt:1:5：错误：文本是 UTF-8，但这里有一个代理项（0xED 0xA0 0x80",
      "overlong.txt:1:5：错误：文本是 UTF-8，但这里有一个过长编码（0xC0 0xAF", "不是完整的 UTF-16",
      "latin1.txt:1:4：错误：文本的编码无法识别", ".docx 文件已损坏或不完整", "无法判断这份文本的提取方式"};
  for (size_t i = 0; i < inputs.size(); ++i) {
    INFO(inputs[i].first);
    const fs::path path = fs::path(temp.path()) / inputs[i].first;
    Write(path, inputs[i].second);
    const Run run = Import({path.string(), "--out", out.string()});
    CHECK(run.status == kExitContentError);
    CHECK(run.err.find(inputs[i].first) != std::string::npos);
    CHECK(run.err.find(messages[i]) != std::string::npos);
    CHECK(run.err.find("未写入任何文件") != std::string::npos);
    CHECK_FALSE(fs::exists(out));
  }
}

TEST_CASE("a disclosure without a single 绩效目标表 is refused", "[importer][cli]") {
  TempFolder temp;
  const fs::path path = fs::path(temp.path()) / "goals-only.txt";
  std::string text = kDocument;
  text = text.substr(0, text.find("1.示范经费"));  // the cover and the part heading only
  for (int i = 0; i < 12; ++i) text += "一级指标\t二级指标\t" + std::to_string(i) + "\n";  // tab rows, no table heading
  Write(path, text);
  const Run run = Import({path.string(), "--dry-run"});
  CHECK(run.status == kExitContentError);
  CHECK(run.err.find("没有找到项目绩效目标表") != std::string::npos);
}

TEST_CASE("a document read in part imports what it read and lists what it skipped", "[importer][cli]") {
  TempFolder temp;
  const fs::path path = fs::path(temp.path()) / "示例.txt";
  Write(path, kDocument);
  const fs::path out = fs::path(temp.path()) / "content";
  const Run run = Import({path.string(), "--out", out.string()});
  INFO(run.out << run.err);
  CHECK(run.status == kExitOk);
  CHECK(run.out.find("    第 8 行：绩效目标表中无法识别的行：贝亚用还\n") != std::string::npos);
  CHECK(run.err.find("示例.txt:8：警告：绩效目标表中有一行无法识别") != std::string::npos);
  CHECK(fs::exists(out / "2024/130529-203/department.json"));
}

TEST_CASE("a patch file in <out>/patches corrects the document before it is read", "[importer][cli]") {
  TempFolder temp;
  const fs::path path = fs::path(temp.path()) / "示例.txt";
  Write(path, kDocument);
  const fs::path out = fs::path(temp.path()) / "content";
  Write(out / "patches/示例.txt.patch.json", kPatch);
  const Run run = Import({path.string(), "--out", out.string()});
  INFO(run.out << run.err);
  REQUIRE(run.status == kExitOk);
  CHECK(run.err.empty());
  CHECK(run.out.find("  补丁改正（来自 " + (out / "patches/示例.txt.patch.json").string() + "）\n"
                     "    第 8 行：OCR misread the label：\"贝亚用还\" → \"资金用途\"\n") != std::string::npos);
  std::ifstream json(out / "2024/130529-203/department.json");
  std::stringstream bytes;
  bytes << json.rdbuf();
  CHECK(bytes.str().find("\"purpose\": \"支付费用。\"") != std::string::npos);
}

TEST_CASE("a patch that does not fit the document stops the import", "[importer][cli]") {
  TempFolder temp;
  const fs::path path = fs::path(temp.path()) / "示例.txt";
  Write(path, kDocument);
  const fs::path patches = fs::path(temp.path()) / "patches";
  const fs::path out = fs::path(temp.path()) / "content";

  std::string stale = kPatch;
  stale.replace(stale.find("\"line\": 8"), 9, "\"line\": 11");
  Write(patches / "示例.txt.patch.json", stale);
  Run run = Import({path.string(), "--out", out.string(), "--patches", patches.string()});
  CHECK(run.status == kExitContentError);
  CHECK(run.err.find("第 11 行找不到“贝亚用还”") != std::string::npos);
  CHECK_FALSE(fs::exists(out));

  Write(patches / "示例.txt.patch.json", "{\n  \"format\": 1,\n  \"document\": \"示例.txt\",\n  \"patches\": [\n    {\"line\": 8,}\n");
  run = Import({path.string(), "--out", out.string(), "--patches", patches.string()});
  CHECK(run.status == kExitContentError);
  INFO(run.err);
  CHECK(run.err.find("示例.txt.patch.json:5:16：错误：补丁文件在这里不是合法的 JSON（解析器的原话：malformed JSON: syntax error") != std::string::npos);

  Write(patches / "示例.txt.patch.json",
        "{\"format\": 1, \"document\": \"示例.txt\", \"patches\": [{\"line\": 8, \"published\": \"贝亚用还\", "
        "\"corrected\": \"资金用途\"}]}");
  run = Import({path.string(), "--out", out.string(), "--patches", patches.string()});
  CHECK(run.status == kExitContentError);
  CHECK(run.err.find("补丁缺少文字字段“why”") != std::string::npos);

  Write(patches / "示例.txt.patch.json", std::string(kPatch).replace(std::string(kPatch).find("示例.txt"), 10, "其他.txt"));
  run = Import({path.string(), "--out", out.string(), "--patches", patches.string()});
  CHECK(run.status == kExitContentError);
  CHECK(run.err.find("这个补丁文件改正的是“其他.txt”，不是“示例.txt”") != std::string::npos);
  CHECK_FALSE(fs::exists(out));
}

}  // namespace
}  // namespace gongkai
