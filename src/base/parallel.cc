#include "base/parallel.h"

#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace gongkai {

unsigned WorkerCount(unsigned jobs) {
  if (jobs > 0) return jobs;
  return std::max(1u, std::thread::hardware_concurrency());  // 0 when unknown
}

void ForEachIndex(size_t count, unsigned jobs, const std::function<void(size_t)>& body) {
  ForEachIndexOnWorkers(count, jobs, [&body](size_t, size_t i) { body(i); });
}

void ForEachIndexOnWorkers(size_t count, unsigned jobs, const std::function<void(size_t worker, size_t i)>& body) {
  const size_t workers = std::min<size_t>(WorkerCount(jobs), count);
  if (workers <= 1) {
    for (size_t i = 0; i < count; ++i) body(0, i);
    return;
  }
  // Items are taken one at a time: pages differ a hundredfold in size, so
  // fixed slices would leave cores idle.
  std::atomic<size_t> next{0};
  std::vector<std::thread> threads;
  threads.reserve(workers);
  for (size_t w = 0; w < workers; ++w) {
    threads.emplace_back([&, w] {
      for (size_t i; (i = next.fetch_add(1)) < count;) body(w, i);
    });
  }
  for (std::thread& thread : threads) thread.join();
}

}  // namespace gongkai
