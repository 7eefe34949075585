#include "search/search_index.h"

#include "search/inverted_index.h"
#include "search/search_documents.h"

namespace gongkai {

OutputFiles BuildSearchIndex(const Site& site, const SearchIndexOptions& options) {
  const SearchDocuments documents = CollectSearchDocuments(site);
  const InvertedIndex index = BuildInvertedIndex(documents, options.chunk_size);
  return WriteSearchShards(documents, index, options);
}

}  // namespace gongkai
