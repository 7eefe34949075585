#include "format/json_locator.h"

#include <algorithm>
#include <vector>

namespace gongkai {
namespace {

size_t SkipSpace(std::string_view text, size_t pos) {
  while (pos < text.size() &&
         (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\r' || text[pos] == '\t')) {
    ++pos;
  }
  return pos;
}

// pos at the opening quote; returns the position after the closing quote and
// the raw (still escaped) contents.
size_t SkipString(std::string_view text, size_t pos, std::string* contents) {
  ++pos;
  const size_t start = pos;
  while (pos < text.size() && text[pos] != '"') {
    pos += text[pos] == '\\' ? 2 : 1;
  }
  if (contents) *contents = std::string(text.substr(start, pos - start));
  return pos + 1;
}

size_t SkipValue(std::string_view text, size_t pos) {
  pos = SkipSpace(text, pos);
  if (pos >= text.size()) return pos;
  if (text[pos] == '"') return SkipString(text, pos, nullptr);
  if (text[pos] == '{' || text[pos] == '[') {
    int depth = 0;
    while (pos < text.size()) {
      const char c = text[pos];
      if (c == '"') {
        pos = SkipString(text, pos, nullptr);
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      if (c == '}' || c == ']') {
        --depth;
        if (depth == 0) return pos + 1;
      }
      ++pos;
    }
    return pos;
  }
  while (pos < text.size() && text[pos] != ',' && text[pos] != '}' && text[pos] != ']' &&
         text[pos] != ' ' && text[pos] != '\n' && text[pos] != '\r' && text[pos] != '\t') {
    ++pos;
  }
  return pos;
}

std::vector<std::string> PointerTokens(const std::string& pointer) {
  std::vector<std::string> tokens;
  size_t pos = 0;
  while (pos < pointer.size() && pointer[pos] == '/') {
    const size_t next = pointer.find('/', pos + 1);
    std::string token = pointer.substr(pos + 1, next == std::string::npos ? std::string::npos : next - pos - 1);
    std::string unescaped;
    for (size_t i = 0; i < token.size(); ++i) {
      if (token[i] == '~' && i + 1 < token.size()) {
        unescaped += token[i + 1] == '1' ? '/' : '~';
        ++i;
      } else {
        unescaped += token[i];
      }
    }
    tokens.push_back(unescaped);
    if (next == std::string::npos) break;
    pos = next;
  }
  return tokens;
}

// Finds the member or element named `token` in the container at `pos`.
std::optional<size_t> Descend(std::string_view text, size_t pos, const std::string& token) {
  if (pos >= text.size()) return std::nullopt;
  if (text[pos] == '{') {
    pos = SkipSpace(text, pos + 1);
    while (pos < text.size() && text[pos] == '"') {
      std::string key;
      pos = SkipString(text, pos, &key);
      pos = SkipSpace(text, pos);
      if (pos < text.size() && text[pos] == ':') pos = SkipSpace(text, pos + 1);
      if (key == token) return pos;
      pos = SkipSpace(text, SkipValue(text, pos));
      if (pos < text.size() && text[pos] == ',') pos = SkipSpace(text, pos + 1);
    }
    return std::nullopt;
  }
  if (text[pos] == '[') {
    size_t index = 0;
    for (char c : token) {
      if (c < '0' || c > '9') return std::nullopt;
      index = index * 10 + static_cast<size_t>(c - '0');
    }
    pos = SkipSpace(text, pos + 1);
    for (size_t i = 0; pos < text.size() && text[pos] != ']'; ++i) {
      if (i == index) return pos;
      pos = SkipSpace(text, SkipValue(text, pos));
      if (pos < text.size() && text[pos] == ',') pos = SkipSpace(text, pos + 1);
    }
  }
  return std::nullopt;
}

}  // namespace

size_t LocateJsonPointer(std::string_view text, const std::string& pointer) {
  size_t pos = SkipSpace(text, 0);
  for (const std::string& token : PointerTokens(pointer)) {
    const auto inner = Descend(text, pos, token);
    if (!inner) break;
    pos = *inner;
  }
  return pos;
}

std::pair<std::string, size_t> LocateOverflowingNumber(std::string_view text, const std::string& what) {
  const size_t open = what.find("parsing '");
  const size_t close = what.rfind('\'');
  if (open == std::string::npos || close == std::string::npos || close < open + 9) return {"", 0};
  const std::string literal = what.substr(open + 9, close - open - 9);
  const size_t at = text.find(literal);
  return {literal, at == std::string_view::npos ? 0 : at};
}

namespace {

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::optional<size_t> ArrayIndex(const std::string& token) {
  if (token.empty() || token.size() > 18 || token.find_first_not_of("0123456789") != std::string::npos) {
    return std::nullopt;
  }
  return static_cast<size_t>(std::stoull(token));
}

// From the element starting at `pos`, the one `count` elements further on;
// nullopt when the array ends first.
std::optional<size_t> SkipElements(std::string_view text, size_t pos, size_t count) {
  for (size_t i = 0; i < count; ++i) {
    pos = SkipSpace(text, SkipValue(text, pos));
    if (pos >= text.size() || text[pos] != ',') return std::nullopt;
    pos = SkipSpace(text, pos + 1);
  }
  if (pos >= text.size() || text[pos] == ']') return std::nullopt;
  return pos;
}

}  // namespace

size_t JsonLocations::Find(const std::string& pointer) const {
  const std::string_view text = text_;
  const std::vector<std::string> tokens = PointerTokens(pointer);
  size_t pos = SkipSpace(text, 0);
  size_t depth = 0;
  while (depth < tokens.size() && depth < last_path_.size() && last_path_[depth].token == tokens[depth]) {
    pos = last_path_[depth].offset;
    ++depth;
  }
  // Where the paths part in an array, a later element is found by skipping
  // on from the one the last path went to.
  bool resume = false;
  size_t skip = 0, resume_at = 0;
  if (depth < tokens.size() && depth < last_path_.size() && pos < text.size() && text[pos] == '[') {
    const auto last = ArrayIndex(last_path_[depth].token), wanted = ArrayIndex(tokens[depth]);
    if (last && wanted && *last <= *wanted) {
      resume = true;
      skip = *wanted - *last;
      resume_at = last_path_[depth].offset;
    }
  }
  last_path_.resize(depth);
  for (; depth < tokens.size(); ++depth) {
    const std::optional<size_t> inner = resume ? SkipElements(text, resume_at, skip) : Descend(text, pos, tokens[depth]);
    resume = false;
    if (!inner) break;
    pos = *inner;
    last_path_.push_back({tokens[depth], pos});
  }
  return pos;
}

SourceLocation JsonLocations::AtOffset(size_t offset) const {
  const std::string_view text = text_;
  if (checkpoints_.empty()) {
    Checkpoint at{1, 0, 0, 0};
    checkpoints_.reserve(text.size() / kBlock + 1);
    for (size_t i = 0; i < text.size(); ++i) {
      if (i % kBlock == 0) checkpoints_.push_back(at);
      if (!IsContinuationByte(text[i])) ++at.characters;
      if (text[i] == '\n') {
        ++at.line;
        at.line_start = i + 1;
        at.characters_at_line_start = at.characters;
      }
    }
    if (checkpoints_.empty()) checkpoints_.push_back(at);
  }
  offset = std::min(offset, text.size());
  Checkpoint at = checkpoints_[std::min(offset / kBlock, checkpoints_.size() - 1)];
  for (size_t i = std::min(offset / kBlock, checkpoints_.size() - 1) * kBlock; i < offset; ++i) {
    if (!IsContinuationByte(text[i])) ++at.characters;
    if (text[i] == '\n') {
      ++at.line;
      at.line_start = i + 1;
      at.characters_at_line_start = at.characters;
    }
  }
  SourceLocation where;
  where.line = static_cast<int>(at.line);
  where.column = static_cast<int>(at.characters - at.characters_at_line_start) + 1;
  // Very long lines (minified JSON) are not shown, as LocateOffset; looking
  // no further than that keeps a one-line file linear.
  constexpr size_t kMaxShownLine = 160;
  const std::string_view rest = text.substr(at.line_start, kMaxShownLine + 1);
  const size_t line_end = rest.find('\n');
  if (line_end != std::string_view::npos) {
    where.source_line = std::string(rest.substr(0, line_end));
  } else if (rest.size() <= kMaxShownLine) {
    where.source_line = std::string(rest);
  }
  return where;
}

SourceLocation JsonLocations::At(const std::string& pointer) const {
  SourceLocation where = AtOffset(Find(pointer));
  where.file = file_;
  where.pointer = pointer.empty() ? "/" : pointer;
  return where;
}

}  // namespace gongkai
