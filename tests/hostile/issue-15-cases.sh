#!/bin/bash
# The cases of issue 15 (the output folder and the content folder), each run
# once against a built gongkai, printing what gongkai answers: a check by
# eye for the issue's closing note, beside the unit tests that assert each
# one (tests/unit/safety_*, reliability_*). Needs root for the mount point.
#   tests/hostile/issue-15-cases.sh build/gongkai
set -u
GONGKAI=$(realpath "${1:-build/gongkai}")
SRC=$(cd "$(dirname "$0")/../.." && pwd)
W=$(mktemp -d /tmp/gongkai-issue15.XXXXXX)
trap 'umount "$W/mnt" 2>/dev/null; rm -rf "$W"' EXIT
cd "$W" || exit 1

# A small project: content/ of one department, the default theme.
project() {
  rm -rf "$1" && mkdir -p "$1/content/2021" && cp -r "$SRC/themes" "$1/themes"
  cp "$SRC/content/site.json" "$1/content/"
  cp -r "$SRC/content/2021/130322-203" "$1/content/2021/"
}
run() {  # prints the command's messages and its exit status, at most 6 lines
  local out status
  out=$(cd "$P" && timeout 60 "$@" 2>&1); status=$?
  printf '%s\n' "$out" | grep -v '^$' | tail -n 6 | cut -c1-300
  echo "  -> exit $status"
}
build() { run "$GONGKAI" build --content content --theme themes/default --quiet "$@"; }
case_() { echo; echo "== $*"; }

P=$W/p && project "$P"

case_ "1. --out an existing folder of other files (a home folder), and --out . inside one"
mkdir -p "$W/home/Documents" && echo notes > "$W/home/notes.txt"
build --out "$W/home"; ls "$W/home" | tr '\n' ' '; echo
(cd "$W/home" && echo "  (in the folder)" && timeout 60 "$GONGKAI" build --content "$P/content" --theme "$P/themes/default" --out . 2>&1 | tail -n 3; echo "  -> exit ${PIPESTATUS[0]}")

case_ "2. --out lnk/.. where lnk is a symlink inside the project"
mkdir -p "$W/elsewhere/deep" && ln -sfn "$W/elsewhere/deep" "$P/lnk"
build --out lnk/..; ls "$P" | tr '\n' ' '; echo
ln -sfn "$P/content/2021" "$P/lnk2"
build --out lnk2/..; ls "$P/content" | tr '\n' ' '; echo
rm -f "$P/lnk" "$P/lnk2"

S=$P/content/2021/130322-203/sections
case_ "3. a section that is a FIFO; a section linked to /dev/zero"
mkfifo "$S/02-fifo.md"; build --out "$W/site3"; rm "$S/02-fifo.md"
ln -s /dev/zero "$S/02-zero.md"; /usr/bin/time -f '  %e s, %M KB' "$GONGKAI" build --content "$P/content" --theme "$P/themes/default" --out "$W/site3" --quiet 2>&1 | tail -n 3; rm "$S/02-zero.md"

case_ "4. a section linked outside content/; tables.json -> /etc/shadow; a theme asset linked outside; two self-links"
echo "# 外部" > "$W/outside.md" && ln -s "$W/outside.md" "$S/02-outside.md"; build --out "$W/site4"; rm "$S/02-outside.md"
ln -s /etc/shadow "$P/content/2021/130322-203/tables.json"; build --out "$W/site4"; rm "$P/content/2021/130322-203/tables.json"
ln -s /etc/passwd "$P/themes/default/assets/passwd.txt"; build --out "$W/site4"; rm "$P/themes/default/assets/passwd.txt"
ln -s 03-b.md "$S/02-a.md" && ln -s 02-a.md "$S/03-b.md"; build --out "$W/site4"; rm "$S/02-a.md" "$S/03-b.md"
ln -s loop2 "$P/themes/default/assets/loop1" && ln -s loop1 "$P/themes/default/assets/loop2"; build --out "$W/site4"; rm "$P/themes/default/assets/loop"[12]

case_ "5. department.json nested 100,000 deep"
P5=$W/p5 && project "$P5" && P=$P5
python3 -c "print('{\"format\": 1, \"x\": ' + '[' * 100000 + ']' * 100000 + '}')" > "$P/content/2021/130322-203/department.json"
/usr/bin/time -f '  %e s, %M KB' "$GONGKAI" build --content "$P/content" --theme "$P/themes/default" --out "$W/site5" --quiet 2>&1 | cut -c1-200 | tail -n 4
P=$W/p

T=$P/content/2021/130322-203/tables.json
tables() {  # one table with the given amount cell and row level
  cat > "$T" <<JSON
{"format": 1, "tables": [{"kind": "basic_expenditure", "title": "基本支出预算表", "unit": "万元", "classification": "economic",
  "columns": [{"key": "code", "label": "科目编码", "type": "code"}, {"key": "name", "label": "科目名称", "type": "text"},
              {"key": "amount", "label": "合计", "type": "amount"}],
  "rows": [{$2"cells": ["301", "$1", "$3"]}]}]}
JSON
}
case_ "6. an amount cell -1+cmd|' /C calc'!A0; text cells starting with tab, CR, spaces before ="
tables "工资福利支出" "" "-1+cmd|' /C calc'!A0"; build --out "$W/site6"
tables '\t=1+1' "" "1.00"; build --out "$W/site6"; grep -a -h "1+1" -r "$W/site6" --include=*.csv | head -n 1 | od -c | head -n 2
tables '  =1+1' "" "1.00"; build --out "$W/site6"; grep -a -h "=1+1" -r "$W/site6" --include=*.csv | head -n 1
tables '\r=1+1' "" "1.00"; build --out "$W/site6"; grep -a -h "=1+1" -r "$W/site6" --include=*.csv | head -n 1 | od -c | head -n 1

case_ "8. ten projects of 999999999999.999999; \"level\": 4294967295; a CRLF section"
python3 - "$P/content/2021/130322-203/department.json" <<'PY'
import json, sys
path = sys.argv[1]
d = json.load(open(path, encoding="utf-8"))
for i, p in enumerate(d["projects"][:10]):
    p["budget"] = "999999999999.999999"
json.dump(d, open(path + ".big", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
mv "$P/content/2021/130322-203/department.json" "$W/department.json.orig"
mv "$P/content/2021/130322-203/department.json.big" "$P/content/2021/130322-203/department.json"
build --out "$W/site8"
mv "$W/department.json.orig" "$P/content/2021/130322-203/department.json"
tables "工资福利支出" '"level": 4294967295, ' "1.00"; build --out "$W/site8"; rm "$T"
sed 's/$/\r/' "$S/01-measures.md" > "$W/crlf.md" && cp "$S/01-measures.md" "$W/lf.md" && cp "$W/crlf.md" "$S/01-measures.md"
build --out "$W/site8"; cp "$W/lf.md" "$S/01-measures.md"

case_ "9. --out inside the theme's assets/, inside content/; a mount point; a symlinked --out; umask 077; base_url"
build --out themes/default/assets/site
build --out content/site
mkdir -p "$W/mnt" && if mount -t tmpfs tmpfs "$W/mnt" 2>/dev/null; then
  build --out "$W/mnt"; build --out "$W/mnt"; mountpoint "$W/mnt"; ls "$W/mnt" | tr '\n' ' '; echo; umount "$W/mnt"
else echo "  (mount needs root: skipped)"; fi
mkdir -p "$W/www-target" && ln -sfn "$W/www-target" "$W/www"
build --out "$W/www"; build --out "$W/www"; ls -ld "$W/www" | sed 's/.*\(www.*\)/  \1/'; ls "$W/www-target" | head -n 3 | tr '\n' ' '; echo
(umask 077 && cd "$P" && "$GONGKAI" build --content content --theme themes/default --out "$W/site9" --quiet); stat -c '  %a %n' "$W/site9" "$W/site9/index.html"
run "$GONGKAI" build --content content --theme themes/default --out "$W/site9" --base-url "https://user:pw@example.gov.cn/"
run "$GONGKAI" build --content content --theme themes/default --out "$W/site9" --base-url "https://example.gov.cn:99999/"

case_ "9. SIGTERM during a build"
P9=$W/p9 && project "$P9"
python3 - "$P9/content/2021/130322-203/department.json" <<'PY'
import json, sys
path = sys.argv[1]
d = json.load(open(path, encoding="utf-8"))
base = d["projects"][0]
d["projects"] = [dict(base, code="P%d" % i, number=i + 1, purpose="x" * 20000) for i in range(400)]
json.dump(d, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
mkdir -p "$W/out9"
(cd "$P9" && exec "$GONGKAI" build --content content --theme themes/default --out "$W/out9/site" --no-check --quiet) & pid=$!
for i in $(seq 1 600); do ls -a "$W/out9" | grep -q '^\.site\.new' && break; sleep 0.05; done
kill -TERM $pid; wait $pid; echo "  -> exit $?"; echo "  left in the parent: $(ls -A "$W/out9" | tr '\n' ' ')"

case_ "9. a .docx inflating to 250 MB"
python3 - "$W/bomb.docx" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", "<Types/>")
    z.writestr("word/document.xml", "<w:document>" + "a" * (250 << 20) + "</w:document>")
PY
P=$W; /usr/bin/time -f '  %e s, %M KB' "$GONGKAI" import "$W/bomb.docx" --dry-run 2>&1 | tail -n 3

case_ "10. a patch file with 1e999; an import whose second rename fails (unit test: safety_import_writer_test)"
mkdir -p "$W/imp/patches" && cp "$SRC/content/sources/"*002*.txt "$W/imp/" 2>/dev/null
doc=$(ls "$W/imp/"*.txt | head -n 1)
echo '{"format": 1, "patches": [{"line": 1e999, "find": "a", "replace": "b", "reason": "x"}]}' > "$W/imp/patches/$(basename "$doc").patch.json"
P=$W/imp; run "$GONGKAI" import "$doc" --dry-run --patches "$W/imp/patches"
