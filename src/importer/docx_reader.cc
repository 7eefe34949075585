#include "importer/docx_reader.h"

#include "base/markup_tree.h"
#include "importer/docx_numbering.h"
#include "importer/import_messages.h"
#include "importer/read/grid_source.h"
#include "importer/read/zip_archive.h"

namespace gongkai {
namespace {

// The message table's words for a .docx: its form, the program, its body part.
const std::vector<std::string> kDocxWords = {".docx", "Word", "word/document.xml"};

int SpanOf(const MarkupNode* properties, const char* name) {
  const MarkupNode* span = properties ? properties->Child(name) : nullptr;
  const std::string value = span ? span->Attribute("val") : "";
  if (value.empty() || value.size() > 3 || value.find_first_not_of("0123456789") != std::string::npos) return span ? 1 : 0;
  return std::max(1, std::stoi(value));
}

class BodyReader {
 public:
  explicit BodyReader(DocxNumbering& numbering) : numbering_(numbering) {}

  void Blocks(const MarkupNode& parent) {
    for (const MarkupNode& node : parent.children) {
      if (node.IsElement("p")) {
        SourceBlock block;
        block.text = ParagraphText(node);
        const MarkupNode* justification = node.Child("pPr") ? node.Child("pPr")->Child("jc") : nullptr;
        block.centred = justification && justification->Attribute("val") == "center";
        source_.blocks.push_back(std::move(block));
        ++paragraphs_;
      } else if (node.IsElement("tbl")) {
        Table(node);
      } else if (node.IsElement("sdt")) {
        if (const MarkupNode* content = node.Child("sdtContent")) Blocks(*content);
      }
    }
  }

  GridSource& source() { return source_; }
  int paragraphs() const { return paragraphs_; }
  int rows() const { return rows_; }

 private:
  std::string ParagraphText(const MarkupNode& paragraph) {
    std::string text;
    const MarkupNode* properties = paragraph.Child("pPr");
    const MarkupNode* numbering = properties ? properties->Child("numPr") : nullptr;
    if (numbering) {
      const MarkupNode* id = numbering->Child("numId");
      const MarkupNode* level = numbering->Child("ilvl");
      const std::string level_text = level ? level->Attribute("val") : "0";
      const int level_number = level_text.size() == 1 && level_text[0] >= '0' && level_text[0] <= '8' ? level_text[0] - '0' : 0;
      if (id) text = numbering_.Next(id->Attribute("val"), level_number);
    }
    Runs(paragraph, text);
    return text;
  }

  // The text of runs below `node`, in order.
  void Runs(const MarkupNode& node, std::string& text) {
    for (const MarkupNode& c : node.children) {
      if (c.kind != MarkupNode::Kind::kElement) continue;
      if (c.IsElement("t")) {
        text += c.Text();
      } else if (c.IsElement("tab")) {
        text += '\t';
      } else if (c.IsElement("br") || c.IsElement("cr")) {
        text += '\n';
      } else if (c.IsElement("noBreakHyphen")) {
        text += '-';
      } else if (c.IsElement("pPr") || c.IsElement("rPr") || c.IsElement("instrText") || c.IsElement("delText") ||
                 c.IsElement("del") || c.IsElement("drawing") || c.IsElement("pict") || c.IsElement("object") ||
                 c.IsElement("AlternateContent") || c.IsElement("footnoteReference") ||
                 c.IsElement("endnoteReference") || c.IsElement("commentReference")) {
        continue;  // not text of the paragraph (see the header)
      } else {
        Runs(c, text);  // r, hyperlink, ins, smartTag, fldSimple, sdt …
      }
    }
  }

  void Table(const MarkupNode& table) {
    for (const MarkupNode& row : table.children) {
      if (!row.IsElement("tr")) continue;
      SourceBlock block;
      block.kind = SourceBlock::Kind::kTableRow;
      // w:gridBefore: grid columns the row leaves out before its first cell.
      int column = std::max(0, SpanOf(row.Child("trPr"), "gridBefore"));
      for (const MarkupNode* cell : RowCells(row)) {
        const MarkupNode* properties = cell->Child("tcPr");
        const MarkupNode* merge = properties ? properties->Child("vMerge") : nullptr;
        SourceCell read;
        read.column = column;
        read.columns = std::max(1, SpanOf(properties, "gridSpan"));
        // Only the first cell of a vertical merge holds the text.
        read.covered = merge && merge->Attribute("val") != "restart";
        if (!read.covered) read.paragraphs = CellParagraphs(*cell);
        column += read.columns;
        block.cells.push_back(std::move(read));
      }
      source_.blocks.push_back(std::move(block));
      ++rows_;
    }
  }

  // The w:tc of a row, also those wrapped in a content control (w:sdt).
  static std::vector<const MarkupNode*> RowCells(const MarkupNode& row) {
    std::vector<const MarkupNode*> cells;
    for (const MarkupNode& node : row.children) {
      if (node.IsElement("tc")) cells.push_back(&node);
      if (!node.IsElement("sdt") || !node.Child("sdtContent")) continue;
      for (const MarkupNode& inner : node.Child("sdtContent")->children) {
        if (inner.IsElement("tc")) cells.push_back(&inner);
      }
    }
    return cells;
  }

  std::vector<std::string> CellParagraphs(const MarkupNode& cell) {
    std::vector<std::string> paragraphs;
    for (const MarkupNode& node : cell.children) {
      if (node.IsElement("p")) {
        paragraphs.push_back(ParagraphText(node));
      } else if (node.IsElement("tbl")) {
        // A table inside a cell: each of its rows as one line of the cell.
        for (const MarkupNode& row : node.children) {
          if (!row.IsElement("tr")) continue;
          std::string line;
          for (const MarkupNode* inner : RowCells(row)) {
            for (const std::string& text : CellParagraphs(*inner)) line += (line.empty() ? "" : " ") + text;
          }
          paragraphs.push_back(line);
        }
      }
    }
    return paragraphs;
  }

  DocxNumbering& numbering_;
  GridSource source_;
  int paragraphs_ = 0;
  int rows_ = 0;
};

}  // namespace

std::optional<SourceDocument> ReadDocx(const std::string& path, const std::string& bytes, Diagnostics& diagnostics) {
  ZipOpenProblem problem;
  std::optional<ZipArchive> archive = ZipArchive::Open(bytes, problem);
  if (!archive) {
    diagnostics.Error(FileLocation(path), ImportMessage(problem.not_a_zip ? ImportMessageId::kZipNotZip
                                                                          : ImportMessageId::kZipDamaged,
                                                        {".docx", "Word"}));
    return std::nullopt;
  }
  std::string document_xml, numbering_xml;
  switch (archive->Read("word/document.xml", document_xml)) {
    case ZipPartStatus::kRead: break;
    case ZipPartStatus::kMissing:
      diagnostics.Error(FileLocation(path), ImportMessage(ImportMessageId::kZipPartMissing, kDocxWords));
      return std::nullopt;
    case ZipPartStatus::kEncrypted:
      diagnostics.Error(FileLocation(path), ImportMessage(ImportMessageId::kZipEncrypted, kDocxWords));
      return std::nullopt;
    case ZipPartStatus::kTooLarge:
      diagnostics.Error(FileLocation(path), ImportMessage(ImportMessageId::kZipPartTooLarge, kDocxWords));
      return std::nullopt;
    case ZipPartStatus::kDamaged:
      diagnostics.Error(FileLocation(path), ImportMessage(ImportMessageId::kZipPartDamaged, kDocxWords));
      return std::nullopt;
  }
  if (archive->Read("word/numbering.xml", numbering_xml) != ZipPartStatus::kRead) numbering_xml.clear();

  const MarkupParse parse = ParseXml(document_xml);
  const MarkupNode* body = parse.root ? parse.root->Child("body") : nullptr;
  if (!body) {
    // libxml2's own words are English and name no remedy: the line is what helps.
    const std::string detail = parse.root             ? "没有 w:body"
                               : parse.error_line > 0 ? "第 " + std::to_string(parse.error_line) + " 行不是完整的 XML"
                                                      : "不是完整的 XML";
    diagnostics.Error(FileLocation(path), ImportMessage(ImportMessageId::kDocxNoBody, {detail}));
    return std::nullopt;
  }
  DocxNumbering numbering(numbering_xml);
  BodyReader reader(numbering);
  reader.Blocks(*body);
  return GridSourceDocument(path, SourceKind::kDocx, reader.source(), GridLineForm::kWordText,
                            "word/document.xml 的段落与表格单元格，从 1 起编号（" +
                                std::to_string(reader.paragraphs()) + " 个段落，" + std::to_string(reader.rows()) +
                                " 个表格行）");
}

}  // namespace gongkai
