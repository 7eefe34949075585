#include "importer/read/pdf_reader.h"

#include <memory>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include "importer/cjk_text.h"
#include "importer/layout/line_grouping.h"
#include "importer/import_messages.h"

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
    diagnostics.Error(where, ImportMessage(ImportMessageId::kPdfUnopenable));
    return std::nullopt;
  }
  if (document->is_locked()) {
    diagnostics.Error(where, ImportMessage(ImportMessageId::kPdfLocked));
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
    diagnostics.Error(where, ImportMessage(ImportMessageId::kPdfNoText, {std::to_string(text.pages)}));
    return std::nullopt;
  }
  if (legibility.han == 0 || legibility.unreadable * 5 > legibility.han) {
    diagnostics.Error(where, ImportMessage(ImportMessageId::kPdfIllegible, {std::to_string(legibility.han), std::to_string(legibility.unreadable)}));
    return std::nullopt;
  }
  return text;
}

}  // namespace gongkai
