#include "render/template_engine.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <utility>
#include <vector>

#include "render/html_escape.h"

namespace gongkai {
namespace {

using Data = kainjow::mustache::data;
using Mustache = kainjow::mustache::mustache;

Data ToData(const View& view) {
  switch (view.kind()) {
    case View::Kind::kText: return Data(view.text());
    case View::Kind::kFlag: return Data(view.flag());
    case View::Kind::kList: {
      Data list(Data::type::list);
      for (const View& item : view.items()) list.push_back(ToData(item));
      return list;
    }
    case View::Kind::kObject: {
      Data object;
      for (const auto& field : view.fields()) object.set(field.first, ToData(field.second));
      return object;
    }
  }
  return Data();
}

// A mustache context that serves partials from the theme and remembers
// every name it was asked for and could not find.
class RecordingContext : public kainjow::mustache::basic_context<std::string> {
 public:
  RecordingContext(const Data* root, const std::map<std::string, Data>& partials, std::set<std::string>& missing)
      : partials_(partials), missing_(missing) {
    stack_.push_back(root);
  }
  void push(const Data* data) override { stack_.insert(stack_.begin(), data); }
  void pop() override { stack_.erase(stack_.begin()); }

  const Data* get(const std::string& name) const override {
    if (name == ".") return stack_.front();
    for (const Data* item : stack_) {
      const Data* found = Resolve(item, name);
      if (found) return found;
    }
    missing_.insert(name);
    return nullptr;
  }

  const Data* get_partial(const std::string& name) const override {
    const auto it = partials_.find(name);
    if (it != partials_.end()) return &it->second;
    missing_.insert("> " + name);
    return nullptr;
  }

 private:
  static const Data* Resolve(const Data* item, const std::string& name) {
    size_t start = 0;
    const Data* current = item;
    while (current) {
      const size_t dot = name.find('.', start);
      current = current->get(name.substr(start, dot == std::string::npos ? std::string::npos : dot - start));
      if (dot == std::string::npos) break;
      start = dot + 1;
    }
    return current;
  }

  std::vector<const Data*> stack_;
  const std::map<std::string, Data>& partials_;
  std::set<std::string>& missing_;
};

// kainjow reports "… at <byte offset>"; turn that into file:line:col.
void ReportSyntaxError(const TemplateSource& source, const std::string& message, Diagnostics& diagnostics) {
  const size_t at = message.rfind(" at ");
  size_t offset = 0;
  std::string text = message;
  if (at != std::string::npos) {
    offset = static_cast<size_t>(std::strtoul(message.c_str() + at + 4, nullptr, 10));
    text = message.substr(0, at);
  }
  diagnostics.Error(LocateOffset(source.file, source.text, offset), "template syntax error: " + text);
}

// `{{> name}}` (spaces allowed inside the braces) at `at`: the partial's
// name and where the tag ends, or nullopt.
std::optional<std::pair<std::string, size_t>> PartialTagAt(const std::string& text, size_t at) {
  if (text.compare(at, 2, "{{") != 0) return std::nullopt;
  size_t i = at + 2;
  while (i < text.size() && text[i] == ' ') ++i;
  if (i >= text.size() || text[i] != '>') return std::nullopt;
  const size_t close = text.find("}}", i);
  if (close == std::string::npos) return std::nullopt;
  std::string name = text.substr(i + 1, close - i - 1);
  name.erase(0, name.find_first_not_of(' '));
  name.erase(name.find_last_not_of(' ') + 1);
  return std::make_pair(name, close + 2);
}

// `text` with every partial tag replaced by the partial's own text, itself
// expanded; a partial that includes itself (directly or not) keeps its tag
// there and is served by the context as before. A template that changes
// its delimiters is left as it is: its tags are not {{ }} throughout.
std::string WithPartialsWritten(const std::string& text, const std::map<std::string, TemplateSource>& partials,
                                std::vector<std::string>& open) {
  if (text.find("{{=") != std::string::npos) return text;
  std::string out;
  size_t done = 0;
  for (size_t at = text.find("{{"); at != std::string::npos; at = text.find("{{", at + 2)) {
    const auto tag = PartialTagAt(text, at);
    if (!tag) continue;
    const auto partial = partials.find(tag->first);
    if (partial == partials.end() || std::find(open.begin(), open.end(), tag->first) != open.end() ||
        partial->second.text.find("{{=") != std::string::npos) {
      continue;
    }
    out += text.substr(done, at - done);
    open.push_back(tag->first);
    out += WithPartialsWritten(partial->second.text, partials, open);
    open.pop_back();
    done = tag->second;
    at = done - 2;
  }
  return out + text.substr(done);
}

}  // namespace

struct TemplateEngine::Parsed {
  std::map<std::string, Mustache> layouts;
  std::map<std::string, Data> partials;  // for the tags a recursive partial keeps
};

TemplateEngine::TemplateEngine(const Theme& theme) : layouts_(theme.layouts) {
  auto parsed = std::make_unique<Parsed>();
  for (const auto& [name, source] : theme.layouts) {
    std::vector<std::string> open;
    Mustache layout(WithPartialsWritten(source.text, theme.partials, open));
    layout.set_custom_escape(EscapeHtml);
    parsed->layouts.emplace(name, std::move(layout));
  }
  for (const auto& partial : theme.partials) {
    const std::string text = partial.second.text;
    parsed->partials.emplace(partial.first, Data(kainjow::mustache::partial([text]() { return text; })));
  }
  parsed_ = std::move(parsed);
}

TemplateEngine::TemplateEngine(TemplateEngine&&) noexcept = default;
TemplateEngine& TemplateEngine::operator=(TemplateEngine&&) noexcept = default;
TemplateEngine::~TemplateEngine() = default;

std::optional<TemplateEngine> TemplateEngine::Compile(const Theme& theme, Diagnostics& diagnostics) {
  bool ok = true;
  for (const auto* templates : {&theme.layouts, &theme.partials}) {
    for (const auto& entry : *templates) {
      const Mustache parsed(entry.second.text);
      if (!parsed.is_valid()) {
        ReportSyntaxError(entry.second, parsed.error_message(), diagnostics);
        ok = false;
      }
    }
  }
  if (!ok) return std::nullopt;
  return TemplateEngine(theme);
}

std::string TemplateEngine::Render(const std::string& layout, const View& view, std::set<std::string>& missing) const {
  const auto it = layouts_.find(layout);
  if (it == layouts_.end()) {
    missing.insert("layout " + layout);
    return "";
  }
  // A copy of the parsed layout per call: kainjow keeps render state in
  // the object, so concurrent renders each need their own; copying the
  // parsed tree costs far less than parsing it again.
  Mustache tmpl = parsed_->layouts.at(layout);
  const Data root = ToData(view);
  RecordingContext context(&root, parsed_->partials, missing);
  return tmpl.render(context);
}

std::string TemplateEngine::LayoutFile(const std::string& layout) const {
  const auto it = layouts_.find(layout);
  return it == layouts_.end() ? layout : it->second.file;
}

}  // namespace gongkai
