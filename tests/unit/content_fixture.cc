#include "content_fixture.h"

#include <stdlib.h>

#include <filesystem>
#include <fstream>

namespace gongkai::testing {

TempFolder::TempFolder() {
  std::string pattern = (std::filesystem::temp_directory_path() / "gongkai-test-XXXXXX").string();
  path_ = mkdtemp(pattern.data());
}

TempFolder::~TempFolder() {
  std::error_code code;
  std::filesystem::remove_all(path_, code);
  std::filesystem::remove_all(path_ + "-out", code);
}

void TempFolder::Write(const std::string& relative, const std::string& bytes) const {
  const std::filesystem::path target = std::filesystem::path(path_) / relative;
  std::filesystem::create_directories(target.parent_path());
  std::ofstream out(target, std::ios::binary);
  out << bytes;
}

std::string MinimalSiteJson() { return "{\n  \"format\": 1,\n  \"title\": \"测试门户\"\n}\n"; }

std::string MinimalDepartmentJson(const std::string& projects_json) {
  const std::string projects = !projects_json.empty() ? projects_json : R"([
    {
      "number": 1,
      "code": "130322210TL1EUNN2FE59",
      "name": "选聘高校毕业生到村任职补助",
      "unit": "203001",
      "budget": "20.32",
      "fiscal_funds": "20.32",
      "other_funds": "0",
      "purpose": "补助",
      "plan": ["", "50.00%", "50.00%", "100.00%"],
      "goals": ["按时发放"],
      "indicators": [
        {"level1": "产出指标", "level2": "数量指标", "name": "人数", "description": "补助人数", "value": "≥10人", "basis": "计划"},
        {"level1": "产出指标", "level2": "时效指标", "name": "时限", "description": "发放时间", "value": "12月底", "basis": "计划"}
      ]
    }
  ])";
  return R"({
  "format": 1,
  "year": 2021,
  "jurisdiction": {"code": "130322", "name": "昌黎县"},
  "department": {"code": "203", "name": "中国共产党昌黎县委员会组织部"},
  "units": [{"code": "203001", "name": "中国共产党昌黎县委员会组织部本级"}],
  "projects": )" + projects + "\n}\n";
}

void WriteMinimalContent(const TempFolder& folder, const std::string& department_json) {
  folder.Write("site.json", MinimalSiteJson());
  folder.Write("2021/130322-203/department.json", department_json);
}

}  // namespace gongkai::testing
