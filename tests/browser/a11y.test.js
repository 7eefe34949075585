// Issue 12: the sample site as assistive technology meets it, over every
// page: the Nu HTML checker and axe-core (tests/browser/audit.js says how
// each measure is taken; measure.js prints the same counts). The phone,
// zoom and print checks are reader.test.js; the two files are separate
// ctest tests so that they run side by side.
"use strict";

const assert = require("node:assert/strict");
const { after, before, describe, test } = require("node:test");
const { siteDir, startServer, launchBrowser } = require("./support.js");
const audit = require("./audit.js");

const root = siteDir();
const PAGES = audit.listPages(root);
const printedPages = () => audit.printedPages(PAGES);
const { eachPage } = audit;

describe("every page, as assistive technology meets it", () => {
  let server;
  before(async () => { server = await startServer(root); });
  after(async () => { await server.close(); });

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
