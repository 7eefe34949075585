#include "format/json_locator.h"

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

}  // namespace gongkai
