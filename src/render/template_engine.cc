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

// `text` with each {{> name}} of a partial the theme has replaced by that
// partial's text, itself expanded. kainjow renders a partial in the
// context and on the line of its tag, as written-in text renders, so the
// bytes are the same. Left as tags, for kainjow to resolve (and report)
// while rendering: a partial the theme lacks, and one nested deeper than
// `depth` (a partial that includes itself).
std::string ExpandPartials(const std::string& text, const std::map<std::string, TemplateSource>& partials, int depth) {
  std::string expanded;
  size_t from = 0;
  for (size_t open; (open = text.find("{{>", from)) != std::string::npos;) {
    const size_t close = text.find("}}", open + 3);
    if (close == std::string::npos) break;
    const size_t first = text.find_first_not_of(" \t", open + 3);
    const size_t last = text.find_last_not_of(" \t", close - 1);
    const std::string name = first < close && last >= first ? text.substr(first, last - first + 1) : "";
    const auto partial = partials.find(name);
    expanded.append(text, from, open - from);
    if (partial != partials.end() && depth > 0) {
      expanded += ExpandPartials(partial->second.text, partials, depth - 1);
    } else {
      expanded.append(text, open, close + 2 - open);
    }
    from = close + 2;
  }
  expanded.append(text, from, std::string::npos);
  return expanded;
}

// A theme that changes delimiters ({{=<% %>=}}) keeps its partials as tags:
// kainjow parses a partial with the default delimiters, written-in text
// would be parsed with the layout's.
bool ChangesDelimiters(const Theme& theme) {
  for (const auto* templates : {&theme.layouts, &theme.partials}) {
    for (const auto& entry : *templates) {
      if (entry.second.text.find("{{=") != std::string::npos) return true;
    }
  }
  return false;
}

std::map<std::string, Data> PartialData(const std::map<std::string, TemplateSource>& sources) {
  std::map<std::string, Data> partials;
  for (const auto& partial : sources) {
    const std::string text = partial.second.text;
    partials.emplace(partial.first, Data(kainjow::mustache::partial([text]() { return text; })));
  }
  return partials;
}

std::string RenderParsed(Mustache& tmpl, const std::map<std::string, Data>& partials, const View& view,
                         std::set<std::string>& missing) {
  const Data root = ToData(view);
  RecordingContext context(&root, partials, missing);
  return tmpl.render(context);
}

constexpr int kPartialDepth = 16;

}  // namespace

TemplateEngine::TemplateEngine(const Theme& theme) : layouts_(theme.layouts), partials_(theme.partials) {
  const bool expand = !ChangesDelimiters(theme);
  for (const auto& layout : layouts_) {
    expanded_layouts_[layout.first] =
        expand ? ExpandPartials(layout.second.text, partials_, kPartialDepth) : layout.second.text;
  }
}

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
  Worker worker(*this);
  return worker.Render(layout, view, missing);
}

struct TemplateEngine::Worker::Parsed {
  std::map<std::string, std::unique_ptr<Mustache>> layouts;  // parsed on first use
  std::map<std::string, Data> partials;
};

TemplateEngine::Worker::Worker(const TemplateEngine& engine) : engine_(&engine), parsed_(std::make_unique<Parsed>()) {
  parsed_->partials = PartialData(engine.partials_);
}
TemplateEngine::Worker::~Worker() = default;
TemplateEngine::Worker::Worker(Worker&&) noexcept = default;
TemplateEngine::Worker& TemplateEngine::Worker::operator=(Worker&&) noexcept = default;

std::string TemplateEngine::Worker::Render(const std::string& layout, const View& view, std::set<std::string>& missing) {
  const auto source = engine_->expanded_layouts_.find(layout);
  if (source == engine_->expanded_layouts_.end()) {
    missing.insert("layout " + layout);
    return "";
  }
  std::unique_ptr<Mustache>& tmpl = parsed_->layouts[layout];
  if (!tmpl) {
    tmpl = std::make_unique<Mustache>(source->second);
    tmpl->set_custom_escape(EscapeHtml);
  }
  return RenderParsed(*tmpl, parsed_->partials, view, missing);
}

std::string TemplateEngine::LayoutFile(const std::string& layout) const {
  const auto it = layouts_.find(layout);
  return it == layouts_.end() ? layout : it->second.file;
}

}  // namespace gongkai
