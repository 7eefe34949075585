#!/usr/bin/env node
// How soon could an opened link (search/?q=…) show its first result at
// best, on search-speed.js's slow-4G profile? A measuring command for
// design choices, not a test (timings depend on the machine):
//
//   node tests/browser/search-floor.js SITE [--runs 5] [--query Q]... [--requests]
//
// For each query an ordinary run records the index files the search
// fetched before its first result. Then the search page is served changed
// so that it asks for those same files as early as a page can, and puts
// the first document's title in the list when it has arrived:
//   as built          the page unchanged (search-speed.js's opened link)
//   script, 2 steps   a script file in <head>, async, before the stylesheet,
//                     asks for the dictionary shards and, once they are in,
//                     the documents: the head start `gongkai check` allows
//   inline, 2 steps   the same script inline in <head> (`gongkai check`
//                     refuses inline scripts: they are how injected code
//                     looks)
//   inline, 1 step    every file at once, as if the documents a query shows
//                     first could be named from the query alone (no index
//                     gongkai writes has such files)
// search.js still loads in the changed pages (its bytes share the
// network and its code the CPU) but does not search. The script knows the
// file names from the ordinary run, so each figure is a lower bound: a
// real head start would also work them out, from meta.json and the
// query. --requests prints each way's first run as search-speed.js does.
// SITE is a site built with --base-url /portal/.
"use strict";

const { launchBrowser } = require("./support.js");
const { startGzipServer, measure, printRequests, median } = require("./search-speed.js");

const WAYS = ["as built", "script, 2 steps", "inline, 2 steps", "inline, 1 step"];

function flagValues(name) {
  const values = [];
  process.argv.forEach((arg, k) => { if (arg === "--" + name) values.push(process.argv[k + 1]); });
  return values;
}

// The index files of an ordinary run asked for before its first result:
// {dictionary: [t/…, p/…], documents: [d/…]}, each in the order asked.
function indexFiles(times) {
  const files = { dictionary: [], documents: [] };
  times.requests.slice().sort((a, b) => a.start - b.start).forEach((request) => {
    const match = /\/search\/data\/(([tpd])\/\d+\.json)$/.exec(new URL(request.name).pathname);
    if (!match || request.start > times.first) return;
    const list = match[2] === "d" ? files.documents : files.dictionary;
    if (!list.includes(match[1])) list.push(match[1]);
  });
  return files;
}

// The head start: asks for the files (in one step or two) and lists the
// first title of the first document shard asked for once it is in.
function headStart(files, oneStep) {
  return `(function () {
  var base = new URL("data/", document.baseURI);  // the page is search/index.html
  var get = function (path) { return fetch(new URL(path, base)).then(function (response) { return response.json(); }); };
  var show = function (rows) {
    var put = function () {
      var item = document.createElement("li");
      item.textContent = rows[0][2];
      document.getElementById("search-results").appendChild(item);
      document.getElementById("search-status").textContent = "head start";
    };
    if (document.getElementById("search-status")) put(); else document.addEventListener("DOMContentLoaded", put);
  };
  var dictionary = ${JSON.stringify(files.dictionary)};
  var documents = ${JSON.stringify(files.documents)};
  var askDocuments = function () { return Promise.all(documents.map(get)).then(function (shards) { show(shards[0]); }); };
  if (${oneStep}) { dictionary.forEach(get); askDocuments(); } else { Promise.all(dictionary.map(get)).then(askDocuments); }
})();`;
}

// Serves the site, and for a page asked for with &floor=N the search page
// of way N with the head start of the query's files.
function rewriter(filesOf) {
  return (relative, bytes, url) => {
    const way = Number(url.searchParams.get("floor"));
    if (!way) return null;
    const query = url.searchParams.get("q");
    const script = headStart(filesOf.get(query), way === 3);
    if (relative === "assets/head-start.js") return Buffer.from(script);
    if (relative !== "search/index.html" || !bytes) return null;
    const tag = way === 1 ?
      `<script src="../assets/head-start.js?floor=1&amp;q=${encodeURIComponent(query)}" async></script>` : `<script>${script}</script>`;
    let html = bytes.toString("utf8");
    html = html.replace('<link rel="icon"', tag + '\n<link rel="icon"');
    // search.js runs only on a box with data-index: loaded, it does not search.
    html = html.replace(/ data-index="/, ' data-floor-index="');
    return Buffer.from(html);
  };
}

async function main() {
  const site = process.argv.slice(2).find((arg, k, all) => !arg.startsWith("--") && !(all[k - 1] || "").startsWith("--"));
  if (!site) {
    console.error("usage: node tests/browser/search-floor.js SITE [--runs 5] [--query Q]... [--requests]");
    process.exit(2);
  }
  const runs = Number(flagValues("runs")[0] || 5);
  const queries = flagValues("query").length ? flagValues("query") : ["培训", "2024年度党刊", "昌黎县委组织部", "12345热线"];
  const filesOf = new Map();
  const server = await startGzipServer(site, rewriter(filesOf));
  const context = await launchBrowser({ viewport: { width: 360, height: 800 } });
  const all = WAYS.map(() => []);
  try {
    for (const query of queries) {
      const files = indexFiles(await measure(context, server, query, false));
      filesOf.set(query, files);
      console.log(`${query}\tdictionary ${files.dictionary.join(" ")}\tdocuments ${files.documents.join(" ")}`);
      for (let way = 0; way < WAYS.length; way++) {
        const first = [];
        const painted = [];
        for (let run = 0; run < runs; run++) {
          const times = await measure(context, server, query, false, way ? "&floor=" + way : "");
          if (run === 0 && process.argv.includes("--requests")) printRequests(WAYS[way], query, times);
          if (times.first) first.push(times.first);
          if (times.painted) painted.push(times.painted);
        }
        all[way].push(...first);
        console.log(`  ${WAYS[way].padEnd(16)} first result ${first.length ? Math.round(median(first)) + " ms" : "none"}` +
          ` (on screen ${painted.length ? Math.round(median(painted)) + " ms" : "-"}), median of ${runs}`);
      }
    }
    WAYS.forEach((name, way) => {
      console.log(`${name}: first result, median over all queries ${Math.round(median(all[way]))} ms; ` +
        `under 500 ms ${all[way].filter((ms) => ms < 500).length} of ${all[way].length}`);
    });
  } finally {
    await context.close();
    await server.close();
  }
}

if (require.main === module) main().catch((error) => { console.error(error); process.exit(1); });
