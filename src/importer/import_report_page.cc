#include "importer/import_report_page.h"

#include <algorithm>
#include <map>

#include "importer/import_messages.h"

namespace gongkai {
namespace {

// Text and attribute values as HTML: the five characters that could end
// or start markup. (The importer does not reach up into render/.)
std::string Escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

// Marked so it shows on screen and in print, with a word for readers who
// cannot tell the colours apart (and for screen readers).
constexpr const char* kStyle =
    "body{font-family:sans-serif;margin:1em;line-height:1.5}"
    "table{border-collapse:collapse;margin:.5em 0 1.5em}"
    "th,td{border:1px solid #888;padding:.15em .4em;vertical-align:top}"
    "td.amount{text-align:right;font-variant-numeric:tabular-nums}"
    "th.place,td.place{color:#444;white-space:nowrap;font-size:.9em}"
    "tr.guessed td,td.guessed{background:#fff3b0}"
    "td.guessed{outline:2px solid #c90}"
    "tr.unplaced td{background:#ffd6d6}"
    "td.why{font-size:.9em;color:#333}"
    "dl{display:grid;grid-template-columns:max-content 1fr;gap:.1em 1em}"
    "dt{font-weight:bold}"
    ".legend span{padding:0 .4em;margin-right:1em}";

struct RowNote {
  const ImportNote* note;
};

std::string Place(const ImportReport& report, int line) {
  return line > 0 ? PlaceInDocument(report, line) : ImportWord(ImportWordId::kWholeDocument);
}

// The lines a table was read from: its title's to its last row's.
std::pair<int, int> LinesOf(const BudgetTable& table) {
  int first = table.origin.line, last = table.origin.line;
  for (const BudgetRow& row : table.rows) {
    if (row.origin.line <= 0) continue;
    if (first <= 0 || row.origin.line < first) first = row.origin.line;
    last = std::max(last, row.origin.line);
  }
  return {first, last};
}

std::string TablePage(const ImportReport& report, const BudgetTable& table) {
  // Guesses and repairs by the line they were made on; skipped text inside
  // the table's lines is text that went into no cell.
  std::multimap<int, const ImportNote*> marks, unplaced;
  const auto [first, last] = LinesOf(table);
  for (const ImportNote& note : report.notes) {
    if (note.line <= 0) continue;
    if (note.kind == NoteKind::kGuess || note.kind == NoteKind::kRepair) marks.emplace(note.line, &note);
    if (note.kind == NoteKind::kSkipped && note.line >= first && note.line <= last) unplaced.emplace(note.line, &note);
  }
  const size_t columns = table.columns.size();
  std::string out = "<h3>" + Escape(table.title) + "</h3>\n";
  if (!table.unit.empty()) out += "<p>单位：" + Escape(table.unit) + "</p>\n";
  out += "<table class=\"budget-table\">\n<thead><tr><th class=\"place\" scope=\"col\">原件位置</th>";
  for (const BudgetColumn& column : table.columns) out += "<th scope=\"col\">" + Escape(column.label) + "</th>";
  out += "<th scope=\"col\">导入说明</th></tr></thead>\n<tbody>\n";
  // Rows and unplaced text in the order of the document.
  auto pending = unplaced.begin();
  const auto unplaced_row = [&](const ImportNote& note) {
    return "<tr class=\"unplaced\"><td class=\"place\">" + Escape(Place(report, note.line)) + "</td><td colspan=\"" +
           std::to_string(std::max<size_t>(columns, 1)) + "\">" + Escape(note.detail) + "</td><td class=\"why\">未归位：" +
           Escape(note.what) + "</td></tr>\n";
  };
  for (const BudgetRow& row : table.rows) {
    for (; pending != unplaced.end() && pending->first < row.origin.line; ++pending) out += unplaced_row(*pending->second);
    const auto [begin, end] = marks.equal_range(row.origin.line);
    std::string why;
    for (auto it = begin; it != end; ++it) why += (why.empty() ? "" : "；") + it->second->what;
    out += begin == end ? "<tr>" : "<tr class=\"guessed\">";
    out += "<td class=\"place\">" + Escape(row.origin.line > 0 ? Place(report, row.origin.line) : "") + "</td>";
    for (size_t c = 0; c < columns; ++c) {
      const BudgetCell& cell = row.Cell(c);
      bool guessed = false;
      for (auto it = begin; it != end && !cell.text.empty(); ++it) {
        guessed = guessed || it->second->detail.find(cell.text) != std::string::npos;
      }
      std::string classes = table.columns[c].type == ColumnType::kAmount ? "amount" : "";
      if (guessed) classes += classes.empty() ? "guessed" : " guessed";
      out += classes.empty() ? "<td>" : "<td class=\"" + classes + "\">";
      out += Escape(cell.text) + "</td>";
    }
    out += "<td class=\"why\">" + (why.empty() ? "" : "推断或修复：" + Escape(why)) + "</td></tr>\n";
  }
  for (; pending != unplaced.end(); ++pending) out += unplaced_row(*pending->second);
  out += "</tbody>\n</table>\n";
  return out;
}

std::string NotesList(const ImportReport& report, NoteKind kind, const char* heading) {
  std::vector<const ImportNote*> notes;
  for (const ImportNote& note : report.notes) {
    if (note.kind == kind) notes.push_back(&note);
  }
  if (notes.empty()) return "";
  std::stable_sort(notes.begin(), notes.end(), [](const ImportNote* a, const ImportNote* b) { return a->line < b->line; });
  std::string out = "<h3>" + std::string(heading) + "</h3>\n<table class=\"notes\">\n<thead><tr><th class=\"place\" scope=\"col\">原件位置</th>"
                    "<th scope=\"col\">内容</th><th scope=\"col\">详情</th></tr></thead>\n<tbody>\n";
  for (const ImportNote* note : notes) {
    out += "<tr><td class=\"place\">" + Escape(Place(report, note->line)) + "</td><td>" + Escape(note->what) + "</td><td>" +
           Escape(note->detail) + "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

std::string DocumentPage(const ImportedDocument& imported, size_t index) {
  const ImportReport& report = imported.report;
  const DepartmentYear& department = imported.department;
  std::string out = "<section id=\"document-" + std::to_string(index + 1) + "\">\n<h2>" + Escape(report.file) + "</h2>\n<dl>\n";
  const auto field = [&](ImportWordId name, const std::string& value) {
    if (!value.empty()) out += "<dt>" + ImportWord(name) + "</dt><dd>" + Escape(value) + "</dd>\n";
  };
  field(ImportWordId::kFieldDetectedBy, report.format);
  field(ImportWordId::kFieldEncoding, report.encoding);
  field(ImportWordId::kFieldDepartment, department.department.code + " " + department.department.name);
  field(ImportWordId::kFieldJurisdiction, department.jurisdiction.code + " " + department.jurisdiction.name);
  field(ImportWordId::kFieldYear, department.year ? std::to_string(department.year) : "");
  field(ImportWordId::kFieldFolder, department.folder);
  out += "</dl>\n";
  for (const BudgetTable& table : department.tables) out += TablePage(report, table);
  out += NotesList(report, NoteKind::kGuess, "推断（请对照原件核对）");
  out += NotesList(report, NoteKind::kRepair, "修复的提取损坏");
  out += NotesList(report, NoteKind::kPatched, "补丁改正");
  out += NotesList(report, NoteKind::kSkipped, "未导入的部分");
  return out + "</section>\n";
}

}  // namespace

std::string ImportReportPage(const std::vector<ImportedDocument>& imports, const Diagnostics& diagnostics) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>导入报告</title>\n<style>";
  out += kStyle;
  out += "</style>\n</head>\n<body>\n<main>\n<h1>导入报告</h1>\n"
         "<p class=\"legend\">每张表按导入程序读出的样子列出，左栏是原件中的位置。"
         "<span style=\"background:#fff3b0\">黄色</span>：推断或修复过的行与单元格，请对照原件核对；"
         "<span style=\"background:#ffd6d6\">红色</span>：表中无法归入任何单元格的文字（未归位）。</p>\n";
  if (!diagnostics.all().empty()) {
    out += "<h2>问题</h2>\n<ul>\n";
    for (const Diagnostic& diagnostic : diagnostics.all()) {
      std::string where = diagnostic.where.file;
      if (diagnostic.where.line > 0) where += "：" + ImportWord(ImportWordId::kLine, {std::to_string(diagnostic.where.line)});
      out += "<li>" + Escape(where) + "：" +
             ImportWord(diagnostic.severity == Severity::kError ? ImportWordId::kError : ImportWordId::kWarning) + "：" +
             Escape(diagnostic.message) + "</li>\n";
    }
    out += "</ul>\n";
  }
  for (size_t i = 0; i < imports.size(); ++i) out += DocumentPage(imports[i], i);
  return out + "</main>\n</body>\n</html>\n";
}

}  // namespace gongkai
