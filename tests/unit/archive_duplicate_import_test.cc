// Issue 11, bad input: two disclosures of the same department and year are
// an error naming both files, whether they come in one import or the
// folder already holds another document's import. Nothing is written.
#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "cli/command.h"
#include "content_fixture.h"
#include "html_document.h"

using namespace gongkai;
using gongkai::testing::ReadTextFile;
using gongkai::testing::TempFolder;

namespace {

namespace fs = std::filesystem;

const std::string kWanli2023 = std::string(GONGKAI_SOURCE_DIR) + "/content/sources/09_shanghai_putuo_wanli_2023_dept_budget.pdf";

struct Run {
  int status = 0;
  std::string out, err;
};

Run Import(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  Run run;
  run.status = RunImportCommand(args, CommandIo{out, err});
  run.out = out.str();
  run.err = err.str();
  return run;
}

// An output folder with the importer's registry, so 万里街道 gets its code r02.
void WriteRegistry(const TempFolder& folder) {
  folder.Write("content/departments.tsv", ReadTextFile(std::string(GONGKAI_SOURCE_DIR) + "/content/departments.tsv"));
}

}  // namespace

TEST_CASE("two documents of one department and year in one import: an error naming both", "[archive][importer]") {
  TempFolder folder;
  WriteRegistry(folder);
  const std::string copy = folder.path() + "/wanli-2023-again.pdf";
  fs::copy_file(kWanli2023, copy);
  const Run run = Import({"--out", folder.path() + "/content", "--jurisdiction", "310107:上海市普陀区", kWanli2023, copy});
  CHECK(run.status == 1);
  CHECK(run.err.find(copy) != std::string::npos);
  CHECK(run.err.find("与 " + kWanli2023 + " 一样导入到") != std::string::npos);
  CHECK_FALSE(fs::exists(folder.path() + "/content/2023"));
}

TEST_CASE("a folder that holds another document's import is not replaced by a second disclosure", "[archive][importer]") {
  TempFolder folder;
  WriteRegistry(folder);
  const std::string earlier = "{\"format\": 1, \"year\": 2023, \"source\": \"wanli-2023-draft.pdf\"}\n";
  folder.Write("content/2023/310107-r02/department.json", earlier);
  const Run run = Import({"--out", folder.path() + "/content", "--jurisdiction", "310107:上海市普陀区", kWanli2023});
  CHECK(run.status == 1);
  CHECK(run.err.find(kWanli2023) != std::string::npos);
  CHECK(run.err.find("wanli-2023-draft.pdf") != std::string::npos);
  CHECK(ReadTextFile(folder.path() + "/content/2023/310107-r02/department.json") == earlier);

  // The same document again (as make import does) replaces the folder.
  folder.Write("content/2023/310107-r02/department.json",
               "{\"format\": 1, \"year\": 2023, \"source\": \"09_shanghai_putuo_wanli_2023_dept_budget.pdf\"}\n");
  CHECK(Import({"--out", folder.path() + "/content", "--jurisdiction", "310107:上海市普陀区", kWanli2023}).status == 0);
}
