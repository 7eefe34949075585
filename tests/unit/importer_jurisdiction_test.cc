// The jurisdiction by the place a department's name prints, from the GB/T
// 2260 table the binary carries. Expected codes are GB/T 2260's, as the
// published code lists give them (310107 上海市普陀区, 330903 舟山市普陀区,
// 320000 江苏省, 130322 昌黎县).
#include <catch2/catch.hpp>
#include <string>

#include "importer/identity/administrative_divisions.h"

namespace gongkai {
namespace {

TEST_CASE("a department's name gives its jurisdiction when the place it prints is one place", "[importer][jurisdiction]") {
  DivisionMatch match = FindDivisionByName("上海市普陀区司法局");
  CHECK(match.printed == "上海市普陀区");
  CHECK(match.codes == std::vector<std::string>{"310107"});

  match = FindDivisionByName("上海市普陀区人民政府万里街道办事处");
  CHECK(match.codes == std::vector<std::string>{"310107"});

  match = FindDivisionByName("江苏省高级人民法院");
  CHECK(match.printed == "江苏省");
  CHECK(match.codes == std::vector<std::string>{"320000"});

  match = FindDivisionByName("中共昌黎县委组织部");
  CHECK(match.codes == std::vector<std::string>{"130322"});
  CHECK(match.names == std::vector<std::string>{"河北省秦皇岛市昌黎县"});

  match = FindDivisionByName("秦皇岛市昌黎县财政局");
  CHECK(match.printed == "秦皇岛市昌黎县");
  CHECK(match.codes == std::vector<std::string>{"130322"});
}

TEST_CASE("a county name that two places share is ambiguous: both are named", "[importer][jurisdiction]") {
  const DivisionMatch match = FindDivisionByName("普陀区司法局");
  CHECK(match.printed == "普陀区");
  CHECK(match.codes == std::vector<std::string>{"310107", "330903"});
  CHECK(match.names == std::vector<std::string>{"上海市普陀区", "浙江省舟山市普陀区"});
  // With its prefecture it is one place again.
  CHECK(FindDivisionByName("舟山市普陀区财政局").codes == std::vector<std::string>{"330903"});
}

TEST_CASE("a name without a place of GB/T 2260 gives none", "[importer][jurisdiction]") {
  // The zone calls itself 秦皇岛经济技术开发区; the statistics list 秦皇岛市经济技术开发区.
  CHECK(FindDivisionByName("中共秦皇岛经济技术开发区工作委员会党建工作部").codes.empty());
  CHECK(FindDivisionByName("示例县委组织部").codes.empty());
  // Two-character county names (城区, 郊区) name nothing alone.
  CHECK(FindDivisionByName("城区管理局").codes.empty());
  CHECK(DivisionName("310107") == "上海市普陀区");
  CHECK(DivisionName("999999").empty());
}

}  // namespace
}  // namespace gongkai
