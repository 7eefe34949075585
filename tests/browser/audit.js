// What the reader-facing browser tests measure on every page of the built
// site (issue 12), shared by the tests and by tests/browser/measure.js,
// which prints the same counts for a before/after comparison:
//   - layout at phone widths: sideways page scroll, content cut off or
//     pushed out of view (unless inside a labelled scroll region),
//     indicator values (指标值) out of view, chart labels under 12 px or
//     outside their chart;
//   - print with JavaScript off: every amount of a table row on the same
//     printed line as the row's label (page.pdf → pdftotext -layout);
//   - the Nu HTML checker (vnu.jar, one JVM for all pages) and axe-core.
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { execFileSync } = require("node:child_process");

// Every HTML page of the site, site-relative, sorted.
function listPages(root) {
  const pages = [];
  (function walk(dir) {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".html")) pages.push(path.relative(root, full));
    }
  })(root);
  return pages.sort();
}

// Runs in the page: every <details> opened (a reader may open any), then
// each problem a reader at this width would meet, described in words.
function layoutProblemsInPage() {
  document.querySelectorAll("details").forEach((d) => { d.open = true; });
  const width = document.documentElement.clientWidth;
  const problems = [];
  const describe = (el) => {
    const text = (el.textContent || "").replace(/\s+/g, " ").trim().slice(0, 40);
    return el.tagName.toLowerCase() + (el.className && typeof el.className === "string" ? "." + el.className.split(" ")[0] : "") +
      " \"" + text + "\"";
  };
  const scrolls = (el) => /^(auto|scroll)$/.test(getComputedStyle(el).overflowX);
  // A scroll region the reader can find and move with the keyboard.
  const inLabelledRegion = (el) => {
    const region = el.closest("[role=region][aria-label]");
    return region && region.hasAttribute("tabindex") && scrolls(region) ? region : null;
  };
  if (document.documentElement.scrollWidth > width + 1) {
    problems.push("the page scrolls sideways: " + document.documentElement.scrollWidth + " px wide in " + width);
  }
  const reported = new Set();
  // Text too long for its box (an element's own content, not a child box).
  for (const el of document.body.querySelectorAll("p, li, dd, dt, h1, h2, h3, h4, figcaption, summary, caption, th, td, a, span")) {
    if (el.closest("[role=region][aria-label][tabindex], .skip-link, svg")) continue;
    const style = getComputedStyle(el);
    if (style.display === "none" || /^(hidden|clip|auto|scroll)$/.test(style.overflowX)) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width <= 1) continue;
    if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0 && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) {
      problems.push("text wider than its box: " + describe(el) + " (" + el.scrollWidth + " px in " + el.clientWidth + ")");
    }
  }
  for (const el of document.body.querySelectorAll("*")) {
    const style = getComputedStyle(el);
    if (style.display === "none" || style.visibility === "hidden") continue;
    if (el.closest(".skip-link, svg")) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue;
    // Content cut off by its own box.
    // (A 1-px box is the usual "for screen readers only" pattern, not a cut.)
    const screenReaderOnly = rect.width <= 1 && rect.height <= 1;
    if (/^(hidden|clip)$/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1 && !screenReaderOnly) {
      problems.push("cut off: " + describe(el) + " (" + el.scrollWidth + " px in " + el.clientWidth + ")");
    }
    // Out of the viewport, and not inside a labelled scroll region.
    if (rect.right > width + 1 || rect.left < -1) {
      if (inLabelledRegion(el)) continue;
      let parent = el.parentElement;
      while (parent && !reported.has(parent)) parent = parent.parentElement;
      reported.add(el);
      if (parent) continue;  // its container is reported already
      problems.push("out of view: " + describe(el) + " (" + Math.round(rect.left) + "–" + Math.round(rect.right) + " px)");
    }
  }
  // Chart labels at 12 px or more, and inside their chart (an SVG cuts off
  // what falls outside its viewBox).
  for (const text of document.querySelectorAll("svg.chart text")) {
    const px = parseFloat(getComputedStyle(text).fontSize) * text.getScreenCTM().a;
    const box = text.getBBox();
    const view = text.ownerSVGElement.viewBox.baseVal;
    if (px < 12) problems.push("chart label at " + px.toFixed(1) + " px: \"" + text.textContent.slice(0, 20) + "\"");
    if (box.x < view.x - 0.5 || box.x + box.width > view.x + view.width + 0.5) {
      problems.push("chart label cut off: \"" + text.textContent.slice(0, 20) + "\"");
    }
  }
  // Every 指标值 readable without scrolling sideways, region or not.
  for (const value of document.querySelectorAll(".indicator-table td.value")) {
    const rect = value.getBoundingClientRect();
    if (rect.left < -1 || rect.right > width + 1) {
      problems.push("指标值 out of view: " + describe(value) + " at " + Math.round(rect.left) + " px");
    }
  }
  return problems;
}

async function layoutProblems(page) {
  return page.evaluate(layoutProblemsInPage);
}

// Runs in the page: each table row with amounts, as the label and the
// amounts a printed copy must show on one line.
function printedRowsInPage() {
  const rows = [];
  const clean = (text) => text.replace(/\s+/g, "");
  for (const row of document.querySelectorAll("table tr")) {
    const label = row.querySelector("th[scope=row]");
    if (!label) continue;
    const amounts = [...row.querySelectorAll("td.num")].map((td) => clean(td.textContent)).filter((t) => /\d/.test(t));
    if (amounts.length) rows.push({ label: clean(label.textContent), amounts });
  }
  // Each 指标值 with its 三级指标 (the row label): those tables sit in
  // folded <details> on a department page, and must print all the same.
  for (const row of document.querySelectorAll(".indicator-table tbody tr")) {
    const label = row.querySelector("th[scope=row]");
    const value = row.querySelector("td.value");
    if (label && value && clean(value.textContent)) rows.push({ label: clean(label.textContent), indicator: clean(value.textContent) });
  }
  return rows;
}

// The text of `page` printed to PDF (A4, as pdftotext -layout reads it).
async function printedText(page) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongkai-print-"));
  try {
    const pdf = path.join(dir, "page.pdf");
    await page.pdf({ path: pdf, format: "A4", printBackground: true });
    return execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"], { encoding: "utf8", maxBuffer: 1 << 28 });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

// The printed lines, spaces removed.
async function printedLines(page) {
  return (await printedText(page)).split("\n").map((line) => line.replace(/\s+/g, ""));
}

// The amounts missing from the printout: an amount counts as printed when
// some line holds it after the beginning of its row label (the first six
// characters: a long label may wrap onto a second line).
async function amountsMissingFromPrint(page) {
  const rows = await page.evaluate(printedRowsInPage);
  const lines = await printedLines(page);
  const missing = [];
  const whole = lines.join("");
  let indicators = 0;
  for (const row of rows.filter((r) => r.indicator)) {
    // Indicator cells wrap within their columns: the value must print, and
    // after the start of its label.
    indicators++;
    const at = whole.indexOf(row.label.slice(0, 3));
    if (at < 0 || whole.indexOf(row.indicator.slice(0, 4), at) < 0) missing.push("指标 " + row.label + " " + row.indicator);
  }
  for (const row of rows.filter((r) => r.amounts)) {
    const head = row.label.slice(0, 6);
    for (const amount of row.amounts) {
      const found = lines.some((line) => {
        const at = line.indexOf(head);
        return at >= 0 && line.indexOf(amount, at + head.length) >= 0;
      });
      if (!found) missing.push(row.label + " " + amount);
    }
  }
  return { rows: rows.length, amounts: rows.reduce((n, r) => n + (r.amounts ? r.amounts.length : 0), 0), indicators, missing, lines };
}

// The Nu HTML checker over every page in one JVM: the errors, as
// "file:line: message".
function parseNuReport(text, root) {
  const report = JSON.parse(text);
  return report.messages.filter((m) => m.type === "error" || m.subType === "fatal").map((m) =>
    decodeURIComponent(String(m.url || "").replace(/^file:/, "")).replace(path.resolve(root) + "/", "") + ":" +
      (m.lastLine || 0) + ": " + m.message);
}

function runNu(root, pages) {
  const jar = require.resolve("vnu-jar/build/dist/vnu.jar");
  const files = pages.map((p) => path.join(root, p));
  const result = require("node:child_process").spawnSync(
    "java", ["-jar", jar, "--errors-only", "--format", "json", "--exit-zero-always", ...files],
    { encoding: "utf8", maxBuffer: 1 << 28 });
  if (result.error) throw result.error;
  return parseNuReport(result.stderr || result.stdout, root);
}

const AXE_SOURCE = () => fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

// axe-core's violations on the loaded page, as "rule: target".
async function axeViolations(page) {
  await page.addScriptTag({ content: AXE_SOURCE() });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")), count: v.nodes.length }));
  });
  return violations;
}

// Print: every page but the project pages, whose tables (the indicator
// tables) all print on their department's page too; plus the first project
// page of each department for the project layout itself.
function printedPages(PAGES) {
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

module.exports = { listPages, printedPages, eachPage, layoutProblems, printedText, amountsMissingFromPrint, runNu, axeViolations };
