#!/usr/bin/env node
// The search benchmark (make bench-search): our index on the sample site and on
// synthetic sites of 10,000 and 100,000 projects, and Pagefind on the
// same 10,000-project site, side by side.
//
//   node tests/bench/run-bench.js [--build-dir build] [--sizes sample,10000,100000] [--runs 2]
//                                 [--work-dir /dev/shm] [--no-pagefind]
//
// For each site it prints the index's size and file count, the time and
// peak memory of building it, and for a fixed set of queries the bytes a
// browser fetches for the first page of results, as an ordinary static
// host serves them (gzip for text; Pagefind's own files are already
// compressed and count as they are).
//
// Ours: tests/bench/search_index_bench (load content, build the index,
// write it) under /usr/bin/time; queries run the search.js engine itself
// under node, with a fetch that counts bytes. Pagefind: its binary from
// npm (pinned in tests/bench/package.json) over the site `gongkai build`
// rendered; queries run its pagefind.js in headless Chromium, loading the
// first 10 results as its UI does. Each indexer runs --runs times and the
// best time and memory count: on a shared machine the neighbours only ever
// add.
"use strict";

const fs = require("node:fs");
const http = require("node:http");
const os = require("node:os");
const path = require("node:path");
const zlib = require("node:zlib");
const { execFileSync, spawnSync } = require("node:child_process");

const HERE = __dirname;
const SOURCE_DIR = path.resolve(HERE, "..", "..");
const engine = require(path.join(SOURCE_DIR, "themes", "default", "assets", "search.js"));

function flag(name, fallback) {
  const at = process.argv.indexOf("--" + name);
  return at >= 0 ? process.argv[at + 1] : fallback;
}

const BUILD_DIR = path.resolve(flag("build-dir", path.join(SOURCE_DIR, "build")));
const SIZES = flag("sizes", "sample,10000,100000").split(",");
const PAGEFIND = !process.argv.includes("--no-pagefind");
const RUNS = Math.max(1, Number(flag("runs", "2")));
// Sites and indexes go to tmpfs where there is one, so that both indexers
// are timed, not the disk (creating thousands of files on a busy ext4 can
// take longer than indexing them).
const WORK = fs.mkdtempSync(path.join(flag("work-dir", fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir()), "gongkai-bench-"));
const GONGKAI = path.join(BUILD_DIR, "gongkai");
const INDEX_BENCH = path.join(BUILD_DIR, "tests", "search_index_bench");
const PAGEFIND_SIZE = "10000";  // beyond that Pagefind needs more memory than this machine has

// The fixed query set: each kind of query the issue names. {code} is a
// project code of the site at hand.
const QUERIES = ["培训", "满意度", "档案", "党", "残疾人", "信息化", "服务对象满意度", "12345", "2021年度", "培训 2021",
  "{code}", "量子计算机"];

const gzipSize = (bytes) => zlib.gzipSync(bytes, { level: 6 }).length;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const mb = (bytes) => (bytes / 1048576).toFixed(1);

function say(line) { process.stderr.write(line + "\n"); }

// Runs a command RUNS times (after `prepare`, when given), keeping the
// best wall time, CPU time and peak memory, and the last run's output.
function bestOf(command, args, prepare) {
  let best = null;
  for (let run = 0; run < RUNS; run++) {
    if (prepare) prepare();
    const result = timed(command, args);
    if (!best) { best = result; continue; }
    best.stdout = result.stdout;
    best.wallSeconds = Math.min(best.wallSeconds, result.wallSeconds);
    best.cpuSeconds = Math.min(best.cpuSeconds, result.cpuSeconds);
    best.peakKb = Math.min(best.peakKb, result.peakKb);
  }
  return best;
}

// Runs a command under /usr/bin/time -v: {stdout, wallSeconds, cpuSeconds, peakKb}.
function timed(command, args, options) {
  const result = spawnSync("/usr/bin/time", ["-v", command].concat(args),
    Object.assign({ encoding: "utf8", maxBuffer: 1 << 26 }, options || {}));
  if (result.status !== 0) {
    throw new Error(command + " failed (" + result.status + "):\n" + result.stdout + result.stderr);
  }
  const field = (name) => {
    const match = result.stderr.match(new RegExp(name + ": (.*)"));
    return match ? match[1].trim() : "";
  };
  const wall = field("Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)").split(":").map(Number);
  return {
    stdout: result.stdout,
    wallSeconds: wall.reduce((sum, part) => sum * 60 + part, 0),
    cpuSeconds: Number(field("User time \\(seconds\\)")) + Number(field("System time \\(seconds\\)")),
    peakKb: Number(field("Maximum resident set size \\(kbytes\\)"))
  };
}

function filesUnder(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full)); else out.push(full);
  }
  return out;
}

function folderStats(dir) {
  let bytes = 0;
  let gzipBytes = 0;
  const files = filesUnder(dir);
  for (const file of files) {
    const data = fs.readFileSync(file);
    bytes += data.length;
    gzipBytes += servedBytes(file, data);
  }
  return { files: files.length, bytes, gzipBytes };
}

// What a static host sends: text types gzipped, anything else as is.
function servedBytes(file, data) {
  return /\.(html|js|mjs|json|css|svg|txt|xml)$/.test(file) ? gzipSize(data) : data.length;
}

function firstProjectCode(contentDir) {
  const years = fs.readdirSync(contentDir).filter((n) => /^\d{4}$/.test(n)).sort().reverse();
  for (const year of years) {
    for (const folder of fs.readdirSync(path.join(contentDir, year)).sort()) {
      const department = JSON.parse(fs.readFileSync(path.join(contentDir, year, folder, "department.json"), "utf8"));
      const project = department.projects.find((p) => p.code);
      if (project) return project.code;
    }
  }
  return "13052924P005840120862";
}

// Our engine on an index folder: bytes and files fetched for the first page.
async function ourQuery(dataDir, query, scriptBytes) {
  let bytes = scriptBytes;
  let files = 1;
  const index = new engine.Index(async (relative) => {
    const data = fs.readFileSync(path.join(dataDir, relative));
    bytes += gzipSize(data);
    files++;
    return JSON.parse(data.toString("utf8"));
  });
  const search = new engine.Search(index, query, {});
  await search.start();
  const page = await search.more();
  return {
    bytes, files, shown: page.length,
    count: search.done || (search.exact && search.exhausted) ? String(search.count()) : "≥" + page.length
  };
}

async function measureOurs(name, contentDir, render) {
  say(`[${name}] search index (search_index_bench)`);
  const out = path.join(WORK, "index-" + name);
  const run = bestOf(INDEX_BENCH, [contentDir, out], () => fs.rmSync(out, { recursive: true, force: true }));
  const report = JSON.parse(run.stdout.trim().split("\n").pop());
  const dataDir = path.join(out, "search", "data");
  const stats = folderStats(dataDir);
  const meta = JSON.parse(fs.readFileSync(path.join(dataDir, "meta.json"), "utf8"));
  const projects = countProjects(contentDir);
  let site = null;
  if (render) {
    say(`[${name}] gongkai build (all pages)`);
    site = path.join(WORK, "site-" + name);
    const build = timed(GONGKAI, ["build", "--content", contentDir, "--theme", path.join(SOURCE_DIR, "themes", "default"),
      "--out", site]);
    site = { dir: site, wallSeconds: build.wallSeconds, cpuSeconds: build.cpuSeconds, peakKb: build.peakKb };
  }
  const script = require("../browser/search-quality.js").publishedSearchScript(GONGKAI);  // as a site serves it
  const code = firstProjectCode(contentDir);
  const queries = {};
  for (const query of QUERIES) {
    const text = query.replace("{code}", code);
    queries[query] = Object.assign({ text }, await ourQuery(dataDir, text, gzipSize(script)));
  }
  return { name, projects, documents: meta.documents, stats, run, report, site, queries };
}

function countProjects(contentDir) {
  let count = 0;
  for (const year of fs.readdirSync(contentDir).filter((n) => /^\d{4}$/.test(n))) {
    for (const folder of fs.readdirSync(path.join(contentDir, year))) {
      count += JSON.parse(fs.readFileSync(path.join(contentDir, year, folder, "department.json"), "utf8")).projects.length;
    }
  }
  return count;
}

// ---- Pagefind ----

function ensurePackages() {
  if (fs.existsSync(path.join(HERE, "node_modules", "pagefind")) && fs.existsSync(path.join(HERE, "node_modules", "playwright-core"))) return;
  say("installing tests/bench packages (npm ci)");
  execFileSync("npm", ["ci", "--prefix", HERE, "--no-audit", "--no-fund", "--loglevel=error"], { stdio: "inherit" });
}

function pagefindBinary() {
  const dir = path.join(HERE, "node_modules", "@pagefind");
  for (const platform of fs.readdirSync(dir)) {
    const binary = path.join(dir, platform, "bin", "pagefind_extended");
    if (fs.existsSync(binary)) return binary;
  }
  throw new Error("no pagefind_extended binary under " + dir);
}

const HARNESS = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><script type="module">
window.runQuery = async (query) => {
  const pagefind = await import("./pagefind/pagefind.js");
  const search = await pagefind.search(query);
  const data = await Promise.all(search.results.slice(0, 10).map((r) => r.data()));
  return { count: search.results.length, contents: data.map((d) => d.content) };
};
</script></body></html>`;

function serve(root, log) {
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".json": "application/json", ".css": "text/css" };
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, "http://127.0.0.1");
    if (url.pathname === "/pagefind-bench.html") {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
      return response.end(HARNESS);
    }
    const file = path.resolve(root, "." + decodeURIComponent(url.pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404);
      return response.end();
    }
    const data = fs.readFileSync(file);
    log.push({ path: url.pathname, bytes: servedBytes(file, data) });
    response.writeHead(200, { "Content-Type": types[path.extname(file)] || "application/octet-stream", "Cache-Control": "no-store" });
    response.end(data);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

// Pages of the site whose text holds `query` as written (tags removed).
function pagesContaining(siteDir, queries) {
  const counts = Object.fromEntries(queries.map((q) => [q, 0]));
  for (const file of filesUnder(siteDir)) {
    if (!file.endsWith(".html") || file.includes(path.sep + "pagefind" + path.sep)) continue;
    const body = fs.readFileSync(file, "utf8").replace(/^[\s\S]*?<main/, "<main").replace(/<[^>]*>/g, "");
    const text = engine.fold(body.replace(/&amp;/g, "&"));
    for (const q of queries) if (engine.parseQuery(q).parts.every((part) => text.includes(part))) counts[q]++;
  }
  return counts;
}

async function measurePagefind(ours) {
  ensurePackages();
  const site = ours.site.dir;
  say(`[pagefind] indexing ${site}`);
  const run = bestOf(pagefindBinary(), ["--site", site],
    () => fs.rmSync(path.join(site, "pagefind"), { recursive: true, force: true }));
  const stats = folderStats(path.join(site, "pagefind"));
  const { chromium } = require(path.join(HERE, "node_modules", "playwright-core"));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-bench-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium", headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"]
  });
  const log = [];
  const server = await serve(site, log);
  const origin = "http://127.0.0.1:" + server.address().port;
  const texts = Object.values(ours.queries).map((q) => q.text);
  say("[pagefind] counting pages that hold each query as written");
  const truth = pagesContaining(site, texts);
  const queries = {};
  try {
    for (const [query, mine] of Object.entries(ours.queries)) {
      const page = await context.newPage();
      await page.goto(origin + "/pagefind-bench.html");
      log.length = 0;
      const result = await page.evaluate((q) => window.runQuery(q), mine.text);
      await page.close();
      const parts = engine.parseQuery(mine.text).parts;
      const holding = result.contents.filter((content) => {
        const text = engine.fold(content);
        return parts.every((part) => text.includes(part));
      }).length;
      queries[query] = {
        bytes: log.reduce((sum, entry) => sum + entry.bytes, 0), files: log.length, count: result.count,
        top: result.contents.length, holding, truth: truth[mine.text]
      };
    }
  } finally {
    await context.close();
    server.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return { stats, run, queries };
}

// ---- Report ----

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  return rows.map((r, i) => {
    const line = "| " + r.map((cell, c) => String(cell).padEnd(widths[c])).join(" | ") + " |";
    return i === 0 ? line + "\n|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|" : line;
  }).join("\n");
}

function average(queries) {
  const values = Object.values(queries);
  return values.reduce((sum, q) => sum + q.bytes, 0) / values.length;
}

async function main() {
  for (const binary of [GONGKAI, INDEX_BENCH]) {
    if (!fs.existsSync(binary)) throw new Error(binary + " is missing: run `make bench-search` (it builds both)");
  }
  const results = [];
  let pagefind = null;
  for (const size of SIZES) {
    let contentDir = path.join(SOURCE_DIR, "content");
    if (size !== "sample") {
      contentDir = path.join(WORK, "content-" + size);
      say(`[${size}] generating ${size} projects`);
      execFileSync(process.execPath, [path.join(HERE, "generate-site.js"), "--projects", size, "--out", contentDir], { stdio: "ignore" });
    }
    // Rendering every page is only needed where Pagefind reads them, and
    // for the sample; 100,000 rendered pages need more memory than the
    // index ever does.
    const render = size === "sample" || (PAGEFIND && size === PAGEFIND_SIZE);
    const ours = await measureOurs(size === "sample" ? "sample" : Number(size).toLocaleString("en") + " projects", contentDir, render);
    results.push(ours);
    if (PAGEFIND && size === PAGEFIND_SIZE) pagefind = Object.assign(await measurePagefind(ours), { ours });
    if (size !== "sample") fs.rmSync(contentDir, { recursive: true, force: true });
  }

  const lines = [];
  lines.push("## Our index", "");
  lines.push(table([["site", "projects", "documents", "index files", "index size (gzip)", "index build: wall / CPU",
    "of which indexing CPU", "peak memory", "bytes per query (avg)"]].concat(results.map((r) => [
    r.name, r.projects, r.documents, r.stats.files, `${mb(r.stats.bytes)} MB (${mb(r.stats.gzipBytes)} MB)`,
    `${r.run.wallSeconds.toFixed(1)} s / ${r.run.cpuSeconds.toFixed(1)} s`, `${(r.report.index_cpu_ms / 1000).toFixed(1)} s`,
    `${mb(r.run.peakKb * 1024)} MB`, `${kb(average(r.queries))} KB`
  ]))));
  lines.push("", `Index build = search_index_bench: read content/, build the index, write its files; best of ${RUNS} runs. ` +
    "Peak memory includes the loaded model. Indexing CPU is what search adds to `gongkai build`.", "");
  lines.push("## Bytes per query (first page of results, gzip as served, search code included)", "");
  lines.push(table([["query"].concat(results.map((r) => r.name))].concat(QUERIES.map((q) =>
    [q === "{code}" ? "a project code" : q].concat(results.map((r) => `${kb(r.queries[q].bytes)} KB, ${r.queries[q].files} files, ${r.queries[q].count} results`))))));

  if (pagefind) {
    const mine = pagefind.ours;
    lines.push("", "## Pagefind 1.6.0 on the same " + mine.name + " site", "");
    const ratio = (a, b) => (a / b).toFixed(2);
    lines.push(table([
      ["", "ours", "Pagefind", "ours / Pagefind", "target"],
      ["index files", mine.stats.files, pagefind.stats.files, ratio(mine.stats.files, pagefind.stats.files), "< 1"],
      ["index size (as served)", `${mb(mine.stats.gzipBytes)} MB`, `${mb(pagefind.stats.gzipBytes)} MB`,
        ratio(mine.stats.gzipBytes, pagefind.stats.gzipBytes), ""],
      ["index size (on disk)", `${mb(mine.stats.bytes)} MB`, `${mb(pagefind.stats.bytes)} MB`, ratio(mine.stats.bytes, pagefind.stats.bytes), ""],
      ["index time (wall)", `${mine.run.wallSeconds.toFixed(1)} s`, `${pagefind.run.wallSeconds.toFixed(1)} s`,
        ratio(mine.run.wallSeconds, pagefind.run.wallSeconds), "≤ 0.10"],
      ["index time (CPU)", `${mine.run.cpuSeconds.toFixed(1)} s`, `${pagefind.run.cpuSeconds.toFixed(1)} s`,
        ratio(mine.run.cpuSeconds, pagefind.run.cpuSeconds), "≤ 0.10"],
      ["… of which indexing (CPU)", `${(mine.report.index_cpu_ms / 1000).toFixed(1)} s`, "", "", ""],
      ["peak memory", `${mb(mine.run.peakKb * 1024)} MB`, `${mb(pagefind.run.peakKb * 1024)} MB`,
        ratio(mine.run.peakKb, pagefind.run.peakKb), "≤ 0.10"],
      ["bytes per query (avg)", `${kb(average(mine.queries))} KB`, `${kb(average(pagefind.queries))} KB`,
        ratio(average(mine.queries), average(pagefind.queries)), "≤ 0.33"]
    ]));
    lines.push("", "Per query: bytes fetched, and how many results hold the query as written " +
      "(ours: all, by construction; Pagefind: of its first 10, and its total against the pages that hold it).", "");
    lines.push(table([["query", "ours", "Pagefind", "ratio", "Pagefind results", "pages holding it", "Pagefind top 10 holding it"]]
      .concat(Object.keys(mine.queries).map((q) => {
        const a = mine.queries[q];
        const b = pagefind.queries[q];
        return [q === "{code}" ? a.text : q, `${kb(a.bytes)} KB`, `${kb(b.bytes)} KB`, ratio(a.bytes, b.bytes), b.count, b.truth, `${b.holding} / ${b.top}`];
      }))));
  }
  console.log(lines.join("\n"));
  fs.rmSync(WORK, { recursive: true, force: true });
}

process.on("SIGINT", () => {
  fs.rmSync(WORK, { recursive: true, force: true });
  process.exit(130);
});

main().catch((error) => {
  console.error(error.stack || String(error));
  fs.rmSync(WORK, { recursive: true, force: true });
  process.exit(1);
});
