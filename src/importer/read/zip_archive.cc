#include "importer/read/zip_archive.h"

#include <zip.h>

namespace gongkai {

struct ZipArchive::Handle {
  zip_t* archive = nullptr;
  ~Handle() {
    if (archive) zip_discard(archive);
  }
};

ZipArchive::ZipArchive(std::unique_ptr<Handle> handle) : handle_(std::move(handle)) {}
ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

std::optional<ZipArchive> ZipArchive::Open(const std::string& bytes, ZipOpenProblem& problem) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  if (!archive) {
    if (source) zip_source_free(source);
    // A zip's directory is at its end: a file that starts like one but has
    // none was cut off (an interrupted download) or damaged.
    problem.not_a_zip = zip_error_code_zip(&error) == ZIP_ER_NOZIP && bytes.compare(0, 4, "PK\x03\x04") != 0;
    problem.detail = zip_error_strerror(&error);
    zip_error_fini(&error);
    return std::nullopt;
  }
  zip_error_fini(&error);
  auto handle = std::make_unique<Handle>();
  handle->archive = archive;
  return ZipArchive(std::move(handle));
}

ZipPartStatus ZipArchive::Read(const std::string& name, std::string& bytes) const {
  zip_t* archive = handle_->archive;
  const zip_int64_t index = zip_name_locate(archive, name.c_str(), 0);
  if (index < 0) return ZipPartStatus::kMissing;
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &stat) != 0) return ZipPartStatus::kDamaged;
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) return ZipPartStatus::kEncrypted;
  if ((stat.valid & ZIP_STAT_SIZE) && stat.size > kMaxZipPartBytes) return ZipPartStatus::kTooLarge;
  zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(index), 0);
  if (!file) {
    const int code = zip_error_code_zip(zip_get_error(archive));
    return code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD ? ZipPartStatus::kEncrypted : ZipPartStatus::kDamaged;
  }
  bytes.clear();
  char buffer[65536];
  zip_int64_t got = 0;
  while ((got = zip_fread(file, buffer, sizeof buffer)) > 0) {
    bytes.append(buffer, static_cast<size_t>(got));
    if (bytes.size() > kMaxZipPartBytes) break;
  }
  zip_fclose(file);
  if (got < 0) return ZipPartStatus::kDamaged;
  return bytes.size() > kMaxZipPartBytes ? ZipPartStatus::kTooLarge : ZipPartStatus::kRead;
}

}  // namespace gongkai
