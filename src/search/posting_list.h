// PostingList: the numbers of the documents holding one term at one rank,
// ascending, as the compact text the index files carry.
//
// Encoding (search.js decodes it): each number is stored as the gap
// v = id - base, where base starts at a list's (or chunk's) base and becomes
// id + 1 after each id. A gap is written in 5-bit groups, lowest first,
// one character per group: "0"–"9", "a"–"v" for the last group of a
// number, "w"–"z", "A"–"Z", "-", "_" for a group with more to follow.
// Dense lists cost about one character per document.
//
// A list is cut into chunks of `chunk_size` documents as it grows, so a
// long list can be written as separate files that search.js fetches one
// at a time, skipping by document number: chunk k holds the ids in
// [chunks[k].base, chunks[k + 1].base).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gongkai {

class PostingList {
 public:
  struct Chunk {
    size_t offset = 0;   // into text()
    uint32_t base = 0;   // decoding starts from this base
    uint32_t count = 0;  // documents in the chunk
  };

  explicit PostingList(uint32_t chunk_size) : chunk_size_(chunk_size) {}

  // REQUIRES: id greater than every id added before.
  void Add(uint32_t id);

  const std::string& text() const { return text_; }
  const std::vector<Chunk>& chunks() const { return chunks_; }
  size_t size() const { return size_; }
  // The text of chunk k alone.
  std::string ChunkText(size_t k) const;

 private:
  uint32_t chunk_size_;
  uint32_t next_base_ = 0;
  size_t size_ = 0;
  std::string text_;
  std::vector<Chunk> chunks_;
};

void AppendPostingGap(uint32_t gap, std::string& out);
// The ids of an encoded list or chunk, starting from `base`.
std::vector<uint32_t> DecodePostings(const std::string& text, uint32_t base = 0);

}  // namespace gongkai
