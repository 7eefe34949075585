// Issue 17: gongkai serve. A reader has a department-year's page open; the
// department's section is edited and saved; the open page shows the new
// text by itself (the server rebuilt in place and the reload script
// reloaded it), with no manual reload.
"use strict";

const assert = require("node:assert/strict");
const fs = require("node:fs");
const net = require("node:net");
const os = require("node:os");
const path = require("node:path");
const { spawn } = require("node:child_process");
const { after, before, describe, test } = require("node:test");
const { launchBrowser } = require("./support.js");

const SOURCE_DIR = path.resolve(__dirname, "..", "..");
const BINARY = process.env.GONGKAI_BINARY || path.join(SOURCE_DIR, "build", "gongkai");

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

describe("gongkai serve", () => {
  let work;
  let serve;
  let port;
  let context;
  let output = "";
  before(async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-serve-test-"));
    fs.cpSync(path.join(SOURCE_DIR, "content"), path.join(work, "content"), { recursive: true });
    port = await freePort();
    serve = spawn(BINARY, ["serve", "--content", path.join(work, "content"), "--theme",
      path.join(SOURCE_DIR, "themes", "default"), "--out", path.join(work, "site"), "--base-url", "/portal/",
      "--port", String(port)], { stdio: ["ignore", "pipe", "pipe"] });
    serve.stderr.on("data", (chunk) => { output += chunk; });
    await new Promise((resolve, reject) => {
      serve.stdout.on("data", (chunk) => {
        output += chunk;
        if (output.includes("网站在 http://127.0.0.1:" + port + "/portal/")) resolve();
      });
      serve.once("exit", (code) => reject(new Error("gongkai serve ended (" + code + "):\n" + output)));
    });
    context = await launchBrowser();
  });
  after(async () => {
    if (context) await context.close();
    if (serve && serve.exitCode === null) {
      const ended = new Promise((resolve) => serve.once("exit", resolve));
      serve.kill("SIGINT");
      await ended;
    }
    fs.rmSync(work, { recursive: true, force: true });
  });

  test("an edited section shows on the open page without a reload", { timeout: 120000 }, async () => {
    const page = await context.newPage();
    const root = await page.goto("http://127.0.0.1:" + port + "/");
    assert.equal(new URL(root.url()).pathname, "/portal/");  // / leads to the base path
    await page.goto("http://127.0.0.1:" + port + "/portal/2021/130322/203/index.html");
    const added = "预览时新增的一句说明。";
    assert.ok(!(await page.locator("main").innerText()).includes(added));
    // The script is served, not built: the site on disk is as a build makes it.
    assert.equal(await page.locator("script[src='/__gongkai/reload.js']").count(), 1);
    assert.ok(!fs.readFileSync(path.join(work, "site", "2021/130322/203/index.html"), "utf8").includes("__gongkai"));

    const section = path.join(work, "content", "2021", "130322-203", "sections", "01-measures.md");
    fs.appendFileSync(section, "\n" + added + "\n");
    await page.waitForFunction((text) => document.querySelector("main").innerText.includes(text), added,
      { timeout: 90000 });
  });

  test("Ctrl-C stops the server cleanly", { timeout: 60000 }, async () => {
    const ended = new Promise((resolve) => serve.once("exit", (code) => resolve(code)));
    serve.kill("SIGINT");
    assert.equal(await ended, 0, output);
    assert.match(output, /已停止/);
  });
});
