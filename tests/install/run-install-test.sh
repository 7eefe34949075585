#!/usr/bin/env bash
# cmake --install as a distribution runs it: the binary, the default theme
# and the licence files land under the prefix, and the installed binary
# builds the sample content without --theme from a folder that has no
# themes/ of its own, also after the whole prefix has been moved.
#   tests/install/run-install-test.sh CMAKE BUILD_DIR SOURCE_DIR
set -euo pipefail
cmake_command=$1 build_dir=$2 source_dir=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$cmake_command" --install "$build_dir" --prefix "$work/usr" >/dev/null
for file in bin/gongkai share/gongkai/themes/default/layouts/base.mustache share/doc/gongkai/LICENSE share/doc/gongkai/NOTICE; do
  [ -e "$work/usr/$file" ] || { echo "install: $file is not installed" >&2; exit 1; }
done

cd "$work"  # no themes/default here: the theme must come from the prefix
"$work/usr/bin/gongkai" build --content "$source_dir/content" --out "$work/site" --quiet 2>"$work/log" ||
  { cat "$work/log" >&2; echo "install: the installed gongkai did not build the sample" >&2; exit 1; }
[ -f "$work/site/index.html" ] || { echo "install: no index.html" >&2; exit 1; }

mv "$work/usr" "$work/moved"
"$work/moved/bin/gongkai" build --content "$source_dir/content" --out "$work/site" --quiet 2>"$work/log" ||
  { cat "$work/log" >&2; echo "install: a moved prefix lost its theme" >&2; exit 1; }
echo "install: ok"
