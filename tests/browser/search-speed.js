#!/usr/bin/env node
// Time to the first search result on Lighthouse's slow-4G profile: 150 ms
// round trip, 1.6 Mbit/s down, 750 kbit/s up, the CPU slowed 4×. A
// measuring command, not a test (timings depend on the machine):
//
//   node tests/browser/search-speed.js SITE [--runs 3] [--query 培训]... [--query-set] [--way typed|opened] [--requests]
//
// --query-set times every query of tests/search/queries.tsv instead of
// the four the issue names; --way times one of the two ways only;
// --requests prints, for each query's first run, when each file was asked
// for and when it had arrived (ms from navigation start, or from the input
// event when typed), with the first paint and the main thread's long
// tasks: which waits are one after another.
//
// SITE is a site built with --base-url /portal/. Each run opens a fresh
// page with an empty cache, the files served gzipped as a static host
// serves them, two ways:
//   opened   search/index.html?q=… (a link, the header's box on another
//            page): from navigation start until the first result is in
//            the list, and until the status line says the search is done;
//   typed    search/index.html, then the query typed into its box once the
//            page has loaded: from the input event to the first result.
// Each time is when the first result is put in the list; "on screen" is
// when the frame that draws it is done (the first layout and paint of the
// page come in between when it is the page's first frame).
// The median of the runs is printed.
"use strict";

const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");
const zlib = require("node:zlib");
const { BASE_PATH, launchBrowser } = require("./support.js");
const { readQueries } = require("./search-quality.js");

const TYPES = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8", ".svg": "image/svg+xml"
};

// Lighthouse's "mobile slow 4G" throttling (its constants.js): devtools
// throughput in bytes per second.
const SLOW_4G = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

function flagValues(name) {
  const values = [];
  process.argv.forEach((arg, k) => { if (arg === "--" + name) values.push(process.argv[k + 1]); });
  return values;
}

// Serves `root` under BASE_PATH, gzipped when the browser accepts it.
// rewrite(relative, bytes, url), when given, may return other bytes to
// serve for a file, or bytes for a file `root` lacks (null: as it is).
function startGzipServer(root, rewrite) {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, "http://127.0.0.1");
    let relative = decodeURIComponent(url.pathname.slice(BASE_PATH.length));
    if (relative === "" || relative.endsWith("/")) relative += "index.html";
    const file = path.resolve(root, relative);
    const exists = url.pathname.startsWith(BASE_PATH) && file.startsWith(path.resolve(root) + path.sep) &&
      fs.existsSync(file) && fs.statSync(file).isFile();
    let body = (rewrite && rewrite(relative, exists ? fs.readFileSync(file) : null, url)) || (exists ? fs.readFileSync(file) : null);
    if (!body) {
      response.writeHead(404);
      response.end();
      return;
    }
    const headers = { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream", "Cache-Control": "no-store" };
    if (/\bgzip\b/.test(request.headers["accept-encoding"] || "")) {
      body = zlib.gzipSync(body, { level: 6 });
      headers["Content-Encoding"] = "gzip";
    }
    response.writeHead(200, headers);
    response.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => resolve({
      url: (relative) => "http://127.0.0.1:" + server.address().port + BASE_PATH + relative,
      close: () => new Promise((done) => server.close(done))
    }));
  });
}

// One run. `extra` is added to the opened link's query string.
async function measure(context, server, query, typed, extra) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", Object.assign({ offline: false }, SLOW_4G));
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  // Stamps, relative to navigation start, the moment the first result is
  // added and the moment the status line stops saying 正在搜索.
  await page.addInitScript(() => {
    window.__searchTimes = { tasks: [] };
    // Long tasks of the main thread and the first paint, for --requests.
    try {
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => {
        window.__searchTimes.tasks.push({ name: entry.entryType === "paint" ? entry.name : "long task", start: entry.startTime, end: entry.startTime + entry.duration });
      })).observe({ entryTypes: ["longtask", "paint"] });
    } catch (error) { /* an older browser: no long tasks listed */ }
    document.addEventListener("input", () => { if (!window.__searchTimes.typed) window.__searchTimes.typed = performance.now(); }, true);
    new MutationObserver(() => {
      const list = document.getElementById("search-results");
      const status = document.getElementById("search-status");
      if (list && list.firstElementChild && !window.__searchTimes.first) {
        window.__searchTimes.first = performance.now();
        // The frame that shows it: a task queued from its animation frame
        // runs once that frame is drawn.
        requestAnimationFrame(() => setTimeout(() => { window.__searchTimes.painted = performance.now(); }));
      }
      if (status && status.textContent && !status.textContent.startsWith("正在搜索") && !window.__searchTimes.done) {
        window.__searchTimes.done = performance.now();
        console.log("search-speed: done");
      }
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  // Told by a console message, not by page.waitForFunction: that evaluates
  // playwright's own script in the page (50–130 ms of the slowed CPU, when
  // the page has loaded: in the middle of an opened link's search) and
  // polls it every frame.
  const done = page.waitForEvent("console", { predicate: (message) => message.text() === "search-speed: done", timeout: 60000 });
  if (typed) {
    await page.goto(server.url("search/index.html"), { waitUntil: "networkidle" });
    await page.fill("#search-q", query);
  } else {
    await page.goto(server.url("search/index.html?q=" + encodeURIComponent(query) + (extra || "")), { waitUntil: "commit" });
  }
  await done;
  const times = await page.evaluate(() => Object.assign({
    requests: performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource"))
      .map((entry) => ({ name: entry.name, start: entry.startTime, end: entry.responseEnd }))
  }, window.__searchTimes));
  await page.close();
  if (typed) {
    if (times.first) times.first -= times.typed;
    if (times.painted) times.painted -= times.typed;
    times.done -= times.typed;
    times.requests.concat(times.tasks).forEach((request) => { request.start -= times.typed; request.end -= times.typed; });
  }
  return times;
}

// The files of one run as a timeline, in the order they were asked for,
// with the first paint and the main thread's long tasks among them.
function printRequests(way, query, times) {
  console.log(`${way}\t${query}\trequests (start → arrived, ms):`);
  const files = times.requests.map((request) => ({
    start: request.start, end: request.end, name: new URL(request.name).pathname.slice(BASE_PATH.length) || "(page)"
  }));
  const tasks = times.tasks.map((task) => ({ start: task.start, end: task.end, name: "[" + task.name + "]" }));
  files.concat(tasks).sort((a, b) => a.start - b.start).forEach((entry) => {
    console.log(`  ${String(Math.round(entry.start)).padStart(6)} → ${String(Math.round(entry.end)).padStart(6)}  ${entry.name}`);
  });
  console.log(`  first result ${times.first ? Math.round(times.first) : "none"}, on screen ${times.painted ? Math.round(times.painted) : "-"},` +
    ` done ${Math.round(times.done)}`);
}

const median = (values) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const site = process.argv.slice(2).find((arg, k, all) => !arg.startsWith("--") && !(all[k - 1] || "").startsWith("--"));
  if (!site) {
    console.error("usage: node tests/browser/search-speed.js SITE [--runs 3] [--query Q]... [--query-set] [--way typed|opened] [--requests]");
    process.exit(2);
  }
  const runs = Number(flagValues("runs")[0] || 3);
  const queries = process.argv.includes("--query-set") ? readQueries().map((entry) => entry.query) :
    flagValues("query").length ? flagValues("query") : ["培训", "2024年度党刊", "昌黎县委组织部", "12345热线"];
  const ways = flagValues("way").length ? flagValues("way") : ["opened", "typed"];
  const server = await startGzipServer(site);
  const context = await launchBrowser({ viewport: { width: 360, height: 800 } });
  try {
    for (const way of ways) {
      const typed = way === "typed";
      const firsts = [];
      for (const query of queries) {
        const first = [];
        const painted = [];
        const done = [];
        for (let run = 0; run < runs; run++) {
          const times = await measure(context, server, query, typed);
          if (run === 0 && process.argv.includes("--requests")) printRequests(way, query, times);
          if (times.first) first.push(times.first);
          if (times.painted) painted.push(times.painted);
          done.push(times.done);
        }
        firsts.push(...first);
        console.log(`${way}\t${query}\tfirst result ${first.length ? Math.round(median(first)) + " ms" : "none"}` +
          (painted.length ? ` (on screen ${Math.round(median(painted))} ms)` : "") +
          `\tsearch done ${Math.round(median(done))} ms\t(median of ${runs}, slow 4G, CPU ×${CPU_SLOWDOWN})`);
      }
      const under = firsts.filter((ms) => ms < 500).length;
      console.log(`${way}: first result, median over all queries ${Math.round(median(firsts))} ms; slowest ${Math.round(Math.max(...firsts))} ms;` +
        ` under 500 ms ${under} of ${firsts.length}`);
    }
  } finally {
    await context.close();
    await server.close();
  }
}

module.exports = { startGzipServer, measure, printRequests, median, SLOW_4G, CPU_SLOWDOWN };
if (require.main === module) main().catch((error) => { console.error(error); process.exit(1); });
