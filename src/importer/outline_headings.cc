#include "importer/outline_headings.h"

#include "importer/cjk_text.h"

namespace gongkai {
namespace {

// Headings are short and are not sentences.
constexpr size_t kMaxHeadingBytes = 40 * 3;

struct NarrativeTitle {
  const char* keyword;
  const char* id;
};

// In the order a full disclosure prints them (domain.md); the first whose
// keyword a title holds names it. Other templates' words for the same parts
// follow (Shanghai's 主要职能 and 编制说明, Jiangsu's 部门概况 and
// 预算情况说明), and parts only they print (项目经费情况说明).
constexpr NarrativeTitle kNarrativeTitles[] = {
    {"部门职责", "duties"},        {"机构设置", "organization"},   {"总体情况", "overview"},
    {"机关运行经费", "running-costs"}, {"三公", "official-costs"}, {"专项资金绩效目标", "special-funds"},
    {"政府采购", "procurement"},   {"国有资产", "assets"},        {"名词解释", "glossary"},
    {"其他需", "other"},           {"其他事项", "other"},
    {"主要职能", "duties"},        {"部门概况", "profile"},       {"工作任务", "tasks"},
    {"项目经费情况说明", "project-notes"}, {"其他相关情况说明", "other"}, {"编制说明", "explanation"},
    {"预算情况说明", "explanation"},
};

std::string WithoutTrailingColon(std::string text) {
  text = TrimAscii(text);
  for (const char* colon : {"：", ":"}) {
    if (EndsWith(text, colon)) text = TrimAscii(text.substr(0, text.size() - std::string_view(colon).size()));
  }
  return text;
}

std::optional<Heading> ClassifyTitle(const std::string& printed, bool any_title) {
  const std::string title = WithoutTrailingColon(printed);
  const std::string key = WithoutSpaces(title);
  if (key == "总体绩效目标") return Heading{HeadingKind::kOverallGoals, title, ""};
  if (key == "分项绩效目标") return Heading{HeadingKind::kSubGoals, title, ""};
  if (key == "工作保障措施") return Heading{HeadingKind::kMeasures, title, ""};
  if (key == "预算绩效信息" || key == "部门整体绩效目标" || key == "预算项目绩效目标" || key == "项目绩效目标") {
    return Heading{HeadingKind::kContainer, title, ""};
  }
  for (const NarrativeTitle& narrative : kNarrativeTitles) {
    if (key.find(narrative.keyword) != std::string::npos) return Heading{HeadingKind::kNarrative, title, narrative.id};
  }
  // A part of unknown title still starts a part; containers hold 绩效 blocks.
  if (any_title) {
    if (key.find("绩效") != std::string::npos) return Heading{HeadingKind::kContainer, title, ""};
    return Heading{HeadingKind::kNarrative, title, ""};
  }
  return std::nullopt;
}

// "1.2021年选聘…资金绩效目标表". Table cells of Word text start with a tab, so
// a numbered goal inside a cell cannot pass for one.
bool IsProjectHeading(const std::string& raw, const std::string& text) {
  if (raw.empty() || raw[0] == '\t') return false;
  return ReadListNumber(text, nullptr).has_value() && EndsWith(WithoutSpaces(text), "绩效目标表");
}

// 部门预算收支总表, 一般公共预算财政拨款基本支出表, 财政拨款“三公”经费支出表 …
bool IsBudgetTableTitle(const std::string& key) {
  if (!EndsWith(key, "表") || key.find("绩效") != std::string::npos || key.size() > 30 * 3) return false;
  const bool budget = key.find("预算") != std::string::npos || key.find("三公") != std::string::npos;
  const bool money = key.find("收支") != std::string::npos || key.find("收入") != std::string::npos ||
                     key.find("支出") != std::string::npos;
  return budget && money;
}

}  // namespace

std::string NarrativeSectionId(const std::string& title) {
  const std::string key = WithoutSpaces(title);
  for (const NarrativeTitle& narrative : kNarrativeTitles) {
    if (key.find(narrative.keyword) != std::string::npos) return narrative.id;
  }
  return "";
}

std::optional<std::string> PartTitle(const std::string& text) {
  static constexpr std::string_view kNumerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  if (!StartsWith(text, "第")) return std::nullopt;
  std::string_view rest = std::string_view(text).substr(3);
  bool any = false;
  for (bool found = true; found;) {
    found = false;
    for (std::string_view numeral : kNumerals) {
      if (StartsWith(rest, numeral)) {
        rest.remove_prefix(numeral.size());
        found = any = true;
      }
    }
  }
  if (!any || !StartsWith(rest, "部分")) return std::nullopt;
  rest.remove_prefix(std::string_view("部分").size());
  std::string title = TrimAscii(rest);
  for (std::string_view separator : {std::string_view("："), std::string_view(":"), std::string_view("、")}) {
    if (StartsWith(title, separator)) title = TrimAscii(std::string_view(title).substr(separator.size()));
  }
  return title;
}

Heading ClassifyPartTitle(const std::string& title) { return *ClassifyTitle(title, true); }

std::optional<Heading> ClassifyHeading(const SourceLine& line) {
  if (!line.text.empty() && line.text[0] == '\t') return std::nullopt;
  const std::string text = TrimAscii(line.text);
  // Project names run long ("40.2021年省级残疾人事业发展补助资金（…）冀财社【2020】197号绩效目标表").
  if (IsProjectHeading(line.text, text)) return Heading{HeadingKind::kProject, text, ""};
  if (text.empty() || text.size() > kMaxHeadingBytes || text.find("。") != std::string::npos) return std::nullopt;
  if (text.find('\t') != std::string::npos) return std::nullopt;
  if (const auto part = PartTitle(text)) {
    if (part->empty()) return Heading{HeadingKind::kContainer, "", ""};
    return ClassifyPartTitle(*part);
  }
  const std::string key = WithoutSpaces(text);
  if (IsBudgetTableTitle(key)) return Heading{HeadingKind::kBudgetTable, text, ""};
  if (EndsWith(key, "情况说明") && key.find("公开") != std::string::npos) {
    return Heading{HeadingKind::kExplanationTitle, text, ""};
  }
  // "五、预算绩效信息", "三、工作保障措施": a Chinese numeral and 、.
  const std::string_view unnumbered = WithoutChineseNumbering(text);
  if (unnumbered.size() != text.size()) return ClassifyTitle(std::string(unnumbered), false);
  // Unnumbered, only the goal blocks and containers (“部门整体绩效目标:”).
  const auto heading = ClassifyTitle(text, false);
  if (heading && heading->kind != HeadingKind::kNarrative) return heading;
  return std::nullopt;
}

}  // namespace gongkai
