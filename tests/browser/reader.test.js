// Issue 12: the sample site as a reader meets it on a phone, on paper and
// with assistive technology, over every page (tests/browser/audit.js says
// how each measure is taken; measure.js prints the same counts).
"use strict";

const assert = require("node:assert/strict");
const { after, before, describe, test } = require("node:test");
const { siteDir, startServer, launchBrowser } = require("./support.js");
const audit = require("./audit.js");

const root = siteDir();
const PAGES = audit.listPages(root);

// Print: every page but the project pages, whose tables (the indicator
// tables) all print on their department's page too; plus the first project
// page of each department for the project layout itself.
function printedPages() {
  const firstProject = new Map();
  for (const p of PAGES) {
    const match = /^(.*)\/projects\//.exec(p);
    if (match && !firstProject.has(match[1])) firstProject.set(match[1], p);
  }
  return PAGES.filter((p) => !p.includes("/projects/")).concat([...firstProject.values()]);
}

async function eachPage(context, server, pages, check) {
  const problems = [];
  for (const p of pages) {
    const page = await context.newPage();
    try {
      await page.goto(server.url(p));
      for (const problem of await check(page)) problems.push(p + ": " + problem);
    } finally {
      await page.close();
    }
  }
  return problems;
}

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

  test("the Nu HTML checker finds no error on any page", { timeout: 300000 }, () => {
    assert.deepEqual(audit.runNu(root, PAGES), []);
  });

  // Every page on a desktop; on a phone (another layout: the stacked
  // tables), every page kind with all its <details> open.
  for (const [width, pages, label] of [[1280, PAGES, "any page"], [360, printedPages(), "a phone's page"]]) {
    // 600 s: the archive adds pages with every year (issue 11), and on a
    // machine shared by several builds one page's axe run takes seconds.
    test(`axe-core finds no violation on ${label}`, { timeout: 600000 }, async () => {
      const context = await launchBrowser({ viewport: { width, height: 900 } });
      try {
        const problems = await eachPage(context, server, pages, async (page) => {
          if (width < 600) await page.evaluate(() => document.querySelectorAll("details").forEach((d) => { d.open = true; }));
          return (await audit.axeViolations(page)).map((v) => `${v.id} (${v.help}): ${v.targets.join(", ")}`);
        });
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    });
  }
});
