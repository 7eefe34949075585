// Shared by the browser tests: the built site served under a base path,
// and Debian's Chromium driven by playwright-core.
//
// The site comes from GONGKAI_SITE (run-browser-tests.sh builds it);
// without it, the sample content is built here with GONGKAI_BINARY
// (default build/gongkai).
"use strict";

const fs = require("node:fs");
const http = require("node:http");
const os = require("node:os");
const path = require("node:path");
const zlib = require("node:zlib");
const { execFileSync } = require("node:child_process");
const { chromium } = require("playwright-core");

const SOURCE_DIR = path.resolve(__dirname, "..", "..");
// Not "/": every link and fetch must work below any base path.
const BASE_PATH = "/portal/";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8", ".svg": "image/svg+xml", ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml; charset=utf-8", ".txt": "text/plain; charset=utf-8"
};

function siteDir() {
  if (process.env.GONGKAI_SITE) return process.env.GONGKAI_SITE;
  const binary = process.env.GONGKAI_BINARY || path.join(SOURCE_DIR, "build", "gongkai");
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-browser-site-")) + "/site";
  execFileSync(binary, ["build", "--content", path.join(SOURCE_DIR, "content"), "--theme",
    path.join(SOURCE_DIR, "themes", "default"), "--out", out], { stdio: "inherit" });
  process.env.GONGKAI_SITE = out;
  return out;
}

// A static file server for `root`, mounted at BASE_PATH on 127.0.0.1.
// Every request is logged (path, status, bytes gzipped as a host would
// serve them); responses are not cached, so each fetch shows in the log.
function startServer(root) {
  const log = [];
  const server = http.createServer((request, response) => {
    const url = new URL(request.url, "http://127.0.0.1");
    let status = 404;
    let body = Buffer.from("not found");
    let type = "text/plain; charset=utf-8";
    if (url.pathname.startsWith(BASE_PATH)) {
      let relative = decodeURIComponent(url.pathname.slice(BASE_PATH.length));
      if (relative === "" || relative.endsWith("/")) relative += "index.html";
      const file = path.resolve(root, relative);
      if (file.startsWith(path.resolve(root) + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        status = 200;
        body = fs.readFileSync(file);
        type = TYPES[path.extname(file)] || "application/octet-stream";
      }
    }
    log.push({ path: url.pathname, status, bytes: body.length, gzipBytes: zlib.gzipSync(body, { level: 6 }).length });
    response.writeHead(status, { "Content-Type": type, "Cache-Control": "no-store" });
    response.end(request.method === "HEAD" ? undefined : body);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const origin = "http://127.0.0.1:" + server.address().port;
      resolve({
        log,
        url: (relative) => origin + BASE_PATH + (relative || ""),
        close: () => new Promise((done) => server.close(done))
      });
    });
  });
}

const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

// A fresh Chromium profile (its own --user-data-dir, removed on close).
async function launchBrowser(options) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-chromium-"));
  const context = await chromium.launchPersistentContext(profile, Object.assign({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    locale: "zh-CN"
  }, options || {}));
  const close = context.close.bind(context);
  context.close = async () => {
    await close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return context;
}

module.exports = { BASE_PATH, siteDir, startServer, launchBrowser };
