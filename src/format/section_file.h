// The content format's narrative files: sections/NN-<id>.md.
//
//   ---
//   format: 1
//   title: 工作保障措施
//   ---
//   markdown body, as published
//
// The number prefix orders the sections on the page; <id> is the anchor.
#pragma once

#include <string>

#include "base/diagnostic.h"
#include "model/site.h"

namespace gongkai {

// `file_name` is the bare name ("03-measures.md"), `file` the path shown in
// messages.
Section ParseSectionFile(const std::string& file, const std::string& file_name, const std::string& text,
                         Diagnostics& diagnostics);

std::string SectionToFile(const Section& section);

// "03-measures.md" -> "measures"; "" when the name does not have that shape.
std::string SectionIdFromFileName(const std::string& file_name);

}  // namespace gongkai
