#include "download_files.h"

#include <zip.h>

#include <cstdio>
#include <nlohmann/json.hpp>

namespace gongkai::testing {

std::string ReadTable::Cell(const std::vector<std::string>& row, const std::string& column) const {
  for (size_t c = 0; c < columns.size() && c < row.size(); ++c) {
    if (columns[c] == column) return row[c];
  }
  return "";
}

const ReadTable* ReadFile::Find(const std::string& name) const {
  for (const ReadTable& table : tables) {
    if (table.name == name) return &table;
  }
  return nullptr;
}

ReadFile ReadDownload(const std::string& path) {
  ReadFile file;
  const std::string command =
      "python3 '" + std::string(GONGKAI_SOURCE_DIR) + "/tests/unit/read_download.py' '" + path + "' 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  if (!pipe) {
    file.error = "cannot run python3";
    return file;
  }
  std::string output;
  char buffer[65536];
  for (size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) output.append(buffer, n);
  const int status = pclose(pipe);
  if (status != 0) {
    file.error = output;
    return file;
  }
  const nlohmann::json json = nlohmann::json::parse(output, nullptr, false);
  if (json.is_discarded()) {
    file.error = "not JSON: " + output.substr(0, 200);
    return file;
  }
  for (const auto& table : json.at("tables")) {
    ReadTable read;
    read.name = table.at("name").get<std::string>();
    read.columns = table.at("columns").get<std::vector<std::string>>();
    read.rows = table.at("rows").get<std::vector<std::vector<std::string>>>();
    file.tables.push_back(std::move(read));
  }
  if (json.contains("pragmas")) file.pragmas = json.at("pragmas").get<std::map<std::string, std::string>>();
  file.ok = true;
  return file;
}

std::map<std::string, std::string> XlsxEntries(const std::string& bytes) {
  std::map<std::string, std::string> entries;
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) return entries;
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (!archive) {
    zip_source_free(source);
    return entries;
  }
  for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
    zip_stat_t stat;
    if (zip_stat_index(archive, i, 0, &stat) != 0) continue;
    zip_file_t* entry = zip_fopen_index(archive, i, 0);
    if (!entry) continue;
    std::string content(stat.size, '\0');
    const zip_int64_t read = zip_fread(entry, content.data(), stat.size);
    zip_fclose(entry);
    if (read >= 0) entries[stat.name] = content.substr(0, static_cast<size_t>(read));
  }
  zip_close(archive);
  return entries;
}

}  // namespace gongkai::testing
