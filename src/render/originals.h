// The original documents, published beside their department-year pages
// (routes.h, OriginalPath), so the archive keeps what was published and not
// only our reading of it. Bytes as load/ read and checked them (SHA-256).
#pragma once

#include "base/output_file.h"
#include "model/site.h"

namespace gongkai {

OutputFiles RenderOriginals(const Site& site);

}  // namespace gongkai
