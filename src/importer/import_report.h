// What an import did to one document, for the person who checks it against
// the original: where each value came from when it had to be guessed, which
// extraction damage was repaired, and which parts were left out.
//
// Readers add notes as they go (each with its source line); the command
// prints the report with FormatImportReport. Problems that stop an import
// are Diagnostics, not notes.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/site.h"

namespace gongkai {

enum class NoteKind {
  kGuess,    // a value the document does not print as such (a name derived from another)
  kRepair,   // extraction damage undone (a wrapped code, a split cell, a field code)
  kSkipped,  // a part of the document not imported (cover, table of contents, unknown part)
  kPatched,  // a correction from the document's patch file (source_patches.h)
};

struct ImportNote {
  NoteKind kind = NoteKind::kGuess;
  int line = 0;       // first source line; 0 when it rests on the whole document
  int last_line = 0;  // last source line of a range; 0 for a single line
  // Repairs of one kind are listed together under this heading; guesses and
  // skipped parts are printed one per line with it.
  std::string what;
  std::string detail;  // optional: before → after, or the skipped text
};

struct ImportReport {
  std::string file;
  std::string format;    // "Word text"
  std::string encoding;  // of a text or web page: "GBK", "UTF-8（带 BOM）" (read/text_encoding.h)
  std::string evidence;  // why that format
  // What "line N" counts, when not the lines of a text file: ".docx: …".
  std::string lines_are;
  std::string patch_file;  // the patch file applied, if any
  std::vector<ImportNote> notes;
  // For a PDF: the page and row of each line (index = line - 1), so notes
  // name the place in the PDF rather than a running line number.
  std::vector<std::pair<int, int>> pdf_places;

  void Guess(int line, std::string what, std::string detail = "");
  void Repair(int line, std::string what, std::string detail = "");
  void Skip(int line, int last_line, std::string what, std::string detail = "");
  void Patch(int line, std::string why, std::string detail);
};

// Where `line` is in the original, as a clerk finds it: "第 11 页第 7 行"
// in a PDF, "第 12 行" in a text.
std::string PlaceInDocument(const ImportReport& report, int line);

// The report as text, one block per document. `department` is what was
// imported; `folder` where it goes (or went) relative to the output folder.
std::string FormatImportReport(const ImportReport& report, const DepartmentYear& department);

}  // namespace gongkai
