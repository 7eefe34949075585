// Text in each encoding finance staff save it in imports exactly as its
// UTF-8 original; the encoding is named in the report; a web page whose
// <meta charset> names another encoding than its bytes is read by its bytes,
// and the contradiction said. The GBK and GB18030 files were made with iconv
// (tests/documents/encodings/README.md); UTF-16 is encoded here by hand.
#include <catch2/catch.hpp>
#include <string>

#include "base/diagnostic.h"
#include "format/content_json.h"
#include "html_document.h"
#include "importer/document_importer.h"
#include "importer/document_input.h"
#include "importer/read/text_encoding.h"

#ifndef GONGKAI_SOURCE_DIR
#define GONGKAI_SOURCE_DIR "/work/main"
#endif

namespace gongkai {
namespace {

const std::string kFolder = std::string(GONGKAI_SOURCE_DIR) + "/tests/documents/encodings/";

std::string Fixture(const std::string& name) { return testing::ReadTextFile(kFolder + name); }

// UTF-8 → UTF-16 with a byte order mark, written out here so the test does
// not use the decoder it checks.
std::string Utf16(const std::string& utf8, bool little_endian) {
  std::u32string code_points;
  for (size_t i = 0; i < utf8.size();) {
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    const int length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t value = length == 1 ? c : length == 2 ? c & 0x1F : length == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < length; ++k) value = (value << 6) | (static_cast<unsigned char>(utf8[i + k]) & 0x3F);
    code_points.push_back(value);
    i += length;
  }
  std::string out;
  const auto unit = [&](unsigned value) {
    const char high = static_cast<char>(value >> 8), low = static_cast<char>(value & 0xFF);
    out += little_endian ? std::string{low, high} : std::string{high, low};
  };
  unit(0xFEFF);
  for (const char32_t cp : code_points) {
    if (cp < 0x10000) {
      unit(cp);
    } else {
      unit(0xD800 + ((cp - 0x10000) >> 10));
      unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
    }
  }
  return out;
}

struct Imported {
  std::string json;      // the department as it would be written, without where it came from
  std::string encoding;  // as the report names it
  std::string errors;
};

Imported ImportBytes(const std::string& bytes) {
  Diagnostics diagnostics;
  Imported result;
  auto document = ReadDocumentBytes("示例.txt", bytes, diagnostics);
  if (document) {
    ImportedDocument imported = ImportDocument(*document, IdentityOverrides{}, diagnostics);
    imported.department.source_sha256.clear();  // the bytes differ, by design
    result.json = DepartmentToJson(imported.department);
    result.encoding = imported.report.encoding;
  }
  for (const Diagnostic& diagnostic : diagnostics.all()) result.errors += FormatDiagnostic(diagnostic) + "\n";
  return result;
}

TEST_CASE("GBK, GB18030 and UTF-16 text imports as its UTF-8 original, the encoding named", "[importer][encoding]") {
  const std::string utf8 = Fixture("utf-8.txt");
  const std::string utf8_ext_a = Fixture("utf-8-ext-a.txt");
  REQUIRE(!utf8.empty());
  const Imported original = ImportBytes(utf8);
  INFO(original.errors);
  REQUIRE(original.errors.empty());
  CHECK(original.encoding == "UTF-8");
  // What the document prints (line 6, 7 of utf-8.txt).
  CHECK(original.json.find("\"code\": \"13052924P005840120862\"") != std::string::npos);
  CHECK(original.json.find("\"budget\": \"16.80\"") != std::string::npos);

  SECTION("GBK") {
    const Imported gbk = ImportBytes(Fixture("gbk.txt"));
    INFO(gbk.errors);
    CHECK(gbk.encoding == "GBK");
    CHECK(gbk.json == original.json);
  }
  SECTION("GB18030, with a character GBK does not have") {
    const Imported ext_a = ImportBytes(utf8_ext_a);
    const Imported gb18030 = ImportBytes(Fixture("gb18030.txt"));
    INFO(gb18030.errors);
    CHECK(gb18030.encoding == "GB18030");
    CHECK(gb18030.json == ext_a.json);
    CHECK(gb18030.json.find("支付㐀村费用。") != std::string::npos);
  }
  SECTION("UTF-16 little-endian and big-endian, with a byte order mark (Notepad's Unicode)") {
    const Imported le = ImportBytes(Utf16(utf8, true));
    const Imported be = ImportBytes(Utf16(utf8, false));
    INFO(le.errors << be.errors);
    CHECK(le.encoding == "UTF-16LE（带 BOM）");
    CHECK(be.encoding == "UTF-16BE（带 BOM）");
    CHECK(le.json == original.json);
    CHECK(be.json == original.json);
  }
  SECTION("UTF-8 with a byte order mark") {
    const Imported bom = ImportBytes("\xEF\xBB\xBF" + utf8);
    CHECK(bom.encoding == "UTF-8（带 BOM）");
    CHECK(bom.json == original.json);
  }
}

TEST_CASE("UTF-8 is checked as strictly as the loader: a surrogate or an overlong form is refused, located",
          "[importer][encoding]") {
  DecodeFailure failure;
  // U+D800 written as UTF-8 (CESU-8's half pair), after 部门 (6 bytes).
  CHECK_FALSE(DecodeText("部门\xED\xA0\x80预算", failure));
  CHECK(failure.kind == DecodeFailureKind::kUtf8Surrogate);
  CHECK(failure.offset == 6);
  // '/' written in two bytes.
  CHECK_FALSE(DecodeText("部门预算\xC0\xAF", failure));
  CHECK(failure.kind == DecodeFailureKind::kUtf8Overlong);
  CHECK(failure.offset == 12);
  // A whole document with one damaged character is damaged UTF-8, not GBK.
  std::string document = Fixture("utf-8.txt");
  document.insert(document.find("示范经费"), "\xED\xBF\xBF");
  Diagnostics diagnostics;
  CHECK_FALSE(ReadDocumentBytes("示例.txt", document, diagnostics));
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(diagnostics.all()[0].where.line == 4);
  CHECK(diagnostics.all()[0].where.column == 3);
  CHECK(diagnostics.all()[0].message.find("代理项") != std::string::npos);
}

TEST_CASE("a web page is read by its bytes; a <meta charset> that names another encoding is said",
          "[importer][encoding][html]") {
  // The page's text in UTF-8 under a gb2312 declaration (a page copied from an old system).
  const std::string page = "<!DOCTYPE html><html><head><meta charset=\"gb2312\"><title>公开</title></head><body>"
                           "<p>示例县委组织部</p><p>2024 年部门预算绩效文本</p></body></html>";
  Diagnostics diagnostics;
  auto document = ReadDocumentBytes("page.html", page, diagnostics);
  REQUIRE(document);
  CHECK(document->encoding == "UTF-8");
  CHECK(document->encoding_warning.find("网页声明的编码是 gb2312，但内容其实是 UTF-8") != std::string::npos);
  REQUIRE(document->lines.size() >= 2);
  CHECK(document->lines[0].text == "示例县委组织部");

  // GBK bytes under a UTF-8 declaration.
  const std::string gbk_body = Fixture("gbk.txt").substr(0, 14);  // 示例县委组织部 in GBK
  const std::string lying = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><p>" +
                            gbk_body + "</p></body></html>";
  DecodeFailure failure;
  const auto decoded = DecodeHtmlPage(lying, failure);
  REQUIRE(decoded);
  CHECK(decoded->declared == "utf-8");
  CHECK(decoded->declaration_wrong);
  CHECK(decoded->decoded.encoding == "GBK");
  CHECK(decoded->decoded.text.find("<p>示例县委组织部</p>") != std::string::npos);

  // A truthful declaration is not reported.
  const auto truthful = DecodeHtmlPage("<meta charset=\"GBK\"><p>" + gbk_body + "</p>", failure);
  REQUIRE(truthful);
  CHECK_FALSE(truthful->declaration_wrong);
}

}  // namespace
}  // namespace gongkai
