# A thin wrapper around CMake: the two commands of the README.
#   make site   install what is missing, build build/gongkai, render content/ into site/
#   make test   the same set-up, then every test through ctest
BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: site test build deps test-deps clean bench bench-deps bench-search bench-load

site: build
	$(BUILD_DIR)/gongkai build --content content --theme themes/default --out site

test: test-deps build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

build: deps
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	cmake --build $(BUILD_DIR) -j $(JOBS)

deps:
	@tools/install-deps build

test-deps:
	@tools/install-deps test

clean:
	rm -rf $(BUILD_DIR) site

# The test suite under AddressSanitizer and UBSan, in build-sanitize/
# (CMakePresets.json: the same preset a CI job can use).
.PHONY: sanitize fuzz
sanitize: test-deps
	cmake --preset sanitize >/dev/null
	cmake --build --preset sanitize -j $(JOBS)
	ctest --preset sanitize -j $(JOBS)

# libFuzzer over every reader of untrusted input, FUZZ_SECONDS each, in
# build-fuzz/ (needs Debian's clang and libclang-rt-14-dev). A crash lands in
# build-fuzz/fuzz-artifacts/; see tests/fuzz/run-fuzzers.
FUZZ_SECONDS ?= 300
fuzz: deps
	@command -v clang++ >/dev/null || { echo "gongkai: make fuzz needs clang: sudo apt-get install -y clang libclang-rt-14-dev" >&2; exit 1; }
	cmake --preset fuzz >/dev/null
	cmake --build --preset fuzz -j $(JOBS)
	tests/fuzz/run-fuzzers build-fuzz $(FUZZ_SECONDS)

# The build benchmark: gongkai beside Hugo on the same synthetic portal of
# BENCH_SIZES (S, M, L: 1,000, 10,000, 100,000 projects), to disk and to
# memory; prints the table (tests/bench/run-build-bench.js). Takes minutes;
# not part of `make test`.
BENCH_SIZES ?= S,M
BENCH_RUNS ?= 3
bench: bench-deps build
	node tests/bench/run-build-bench.js --build-dir $(BUILD_DIR) --sizes $(BENCH_SIZES) --runs $(BENCH_RUNS)

bench-deps:
	@tools/install-deps bench

# The search benchmark: our index on the sample content and on synthetic
# sites of 10,000 and 100,000 projects, beside Pagefind (from npm) on the
# 10,000 one; prints the tables (tests/bench/run-bench.js).
bench-search: test-deps build
	cmake --build $(BUILD_DIR) --target search_index_bench -j $(JOBS)
	node tests/bench/run-bench.js --build-dir $(BUILD_DIR)

# Load time and peak memory against file size: department.json files of
# 100,000 and 1,000,000 indicator rows, indented and minified
# (tests/bench/measure-load.js). Needs 0.6 GB in /tmp and a few minutes.
bench-load: test-deps build
	cmake --build $(BUILD_DIR) --target load_bench -j $(JOBS)
	node tests/bench/measure-load.js --build-dir $(BUILD_DIR)

# Re-imports the five seed disclosures (content/sources) into content/, the
# patch files in content/patches applied; gives content/ byte for byte.
.PHONY: import
import: build
	GONGKAI=$(BUILD_DIR)/gongkai tools/import-seeds
