// The character encoding of a text file or web page, told from its bytes,
// and the text decoded to UTF-8: the only user of iconv.
//
// Finance staff save text as Windows does: UTF-8 (often with a byte order
// mark), GBK or GB18030 (the "ANSI" of a Chinese Windows), or UTF-16 with a
// byte order mark (Notepad's "Unicode"). Each is decoded here, once, and the
// encoding named for the report; everything after works on UTF-8.
//
// UTF-8 is checked as strictly as the loader checks content/
// (format/utf8_text.h): a surrogate or an overlong form is refused, never
// passed on. A text that is UTF-8 but for a few damaged bytes is reported
// as damaged UTF-8, not re-read as GBK (which would turn every character
// into another one without a word).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace gongkai {

enum class DecodeFailureKind {
  kDamagedUtf8,     // UTF-8 with bytes that are not UTF-8 (a stray byte, a cut character)
  kUtf8Surrogate,   // UTF-8 of U+D800–U+DFFF: half of a UTF-16 pair, not a character
  kUtf8Overlong,    // a character written with more bytes than it needs
  kUnknownEncoding, // neither UTF-8, GBK/GB18030 nor UTF-16 with a byte order mark
  kBadUtf16,        // UTF-16 with a byte order mark, but cut off or with half a pair
};

struct DecodeFailure {
  DecodeFailureKind kind = DecodeFailureKind::kUnknownEncoding;
  size_t offset = 0;  // of the first byte that could not be decoded, in the file's bytes
  bool offset_in_utf8 = true;  // false for UTF-16, whose lines cannot be counted in its bytes
};

struct DecodedText {
  std::string text;      // UTF-8, without a byte order mark
  std::string encoding;  // for the report: "UTF-8", "UTF-8（带 BOM）", "GBK", "GB18030", "UTF-16LE（带 BOM）" …
};

// `bytes` decoded to UTF-8, or nullopt with `failure` saying where and why.
std::optional<DecodedText> DecodeText(std::string_view bytes, DecodeFailure& failure);

// A web page decoded by what its bytes are, checked against the charset it
// declares (<meta charset>, http-equiv Content-Type, <?xml encoding>): pages
// copied between systems often keep a gb2312 declaration over UTF-8 text,
// or the reverse, and a parser that trusted it would give mojibake.
struct DecodedPage {
  DecodedText decoded;
  std::string declared;  // the charset as the page declares it ("gb2312"); "" when none
  // The declaration names another encoding than the bytes are in; the bytes win.
  bool declaration_wrong = false;
};

std::optional<DecodedPage> DecodeHtmlPage(std::string_view bytes, DecodeFailure& failure);

}  // namespace gongkai
