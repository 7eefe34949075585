// Word's automatic numbering (word/numbering.xml): the "1." or "一、" Word
// prints before a numbered paragraph, which document.xml does not hold.
// Headings such as "1.门卫安保经费绩效目标表" are often numbered this way,
// and the importer finds tables by those numbers.
//
// Supported: numbering given on the paragraph (w:numPr), the level texts
// (w:lvlText "%1." "（%1）" "第%1部分"), start values, and the formats
// decimal, Chinese counting (一 二 … 十一), full-width digits, letters and
// Roman numerals. Bullets print nothing. Numbering that comes only from a
// paragraph style is not applied (the number is then missing, as it would be
// for a reader of the XML).
#pragma once

#include <map>
#include <string>
#include <vector>

namespace gongkai {

class DocxNumbering {
 public:
  // `xml` is word/numbering.xml ("" when the document has none).
  explicit DocxNumbering(const std::string& xml);

  // The label of the next paragraph numbered (num_id, level), counters
  // advanced; "" for bullets and unknown numbering.
  std::string Next(const std::string& num_id, int level);

 private:
  struct Level {
    std::string format = "decimal";  // w:numFmt
    std::string text;                // w:lvlText, "%1."
    int start = 1;
  };
  std::map<std::string, std::string> abstract_of_num_;           // numId -> abstractNumId
  std::map<std::string, std::vector<Level>> levels_;            // abstractNumId -> levels
  std::map<std::string, std::vector<int>> counters_;            // numId -> current value per level
};

// 1 → 一, 10 → 十, 11 → 十一, 21 → 二十一 (up to 99).
std::string ChineseCount(int value);

}  // namespace gongkai
