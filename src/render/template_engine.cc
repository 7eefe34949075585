#include "render/template_engine.h"

#include <kainjow/mustache.hpp>

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

}  // namespace

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
  // Parsed per call: templates are small, and a fresh object per render is
  // what makes concurrent rendering safe (kainjow keeps state in it).
  Mustache tmpl(it->second.text);
  tmpl.set_custom_escape(EscapeHtml);
  std::map<std::string, Data> partials;
  for (const auto& partial : partials_) {
    const std::string text = partial.second.text;
    partials.emplace(partial.first, Data(kainjow::mustache::partial([text]() { return text; })));
  }
  const Data root = ToData(view);
  RecordingContext context(&root, partials, missing);
  return tmpl.render(context);
}

std::string TemplateEngine::LayoutFile(const std::string& layout) const {
  const auto it = layouts_.find(layout);
  return it == layouts_.end() ? layout : it->second.file;
}

}  // namespace gongkai
