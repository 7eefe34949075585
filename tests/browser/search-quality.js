#!/usr/bin/env node
// Search quality on the query set (tests/search/queries.tsv): recall@10,
// precision@5, the rank of the intended result, and the bytes each query
// fetches, as a static host serves them gzipped.
//
//   node tests/browser/search-quality.js SITE [--per-query] [--documents-per-shard N]
//
// SITE is a built site (gongkai build --out SITE). The queries run the
// search.js engine of SITE itself under node, with a fetch that reads the
// index files and counts their gzipped bytes, search.js included: the
// first page of results of each query, from an empty cache, as a reader
// opening search/?q=… gets it. search.test.js runs the same query set in
// Chromium and holds recall to a floor.
//
// The measures, each averaged over the queries that expect something:
//   recall@10     expected results among the first 10, over expected results
//   precision@5   expected results among the first 5, over min(5, expected):
//                 1 when every expected result that fits in 5 is there
//   rank          of the intended (first expected) result, 1-based; "-" when
//                 not in the first 10 (mean reciprocal rank is printed)
// Queries that expect nothing count the results they wrongly show.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const zlib = require("node:zlib");

const SOURCE_DIR = path.resolve(__dirname, "..", "..");
const QUERY_FILE = path.join(SOURCE_DIR, "tests", "search", "queries.tsv");

// [{query, expected: [{year, kind, title}], why}]
function readQueries(file) {
  const lines = fs.readFileSync(file || QUERY_FILE, "utf8").split("\n");
  const queries = [];
  for (const line of lines) {
    if (line === "" || line.startsWith("#") || line.startsWith("query\t")) continue;
    const [query, expected, why] = line.split("\t");
    queries.push({
      query, why,
      expected: expected === "-" ? [] : expected.split(" | ").map((entry) => {
        const [year, kind, ...title] = entry.split("/");
        return { year, kind, title: title.join("/") };
      })
    });
  }
  return queries;
}

const key = (r) => r.year + "/" + r.kind + "/" + r.title;

// Scores one query's shown results ([{year, kind, title}], in order).
function score(entry, shown) {
  const keys = shown.map(key);
  const wanted = entry.expected.map(key);
  if (wanted.length === 0) return { query: entry.query, shown: keys.length, wrong: keys.length };
  const top10 = keys.slice(0, 10);
  const top5 = keys.slice(0, 5);
  const at = top10.indexOf(wanted[0]);
  return {
    query: entry.query,
    shown: keys.length,
    recall: wanted.filter((k) => top10.includes(k)).length / wanted.length,
    precision: wanted.filter((k) => top5.includes(k)).length / Math.min(5, wanted.length),
    rank: at >= 0 ? at + 1 : null,
    missing: wanted.filter((k) => !top10.includes(k))
  };
}

function summarize(scores) {
  const judged = scores.filter((s) => s.recall !== undefined);
  const mean = (values) => values.reduce((a, b) => a + b, 0) / (values.length || 1);
  return {
    queries: scores.length,
    recallAt10: mean(judged.map((s) => s.recall)),
    precisionAt5: mean(judged.map((s) => s.precision)),
    intendedFirst: judged.filter((s) => s.rank === 1).length,
    intendedInTop10: judged.filter((s) => s.rank !== null).length,
    judged: judged.length,
    meanReciprocalRank: mean(judged.map((s) => (s.rank ? 1 / s.rank : 0))),
    wrongResults: scores.filter((s) => s.wrong !== undefined).reduce((sum, s) => sum + s.wrong, 0)
  };
}

const gzipSize = (bytes) => zlib.gzipSync(bytes, { level: 6 }).length;

// The bytes of search.js as `gongkai build` publishes it (without comment
// lines and indentation: src/load/script_compaction.h), for the tools that
// build only an index: the sample built with the binary `gongkai`.
function publishedSearchScript(gongkai) {
  const work = fs.mkdtempSync(path.join(require("node:os").tmpdir(), "gongkai-script-"));
  try {
    require("node:child_process").execFileSync(gongkai, ["build", "--content", path.join(SOURCE_DIR, "content"),
      "--theme", path.join(SOURCE_DIR, "themes", "default"), "--out", path.join(work, "site"), "--quiet"]);
    const assets = path.join(work, "site", "assets");
    return fs.readFileSync(path.join(assets, fs.readdirSync(assets).find((name) => /^search\.[0-9a-f]+\.js$/.test(name))));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

// One query through SITE's search.js: the first page and the bytes fetched.
async function runQuery(engine, scriptBytes, dataDir, query) {
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
  const meta = await index.meta();
  return {
    bytes, files,
    shown: page.map((r) => ({ year: String(r.year), kind: meta.kinds[r.kind], title: r.title }))
  };
}

async function main() {
  const args = process.argv.slice(2);
  const site = args.find((a) => !a.startsWith("--"));
  if (!site) {
    console.error("usage: node tests/browser/search-quality.js SITE [--per-query]");
    process.exit(2);
  }
  // Assets carry a content hash in their names (search.5cb828ae9a.js).
  const scriptName = fs.readdirSync(path.join(site, "assets")).find((name) => /^search\.[0-9a-f]+\.js$/.test(name));
  const scriptPath = path.join(site, "assets", scriptName);
  const engine = require(path.resolve(scriptPath));
  const scriptBytes = gzipSize(fs.readFileSync(scriptPath));
  const dataDir = path.join(site, "search", "data");
  const scores = [];
  let bytes = 0;
  for (const entry of readQueries()) {
    const outcome = await runQuery(engine, scriptBytes, dataDir, entry.query);
    const s = score(entry, outcome.shown);
    s.bytes = outcome.bytes;
    s.files = outcome.files;
    bytes += outcome.bytes;
    scores.push(s);
    if (args.includes("--per-query")) {
      const measure = s.recall === undefined ? `wrong ${s.wrong}` :
        `recall@10 ${s.recall.toFixed(2)}  precision@5 ${s.precision.toFixed(2)}  rank ${s.rank || "-"}`;
      console.log(`${entry.query}\t${measure}\t${(s.bytes / 1024).toFixed(1)} KB in ${s.files} files` +
        (s.missing && s.missing.length ? `\tmissing: ${s.missing.join(" | ")}` : ""));
    }
  }
  const total = summarize(scores);
  console.log(`queries ${total.queries} (${total.judged} with an expected result)`);
  console.log(`recall@10 ${total.recallAt10.toFixed(3)}`);
  console.log(`precision@5 ${total.precisionAt5.toFixed(3)}`);
  console.log(`intended result first ${total.intendedFirst}/${total.judged}, in the first 10 ${total.intendedInTop10}/${total.judged}, MRR ${total.meanReciprocalRank.toFixed(3)}`);
  console.log(`results shown where none is expected ${total.wrongResults}`);
  console.log(`bytes per query (gzip, search.js included) ${(bytes / scores.length / 1024).toFixed(1)} KB`);
}

module.exports = { readQueries, score, summarize, runQuery, gzipSize, publishedSearchScript };
if (require.main === module) main().catch((error) => { console.error(error); process.exit(1); });
