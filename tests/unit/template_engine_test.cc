#include "render/template_engine.h"

#include <catch2/catch.hpp>

using namespace gongkai;

namespace {
Theme OneLayout(const std::string& text) {
  Theme theme;
  theme.layouts["page"] = {"themes/x/layouts/page.mustache", text};
  theme.partials["item"] = {"themes/x/partials/item.mustache", "<li>{{name}}</li>"};
  return theme;
}
}  // namespace

TEST_CASE("a template syntax error is reported at file:line:col", "[template]") {
  Diagnostics diagnostics;
  const auto engine = TemplateEngine::Compile(OneLayout("<p>\n  {{#items}}\n</p>\n"), diagnostics);
  CHECK_FALSE(engine);
  REQUIRE(diagnostics.all().size() == 1);
  CHECK(FormatDiagnostic(diagnostics.all()[0]).rfind(
            "themes/x/layouts/page.mustache:2:3: error: template syntax error: Unclosed section \"items\"", 0) == 0);
}

TEST_CASE("a variable the view does not provide is recorded", "[template]") {
  Diagnostics diagnostics;
  const auto engine = TemplateEngine::Compile(OneLayout("<h1>{{title}}</h1><ul>{{#items}}{{> item}}{{/items}}</ul>{{tilte}}"), diagnostics);
  REQUIRE(engine);
  View view;
  view.Set("title", "标题 <i>");
  View items = View::List();
  View item;
  item.Set("name", "甲&乙");
  items.Push(item);
  view.Set("items", items);
  std::set<std::string> missing;
  const std::string html = engine->Render("page", view, missing);
  CHECK(html == "<h1>标题 &lt;i&gt;</h1><ul><li>甲&amp;乙</li></ul>");
  CHECK(missing == std::set<std::string>{"tilte"});
}
