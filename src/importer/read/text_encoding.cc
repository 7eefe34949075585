#include "importer/read/text_encoding.h"

#include <iconv.h>

#include <algorithm>
#include <cerrno>
#include <vector>

#include "format/utf8_text.h"

namespace gongkai {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

bool StartsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// `bytes` converted from `from` to UTF-8 by iconv; nullopt with the offset
// of the first byte iconv could not convert (or of a sequence cut off at
// the end).
std::optional<std::string> Convert(const char* from, std::string_view bytes, size_t& bad_offset) {
  iconv_t converter = iconv_open("UTF-8", from);
  if (converter == reinterpret_cast<iconv_t>(-1)) {
    bad_offset = 0;
    return std::nullopt;
  }
  std::string out;
  std::vector<char> buffer(std::max<size_t>(4096, bytes.size() * 2));
  char* in = const_cast<char*>(bytes.data());
  size_t in_left = bytes.size();
  bool ok = true;
  while (in_left > 0) {
    char* next = buffer.data();
    size_t out_left = buffer.size();
    const size_t result = iconv(converter, &in, &in_left, &next, &out_left);
    out.append(buffer.data(), next);
    if (result == static_cast<size_t>(-1) && errno != E2BIG) {
      ok = false;  // EILSEQ: not of this encoding; EINVAL: cut off at the end
      break;
    }
  }
  iconv_close(converter);
  if (!ok) {
    bad_offset = bytes.size() - in_left;
    return std::nullopt;
  }
  return out;
}

// Why the UTF-8 at `offset` is refused, as the loader would refuse it.
DecodeFailureKind Utf8DamageAt(std::string_view text, size_t offset) {
  const auto byte = [&](size_t i) { return i < text.size() ? static_cast<unsigned char>(text[i]) : 0; };
  const unsigned char lead = byte(offset), next = byte(offset + 1);
  if (lead == 0xED && next >= 0xA0 && next <= 0xBF) return DecodeFailureKind::kUtf8Surrogate;
  if (lead == 0xC0 || lead == 0xC1) return DecodeFailureKind::kUtf8Overlong;
  if (lead == 0xE0 && next >= 0x80 && next <= 0x9F) return DecodeFailureKind::kUtf8Overlong;
  if (lead == 0xF0 && next >= 0x80 && next <= 0x8F) return DecodeFailureKind::kUtf8Overlong;
  return DecodeFailureKind::kDamagedUtf8;
}

// A text is UTF-8 with some damage, rather than another encoding, when its
// well-formed characters of three or four bytes (every Han character in
// UTF-8) far outnumber its damaged characters. GBK text forms such a
// character only by chance, one in many, and damages nearly every other.
bool MostlyUtf8(std::string_view text) {
  size_t long_characters = 0, damaged = 0;
  for (size_t i = 0; i < text.size();) {
    const size_t bad = FindInvalidUtf8(text.substr(i));
    const size_t end = bad == std::string_view::npos ? text.size() : i + bad;
    for (size_t j = i; j < end; ++j) long_characters += static_cast<unsigned char>(text[j]) >= 0xE0;
    if (bad == std::string_view::npos) break;
    ++damaged;
    // A surrogate or overlong form is one damaged character of several
    // bytes, all of the right shape: skip it whole.
    const unsigned char lead = static_cast<unsigned char>(text[end]);
    const size_t length = lead >= 0xF0 && lead <= 0xF7 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    size_t shaped = 1;
    while (shaped < length && end + shaped < text.size() && (static_cast<unsigned char>(text[end + shaped]) & 0xC0) == 0x80) {
      ++shaped;
    }
    i = end + (shaped == length ? length : 1);
  }
  return long_characters >= 4 * damaged;
}

// GB18030 adds four-byte sequences (a digit as second byte) to GBK; a text
// without one is GBK, as most Chinese Windows programs save it.
bool HasFourByteGb18030(std::string_view bytes) {
  for (size_t i = 0; i < bytes.size();) {
    const unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    const unsigned char next = i + 1 < bytes.size() ? static_cast<unsigned char>(bytes[i + 1]) : 0;
    if (next >= 0x30 && next <= 0x39) return true;
    i += 2;
  }
  return false;
}

std::optional<DecodedText> DecodeUtf16(std::string_view bytes, bool little_endian, DecodeFailure& failure) {
  size_t bad = 0;
  auto text = Convert(little_endian ? "UTF-16LE" : "UTF-16BE", bytes.substr(2), bad);
  if (!text) {
    failure = {DecodeFailureKind::kBadUtf16, bad + 2, false};
    return std::nullopt;
  }
  return DecodedText{std::move(*text), little_endian ? "UTF-16LE（带 BOM）" : "UTF-16BE（带 BOM）"};
}

std::optional<DecodedText> DecodeGb18030(std::string_view bytes, DecodeFailure& failure) {
  size_t bad = 0;
  auto text = Convert("GB18030", bytes, bad);
  if (!text) {
    failure = {DecodeFailureKind::kUnknownEncoding, bad, true};
    return std::nullopt;
  }
  return DecodedText{std::move(*text), HasFourByteGb18030(bytes) ? "GB18030" : "GBK"};
}

// How a declared charset names the encodings decoded here: "utf-8", "gb"
// (gb2312, gbk, gb18030 and their aliases: one family, GB18030 reads all),
// "utf-16", or the name itself.
std::string CharsetFamily(std::string name) {
  std::transform(name.begin(), name.end(), name.begin(),
                 [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  name.erase(std::remove(name.begin(), name.end(), '-'), name.end());
  name.erase(std::remove(name.begin(), name.end(), '_'), name.end());
  if (name == "utf8") return "utf-8";
  if (StartsWith(name, "utf16") || name == "unicode") return "utf-16";
  for (const char* gb : {"gb2312", "gbk", "gb18030", "xgbk", "cp936", "windows936", "euccn", "hzgb2312"}) {
    if (name == gb) return "gb";
  }
  return name;
}

std::string FamilyOfEncoding(const std::string& encoding) {
  if (StartsWith(encoding, "UTF-8")) return "utf-8";
  if (StartsWith(encoding, "UTF-16")) return "utf-16";
  return "gb";
}

// The charset the page's head declares: <meta charset="…">, <meta
// http-equiv="Content-Type" content="text/html; charset=…"> or <?xml …
// encoding="…"?>. Searched in the first 4 KB, where browsers look.
std::string DeclaredCharset(std::string_view text) {
  std::string head(text.substr(0, 4096));
  std::transform(head.begin(), head.end(), head.begin(),
                 [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  for (const std::string key : {"charset", "encoding"}) {
    size_t at = 0;
    while ((at = head.find(key, at)) != std::string::npos) {
      size_t i = at + key.size();
      at = i;
      while (i < head.size() && head[i] == ' ') ++i;
      if (i >= head.size() || head[i] != '=') continue;
      ++i;
      while (i < head.size() && (head[i] == ' ' || head[i] == '"' || head[i] == '\'')) ++i;
      const size_t start = i;
      while (i < head.size() && (std::isalnum(static_cast<unsigned char>(head[i])) || head[i] == '-' || head[i] == '_')) ++i;
      if (i > start) return std::string(text.substr(start, i - start));
    }
  }
  return "";
}

}  // namespace

std::optional<DecodedText> DecodeText(std::string_view bytes, DecodeFailure& failure) {
  if (StartsWith(bytes, kUtf16LeBom)) return DecodeUtf16(bytes, true, failure);
  if (StartsWith(bytes, kUtf16BeBom)) return DecodeUtf16(bytes, false, failure);
  const bool bom = StartsWith(bytes, kUtf8Bom);
  const std::string_view body = bom ? bytes.substr(kUtf8Bom.size()) : bytes;
  const size_t bad = FindInvalidUtf8(body);
  if (bad == std::string_view::npos) return DecodedText{std::string(body), bom ? "UTF-8（带 BOM）" : "UTF-8"};
  // A byte order mark says UTF-8, whatever follows it.
  if (bom || MostlyUtf8(body)) {
    failure = {Utf8DamageAt(body, bad), bad + (bom ? kUtf8Bom.size() : 0), true};
    return std::nullopt;
  }
  return DecodeGb18030(bytes, failure);
}

std::optional<DecodedPage> DecodeHtmlPage(std::string_view bytes, DecodeFailure& failure) {
  // Read the declaration from the bytes as they are first: it is ASCII in
  // every encoding but UTF-16, whose pages are decoded by their mark.
  std::string declared = DeclaredCharset(bytes);
  const std::string family = declared.empty() ? "" : CharsetFamily(declared);
  std::optional<DecodedText> decoded;
  const bool known_family = family.empty() || family == "utf-8" || family == "gb" || family == "utf-16";
  if (!known_family && !StartsWith(bytes, kUtf16LeBom) && !StartsWith(bytes, kUtf16BeBom) &&
      FindInvalidUtf8(bytes) != std::string_view::npos) {
    // Another charset (big5, iso-8859-1 …) over bytes that are not UTF-8:
    // the declaration is all there is to go by.
    size_t bad = 0;
    if (auto text = Convert(declared.c_str(), bytes, bad)) decoded = DecodedText{std::move(*text), declared};
  }
  if (!decoded) decoded = DecodeText(bytes, failure);
  if (!decoded) return std::nullopt;
  DecodedPage page;
  if (declared.empty()) declared = DeclaredCharset(decoded->text);  // a UTF-16 page's own declaration
  page.declared = declared;
  // Plain ASCII is the same in every charset declared: no contradiction.
  if (!declared.empty() && !IsAscii(decoded->text) && decoded->encoding != declared) {
    page.declaration_wrong = CharsetFamily(declared) != FamilyOfEncoding(decoded->encoding);
  }
  page.decoded = std::move(*decoded);
  return page;
}

}  // namespace gongkai
