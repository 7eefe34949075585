#include "search/posting_list.h"

namespace gongkai {
namespace {

constexpr char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";

int DigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 36;
  if (c == '-') return 62;
  if (c == '_') return 63;
  return -1;
}

}  // namespace

void AppendPostingGap(uint32_t gap, std::string& out) {
  while (gap >= 32) {
    out += kDigits[32 + (gap & 31)];
    gap >>= 5;
  }
  out += kDigits[gap];
}

void PostingList::Add(uint32_t id) {
  if (size_ % chunk_size_ == 0) chunks_.push_back({text_.size(), next_base_, 0});
  AppendPostingGap(id - next_base_, text_);
  next_base_ = id + 1;
  ++chunks_.back().count;
  ++size_;
}

std::string PostingList::ChunkText(size_t k) const {
  const size_t end = k + 1 < chunks_.size() ? chunks_[k + 1].offset : text_.size();
  return text_.substr(chunks_[k].offset, end - chunks_[k].offset);
}

std::vector<uint32_t> DecodePostings(const std::string& text, uint32_t base) {
  std::vector<uint32_t> ids;
  uint32_t gap = 0;
  int shift = 0;
  for (char c : text) {
    const int value = DigitValue(c);
    if (value < 0) break;
    gap |= static_cast<uint32_t>(value & 31) << shift;
    if (value >= 32) {
      shift += 5;
      continue;
    }
    ids.push_back(base + gap);
    base += gap + 1;
    gap = 0;
    shift = 0;
  }
  return ids;
}

}  // namespace gongkai
