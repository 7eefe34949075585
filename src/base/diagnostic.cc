#include "base/diagnostic.h"

#include <algorithm>

namespace gongkai {

void Diagnostics::Error(SourceLocation where, std::string message) {
  all_.push_back({Severity::kError, std::move(where), std::move(message)});
  ++error_count_;
}

void Diagnostics::Warning(SourceLocation where, std::string message) {
  all_.push_back({Severity::kWarning, std::move(where), std::move(message)});
}

void Diagnostics::Append(const Diagnostics& other) {
  for (const Diagnostic& d : other.all_) {
    all_.push_back(d);
    if (d.severity == Severity::kError) ++error_count_;
  }
}

namespace {

bool IsContinuationByte(unsigned char c) { return (c & 0xC0) == 0x80; }

// Display width of a line prefix for the caret: CJK characters take two
// terminal columns, everything else one.
size_t CaretIndent(const std::string& line, int column) {
  size_t width = 0;
  int seen = 0;
  for (size_t i = 0; i < line.size() && seen < column - 1; ++i) {
    const unsigned char c = static_cast<unsigned char>(line[i]);
    if (IsContinuationByte(c)) continue;
    ++seen;
    if (line[i] == '\t') {
      width += 1;
    } else {
      width += c >= 0xE0 ? 2 : 1;
    }
  }
  return width;
}

// Messages quote content, and content may be hostile: a control character
// (ESC starts a terminal command) or a bidi override must not reach the
// terminal as itself. Each becomes '?', so columns still line up.
std::string Printable(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
      out += '?';
    } else if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
      out += '?';  // C1 controls U+0080..U+009F
      ++i;
    } else if (c == 0xE2 && i + 2 < text.size() &&
               ((static_cast<unsigned char>(text[i + 1]) == 0x80 && static_cast<unsigned char>(text[i + 2]) >= 0xAA &&
                 static_cast<unsigned char>(text[i + 2]) <= 0xAE) ||
                (static_cast<unsigned char>(text[i + 1]) == 0x81 && static_cast<unsigned char>(text[i + 2]) >= 0xA6 &&
                 static_cast<unsigned char>(text[i + 2]) <= 0xA9))) {
      out += '?';  // bidi embeddings, overrides and isolates
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace

std::string FormatDiagnostic(const Diagnostic& d, const SeverityWords& words) {
  std::string out = d.where.file.empty() ? std::string("gongkai") : Printable(d.where.file);
  if (d.where.line > 0) {
    out += ":" + std::to_string(d.where.line);
    if (d.where.column > 0) out += ":" + std::to_string(d.where.column);
  }
  if (!d.where.pointer.empty()) out += ": " + Printable(d.where.pointer);
  out += d.severity == Severity::kError ? words.error : words.warning;
  out += Printable(d.message);
  if (!d.where.source_line.empty()) {
    std::string line = Printable(d.where.source_line);
    std::replace(line.begin(), line.end(), '\t', ' ');
    out += "\n    " + line;
    if (d.where.column > 0) {
      out += "\n    " + std::string(CaretIndent(d.where.source_line, d.where.column), ' ') + "^";
    }
  }
  return out;
}

SourceLocation LocateOffset(const std::string& file, const std::string& text, size_t offset) {
  SourceLocation where;
  where.file = file;
  offset = std::min(offset, text.size());
  size_t line_start = 0;
  int line = 1;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  int column = 1;
  for (size_t i = line_start; i < offset; ++i) {
    if (!IsContinuationByte(static_cast<unsigned char>(text[i]))) ++column;
  }
  size_t line_end = text.find('\n', line_start);
  if (line_end == std::string::npos) line_end = text.size();
  where.line = line;
  where.column = column;
  // Very long lines (minified JSON) are cut so the message stays readable.
  constexpr size_t kMaxShownLine = 160;
  if (line_end - line_start <= kMaxShownLine) {
    where.source_line = text.substr(line_start, line_end - line_start);
  }
  return where;
}

}  // namespace gongkai
