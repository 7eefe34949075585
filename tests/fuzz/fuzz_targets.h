// The fuzz targets: each takes arbitrary bytes, runs one reader of
// untrusted input, and aborts when a property every input must keep is
// broken (a crash, a hang or a sanitizer report is caught by libFuzzer
// itself).
//
// Each is built twice: into a libFuzzer binary (tests/fuzz/<name>_fuzzer.cc,
// only with -DGONGKAI_FUZZ=ON and clang), and into the unit tests, which
// replay tests/fuzz/corpus/<name>/ and tests/fuzz/regressions/<name>/ on
// every `make test`, so a crash once found stays fixed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace gongkai::fuzz {

using FuzzTarget = void (*)(const uint8_t* data, size_t size);

struct NamedTarget {
  const char* name;  // also the folder name under corpus/ and regressions/
  FuzzTarget run;
};

// department.json and site.json (format/content_json.h). Property: what
// loads without errors writes back and loads again without errors.
void FuzzContentJson(const uint8_t* data, size_t size);

// A 指标值 (format/target_value_reader.h). Property: the text is kept as
// published, and a reading is always given.
void FuzzTargetValue(const uint8_t* data, size_t size);

// A section file through front matter and markdown (format/section_file.h,
// render/markdown.h). Property: the HTML parses cleanly and breaks no rule
// of gongkai check (no script, handler, style, foreign URL or element).
void FuzzMarkdown(const uint8_t* data, size_t size);

// tables.json and the CSV downloads made from it (format/budget_tables_*).
// Properties: what loads without errors writes back and loads again, and
// each table's CSV reads back as RFC 4180.
void FuzzBudgetTables(const uint8_t* data, size_t size);

// gongkai check itself on any page (check/html_page.h, check/page_rules.h).
void FuzzHtmlCheck(const uint8_t* data, size_t size);

// The importer's readers of published documents (importer/): format
// detection and the Word text and PDF text readers through ImportDocument,
// then the content files it would write, read back by the loader.
void FuzzImportDocument(const uint8_t* data, size_t size);
void FuzzWordTextReader(const uint8_t* data, size_t size);
void FuzzPdfTextReader(const uint8_t* data, size_t size);
// The PDF reader (poppler) and the tables and 填报表 read from its words;
// the same for space-aligned text. Property: no crash, every table row has
// a cell per column, and the report formats.
void FuzzPdfDocument(const uint8_t* data, size_t size);
void FuzzLayoutTables(const uint8_t* data, size_t size);
// A patch file (content/patches/*.patch.json): read without an exception,
// every diagnostic formats, and a file that reads applies to a document
// without a crash.
void FuzzSourcePatches(const uint8_t* data, size_t size);

const std::vector<NamedTarget>& AllTargets();

}  // namespace gongkai::fuzz
