// Known changes of classification codes (政府收支分类科目), as the Ministry of
// Finance published them: the table the year-over-year comparison uses to
// say that a row which ends under one code continues under another.
//
// A code that changed is never matched silently: the comparison keeps the
// old code's row (ended) and the new code's row (new) apart, and links them
// through an entry here, which names its source. Only changes met in
// published disclosures are listed; each is data, not a branch.
#pragma once

#include <string>
#include <vector>

#include "model/budget_table.h"

namespace gongkai {

struct KnownCodeChange {
  Classification classification;
  int first_year;         // the first budget year under the new code
  std::string old_code;   // 30311
  std::string old_name;   // 住房公积金
  std::string new_code;   // 30113 (the same code when only the name changed)
  std::string new_name;   // 住房公积金
  std::string source;     // the document that made the change
};

const std::vector<KnownCodeChange>& KnownCodeChanges();

// The change that ends `code` after `year` (old_code == code, first_year ==
// year + 1 … later years), or nullptr.
const KnownCodeChange* CodeChangeFrom(Classification classification, const std::string& code);
// The change that starts `code` (new_code == code and a different old code), or nullptr.
const KnownCodeChange* CodeChangeTo(Classification classification, const std::string& code);

}  // namespace gongkai
