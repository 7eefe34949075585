#include "importer/read/pdf_reader.h"

#include <memory>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include "importer/cjk_text.h"
#include "importer/layout/line_grouping.h"

namespace gongkai {
namespace {

// poppler prints its own warnings to stderr ("Syntax Error …") unless given
// a handler; the importer reports problems itself.
void IgnorePopplerMessage(const std::string&, void*) {}

std::string Utf8(const poppler::ustring& text) {
  const poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

struct Legibility {
  size_t han = 0;         // CJK ideographs
  size_t unreadable = 0;  // private-use and replacement characters
};

void Count(const std::string& text, Legibility& legibility) {
  for (size_t i = 0; i < text.size();) {
    size_t length = 1;
    const char32_t c = DecodeCodePoint(text, i, &length);
    if (c >= 0x4E00 && c <= 0x9FFF) ++legibility.han;
    if ((c >= 0xE000 && c <= 0xF8FF) || c == 0xFFFD) ++legibility.unreadable;
    i += length;
  }
}

}  // namespace

std::optional<LaidOutText> ReadPdf(const std::string& path, const std::string& bytes, Diagnostics& diagnostics) {
  const SourceLocation where{path};
  poppler::set_debug_error_function(IgnorePopplerMessage, nullptr);
  std::unique_ptr<poppler::document> document(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!document) {
    diagnostics.Error(where, "无法打开这个 PDF：文件已损坏，或设有打开密码。请用 PDF 阅读器确认能打开，去掉密码后另存一份再导入");
    return std::nullopt;
  }
  if (document->is_locked()) {
    diagnostics.Error(where, "这个 PDF 设有打开密码：请去掉密码后另存一份再导入");
    return std::nullopt;
  }
  LaidOutText text;
  text.path = path;
  text.unit = "pt";
  text.pages = document->pages();
  Legibility legibility;
  int running = 0;
  for (int p = 0; p < document->pages(); ++p) {
    std::unique_ptr<poppler::page> page(document->create_page(p));
    if (!page) continue;
    const poppler::rectf bounds = page->page_rect();
    std::vector<PlacedWord> words;
    for (const poppler::text_box& box : page->text_list()) {
      const poppler::rectf r = box.bbox();
      // Text drawn outside the page is not printed (the template of 01_…
      // repeats the previous page's last lines above the top edge).
      const double centre_y = r.y() + r.height() / 2;
      if (centre_y < 0 || centre_y > bounds.height() || r.x() + r.width() / 2 < 0 || r.x() > bounds.width()) continue;
      std::string word = Utf8(box.text());
      if (TrimAscii(word).empty()) continue;
      Count(word, legibility);
      words.push_back({std::move(word), r.x(), r.right(), r.y(), r.bottom(), box.has_space_after()});
    }
    for (LaidOutLine& line : GroupIntoLines(std::move(words), p + 1)) {
      line.source_line = ++running;
      text.lines.push_back(std::move(line));
    }
  }
  if (text.lines.empty()) {
    diagnostics.Error(where, "这个 PDF 没有文字层（" + std::to_string(text.pages) +
                                 " 页都是图像，多为扫描件）：请先用 OCR 识别成文字，或向编制部门索取原始的 Word/PDF 文件");
    return std::nullopt;
  }
  if (legibility.han == 0 || legibility.unreadable * 5 > legibility.han) {
    diagnostics.Error(where, "这个 PDF 的文字无法识读（共 " + std::to_string(legibility.han) + " 个汉字、" +
                                 std::to_string(legibility.unreadable) +
                                 " 个私用区或替换字符：字体没有 ToUnicode 映射）：请用原始文件重新导出 PDF，或先用 OCR 识别");
    return std::nullopt;
  }
  return text;
}

}  // namespace gongkai
