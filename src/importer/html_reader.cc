#include "importer/html_reader.h"

#include <algorithm>
#include <map>
#include <set>

#include "base/markup_tree.h"
#include "importer/cell_repair.h"
#include "importer/cjk_text.h"
#include "importer/import_messages.h"
#include "importer/read/grid_source.h"
#include "importer/read/text_encoding.h"
#include "importer/word_text_lines.h"

namespace gongkai {
namespace {

bool IsSkipped(const std::string& name) {
  static const std::set<std::string> kSkipped = {"head", "script", "style", "noscript", "template", "title",
                                                 "iframe", "object", "svg", "select", "button"};
  return kSkipped.count(name) > 0;
}

bool IsBlock(const std::string& name) {
  static const std::set<std::string> kBlocks = {"p",  "div", "h1",     "h2",      "h3",      "h4",     "h5",
                                                "h6", "li",  "dt",     "dd",      "pre",     "section", "article",
                                                "header", "footer", "blockquote", "center", "form", "ul", "ol",
                                                "dl", "caption", "main", "nav", "aside", "address", "hr", "body"};
  return kBlocks.count(name) > 0;
}

// A portal's page template around the disclosure, told by the element's
// class or id (words in it, lowercased) or by the element itself. Each
// entry says what the part is, for the report.
struct TemplatePart {
  const char* marker;
  const char* what;
};
const TemplatePart kTemplateMarkers[] = {
    {"breadcrumb", "页面位置（面包屑导航）"}, {"crumb", "页面位置（面包屑导航）"}, {"dqwz", "页面位置（面包屑导航）"},
    {"weizhi", "页面位置（面包屑导航）"},     {"location", "页面位置（面包屑导航）"}, {"nav", "网站导航栏"},
    {"menu", "网站导航栏"},                   {"daohang", "网站导航栏"},              {"footer", "网站页脚"},
    {"copyright", "网站页脚"},                {"banquan", "网站页脚"},                {"share", "分享按钮"},
    {"fenxiang", "分享按钮"},
};
// Text that opens a breadcrumb however the template marks it.
const char* const kBreadcrumbStarts[] = {"当前位置", "您现在的位置", "您的位置", "您所在的位置", "所在位置"};

std::string Lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); });
  return text;
}

// What template part `element` is, or nullptr for the page's own text.
const char* TemplatePartOf(const MarkupNode& element) {
  if (element.name == "nav") return "网站导航栏";
  const std::string marks = Lowercase(element.Attribute("class") + " " + element.Attribute("id"));
  for (const TemplatePart& part : kTemplateMarkers) {
    if (marks.find(part.marker) != std::string::npos) return part.what;
  }
  return nullptr;
}

int SpanOf(const MarkupNode& cell, const char* attribute) {
  const std::string text = cell.Attribute(attribute);
  if (!text.empty() && text.size() < 4 && text.find_first_not_of("0123456789") == std::string::npos) {
    return std::max(1, std::stoi(text));
  }
  return 1;
}

bool IsCentred(const MarkupNode& element) {
  if (element.name == "center" || element.name == "h1" || element.name == "h2") return true;
  const std::string style = Lowercase(element.Attribute("style"));
  std::string compact;
  for (const char c : style) {
    if (c != ' ') compact += c;
  }
  return Lowercase(element.Attribute("align")) == "center" || compact.find("text-align:center") != std::string::npos;
}

// Collapses runs of spaces (and U+00A0) to one, keeping '\n' (from <br>)
// as a line break.
std::string CollapseSpaces(const std::string& text) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const bool nbsp = c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0';
    if (c == ' ' || nbsp) {
      space = true;
      if (nbsp) ++i;
      continue;
    }
    if (c == '\n') {
      out += '\n';
      space = false;
      continue;
    }
    if (space && !out.empty() && out.back() != '\n') out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Where in the page's source a left-out part starts: the report numbers
// the page's paragraphs and cells, so the file's own line is named apart.
std::string SourceLineWords(int line) {
  return line > 0 ? "（网页源文件第 " + std::to_string(line) + " 行起）" : "";
}

// Template code a server should have run and did not (a page saved from
// the editor, or served raw): JSP, ASP and PHP blocks <% … %> <?php … ?>
// out of the bytes, before parsing; each noted.
std::string WithoutServerCode(const std::string& bytes, std::vector<ReaderNote>& notes) {
  std::string out;
  size_t at = 0;
  int directives = 0;
  std::string first;
  int first_line = 0;
  while (at < bytes.size()) {
    size_t open = bytes.find("<%", at);
    const size_t php = bytes.find("<?php", at);
    std::string close = "%>";
    if (php < open) open = php, close = "?>";
    if (open == std::string::npos) break;
    const size_t end = bytes.find(close, open + 2);
    if (end == std::string::npos) break;
    out.append(bytes, at, open - at);
    if (first.empty()) {
      first = bytes.substr(open, end + close.size() - open);
      first_line = 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + static_cast<long>(open), '\n'));
    }
    // Its line breaks stay, so that the lines libxml2 counts are the file's.
    out.append(static_cast<size_t>(std::count(bytes.begin() + static_cast<long>(open),
                                              bytes.begin() + static_cast<long>(end + close.size()), '\n')),
               '\n');
    ++directives;
    at = end + close.size();
  }
  if (directives == 0) return bytes;
  out.append(bytes, at, std::string::npos);
  notes.push_back({false, 0, "网页模板的服务器代码（JSP/ASP/PHP 指令，共 " + std::to_string(directives) + " 处），不是正文，未读入" +
                          SourceLineWords(first_line),
                      Abbreviate(first, 40)});
  return out;
}

// Expression-language placeholders a template did not fill (${…}, #{…}):
// out of the text, counted.
std::string WithoutPlaceholders(const std::string& text, int& count, std::string& first) {
  std::string out;
  size_t at = 0;
  while (at < text.size()) {
    size_t open = std::min(text.find("${", at), text.find("#{", at));
    if (open == std::string::npos) break;
    const size_t end = text.find('}', open + 2);
    if (end == std::string::npos) break;
    out.append(text, at, open - at);
    if (first.empty()) first = text.substr(open, end + 1 - open);
    ++count;
    at = end + 1;
  }
  out.append(text, at, std::string::npos);
  return out;
}

class PageReader {
 public:
  explicit PageReader(std::vector<ReaderNote>& notes) : notes_(notes) {}

  void Blocks(const MarkupNode& parent) {
    for (const MarkupNode& node : parent.children) Node(node);
    Flush();
  }

  void ReportPlaceholders() {
    if (placeholders_ == 0) return;
    notes_.push_back({false, 0, "网页模板未填入的占位符（${…}，共 " + std::to_string(placeholders_) + " 处），未读入" +
                             SourceLineWords(placeholder_line_),
                         placeholder_example_});
  }

  std::vector<SourceBlock>& blocks() { return blocks_; }
  int paragraphs() const { return paragraphs_; }
  // The kinds of template part left out, in the order met (网站导航栏 …).
  const std::vector<std::string>& left_out() const { return left_out_; }
  int rows() const { return rows_; }

 private:
  void Node(const MarkupNode& node) {
    if (node.kind == MarkupNode::Kind::kText) {
      // A line break in the page's source is a space; only <br> breaks a line.
      const int before = placeholders_;
      const std::string text = WithoutPlaceholders(node.text, placeholders_, placeholder_example_);
      if (before == 0 && placeholders_ > 0) placeholder_line_ = node.line;
      if (TrimAscii(pending_).empty() && !TrimAscii(text).empty()) pending_line_ = node.line;
      for (const char c : text) {
        pending_ += c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
      }
      return;
    }
    const std::string& name = node.name;
    if (IsSkipped(name)) return;
    if (const char* part = TemplatePartOf(node)) {
      Flush();
      LeaveOut(part, node.Text(), node.line);
      return;
    }
    if (name == "br") {
      pending_ += '\n';
      return;
    }
    if (name == "table") {
      Flush();
      if (IsLayoutTable(node)) {
        // A table that lays out the page, not one of data: its cells' content in order.
        std::vector<const MarkupNode*> rows;
        CollectRows(node, rows);
        for (const MarkupNode* row : rows) {
          for (const MarkupNode& cell : row->children) {
            if (cell.IsElement("td") || cell.IsElement("th")) Blocks(cell);
          }
        }
        return;
      }
      Table(node);
      return;
    }
    const bool block = IsBlock(name);
    if (block) Flush();
    const bool centred = block && IsCentred(node);
    const size_t first_block = blocks_.size();
    for (const MarkupNode& child : node.children) Node(child);
    if (block) Flush();
    if (centred) {
      for (size_t b = first_block; b < blocks_.size(); ++b) blocks_[b].centred = blocks_[b].kind == SourceBlock::Kind::kParagraph;
    }
  }

  void LeaveOut(const char* what, const std::string& text, int line) {
    const std::string shown = TrimAscii(CollapseSpaces(text));
    if (shown.empty()) return;
    if (std::find(left_out_.begin(), left_out_.end(), what) == left_out_.end()) left_out_.push_back(what);
    notes_.push_back({false, 0, std::string("网页模板的") + what + "，不是正文，未读入" + SourceLineWords(line),
                      Abbreviate(shown, 40)});
  }

  // Ends the paragraph being collected.
  void Flush() {
    const std::string text = MendSplitCell(CollapseSpaces(pending_));
    pending_.clear();
    const std::vector<std::string> lines = SplitTextLines(text);
    if (lines.empty()) return;
    for (const char* start : kBreadcrumbStarts) {
      if (StartsWith(lines[0], start)) {
        LeaveOut("页面位置（面包屑导航）", text, pending_line_);
        return;
      }
    }
    SourceBlock block;
    block.text = text;
    blocks_.push_back(std::move(block));
    ++paragraphs_;
  }

  // A table that holds a table, or only one column: the page's frame.
  static bool IsLayoutTable(const MarkupNode& table) {
    std::vector<const MarkupNode*> rows;
    CollectRows(table, rows);
    size_t widest = 0;
    for (const MarkupNode* row : rows) {
      size_t cells = 0;
      for (const MarkupNode& cell : row->children) {
        if (!cell.IsElement("td") && !cell.IsElement("th")) continue;
        cells += static_cast<size_t>(SpanOf(cell, "colspan"));
        if (HoldsTable(cell)) return true;
      }
      widest = std::max(widest, cells);
    }
    return widest <= 1;
  }

  static bool HoldsTable(const MarkupNode& node) {
    for (const MarkupNode& child : node.children) {
      if (child.IsElement("table") || HoldsTable(child)) return true;
    }
    return false;
  }

  void Table(const MarkupNode& table) {
    std::vector<const MarkupNode*> rows;
    CollectRows(table, rows);
    std::map<int, int> covered;  // grid column -> rows still covered by a rowspan from above
    for (const MarkupNode* row : rows) {
      SourceBlock block;
      block.kind = SourceBlock::Kind::kTableRow;
      int column = 0;
      const auto skip_covered = [&]() {
        while (covered.count(column) && covered[column] > 0) {
          --covered[column];
          // The merged cell above, as Word prints it: empty.
          block.cells.push_back({{}, column, 1, /*covered=*/true});
          ++column;
        }
      };
      for (const MarkupNode& cell : row->children) {
        if (!cell.IsElement("td") && !cell.IsElement("th")) continue;
        skip_covered();
        const int rowspan = SpanOf(cell, "rowspan"), colspan = SpanOf(cell, "colspan");
        for (int c = 0; c < colspan; ++c) {
          if (rowspan > 1) covered[column + c] = rowspan - 1;
        }
        block.cells.push_back({CellParagraphs(cell), column, colspan, false});
        column += colspan;
      }
      skip_covered();
      if (!block.cells.empty()) {
        blocks_.push_back(std::move(block));
        ++rows_;
      }
    }
  }

  // tr elements of this table, not of tables nested in its cells.
  static void CollectRows(const MarkupNode& node, std::vector<const MarkupNode*>& rows) {
    for (const MarkupNode& child : node.children) {
      if (child.kind != MarkupNode::Kind::kElement) continue;
      if (child.name == "tr") rows.push_back(&child);
      else if (child.name == "thead" || child.name == "tbody" || child.name == "tfoot") CollectRows(child, rows);
    }
  }

  std::vector<std::string> CellParagraphs(const MarkupNode& cell) {
    PageReader inner(notes_);
    inner.Blocks(cell);
    placeholders_ += inner.placeholders_;
    if (placeholder_example_.empty()) placeholder_example_ = inner.placeholder_example_;
    std::vector<std::string> paragraphs;
    for (const SourceBlock& block : inner.blocks()) {
      // A table nested in the cell: its cells' text.
      if (block.kind == SourceBlock::Kind::kParagraph) {
        for (const std::string& line : SplitTextLines(block.text)) paragraphs.push_back(line);
        continue;
      }
      for (const SourceCell& nested : block.cells) {
        for (const std::string& line : nested.paragraphs) paragraphs.push_back(line);
      }
    }
    return paragraphs;
  }

  std::vector<ReaderNote>& notes_;
  std::vector<SourceBlock> blocks_;
  std::string pending_;
  std::vector<std::string> left_out_;
  int pending_line_ = 0;      // the source line the pending paragraph starts on
  int placeholder_line_ = 0;  // the source line of the first placeholder
  int paragraphs_ = 0;
  int rows_ = 0;
  int placeholders_ = 0;
  std::string placeholder_example_;
};

}  // namespace

std::optional<SourceDocument> ReadHtml(const std::string& path, const std::string& bytes, Diagnostics& diagnostics) {
  // Decoded by what the bytes are (read/text_encoding.h), not by the
  // declaration, which may lie; libxml2 then reads UTF-8 and ignores it.
  DecodeFailure failure;
  const auto decoded_page = DecodeHtmlPage(bytes, failure);
  if (!decoded_page) return TextSourceDocument(path, bytes, diagnostics);  // reports the failure as for any text
  GridSource source;
  const std::string page = WithoutServerCode(decoded_page->decoded.text, source.notes);
  const MarkupParse parse = ParseHtml(page, "UTF-8");
  if (!parse.root) {
    diagnostics.Error(FileLocation(path), ImportMessage(ImportMessageId::kHtmlUnparsable));
    return std::nullopt;
  }
  const MarkupNode* body = parse.root->Child("body");
  PageReader reader(source.notes);
  reader.Blocks(body ? *body : *parse.root);
  reader.ReportPlaceholders();
  source.blocks = std::move(reader.blocks());
  if (source.blocks.empty()) {
    // A column's front page or a list of articles: say so, not "no tables".
    std::string parts;
    for (const std::string& part : reader.left_out()) parts += (parts.empty() ? "" : "、") + part;
    diagnostics.Error(FileLocation(path), ImportMessage(ImportMessageId::kHtmlOnlyFrame, {parts.empty() ? "没有段落和表格" : parts}));
    return std::nullopt;
  }
  SourceDocument document =
      GridSourceDocument(path, SourceKind::kHtml, source, GridLineForm::kWordText,
                         "网页的段落与表格单元格，从 1 起编号（" + std::to_string(reader.paragraphs()) + " 个段落，" +
                             std::to_string(reader.rows()) + " 个表格行）");
  document.encoding = decoded_page->decoded.encoding;
  if (decoded_page->declaration_wrong) {
    document.encoding_warning =
        ImportMessage(ImportMessageId::kHtmlCharsetWrong, {decoded_page->declared, decoded_page->decoded.encoding});
  }
  return document;
}

}  // namespace gongkai
