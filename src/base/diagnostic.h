// Diagnostic: one problem found in the input, with where it is.
//
// Every stage reports problems as values (never by printing or throwing), so
// a build can collect all of them, print them in one place (cli/console) and
// decide the exit status. A location is a file plus either line:column (for
// text, malformed JSON, templates) or a JSON pointer (for a wrong value), or
// both.
#pragma once

#include <string>
#include <vector>

namespace gongkai {

struct SourceLocation {
  std::string file;
  int line = 0;          // 1-based; 0 = unknown
  int column = 0;        // 1-based, in characters (not bytes); 0 = unknown
  std::string pointer;   // JSON pointer such as /projects/3/budget; may be empty
  std::string source_line;  // the offending line, shown under the message
};

enum class Severity { kError, kWarning };

struct Diagnostic {
  Severity severity = Severity::kError;
  SourceLocation where;
  std::string message;
};

// Collects diagnostics in the order found. Stages take one by reference.
class Diagnostics {
 public:
  void Error(SourceLocation where, std::string message);
  void Warning(SourceLocation where, std::string message);
  void Append(const Diagnostics& other);

  bool HasErrors() const { return error_count_ > 0; }
  int error_count() const { return error_count_; }
  int warning_count() const { return static_cast<int>(all_.size()) - error_count_; }
  const std::vector<Diagnostic>& all() const { return all_; }

 private:
  std::vector<Diagnostic> all_;
  int error_count_ = 0;
};

// What stands between the place and the message: ": error: ", or the words
// of a command that speaks Chinese (gongkai import: "：错误：").
struct SeverityWords {
  const char* error = ": error: ";
  const char* warning = ": warning: ";
};

// "file:line:col: error: message" (or "file: /pointer: error: message"),
// then the source line and a caret under the column when they are known.
std::string FormatDiagnostic(const Diagnostic& diagnostic, const SeverityWords& words = {});

// Line and column (1-based, column counted in UTF-8 characters) of a byte
// offset into text, with the text of that line.
SourceLocation LocateOffset(const std::string& file, const std::string& text, size_t offset);

}  // namespace gongkai
