#!/usr/bin/env bash
# The browser tests, as ctest runs them:
#   tests/browser/run-browser-tests.sh path/to/gongkai [FILE.test.js ...]
# builds the sample content into a temporary folder with that gongkai,
# installs playwright-core, axe-core and vnu-jar (pinned by
# package-lock.json) when node_modules lacks them, then runs every
# *.test.js (or the files named) with node's test runner against Debian's
# Chromium. ctest runs the longest files as tests of their own, side by
# side (tests/CMakeLists.txt); the install of node_modules is locked so
# that they do not install at once. Exit 77
# (ctest: skipped) when node, Java, pdftotext or Chromium is not installed;
# `make test` installs them all (tools/install-deps test).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
gongkai="${1:?usage: run-browser-tests.sh path/to/gongkai [FILE.test.js ...]}"
shift
chromium="${CHROMIUM:-/usr/bin/chromium}"

for tool in node npm java pdftotext; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "browser tests: $tool is not installed (tools/install-deps test)" >&2
    exit 77
  fi
done
if [ ! -x "$chromium" ]; then
  echo "browser tests: no Chromium at $chromium (tools/install-deps test)" >&2
  exit 77
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/gongkai-browser-XXXXXX")"
trap 'rm -rf "$work"' EXIT
# Built for the base path the tests serve it under (support.js), as a host
# would: the 404 page links from the base URL.
"$gongkai" build --content "$source_dir/content" --theme "$source_dir/themes/default" --out "$work/site" --base-url /portal/ >/dev/null

# --ignore-scripts: vnu-jar's install script would fetch a Java runtime
# from the network; Debian's default-jre-headless runs it instead.
installed() {
  [ -d "$here/node_modules/playwright-core" ] && [ -d "$here/node_modules/axe-core" ] && [ -f "$here/node_modules/vnu-jar/build/dist/vnu.jar" ]
}
if ! installed; then
  (
    flock 9
    installed || npm ci --prefix "$here" --no-audit --no-fund --loglevel=error --ignore-scripts
  ) 9>"${TMPDIR:-/tmp}/gongkai-browser-npm.lock"
fi

cd "$here"
if [ "$#" -eq 0 ]; then set -- ./*.test.js; fi
GONGKAI_SITE="$work/site" GONGKAI_BINARY="$(cd "$(dirname "$gongkai")" && pwd)/$(basename "$gongkai")" CHROMIUM="$chromium" node --test "$@"
