// BuildProgress: how `gongkai build` shows where it is. On a terminal, one
// line redrawn in place (stage, pages done / total, elapsed); with
// --verbose, each stage's time when the build ends. Nothing at all when
// stderr is not a terminal (a log, CI) or with --quiet, unless --verbose.
#pragma once

#include <chrono>
#include <mutex>
#include <ostream>
#include <string>
#include <vector>

#include "pipeline.h"

namespace gongkai {

// The stage as the progress line and the timings name it.
const char* BuildStageName(BuildStage stage);

class BuildProgress : public BuildObserver {
 public:
  // `live`: redraw a progress line on `err`. `verbose`: print stage timings in Finish().
  BuildProgress(std::ostream& err, bool live, bool verbose);

  void StageStarted(BuildStage stage) override;
  void PagesRendered(size_t done, size_t total) override;
  void StageFinished(BuildStage stage) override;
  void StageSpent(BuildStage stage, double seconds) override;

  // Clears the progress line, then prints the timings if asked for.
  void Finish();

 private:
  using Clock = std::chrono::steady_clock;
  void DrawLine(const std::string& text);  // REQUIRES: mutex_ held

  std::ostream& err_;
  const bool live_;
  const bool verbose_;
  const Clock::time_point start_ = Clock::now();
  std::mutex mutex_;  // PagesRendered comes from the render threads
  Clock::time_point stage_start_;
  double spent_within_ = 0;  // StageSpent seconds since the running stage started
  Clock::time_point last_draw_;
  size_t drawn_width_ = 0;
  std::vector<std::pair<BuildStage, size_t>> peaks_;    // peak memory (MiB) when each stage ended
  std::vector<std::pair<BuildStage, double>> timings_;  // seconds, in the order stages ran (a stage may recur)
};

}  // namespace gongkai
