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

TEST_CASE("a partial gives the same page written into its layout, one that includes itself still renders, and a missing one is recorded",
          "[template]") {
  Theme theme;
  // A nested list: the partial includes itself for each level.
  theme.layouts["page"] = {"themes/x/layouts/page.mustache", "<ul>\n  {{#items}}\n  {{> node}}\n  {{/items}}\n</ul>\n{{> nowhere}}"};
  theme.partials["node"] = {"themes/x/partials/node.mustache",
                            "<li>{{name}}{{#children}}<ul>{{> node}}</ul>{{/children}}</li>\n"};
  Diagnostics diagnostics;
  const auto engine = TemplateEngine::Compile(theme, diagnostics);
  REQUIRE(engine);
  View leaf;
  leaf.Set("name", "乙");
  leaf.Set("children", View::List());  // else mustache finds the parent's children, for ever
  View children = View::List();
  children.Push(leaf);
  View root;
  root.Set("name", "甲");
  root.Set("children", children);
  View items = View::List();
  items.Push(root);
  View view;
  view.Set("items", items);
  std::set<std::string> missing;
  // Standalone section lines drop out; each partial's own line ends as its file does.
  CHECK(engine->Render("page", view, missing) == "<ul>\n  <li>甲<ul><li>乙</li>\n</ul></li>\n\n</ul>\n");
  CHECK(missing == std::set<std::string>{"> nowhere"});
}
