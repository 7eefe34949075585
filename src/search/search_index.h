// BuildSearchIndex: the site's search index (shard_writer.h) from the
// model. Called by BuildSite after rendering; pure, like render/.
#pragma once

#include "base/output_file.h"
#include "model/site.h"
#include "search/shard_writer.h"

namespace gongkai {

OutputFiles BuildSearchIndex(const Site& site, const SearchIndexOptions& options = {});

}  // namespace gongkai
