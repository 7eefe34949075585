#include "format/content_json.h"

#include <nlohmann/json.hpp>
#include <algorithm>
#include <cctype>
#include <set>

#include "base/spelling.h"
#include "format/json_document.h"
#include "format/json_locator.h"
#include "format/target_value_reader.h"
#include "format/utf8_text.h"

namespace gongkai {
namespace {

using Json = nlohmann::json;
using OrderedJson = nlohmann::ordered_json;

bool IsSha256Hex(const std::string& text) {
  return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

// YYYY-MM-DD with a month 01–12 and a day 01–31.
bool IsIsoDate(const std::string& text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return false;
  }
  const int month = std::stoi(text.substr(5, 2)), day = std::stoi(text.substr(8, 2));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

// The file being read: turns JSON pointers into full locations.
struct JsonSource {
  const std::string& file;
  const std::string& text;
  Diagnostics& diagnostics;
  JsonLocations locations{file, text};

  SourceLocation At(const std::string& pointer) const { return locations.At(pointer); }
  void Error(const std::string& pointer, const std::string& message) const {
    diagnostics.Error(At(pointer), message);
  }
};

std::string EscapePointerToken(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

const char* TypeName(const Json& value) {
  switch (value.type()) {
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "true/false";
    case Json::value_t::null: return "null";
    default: return "a number";
  }
}

// Reads one JSON object field by field. Every field asked for is recorded,
// so that the rest can be reported as unknown (a typo must not pass).
class ObjectReader {
 public:
  ObjectReader(const JsonSource& source, const Json& value, std::string pointer)
      : source_(source), value_(value), pointer_(std::move(pointer)) {
    if (!value_.is_object()) {
      source_.Error(pointer_, std::string("expected an object, found ") + TypeName(value_));
    }
  }

  bool ok() const { return value_.is_object(); }
  std::string PointerTo(const std::string& key) const { return pointer_ + "/" + EscapePointerToken(key); }

  const Json* Field(const std::string& key, bool required) {
    if (std::find(known_.begin(), known_.end(), key) == known_.end()) known_.push_back(key);
    if (!ok()) return nullptr;
    const auto it = value_.find(key);
    if (it == value_.end()) {
      if (required) source_.Error(pointer_, "missing required field \"" + key + "\"");
      return nullptr;
    }
    return &*it;
  }

  // Text has invisible controls removed (with a warning); identifiers
  // (codes, slugs) are kept exactly, so that validation can refuse one that
  // holds a NUL or other control character instead of silently using
  // another name.
  enum class Kind { kText, kIdentifier };

  std::string String(const std::string& key, bool required, Kind kind = Kind::kText) {
    const Json* field = Field(key, required);
    if (!field) return "";
    if (!field->is_string()) {
      source_.Error(PointerTo(key), std::string("expected a string, found ") + TypeName(*field));
      return "";
    }
    if (kind == Kind::kIdentifier) return field->get<std::string>();
    return WithoutInvisibleControls(PointerTo(key), field->get<std::string>());
  }

  // Required strings must also be non-empty.
  std::string NonEmptyString(const std::string& key, Kind kind = Kind::kText) {
    const Json* field = Field(key, true);
    if (field && field->is_string() && field->get<std::string>().empty()) {
      source_.Error(PointerTo(key), "\"" + key + "\" must not be empty");
      return "";
    }
    return field ? String(key, true, kind) : "";
  }

  int Integer(const std::string& key, bool required) {
    const Json* field = Field(key, required);
    if (!field) return 0;
    if (!field->is_number_integer()) {
      source_.Error(PointerTo(key), std::string("expected a whole number, found ") + TypeName(*field));
      return 0;
    }
    return field->get<int>();
  }

  bool Boolean(const std::string& key) {
    const Json* field = Field(key, false);
    if (!field) return false;
    if (!field->is_boolean()) {
      source_.Error(PointerTo(key), std::string("expected true or false, found ") + TypeName(*field));
      return false;
    }
    return field->get<bool>();
  }

  // Money is a string of digits ("16.80"): a JSON number would be read as
  // binary floating point and could lose the published digits.
  std::optional<Decimal> Amount(const std::string& key) {
    const Json* field = Field(key, false);
    if (!field || field->is_null()) return std::nullopt;
    if (!field->is_string()) {
      source_.Error(PointerTo(key), std::string("expected an amount as a string such as \"16.80\", found ") +
                                        TypeName(*field));
      return std::nullopt;
    }
    const auto amount = Decimal::Parse(field->get<std::string>());
    if (!amount) {
      source_.Error(PointerTo(key), "expected an amount such as \"16.80\" (digits, optional '-', at most " +
                                        std::to_string(Decimal::kMaxScale) + " decimals), found \"" +
                                        field->get<std::string>() + "\"");
    }
    return amount;
  }

  const Json* Array(const std::string& key, bool required) {
    const Json* field = Field(key, required);
    if (!field) return nullptr;
    if (!field->is_array()) {
      source_.Error(PointerTo(key), std::string("expected an array, found ") + TypeName(*field));
      return nullptr;
    }
    return field;
  }

  std::vector<std::string> StringArray(const std::string& key, bool required) {
    std::vector<std::string> out;
    const Json* array = Array(key, required);
    if (!array) return out;
    for (size_t i = 0; i < array->size(); ++i) {
      const Json& item = (*array)[i];
      if (!item.is_string()) {
        source_.Error(PointerTo(key) + "/" + std::to_string(i),
                      std::string("expected a string, found ") + TypeName(item));
        continue;
      }
      out.push_back(WithoutInvisibleControls(PointerTo(key) + "/" + std::to_string(i), item.get<std::string>()));
    }
    return out;
  }

  // Control characters and bidi overrides are invisible in a published
  // document and can disguise text on a page: removed, with a warning.
  std::string WithoutInvisibleControls(const std::string& pointer, const std::string& value) const {
    const size_t at = FindInvisibleControl(value);
    if (at == std::string::npos) return value;
    source_.diagnostics.Warning(source_.At(pointer), "removed " + DescribeCharacterAt(value, at) +
                                                         " and any other invisible control characters: they can make "
                                                         "text read differently from what it says");
    return RemoveInvisibleControls(value);
  }

  // Warns about fields nobody asked for, with the closest known name.
  void ReportUnknownFields() const {
    if (!ok()) return;
    for (const auto& item : value_.items()) {
      if (std::find(known_.begin(), known_.end(), item.key()) != known_.end()) continue;
      std::string message = "unknown field \"" + item.key() + "\"";
      std::vector<std::string> known = known_;
      std::sort(known.begin(), known.end());  // as the set they were kept in: ties go to the first in order
      const std::string suggestion = ClosestMatch(item.key(), known);
      if (!suggestion.empty()) message += "; did you mean \"" + suggestion + "\"?";
      source_.diagnostics.Warning(source_.At(PointerTo(item.key())), message);
    }
  }

 private:
  const JsonSource& source_;
  const Json& value_;
  std::string pointer_;
  std::vector<std::string> known_;  // a handful of names: a list is quicker than a set
};

bool ParseDocument(const JsonSource& source, Json& document) {
  return ParseJsonDocument(source.file, source.text, document, source.diagnostics);
}

void CheckFormatVersion(const JsonSource& source, ObjectReader& reader) {
  const Json* format = reader.Field("format", true);
  if (format && (!format->is_number_integer() || format->get<int>() != kFormatVersion)) {
    source.Error("/format", "unsupported format version " + format->dump() + "; this gongkai reads format " +
                                std::to_string(kFormatVersion));
  }
}

TargetValue ReadTargetValue(const JsonSource& source, ObjectReader& row, const std::string& pointer) {
  const std::string text = row.String("value", true);
  const Json* reading = row.Field("reading", false);
  if (!reading) return ReadTargetValueText(text);
  TargetValue value;
  value.text = text;
  ObjectReader fields(source, *reading, pointer + "/reading");
  const std::string kind = fields.String("kind", true);
  if (const auto parsed = TargetKindFromName(kind)) {
    value.kind = *parsed;
  } else if (fields.ok()) {
    source.Error(pointer + "/reading/kind",
                 "expected one of comparison, deadline, qualitative, placeholder, withheld; found \"" + kind + "\"");
  }
  if (value.kind == TargetKind::kComparison) {
    const std::string symbol = fields.String("comparison", true);
    if (const auto comparison = ComparisonFromSymbol(symbol)) {
      value.comparison = *comparison;
    } else if (fields.ok()) {
      source.Error(pointer + "/reading/comparison", "expected one of = ≥ ≤ > <; found \"" + symbol + "\"");
    }
    value.number = fields.Amount("number");
    if (!value.number && fields.ok()) source.Error(pointer + "/reading", "a comparison needs a \"number\"");
    value.unit = fields.String("unit", false);
  } else if (value.kind == TargetKind::kDeadline) {
    value.deadline.year = fields.Integer("year", false);
    value.deadline.month = fields.Integer("month", true);
    value.deadline.day = fields.Integer("day", false);
    if (value.deadline.month < 1 || value.deadline.month > 12) {
      source.Error(pointer + "/reading/month", "expected a month from 1 to 12");
    }
  }
  fields.ReportUnknownFields();
  return value;
}

Indicator ReadIndicator(const JsonSource& source, const Json& value, const std::string& pointer) {
  Indicator indicator;
  ObjectReader row(source, value, pointer);
  // Line and column only: Project::RowLocation adds the file and pointer.
  indicator.origin = source.locations.PositionOf(pointer);
  indicator.level1 = row.String("level1", true);
  indicator.level2 = row.String("level2", true);
  indicator.name = row.String("name", true);
  indicator.description = row.String("description", false);
  indicator.value = ReadTargetValue(source, row, pointer);
  indicator.basis = row.String("basis", false);
  row.ReportUnknownFields();
  return indicator;
}

Project ReadProject(const JsonSource& source, const Json& value, const std::string& pointer) {
  Project project;
  ObjectReader fields(source, value, pointer);
  project.origin = source.At(pointer);
  project.number = fields.Integer("number", false);
  project.code = fields.String("code", false, ObjectReader::Kind::kIdentifier);
  project.slug = fields.String("slug", false, ObjectReader::Kind::kIdentifier);
  project.name = fields.NonEmptyString("name");
  // Optional: many documents print no unit codes (Shanghai's 填报表 names
  // its 实施单位 only).
  project.unit_code = fields.String("unit", false, ObjectReader::Kind::kIdentifier);
  const std::string money_unit = fields.String("money_unit", false);
  if (!money_unit.empty()) {
    if (money_unit != "万元" && money_unit != "元") {
      source.Error(pointer + "/money_unit", "expected \"万元\" or \"元\" (the unit the document prints), found \"" +
                                                money_unit + "\"");
    } else {
      project.money_unit = money_unit;
    }
  }
  project.budget = fields.Amount("budget");
  project.fiscal_funds = fields.Amount("fiscal_funds");
  project.other_funds = fields.Amount("other_funds");
  project.purpose = fields.String("purpose", false);
  if (const Json* plan = fields.Array("plan", false)) {
    if (plan->size() != SpendingPlan::kMilestones.size()) {
      source.Error(pointer + "/plan", "expected 4 entries (3月底, 6月底, 10月底, 12月底), found " +
                                          std::to_string(plan->size()));
    }
    const auto entries = fields.StringArray("plan", false);
    for (size_t i = 0; i < entries.size() && i < project.plan.cumulative.size(); ++i) {
      project.plan.cumulative[i] = entries[i];
    }
  }
  project.goals = fields.StringArray("goals", false);
  project.withheld = fields.Boolean("withheld");
  if (const Json* rows = fields.Array("indicators", false)) {
    project.indicators.reserve(rows->size());  // growing by doubling left a third unused
    for (size_t i = 0; i < rows->size(); ++i) {
      project.indicators.push_back(ReadIndicator(source, (*rows)[i], pointer + "/indicators/" + std::to_string(i)));
    }
  }
  fields.ReportUnknownFields();
  return project;
}

}  // namespace

DepartmentYear ParseDepartmentJson(const std::string& file, const std::string& text, Diagnostics& diagnostics) {
  DepartmentYear department;
  const JsonSource source{file, text, diagnostics};
  // The projects are read as the parser reaches each one (the tree of a
  // large file would not fit in memory), their diagnostics kept aside to be
  // reported in the order the fields are read, as if from the whole tree.
  Diagnostics project_diagnostics;
  const JsonSource project_source{file, text, project_diagnostics};
  std::vector<Project> projects;
  JsonParts parts;
  parts.key = "projects";
  parts.on_start = [&] {
    projects.clear();
    project_diagnostics = Diagnostics();
  };
  parts.on_element = [&](size_t index, const Json& value) {
    projects.push_back(ReadProject(project_source, value, "/projects/" + std::to_string(index)));
  };
  Json document;
  if (!ParseJsonDocument(file, text, document, parts, diagnostics)) return department;
  ObjectReader root(source, document, "");
  if (!root.ok()) return department;
  CheckFormatVersion(source, root);
  department.year = root.Integer("year", true);
  if (const Json* value = root.Field("jurisdiction", true)) {
    ObjectReader fields(source, *value, "/jurisdiction");
    department.jurisdiction.code = fields.NonEmptyString("code", ObjectReader::Kind::kIdentifier);
    department.jurisdiction.name = fields.NonEmptyString("name");
    fields.ReportUnknownFields();
  }
  if (const Json* value = root.Field("department", true)) {
    ObjectReader fields(source, *value, "/department");
    department.department.code = fields.NonEmptyString("code", ObjectReader::Kind::kIdentifier);
    department.department.name = fields.NonEmptyString("name");
    fields.ReportUnknownFields();
  }
  department.title = root.String("title", false);
  department.source = root.String("source", false);
  department.source_sha256 = root.String("source_sha256", false);
  if (!department.source_sha256.empty() && !IsSha256Hex(department.source_sha256)) {
    source.Error("/source_sha256", "expected the SHA-256 of the source document as 64 lowercase hex digits, found \"" +
                                       department.source_sha256 + "\"");
  }
  department.source_published = root.String("source_published", false);
  if (!department.source_published.empty() && !IsIsoDate(department.source_published)) {
    source.Error("/source_published", "expected the publication date as YYYY-MM-DD (2018-02-24), found \"" +
                                          department.source_published + "\"");
  }
  if (const Json* units = root.Array("units", true)) {
    for (size_t i = 0; i < units->size(); ++i) {
      ObjectReader fields(source, (*units)[i], "/units/" + std::to_string(i));
      Unit unit;
      unit.code = fields.NonEmptyString("code", ObjectReader::Kind::kIdentifier);
      unit.name = fields.NonEmptyString("name");
      unit.nature = fields.String("nature", false);
      unit.rank = fields.String("rank", false);
      unit.funding = fields.String("funding", false);
      fields.ReportUnknownFields();
      department.units.push_back(unit);
    }
  }
  if (const Json* goals = root.Field("goals", false)) {
    ObjectReader fields(source, *goals, "/goals");
    department.goals.overall = fields.StringArray("overall", false);
    if (const Json* items = fields.Array("items", false)) {
      for (size_t i = 0; i < items->size(); ++i) {
        ObjectReader item(source, (*items)[i], "/goals/items/" + std::to_string(i));
        SubGoal goal;
        goal.title = item.String("title", true);
        goal.goal = item.String("goal", false);
        goal.indicators = item.String("indicators", false);
        item.ReportUnknownFields();
        department.goals.items.push_back(goal);
      }
    }
    fields.ReportUnknownFields();
  }
  if (root.Array("projects", true)) {
    diagnostics.Append(project_diagnostics);
    department.projects = std::move(projects);
  }
  root.ReportUnknownFields();
  return department;
}

SiteConfig ParseSiteJson(const std::string& file, const std::string& text, Diagnostics& diagnostics) {
  SiteConfig config;
  const JsonSource source{file, text, diagnostics};
  Json document;
  if (!ParseDocument(source, document)) return config;
  ObjectReader root(source, document, "");
  if (!root.ok()) return config;
  CheckFormatVersion(source, root);
  config.title = root.NonEmptyString("title");
  config.description = root.String("description", false);
  if (root.Field("base_url", false)) {
    config.base_url = root.String("base_url", false);
    if (!IsValidBaseUrl(config.base_url)) {
      source.Error("/base_url", "expected a base URL such as \"/\", \"/yusuan/\" or \"https://czj.example.gov.cn/yusuan/\" "
                                "(a path from the server's root, or http(s), ending in '/'), found \"" +
                                    config.base_url + "\"");
      config.base_url = "/";
    }
  }
  config.publisher = root.String("publisher", false);
  config.site_code = root.String("site_code", false);
  config.icp_record = root.String("icp_record", false);
  config.police_record = root.String("police_record", false);
  root.ReportUnknownFields();
  return config;
}

bool IsValidBaseUrl(const std::string& url) {
  std::string path = url;
  for (const char* scheme : {"http://", "https://"}) {
    const std::string prefix = scheme;
    if (url.compare(0, prefix.size(), prefix) == 0) {
      const size_t slash = url.find('/', prefix.size());
      if (slash == prefix.size() || slash == std::string::npos) return false;  // no host, or no path
      // host[:port] only: credentials (user:pw@) would be published in every
      // page's canonical link; a port is 1 to 65535.
      const std::string authority = url.substr(prefix.size(), slash - prefix.size());
      if (authority.find('@') != std::string::npos) return false;
      const size_t colon = authority.find(':');
      if (colon != std::string::npos) {
        const std::string port = authority.substr(colon + 1);
        if (colon == 0 || port.empty() || port.size() > 5 || port.find_first_not_of("0123456789") != std::string::npos ||
            port[0] == '0' || std::stoi(port) > 65535) {
          return false;
        }
      }
      path = url.substr(slash);
    }
  }
  if (path.empty() || path.front() != '/' || path.back() != '/' || path.compare(0, 2, "//") == 0) return false;
  // Letters, digits and the few marks a path needs: nothing that could end
  // an attribute, start a query or fragment, or hide a scheme.
  for (char c : url) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    std::string("-._~/:%@+,;=").find(c) != std::string::npos;
    if (!ok) return false;
  }
  return true;
}

namespace {

OrderedJson ReadingToJson(const TargetValue& value) {
  OrderedJson reading;
  reading["kind"] = TargetKindName(value.kind);
  if (value.kind == TargetKind::kComparison) {
    reading["comparison"] = ComparisonSymbol(value.comparison);
    reading["number"] = value.number ? value.number->ToString() : "0";
    reading["unit"] = value.unit;
  } else if (value.kind == TargetKind::kDeadline) {
    if (value.deadline.year) reading["year"] = value.deadline.year;
    reading["month"] = value.deadline.month;
    if (value.deadline.day) reading["day"] = value.deadline.day;
  }
  return reading;
}

void PutAmount(OrderedJson& object, const char* key, const std::optional<Decimal>& amount) {
  if (amount) object[key] = amount->ToString();
}

OrderedJson ProjectToJson(const Project& project) {
  OrderedJson out;
  if (project.number) out["number"] = project.number;
  if (!project.code.empty()) out["code"] = project.code;
  // A slug is written only when it was chosen by hand (see load/).
  if (!project.slug.empty() && project.slug != project.code) out["slug"] = project.slug;
  out["name"] = project.name;
  out["unit"] = project.unit_code;
  // 万元 is the default and is left out, so older files stay as they were.
  if (project.money_unit != "万元") out["money_unit"] = project.money_unit;
  PutAmount(out, "budget", project.budget);
  PutAmount(out, "fiscal_funds", project.fiscal_funds);
  PutAmount(out, "other_funds", project.other_funds);
  out["purpose"] = project.purpose;
  out["plan"] = OrderedJson::array();
  for (const std::string& entry : project.plan.cumulative) out["plan"].push_back(entry);
  out["goals"] = project.goals;
  if (project.withheld) out["withheld"] = true;
  out["indicators"] = OrderedJson::array();
  for (const Indicator& indicator : project.indicators) {
    OrderedJson row;
    row["level1"] = indicator.level1;
    row["level2"] = indicator.level2;
    row["name"] = indicator.name;
    row["description"] = indicator.description;
    row["value"] = indicator.value.text;
    row["reading"] = ReadingToJson(indicator.value);
    row["basis"] = indicator.basis;
    out["indicators"].push_back(row);
  }
  return out;
}

std::string Dump(const OrderedJson& document) { return document.dump(2) + "\n"; }

}  // namespace

std::string DepartmentToJson(const DepartmentYear& department) {
  OrderedJson out;
  out["format"] = kFormatVersion;
  out["year"] = department.year;
  out["jurisdiction"] = {{"code", department.jurisdiction.code}, {"name", department.jurisdiction.name}};
  out["department"] = {{"code", department.department.code}, {"name", department.department.name}};
  if (!department.title.empty()) out["title"] = department.title;
  if (!department.source.empty()) out["source"] = department.source;
  if (!department.source_sha256.empty()) out["source_sha256"] = department.source_sha256;
  if (!department.source_published.empty()) out["source_published"] = department.source_published;
  out["units"] = OrderedJson::array();
  for (const Unit& unit : department.units) {
    OrderedJson item;
    item["code"] = unit.code;
    item["name"] = unit.name;
    if (!unit.nature.empty()) item["nature"] = unit.nature;
    if (!unit.rank.empty()) item["rank"] = unit.rank;
    if (!unit.funding.empty()) item["funding"] = unit.funding;
    out["units"].push_back(item);
  }
  OrderedJson goals;
  goals["overall"] = department.goals.overall;
  goals["items"] = OrderedJson::array();
  for (const SubGoal& goal : department.goals.items) {
    goals["items"].push_back({{"title", goal.title}, {"goal", goal.goal}, {"indicators", goal.indicators}});
  }
  out["goals"] = goals;
  out["projects"] = OrderedJson::array();
  for (const Project& project : department.projects) out["projects"].push_back(ProjectToJson(project));
  return Dump(out);
}

std::string SiteConfigToJson(const SiteConfig& config) {
  OrderedJson out;
  out["format"] = kFormatVersion;
  out["title"] = config.title;
  if (!config.description.empty()) out["description"] = config.description;
  out["base_url"] = config.base_url;
  if (!config.publisher.empty()) out["publisher"] = config.publisher;
  if (!config.site_code.empty()) out["site_code"] = config.site_code;
  if (!config.icp_record.empty()) out["icp_record"] = config.icp_record;
  if (!config.police_record.empty()) out["police_record"] = config.police_record;
  return Dump(out);
}

}  // namespace gongkai
