// View: the data a template sees (a mustache "view"), built by the page
// renderers from the model. Text is escaped by the template ({{name}});
// only HTML that gongkai itself produced (rendered markdown, SVG) may be
// placed with {{{name}}}.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace gongkai {

class View {
 public:
  enum class Kind { kText, kFlag, kList, kObject };

  View() : kind_(Kind::kObject) {}
  View(std::string text) : kind_(Kind::kText), text_(std::move(text)) {}  // NOLINT: views read best implicit
  View(const char* text) : kind_(Kind::kText), text_(text) {}             // NOLINT
  View(bool flag) : kind_(Kind::kFlag), flag_(flag) {}                   // NOLINT
  static View List() {
    View view;
    view.kind_ = Kind::kList;
    return view;
  }

  // Object: later Set of the same key replaces the earlier one.
  View& Set(const std::string& key, View value);
  // List: appends.
  View& Push(View item);

  Kind kind() const { return kind_; }
  const std::string& text() const { return text_; }
  bool flag() const { return flag_; }
  const std::vector<View>& items() const { return items_; }
  const std::vector<std::pair<std::string, View>>& fields() const { return fields_; }
  bool empty() const { return items_.empty(); }

 private:
  Kind kind_;
  std::string text_;
  bool flag_ = false;
  std::vector<View> items_;
  std::vector<std::pair<std::string, View>> fields_;
};

}  // namespace gongkai
