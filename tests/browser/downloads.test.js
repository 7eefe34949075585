// The downloads' 链接 column cites a row by link (docs/downloads.md). What
// only a browser shows: following such a link lands on the row, visible,
// even where the row sits in a folded <details> (a drill-down table's 完整表格,
// a project's 绩效指标表: the browser opens it for the fragment, no script
// needed), and the row shows the amount the download holds. And the
// 数据下载 page's files are served, each as large as it says.
"use strict";

const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { after, before, describe, test } = require("node:test");
const { siteDir, startServer, launchBrowser } = require("./support.js");

// RFC 4180 records of a CSV (the byte order mark dropped), as a reader's csv module gives them.
function readCsv(file) {
  const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  const records = [];
  let record = [], field = "", quoted = false;
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; ++i; } else if (c === '"') { quoted = false; } else { field += c; }
    } else if (c === '"') { quoted = true; } else if (c === ",") { record.push(field); field = ""; } else if (c === "\r") {
      // CRLF ends the record at the LF
    } else if (c === "\n") { record.push(field); records.push(record); record = []; field = ""; } else { field += c; }
  }
  const [header, ...rows] = records;
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

// "/portal/2023/…/index.html#table-expenditure-r3" → the path under the base and the anchor.
function splitLink(link) {
  const [page, anchor] = link.replace(/^\/portal\//, "").split("#");
  return { page, anchor };
}

describe("citing a row by link", () => {
  let server, context;
  before(async () => {
    server = await startServer(siteDir());
    context = await launchBrowser();
  });
  after(async () => {
    await context.close();
    await server.close();
  });

  async function checkRowShown(page, anchor, column, amount) {
    const row = page.locator(`tr[id="${anchor}"]`);
    assert.equal(await row.isVisible(), true, `${anchor} is visible`);
    assert.equal(await row.evaluate((r) => {
      const box = r.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    }), true, `${anchor} is scrolled into view`);
    if (column === undefined) return;
    const labels = await row.evaluate((r) => [...r.closest("table").querySelectorAll("thead th")].map((th) => th.textContent.trim()));
    const index = labels.indexOf(column);
    assert.ok(index >= 0, `${anchor}: the table has the column ${column}`);
    const cell = await row.evaluate((r, i) => r.children[i].textContent.trim(), index);
    assert.equal(cell, amount, `${anchor} ${column}`);
  }

  test("a budget row in a folded 完整表格 opens and shows the downloaded amount", { timeout: 60000 }, async () => {
    const rows = readCsv(path.join(siteDir(), "data/2023/2023-budget-rows.csv"));
    const folded = rows.filter((r) => r["表类别"] === "expenditure" && r["科目编码"].length === 7);
    assert.ok(folded.length > 0, "2023 has rows of a drill-down table");
    for (const r of [folded[0], folded[folded.length - 1]]) {
      const { page: where, anchor } = splitLink(r["链接"]);
      const page = await context.newPage();
      await page.goto(server.url(where) + "#" + anchor);
      await checkRowShown(page, anchor, r["栏目"], r["金额"]);
      assert.equal(await page.locator(`tr[id="${anchor}"]`).evaluate((row) => row.closest("details").open), true);
      await page.close();
    }
  });

  test("an indicator row in a folded 绩效指标表 on the department page opens and shows its 指标值", { timeout: 60000 }, async () => {
    const rows = readCsv(path.join(siteDir(), "data/2024/2024-indicators.csv"));
    const r = rows[rows.length - 1];
    const { page: projectPage, anchor } = splitLink(r["链接"]);
    const departmentPage = projectPage.replace(/projects\/[^/]+$/, "index.html");
    const page = await context.newPage();
    await page.goto(server.url(departmentPage) + "#" + anchor);
    await checkRowShown(page, anchor);
    assert.equal(await page.locator(`tr[id="${anchor}"] td.value`).textContent(), r["指标值"]);
    // A link followed on the same page (hashchange) opens its table too.
    const other = rows.find((x) => x["链接"].startsWith(r["链接"].split("#")[0]) && x !== r && x["行号"] === "1");
    const second = splitLink(other["链接"]).anchor;
    await page.evaluate((id) => { window.location.hash = id; }, second);
    await page.waitForFunction((id) => document.getElementById(id).closest("details").open, second);
    await checkRowShown(page, second);
    await page.close();
  });

  test("every file the 数据下载 page lists is served, as large as it says", { timeout: 60000 }, async () => {
    const page = await context.newPage();
    await page.goto(server.url("data/index.html"));
    const files = await page.$$eval("table.download-files tbody tr", (trs) => trs.map((tr) => ({
      url: tr.querySelector("th a").href, bytes: tr.querySelector("td[data-bytes]").dataset.bytes,
      download: tr.querySelector("th a").hasAttribute("download")
    })));
    assert.ok(files.length > 100);
    for (const file of files) {
      const response = await page.request.get(file.url);
      assert.equal(response.status(), 200, file.url);
      assert.equal(String((await response.body()).length), file.bytes, file.url);
      assert.equal(file.download, true, file.url);
    }
    await page.close();
  });
});
