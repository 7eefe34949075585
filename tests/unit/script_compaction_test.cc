#include <catch2/catch.hpp>

#include "load/script_compaction.h"

using namespace gongkai;

TEST_CASE("Scripts are published without comment lines, blank lines and indentation") {
  const std::string script =
      "// What this file is.\n"
      "(function () {\n"
      "  \"use strict\";\n"
      "\n"
      "  // Why the next line.\n"
      "  var url = \"http://example.org/a\"; // kept: a comment after code\n"
      "\t\tvar re = /\\/\\//g;\n"
      "})();\n";
  CHECK(CompactScript(script) ==
        "(function () {\n"
        "\"use strict\";\n"
        "var url = \"http://example.org/a\"; // kept: a comment after code\n"
        "var re = /\\/\\//g;\n"
        "})();\n");
}

TEST_CASE("A library's licence notice stays with it") {
  CHECK(CompactScript("// @license MIT, see LICENSE\n//! lib 1.2\n  // why\nlib();\n") ==
        "// @license MIT, see LICENSE\n//! lib 1.2\nlib();\n");
}

TEST_CASE("Line breaks stay where they were, so automatic semicolons do not move") {
  CHECK(CompactScript("a = b\n  // note\n  (c)\n") == "a = b\n(c)\n");
  CHECK(CompactScript("x = 1\r\n  // note\r\n  y = 2\r\n") == "x = 1\r\ny = 2\r\n");
}

TEST_CASE("A script where a line break may be inside a literal or a comment is left as it is") {
  const std::string template_literal = "var s = `a\n  // not a comment\n  b`;\n";
  CHECK(CompactScript(template_literal) == template_literal);
  const std::string continued = "var s = \"a\\\n  // not a comment\\\n  b\";\n";
  CHECK(CompactScript(continued) == continued);
  const std::string block = "/* start\n// end */\n  code();\n";
  CHECK(CompactScript(block) == block);
}
