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

constexpr size_t kBlock = 4096;

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string EscapeToken(const std::string& key) {
  std::string out;
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

}  // namespace

void JsonLocations::BuildIndex() const {
  indexed_ = true;
  const std::string_view text = text_;
  line_starts_.push_back(0);
  size_t characters = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) characters_before_block_.push_back(characters);
    if (!IsContinuationByte(text[i])) ++characters;
    if (text[i] == '\n') line_starts_.push_back(i + 1);
  }
  // One pass over the values, with an explicit stack: a hostile file may
  // nest thousands deep.
  struct Frame {
    std::string pointer;
    bool is_object;
    size_t next_index = 0;
  };
  std::vector<Frame> stack;
  size_t pos = SkipSpace(text, 0);
  std::string pointer;  // of the value starting at `pos`
  while (pos < text.size()) {
    values_.emplace(pointer, pos);
    const char c = text[pos];
    if (c == '{' || c == '[') {
      stack.push_back({pointer, c == '{'});
      pos = SkipSpace(text, pos + 1);
    } else {
      pos = SkipSpace(text, SkipValue(text, pos));
    }
    // Close finished containers, then find the next value's pointer.
    while (true) {
      if (stack.empty()) return;
      if (pos < text.size() && text[pos] == ',') pos = SkipSpace(text, pos + 1);
      if (pos >= text.size()) return;
      Frame& frame = stack.back();
      if (text[pos] == '}' || text[pos] == ']') {
        stack.pop_back();
        pos = SkipSpace(text, pos + 1);
        continue;
      }
      if (frame.is_object) {
        if (text[pos] != '"') return;
        std::string key;
        pos = SkipSpace(text, SkipString(text, pos, &key));
        if (pos < text.size() && text[pos] == ':') pos = SkipSpace(text, pos + 1);
        pointer = frame.pointer + "/" + EscapeToken(key);
      } else {
        pointer = frame.pointer + "/" + std::to_string(frame.next_index++);
      }
      break;
    }
  }
}

SourceLocation JsonLocations::AtOffset(size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto line = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - 1;
  const size_t line_start = *line;
  const auto characters_before = [&](size_t at) {
    size_t count = characters_before_block_.empty() ? 0 : characters_before_block_[at / kBlock];
    for (size_t i = at / kBlock * kBlock; i < at; ++i) {
      if (!IsContinuationByte(text_[i])) ++count;
    }
    return count;
  };
  SourceLocation where;
  where.file = file_;
  where.line = static_cast<int>(line - line_starts_.begin()) + 1;
  where.column = static_cast<int>(characters_before(offset) - characters_before(line_start)) + 1;
  size_t line_end = text_.find('\n', line_start);
  if (line_end == std::string::npos) line_end = text_.size();
  constexpr size_t kMaxShownLine = 160;  // as LocateOffset
  if (line_end - line_start <= kMaxShownLine) where.source_line = text_.substr(line_start, line_end - line_start);
  return where;
}

SourceLocation JsonLocations::At(const std::string& pointer) const {
  if (!indexed_) BuildIndex();
  const auto found = values_.find(pointer);
  // A key written with escapes (\u00e9) is indexed by its raw text; the
  // slow path still finds it.
  SourceLocation where = AtOffset(found != values_.end() ? found->second : LocateJsonPointer(text_, pointer));
  where.pointer = pointer.empty() ? "/" : pointer;
  return where;
}

}  // namespace gongkai
