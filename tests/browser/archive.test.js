// Issue 11: a reader follows the cross-year links in Chromium — from the
// home page to a department across its years, into one year, on to the
// next year, back to the page across years, into a comparison by code, and
// along a code change — and downloads an original.
"use strict";

const assert = require("node:assert/strict");
const { after, before, describe, test } = require("node:test");
const { siteDir, startServer, launchBrowser } = require("./support.js");

describe("the archive across years", () => {
  let server;
  let context;
  before(async () => {
    server = await startServer(siteDir());
    context = await launchBrowser();
  });
  after(async () => {
    await context.close();
    await server.close();
  });

  test("home → 历年 → 2018 → 2019 → 历年 → 基本支出表 by code → 30311 to 30113", { timeout: 60000 }, async () => {
    const page = await context.newPage();
    await page.goto(server.url("index.html"));
    await page.getByRole("link", { name: "江苏省高级人民法院 历年对比" }).first().click();
    assert.match(await page.locator("h1").innerText(), /江苏省高级人民法院/);
    assert.equal(await page.locator("table.year-totals thead a").count(), 3);

    await page.locator("table.year-totals thead").getByRole("link", { name: "2018年" }).click();
    assert.match(await page.locator("h1").innerText(), /2018年/);
    const nav = page.locator("nav[data-cross-year]");
    assert.equal(await nav.locator("[aria-current=page]").innerText(), "2018年");
    await nav.getByRole("link", { name: "2019年" }).click();
    assert.match(await page.locator("h1").innerText(), /2019年/);

    await page.locator("nav[data-cross-year]").getByRole("link", { name: "本部门历年预算对比" }).click();
    await page.getByRole("link", { name: "一般公共预算财政拨款基本支出表" }).click();
    assert.match(await page.locator("h1").innerText(), /一般公共预算财政拨款基本支出表 历年对比/);
    // 30307 医疗费 (2017) is 医疗费补助 from 2018: one row, its old name shown.
    assert.match(await page.locator("#code-30307 th").innerText(), /医疗费补助[\s\S]*2017年名称：医疗费/);
    await page.locator("#code-30311 th a").click();
    assert.ok(page.url().endsWith("#code-30113"), page.url());
    assert.equal(await page.locator("#code-30113 td[data-label='2018年']").innerText(), "1398.26");
    assert.ok(await page.locator("#code-30113").isVisible());
    await page.close();
  });

  test("a project page links its department's page across years; 原文下载 serves the PDF", { timeout: 60000 }, async () => {
    const page = await context.newPage();
    await page.goto(server.url("2023/310107/r02/index.html"));
    const original = page.locator("p.original a");
    const response = await page.request.get(new URL(await original.getAttribute("href"), page.url()).href);
    assert.equal(response.status(), 200);
    assert.equal((await response.body()).subarray(0, 5).toString("latin1"), "%PDF-");

    await page.locator("#projects article.project h3 a").first().click();
    const nav = page.locator("nav[data-cross-year]");
    assert.match(await nav.innerText(), /改了名称的项目无法确认/);
    await nav.getByRole("link", { name: /历年预算对比/ }).click();
    assert.match(await page.locator("h1").innerText(), /万里街道办事处/);
    assert.match(await page.locator("#projects td[data-label='2024年']").innerText(), /未公开项目绩效目标/);
    await page.close();
  });
});
