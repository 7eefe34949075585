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

namespace {
// Partials at the start of a line, nested, in two layouts' places, missing.
Theme PartialsTheme() {
  Theme theme;
  theme.layouts["page"] = {"themes/x/layouts/page.mustache",
                           "<ul>\n{{#items}}\n  {{> item}}\n{{/items}}\n</ul>\n{{>footer }}{{> absent}}"};
  theme.partials["item"] = {"themes/x/partials/item.mustache", "<li>{{name}}{{> mark}}</li>\n"};
  theme.partials["mark"] = {"themes/x/partials/mark.mustache", "{{#marked}}*{{/marked}}"};
  theme.partials["footer"] = {"themes/x/partials/footer.mustache", "<footer>{{> mark}}</footer>"};
  return theme;
}

View ItemsView(const std::string& name, bool marked) {
  View view;
  View items = View::List();
  View item;
  item.Set("name", name);
  item.Set("marked", View(marked));
  items.Push(item);
  view.Set("items", items);
  return view;
}
}  // namespace

TEST_CASE("a worker renders page after page the bytes kainjow gives with each partial parsed at its tag", "[template]") {
  Diagnostics diagnostics;
  const auto engine = TemplateEngine::Compile(PartialsTheme(), diagnostics);
  // A theme that changes delimiters keeps every {{> name}} a tag, which
  // kainjow parses where it meets it: the reference.
  Theme tags_theme = PartialsTheme();
  tags_theme.partials["unused"] = {"themes/x/partials/unused.mustache", "{{=<% %>=}}<%name%>"};
  const auto tags_engine = TemplateEngine::Compile(tags_theme, diagnostics);
  REQUIRE(engine);
  REQUIRE(tags_engine);
  TemplateEngine::Worker worker(*engine);
  TemplateEngine::Worker tags_worker(*tags_engine);
  for (const bool marked : {false, true}) {
    const View view = ItemsView(marked ? "乙" : "甲", marked);
    std::set<std::string> missing;
    std::set<std::string> missing_at_tags;
    const std::string html = worker.Render("page", view, missing);
    CHECK(html == tags_worker.Render("page", view, missing_at_tags));
    CHECK(missing == missing_at_tags);
    CHECK(missing.count("> absent") == 1);
    CHECK(html.find(marked ? "<li>乙*</li>" : "<li>甲</li>") != std::string::npos);
  }
}
