// A zip archive read from memory (a .docx or .xlsx is one): the only file
// of ours that touches libzip. Parts are read whole, within a bound, so a
// small archive that inflates to gigabytes (a zip bomb) is refused rather
// than read.
#pragma once

#include <memory>
#include <optional>
#include <string>

namespace gongkai {

// A bound on what one part may inflate to.
constexpr size_t kMaxZipPartBytes = 256u << 20;

enum class ZipPartStatus { kRead, kMissing, kEncrypted, kTooLarge, kDamaged };

struct ZipOpenProblem {
  bool not_a_zip = false;  // no zip at all (else: a zip, cut off or damaged)
  std::string detail;      // libzip's words for it
};

class ZipArchive {
 public:
  // `bytes` must outlive the archive. nullopt, with `problem` filled, when
  // the bytes are no readable zip.
  static std::optional<ZipArchive> Open(const std::string& bytes, ZipOpenProblem& problem);

  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

  // The part's inflated bytes into `bytes` when kRead.
  ZipPartStatus Read(const std::string& name, std::string& bytes) const;

 private:
  struct Handle;
  explicit ZipArchive(std::unique_ptr<Handle> handle);
  std::unique_ptr<Handle> handle_;
};

}  // namespace gongkai
