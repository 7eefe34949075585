#include "format/json_document.h"

#include <algorithm>
#include <cctype>

#include "format/json_locator.h"
#include "format/utf8_text.h"

namespace gongkai {
namespace {

// nlohmann reports the byte just past the token it choked on; people look
// for the token's start.
size_t TokenStart(const std::string& text, size_t error_byte) {
  size_t offset = std::min(error_byte > 0 ? error_byte - 1 : 0, text.size());
  if (offset < text.size() && text[offset] == '"' && offset > 0) {
    size_t start = offset - 1;
    while (start > 0 && !(text[start] == '"' && text[start - 1] != '\\')) --start;
    return start;
  }
  while (offset > 0 && (std::isalnum(static_cast<unsigned char>(text[offset - 1])) || text[offset - 1] == '.' ||
                        text[offset - 1] == '-' || text[offset - 1] == '+')) {
    --offset;
  }
  return offset;
}

// Offset of the bracket that opens one level more than `limit`, or npos.
// One pass, strings skipped: cheap beside the parse it protects.
size_t FindTooDeep(const std::string& text, int limit) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::string::npos;
}

using Json = nlohmann::json;

// Builds the tree as nlohmann's own builder (json_sax_dom_parser) does,
// except for the elements of the parts' array: each is handed over once
// complete and removed, so the array never holds more than one.
class DocumentBuilder {
 public:
  DocumentBuilder(Json& root, const JsonParts* parts) : root_(root), parts_(parts) {}

  bool null() { return Finished(Put(nullptr)); }
  bool boolean(bool value) { return Finished(Put(value)); }
  bool number_integer(Json::number_integer_t value) { return Finished(Put(value)); }
  bool number_unsigned(Json::number_unsigned_t value) { return Finished(Put(value)); }
  bool number_float(Json::number_float_t value, const Json::string_t& /*literal*/) { return Finished(Put(value)); }
  bool string(Json::string_t& value) { return Finished(Put(std::move(value))); }
  bool binary(Json::binary_t& value) { return Finished(Put(Json::binary(std::move(value)))); }
  bool start_object(size_t /*elements*/) {
    stack_.push_back(Put(Json::value_t::object));
    return true;
  }
  bool key(Json::string_t& key) {
    next_is_parts_ = parts_ && stack_.size() == 1 && key == parts_->key;
    member_ = &(*stack_.back())[key];  // a repeated key: the last value counts
    return true;
  }
  bool end_object() { return End(); }
  bool start_array(size_t /*elements*/) {
    const bool parts = next_is_parts_;
    stack_.push_back(Put(Json::value_t::array));
    if (parts) {
      parts_depth_ = stack_.size();
      next_index_ = 0;
      if (parts_->on_start) parts_->on_start();
    }
    return true;
  }
  bool end_array() {
    if (stack_.size() == parts_depth_) parts_depth_ = 0;
    return End();
  }
  // Thrown as the tree parser throws them, for ParseJsonDocument's handlers.
  bool parse_error(size_t /*position*/, const std::string& /*token*/, const nlohmann::detail::exception& error) {
    if (const auto* parse = dynamic_cast<const Json::parse_error*>(&error)) throw *parse;
    if (const auto* range = dynamic_cast<const Json::out_of_range*>(&error)) throw *range;
    throw Json::other_error::create(501, error.what(), nullptr);
  }

 private:
  Json* Put(Json value) {
    next_is_parts_ = false;
    if (stack_.empty()) {
      root_ = std::move(value);
      return &root_;
    }
    Json& parent = *stack_.back();
    if (parent.is_array()) {
      parent.emplace_back(std::move(value));
      return &parent.back();
    }
    *member_ = std::move(value);
    return member_;
  }

  bool End() {
    Json* finished = stack_.back();
    stack_.pop_back();
    return Finished(finished);
  }

  // A value is complete: if it is an element of the parts' array, hand it
  // over and drop it.
  bool Finished(Json* value) {
    if (parts_depth_ != 0 && stack_.size() == parts_depth_) {
      if (parts_->on_element) parts_->on_element(next_index_, *value);
      ++next_index_;
      stack_.back()->get_ref<Json::array_t&>().pop_back();
    }
    return true;
  }

  Json& root_;
  const JsonParts* parts_;
  std::vector<Json*> stack_;  // the open objects and arrays, outermost first
  Json* member_ = nullptr;    // where the next value of the innermost object goes
  bool next_is_parts_ = false;
  size_t parts_depth_ = 0;  // stack_.size() while inside the parts' array; 0 outside
  size_t next_index_ = 0;
};

bool Parse(const std::string& file, const std::string& text, Json& document, const JsonParts* parts,
           Diagnostics& diagnostics) {
  if (text.empty()) {
    diagnostics.Error(SourceLocation{file}, "the file is empty; expected a JSON object");
    return false;
  }
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    diagnostics.Error(LocateOffset(file, text, 0),
                      "the file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM");
    return false;
  }
  const size_t invalid = FindInvalidUtf8(text);
  if (invalid != std::string::npos) {
    SourceLocation where = LocateOffset(file, text, invalid);
    where.source_line.clear();  // it would print the broken bytes
    diagnostics.Error(where, "invalid UTF-8 at byte offset " + std::to_string(invalid) + " (" +
                                 DescribeCharacterAt(text, invalid) + "); save the file as UTF-8");
    return false;
  }
  const size_t too_deep = FindTooDeep(text, kMaxJsonDepth);
  if (too_deep != std::string::npos) {
    SourceLocation where = LocateOffset(file, text, too_deep);
    where.source_line.clear();  // a line of 100,000 brackets helps no one
    diagnostics.Error(where, "values nested more than " + std::to_string(kMaxJsonDepth) +
                                 " deep; no gongkai file nests so deep: is this the right file?");
    return false;
  }
  try {
    DocumentBuilder builder(document, parts);
    Json::sax_parse(text.begin(), text.end(), &builder);
  } catch (const nlohmann::json::parse_error& error) {
    std::string what = error.what();
    const size_t detail = what.find("syntax error");
    if (detail != std::string::npos) what = what.substr(detail);
    if (what.find("unexpected string literal; expected '}'") != std::string::npos ||
        what.find("unexpected string literal; expected ']'") != std::string::npos) {
      what += " (is a comma missing before it?)";
    }
    diagnostics.Error(LocateOffset(file, text, TokenStart(text, error.byte)), "malformed JSON: " + what);
    return false;
  } catch (const nlohmann::json::out_of_range& error) {
    // "1e999": a number too large for a double. Not a parse_error, and
    // uncaught it would end the whole program.
    const auto [literal, offset] = LocateOverflowingNumber(text, error.what());
    diagnostics.Error(LocateOffset(file, text, offset), "malformed JSON: the number " + literal + " is too large to read");
    return false;
  } catch (const nlohmann::json::exception& error) {
    diagnostics.Error(SourceLocation{file}, std::string("malformed JSON: ") + error.what());
    return false;
  }
  return true;
}

}  // namespace

bool ParseJsonDocument(const std::string& file, const std::string& text, nlohmann::json& document,
                       Diagnostics& diagnostics) {
  return Parse(file, text, document, nullptr, diagnostics);
}

bool ParseJsonDocument(const std::string& file, const std::string& text, nlohmann::json& document,
                       const JsonParts& parts, Diagnostics& diagnostics) {
  return Parse(file, text, document, &parts, diagnostics);
}

}  // namespace gongkai
