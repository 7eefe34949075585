// The fuzz targets in the normal test suite: every input of their corpus
// and every regression (a crash or hang libFuzzer once found) is replayed,
// then a few thousand deterministic mutations of them, so a property broken
// by a change shows up in `make test`, not only in a fuzz run.
#include <catch2/catch.hpp>

#include <filesystem>
#include <random>

#include "fuzz_targets.h"
#include "reliability_support.h"

using namespace gongkai;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> Inputs(const std::string& target) {
  std::vector<std::string> inputs;
  for (const char* kind : {"corpus", "regressions"}) {
    const fs::path dir = fs::path(testing::SourcePath("tests/fuzz")) / kind / target;
    if (!fs::is_directory(dir)) continue;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir)) {
      if (entry.is_regular_file() && entry.path().filename().string()[0] != '.') files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& file : files) inputs.push_back(testing::ReadWholeFile(file.string()));
  }
  return inputs;
}

void Run(fuzz::FuzzTarget target, const std::string& input) {
  target(reinterpret_cast<const uint8_t*>(input.data()), input.size());
}

// The bytes that matter to our formats, and the hostile ones: NUL, ESC,
// U+202E (as its three bytes) and 0xFF. Sized by hand: built from a C
// string, it would stop at the NUL and never try the rest.
const std::string& MutationAlphabet() {
  static const char kBytes[] = "<>&\"'`:/\\{}[]()#*_!|-=+@\r\n\t\x00\x1b\xe2\x80\xae\xff";
  static const std::string alphabet(kBytes, sizeof kBytes - 1);
  return alphabet;
}

// The kinds of change libFuzzer makes most: flip, insert, erase, duplicate,
// splice in a byte that matters to the format.
std::string Mutate(const std::string& input, std::mt19937& random) {
  std::string out = input.empty() ? std::string("x") : input;
  const std::string& kInteresting = MutationAlphabet();
  for (int edits = 1 + static_cast<int>(random() % 4); edits > 0; --edits) {
    const size_t at = random() % out.size();
    switch (random() % 5) {
      case 0: out[at] = static_cast<char>(out[at] ^ (1 << (random() % 8))); break;
      case 1: out.insert(at, 1, kInteresting[random() % kInteresting.size()]); break;
      case 2: out.erase(at, 1 + random() % 8); break;
      case 3: out.insert(at, out.substr(random() % out.size(), 1 + random() % 16)); break;
      default: out[at] = kInteresting[random() % kInteresting.size()]; break;
    }
    if (out.empty()) out = "x";
  }
  return out;
}

}  // namespace

TEST_CASE("fuzz replay: every corpus input and regression keeps its target's properties", "[reliability][fuzz]") {
  for (const fuzz::NamedTarget& target : fuzz::AllTargets()) {
    const std::vector<std::string> inputs = Inputs(target.name);
    INFO(target.name);
    CHECK_FALSE(inputs.empty());
    for (const std::string& input : inputs) Run(target.run, input);  // aborts on a broken property
  }
}

TEST_CASE("fuzz replay: the mutation alphabet holds NUL, ESC, U+202E and 0xFF", "[reliability][fuzz]") {
  // Before: "...\x00..." as a std::string stopped at the NUL.
  const std::string& alphabet = MutationAlphabet();
  CHECK(alphabet.find('\0') != std::string::npos);
  CHECK(alphabet.find('\x1b') != std::string::npos);
  CHECK(alphabet.find("\xe2\x80\xae") != std::string::npos);
  CHECK(alphabet.find('\xff') != std::string::npos);
}

TEST_CASE("fuzz replay: deterministic mutations of the corpus keep the properties", "[reliability][fuzz]") {
  std::mt19937 random(20240601);
  for (const fuzz::NamedTarget& target : fuzz::AllTargets()) {
    const std::vector<std::string> inputs = Inputs(target.name);
    for (int i = 0; i < 300 && !inputs.empty(); ++i) Run(target.run, Mutate(inputs[i % inputs.size()], random));
  }
  SUCCEED();
}
