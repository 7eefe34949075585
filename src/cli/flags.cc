#include "cli/flags.h"

#include <algorithm>

#include "base/spelling.h"

namespace gongkai {

std::string ParsedFlags::Get(const std::string& name, const std::string& fallback) const {
  const auto it = values.find(name);
  return it == values.end() ? fallback : it->second;
}

std::optional<ParsedFlags> ParseFlags(const std::vector<std::string>& args, const std::vector<FlagSpec>& specs,
                                      bool allow_positional, FlagError& error) {
  ParsedFlags parsed;
  std::vector<std::string> names;
  for (const FlagSpec& spec : specs) names.push_back(spec.name);
  for (size_t i = 0; i < args.size(); ++i) {
    std::string arg = args[i];
    if (arg == "-h" || arg == "--help") {
      parsed.help = true;
      continue;
    }
    if (arg.size() > 1 && arg[0] == '-') {
      std::string inline_value;
      bool has_inline_value = false;
      const size_t equals = arg.find('=');
      if (equals != std::string::npos) {
        inline_value = arg.substr(equals + 1);
        arg = arg.substr(0, equals);
        has_inline_value = true;
      }
      const auto spec = std::find_if(specs.begin(), specs.end(), [&](const FlagSpec& s) { return s.name == arg; });
      if (spec == specs.end()) {
        error.kind = FlagError::Kind::kUnknownFlag;
        error.argument = arg;
        error.suggestion = ClosestMatch(arg, names);
        error.message = "unknown flag " + arg;
        if (!error.suggestion.empty()) error.message += "; did you mean " + error.suggestion + "?";
        return std::nullopt;
      }
      if (spec->value_name.empty()) {
        if (has_inline_value) {
          error.kind = FlagError::Kind::kTakesNoValue;
          error.argument = arg;
          error.message = arg + " takes no value";
          return std::nullopt;
        }
        parsed.values[arg] = "";
        continue;
      }
      if (!has_inline_value) {
        if (i + 1 >= args.size()) {
          error.kind = FlagError::Kind::kNeedsValue;
          error.argument = arg;
          error.value_name = spec->value_name;
          error.message = arg + " needs a value: " + arg + " " + spec->value_name;
          return std::nullopt;
        }
        inline_value = args[++i];
      }
      parsed.values[arg] = inline_value;
      continue;
    }
    if (!allow_positional) {
      error.kind = FlagError::Kind::kUnexpectedArgument;
      error.argument = arg;
      error.message = "unexpected argument \"" + arg + "\"";
      return std::nullopt;
    }
    parsed.positional.push_back(arg);
  }
  return parsed;
}

std::string FlagHelp(const std::vector<FlagSpec>& specs) {
  size_t width = 0;
  std::vector<std::string> heads;
  for (const FlagSpec& spec : specs) {
    heads.push_back(spec.name + (spec.value_name.empty() ? "" : " " + spec.value_name));
    width = std::max(width, heads.back().size());
  }
  std::string out;
  for (size_t i = 0; i < specs.size(); ++i) {
    out += "  " + heads[i] + std::string(width - heads[i].size() + 2, ' ') + specs[i].help + "\n";
  }
  return out;
}

}  // namespace gongkai
