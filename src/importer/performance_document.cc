#include "importer/performance_document.h"

#include <map>
#include <set>

#include "importer/cjk_text.h"
#include "importer/cover_page.h"
#include "importer/department_goals_reader.h"
#include "importer/document_outline.h"
#include "importer/ocr_project_codes.h"
#include "importer/project_table.h"
#include "importer/import_messages.h"

namespace gongkai {
namespace {

class DocumentReader {
 public:
  DocumentReader(const SourceDocument& document, const TextFormat& format, ImportReport& report,
                 Diagnostics& diagnostics)
      : document_(document), format_(format), report_(report), diagnostics_(diagnostics) {}

  RecoveredDocument Read(const std::vector<SourceLine>& lines) {
    DepartmentYear& department = recovered_.department;
    const DocumentOutline outline = OutlineDocument(lines, report_);
    const CoverPage cover = ReadCoverPage(outline.cover, report_);
    department.department.name = cover.department_name;
    department.title = cover.title;
    recovered_.department_name_line = cover.department_line;
    recovered_.title_line = cover.title_line;
    recovered_.department_lines = PrintedDepartments(lines);

    for (const OutlineBlock& block : outline.blocks) {
      switch (block.kind) {
        case BlockKind::kOverallGoals:
        case BlockKind::kSubGoals:
        case BlockKind::kMeasures: {
          std::vector<SourceLine> paragraphs;
          for (const SourceLine& line : NonBlankLines(block.body)) paragraphs.push_back({line.number, TrimAscii(line.text)});
          ReadGoalBlock(block, paragraphs, document_, department, report_, diagnostics_);
          break;
        }
        case BlockKind::kNarrative: {
          NarrativeContents contents = ReadNarrative(block, format_.narrative, document_, report_);
          recovered_.unit_rows.insert(recovered_.unit_rows.end(), contents.unit_rows.begin(), contents.unit_rows.end());
          department.sections.push_back(std::move(contents.section));
          break;
        }
        case BlockKind::kProject:
          ReadProject(block);
          break;
        case BlockKind::kBudgetTable:
          break;  // reported by the outline
      }
    }
    NameSections();
    if (format_.ocr) ResolveOcrProjectCodes(code_parts_, document_, department, report_);
    CheckCodes();
    if (department.projects.empty()) {
      diagnostics_.Error(FileLocation(document_.path),
                         ImportMessage(ImportMessageId::kNoPerformanceTables));
    }
    return std::move(recovered_);
  }

 private:
  void ReadProject(const OutlineBlock& block) {
    const ProjectTable table{block.heading, format_.table_rows(block.body, report_), format_.ocr};
    auto contents = ReadProjectTable(table, document_, report_, diagnostics_);
    if (!contents) return;
    DepartmentYear& department = recovered_.department;
    const int line = contents->project.origin.line;
    if (contents->unit.code.empty()) {
      // A table without a unit line goes on with the unit of the table before it.
      if (last_unit_.empty()) {
        recovered_.unitless.push_back(department.projects.size());
      } else {
        contents->project.unit_code = last_unit_;
        report_.Guess(line, ImportWord(ImportWordId::kNoteUnitFromTableBefore, {last_unit_}));
      }
    } else if (const Unit* unit = department.FindUnit(contents->unit.code)) {
      if (unit->name != contents->unit.name) {
        const std::string message = ImportMessage(ImportMessageId::kUnitNamedTwice, {unit->code, unit->name, contents->unit.name});
        // OCR misreads names; that is no news about the document.
        if (format_.ocr) report_.Guess(contents->unit_line, message);
        else diagnostics_.Warning(document_.At(line), message);
      }
    } else {
      department.units.push_back(contents->unit);
      recovered_.unit_lines[contents->unit.code] = contents->unit_line;
    }
    if (!contents->unit.code.empty()) last_unit_ = contents->unit.code;
    code_parts_.push_back(contents->code_parts);
    if (!contents->project.code.empty()) code_lines_.push_back(contents->code_line);
    else code_lines_.push_back(0);
    department.projects.push_back(std::move(contents->project));
  }

  // Codes are unique in a department; OCR's are checked once repaired.
  void CheckCodes() {
    const auto& projects = recovered_.department.projects;
    for (size_t i = 0; i < projects.size(); ++i) {
      const std::string& code = projects[i].code;
      if (code.empty()) continue;
      const auto [seen, inserted] = recovered_.code_lines.emplace(code, code_lines_[i]);
      if (!inserted) {
        diagnostics_.Error(document_.At(projects[i].origin.line),
                           ImportMessage(ImportMessageId::kProjectCodeTwice, {code, std::to_string(seen->second)}));
      }
    }
  }

  // Section ids are the file names' and the page's anchors: unique and
  // lowercase ASCII. A part of unknown title is numbered.
  void NameSections() {
    std::set<std::string> used;
    auto& sections = recovered_.department.sections;
    for (size_t i = 0; i < sections.size(); ++i) {
      Section& section = sections[i];
      if (section.id.empty()) {
        section.id = "section-" + std::to_string(i + 1);
        report_.Guess(section.origin.line, ImportWord(ImportWordId::kNoteSectionId, {section.id}),
                      section.title);
      }
      const std::string base = section.id;
      for (int n = 2; !used.insert(section.id).second; ++n) section.id = base + "-" + std::to_string(n);
    }
  }

  // Lines such as "203 中共秦皇岛…党建工作部" (a table's first cell in Word text).
  static std::vector<PrintedDepartment> PrintedDepartments(const std::vector<SourceLine>& lines) {
    std::vector<PrintedDepartment> found;
    for (const SourceLine& line : lines) {
      const std::string text = TrimAscii(line.text);
      if (text.size() < 3 + 6 || text.size() > 3 + 40 * 3 || text.find('\t') != std::string::npos) continue;
      if (text.substr(0, 3).find_first_not_of("0123456789") != std::string::npos) continue;
      const std::string name = TrimAscii(text.substr(3));
      if (name.empty() || (name[0] >= '0' && name[0] <= '9')) continue;
      size_t length = 0;
      if (!IsCjkCodePoint(DecodeCodePoint(name, 0, &length))) continue;
      if (EndsWith(name, "支出") || EndsWith(name, "收入") || name.find("，") != std::string::npos) continue;
      found.push_back({text.substr(0, 3), name, line.number});
    }
    return found;
  }

  const SourceDocument& document_;
  const TextFormat& format_;
  ImportReport& report_;
  Diagnostics& diagnostics_;
  RecoveredDocument recovered_;
  std::string last_unit_;
  std::vector<std::vector<std::string>> code_parts_;  // per project
  std::vector<int> code_lines_;                       // per project
};

}  // namespace

RecoveredDocument ReadPerformanceDocument(const SourceDocument& document, const std::vector<SourceLine>& lines,
                                          const TextFormat& format, ImportReport& report,
                                          Diagnostics& diagnostics) {
  return DocumentReader(document, format, report, diagnostics).Read(lines);
}

}  // namespace gongkai
