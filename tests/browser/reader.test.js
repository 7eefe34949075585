// Issue 12: the sample site as a reader meets it on a phone and on paper,
// over every page (tests/browser/audit.js says how each measure is taken;
// measure.js prints the same counts). Assistive technology's checks are
// a11y.test.js.
"use strict";

const assert = require("node:assert/strict");
const { after, before, describe, test } = require("node:test");
const { siteDir, startServer, launchBrowser } = require("./support.js");
const audit = require("./audit.js");

const root = siteDir();
const PAGES = audit.listPages(root);
const printedPages = () => audit.printedPages(PAGES);
const { eachPage } = audit;

describe("every page, as a reader meets it", () => {
  let server;
  before(async () => { server = await startServer(root); });
  after(async () => { await server.close(); });

  test("the sample site has its pages", () => {
    assert.ok(PAGES.length > 100, PAGES.length + " pages");
  });

  for (const width of [320, 360]) {
    test(`fits a ${width}-px phone: no sideways page scroll, nothing cut off, every 指标值 in view`, { timeout: 300000 }, async () => {
      const context = await launchBrowser({ viewport: { width, height: 740 } });
      try {
        const problems = await eachPage(context, server, PAGES, (page) => audit.layoutProblems(page));
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }

  test("fits a 360-px phone with the text at 200 %", { timeout: 120000 }, async () => {
    const context = await launchBrowser({ viewport: { width: 360, height: 740 } });
    try {
      const kinds = printedPages();
      const problems = await eachPage(context, server, kinds, async (page) => {
        await page.addStyleTag({ content: "html { font-size: 225% !important; }" });  // 2 × the theme's 112.5 %
        return audit.layoutProblems(page);
      });
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });

  test("prints every amount beside its row label and every 指标值, with JavaScript off", { timeout: 300000 }, async () => {
    const context = await launchBrowser({ javaScriptEnabled: false });
    try {
      let amounts = 0, indicators = 0;
      const problems = await eachPage(context, server, printedPages(), async (page) => {
        const result = await audit.amountsMissingFromPrint(page);
        amounts += result.amounts;
        indicators += result.indicators;
        return result.missing.map((m) => "not printed: " + m);
      });
      assert.deepEqual(problems, []);
      assert.ok(amounts > 500 && indicators > 1000, `${amounts} amounts, ${indicators} 指标值 printed`);
    } finally {
      await context.close();
    }
  });

  test("the printout names the page's address, department-year and source", { timeout: 60000 }, async () => {
    const context = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(server.url("2023/130371/203/index.html"));
      const text = (await audit.printedText(page)).replace(/\s+/g, "");
      assert.ok(text.includes("本页地址：/portal/2023/130371/203/"), "address");
      assert.ok(text.includes("2023年·秦皇岛经济技术开发区"), "department-year");
      assert.ok(text.includes("数据来源：") && text.includes("003_467cd4d96a8a259d.txt"), "source document");
    } finally {
      await context.close();
    }
  });
});
