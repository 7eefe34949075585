#include "importer/import_report.h"

#include <algorithm>
#include <map>

#include "importer/import_messages.h"

namespace gongkai {
namespace {

// A PDF's lines are named by page and row, as a clerk finds them in the
// PDF reader ("第 11 页第 7 行").
std::string PlaceOf(const ImportReport& report, int line) {
  const size_t index = static_cast<size_t>(line - 1);
  if (line > 0 && index < report.pdf_places.size()) {
    return ImportWord(ImportWordId::kPlace, {std::to_string(report.pdf_places[index].first),
                                             std::to_string(report.pdf_places[index].second)});
  }
  return ImportWord(ImportWordId::kLine, {std::to_string(line)});
}

std::string LineLabel(const ImportReport& report, const ImportNote& note) {
  if (note.line == 0) return ImportWord(ImportWordId::kWholeDocument);
  if (note.last_line > note.line) {
    if (report.pdf_places.empty()) {
      return ImportWord(ImportWordId::kLines, {std::to_string(note.line), std::to_string(note.last_line)});
    }
    return ImportWord(ImportWordId::kPlaces, {PlaceOf(report, note.line), PlaceOf(report, note.last_line)});
  }
  return PlaceOf(report, note.line);
}

// Columns a name takes in a terminal: a Han character two, ASCII one.
size_t DisplayWidth(const std::string& text) {
  size_t width = 0;
  for (const char c : text) {
    const unsigned char byte = static_cast<unsigned char>(c);
    if (byte < 0x80) ++width;
    else if (byte >= 0xC0) width += 2;
  }
  return width;
}

constexpr size_t kFieldWidth = 14;
const std::string kValueIndent(2 + kFieldWidth, ' ');

std::string Field(ImportWordId name_id, const std::string& value) {
  const std::string name = ImportWord(name_id);
  const size_t width = DisplayWidth(name);
  return "  " + name + std::string(width < kFieldWidth ? kFieldWidth - width : 1, ' ') + value + "\n";
}

int CountParagraphs(const std::string& markdown) {
  int paragraphs = 0;
  bool in_paragraph = false;
  size_t start = 0;
  while (start < markdown.size()) {
    size_t end = markdown.find('\n', start);
    if (end == std::string::npos) end = markdown.size();
    const bool blank = end == start;
    if (!blank && !in_paragraph) ++paragraphs;
    in_paragraph = !blank;
    start = end + 1;
  }
  return paragraphs;
}

std::string UnitsLine(const DepartmentYear& department) {
  std::string out;
  for (const Unit& unit : department.units) {
    int projects = 0;
    for (const Project& project : department.projects) projects += project.unit_code == unit.code ? 1 : 0;
    if (!out.empty()) out += "\n" + kValueIndent;
    out += unit.code + " " + unit.name + "：" + ImportWord(ImportWordId::kProjectsOfUnit, {std::to_string(projects)});
  }
  return out.empty() ? ImportWord(ImportWordId::kNone) : out;
}

std::string ProjectLines(const DepartmentYear& department) {
  size_t rows = 0;
  for (const Project& project : department.projects) rows += project.indicators.size();
  std::string out = Field(ImportWordId::kFieldProjects, ImportWord(ImportWordId::kProjectsAndRows,
                                                                    {std::to_string(department.projects.size()),
                                                                     std::to_string(rows)}));
  for (const Project& project : department.projects) {
    out += kValueIndent + std::to_string(project.number) + ". " +
           (project.code.empty() ? ImportWord(ImportWordId::kNoCode) : project.code) + " " + project.name + " [" +
           project.unit_code + "] " +
           (project.budget ? project.budget->ToString() + " 万元" : ImportWord(ImportWordId::kNoBudget)) + "，" +
           ImportWord(ImportWordId::kProjectRows, {std::to_string(project.indicators.size())}) + "\n";
  }
  return out;
}

// In the order of the document, so the report reads alongside it.
std::string NotesOfKind(const ImportReport& report, NoteKind kind) {
  std::vector<const ImportNote*> notes;
  for (const ImportNote& note : report.notes) {
    if (note.kind == kind) notes.push_back(&note);
  }
  std::stable_sort(notes.begin(), notes.end(),
                   [](const ImportNote* a, const ImportNote* b) { return a->line < b->line; });
  std::string out;
  for (const ImportNote* entry : notes) {
    const ImportNote& note = *entry;
    out += "    " + LineLabel(report, note) + "：" + note.what;
    if (!note.detail.empty()) out += "：" + note.detail;
    out += "\n";
  }
  return out;
}

// Repairs come by the dozen (every split cell of a PDF table): one line per
// kind listing the source lines, and the before → after of each one that
// has it, since those change identifiers such as project codes.
std::string RepairLines(const ImportReport& report) {
  std::vector<std::string> order;
  std::map<std::string, std::vector<const ImportNote*>> by_kind;
  for (const ImportNote& note : report.notes) {
    if (note.kind != NoteKind::kRepair) continue;
    if (!by_kind.count(note.what)) order.push_back(note.what);
    by_kind[note.what].push_back(&note);
  }
  std::string out;
  for (const std::string& what : order) {
    const auto& notes = by_kind[what];
    out += "    " + what + "（" + std::to_string(notes.size()) + " 处）：";
    bool detailed = false;
    for (const ImportNote* note : notes) detailed = detailed || !note->detail.empty();
    if (detailed) {
      out += "\n";
      for (const ImportNote* note : notes) out += "      " + LineLabel(report, *note) + "：" + note->detail + "\n";
    } else {
      std::string lines;
      for (size_t i = 0; i < notes.size(); ++i) lines += (i ? "、" : "") + std::to_string(notes[i]->line);
      out += ImportWord(ImportWordId::kLine, {lines}) + "\n";
    }
  }
  return out;
}

}  // namespace

std::string PlaceInDocument(const ImportReport& report, int line) { return PlaceOf(report, line); }

void ImportReport::Guess(int line, std::string what, std::string detail) {
  notes.push_back({NoteKind::kGuess, line, 0, std::move(what), std::move(detail)});
}

void ImportReport::Repair(int line, std::string what, std::string detail) {
  notes.push_back({NoteKind::kRepair, line, 0, std::move(what), std::move(detail)});
}

void ImportReport::Skip(int line, int last_line, std::string what, std::string detail) {
  notes.push_back({NoteKind::kSkipped, line, last_line, std::move(what), std::move(detail)});
}

void ImportReport::Patch(int line, std::string why, std::string detail) {
  notes.push_back({NoteKind::kPatched, line, 0, std::move(why), std::move(detail)});
}

std::string FormatImportReport(const ImportReport& report, const DepartmentYear& department) {
  using W = ImportWordId;
  std::string out = report.file + "：" + report.format + "\n";
  if (!report.encoding.empty()) out += Field(W::kFieldEncoding, report.encoding);
  if (!report.evidence.empty()) out += Field(W::kFieldDetectedBy, report.evidence);
  if (!report.lines_are.empty()) out += Field(W::kFieldLines, report.lines_are);
  out += Field(W::kFieldDepartment, department.department.code + " " + department.department.name);
  out += Field(W::kFieldJurisdiction, department.jurisdiction.code + " " + department.jurisdiction.name);
  out += Field(W::kFieldYear, department.year ? std::to_string(department.year) : ImportWord(W::kUnknown));
  out += Field(W::kFieldTitle, department.title.empty() ? ImportWord(W::kNotPrinted) : department.title);
  out += Field(W::kFieldUnits, UnitsLine(department));
  out += Field(W::kFieldGoals, ImportWord(W::kGoalsCount, {std::to_string(department.goals.overall.size()),
                                                           std::to_string(department.goals.items.size())}));
  std::string sections;
  for (size_t i = 0; i < department.sections.size(); ++i) {
    const Section& section = department.sections[i];
    if (i) sections += "\n" + kValueIndent;
    sections += section.id + "（" + section.title + "）：" +
                ImportWord(W::kParagraphs, {std::to_string(CountParagraphs(section.markdown))});
  }
  out += Field(W::kFieldSections, sections.empty() ? ImportWord(W::kNone) : sections);
  std::string tables;
  for (size_t i = 0; i < department.tables.size(); ++i) {
    const BudgetTable& table = department.tables[i];
    if (i) tables += "\n" + kValueIndent;
    const std::string rows = ImportWord(W::kRows, {std::to_string(table.rows.size())});
    tables += table.title + "：" +
              (table.rows.empty() ? ImportWord(W::kPublishedEmpty)
                                  : table.IsEmpty() ? rows + "，" + ImportWord(W::kNoAmounts) : rows) +
              (table.unit.empty() ? "" : "，" + table.unit);
  }
  out += Field(W::kFieldTables, tables.empty() ? ImportWord(W::kNone) : tables);
  out += ProjectLines(department);
  if (!department.folder.empty()) out += Field(W::kFieldFolder, department.folder);
  const std::string patched = NotesOfKind(report, NoteKind::kPatched);
  if (!patched.empty()) out += "  " + ImportWord(W::kHeadingPatched, {report.patch_file}) + "\n" + patched;
  const std::string guesses = NotesOfKind(report, NoteKind::kGuess);
  if (!guesses.empty()) out += "  " + ImportWord(W::kHeadingGuesses) + "\n" + guesses;
  const std::string repairs = RepairLines(report);
  if (!repairs.empty()) out += "  " + ImportWord(W::kHeadingRepairs) + "\n" + repairs;
  const std::string skipped = NotesOfKind(report, NoteKind::kSkipped);
  if (!skipped.empty()) out += "  " + ImportWord(W::kHeadingSkipped) + "\n" + skipped;
  return out;
}

}  // namespace gongkai
