// Tables of income beside spending (收支总表, 财政拨款收支总表): each side's
// items add up to its year's total, the year's total and the carry-over
// (上年结转结余 on the income side, 年终结转结余 on the spending side) add
// up to the side's grand total, and the two grand totals are equal. This
// year's income and spending may differ: carry-over is what reconciles
// them (seed 003: 1240.26 + 0.88 = 1241.14).
#include "validate/budget_checks.h"

namespace gongkai {
namespace {

enum class Role { kItem, kSubItem, kThisYear, kCarryOver, kGrandTotal, kOther };

bool Has(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

Role RoleOf(const std::string& label) {
  const std::string bare = BareLabel(label);
  if ((Has(bare, "本年") || Has(bare, "当年")) && (Has(bare, "合计") || Has(bare, "小计"))) return Role::kThisYear;
  if (Has(bare, "总计") || bare == "收入合计" || bare == "支出合计" || bare == "合计") return Role::kGrandTotal;
  if (Has(bare, "结转") || Has(bare, "结余")) return Role::kCarryOver;
  if (bare != label && label.find("、") != std::string::npos) return Role::kItem;  // 一、…
  if (bare != label) return Role::kSubItem;                                        // 1.…
  return Role::kOther;
}

struct Entry {
  const BudgetRow* row = nullptr;
  std::string label;
  std::optional<Decimal> amount;
  std::vector<Entry> parts;  // an item's sub-items; a carry-over's breakdown
};

struct Side {
  std::string name;  // 收入, 支出
  std::vector<Entry> items;
  std::optional<Entry> this_year;
  std::vector<Entry> carry_overs;
  std::optional<Entry> grand_total;
};

Side ReadSide(const BudgetTable& table, size_t label_column, size_t amount_column, std::string name) {
  Side side;
  side.name = std::move(name);
  bool after_carry_over = false;
  for (const BudgetRow& row : table.rows) {
    const std::string& label = row.Cell(label_column).text;
    if (label.empty()) continue;
    Entry entry{&row, label, row.Cell(amount_column).amount, {}};
    switch (RoleOf(label)) {
      case Role::kItem:
        if (after_carry_over) side.carry_overs.back().parts.push_back(entry);
        else side.items.push_back(entry);
        break;
      case Role::kSubItem:
        if (!after_carry_over && !side.items.empty()) side.items.back().parts.push_back(entry);
        break;
      case Role::kThisYear: side.this_year = entry; break;
      case Role::kCarryOver:
        side.carry_overs.push_back(entry);
        after_carry_over = true;
        break;
      case Role::kGrandTotal: side.grand_total = entry; break;
      case Role::kOther: break;
    }
  }
  return side;
}

// Σ of entries that print an amount; nullopt when none does.
std::optional<Decimal> SumOf(const std::vector<Entry>& entries) {
  std::optional<Decimal> sum;
  for (const Entry& entry : entries) {
    if (entry.amount) sum = sum ? *sum + *entry.amount : *entry.amount;
  }
  return sum;
}

class Balance {
 public:
  Balance(const BudgetTable& table, FindingSink& sink) : table_(table), sink_(sink) {}

  // `stated` against `computed`, described as `how`.
  void Expect(const Entry& stated, const std::optional<Decimal>& computed, const std::string& how) {
    if (!stated.amount || !computed) return;
    sink_.Compared(CheckId::kBalance);
    if (*stated.amount == *computed) return;
    sink_.Found(CheckId::kBalance, stated.row->origin,
                table_.title + "：" + stated.label + " " + WithUnit(*stated.amount, table_.unit) + "，" + how + " = " +
                    WithUnit(*computed, table_.unit) + "，相差 " + WithUnit(*stated.amount - *computed, table_.unit));
  }

  // Within one side; `year_total` stands in for a side that prints none.
  void CheckSide(const Side& side, const std::optional<Entry>& year_total) {
    for (const Entry& item : side.items) Expect(item, SumOf(item.parts), item.label + "所列各项之和");
    for (const Entry& carry : side.carry_overs) Expect(carry, SumOf(carry.parts), carry.label + "所列各项之和");
    const std::optional<Decimal> items = SumOf(side.items);
    if (side.this_year) {
      Expect(*side.this_year, items, side.name + "各项之和");
    } else if (year_total && !side.grand_total) {
      Expect(*year_total, items, side.name + "各项之和");
    }
    if (!side.grand_total) return;
    std::optional<Decimal> total = side.this_year ? side.this_year->amount : items;
    std::string how = side.this_year ? side.this_year->label : side.name + "各项之和";
    for (const Entry& carry : side.carry_overs) {
      if (total && carry.amount) total = *total + *carry.amount;
      how += " + " + carry.label;
    }
    Expect(*side.grand_total, total, how);
  }

 private:
  const BudgetTable& table_;
  FindingSink& sink_;
};

}  // namespace

void CheckBalance(const BudgetTable& table, FindingSink& sink) {
  const auto income_item = table.Column("income_item"), income = table.Column("income");
  const auto spending_item = table.Column("spending_item"), spending = table.Column("spending");
  if (!income_item || !income || !spending_item || !spending) return;
  const Side in = ReadSide(table, *income_item, *income, "收入");
  const Side out = ReadSide(table, *spending_item, *spending, "支出");
  Balance balance(table, sink);
  balance.CheckSide(in, std::nullopt);
  balance.CheckSide(out, std::nullopt);
  // Jiangsu's 支出用途 side prints items only: they add up to the spending total.
  const auto use_item = table.Column("use_item"), use = table.Column("use");
  if (use_item && use) {
    const Side uses = ReadSide(table, *use_item, *use, "支出用途");
    balance.CheckSide(uses, out.this_year ? out.this_year : out.grand_total);
  }
  if (in.grand_total && out.grand_total) {
    balance.Expect(*out.grand_total, in.grand_total->amount, in.grand_total->label);
  }
}

}  // namespace gongkai
