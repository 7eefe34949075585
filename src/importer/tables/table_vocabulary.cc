#include "importer/tables/table_vocabulary.h"

#include "importer/cjk_text.h"

namespace gongkai {
namespace {

bool Has(const std::string& text, const char* word) { return text.find(word) != std::string::npos; }

bool HasAll(const std::string& text, const std::vector<const char*>& words) {
  for (const char* word : words) {
    if (!Has(text, word)) return false;
  }
  return true;
}

// One entry: a title names `kind` when it holds every word of `all` and
// none of `none`. First match wins, so the more specific entries come first.
struct TitleEntry {
  std::vector<const char*> all;
  std::vector<const char*> none;
  BudgetTableKind kind;
};

const std::vector<TitleEntry>& TitleEntries() {
  static const std::vector<TitleEntry> entries = {
      {{"三公"}, {}, BudgetTableKind::kThreePublic},
      {{"财政拨款收支"}, {}, BudgetTableKind::kFiscalSummary},
      {{"收支"}, {}, BudgetTableKind::kSummary},
      {{"收入", "总表"}, {}, BudgetTableKind::kIncome},
      {{"收入预算"}, {"支出"}, BudgetTableKind::kIncome},
      {{"政府性基金"}, {}, BudgetTableKind::kFundExpenditure},
      {{"政府基金"}, {}, BudgetTableKind::kFundExpenditure},  // Hebei: 部门预算政府基金预算财政拨款支出表
      {{"国有资本经营"}, {}, BudgetTableKind::kCapitalExpenditure},
      {{"机关运行经费"}, {}, BudgetTableKind::kOfficeCosts},
      {{"政府采购"}, {}, BudgetTableKind::kProcurement},
      {{"一般公共预算", "基本支出"}, {}, BudgetTableKind::kGeneralBasic},
      {{"财政拨款", "基本支出"}, {}, BudgetTableKind::kFiscalBasic},
      {{"一般公共预算", "支出"}, {}, BudgetTableKind::kGeneralExpenditure},
      {{"财政拨款", "支出"}, {}, BudgetTableKind::kFiscalExpenditure},
      {{"支出", "总表"}, {}, BudgetTableKind::kExpenditure},
      {{"支出预算表"}, {}, BudgetTableKind::kExpenditure},
      {{"国有资产"}, {}, BudgetTableKind::kAssets},
  };
  return entries;
}

// A column key from the words of its header path. `any` words may sit in
// any header of the path; `leaf` words must be in the column's own label.
struct ColumnEntry {
  std::vector<const char*> leaf;  // all of these in the column's own label
  std::vector<const char*> any;   // all of these somewhere in the path
  std::vector<const char*> none;  // none of these anywhere in the path
  const char* key;
  ColumnRole role;
};

// Columns of tables classified by code (and of the 三公 and office tables).
const std::vector<ColumnEntry>& CodedColumnEntries() {
  static const std::vector<ColumnEntry> entries = {
      {{"序号"}, {}, {}, "", ColumnRole::kRowNumber},
      {{"编码"}, {}, {}, "code", ColumnRole::kCode},
      {{"代码"}, {}, {}, "code", ColumnRole::kCode},
      {{"类"}, {"科目"}, {"名称"}, "code", ColumnRole::kCode},
      {{"款"}, {"科目"}, {"名称"}, "code", ColumnRole::kCode},
      {{"项"}, {"科目"}, {"名称", "项目"}, "code", ColumnRole::kCode},
      {{"名称"}, {}, {"金额"}, "name", ColumnRole::kText},
      {{"项目"}, {}, {"支出", "收入", "经费"}, "name", ColumnRole::kText},
      {{"采购品目"}, {}, {}, "item", ColumnRole::kText},
      {{"因公出国"}, {}, {}, "abroad", ColumnRole::kAmount},
      {{"公务接待"}, {}, {}, "reception", ColumnRole::kAmount},
      {{"公务用车购置及运行"}, {}, {}, "vehicles", ColumnRole::kAmount},
      {{"小计"}, {"公务用车"}, {}, "vehicles", ColumnRole::kAmount},
      {{"购置"}, {"公务用车"}, {}, "purchase", ColumnRole::kAmount},
      {{"运行"}, {"公务用车"}, {}, "running", ColumnRole::kAmount},
      {{"会议费"}, {}, {}, "meetings", ColumnRole::kAmount},
      {{"培训费"}, {}, {}, "training", ColumnRole::kAmount},
      {{"机关运行经费"}, {}, {}, "office", ColumnRole::kAmount},
      {{"人员经费"}, {}, {}, "personnel", ColumnRole::kAmount},
      {{"公用经费"}, {}, {}, "public", ColumnRole::kAmount},
      {{"基本支出"}, {}, {}, "basic", ColumnRole::kAmount},
      {{"项目支出"}, {}, {}, "project", ColumnRole::kAmount},
      // Keys as the Hebei tables have them (budget_tables/), so a table
      // reads the same whichever reader found it.
      {{"经营支出"}, {}, {}, "operating", ColumnRole::kAmount},
      {{"上缴上级"}, {}, {}, "remit", ColumnRole::kAmount},
      {{"上解上级"}, {}, {}, "remit", ColumnRole::kAmount},
      {{"对附属单位"}, {}, {}, "subsidy", ColumnRole::kAmount},
      {{"上级补助"}, {}, {}, "superior", ColumnRole::kAmount},
      {{"附属单位上缴"}, {}, {}, "affiliated", ColumnRole::kAmount},
      {{"小计"}, {"本年收入"}, {}, "this_year", ColumnRole::kAmount},
      {{"单位预留机动"}, {}, {}, "reserve", ColumnRole::kAmount},
      {{"结转下年"}, {}, {}, "carry_forward", ColumnRole::kAmount},
      {{"上年结转"}, {}, {}, "carryover", ColumnRole::kAmount},
      {{"事业单位经营收入"}, {}, {}, "operating", ColumnRole::kAmount},
      {{"经营收入"}, {}, {}, "operating", ColumnRole::kAmount},
      {{"事业收入"}, {}, {}, "business", ColumnRole::kAmount},
      {{"其他收入"}, {}, {}, "other", ColumnRole::kAmount},
      {{"其他资金"}, {}, {}, "other", ColumnRole::kAmount},
      {{"财政专户"}, {}, {}, "special_account", ColumnRole::kAmount},
      {{"一般公共预算"}, {}, {}, "general", ColumnRole::kAmount},
      {{"政府性基金"}, {}, {}, "fund", ColumnRole::kAmount},
      {{"国有资本经营"}, {}, {}, "capital", ColumnRole::kAmount},
      {{"财政拨款"}, {}, {}, "fiscal", ColumnRole::kAmount},
      {{"合计"}, {}, {}, "total", ColumnRole::kAmount},
      {{"总计"}, {}, {}, "total", ColumnRole::kAmount},
      {{"小计"}, {}, {}, "total", ColumnRole::kAmount},
      {{"金额"}, {}, {}, "total", ColumnRole::kAmount},
      {{"预算数"}, {}, {}, "total", ColumnRole::kAmount},
  };
  return entries;
}

// Columns of a two-sided table: the side comes from the group headers.
const std::vector<ColumnEntry>& TwoSidedColumnEntries() {
  static const std::vector<ColumnEntry> entries = {
      {{"项目"}, {"用途"}, {}, "use_item", ColumnRole::kText},
      {{"名称"}, {"用途"}, {}, "use_item", ColumnRole::kText},
      {{}, {"用途"}, {}, "use", ColumnRole::kAmount},
      {{"项目"}, {"收入"}, {}, "income_item", ColumnRole::kText},
      {{"名称"}, {"收入"}, {}, "income_item", ColumnRole::kText},
      {{}, {"收入"}, {}, "income", ColumnRole::kAmount},
      {{"项目"}, {"支出"}, {}, "spending_item", ColumnRole::kText},
      {{"名称"}, {"支出"}, {}, "spending_item", ColumnRole::kText},
      {{"一般公共预算"}, {"支出"}, {}, "spending_general", ColumnRole::kAmount},
      {{"政府性基金"}, {"支出"}, {}, "spending_fund", ColumnRole::kAmount},
      {{"国有资本经营"}, {"支出"}, {}, "spending_capital", ColumnRole::kAmount},
      {{"财政专户"}, {"支出"}, {}, "spending_special_account", ColumnRole::kAmount},
      {{}, {"支出"}, {}, "spending", ColumnRole::kAmount},
  };
  return entries;
}

bool Matches(const ColumnEntry& entry, const std::vector<std::string>& path) {
  const std::string& leaf = path.back();
  std::string all;
  for (const std::string& part : path) all += part;
  for (const char* word : entry.leaf) {
    if (!Has(leaf, word)) return false;
  }
  for (const char* word : entry.any) {
    if (!Has(all, word)) return false;
  }
  for (const char* word : entry.none) {
    if (Has(all, word)) return false;
  }
  return true;
}

}  // namespace

std::optional<BudgetTableKind> TableKindFromTitle(const std::string& title) {
  // A title is short, ends with 表 (or 表 and a bracketed note: 表（功能科目）)
  // and speaks of a budget; a table of contents line has dot leaders.
  if (title.empty() || Has(title, "……") || Has(title, "...") || title.size() > 3 * 60) return std::nullopt;
  std::string body = title;
  const size_t bracket = body.rfind("（");
  if (bracket != std::string::npos && EndsWith(body, "）")) body = body.substr(0, bracket);
  if (!EndsWith(body, "表")) return std::nullopt;
  if (!Has(body, "预算") && !Has(body, "经费") && !Has(body, "收支") && !Has(body, "支出") && !Has(body, "总表")) {
    return std::nullopt;
  }
  // Sentences that mention a table ("详见附表") are not titles.
  if (Has(body, "，") || Has(body, "。") || Has(body, "详见") || Has(body, "见附")) return std::nullopt;
  for (const TitleEntry& entry : TitleEntries()) {
    if (!HasAll(body, entry.all)) continue;
    bool excluded = false;
    for (const char* word : entry.none) excluded = excluded || Has(body, word);
    if (!excluded) return entry.kind;
  }
  return std::nullopt;
}

Classification KindClassification(BudgetTableKind kind) {
  switch (kind) {
    case BudgetTableKind::kIncome:
    case BudgetTableKind::kExpenditure:
    case BudgetTableKind::kGeneralExpenditure:
    case BudgetTableKind::kFundExpenditure:
    case BudgetTableKind::kCapitalExpenditure:
    case BudgetTableKind::kFiscalExpenditure:
      return Classification::kFunction;
    case BudgetTableKind::kGeneralBasic:
    case BudgetTableKind::kFiscalBasic:
    case BudgetTableKind::kOfficeCosts:
      return Classification::kEconomic;
    default:
      return Classification::kNone;
  }
}

bool IsTwoSidedKind(BudgetTableKind kind) {
  return kind == BudgetTableKind::kSummary || kind == BudgetTableKind::kFiscalSummary;
}

ColumnMeaning ColumnMeaningOf(BudgetTableKind kind, const std::vector<std::string>& path) {
  if (path.empty()) return {};
  if (IsTwoSidedKind(kind)) {
    for (const ColumnEntry& entry : TwoSidedColumnEntries()) {
      if (Matches(entry, path)) return {entry.key, entry.role};
    }
  }
  // A group over a 合计 whose span the text lost, stacked on it
  // (一般公共预算基本支出 over 合计 in Hebei's tab rows): the total.
  if (!IsTwoSidedKind(kind) && EndsWith(path.back(), "合计")) return {"total", ColumnRole::kAmount};
  // The 三公 table of Hebei lists its items in rows (项目), by fund type.
  if (kind == BudgetTableKind::kThreePublic && path.back() == "项目") return {"item", ColumnRole::kText};
  // The 三公 table of Jiangsu: 合计, then the 三公 小计 before its parts.
  if (kind == BudgetTableKind::kThreePublic && path.back() == "小计") {
    std::string all;
    for (const std::string& part : path) all += part;
    if (!Has(all, "公务用车")) return {"three_public", ColumnRole::kAmount};
  }
  for (const ColumnEntry& entry : CodedColumnEntries()) {
    if (Matches(entry, path)) return {entry.key, entry.role};
  }
  // Not in the vocabulary: kept under its printed label; text when the
  // label names something (名称, 说明, 原因, 形式, 品目), else an amount.
  const std::string& leaf = path.back();
  for (const char* word : {"名称", "说明", "原因", "形式", "品目", "方式", "用途", "类别", "内容", "科目"}) {
    if (Has(leaf, word)) return {"", ColumnRole::kText};
  }
  return {"", ColumnRole::kAmount};
}

bool IsSideItemLabel(const std::string& label) {
  for (const char* word : {"项目", "名称"}) {
    if (EndsWith(label, word)) return true;
  }
  return false;
}

bool IsSideGroupLabel(const std::string& label) {
  for (const char* word : {"功能分类", "支出用途", "经济分类"}) {
    if (label == word) return true;
  }
  return false;
}

// The labels a table's meta line puts before the department's name.
constexpr const char* kDepartmentLabels[] = {"编制部门：", "编制部门:", "编制单位：", "编制单位:", "部门名称：", "部门名称:",
                                             "单位名称：", "单位名称:", "预算主管部门：", "预算主管部门:", "部门：", "部门:",
                                             "预算单位：", "预算单位:"};

std::string PrintedDepartmentName(const std::string& compact) {
  for (const char* prefix : kDepartmentLabels) {
    if (!StartsWith(compact, prefix)) continue;
    std::string name = compact.substr(std::string(prefix).size());
    // "编制部门：上海市普陀区司法局单位：元" on one line of text.
    for (const char* unit : {"单位：", "单位:", "金额单位"}) {
      const size_t at = name.find(unit);
      if (at != std::string::npos && at > 0) name = name.substr(0, at);
    }
    return name;
  }
  return "";
}

std::string PrintedMoneyUnit(const std::string& compact) {
  for (const char* prefix : {"单位：", "单位:", "金额单位：", "金额单位:"}) {
    const size_t at = compact.find(prefix);
    if (at == std::string::npos) continue;
    const std::string rest = compact.substr(at + std::string(prefix).size());
    // "单位：万" with 元 wrapped to the next line (05_… 公开09表).
    if (StartsWith(rest, "万元") || rest == "万") return "万元";
    if (StartsWith(rest, "元")) return "元";
    if (StartsWith(rest, "千元")) return "千元";
  }
  return "";
}

bool IsBareDepartmentLabel(const std::string& compact) {
  for (const char* label : kDepartmentLabels) {
    if (compact == label) return true;
  }
  return false;
}

bool IsLetterSpacedHeaderWord(const std::string& compact) {
  // Two-character labels that templates spread across a whole cell.
  for (const char* word : {"金额", "合计", "总计", "小计", "项目", "科目", "名称", "编码", "类别"}) {
    if (compact == word) return true;
  }
  return false;
}

bool IsTableMetaWord(const std::string& compact) {
  // "元" alone: the end of a wrapped 单位：万元.
  if (compact == "元") return true;
  // "部门名称：" set apart from the name that follows it.
  if (IsBareDepartmentLabel(compact)) return true;
  return !PrintedDepartmentName(compact).empty() || !PrintedMoneyUnit(compact).empty();
}

const std::vector<TemplateColumnName>& TemplateColumnNames() {
  static const std::vector<TemplateColumnName> names = {
      {"栏次", BudgetTableKind::kIncome, "this_year", "本年收入小计", {}},
      {"栏次", BudgetTableKind::kFiscalSummary, "income", "收入金额", {}},
      {"栏次", BudgetTableKind::kFiscalSummary, "spending", "支出合计",
       {"spending_general", "spending_fund", "spending_capital"}},
  };
  return names;
}

bool IsRowNumberLabel(const std::string& compact) { return compact == "序号"; }

bool IsColumnNumbersLabel(const std::string& compact) { return compact == "栏次"; }

}  // namespace gongkai
