// The other forms of a department's name (src/search/department_names.h).
// Expected forms are the names the sample's documents and everyday use
// give these departments (content/sources/): seed 001's cover prints
// 中国共产党昌黎县委员会组织部, seed 004's 中共巨鹿县委组织部, seed 002's
// text calls its 中国共产党阜平县委员会办公室 县委办.
#include "search/department_names.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace gongkai {
namespace {

bool Finds(const std::vector<std::string>& forms, const std::string& name, const std::string& typed) {
  return name.find(typed) != std::string::npos ||
         std::any_of(forms.begin(), forms.end(), [&](const std::string& form) { return form.find(typed) != std::string::npos; });
}

TEST_CASE("a party committee's department is found by its short names", "[search]") {
  const std::string name = "中国共产党昌黎县委员会组织部";
  const std::vector<std::string> forms = DepartmentNameForms(name);
  CHECK(Finds(forms, name, "中共昌黎县委组织部"));
  CHECK(Finds(forms, name, "昌黎县委组织部"));
  CHECK(Finds(forms, name, "昌黎县委"));
  CHECK_FALSE(Finds(forms, name, "昌黎县政府"));
  // Parts of a longer form are not listed again.
  CHECK(std::find(forms.begin(), forms.end(), "昌黎县委组织部") == forms.end());
  CHECK(std::find(forms.begin(), forms.end(), name) == forms.end());
  CHECK(std::is_sorted(forms.begin(), forms.end()));
}

TEST_CASE("a short name gives its full form", "[search]") {
  const std::string name = "中共巨鹿县委组织部";
  const std::vector<std::string> forms = DepartmentNameForms(name);
  CHECK(Finds(forms, name, "中国共产党巨鹿县委员会组织部"));
  CHECK(Finds(forms, name, "巨鹿县委组织部"));
  // 县委 → 县委员会 does not grow 县委员会 again.
  for (const std::string& form : forms) CHECK(form.find("委员会员会") == std::string::npos);
}

TEST_CASE("offices, street offices and courts by their everyday names", "[search]") {
  const std::string office = "中国共产党阜平县委员会办公室";
  CHECK(Finds(DepartmentNameForms(office), office, "阜平县委办"));
  CHECK(Finds(DepartmentNameForms(office), office, "中共阜平县委办公室"));
  const std::string street = "上海市普陀区人民政府万里街道办事处";
  CHECK(Finds(DepartmentNameForms(street), street, "普陀区万里街道"));
  const std::string court = "江苏省高级人民法院";
  CHECK(Finds(DepartmentNameForms(court), court, "江苏高院"));
  CHECK(Finds(DepartmentNameForms(court), court, "江苏省高院"));
  const std::string works = "中共承德高新技术产业开发区工作委员会党群工作部";
  CHECK(Finds(DepartmentNameForms(works), works, "承德高新技术产业开发区工委党群工作部"));
}

TEST_CASE("a name no rule applies to has no other forms", "[search]") {
  CHECK(DepartmentNameForms("上海市普陀区司法局").empty());
  CHECK(DepartmentNameForms("").empty());
}

}  // namespace
}  // namespace gongkai
