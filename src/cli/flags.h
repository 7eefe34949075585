// Command-line flags: one table per command feeds parsing and --help.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gongkai {

struct FlagSpec {
  std::string name;        // "--out"
  std::string value_name;  // "DIR"; empty for a switch such as --dry-run
  std::string help;        // one line, with the default
};

struct ParsedFlags {
  std::map<std::string, std::string> values;  // "--out" -> "site"; switches -> ""
  std::vector<std::string> positional;
  bool help = false;  // -h / --help was given

  bool Has(const std::string& name) const { return values.count(name) > 0; }
  std::string Get(const std::string& name, const std::string& fallback) const;
};

// What was wrong with the command line, as parts, so that each command
// words it in its own language (gongkai import speaks Chinese).
struct FlagError {
  enum class Kind { kUnknownFlag, kTakesNoValue, kNeedsValue, kUnexpectedArgument };
  Kind kind = Kind::kUnknownFlag;
  std::string argument;    // the flag or argument as given: "--otu"
  std::string suggestion;  // the closest known flag, "" when none is close
  std::string value_name;  // kNeedsValue: what the flag takes ("DIR")
  std::string message;     // in English: "unknown flag --otu; did you mean --out?"
};

// Accepts "--flag value" and "--flag=value". Positional arguments are
// allowed only when `allow_positional`.
std::optional<ParsedFlags> ParseFlags(const std::vector<std::string>& args, const std::vector<FlagSpec>& specs,
                                      bool allow_positional, FlagError& error);

// The flag table as help text, one aligned line per flag.
std::string FlagHelp(const std::vector<FlagSpec>& specs);

}  // namespace gongkai
