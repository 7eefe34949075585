// Prints the reader-facing measures of issue 12 for a built site, for a
// before/after comparison (not a test: it never fails on a finding):
//   node tests/browser/measure.js SITE_DIR [--only layout,print,nu,axe]
// Pages overflowing at 320 px, amounts missing from print (JavaScript
// off), Nu HTML checker errors, axe-core violations.
"use strict";

const { startServer, launchBrowser } = require("./support.js");
const audit = require("./audit.js");

async function main() {
  const root = process.argv[2];
  const onlyAt = process.argv.indexOf("--only");
  const only = onlyAt > 0 ? process.argv[onlyAt + 1].split(",") : ["layout", "print", "nu", "axe"];
  const pages = audit.listPages(root);
  const server = await startServer(root);
  console.log(pages.length + " pages");
  try {
    if (only.includes("layout")) {
      for (const width of [320, 360]) {
        const context = await launchBrowser({ viewport: { width, height: 800 } });
        let overflowing = 0;
        const examples = [];
        for (const p of pages) {
          const page = await context.newPage();
          await page.goto(server.url(p));
          const problems = await audit.layoutProblems(page);
          if (problems.length) { overflowing++; if (examples.length < 8) examples.push(p + ": " + problems.slice(0, 2).join("; ")); }
          await page.close();
        }
        await context.close();
        console.log(`layout at ${width} px: ${overflowing} of ${pages.length} pages with a problem`);
        examples.forEach((e) => console.log("  " + e));
      }
    }
    if (only.includes("print")) {
      const context = await launchBrowser({ javaScriptEnabled: false });
      let amounts = 0, indicators = 0, missing = 0, missingIndicators = 0, pagesMissing = 0;
      const printed = pages;
      for (const p of printed) {
        const page = await context.newPage();
        await page.goto(server.url(p));
        const result = await audit.amountsMissingFromPrint(page);
        amounts += result.amounts;
        indicators += result.indicators;
        missingIndicators += result.missing.filter((m) => m.startsWith("指标 ")).length;
        missing += result.missing.filter((m) => !m.startsWith("指标 ")).length;
        if (result.missing.length) { pagesMissing++; console.log(`  ${p}: ${result.missing.length} of ${result.amounts} missing, e.g. ${result.missing.slice(0, 3).join("; ")}`); }
        await page.close();
      }
      await context.close();
      console.log(`print (JavaScript off): ${missing} of ${amounts} amounts and ${missingIndicators} of ${indicators} 指标值 missing (${pagesMissing} pages)`);
    }
    if (only.includes("nu")) {
      const errors = audit.runNu(root, pages);
      const byMessage = {};
      errors.forEach((e) => { const m = e.replace(/^[^:]*:\d+: /, ""); byMessage[m] = (byMessage[m] || 0) + 1; });
      console.log(`Nu HTML checker: ${errors.length} errors`);
      Object.entries(byMessage).sort((a, b) => b[1] - a[1]).slice(0, 10).forEach(([m, n]) => console.log(`  ${n} × ${m}`));
    }
    if (only.includes("axe")) {
      const context = await launchBrowser({ viewport: { width: 1280, height: 900 } });
      let total = 0, pagesWith = 0;
      const byRule = {};
      for (const p of pages) {
        const page = await context.newPage();
        await page.goto(server.url(p));
        const violations = await audit.axeViolations(page);
        violations.forEach((v) => { byRule[v.id] = (byRule[v.id] || 0) + v.count; total += v.count; });
        if (violations.length) pagesWith++;
        await page.close();
      }
      await context.close();
      console.log(`axe-core: ${total} violating nodes on ${pagesWith} pages; by rule: ${JSON.stringify(byRule)}`);
    }
  } finally {
    await server.close();
  }
}

main().catch((error) => { console.error(error); process.exit(1); });
