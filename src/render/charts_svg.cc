// Drawing: see charts_svg.h. Geometry in a 360-unit-wide viewBox that CSS
// scales to the page (about 0.78 on a 320-px phone, so 16-unit text stays
// at 12.5 px or more); text is SVG text, so it stays sharp and selectable. Labels get
// lines of their own instead of sharing one with the bar: no text width to
// guess, nothing cut off on a narrow screen.
#include "render/charts_svg.h"

#include <algorithm>

#include "render/html_escape.h"

namespace gongkai {
namespace {

constexpr int kWidth = 360;
constexpr int kFontSize = 16;

// Okabe-Ito: distinguishable with the common colour blindnesses.
const char* const kColours[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9"};
constexpr int kColourCount = 5;

std::string Number(long long n) { return std::to_string(n); }

// Both amounts at the larger scale, as integers.
std::pair<int64_t, int64_t> Aligned(const Decimal& a, const Decimal& b) {
  const int scale = std::max(a.scale(), b.scale());
  return {a.WithScale(scale).units(), b.WithScale(scale).units()};
}

// a / b × length, rounded down; 0 when b is not positive.
int Scaled(const Decimal& a, const Decimal& b, int length) {
  const auto [x, y] = Aligned(a, b);
  if (y <= 0 || x <= 0) return 0;
  return static_cast<int>(static_cast<__int128>(x) * length / y);
}

std::string Open(const Chart& chart, int height) {
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 " + Number(kWidth) + " " +
         Number(height) + "\" width=\"" + Number(kWidth) + "\" height=\"" + Number(height) +
         "\" role=\"img\" aria-labelledby=\"" + chart.id + "-title " + chart.id + "-desc\">" + "<title id=\"" +
         chart.id + "-title\">" + EscapeHtml(chart.title) + "</title><desc id=\"" + chart.id + "-desc\">" +
         EscapeHtml(chart.text) + "</desc>";
}

std::string Text(int x, int y, const std::string& text, const char* anchor = "start") {
  return "<text x=\"" + Number(x) + "\" y=\"" + Number(y) + "\" font-size=\"" + Number(kFontSize) +
         "\" fill=\"#1a1a1a\" text-anchor=\"" + anchor + "\">" + EscapeHtml(text) + "</text>";
}

std::string Rect(int x, int y, int width, int height, const std::string& fill) {
  return "<rect x=\"" + Number(x) + "\" y=\"" + Number(y) + "\" width=\"" + Number(width) + "\" height=\"" +
         Number(height) + "\" fill=\"" + fill + "\" stroke=\"#ffffff\" stroke-width=\"2\"/>";
}

// Part i's fill: the first solid, the others their colour under a pattern
// of dark marks (diagonal lines, dots, cross lines), so grayscale keeps
// them apart.
std::string PatternDefinition(const std::string& id, int i) {
  const std::string colour = kColours[i % kColourCount];
  std::string marks;
  if (i % 3 == 1) marks = "<path d=\"M0 8L8 0M-2 2L2 -2M6 10L10 6\" stroke=\"#1a1a1a\" stroke-width=\"1.5\"/>";
  if (i % 3 == 2) marks = "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#1a1a1a\"/>";
  if (i % 3 == 0) marks = "<path d=\"M0 4H8M4 0V8\" stroke=\"#1a1a1a\" stroke-width=\"1\"/>";
  return "<pattern id=\"" + id + "-p" + Number(i) + "\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\">" +
         "<rect width=\"8\" height=\"8\" fill=\"" + colour + "\"/>" + marks + "</pattern>";
}

std::string Fill(const std::string& id, int i) {
  return i == 0 ? std::string(kColours[0]) : "url(#" + id + "-p" + Number(i) + ")";
}

// `text` in lines that fit `width` units at kFontSize: a CJK character
// takes a full em, anything narrower (digits, Latin, punctuation) about
// 0.6 em. Breaks between characters; never inside a UTF-8 sequence.
std::vector<std::string> WrapLabel(const std::string& text, int width) {
  std::vector<std::string> lines(1);
  int used = 0;
  for (size_t i = 0; i < text.size();) {
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    const size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    const int advance = lead < 0x80 ? kFontSize * 6 / 10 : kFontSize;
    if (used + advance > width && !lines.back().empty()) {
      lines.emplace_back();
      used = 0;
    }
    lines.back() += text.substr(i, length);
    used += advance;
    i += length;
  }
  return lines;
}

Decimal Sum(const std::vector<ChartValue>& values) {
  Decimal total = Decimal::FromUnits(0, 0);
  for (const ChartValue& value : values) total += value.value;
  return total;
}

// "792.83 万元（63.9%）".
std::string Figure(const ChartValue& value, const std::string& unit, const Decimal& total) {
  std::string text = value.value.ToString() + (unit.empty() ? "" : " " + unit);
  if (total > Decimal::FromUnits(0, 0)) text += "（" + PercentOf(value.value, total) + "%）";
  return text;
}

std::string Describe(const ChartValue& value, const std::string& unit, const Decimal& total) {
  return value.label + " " + Figure(value, unit, total);
}

}  // namespace

std::string PercentOf(const Decimal& value, const Decimal& total) {
  const auto [x, y] = Aligned(value, total);
  // Tenths of a percent, rounded half up: (x × 1000 × 2 + y) / (2y).
  const __int128 tenths = (static_cast<__int128>(x) * 2000 + (x >= 0 ? y : -y)) / (2 * static_cast<__int128>(y));
  const long long whole = static_cast<long long>(tenths / 10);
  const long long tenth = static_cast<long long>(tenths % 10);
  return (tenths < 0 && whole == 0 ? "-" : "") + std::to_string(whole) + "." + std::to_string(tenth < 0 ? -tenth : tenth);
}

Chart BarChart(const std::string& id, const std::string& title, const std::string& unit,
               std::vector<ChartValue> values, const std::optional<Decimal>& whole) {
  std::stable_sort(values.begin(), values.end(),
                   [](const ChartValue& a, const ChartValue& b) { return a.value > b.value; });
  Chart chart{id, title, "", ""};
  const Decimal total = whole ? *whole : Sum(values);
  Decimal largest = Decimal::FromUnits(0, 0);
  for (const ChartValue& value : values) largest = std::max(largest, value.value);
  chart.text = title + "，共 " + Number(static_cast<long long>(values.size())) + " 项，从大到小：";
  for (size_t i = 0; i < values.size(); ++i) chart.text += (i ? "；" : "") + Describe(values[i], unit, total);
  chart.text += "。";
  // Each bar: its label (on as many lines as it needs), its figure, the bar.
  const int line = 20, bar = 26;
  std::string body;
  int y = 0;
  for (size_t i = 0; i < values.size(); ++i) {
    for (const std::string& text : WrapLabel(values[i].label, kWidth)) {
      body += Text(0, y + 16, text);
      y += line;
    }
    body += Text(0, y + 16, Figure(values[i], unit, total));
    body += Rect(0, y + 22, std::max(Scaled(values[i].value, largest, kWidth - 8), 1), 16, kColours[0]);
    y += line + bar;
  }
  chart.svg = Open(chart, y + 4) + body + "</svg>";
  return chart;
}

Chart ShareChart(const std::string& id, const std::string& title, const std::string& unit,
                 const std::vector<ChartValue>& parts) {
  Chart chart{id, title, "", ""};
  const Decimal total = Sum(parts);
  chart.text = title + "：合计 " + total.ToString() + (unit.empty() ? "" : " " + unit) + "，其中";
  for (size_t i = 0; i < parts.size(); ++i) chart.text += (i ? "；" : "") + Describe(parts[i], unit, total);
  chart.text += "。";
  const int legend_row = 26;
  chart.svg = Open(chart, 56 + static_cast<int>(parts.size()) * legend_row);
  chart.svg += "<defs>";
  for (size_t i = 1; i < parts.size(); ++i) chart.svg += PatternDefinition(id, static_cast<int>(i));
  chart.svg += "</defs>";
  int x = 0;
  for (size_t i = 0; i < parts.size(); ++i) {
    // The last part takes what rounding left, so the bar is always whole.
    const int width = i + 1 == parts.size() ? kWidth - x : Scaled(parts[i].value, total, kWidth);
    chart.svg += Rect(x, 4, width, 36, Fill(id, static_cast<int>(i)));
    x += width;
  }
  for (size_t i = 0; i < parts.size(); ++i) {
    const int y = 56 + static_cast<int>(i) * legend_row;
    chart.svg += Rect(0, y, 18, 18, Fill(id, static_cast<int>(i)));
    chart.svg += Text(26, y + 14, Describe(parts[i], unit, total));
  }
  chart.svg += "</svg>";
  return chart;
}

Chart PlanChart(const std::string& id, const std::string& title, const std::vector<ChartValue>& points) {
  Chart chart{id, title, "", ""};
  chart.text = title + "：";
  for (size_t i = 0; i < points.size(); ++i) {
    chart.text += (i ? "，" : "") + points[i].label + "累计 " + points[i].value.ToString() + "%";
  }
  chart.text += "。";
  const int left = 52, right = kWidth - 24, top = 24, bottom = 184;
  const Decimal hundred = Decimal::FromUnits(100, 0);
  const auto y_of = [&](const Decimal& percent) { return bottom - Scaled(percent, hundred, bottom - top); };
  chart.svg = Open(chart, bottom + 36);
  for (int percent : {0, 50, 100}) {
    const int y = y_of(Decimal::FromUnits(percent, 0));
    chart.svg += "<line x1=\"" + Number(left) + "\" y1=\"" + Number(y) + "\" x2=\"" + Number(right) + "\" y2=\"" +
                 Number(y) + "\" stroke=\"#b8b8b8\" stroke-width=\"1\"" +
                 (percent == 100 ? " stroke-dasharray=\"6 4\"" : "") + "/>";
    chart.svg += Text(left - 8, y + 5, Number(percent) + "%", "end");
  }
  std::string line, marks;
  const int step = points.size() > 1 ? (right - left - 40) / static_cast<int>(points.size() - 1) : 0;
  for (size_t i = 0; i < points.size(); ++i) {
    const int x = left + 20 + static_cast<int>(i) * step;
    const int y = y_of(points[i].value);
    line += (i ? " " : "") + Number(x) + "," + Number(y);
    marks += "<circle cx=\"" + Number(x) + "\" cy=\"" + Number(y) + "\" r=\"5\" fill=\"" + kColours[0] + "\"/>";
    marks += Text(x, y - 10, points[i].value.ToString() + "%", "middle");
    marks += Text(x, bottom + 24, points[i].label, "middle");
  }
  chart.svg += "<polyline points=\"" + line + "\" fill=\"none\" stroke=\"" + kColours[0] + "\" stroke-width=\"3\"/>";
  chart.svg += marks + "</svg>";
  return chart;
}

Chart TrendChart(const std::string& id, const std::string& title, const std::string& unit,
                 const std::vector<ChartValue>& years) {
  Chart chart{id, title, "", ""};
  chart.text = title + "，按年度：";
  Decimal largest = Decimal::FromUnits(0, 0);
  for (size_t i = 0; i < years.size(); ++i) {
    largest = std::max(largest, years[i].value);
    chart.text += (i ? "；" : "") + years[i].label + " " + years[i].value.ToString() + (unit.empty() ? "" : " " + unit);
    if (i > 0) {
      const Decimal change = years[i].value - years[i - 1].value;
      chart.text += "（比上年" + std::string(change.IsNegative() || change.IsZero() ? "" : "+") + change.ToString() + "）";
    }
  }
  chart.text += "。";
  // One bar a year, oldest first, so the bars read as the trend.
  const int line = 20, bar = 26;
  std::string body;
  int y = 0;
  for (const ChartValue& year : years) {
    body += Text(0, y + 16, year.label + " " + year.value.ToString() + (unit.empty() ? "" : " " + unit));
    body += Rect(0, y + 22, std::max(Scaled(year.value, largest, kWidth - 8), 1), 16, kColours[0]);
    y += line + bar;
  }
  chart.svg = Open(chart, y + 4) + body + "</svg>";
  return chart;
}

}  // namespace gongkai
