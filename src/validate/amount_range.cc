#include "validate/amount_range.h"

#include <cstdint>
#include <limits>

namespace gongkai {
namespace {

class MagnitudeTotal {
 public:
  // False once the total has passed what a Decimal sum can hold.
  bool Add(const std::optional<Decimal>& amount) {
    if (!amount) return true;
    const Decimal fine = amount->WithScale(Decimal::kMaxScale);
    const int64_t units = fine.units();
    total_ += units < 0 ? -static_cast<unsigned __int128>(units) : static_cast<unsigned __int128>(units);
    return total_ <= static_cast<unsigned __int128>(std::numeric_limits<int64_t>::max());
  }

 private:
  unsigned __int128 total_ = 0;
};

void Report(const SourceLocation& where, Diagnostics& diagnostics) {
  diagnostics.Error(where, "the amounts of the site, added up to here, pass 9223372036854.775807 (万元), more than "
                           "gongkai can add exactly; is an amount here wrong (too many digits)?");
}

}  // namespace

void CheckAmountsCanBeAdded(const Site& site, Diagnostics& diagnostics) {
  MagnitudeTotal total;
  for (const DepartmentYear& department : site.departments) {
    for (const Project& project : department.projects) {
      if (!total.Add(project.budget) || !total.Add(project.fiscal_funds) || !total.Add(project.other_funds)) {
        return Report(project.origin, diagnostics);
      }
    }
    for (const BudgetTable& table : department.tables) {
      for (const BudgetRow& row : table.rows) {
        for (const BudgetCell& cell : row.cells) {
          if (!total.Add(cell.amount)) return Report(row.origin, diagnostics);
        }
      }
    }
  }
}

}  // namespace gongkai
