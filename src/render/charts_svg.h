// Charts of a department-year, drawn at build time as inline SVG: the
// browser needs no chart library and no script, and a page prints as it
// shows.
//
// Every chart has a text alternative (<title> and <desc>, which also lists
// every value) and is readable without colour: values are labelled on the
// chart itself, and the two parts of a share bar differ by pattern as well
// as by colour (Okabe-Ito blue and orange, safe for the common kinds of
// colour blindness). Numbers are exact decimals; only the geometry is
// rounded.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/decimal.h"
#include "model/site.h"

namespace gongkai {

struct Chart {
  std::string id;     // unique on the page: "chart-function"
  std::string title;  // 按功能分类的支出
  std::string text;   // the text alternative: every value, in words
  std::string svg;    // <svg …>…</svg>, produced here and escaped here
};

struct ChartValue {
  std::string label;
  Decimal value;
};

// Horizontal bars, largest first, each labelled with its value and its
// share of `whole` (of the bars' sum when not given: a chart of the largest
// few gives shares of everything, not of what it shows).
Chart BarChart(const std::string& id, const std::string& title, const std::string& unit,
               std::vector<ChartValue> values, const std::optional<Decimal>& whole = std::nullopt);

// One bar split into its parts (基本支出 / 项目支出), each part labelled.
Chart ShareChart(const std::string& id, const std::string& title, const std::string& unit,
                 const std::vector<ChartValue>& parts);

// A cumulative line over the four milestones (3月底 … 12月底), in percent
// with one decimal ("62.5").
Chart PlanChart(const std::string& id, const std::string& title, const std::vector<ChartValue>& points);

// One bar per year, oldest first, each labelled with its figure; the text
// alternative gives every year's figure and its change from the year before.
Chart TrendChart(const std::string& id, const std::string& title, const std::string& unit,
                 const std::vector<ChartValue>& years);

// The charts the department's data supports, in page order: spending by
// function 类, 基本支出 vs 项目支出, 人员经费 vs 公用经费, projects ranked by
// budget, the cumulative spending plan.
std::vector<Chart> DepartmentCharts(const DepartmentYear& department);

// value / total as a percentage with one decimal ("83.7"), exact up to the
// last digit, which is rounded half up. REQUIRES: total > 0.
std::string PercentOf(const Decimal& value, const Decimal& total);

}  // namespace gongkai
