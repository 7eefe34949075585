#include "cli/build_progress.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>

namespace gongkai {
namespace {

struct StageName {
  BuildStage stage;
  const char* name;
};

// One word per stage, as a reader of the terminal knows them.
constexpr StageName kStageNames[] = {
    {BuildStage::kLoad, "读取内容"},   {BuildStage::kValidate, "校验数据"}, {BuildStage::kDownloads, "生成下载文件"},
    {BuildStage::kRender, "生成页面"}, {BuildStage::kIndex, "建立搜索索引"}, {BuildStage::kSitemap, "生成站点地图"},
    {BuildStage::kCheck, "检查新站点"}, {BuildStage::kWrite, "写入站点"},
};

// A redraw at most this often: a terminal is slower than the renderer.
constexpr std::chrono::milliseconds kRedrawInterval{100};

std::string Seconds(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f 秒", seconds);
  return text;
}

// Display columns of UTF-8 text: CJK characters take two.
size_t DisplayWidth(const std::string& text) {
  size_t width = 0;
  for (size_t i = 0; i < text.size();) {
    const unsigned char lead = static_cast<unsigned char>(text[i]);
    const size_t length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    width += length >= 3 ? 2 : 1;
    i += length;
  }
  return width;
}

// The process's peak resident memory so far in MiB (Linux: VmHWM of
// /proc/self/status), 0 where it cannot be read: --verbose shows it after
// each stage, so that a large build shows which stage sets its peak.
size_t PeakMemoryMiB() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.compare(0, 6, "VmHWM:") == 0) return std::strtoul(line.c_str() + 6, nullptr, 10) / 1024;
  }
  return 0;
}

}  // namespace

const char* BuildStageName(BuildStage stage) {
  for (const StageName& entry : kStageNames) {
    if (entry.stage == stage) return entry.name;
  }
  return "";
}

BuildProgress::BuildProgress(std::ostream& err, bool live, bool verbose) : err_(err), live_(live), verbose_(verbose) {}

void BuildProgress::StageStarted(BuildStage stage) {
  std::lock_guard<std::mutex> lock(mutex_);
  stage_start_ = Clock::now();
  spent_within_ = 0;
  if (live_) DrawLine(std::string(BuildStageName(stage)) + " … " + Seconds(std::chrono::duration<double>(stage_start_ - start_).count()));
}

void BuildProgress::PagesRendered(size_t done, size_t total) {
  if (!live_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  const Clock::time_point now = Clock::now();
  if (done != total && now - last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  DrawLine(std::string(BuildStageName(BuildStage::kRender)) + " " + std::to_string(done) + "/" + std::to_string(total) +
           " 页 " + Seconds(std::chrono::duration<double>(now - start_).count()));
}

void BuildProgress::StageFinished(BuildStage stage) {
  std::lock_guard<std::mutex> lock(mutex_);
  timings_.push_back({stage, std::chrono::duration<double>(Clock::now() - stage_start_).count() - spent_within_});
  spent_within_ = 0;
  peaks_.push_back({stage, PeakMemoryMiB()});
}

void BuildProgress::StageSpent(BuildStage stage, double seconds) {
  std::lock_guard<std::mutex> lock(mutex_);
  timings_.push_back({stage, seconds});
  spent_within_ += seconds;
}

void BuildProgress::DrawLine(const std::string& text) {
  const size_t width = DisplayWidth(text);
  err_ << '\r' << text;
  if (width < drawn_width_) err_ << std::string(drawn_width_ - width, ' ');
  err_ << std::flush;
  drawn_width_ = width;
}

void BuildProgress::Finish() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (live_ && drawn_width_ > 0) err_ << '\r' << std::string(drawn_width_, ' ') << '\r' << std::flush;
  drawn_width_ = 0;
  if (!verbose_) return;
  // A stage's times summed, in the order of the stages: the check and the
  // write recur with every stage that streams files into them.
  std::vector<std::pair<BuildStage, double>> totals;
  for (const auto& [stage, seconds] : timings_) {
    auto known = std::find_if(totals.begin(), totals.end(), [&](const auto& total) { return total.first == stage; });
    if (known == totals.end()) {
      totals.push_back({stage, seconds});
    } else {
      known->second += seconds;
    }
  }
  std::stable_sort(totals.begin(), totals.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [stage, seconds] : totals) {
    char line[128];
    const auto peak = std::find_if(peaks_.begin(), peaks_.end(), [&](const auto& entry) { return entry.first == stage; });
    if (peak != peaks_.end() && peak->second > 0) {
      std::snprintf(line, sizeof line, "gongkai build: %s %.2f 秒（此时内存峰值 %zu MiB）\n", BuildStageName(stage), seconds,
                    peak->second);
    } else {
      std::snprintf(line, sizeof line, "gongkai build: %s %.2f 秒\n", BuildStageName(stage), seconds);
    }
    err_ << line;
  }
  err_ << "gongkai build: 合计 " << Seconds(std::chrono::duration<double>(Clock::now() - start_).count()) << "\n";
}

}  // namespace gongkai
