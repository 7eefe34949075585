# A thin wrapper around CMake: the two commands of the README.
#   make site   install what is missing, build build/gongkai, render content/ into site/
#   make test   the same set-up, then every test through ctest
BUILD_DIR ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

.PHONY: site test build deps test-deps clean bench

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
