// .docx input: documents made here, in the test (the XML written out and
// zipped with libzip), one trap each: merged cells, automatic numbering,
// and every way a .docx can be unreadable.
#include <zip.h>

#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "content_fixture.h"
#include "importer/document_importer.h"
#include "importer/format_detector.h"
#include "importer/document_input.h"
#include "importer/docx_numbering.h"
#include "base/file_system.h"

namespace gongkai {
namespace {

using testing::TempFolder;

const char* const kWordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

std::string Document(const std::string& body) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"") +
         kWordNamespace + "\"><w:body>" + body + "</w:body></w:document>";
}

std::string P(const std::string& text) { return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>"; }

// A paragraph numbered by numbering.xml (numId 1, level 0: "%1.").
std::string NumberedP(const std::string& text) {
  return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>" + text +
         "</w:t></w:r></w:p>";
}

std::string Cell(const std::string& text, const std::string& properties = "") {
  return "<w:tc>" + (properties.empty() ? "" : "<w:tcPr>" + properties + "</w:tcPr>") + P(text) + "</w:tc>";
}

std::string Row(const std::string& cells) { return "<w:tr>" + cells + "</w:tr>"; }

const char* const kNumbering =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering xmlns:w=\"http://schemas.openxmlformats.org/"
    "wordprocessingml/2006/main\"><w:abstractNum w:abstractNumId=\"7\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
    "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
    "<w:abstractNum w:abstractNumId=\"8\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
    "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl></w:abstractNum>"
    "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"7\"/></w:num>"
    "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"8\"/></w:num></w:numbering>";

// One project table: the purpose spans six columns (gridSpan), the label
// 预算规模及资金用途 and each 一级指标 are merged down (vMerge).
std::string ProjectTable() {
  const std::string merge_start = "<w:vMerge w:val=\"restart\"/>", merge_on = "<w:vMerge/>";
  return "<w:tbl>" +
         Row(Cell("203001中共示例县委组织部本级", "<w:gridSpan w:val=\"5\"/>") + Cell("单位：万元", "<w:gridSpan w:val=\"2\"/>")) +
         Row(Cell("项目编码") + Cell("13052924P005840120862", "<w:gridSpan w:val=\"2\"/>") + Cell("项目名称") +
             Cell("党刊征订费", "<w:gridSpan w:val=\"3\"/>")) +
         Row(Cell("预算规模及资金用途", merge_start) + Cell("预算数") + Cell("16.80") + Cell("其中：财政资金") + Cell("16.80") +
             Cell("其他资金") + Cell("0")) +
         Row(Cell("", merge_on) + Cell("支付党刊征订费用。", "<w:gridSpan w:val=\"6\"/>")) +
         Row(Cell("资金支出计划（%）") + Cell("3月底") + Cell("6月底") + Cell("10月底") + Cell("12月底")) +
         Row(Cell("") + Cell("") + Cell("40%") + Cell("") + Cell("100%")) +
         Row(Cell("绩效目标") + "<w:tc>" + P("1.保障党刊征订。") + P("2.促进党员学习。") + "</w:tc>") +
         Row(Cell("一级指标") + Cell("二级指标") + Cell("三级指标") + Cell("绩效指标描述") + Cell("指标值") + Cell("指标值确定依据")) +
         Row(Cell("产出指标", merge_start) + Cell("数量指标") + Cell("订购份数") + Cell("订购党刊份数") + Cell("1000 份") +
             Cell("实际测算")) +
         Row(Cell("", merge_on) + Cell("时效指标") + Cell("完成时限") + Cell("完成的时间") + Cell("12 月底") + Cell("")) +
         Row(Cell("满意度指标", merge_start) + Cell("服务对象满意度指标") + Cell("党员满意度") + Cell("满意程度") +
             Cell("≥95%") + Cell("满意度调查")) +
         "</w:tbl>";
}

std::string Body() {
  return P("中共示例县委组织部") + P("2024年部门预算绩效文本") + P("第一部分 部门整体绩效目标") +
         "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"2\"/></w:numPr></w:pPr><w:r><w:t>总体绩效目标</w:t>"
         "</w:r><w:r><w:instrText> TC 总体绩效目标 \\f A \\l 1 </w:instrText></w:r></w:p>" +
         P("全面提升组织工作水平。") + P("第二部分 预算项目绩效目标") + NumberedP("党刊征订费绩效目标表") + ProjectTable();
}

// Zips `parts` (name → bytes) into `path` with libzip.
void WriteZip(const std::string& path, const std::map<std::string, std::string>& parts, bool encrypt = false) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(archive);
  for (const auto& [name, bytes] : parts) {
    zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    REQUIRE(source);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    REQUIRE(index >= 0);
    if (encrypt) REQUIRE(zip_file_set_encryption(archive, index, ZIP_EM_AES_256, "secret") == 0);
  }
  REQUIRE(zip_close(archive) == 0);
}

std::map<std::string, std::string> Docx(const std::string& body, bool numbering = true) {
  std::map<std::string, std::string> parts = {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
      {"word/document.xml", Document(body)},
  };
  if (numbering) parts["word/numbering.xml"] = kNumbering;
  return parts;
}

std::string Problems(const Diagnostics& diagnostics) {
  std::string out;
  for (const Diagnostic& d : diagnostics.all()) out += FormatDiagnostic(d) + "\n";
  return out;
}

TEST_CASE(".docx: paragraphs, numbering, merged cells become a project", "[importer][docx]") {
  TempFolder folder;
  const std::string path = folder.path() + "/示例.docx";
  WriteZip(path, Docx(Body()));
  Diagnostics diagnostics;
  const auto document = ReadDocumentFile(path, diagnostics);
  INFO(Problems(diagnostics));
  REQUIRE(document);
  CHECK(document->kind == SourceKind::kDocx);
  const ImportedDocument imported = ImportDocument(*document, IdentityOverrides{}, diagnostics);
  INFO(Problems(diagnostics));
  REQUIRE_FALSE(diagnostics.HasErrors());
  CHECK(imported.report.format == DocumentFormatName(DocumentFormat::kDocx));
  const DepartmentYear& d = imported.department;
  CHECK(d.department.name == "中共示例县委组织部");
  CHECK(d.year == 2024);
  CHECK(d.folder == "2024/130529-203");
  // 一、 from numbering.xml; the field code in w:instrText is not text.
  CHECK(d.goals.overall == std::vector<std::string>{"全面提升组织工作水平。"});
  REQUIRE(d.projects.size() == 1);
  const Project& project = d.projects[0];
  CHECK(project.number == 1);  // "1." is Word's automatic number
  CHECK(project.code == "13052924P005840120862");
  CHECK(project.name == "党刊征订费");
  CHECK(project.unit_code == "203001");
  CHECK(project.budget->ToString() == "16.80");
  CHECK(project.other_funds->ToString() == "0");
  CHECK(project.purpose == "支付党刊征订费用。");  // under a vMerge continuation, across a gridSpan
  CHECK(project.plan.cumulative == std::array<std::string, 4>{"", "40%", "", "100%"});
  CHECK(project.goals == std::vector<std::string>{"保障党刊征订。", "促进党员学习。"});  // two paragraphs of a cell
  REQUIRE(project.indicators.size() == 3);
  CHECK(project.indicators[1].level1 == "产出指标");  // carried over the vMerge
  CHECK(project.indicators[1].value.text == "12 月底");
  CHECK(project.indicators[2].level1 == "满意度指标");
  CHECK(project.indicators[2].value.text == "≥95%");
}

TEST_CASE(".docx: what cannot be read is refused with what is wrong", "[importer][docx]") {
  TempFolder folder;
  Diagnostics diagnostics;
  const auto message = [&](const std::string& name, const std::string& bytes) {
    diagnostics = Diagnostics();
    CHECK_FALSE(ReadDocumentBytes(folder.path() + "/" + name, bytes, diagnostics));
    REQUIRE(diagnostics.error_count() == 1);
    return diagnostics.all()[0].message;
  };
  CHECK(message("a.docx", "PK\x03\x04 not really a zip").find(".docx 文件已损坏或不完整") != std::string::npos);
  CHECK(message("a.docx", "plain words").find("文件不是 zip 压缩包") != std::string::npos);
  // Word keeps a password-protected document in an OLE container.
  CHECK(message("a.docx", std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(512, '\0'))
            .find("设有密码") != std::string::npos);

  const std::string no_body = folder.path() + "/no-body.docx";
  WriteZip(no_body, {{"word/other.xml", "<x/>"}});
  diagnostics = Diagnostics();
  CHECK_FALSE(ReadDocumentFile(no_body, diagnostics));
  CHECK(diagnostics.all().at(0).message ==
        "这不是 Word 文档：压缩包中没有 word/document.xml；应为Word 保存的 .docx 文件；请确认选对了文件；或在 Word 中打开，另存为 .docx 后再导入");

  const std::string broken = folder.path() + "/broken.docx";
  WriteZip(broken, {{"word/document.xml", "<w:document><w:body><w:p>"}});
  diagnostics = Diagnostics();
  CHECK_FALSE(ReadDocumentFile(broken, diagnostics));
  CHECK(diagnostics.all().at(0).message.find(".docx 文件已损坏：word/document.xml 不是 Word 文档正文（第 1 行不是完整的 XML）") == 0);

  // A truncated archive: the end of a real .docx cut off.
  const std::string whole = folder.path() + "/whole.docx";
  WriteZip(whole, Docx(Body()));
  std::string bytes;
  std::string error;
  REQUIRE(ReadFileBytes(whole, bytes, error));
  CHECK(message("cut.docx", bytes.substr(0, bytes.size() / 2)).find(".docx 文件已损坏或不完整") != std::string::npos);

  if (zip_encryption_method_supported(ZIP_EM_AES_256, 1)) {
    const std::string locked = folder.path() + "/locked.docx";
    WriteZip(locked, Docx(Body()), /*encrypt=*/true);
    diagnostics = Diagnostics();
    CHECK_FALSE(ReadDocumentFile(locked, diagnostics));
    CHECK(diagnostics.all().at(0).message.find(".docx 文件设有密码") != std::string::npos);
  }
}

TEST_CASE("Word's automatic numbers, as Word prints them", "[importer][docx]") {
  CHECK(ChineseCount(1) == "一");
  CHECK(ChineseCount(10) == "十");
  CHECK(ChineseCount(12) == "十二");
  CHECK(ChineseCount(21) == "二十一");
  DocxNumbering numbering(kNumbering);
  CHECK(numbering.Next("1", 0) == "1.");
  CHECK(numbering.Next("1", 0) == "2.");
  CHECK(numbering.Next("2", 0) == "一、");
  CHECK(numbering.Next("9", 0) == "");  // unknown numbering: no number rather than a wrong one
}

}  // namespace
}  // namespace gongkai
