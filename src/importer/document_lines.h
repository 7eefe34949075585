// A published document as numbered lines: what every reader starts from.
//
// Lines keep their bytes (tabs included: they separate table cells); only a
// UTF-8 byte order mark and the \r of Windows line ends are dropped. Line
// numbers are 1-based and survive every later repair, so each report and
// diagnostic can point at the line of the source file.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostic.h"

namespace gongkai {

struct SourceLine {
  int number = 0;  // 1-based line number in the file
  std::string text;
};

struct SourceDocument {
  std::string path;  // as given on the command line, shown in messages
  std::vector<SourceLine> lines;

  // A location for diagnostics: path, line and the line's text.
  SourceLocation At(int line_number) const;
};

// A location naming only a file (or folder): for problems with the whole of it.
SourceLocation FileLocation(const std::string& path);

// Splits `text` (the file's bytes) into lines. Pure: for tests.
SourceDocument MakeSourceDocument(const std::string& path, const std::string& text);

// Reads the file; reports an unreadable or non-UTF-8 file and returns nullopt.
std::optional<SourceDocument> ReadSourceDocument(const std::string& path, Diagnostics& diagnostics);

// The lines that have text on them, in order (blank and whitespace-only lines
// left out).
std::vector<SourceLine> NonBlankLines(const std::vector<SourceLine>& lines);

}  // namespace gongkai
