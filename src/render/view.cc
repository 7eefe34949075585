#include "render/view.h"

namespace gongkai {

View& View::Set(const std::string& key, View value) {
  for (auto& field : fields_) {
    if (field.first == key) {
      field.second = std::move(value);
      return *this;
    }
  }
  fields_.emplace_back(key, std::move(value));
  return *this;
}

View& View::Push(View item) {
  items_.push_back(std::move(item));
  return *this;
}

}  // namespace gongkai
