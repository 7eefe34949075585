// The import writer (issue 15): a failed import leaves the previous
// content folder as it was, with the site writer's rollback.
#include <catch2/catch.hpp>

#include <filesystem>

#include "base/diagnostic.h"
#include "content_fixture.h"
#include "importer/content_folder_writer.h"
#include "reliability_support.h"

using namespace gongkai;
using gongkai::testing::ReadTree;
using gongkai::testing::TempFolder;

TEST_CASE("import writer: when a later department cannot be put in place, the earlier ones are put back",
          "[safety][import-writer]") {
  // Before: the first department's earlier import was in the staging
  // folder when it was removed, and was lost.
  TempFolder folder;
  folder.Write("site.json", "{\"format\": 1, \"title\": \"t\"}\n");
  folder.Write("2021/130322-203/department.json", "the earlier import");
  folder.Write("2021/130322-203/sections/01-measures.md", "earlier section");
  folder.Write("2022", "a file where the year folder would go");
  const auto before = ReadTree(folder.path());

  std::vector<DepartmentYear> departments(2);
  departments[0].folder = "2021/130322-203";
  departments[1].folder = "2022/130322-203";
  Diagnostics diagnostics;
  CHECK_FALSE(WriteContentFolders(folder.path(), departments, diagnostics));
  REQUIRE(diagnostics.error_count() == 1);
  CHECK(FormatDiagnostic(diagnostics.all()[0]).find("内容文件夹保持导入前的样子") !=
        std::string::npos);
  CHECK(ReadTree(folder.path()) == before);
  CHECK(gongkai::testing::ListTree(folder.path()) ==
        std::vector<std::string>{"2021", "2021/130322-203", "2021/130322-203/department.json",
                                 "2021/130322-203/sections", "2021/130322-203/sections/01-measures.md", "2022",
                                 "site.json"});
}
