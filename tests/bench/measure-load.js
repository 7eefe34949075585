#!/usr/bin/env node
// Load time and memory against file size (issue 15): generates
// department.json files of 100,000 and 1,000,000 indicator rows, indented
// (as gongkai writes them) and minified, loads each with load_bench (the
// load stage alone, as `gongkai build` runs it) and prints a table.
//   node tests/bench/measure-load.js --build-dir build [--rows 100000,1000000] [--work /tmp/gongkai-load]
//
// The rows are the sample's own: the 48 projects and 401 indicator rows of
// content/2021/130624-201 repeated, renumbered and recoded, so text lengths
// and the mix of 指标值 are those of a real disclosure. A measuring command,
// not a test: it prints figures and fails only if a load reports errors.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

const SOURCE_DIR = path.resolve(__dirname, "..", "..");
const TEMPLATE = path.join(SOURCE_DIR, "content", "2021", "130624-201", "department.json");

function flag(name, fallback) {
  const at = process.argv.indexOf("--" + name);
  return at >= 0 ? process.argv[at + 1] : fallback;
}

// Writes content/ with one department.json of `rows` indicator rows, one
// project at a time (the file can be larger than this script's heap).
function generate(dir, rows, minified) {
  const template = JSON.parse(fs.readFileSync(TEMPLATE, "utf8"));
  const folder = path.join(dir, String(template.year), `${template.jurisdiction.code}-${template.department.code}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(dir, "site.json"), JSON.stringify({ format: 1, title: "载入测试", base_url: "/" }) + "\n");
  const indent = minified ? undefined : 2;
  // No original to check against content/sources: the load alone is measured.
  const head = { ...template, projects: [] };
  delete head.source;
  delete head.source_sha256;
  const headText = JSON.stringify(head, null, indent);
  const out = fs.openSync(path.join(folder, "department.json"), "w");
  // Everything up to the projects' "[", then the projects, then the rest.
  const open = headText.lastIndexOf("[]");
  fs.writeSync(out, headText.slice(0, open) + "[");
  let written = 0;
  let buffer = "";
  for (let i = 0; written < rows; ++i) {
    const source = template.projects[i % template.projects.length];
    const project = { ...source, number: i + 1, code: `${source.code}X${i}` };
    project.indicators = source.indicators.slice(0, Math.min(source.indicators.length, rows - written));
    written += project.indicators.length;
    let text = JSON.stringify(project, null, indent);
    if (!minified) text = "\n    " + text.replace(/\n/g, "\n    ");
    buffer += (i > 0 ? "," : "") + text;
    if (buffer.length > 1 << 20) {
      fs.writeSync(out, buffer);
      buffer = "";
    }
  }
  fs.writeSync(out, buffer + (minified ? "" : "\n  ") + headText.slice(open + 1) + (minified ? "" : "\n"));
  fs.closeSync(out);
}

const buildDir = path.resolve(flag("build-dir", path.join(SOURCE_DIR, "build")));
const bench = path.join(buildDir, "tests", "load_bench");
const work = flag("work", "/tmp/gongkai-load");
const counts = flag("rows", "100000,1000000").split(",").map(Number);

console.log("rows       form      file MB  CPU s  wall s  peak MB  peak/file  µs/row");
for (const rows of counts) {
  for (const minified of [false, true]) {
    const dir = path.join(work, `${rows}-${minified ? "minified" : "indented"}`);
    generate(path.join(dir, "content"), rows, minified);
    // From the project folder, as `gongkai build --content content` runs.
    const result = JSON.parse(execFileSync(bench, ["content"], { cwd: dir, encoding: "utf8", maxBuffer: 1 << 24 }));
    if (result.errors > 0 || result.rows !== rows) {
      console.error(`${dir}: ${result.errors} errors, ${result.rows} rows loaded`);
      process.exitCode = 1;
    }
    const mb = result.json_bytes / 1e6;
    console.log(
      [
        String(rows).padEnd(10),
        (minified ? "minified" : "indented").padEnd(8),
        mb.toFixed(1).padStart(8),
        (result.cpu_ms / 1000).toFixed(2).padStart(6),
        (result.wall_ms / 1000).toFixed(2).padStart(7),
        (result.peak_kb / 1024).toFixed(0).padStart(8),
        (result.peak_kb * 1024 / result.json_bytes).toFixed(2).padStart(10),
        ((result.cpu_ms * 1000) / rows).toFixed(2).padStart(7),
      ].join(" "),
    );
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
