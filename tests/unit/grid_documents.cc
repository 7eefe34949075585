#include "grid_documents.h"

#include <zip.h>

#include <catch2/catch.hpp>

namespace gongkai::testing {
namespace {

SpecCell T(const std::string& text, int columns = 1, int rows = 1) { return {text, columns, rows, false}; }
SpecCell N(const std::string& text) { return {text, 1, 1, true}; }

// Where each cell of a table sits on the grid: rows as written skip the
// columns a cell above still covers.
struct PlacedCell {
  const SpecCell* cell = nullptr;
  int row = 0, column = 0;
};
struct GridPlan {
  std::vector<PlacedCell> cells;                       // in row order
  std::map<std::pair<int, int>, const PlacedCell*> covering;  // (row, column) → the merged cell over it from above
};

GridPlan Plan(const SpecTable& table) {
  GridPlan plan;
  std::map<std::pair<int, int>, bool> taken;
  plan.cells.reserve(64 * table.rows.size());
  for (size_t r = 0; r < table.rows.size(); ++r) {
    int column = 0;
    for (const SpecCell& cell : table.rows[r]) {
      while (taken.count({static_cast<int>(r), column})) ++column;
      plan.cells.push_back({&cell, static_cast<int>(r), column});
      for (int dr = 0; dr < cell.rows; ++dr) {
        for (int dc = 0; dc < cell.columns; ++dc) taken[{static_cast<int>(r) + dr, column + dc}] = true;
      }
      column += cell.columns;
    }
  }
  for (const PlacedCell& placed : plan.cells) {
    for (int dr = 1; dr < placed.cell->rows; ++dr) plan.covering[{placed.row + dr, placed.column}] = &placed;
  }
  return plan;
}

std::string Escape(const std::string& text) {
  std::string out;
  for (const char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
  return out;
}

std::string ColumnName(int column) {
  std::string name;
  for (int c = column + 1; c > 0; c = (c - 1) / 26) name.insert(name.begin(), static_cast<char>('A' + (c - 1) % 26));
  return name;
}

std::string Reference(int row, int column) { return ColumnName(column) + std::to_string(row + 1); }

std::string DocxParagraph(const std::string& text, bool centred = false) {
  return "<w:p>" + std::string(centred ? "<w:pPr><w:jc w:val=\"center\"/></w:pPr>" : "") +
         "<w:r><w:t xml:space=\"preserve\">" + Escape(text) + "</w:t></w:r></w:p>";
}

std::string DocxTable(const SpecTable& table) {
  const GridPlan plan = Plan(table);
  std::string xml = "<w:tbl><w:tblGrid>";
  for (int c = 0; c < table.width; ++c) xml += "<w:gridCol w:w=\"1200\"/>";
  xml += "</w:tblGrid>";
  size_t next = 0;
  for (size_t r = 0; r < table.rows.size(); ++r) {
    xml += "<w:tr>";
    for (int column = 0; column < table.width;) {
      const auto covered = plan.covering.find({static_cast<int>(r), column});
      if (covered != plan.covering.end()) {
        // A continuation of the vertical merge above: no text of its own.
        const int span = covered->second->cell->columns;
        xml += "<w:tc><w:tcPr>" + (span > 1 ? "<w:gridSpan w:val=\"" + std::to_string(span) + "\"/>" : std::string()) +
               "<w:vMerge/></w:tcPr><w:p/></w:tc>";
        column += span;
        continue;
      }
      if (next >= plan.cells.size() || plan.cells[next].row != static_cast<int>(r)) break;
      const SpecCell& cell = *plan.cells[next++].cell;
      std::string properties;
      if (cell.columns > 1) properties += "<w:gridSpan w:val=\"" + std::to_string(cell.columns) + "\"/>";
      if (cell.rows > 1) properties += "<w:vMerge w:val=\"restart\"/>";
      xml += "<w:tc>" + (properties.empty() ? "" : "<w:tcPr>" + properties + "</w:tcPr>") + DocxParagraph(cell.text) + "</w:tc>";
      column += cell.columns;
    }
    xml += "</w:tr>";
  }
  return xml + "</w:tbl>";
}

}  // namespace

std::vector<SpecTable> ShanghaiJusticeTables() {
  SpecTable spending;
  spending.title = "2026年部门支出预算总表";
  spending.width = 7;
  spending.rows = {
      {T("编制部门：上海市普陀区司法局", 6), T("单位：元")},
      {T("项目", 4), T("支出预算", 3)},
      {T("功能分类科目编码", 3), T("功能分类科目名称", 1, 2), T("合计", 1, 2), T("基本支出", 1, 2), T("项目支出", 1, 2)},
      {T("类"), T("款"), T("项")},
  };
  const std::vector<std::vector<std::string>> rows = {
      {"204", "", "", "公共安全支出", "87267272.44", "16726725.44", "70540547.00"},
      {"204", "06", "", "司法", "87267272.44", "16726725.44", "70540547.00"},
      {"204", "06", "01", "行政运行", "16726725.44", "16726725.44", "0.00"},
      {"204", "06", "04", "基层司法业务", "21703947.00", "0.00", "21703947.00"},
      {"204", "06", "05", "普法宣传", "1242900.00", "0.00", "1242900.00"},
      {"204", "06", "07", "公共法律服务", "6860000.00", "0.00", "6860000.00"},
      {"204", "06", "13", "信息化建设", "2278800.00", "0.00", "2278800.00"},
      {"204", "06", "99", "其他司法支出", "38454900.00", "0.00", "38454900.00"},
      {"208", "", "", "社会保障和就业支出", "3343704.00", "3343704.00", "0.00"},
      {"208", "05", "", "行政事业单位养老支出", "3343704.00", "3343704.00", "0.00"},
      {"208", "05", "01", "行政单位离退休", "578040.00", "578040.00", "0.00"},
      {"208", "05", "05", "机关事业单位基本养老保险缴费支出", "1839485.00", "1839485.00", "0.00"},
      {"208", "05", "06", "机关事业单位职业年金缴费支出", "919739.00", "919739.00", "0.00"},
      {"208", "05", "99", "其他行政事业单位养老支出", "6440.00", "6440.00", "0.00"},
      {"210", "", "", "卫生健康支出", "1149678.00", "1149678.00", "0.00"},
      {"210", "11", "", "行政事业单位医疗", "1149678.00", "1149678.00", "0.00"},
      {"210", "11", "01", "行政单位医疗", "1149678.00", "1149678.00", "0.00"},
      {"221", "", "", "住房保障支出", "4521559.00", "4521559.00", "0.00"},
      {"221", "02", "", "住房改革支出", "4521559.00", "4521559.00", "0.00"},
      {"221", "02", "01", "住房公积金", "2087959.00", "2087959.00", "0.00"},
      {"221", "02", "03", "购房补贴", "2433600.00", "2433600.00", "0.00"},
  };
  for (const auto& row : rows) {
    spending.rows.push_back({T(row[0]), T(row[1]), T(row[2]), T(row[3]), N(row[4]), N(row[5]), N(row[6])});
  }
  spending.rows.push_back({T("合计", 4), N("96282213.44"), N("25741666.44"), N("70540547.00")});

  SpecTable three;
  three.title = "2026年部门“三公”经费和机关运行经费预算表";
  three.width = 7;
  three.rows = {
      {T("编制部门：上海市普陀区司法局", 6), T("单位:万元")},
      {T("“三公”经费预算数", 6), T("机关运行经费预算数", 1, 3)},
      {T("合计", 1, 2), T("因公出国(境)费", 1, 2), T("公务接待费", 1, 2), T("公务用车购置及运行费", 3)},
      {T("小计"), T("购置费"), T("运行费")},
      {N("10.81"), N("0"), N("0.83"), N("9.98"), N("0"), N("9.98"), N("217.83")},
  };
  return {spending, three};
}

std::string DocxDocumentXml(const std::vector<SpecTable>& tables, const std::vector<std::string>& lead) {
  std::string body;
  for (const std::string& paragraph : lead) body += DocxParagraph(paragraph);
  for (const SpecTable& table : tables) body += DocxParagraph(table.title, /*centred=*/true) + DocxTable(table);
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document "
         "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
         body + "</w:body></w:document>";
}

std::map<std::string, std::string> DocxParts(const std::string& document_xml, const std::string& numbering_xml) {
  std::map<std::string, std::string> parts = {
      {"[Content_Types].xml",
       "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
      {"word/document.xml", document_xml},
  };
  if (!numbering_xml.empty()) parts["word/numbering.xml"] = numbering_xml;
  return parts;
}

std::string HtmlPage(const std::vector<SpecTable>& tables) {
  std::string page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>预算公开</title></head><body>\n";
  for (const SpecTable& table : tables) {
    page += "<p style=\"text-align: center\"><b>" + Escape(table.title) + "</b></p>\n<table border=\"1\">\n";
    for (const auto& row : table.rows) {
      page += "<tr>";
      for (const SpecCell& cell : row) {
        page += "<td";
        if (cell.columns > 1) page += " colspan=\"" + std::to_string(cell.columns) + "\"";
        if (cell.rows > 1) page += " rowspan=\"" + std::to_string(cell.rows) + "\"";
        page += ">" + Escape(cell.text) + "</td>";
      }
      page += "</tr>\n";
    }
    page += "</table>\n";
  }
  return page + "</body></html>\n";
}

std::map<std::string, std::string> XlsxParts(const std::vector<SpecTable>& tables) {
  std::string workbook =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
  std::string relationships =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  std::map<std::string, std::string> parts;
  // Shared strings for text; numbers as stored binary doubles would print
  // them (a sum keeps its binary noise: …44000001), in style 1 "0.00" or
  // style 0 General.
  std::vector<std::string> strings;
  for (size_t t = 0; t < tables.size(); ++t) {
    const SpecTable& table = tables[t];
    const std::string n = std::to_string(t + 1);
    workbook += "<sheet name=\"表" + n + "\" sheetId=\"" + n + "\" r:id=\"rId" + n + "\"/>";
    relationships += "<Relationship Id=\"rId" + n +
                     "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                     "Target=\"worksheets/sheet" + n + ".xml\"/>";
    GridPlan plan = Plan(table);
    std::string sheet =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData>";
    std::string merges;
    const auto text_cell = [&](int row, int column, const std::string& text) {
      strings.push_back(text);
      return "<c r=\"" + Reference(row, column) + "\" t=\"s\"><v>" + std::to_string(strings.size() - 1) + "</v></c>";
    };
    // Row 1: the title over the table's width.
    sheet += "<row r=\"1\">" + text_cell(0, 0, table.title) + "</row>";
    merges += "<mergeCell ref=\"A1:" + Reference(0, table.width - 1) + "\"/>";
    size_t next = 0;
    for (size_t r = 0; r < table.rows.size(); ++r) {
      const int row = static_cast<int>(r) + 1;
      sheet += "<row r=\"" + std::to_string(row + 1) + "\">";
      for (; next < plan.cells.size() && plan.cells[next].row == static_cast<int>(r); ++next) {
        const PlacedCell& placed = plan.cells[next];
        const SpecCell& cell = *placed.cell;
        if (cell.number) {
          // Stored as Excel stores the double ("70540547" for 70540547.00;
          // a SUM's result with its binary noise), shown by style 1 "0.00"
          // when the table prints decimals, else General.
          const bool decimals = cell.text.find('.') != std::string::npos;
          std::string stored = cell.text;
          if (decimals && stored.size() > 3 && stored.compare(stored.size() - 3, 3, ".00") == 0) stored.resize(stored.size() - 3);
          if (cell.text == "25741666.44") stored = "25741666.440000001";
          sheet += "<c r=\"" + Reference(row, placed.column) + "\" s=\"" + (decimals ? "1" : "0") + "\"><v>" + stored + "</v></c>";
        } else if (!cell.text.empty()) {
          sheet += text_cell(row, placed.column, cell.text);
        }
        if (cell.columns > 1 || cell.rows > 1) {
          merges += "<mergeCell ref=\"" + Reference(row, placed.column) + ":" +
                    Reference(row + cell.rows - 1, placed.column + cell.columns - 1) + "\"/>";
        }
      }
      sheet += "</row>";
    }
    sheet += "</sheetData><mergeCells>" + merges + "</mergeCells></worksheet>";
    parts["xl/worksheets/sheet" + n + ".xml"] = sheet;
  }
  workbook += "</sheets></workbook>";
  relationships += "</Relationships>";
  std::string shared = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
  for (const std::string& text : strings) shared += "<si><t>" + Escape(text) + "</t></si>";
  shared += "</sst>";
  parts["[Content_Types].xml"] =
      "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
  parts["xl/workbook.xml"] = workbook;
  parts["xl/_rels/workbook.xml.rels"] = relationships;
  parts["xl/sharedStrings.xml"] = shared;
  parts["xl/styles.xml"] =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"2\"/></cellXfs></styleSheet>";
  return parts;
}

void WriteZip(const std::string& path, const std::map<std::string, std::string>& parts, bool encrypt) {
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  REQUIRE(archive);
  for (const auto& [name, bytes] : parts) {
    zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    REQUIRE(source);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    REQUIRE(index >= 0);
    if (encrypt) REQUIRE(zip_file_set_encryption(archive, index, ZIP_EM_AES_256, "secret") == 0);
  }
  REQUIRE(zip_close(archive) == 0);
}

bool ZipEncryptionSupported() { return zip_encryption_method_supported(ZIP_EM_AES_256, 1) != 0; }

}  // namespace gongkai::testing
