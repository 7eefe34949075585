#include "importer/import_report.h"

#include <algorithm>
#include <map>

namespace gongkai {
namespace {

// A PDF's lines are named by page and row, as a clerk finds them in the
// PDF reader ("第 11 页第 7 行").
std::string PlaceOf(const ImportReport& report, int line) {
  const size_t index = static_cast<size_t>(line - 1);
  if (line > 0 && index < report.pdf_places.size()) {
    return "第 " + std::to_string(report.pdf_places[index].first) + " 页第 " +
           std::to_string(report.pdf_places[index].second) + " 行";
  }
  return "line " + std::to_string(line);
}

std::string LineLabel(const ImportReport& report, const ImportNote& note) {
  if (note.line == 0) return "document";
  if (note.last_line > note.line) {
    if (report.pdf_places.empty()) return "lines " + std::to_string(note.line) + "–" + std::to_string(note.last_line);
    return PlaceOf(report, note.line) + "至" + PlaceOf(report, note.last_line);
  }
  return PlaceOf(report, note.line);
}

std::string Field(const std::string& name, const std::string& value) {
  constexpr size_t kWidth = 14;
  return "  " + name + std::string(kWidth - name.size(), ' ') + value + "\n";
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
    if (!out.empty()) out += "\n" + std::string(16, ' ');
    out += unit.code + " " + unit.name + ": " + std::to_string(projects) + " projects";
  }
  return out.empty() ? "(none)" : out;
}

std::string ProjectLines(const DepartmentYear& department) {
  size_t rows = 0;
  for (const Project& project : department.projects) rows += project.indicators.size();
  std::string out = Field("projects", std::to_string(department.projects.size()) + " projects, " +
                                          std::to_string(rows) + " indicator rows");
  for (const Project& project : department.projects) {
    out += std::string(16, ' ') + std::to_string(project.number) + ". " +
           (project.code.empty() ? "(no code)" : project.code) + " " + project.name + " [" + project.unit_code +
           "] " + (project.budget ? project.budget->ToString() + " 万元" : "(no 预算数)") + ", " +
           std::to_string(project.indicators.size()) + " rows\n";
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
    out += "    " + LineLabel(report, note) + ": " + note.what;
    if (!note.detail.empty()) out += ": " + note.detail;
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
    out += "    " + what + " (" + std::to_string(notes.size()) + "):";
    bool detailed = false;
    for (const ImportNote* note : notes) detailed = detailed || !note->detail.empty();
    if (detailed) {
      out += "\n";
      for (const ImportNote* note : notes) out += "      " + LineLabel(report, *note) + ": " + note->detail + "\n";
    } else {
      out += " lines ";
      for (size_t i = 0; i < notes.size(); ++i) out += (i ? ", " : "") + std::to_string(notes[i]->line);
      out += "\n";
    }
  }
  return out;
}

}  // namespace

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
  std::string out = report.file + ": " + report.format + "\n";
  if (!report.evidence.empty()) out += Field("detected by", report.evidence);
  if (!report.lines_are.empty()) out += Field("lines", report.lines_are);
  out += Field("department", department.department.code + " " + department.department.name);
  out += Field("jurisdiction", department.jurisdiction.code + " " + department.jurisdiction.name);
  out += Field("year", department.year ? std::to_string(department.year) : "(unknown)");
  out += Field("title", department.title.empty() ? "(not printed)" : department.title);
  out += Field("units", UnitsLine(department));
  out += Field("goals", "总体绩效目标 " + std::to_string(department.goals.overall.size()) + " paragraph(s), 分项绩效目标 " +
                            std::to_string(department.goals.items.size()) + " item(s)");
  std::string sections;
  for (size_t i = 0; i < department.sections.size(); ++i) {
    const Section& section = department.sections[i];
    if (i) sections += "\n" + std::string(16, ' ');
    sections += section.id + " (" + section.title + "): " + std::to_string(CountParagraphs(section.markdown)) +
                " paragraph(s)";
  }
  out += Field("sections", sections.empty() ? "(none)" : sections);
  std::string tables;
  for (size_t i = 0; i < department.tables.size(); ++i) {
    const BudgetTable& table = department.tables[i];
    if (i) tables += "\n" + std::string(16, ' ');
    const std::string rows = std::to_string(table.rows.size()) + " row(s)";
    tables += table.title + ": " +
              (table.rows.empty() ? std::string("published empty") : table.IsEmpty() ? rows + ", no amounts" : rows) +
              (table.unit.empty() ? "" : ", " + table.unit);
  }
  out += Field("tables", tables.empty() ? "(none)" : tables);
  out += ProjectLines(department);
  if (!department.folder.empty()) out += Field("folder", department.folder);
  const std::string patched = NotesOfKind(report, NoteKind::kPatched);
  if (!patched.empty()) out += "  patched (corrections from " + report.patch_file + ")\n" + patched;
  const std::string guesses = NotesOfKind(report, NoteKind::kGuess);
  if (!guesses.empty()) out += "  guesses (check them against the document)\n" + guesses;
  const std::string repairs = RepairLines(report);
  if (!repairs.empty()) out += "  repairs of extraction damage\n" + repairs;
  const std::string skipped = NotesOfKind(report, NoteKind::kSkipped);
  if (!skipped.empty()) out += "  skipped (not imported)\n" + skipped;
  return out;
}

}  // namespace gongkai
