// The downloads (issue 13), opened as a journalist or an auditor would:
// Python's csv module reading every cell as a string, the .xlsx unpacked
// and its sheets read, the database through Python's sqlite3. Every amount
// read back is compared with the built pages (libxml2) or the content
// files, never with what the exporter meant to write; row counts with the
// pages' rows.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include <cstdio>
#include <cstdlib>

#include "content_fixture.h"
#include "download_files.h"
#include "export/site_downloads.h"
#include "html_document.h"
#include "load/content_loader.h"
#include "load/project_slugs.h"
#include "pipeline.h"
#include "reliability_support.h"

using namespace gongkai;
using namespace gongkai::testing;
namespace fs = std::filesystem;

namespace {

const std::string kBaseUrl = "/portal/";

struct Built {
  TempFolder folder;
  std::string out;
  Diagnostics diagnostics;
  BuildSummary summary;
};

// The sample portal (content/), built once.
const Built& Sample() {
  static Built* built = [] {
    auto* b = new Built;
    BuildOptions options;
    options.content_dir = SourcePath("content");
    options.theme_dir = SourcePath("themes/default");
    options.out_dir = b->folder.OutsidePath("site");
    options.base_url = kBaseUrl;
    b->out = options.out_dir;
    b->summary = BuildSite(options, b->diagnostics);
    return b;
  }();
  return *built;
}

std::string Out(const std::string& path) { return Sample().out + "/" + path; }

// Pages parsed once each.
const HtmlDocument& Page(const std::string& path) {
  static std::map<std::string, std::unique_ptr<HtmlDocument>> pages;
  auto& page = pages[path];
  if (!page) page = std::make_unique<HtmlDocument>(ReadTextFile(Out(path)));
  return *page;
}

// "/portal/2021/130322/203/index.html#table-expenditure-r3" → page, anchor.
std::pair<std::string, std::string> SplitLink(const std::string& link) {
  REQUIRE(link.compare(0, kBaseUrl.size(), kBaseUrl) == 0);
  const std::string rest = link.substr(kBaseUrl.size());
  const size_t hash = rest.find('#');
  if (hash == std::string::npos) return {rest, ""};
  return {rest.substr(0, hash), rest.substr(hash + 1)};
}

const ReadFile& Read(const std::string& path) {
  static std::map<std::string, ReadFile> files;
  auto found = files.find(path);
  if (found == files.end()) found = files.emplace(path, ReadDownload(Out(path))).first;
  INFO(path << ": " << found->second.error);
  REQUIRE(found->second.ok);
  return found->second;
}

const ReadTable& Csv(const std::string& path) {
  const ReadFile& file = Read(path);
  REQUIRE(file.tables.size() == 1);
  return file.tables[0];
}

const ReadTable& Table(const std::string& path, const std::string& name) {
  const ReadTable* table = Read(path).Find(name);
  INFO(path << " has no table " << name);
  REQUIRE(table);
  return *table;
}

std::vector<int> Years() { return {2026, 2025, 2024, 2023, 2021, 2019, 2018, 2017}; }

// The content folders of the sample (2021/130322-203 …), read as JSON.
std::vector<std::pair<std::string, nlohmann::json>> ContentDepartments(const std::string& file) {
  std::vector<std::pair<std::string, nlohmann::json>> out;
  for (const auto& year : fs::directory_iterator(SourcePath("content"))) {
    if (!year.is_directory() || year.path().filename().string().size() != 4) continue;
    for (const auto& folder : fs::directory_iterator(year.path())) {
      const fs::path json = folder.path() / file;
      if (!fs::exists(json)) continue;
      out.emplace_back(year.path().filename().string() + "/" + folder.path().filename().string(),
                       nlohmann::json::parse(ReadTextFile(json.string())));
    }
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  return out;
}

bool IsPlainNumber(const std::string& text) {
  static const std::regex number("-?[0-9]+(\\.[0-9]+)?");
  return std::regex_match(text, number);
}

// The text of the cell in the page's row `anchor` under the header `label`.
std::string PageCell(const HtmlDocument& page, const std::string& anchor, const std::string& label) {
  const auto labels = page.Texts("//tr[@id='" + anchor + "']/ancestor::table[1]/thead/tr/th");
  for (size_t c = 0; c < labels.size(); ++c) {
    if (labels[c] == label) return page.Text("//tr[@id='" + anchor + "']/*[" + std::to_string(c + 1) + "]");
  }
  return "<no column " + label + ">";
}

// An .xlsx number cell holds a double, written with 16 digits (64.68 as
// 64.68000000000001): what a spreadsheet, openpyxl or pandas reads is that
// double. It must be the published amount's double, and show as the
// published digits at the published decimals.
bool SameSpreadsheetNumber(const std::string& read, const std::string& published) {
  if (!IsPlainNumber(read) || !IsPlainNumber(published)) return false;
  const double value = std::strtod(read.c_str(), nullptr);
  const size_t point = published.find('.');
  const int decimals = point == std::string::npos ? 0 : static_cast<int>(published.size() - point - 1);
  char shown[64];
  std::snprintf(shown, sizeof shown, "%.*f", decimals, value);
  return value == std::strtod(published.c_str(), nullptr) && shown == published;
}

// What a reader gets back from a CSV text field, by the documented rule
// (docs/downloads.md): one leading ' comes off a field whose rest starts
// like a formula (= + - @, after spaces or not; tab; CR) or with '.
std::string WithoutDefusingQuote(const std::string& field) {
  if (field.size() < 2 || field[0] != '\'') return field;
  const std::string rest = field.substr(1);
  const size_t first = rest.find_first_not_of(' ');
  const bool formula_start = rest[0] == '\t' || rest[0] == '\r' || rest[0] == '\'' ||
                             (first != std::string::npos && std::string("=+-@").find(rest[first]) != std::string::npos);
  return formula_start ? rest : field;
}

// Every amount of a long-form table equals the page's cell its link names.
// `exact_text`: the digits as published (CSV, database); otherwise the same
// value (an .xlsx number cell holds 16.8 for 16.80).
void CheckAmountsAgainstPages(const ReadTable& table, const std::string& link, const std::string& column,
                              const std::string& amount, bool exact_text) {
  for (const auto& row : table.rows) {
    const auto [page, anchor] = SplitLink(table.Cell(row, link));
    const std::string shown = PageCell(Page(page), anchor, table.Cell(row, column));
    const std::string read = table.Cell(row, amount);
    INFO(page << "#" << anchor << " " << table.Cell(row, column));
    if (exact_text) {
      CHECK(read == shown);
    } else {
      CHECK(SameSpreadsheetNumber(read, shown));
    }
  }
}

}  // namespace

TEST_CASE("downloads: the sample builds with its downloads and passes gongkai check", "[downloads]") {
  std::string messages;
  for (const Diagnostic& d : Sample().diagnostics.all()) messages += FormatDiagnostic(d) + "\n";
  INFO(messages);
  REQUIRE_FALSE(Sample().diagnostics.HasErrors());
  CHECK(fs::exists(Out("data/index.html")));
  CHECK(fs::exists(Out("data/gongkai.sqlite")));
}

TEST_CASE("downloads: every budget-table amount read back from CSV, .xlsx and SQLite equals the page's cell",
          "[downloads]") {
  // How many amounts the sample publishes: numbers in amount columns of tables.json.
  size_t published = 0;
  for (const auto& [folder, json] : ContentDepartments("tables.json")) {
    for (const auto& table : json.at("tables")) {
      std::vector<bool> amount;
      for (const auto& column : table.at("columns")) amount.push_back(column.at("type") == "amount");
      for (const auto& row : table.at("rows")) {
        const auto& cells = row.at("cells");
        for (size_t c = 0; c < cells.size() && c < amount.size(); ++c) {
          published += amount[c] && IsPlainNumber(cells[c].get<std::string>());
        }
      }
    }
  }
  REQUIRE(published > 1000);

  size_t csv_rows = 0, xlsx_rows = 0;
  for (int year : Years()) {
    const std::string y = std::to_string(year);
    const ReadTable& csv = Csv("data/" + y + "/" + y + "-budget-rows.csv");
    csv_rows += csv.rows.size();
    CheckAmountsAgainstPages(csv, "链接", "栏目", "金额", true);
    const ReadTable& sheet = Table("data/" + y + "/" + y + "-all.xlsx", "预算表（长表）");
    xlsx_rows += sheet.rows.size();
    CheckAmountsAgainstPages(sheet, "链接", "栏目", "金额", false);
    // Codes are text cells, digits as published ("2013101", never 2013101.0).
    for (size_t r = 0; r < sheet.rows.size() && r < csv.rows.size(); ++r) {
      CHECK(sheet.Cell(sheet.rows[r], "科目编码") == csv.Cell(csv.rows[r], "科目编码"));
    }
  }
  CHECK(csv_rows == published);
  CHECK(xlsx_rows == published);

  const ReadTable& database = Table("data/gongkai.sqlite", "budget_rows");
  CHECK(database.rows.size() == published);
  CheckAmountsAgainstPages(database, "link", "column", "amount", true);
}

TEST_CASE("downloads: projects' amounts read back equal the content; their rows the pages' project lists",
          "[downloads]") {
  std::map<std::string, std::vector<std::vector<std::string>>> csv_by_folder;  // "2021/130322-203" → rows
  std::map<std::string, std::vector<std::vector<std::string>>> xlsx_by_folder;
  for (int year : Years()) {
    const std::string y = std::to_string(year);
    const ReadTable& csv = Csv("data/" + y + "/" + y + "-projects.csv");
    for (const auto& row : csv.rows) {
      csv_by_folder[y + "/" + csv.Cell(row, "行政区划代码") + "-" + csv.Cell(row, "部门编码")].push_back(
          {csv.Cell(row, "项目名称"), csv.Cell(row, "预算数"), csv.Cell(row, "财政资金"), csv.Cell(row, "其他资金"),
           csv.Cell(row, "金额单位"), csv.Cell(row, "项目编码")});
    }
    const ReadTable& sheet = Table("data/" + y + "/" + y + "-all.xlsx", "项目");
    for (const auto& row : sheet.rows) {
      xlsx_by_folder[y + "/" + sheet.Cell(row, "行政区划代码") + "-" + sheet.Cell(row, "部门编码")].push_back(
          {sheet.Cell(row, "项目名称"), sheet.Cell(row, "预算数"), sheet.Cell(row, "财政资金"),
           sheet.Cell(row, "其他资金"), sheet.Cell(row, "金额单位"), sheet.Cell(row, "项目编码")});
    }
  }
  std::map<std::string, std::vector<std::vector<std::string>>> db_by_folder;
  const ReadTable& database = Table("data/gongkai.sqlite", "projects");
  for (const auto& row : database.rows) {
    db_by_folder[database.Cell(row, "year") + "/" + database.Cell(row, "jurisdiction_code") + "-" +
                 database.Cell(row, "department_code")]
        .push_back({database.Cell(row, "project_name"), database.Cell(row, "budget"),
                    database.Cell(row, "fiscal_funds"), database.Cell(row, "other_funds"),
                    database.Cell(row, "money_unit"), database.Cell(row, "project_code")});
  }

  size_t projects = 0;
  for (const auto& [folder, json] : ContentDepartments("department.json")) {
    const auto& published = json.at("projects");
    INFO(folder);
    REQUIRE(csv_by_folder[folder].size() == published.size());
    REQUIRE(xlsx_by_folder[folder].size() == published.size());
    REQUIRE(db_by_folder[folder].size() == published.size());
    for (size_t i = 0; i < published.size(); ++i) {
      const auto& project = published[i];
      const auto field = [&](const char* key) { return project.value(key, std::string()); };
      const std::vector<std::string> expected = {field("name"),        field("budget"),
                                                 field("fiscal_funds"), field("other_funds"),
                                                 project.value("money_unit", std::string("万元")), field("code")};
      CHECK(csv_by_folder[folder][i] == expected);
      CHECK(db_by_folder[folder][i] == expected);
      for (size_t f : {0, 4, 5}) CHECK(xlsx_by_folder[folder][i][f] == expected[f]);
      for (size_t f : {1, 2, 3}) {
        const std::string& read = xlsx_by_folder[folder][i][f];
        CHECK(read.empty() == expected[f].empty());
        if (!read.empty()) CHECK(SameSpreadsheetNumber(read, expected[f]));
      }
      ++projects;
    }
    // The department's own CSV and its page's project list have the same rows.
    const std::string page = folder.substr(0, 4) + "/" + folder.substr(5, folder.find('-') - 5) + "/" +
                             folder.substr(folder.find('-') + 1) + "/index.html";
    const size_t listed = Page(page).Count("//table[@class='project-index']/tbody/tr");
    CHECK(listed == published.size());
    if (!published.empty()) {
      CHECK(Csv(page.substr(0, page.size() - 10) + "tables/projects.csv").rows.size() == listed);
    }
  }
  CHECK(projects == 139);
}

TEST_CASE("downloads: indicator rows keep 指标值 as published, one row per row of the pages' tables", "[downloads]") {
  size_t total = 0;
  for (int year : Years()) {
    const std::string y = std::to_string(year);
    const ReadTable& csv = Csv("data/" + y + "/" + y + "-indicators.csv");
    total += csv.rows.size();
    for (const auto& row : csv.rows) {
      const auto [page, anchor] = SplitLink(csv.Cell(row, "链接"));
      INFO(page << "#" << anchor);
      CHECK(Page(page).Text("//tr[@id='" + anchor + "']/td[contains(@class, 'value')]") == WithoutDefusingQuote(csv.Cell(row, "指标值")));
      CHECK(Page(page).Text("//tr[@id='" + anchor + "']/th[@scope='row']") == WithoutDefusingQuote(csv.Cell(row, "三级指标")));
    }
  }
  size_t on_pages = 0;
  for (const auto& [folder, json] : ContentDepartments("department.json")) {
    const std::string page = folder.substr(0, 4) + "/" + folder.substr(5, folder.find('-') - 5) + "/" +
                             folder.substr(folder.find('-') + 1) + "/index.html";
    const size_t rows = Page(page).Count("//table[@class='indicator-table']/tbody/tr");
    on_pages += rows;
    if (!json.at("projects").empty()) {
      INFO(page);
      CHECK(Csv(page.substr(0, page.size() - 10) + "tables/indicators.csv").rows.size() == rows);
    }
  }
  CHECK(total == on_pages);
  CHECK(Table("data/gongkai.sqlite", "indicators").rows.size() == on_pages);
}

TEST_CASE("downloads: 机构设置 and every budget table's CSV have the page's rows", "[downloads]") {
  for (const auto& [folder, json] : ContentDepartments("department.json")) {
    const std::string dir = folder.substr(0, 4) + "/" + folder.substr(5, folder.find('-') - 5) + "/" +
                            folder.substr(folder.find('-') + 1) + "/";
    const HtmlDocument& page = Page(dir + "index.html");
    INFO(dir);
    const auto codes = page.Texts("//section[@id='units']//tbody/tr/td[1]");
    const auto names = page.Texts("//section[@id='units']//tbody/tr/th");
    if (codes.empty()) {
      CHECK_FALSE(fs::exists(Out(dir + "tables/organization.csv")));
    } else {
      const ReadTable& units = Csv(dir + "tables/organization.csv");
      REQUIRE(units.rows.size() == codes.size());
      for (size_t i = 0; i < codes.size(); ++i) {
        CHECK(units.Cell(units.rows[i], "单位编码") == codes[i]);
        CHECK(units.Cell(units.rows[i], "单位名称") == names[i]);
      }
    }
    for (const std::string& href : page.Attributes("//section[contains(@class, 'budget-table')]//a[@download]", "href")) {
      const std::string csv_path = dir + href.substr(href.find("tables/"));
      const std::string id = "table-" + std::regex_replace(
          csv_path.substr(csv_path.rfind('/') + 1, csv_path.size() - csv_path.rfind('/') - 5), std::regex("_"), "-");
      INFO(csv_path);
      CHECK(Csv(csv_path).rows.size() == page.Count("//section[@id='" + id + "']//table[@class='budget']/tbody/tr"));
    }
  }
}

TEST_CASE("downloads: the 数据下载 page lists every download with its real size and rows", "[downloads]") {
  const HtmlDocument& page = Page("data/index.html");
  REQUIRE(page.ok());
  const auto hrefs = page.Attributes("//table[@class='download-files']/tbody/tr/th/a", "href");
  const auto bytes = page.Attributes("//table[@class='download-files']/tbody/tr/td[@data-bytes]", "data-bytes");
  const auto rows = page.Texts("//table[@class='download-files']/tbody/tr/td[3]");
  REQUIRE(hrefs.size() == bytes.size());
  REQUIRE(hrefs.size() == rows.size());
  std::set<std::string> listed;
  for (size_t i = 0; i < hrefs.size(); ++i) {
    REQUIRE(hrefs[i].compare(0, 3, "../") == 0);
    const std::string path = hrefs[i].substr(3);
    INFO(path);
    listed.insert(path);
    REQUIRE(fs::exists(Out(path)));
    CHECK(std::to_string(fs::file_size(Out(path))) == bytes[i]);
    if (path.size() > 5 && path.compare(path.size() - 5, 5, ".json") == 0) {
      CHECK(rows[i] == "—");
      continue;
    }
    size_t read_rows = 0;
    for (const ReadTable& table : Read(path).tables) read_rows += table.rows.size();
    CHECK(std::regex_replace(rows[i], std::regex(","), "") == std::to_string(read_rows));
  }
  // Nothing downloadable is left off the list.
  for (const auto& entry : fs::recursive_directory_iterator(Sample().out)) {
    const std::string ext = entry.path().extension().string();
    if (ext != ".csv" && ext != ".xlsx" && ext != ".sqlite") continue;
    const std::string path = fs::relative(entry.path(), Sample().out).string();
    INFO(path);
    CHECK(listed.count(path) == 1);
  }
  CHECK(page.Text("//section[@aria-labelledby='cite-title']//p[@class='cite']").find(kBaseUrl) != std::string::npos);
  // Every page's footer links here.
  CHECK(Page("index.html").Count("//footer//a[@href='data/index.html']") == 1);
}

TEST_CASE("downloads: the database opens as SQLite, whole, without WAL; the workbook has a fixed date",
          "[downloads]") {
  const std::string database = ReadTextFile(Out("data/gongkai.sqlite"));
  REQUIRE(database.size() > 100);
  CHECK(database.compare(0, 16, std::string("SQLite format 3\0", 16)) == 0);
  CHECK(database[18] == 1);  // file format 1: rollback journal, not WAL
  CHECK(database[19] == 1);
  const ReadFile& read = Read("data/gongkai.sqlite");
  CHECK(read.pragmas.at("integrity_check") == "ok");
  CHECK(read.pragmas.at("journal_mode") == "delete");
  std::vector<std::string> names;
  for (const ReadTable& table : read.tables) names.push_back(table.name);
  CHECK(names == std::vector<std::string>{"departments", "units", "projects", "indicators", "budget_tables",
                                          "budget_rows"});
  CHECK(Table("data/gongkai.sqlite", "departments").rows.size() == ContentDepartments("department.json").size());

  const auto entries = XlsxEntries(ReadTextFile(Out("data/2023/2023-all.xlsx")));
  REQUIRE(entries.count("docProps/core.xml"));
  CHECK(entries.at("docProps/core.xml").find("2000-01-01T00:00:00Z") != std::string::npos);
}

TEST_CASE("downloads: CSVs are RFC 4180 UTF-8 with BOM and CRLF; codes and amounts plain, no formulas",
          "[downloads]") {
  const std::string csv = ReadTextFile(Out("data/2023/2023-budget-rows.csv"));
  REQUIRE(csv.compare(0, 3, "\xEF\xBB\xBF") == 0);
  CHECK(csv.find("\r\n") != std::string::npos);
  CHECK(csv.find("=\"") == std::string::npos);
  const ReadTable& table = Csv("data/2023/2023-budget-rows.csv");
  size_t digit_codes = 0;
  for (const auto& row : table.rows) {
    const std::string code = table.Cell(row, "科目编码");
    digit_codes += !code.empty() && code.find_first_not_of("0123456789") == std::string::npos;
    CHECK(IsPlainNumber(table.Cell(row, "金额")));
  }
  CHECK(digit_codes > 100);
}

TEST_CASE("downloads: two exports of the same site are byte-identical", "[downloads][reproducible]") {
  Diagnostics diagnostics;
  Site site = LoadSite(SourcePath("content"), diagnostics);
  AssignProjectSlugs(site);
  const SiteDownloads first = ExportSiteDownloads(site, diagnostics);
  const SiteDownloads second = ExportSiteDownloads(site, diagnostics);
  REQUIRE_FALSE(diagnostics.HasErrors());
  REQUIRE(first.files.size() == second.files.size());
  size_t binary = 0;
  for (size_t i = 0; i < first.files.size(); ++i) {
    INFO(first.files[i].path);
    CHECK(first.files[i].path == second.files[i].path);
    CHECK(first.files[i].bytes == second.files[i].bytes);
    const std::string& path = first.files[i].path;
    binary += path.find(".xlsx") != std::string::npos || path.find(".sqlite") != std::string::npos;
  }
  CHECK(binary > 10);
}
