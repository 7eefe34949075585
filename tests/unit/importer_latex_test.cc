// OCR's inline LaTeX ("$\geq 90\%$") is extraction damage: written as the
// department printed it (≥90%) and listed in the report. Seed 003 (秦皇岛
// 党建工作部 2023) has seven such formulas, on lines 490–526.
#include <catch2/catch.hpp>
#include <string>

#include "importer/document_lines.h"
#include "importer/import_report.h"
#include "importer/ocr_latex.h"
#include "html_document.h"

#ifndef GONGKAI_SOURCE_DIR
#define GONGKAI_SOURCE_DIR "/work/main"
#endif

namespace gongkai {
namespace {

int RepairCount(const ImportReport& report) {
  int count = 0;
  for (const ImportNote& note : report.notes) count += note.kind == NoteKind::kRepair;
  return count;
}

TEST_CASE("OCR's LaTeX formulas are written as the characters they stand for, each one reported", "[importer][latex]") {
  SourceDocument document = MakeSourceDocument(
      "a.txt",
      "提高干部队伍素质和战斗力 $\\geq 90\\%$\n"
      "保障老干部“两项待遇”的落实 $\\geq 95\\%$ 。\n"
      "确保全年网络舆情发生率同比下降不低于5% $\\leq 5\\%$ 。\n"
      "单价 $x$ 元，$\\frac{1}{2}$ 不是指标值\n");
  ImportReport report;
  RepairOcrLatex(document, report);
  CHECK(document.lines[0].text == "提高干部队伍素质和战斗力≥90%");
  CHECK(document.lines[1].text == "保障老干部“两项待遇”的落实≥95%。");
  CHECK(document.lines[2].text == "确保全年网络舆情发生率同比下降不低于5%≤5%。");
  // Anything but numbers and the table's symbols is left as it is.
  CHECK(document.lines[3].text == "单价 $x$ 元，$\\frac{1}{2}$ 不是指标值");
  REQUIRE(RepairCount(report) == 3);
  CHECK(report.notes[0].line == 1);
  CHECK(report.notes[0].detail == "$\\geq 90\\%$ → ≥90%");
}

TEST_CASE("seed 003: the seven formulas OCR wrote are repaired", "[importer][latex]") {
  const std::string text =
      testing::ReadTextFile(std::string(GONGKAI_SOURCE_DIR) + "/content/sources/003_467cd4d96a8a259d.txt");
  SourceDocument document = MakeSourceDocument("003.txt", text);
  ImportReport report;
  RepairOcrLatex(document, report);
  // Counted in the source by hand: $\geq 90\%$ five times, $\geq 95\%$, $\leq 5\%$.
  CHECK(RepairCount(report) == 7);
  for (const SourceLine& line : document.lines) CHECK(line.text.find("\\geq") == std::string::npos);
  CHECK(document.lines[489].text.find("战斗力≥90%") != std::string::npos);
}

}  // namespace
}  // namespace gongkai
