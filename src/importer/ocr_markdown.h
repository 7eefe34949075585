// OCR markdown: a scanned PDF read by OCR into markdown (seed 000).
//
//   # 中共承德高新技术产业开发 区工作委员会党群工作部本 级     headings
//   - 1. 绩效目标:加强干部管理,…                              list items
//   预算规模及 资金用途\t预算数\t5.00\t<b>其中:财政</b> 资金    tab rows, tags
//
// The lines are made into PDF text before the shared reading: heading and
// list marks go, HTML tags go (a <del> with what it holds: OCR marks text
// crossed by a table rule, and what it reads there is noise), and the spaces
// OCR leaves where the printed line wrapped are closed (cell_repair.h; OCR
// also prints full-width punctuation as ASCII, so "素质, 推进" is a seam too).
// Tables then go through ocr_table_rows.h. What is damaged beyond that is
// for the document's patch file (source_patches.h).
#pragma once

#include <string>

#include "importer/performance_document.h"

namespace gongkai {

RecoveredDocument ReadOcrMarkdown(const SourceDocument& document, ImportReport& report, Diagnostics& diagnostics);

// One line made into PDF text (see above); `removed` gets the text of any
// <del> element dropped. Pure: for tests.
std::string OcrLineToText(const std::string& line, std::string* removed);

// The spaces between two Chinese characters, or between one and the ASCII
// punctuation OCR prints for full-width, removed.
std::string MendOcrSeams(const std::string& text);

}  // namespace gongkai
