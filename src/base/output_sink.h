// OutputSink: where a stage hands the files it made, batch by batch, so
// that a build holds one batch of its site at a time, not all of it
// (issue 16: the whole site in memory was 15 GiB at 100,000 projects).
//
// The build's sink checks each page and writes each file into the staging
// folder (write/site_staging.h); tests and `--incremental` collect into
// memory (CollectingSink). A stage calls Put from one thread, in an order
// that does not depend on --jobs, so what the sink sees is deterministic.
#pragma once

#include <string>
#include <utility>

#include "base/output_file.h"

namespace gongkai {

class OutputSink {
 public:
  virtual ~OutputSink() = default;
  // Takes the files; returns false once the sink has failed (it says why in
  // its own diagnostics), so that a stage may stop early.
  virtual bool Put(OutputFiles files) = 0;
  // A file of the site already on disk (`source`: a scratch file, such as
  // the site-wide database SQLite writes), at `path`. A sink that writes
  // copies it block by block, so a file of hundreds of MB is never held;
  // this default reads it and Puts it. False with `error` set when the
  // source could not be read (the caller says so, naming `path`); false
  // with `error` empty when the sink failed, as Put.
  virtual bool PutFile(const std::string& path, const std::string& source, std::string& error);
};

// Keeps every file, in the order given.
class CollectingSink : public OutputSink {
 public:
  bool Put(OutputFiles files) override {
    for (OutputFile& file : files) files_.push_back(std::move(file));
    return true;
  }
  OutputFiles& files() { return files_; }

 private:
  OutputFiles files_;
};

}  // namespace gongkai
