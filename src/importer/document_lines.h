// A published document as numbered lines: what every reader starts from.
//
// Lines keep their bytes (tabs included: they separate table cells); only a
// UTF-8 byte order mark and the \r of Windows line ends are dropped. Line
// numbers are 1-based and survive every later repair, so each report and
// diagnostic can point at the line of the source file.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"
#include "importer/layout/laid_out_text.h"

namespace gongkai {

struct SourceLine {
  int number = 0;  // 1-based line number in the file
  std::string text;
};

// Where the lines came from: a text file, or lines built from a .docx or
// HTML file (word_text_lines.h), which read as Word text, or from a PDF's
// word boxes (one line per printed line, words between tabs, so a PDF of
// a Hebei 绩效文本 reads as PDF text).
enum class SourceKind { kText, kDocx, kHtml, kPdf, kSpreadsheet };

// What a file's reader did that the report should say: text it left out
// on purpose (a web page's template: JSP directives, breadcrumbs,
// navigation), or a value it had to work out (a spreadsheet's amounts at
// the precision the sheet shows).
struct ReaderNote {
  bool guess = false;  // else: left out
  int line = 0;        // 0: the whole document
  std::string what;
  std::string detail;  // the text left out, shortened; or what was worked out
};

struct SourceDocument {
  std::string path;  // as given on the command line, shown in messages
  std::string sha256;  // of the file's bytes as read (before any patch); "" for lines made in a test
  SourceKind kind = SourceKind::kText;
  std::string lines_are;  // for built lines: what "line N" counts
  // The encoding the text was decoded from (read/text_encoding.h), for the
  // report: "UTF-8", "GBK", "UTF-16LE（带 BOM）"; "" for a PDF or .docx.
  std::string encoding;
  // Said about the encoding beside it: a web page's charset declaration
  // that names another encoding than its bytes are in.
  std::string encoding_warning;
  std::vector<SourceLine> lines;
  // The words with their positions, for a PDF; the budget tables are read
  // from these (tables/laid_out_tables.h).
  std::shared_ptr<const LaidOutText> layout;
  std::vector<ReaderNote> reader_notes;

  // A location for diagnostics: path, line and the line's text.
  SourceLocation At(int line_number) const;
};

// A location naming only a file (or folder): for problems with the whole of it.
SourceLocation FileLocation(const std::string& path);

// Splits `text` (the file's bytes) into lines. Pure: for tests.
SourceDocument MakeSourceDocument(const std::string& path, const std::string& text);


// `text` decoded (UTF-8, GBK/GB18030 or UTF-16 with a byte order mark) and
// split into lines as MakeSourceDocument does; nullopt (reported, with the
// line and column of the first byte that cannot be decoded) otherwise.
std::optional<SourceDocument> TextSourceDocument(const std::string& path, const std::string& text,
                                                 Diagnostics& diagnostics);

// The lines that have text on them, in order (blank and whitespace-only lines
// left out).
std::vector<SourceLine> NonBlankLines(const std::vector<SourceLine>& lines);

}  // namespace gongkai
