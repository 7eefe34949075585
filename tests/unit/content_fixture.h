// Test support: a small content folder written into a fresh temporary
// directory, declared inline in the test (as Hugo does), removed afterwards.
#pragma once

#include <string>

namespace gongkai::testing {

class TempFolder {
 public:
  TempFolder();
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  const std::string& path() const { return path_; }
  // Writes `bytes` to path()/relative, creating folders.
  void Write(const std::string& relative, const std::string& bytes) const;
  // A path beside path(), not inside it (removed with it): an output folder
  // for a build of path(), which must not lie inside its content folder.
  std::string OutsidePath(const std::string& relative) const { return path_ + "-out/" + relative; }

 private:
  std::string path_;
};

// A valid site.json.
std::string MinimalSiteJson();

// A valid department.json for 2021/130322-203 with one project of two
// indicator rows; `projects_json` replaces the projects array when given.
std::string MinimalDepartmentJson(const std::string& projects_json = "");

// Writes site.json and 2021/130322-203/department.json (with `department_json`).
void WriteMinimalContent(const TempFolder& folder, const std::string& department_json);

}  // namespace gongkai::testing
