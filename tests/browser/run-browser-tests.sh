#!/usr/bin/env bash
# The browser tests, as ctest runs them:
#   tests/browser/run-browser-tests.sh path/to/gongkai
# builds the sample content into a temporary folder with that gongkai,
# installs playwright-core, axe-core and vnu-jar (pinned by
# package-lock.json) when node_modules lacks them, then runs every
# *.test.js with node's test runner against Debian's Chromium. Exit 77
# (ctest: skipped) when node, Java, pdftotext or Chromium is not installed;
# `make test` installs them all (tools/install-deps test).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
source_dir="$(cd "$here/../.." && pwd)"
gongkai="${1:?usage: run-browser-tests.sh path/to/gongkai}"
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
if [ ! -d "$here/node_modules/playwright-core" ] || [ ! -d "$here/node_modules/axe-core" ] || [ ! -f "$here/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
  npm ci --prefix "$here" --no-audit --no-fund --loglevel=error --ignore-scripts
fi

cd "$here"
GONGKAI_SITE="$work/site" GONGKAI_BINARY="$(cd "$(dirname "$gongkai")" && pwd)/$(basename "$gongkai")" CHROMIUM="$chromium" node --test ./*.test.js
