#include "render/originals.h"

#include "render/routes.h"

namespace gongkai {

OutputFiles RenderOriginals(const Site& site) {
  OutputFiles files;
  for (const DepartmentYear& department : site.departments) {
    if (department.original) files.push_back({OriginalPath(department), *department.original});
  }
  return files;
}

}  // namespace gongkai
