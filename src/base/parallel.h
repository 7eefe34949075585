// ForEachIndex: the one way gongkai spreads work over cores. Each stage
// that can (render, check, write, removing the old site) hands it the
// number of items and a body that writes its result to slot `i` of its
// own vector, so the output cannot depend on which thread ran what, or on
// how many there were: a build with --jobs 1 and --jobs 8 writes the same
// bytes.
#pragma once

#include <cstddef>
#include <functional>

namespace gongkai {

// `jobs` as the user asked for it: 0 means every core this machine has.
unsigned WorkerCount(unsigned jobs);

// Calls body(i) for every i in [0, count), on at most WorkerCount(jobs)
// threads (none started for jobs 1 or a single item), and returns when all
// are done. REQUIRES: body is safe to run concurrently for distinct i.
void ForEachIndex(size_t count, unsigned jobs, const std::function<void(size_t)>& body);

// The same, telling the body which worker runs it: body(worker, i) with
// worker in [0, WorkerCount(jobs)), one thread per worker, so that state
// kept per worker (render's parsed templates) is never shared.
void ForEachIndexOnWorkers(size_t count, unsigned jobs, const std::function<void(size_t worker, size_t i)>& body);

}  // namespace gongkai
