// The indicator table (绩效指标表) under each project on a department page
// is a <details>: folded until its <summary> is clicked, with or without
// JavaScript.
"use strict";

const assert = require("node:assert/strict");
const { after, before, describe, test } = require("node:test");
const { siteDir, startServer, launchBrowser } = require("./support.js");

const DEPARTMENT_PAGE = "2024/130529/203/index.html";

async function checkFoldedThenOpens(context, server) {
  const page = await context.newPage();
  await page.goto(server.url(DEPARTMENT_PAGE));
  const details = page.locator("#projects details.indicators").first();
  const table = details.locator("table.indicator-table");
  assert.equal(await details.evaluate((d) => d.open), false, "folded by default");
  assert.equal(await table.isVisible(), false, "the table is hidden while folded");
  await details.locator("summary").click();
  assert.equal(await details.evaluate((d) => d.open), true, "open after clicking its summary");
  assert.equal(await table.isVisible(), true, "the table shows once open");
  assert.ok((await table.locator("tbody tr").count()) > 0);
  await details.locator("summary").click();
  assert.equal(await details.evaluate((d) => d.open), false, "a second click folds it again");
  await page.close();
}

describe("indicator tables on a department page", () => {
  let server;
  before(async () => { server = await startServer(siteDir()); });
  after(async () => { await server.close(); });

  test("are folded by default and open when the summary is clicked", { timeout: 30000 }, async () => {
    const context = await launchBrowser();
    try {
      await checkFoldedThenOpens(context, server);
    } finally {
      await context.close();
    }
  });

  test("work the same with JavaScript disabled", { timeout: 30000 }, async () => {
    const context = await launchBrowser({ javaScriptEnabled: false });
    try {
      await checkFoldedThenOpens(context, server);
    } finally {
      await context.close();
    }
  });
});
