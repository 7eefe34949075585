#include "importer/budget_tables/layout_columns.h"

#include <algorithm>
#include <cstdlib>

namespace gongkai {

std::vector<int> HeaderCentres(const std::vector<PlacedCell>& header, const std::vector<std::string>& labels) {
  std::vector<PlacedCell> sorted = header;
  std::stable_sort(sorted.begin(), sorted.end(), [](const PlacedCell& a, const PlacedCell& b) { return a.x < b.x; });
  std::vector<int> centres;
  int after = -1;
  for (const std::string& label : labels) {
    const auto it = std::find_if(sorted.begin(), sorted.end(),
                                 [&](const PlacedCell& cell) { return cell.x > after && cell.text == label; });
    if (it == sorted.end()) return {};
    centres.push_back(it->Center());
    after = it->x;
  }
  return centres;
}

size_t NearestColumn(int x, const std::vector<int>& centres) {
  size_t best = 0;
  for (size_t i = 1; i < centres.size(); ++i) {
    if (std::abs(centres[i] - x) < std::abs(centres[best] - x)) best = i;
  }
  return best;
}

std::vector<size_t> AssignColumns(const std::vector<PlacedCell>& cells, const std::vector<int>& centres) {
  std::vector<size_t> columns;
  size_t first_free = 0;
  for (size_t i = 0; i < cells.size(); ++i) {
    // Leave room for the cells still to come: one column each.
    const size_t last = centres.size() - (cells.size() - i);
    size_t best = first_free;
    for (size_t c = first_free; c <= last; ++c) {
      if (std::abs(centres[c] - cells[i].Center()) < std::abs(centres[best] - cells[i].Center())) best = c;
    }
    columns.push_back(best);
    first_free = best + 1;
  }
  return columns;
}

std::string TakeCentredWrap(std::vector<WrappedLine>& lines, size_t row, size_t column) {
  const auto find = [&](size_t at) -> int {
    for (size_t f = 0; f < lines[at].fragments.size(); ++f) {
      if (lines[at].fragments[f].first == column && !lines[at].used[f]) return static_cast<int>(f);
    }
    return -1;
  };
  std::vector<std::pair<size_t, int>> above, below;
  for (size_t at = row; at-- > 0 && !lines[at].data;) {
    const int f = find(at);
    if (f < 0) break;
    above.insert(above.begin(), {at, f});
  }
  for (size_t at = row + 1; at < lines.size() && !lines[at].data && below.size() < above.size(); ++at) {
    const int f = find(at);
    if (f < 0) break;
    below.push_back({at, f});
  }
  if (above.empty() || below.empty()) return "";
  std::string text;
  for (const auto& group : {above, below}) {
    for (const auto& [at, f] : group) {
      text += lines[at].fragments[static_cast<size_t>(f)].second;
      lines[at].used[static_cast<size_t>(f)] = true;
    }
  }
  return text;
}

}  // namespace gongkai
