// BuildSearchIndex: the site's search index (shard_writer.h) from the
// model. Called by BuildSite after rendering; pure, like render/.
//
// Streams: the department-years are taken a window at a time (about
// 16,384 documents, at least one department-year per core); on `jobs`
// cores (0: all; base/parallel.h) each one's documents are made, their
// terms found and their document shards written; then, on one thread and
// in document order, the terms go into the index and the window's
// documents are dropped. The shards go to the sink in batches of some
// thousands of documents' (whole department-years), the dictionary and
// meta.json once every document is in: the same batches in the same order
// whatever `jobs`.
#pragma once

#include "base/output_file.h"
#include "base/output_sink.h"
#include "model/site.h"
#include "search/shard_writer.h"

namespace gongkai {

void BuildSearchIndex(const Site& site, OutputSink& sink, const SearchIndexOptions& options = {}, unsigned jobs = 0);

// All of it in memory: for tests and callers that want the files whole.
OutputFiles BuildSearchIndex(const Site& site, const SearchIndexOptions& options = {});

}  // namespace gongkai
