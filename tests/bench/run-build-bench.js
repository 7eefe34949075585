#!/usr/bin/env node
// The build benchmark (make bench): `gongkai build` beside Hugo (Debian's
// hugo 0.111) on the same synthetic portal, to disk and rendering to memory.
//
//   node tests/bench/run-build-bench.js [--build-dir build] [--sizes S,M,L] [--runs 3] [--work-dir DIR]
//
// Sizes: S, M, L are 1,000, 10,000 and 100,000 projects (a number is taken
// as it is). For each size generate-site.js writes our content and, from the
// same department-years, a Hugo site with one page per page gongkai makes;
// both page counts are printed. Then, --runs times and interleaved (gongkai,
// Hugo, gongkai, Hugo, ...) so that a busy neighbour slows both alike:
//   disk    gongkai build at its default flags | hugo
//   memory  gongkai build --dry-run (renders and checks, writes nothing) |
//           hugo --renderToMemory
// each under /usr/bin/time -v: wall time, CPU time (user + sys), peak RSS.
// Every output folder starts absent, so neither tool pays for removing the
// previous site. Of each output: its files and bytes, and the `cp -r` floor
// (copying the finished tree: what writing that many files costs on this
// disk at the least). Medians are printed, then the ratios gongkai/Hugo and
// the targets (issue 16), met or not. A report, not a test: nothing
// here fails on a number.
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync, spawnSync } = require("node:child_process");

const HERE = __dirname;
const SOURCE_DIR = path.resolve(HERE, "..", "..");

function flag(name, fallback) {
  const at = process.argv.indexOf("--" + name);
  return at >= 0 ? process.argv[at + 1] : fallback;
}

const SIZE_NAMES = { S: 1000, M: 10000, L: 100000 };
const BUILD_DIR = path.resolve(flag("build-dir", path.join(SOURCE_DIR, "build")));
const SIZES = flag("sizes", process.env.BENCH_SIZES || "S,M").split(",").filter(Boolean).map((name) => {
  const projects = SIZE_NAMES[name.toUpperCase()] || Number(name);
  if (!(projects > 0)) {
    console.error(`run-build-bench: unknown size "${name}" (S, M, L or a number of projects)`);
    process.exit(2);
  }
  return { name, projects };
});
const RUNS = Math.max(1, Number(flag("runs", "3")));
const WORK = fs.mkdtempSync(path.join(flag("work-dir", os.tmpdir()), "gongkai-build-bench-"));
const GONGKAI = path.join(BUILD_DIR, "gongkai");
const THEME = path.join(SOURCE_DIR, "themes", "default");

const say = (text) => process.stderr.write(`run-build-bench: ${text}\n`);

// One command under /usr/bin/time -v; its measures, or a thrown error with
// the command's own output when it failed.
function timed(command, args, cwd) {
  const result = spawnSync("/usr/bin/time", ["-v", command].concat(args), { cwd, encoding: "utf8", maxBuffer: 1 << 28 });
  const report = result.stderr || "";
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}):\n${report.slice(-3000)}`);
  const field = (label) => {
    const line = report.split("\n").find((l) => l.trim().startsWith(label));
    return line ? line.slice(line.lastIndexOf(": ") + 2).trim() : "";
  };
  const clock = field("Elapsed (wall clock) time").split(":").map(Number);
  const wall = clock.reduce((total, part) => total * 60 + part, 0);
  return {
    wall,
    cpu: Number(field("User time (seconds)")) + Number(field("System time (seconds)")),
    rss: Number(field("Maximum resident set size (kbytes)")) * 1024
  };
}

function treeSize(root) {
  let files = 0, bytes = 0, pages = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const at = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(at);
      else if (entry.isFile()) {
        files++;
        bytes += fs.statSync(at).size;
        if (entry.name.endsWith(".html")) pages++;
      }
    }
  };
  walk(root);
  return { files, bytes, pages };
}

const median = (values) => {
  const sorted = values.slice().sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const medians = (runs) => ({ wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)), rss: median(runs.map((r) => r.rss)) });
const seconds = (s) => s.toFixed(2);
const mib = (bytes) => (bytes / 1048576).toFixed(0);
const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : "-");

function benchSize({ name, projects }) {
  const dir = path.join(WORK, name);
  const content = path.join(dir, "content"), hugoSource = path.join(dir, "hugo");
  say(`${name}: generating ${projects} projects`);
  execFileSync(process.execPath, [path.join(HERE, "generate-site.js"), "--projects", String(projects), "--out", content,
    "--hugo", hugoSource], { stdio: ["ignore", "ignore", "inherit"] });
  const outputs = { gongkai: path.join(dir, "gongkai-site"), hugo: path.join(dir, "hugo-site") };
  const commands = {
    disk: {
      gongkai: [GONGKAI, ["build", "--content", content, "--theme", THEME, "--out", outputs.gongkai, "--quiet"]],
      hugo: ["hugo", ["--source", hugoSource, "--destination", outputs.hugo, "--quiet"]]
    },
    memory: {
      gongkai: [GONGKAI, ["build", "--content", content, "--theme", THEME, "--out", path.join(dir, "unwritten"), "--dry-run", "--quiet"]],
      hugo: ["hugo", ["--source", hugoSource, "--renderToMemory", "--quiet"]]
    }
  };
  const runs = { disk: { gongkai: [], hugo: [] }, memory: { gongkai: [], hugo: [] } };
  for (let run = 1; run <= RUNS; run++) {
    for (const mode of ["disk", "memory"]) {
      for (const tool of ["gongkai", "hugo"]) {
        say(`${name}: run ${run}/${RUNS}, ${tool} to ${mode}`);
        if (mode === "disk") fs.rmSync(outputs[tool], { recursive: true, force: true });
        const [command, args] = commands[mode][tool];
        runs[mode][tool].push(timed(command, args, dir));
      }
    }
  }
  const trees = {}, floors = {};
  for (const tool of ["gongkai", "hugo"]) {
    trees[tool] = treeSize(outputs[tool]);
    const copies = [];
    for (let run = 1; run <= RUNS; run++) {
      const copy = outputs[tool] + "-copy";
      fs.rmSync(copy, { recursive: true, force: true });
      copies.push(timed("cp", ["-r", outputs[tool], copy], dir).wall);
      fs.rmSync(copy, { recursive: true, force: true });
    }
    floors[tool] = median(copies);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return {
    name, projects, trees, floors,
    disk: { gongkai: medians(runs.disk.gongkai), hugo: medians(runs.disk.hugo) },
    memory: { gongkai: medians(runs.memory.gongkai), hugo: medians(runs.memory.hugo) }
  };
}

function printTable(results) {
  const lines = [];
  lines.push(`gongkai build beside Hugo (${execFileSync("hugo", ["version"], { encoding: "utf8" }).trim().split(" ")[1]}), ` +
    `${os.cpus().length} cores, medians of ${RUNS} interleaved runs, work dir ${path.dirname(WORK)}`);
  lines.push("");
  lines.push("| size | projects | tool | pages | files | MiB | cp -r s | disk wall s | disk CPU s | disk RSS MiB | memory wall s | memory CPU s | memory RSS MiB |");
  lines.push("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const r of results) {
    for (const tool of ["gongkai", "hugo"]) {
      const t = r.trees[tool], d = r.disk[tool], m = r.memory[tool];
      lines.push(`| ${r.name} | ${r.projects} | ${tool} | ${t.pages} | ${t.files} | ${mib(t.bytes)} | ${seconds(r.floors[tool])} | ` +
        `${seconds(d.wall)} | ${seconds(d.cpu)} | ${mib(d.rss)} | ${seconds(m.wall)} | ${seconds(m.cpu)} | ${mib(m.rss)} |`);
    }
  }
  lines.push("");
  lines.push("| size | pages equal | disk wall g/H | disk CPU g/H | disk RSS g/H | wall / own cp -r | memory wall g/H | memory CPU g/H |");
  lines.push("|---|---|---|---|---|---|---|---|");
  for (const r of results) {
    const g = r.disk.gongkai, h = r.disk.hugo;
    const pages = r.trees.gongkai.pages === r.trees.hugo.pages ? "yes" : `no (${r.trees.gongkai.pages} vs ${r.trees.hugo.pages})`;
    lines.push(`| ${r.name} | ${pages} | ${ratio(g.wall, h.wall)} | ${ratio(g.cpu, h.cpu)} | ${ratio(g.rss, h.rss)} | ` +
      `${ratio(g.wall, r.floors.gongkai)} | ${ratio(r.memory.gongkai.wall, r.memory.hugo.wall)} | ${ratio(r.memory.gongkai.cpu, r.memory.hugo.cpu)} |`);
  }
  lines.push("");
  lines.push("Targets (issue 16, at 10k and 100k): disk wall ≤ 0.5 × Hugo and ≤ 1.5 × own cp -r; memory wall ≤ 0.25 × Hugo; peak RSS < 1 GiB at 100k.");
  for (const r of results.filter((x) => x.projects >= 10000)) {
    const g = r.disk.gongkai;
    const verdict = (ok) => (ok ? "met" : "missed");
    const parts = [
      `disk/Hugo ${ratio(g.wall, r.disk.hugo.wall)} ${verdict(g.wall <= 0.5 * r.disk.hugo.wall)}`,
      `disk/cp -r ${ratio(g.wall, r.floors.gongkai)} ${verdict(g.wall <= 1.5 * r.floors.gongkai)}`,
      `memory/Hugo ${ratio(r.memory.gongkai.wall, r.memory.hugo.wall)} ${verdict(r.memory.gongkai.wall <= 0.25 * r.memory.hugo.wall)}`
    ];
    if (r.projects >= 100000) parts.push(`RSS ${mib(g.rss)} MiB ${verdict(g.rss < 1 << 30)}`);
    lines.push(`  ${r.name}: ${parts.join("; ")}`);
  }
  return lines.join("\n") + "\n";
}

// Issue 17: gongkai build --incremental on the same synthetic portal. A
// no-change rebuild, then a one-string edit of one department.json, each
// timed; then the updated site against a full build into an empty folder,
// byte for byte (the build cache, the builder's own, left out).
function filesOf(root) {
  const files = new Map();
  const walk = (folder) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(path.relative(root, full), fs.readFileSync(full));
    }
  };
  walk(root);
  files.delete(".gongkai-cache");
  return files;
}

function sameTrees(a, b) {
  const left = filesOf(a), right = filesOf(b);
  if (left.size !== right.size) return false;
  for (const [name, bytes] of left) if (!right.has(name) || !bytes.equals(right.get(name))) return false;
  return true;
}

function firstDepartmentJson(content) {
  for (const year of fs.readdirSync(content).filter((n) => /^\d{4}$/.test(n)).sort()) {
    for (const folder of fs.readdirSync(path.join(content, year)).sort()) {
      const file = path.join(content, year, folder, "department.json");
      if (fs.existsSync(file)) return file;
    }
  }
  throw new Error(`no department.json under ${content}`);
}

function benchIncremental({ name, projects }) {
  const dir = path.join(WORK, `${name}-incremental`);
  const content = path.join(dir, "content"), live = path.join(dir, "live"), full = path.join(dir, "full");
  say(`${name}: incremental, generating ${projects} projects`);
  execFileSync(process.execPath, [path.join(HERE, "generate-site.js"), "--projects", String(projects), "--out", content],
    { stdio: ["ignore", "ignore", "inherit"] });
  const build = (out, incremental) => [GONGKAI, ["build", "--content", content, "--theme", THEME, "--out", out, "--quiet"]
    .concat(incremental ? ["--incremental"] : [])];
  say(`${name}: incremental, first build`);
  timed(...build(live, true), dir);
  say(`${name}: incremental, no-change rebuild`);
  const unchanged = timed(...build(live, true), dir);
  const file = firstDepartmentJson(content);
  const json = fs.readFileSync(file, "utf8");
  const at = json.indexOf('"purpose": "');
  if (at < 0) throw new Error(`no purpose in ${file}`);
  fs.writeFileSync(file, json.slice(0, at + 12) + "（修订）" + json.slice(at + 12));
  say(`${name}: incremental, one-department edit`);
  const edited = timed(...build(live, true), dir);
  say(`${name}: incremental, full build to compare`);
  timed(...build(full, false), dir);
  const identical = sameTrees(live, full);
  fs.rmSync(dir, { recursive: true, force: true });
  return { name, projects, unchanged: unchanged.wall, edited: edited.wall, identical };
}

function printIncremental(results) {
  let text = "\n| size | projects | no-change rebuild (s) | one-department edit (s) | incremental == full |\n|---|---:|---:|---:|---|\n";
  for (const r of results) {
    text += `| ${r.name} | ${r.projects} | ${seconds(r.unchanged)} | ${seconds(r.edited)} | ${r.identical ? "yes, byte for byte" : "NO"} |\n`;
  }
  return text + "\nTargets (issue 17, at 100,000 projects): both < 1 s. The edit renders again only the edited " +
    "department's pages and the site's own, but loads every department and makes the downloads and the search " +
    "index whole (gongkai build --incremental --verbose gives each stage's time).\n";
}

function main() {
  if (!fs.existsSync(GONGKAI)) {
    console.error(`run-build-bench: ${GONGKAI} not found; build it first (make build)`);
    process.exit(2);
  }
  const results = [], incremental = [];
  try {
    for (const size of SIZES) results.push(benchSize(size));
    for (const size of SIZES) incremental.push(benchIncremental(size));
  } finally {
    fs.rmSync(WORK, { recursive: true, force: true });
  }
  const table = printTable(results) + printIncremental(incremental);
  process.stdout.write(table);
  const saved = path.join(BUILD_DIR, "bench-build.md");
  fs.writeFileSync(saved, table);
  say(`table saved in ${saved}`);
  if (incremental.some((r) => !r.identical)) {
    console.error("run-build-bench: an incremental build differs from the full build");
    process.exit(1);
  }
}

main();
