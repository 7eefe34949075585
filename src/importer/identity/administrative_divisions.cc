#include "importer/identity/administrative_divisions.h"

#include <map>
#include <set>

// administrative_divisions.tsv, as CMake embeds it (cmake/embed-text.cmake).
extern const char kAdministrativeDivisionsTsv[];

namespace gongkai {
namespace {

// Prefecture-level lines that group counties without being a place.
bool IsGrouping(const std::string& name) {
  return name == "市辖区" || name == "县" || name == "省直辖县级行政区划" || name == "自治区直辖县级行政区划";
}

size_t Characters(const std::string& text) {
  size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

struct Place {
  std::string code;
  std::string full_name;            // 上海市普陀区
  std::vector<std::string> forms;   // the names a document prints for it, longest first
};

struct DivisionTable {
  std::vector<Place> places;
  std::map<std::string, size_t> by_code;
};

DivisionTable ParseTable() {
  std::map<std::string, std::string> names;
  const std::string text = kAdministrativeDivisionsTsv;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    const std::string line = text.substr(start, end - start);
    start = end + 1;
    const size_t tab = line.find('\t');
    if (line.empty() || line[0] == '#' || tab != 6) continue;
    names[line.substr(0, 6)] = line.substr(7);
  }
  DivisionTable table;
  for (const auto& [code, name] : names) {
    Place place;
    place.code = code;
    const auto province = names.find(code.substr(0, 2) + "0000");
    const auto prefecture = names.find(code.substr(0, 4) + "00");
    const std::string province_name = province == names.end() ? "" : province->second;
    const bool is_province = code.substr(2) == "0000";
    const bool is_prefecture = !is_province && code.substr(4) == "00";
    if (is_province) {
      place.forms = {name};
    } else if (is_prefecture) {
      if (IsGrouping(name)) continue;
      place.forms = {province_name + name, name};
    } else {
      const std::string prefecture_name =
          prefecture == names.end() || IsGrouping(prefecture->second) ? "" : prefecture->second;
      place.forms = {province_name + prefecture_name + name};
      if (!prefecture_name.empty()) place.forms.push_back(prefecture_name + name);
      else place.forms.push_back(province_name + name);
      // A county alone: 普陀区, 昌黎县; two characters (城区, 郊区) name nothing alone.
      if (Characters(name) >= 3) place.forms.push_back(name);
    }
    place.full_name = place.forms.front();
    table.by_code[code] = table.places.size();
    table.places.push_back(std::move(place));
  }
  return table;
}

const DivisionTable& Table() {
  static const DivisionTable table = ParseTable();
  return table;
}

}  // namespace

DivisionMatch FindDivisionByName(std::string_view text) {
  DivisionMatch match;
  size_t longest = 0;
  std::set<std::string> seen;
  for (const Place& place : Table().places) {
    for (const std::string& form : place.forms) {
      if (form.size() < longest || text.find(form) == std::string_view::npos) continue;
      if (form.size() > longest) {
        longest = form.size();
        match = DivisionMatch{form, {}, {}};
        seen.clear();
      }
      if (form == match.printed && seen.insert(place.code).second) {
        match.codes.push_back(place.code);
        match.names.push_back(place.full_name);
      }
      break;  // the longest form of this place that the text prints
    }
  }
  return match;
}

std::string DivisionName(const std::string& code) {
  const auto found = Table().by_code.find(code);
  return found == Table().by_code.end() ? "" : Table().places[found->second].full_name;
}

}  // namespace gongkai
