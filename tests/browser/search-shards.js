#!/usr/bin/env node
// Index file sizes against bytes per query: the search index of CONTENT
// built with each choice of documents per shard and dictionary shard
// bytes (src/search/shard_writer.h), and the query set
// (tests/search/queries.tsv) run on each. A measuring command, not a test:
//
//   node tests/browser/search-shards.js CONTENT [--build-dir build] [--choices 8x4096,16x8192]
//
// For each choice it prints the index's file count and gzipped bytes, the
// bytes a query fetches from an empty cache (search.js included, as
// search-quality.js counts them) and, when CONTENT is the sample (the
// query set's expectations are read off its documents), recall@10. Fewer,
// larger files mean fewer files to deploy and cache, but each query then
// fetches more bytes it does not use. The index is built by
// tests/search_index_bench (cmake --build build --target search_index_bench)
// into a temporary folder; search.js's bytes are those build/gongkai
// publishes.
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");
const quality = require("./search-quality.js");

const SOURCE_DIR = path.resolve(__dirname, "..", "..");
const SCRIPT = path.join(SOURCE_DIR, "themes", "default", "assets", "search.js");

function flag(name, fallback) {
  const at = process.argv.indexOf("--" + name);
  return at >= 0 ? process.argv[at + 1] : fallback;
}

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

async function measure(content, bench, scriptBytes, choice, work) {
  const [documents, dictionary] = choice.split("x").map(Number);
  const out = path.join(work, choice);
  execFileSync(bench, [content, out, "documents_per_shard=" + documents, "dictionary_shard_bytes=" + dictionary]);
  const dataDir = path.join(out, "search", "data");
  const files = filesUnder(dataDir);
  const indexBytes = files.reduce((sum, file) => sum + quality.gzipSize(fs.readFileSync(file)), 0);
  const engine = require(SCRIPT);
  const scores = [];
  let bytes = 0;
  let fetched = 0;
  for (const entry of quality.readQueries()) {
    const outcome = await quality.runQuery(engine, scriptBytes, dataDir, entry.query);
    scores.push(quality.score(entry, outcome.shown));
    bytes += outcome.bytes;
    fetched += outcome.files;
  }
  fs.rmSync(out, { recursive: true, force: true });
  return {
    choice, files: files.length, indexBytes, queryBytes: bytes / scores.length, queryFiles: fetched / scores.length,
    recall: quality.summarize(scores).recallAt10
  };
}

async function main() {
  const content = process.argv.slice(2).find((arg, k, all) => !arg.startsWith("--") && !(all[k - 1] || "").startsWith("--"));
  if (!content) {
    console.error("usage: node tests/browser/search-shards.js CONTENT [--build-dir build] [--choices 8x4096,16x8192]");
    process.exit(2);
  }
  const buildDir = path.resolve(flag("build-dir", path.join(SOURCE_DIR, "build")));
  const bench = path.join(buildDir, "tests", "search_index_bench");
  // The engine is the theme's search.js; its bytes are those a site serves.
  const scriptBytes = quality.gzipSize(quality.publishedSearchScript(path.join(buildDir, "gongkai")));
  const choices = flag("choices", "4x2048,8x2048,8x4096,8x8192,16x4096,16x8192,32x16384").split(",");
  const sample = path.resolve(content) === path.join(SOURCE_DIR, "content");
  const work = fs.mkdtempSync(path.join(fs.existsSync("/dev/shm") ? "/dev/shm" : os.tmpdir(), "gongkai-shards-"));
  try {
    console.log("documents×dictionary bytes\tfiles\tindex (gzip)\tper query (gzip)\tfiles per query" + (sample ? "\trecall@10" : ""));
    for (const choice of choices) {
      const m = await measure(content, bench, scriptBytes, choice, work);
      console.log(`${m.choice}\t${m.files}\t${(m.indexBytes / 1048576).toFixed(2)} MB\t${(m.queryBytes / 1024).toFixed(1)} KB` +
        `\t${m.queryFiles.toFixed(1)}` + (sample ? `\t${m.recall.toFixed(3)}` : ""));
    }
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => { console.error(error); process.exit(1); });
