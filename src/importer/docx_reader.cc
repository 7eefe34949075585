#include "importer/docx_reader.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <cstring>
#include <memory>

#include "importer/docx_numbering.h"
#include "importer/word_text_lines.h"

namespace gongkai {
namespace {

// A bound on what one part may inflate to: a small archive that expands to
// gigabytes (a zip bomb) is refused rather than read.
constexpr zip_uint64_t kMaxPartBytes = 256u << 20;

struct ZipCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};
using Archive = std::unique_ptr<zip_t, ZipCloser>;

enum class PartStatus { kRead, kMissing, kEncrypted, kTooLarge, kDamaged };

PartStatus ReadPart(zip_t* archive, const char* name, std::string& bytes) {
  const zip_int64_t index = zip_name_locate(archive, name, 0);
  if (index < 0) return PartStatus::kMissing;
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive, index, 0, &stat) != 0) return PartStatus::kDamaged;
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) return PartStatus::kEncrypted;
  if ((stat.valid & ZIP_STAT_SIZE) && stat.size > kMaxPartBytes) return PartStatus::kTooLarge;
  zip_file_t* file = zip_fopen_index(archive, index, 0);
  if (!file) {
    const int code = zip_error_code_zip(zip_get_error(archive));
    return code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD ? PartStatus::kEncrypted : PartStatus::kDamaged;
  }
  bytes.clear();
  char buffer[65536];
  zip_int64_t got = 0;
  while ((got = zip_fread(file, buffer, sizeof buffer)) > 0) {
    bytes.append(buffer, static_cast<size_t>(got));
    if (bytes.size() > kMaxPartBytes) break;
  }
  zip_fclose(file);
  if (got < 0) return PartStatus::kDamaged;
  return bytes.size() > kMaxPartBytes ? PartStatus::kTooLarge : PartStatus::kRead;
}

bool Is(const xmlNode* node, const char* name) {
  return node->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(node->name), name) == 0;
}

std::string Attribute(const xmlNode* node, const char* name) {
  for (const xmlAttr* a = node->properties; a; a = a->next) {
    if (std::strcmp(reinterpret_cast<const char*>(a->name), name) == 0 && a->children) {
      return reinterpret_cast<const char*>(a->children->content);
    }
  }
  return "";
}

const xmlNode* Child(const xmlNode* node, const char* name) {
  for (const xmlNode* c = node ? node->children : nullptr; c; c = c->next) {
    if (Is(c, name)) return c;
  }
  return nullptr;
}

class BodyReader {
 public:
  explicit BodyReader(DocxNumbering& numbering) : numbering_(numbering) {}

  void Blocks(const xmlNode* parent) {
    for (const xmlNode* node = parent->children; node; node = node->next) {
      if (Is(node, "p")) {
        lines_.Paragraph(ParagraphText(node));
      } else if (Is(node, "tbl")) {
        Table(node);
      } else if (Is(node, "sdt")) {
        if (const xmlNode* content = Child(node, "sdtContent")) Blocks(content);
      }
    }
  }

  WordTextLines& lines() { return lines_; }

 private:
  std::string ParagraphText(const xmlNode* paragraph) {
    std::string text;
    const xmlNode* numbering = Child(Child(paragraph, "pPr"), "numPr");
    if (numbering) {
      const xmlNode* id = Child(numbering, "numId");
      const xmlNode* level = Child(numbering, "ilvl");
      const std::string level_text = level ? Attribute(level, "val") : "0";
      const int level_number = level_text.size() == 1 && level_text[0] >= '0' && level_text[0] <= '8' ? level_text[0] - '0' : 0;
      if (id) text = numbering_.Next(Attribute(id, "val"), level_number);
    }
    Runs(paragraph, text);
    return text;
  }

  // The text of runs below `node`, in order.
  void Runs(const xmlNode* node, std::string& text) {
    for (const xmlNode* c = node->children; c; c = c->next) {
      if (c->type != XML_ELEMENT_NODE) continue;
      if (Is(c, "t")) {
        xmlChar* content = xmlNodeGetContent(c);
        if (content) text += reinterpret_cast<const char*>(content);
        xmlFree(content);
      } else if (Is(c, "tab")) {
        text += '\t';
      } else if (Is(c, "br") || Is(c, "cr")) {
        text += '\n';
      } else if (Is(c, "noBreakHyphen")) {
        text += '-';
      } else if (Is(c, "pPr") || Is(c, "rPr") || Is(c, "instrText") || Is(c, "delText") || Is(c, "del") ||
                 Is(c, "drawing") || Is(c, "pict") || Is(c, "object") || Is(c, "AlternateContent") ||
                 Is(c, "footnoteReference") || Is(c, "endnoteReference") || Is(c, "commentReference")) {
        continue;  // not text of the paragraph (see the header)
      } else {
        Runs(c, text);  // r, hyperlink, ins, smartTag, fldSimple, sdt …
      }
    }
  }

  void Table(const xmlNode* table) {
    for (const xmlNode* row = table->children; row; row = row->next) {
      if (!Is(row, "tr")) continue;
      std::vector<std::vector<std::string>> cells;
      for (const xmlNode* cell : RowCells(row)) {
        const xmlNode* merge = Child(Child(cell, "tcPr"), "vMerge");
        // Only the first cell of a vertical merge holds the text.
        if (merge && Attribute(merge, "val") != "restart") {
          cells.emplace_back();
          continue;
        }
        cells.push_back(CellParagraphs(cell));
      }
      lines_.Row(cells);
    }
  }

  // The w:tc of a row, also those wrapped in a content control (w:sdt).
  static std::vector<const xmlNode*> RowCells(const xmlNode* row) {
    std::vector<const xmlNode*> cells;
    for (const xmlNode* node = row->children; node; node = node->next) {
      if (Is(node, "tc")) cells.push_back(node);
      if (!Is(node, "sdt")) continue;
      for (const xmlNode* inner = Child(node, "sdtContent") ? Child(node, "sdtContent")->children : nullptr; inner;
           inner = inner->next) {
        if (Is(inner, "tc")) cells.push_back(inner);
      }
    }
    return cells;
  }

  std::vector<std::string> CellParagraphs(const xmlNode* cell) {
    std::vector<std::string> paragraphs;
    for (const xmlNode* node = cell->children; node; node = node->next) {
      if (Is(node, "p")) {
        paragraphs.push_back(ParagraphText(node));
      } else if (Is(node, "tbl")) {
        // A table inside a cell: each of its rows as one line of the cell.
        for (const xmlNode* row = node->children; row; row = row->next) {
          if (!Is(row, "tr")) continue;
          std::string line;
          for (const xmlNode* inner : RowCells(row)) {
            for (const std::string& text : CellParagraphs(inner)) line += (line.empty() ? "" : " ") + text;
          }
          paragraphs.push_back(line);
        }
      }
    }
    return paragraphs;
  }

  DocxNumbering& numbering_;
  WordTextLines lines_;
};

std::string ZipProblem(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string message = zip_error_strerror(&error);
  zip_error_fini(&error);
  return message;
}

}  // namespace

std::optional<SourceDocument> ReadDocx(const std::string& path, const std::string& bytes, Diagnostics& diagnostics) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  Archive archive(source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr);
  if (!archive) {
    if (source) zip_source_free(source);
    const int code = zip_error_code_zip(&error);
    zip_error_fini(&error);
    // A zip's directory is at its end: a file that starts like one but has
    // none was cut off (an interrupted download) or damaged.
    const bool zip_start = bytes.compare(0, 4, "PK\x03\x04") == 0;
    diagnostics.Error(FileLocation(path),
                      code == ZIP_ER_NOZIP && !zip_start
                          ? "not a .docx: the file is not a zip archive"
                          : "damaged .docx: " + ZipProblem(code) + " (cut off or corrupted); open it in Word and save it again");
    return std::nullopt;
  }
  zip_error_fini(&error);
  std::string document_xml, numbering_xml;
  switch (ReadPart(archive.get(), "word/document.xml", document_xml)) {
    case PartStatus::kRead: break;
    case PartStatus::kMissing:
      diagnostics.Error(FileLocation(path), "not a Word document: the archive has no word/document.xml");
      return std::nullopt;
    case PartStatus::kEncrypted:
      diagnostics.Error(FileLocation(path), "the .docx is encrypted; remove the password in Word and save it again");
      return std::nullopt;
    case PartStatus::kTooLarge:
      diagnostics.Error(FileLocation(path), "word/document.xml expands to more than 256 MB; refused");
      return std::nullopt;
    case PartStatus::kDamaged:
      diagnostics.Error(FileLocation(path), "damaged .docx: word/document.xml cannot be read; open it in Word and save it again");
      return std::nullopt;
  }
  if (ReadPart(archive.get(), "word/numbering.xml", numbering_xml) != PartStatus::kRead) numbering_xml.clear();

  xmlDoc* doc = xmlReadMemory(document_xml.data(), static_cast<int>(document_xml.size()), "document.xml", nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  const xmlNode* root = doc ? xmlDocGetRootElement(doc) : nullptr;
  const xmlNode* body = root ? Child(root, "body") : nullptr;
  if (!body) {
    const xmlError* problem = xmlGetLastError();
    std::string detail = problem && problem->message ? std::string(problem->message) : "no w:body";
    while (!detail.empty() && detail.back() == '\n') detail.pop_back();
    if (problem && problem->line > 0) detail = "line " + std::to_string(problem->line) + ": " + detail;
    if (doc) xmlFreeDoc(doc);
    diagnostics.Error(FileLocation(path), "damaged .docx: word/document.xml is not a Word document body (" + detail + ")");
    return std::nullopt;
  }
  DocxNumbering numbering(numbering_xml);
  BodyReader reader(numbering);
  reader.Blocks(body);
  xmlFreeDoc(doc);

  SourceDocument document;
  document.path = path;
  document.kind = SourceKind::kDocx;
  document.lines_are = "paragraphs and table cells of word/document.xml, counted from 1 (" +
                       std::to_string(reader.lines().paragraphs()) + " paragraphs, " +
                       std::to_string(reader.lines().rows()) + " table rows)";
  document.lines = reader.lines().Take();
  return document;
}

}  // namespace gongkai
